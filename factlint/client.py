"""Client: the HTTP service (`factlint serve`) as a library, with the same Report objects.

    from factlint import Client
    client = Client("http://127.0.0.1:8080", token=None)
    report = client.check("Its gonna be fine.")                   # one Report
    reports = client.check_batch([Answer(id="a1", text="...")])   # one Report per answer
    client.ready()                                                # True once models are loaded

Standard library only (urllib), so a review tool can call a shared factlint server without
installing its models. Reports come back as `factlint check --format json` writes them and
are read with `Report.from_dict`; `timings` travel only when asked for.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from factlint.errors import FactlintError
from factlint.model import Answer, Report


class ServiceError(FactlintError):
    """The service answered with an error (its `error` and `detail`), or could not be reached."""

    def __init__(self, status: int | None, error: str, detail: str, retry_after: str | None = None) -> None:
        where = f"HTTP {status}: " if status else ""
        super().__init__(f"{where}{error}: {detail}")
        self.status = status
        self.error = error
        self.detail = detail
        self.retry_after = retry_after


def _record(answer: Answer | str) -> dict[str, Any]:
    if isinstance(answer, str):
        return {"id": "text", "text": answer}
    record: dict[str, Any] = {"id": answer.id, "text": answer.text}
    if answer.question is not None:
        record["question"] = answer.question
    for key in ("ignore", "language"):
        if answer.meta.get(key):
            record[key] = answer.meta[key]
    return record


class Client:
    def __init__(self, url: str = "http://127.0.0.1:8080", token: str | None = None, timeout: float = 120.0) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def _request(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.url + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - the caller's URL
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raw = exc.read().decode("utf-8", "replace")
            try:
                payload = json.loads(raw)
                error, detail = payload.get("error", exc.reason), payload.get("detail", "")
            except (ValueError, AttributeError):
                error, detail = str(exc.reason), raw[:200]
            raise ServiceError(exc.code, str(error), str(detail), exc.headers.get("Retry-After")) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ServiceError(None, "unreachable", f"{self.url}: {reason}") from None

    def check(self, text_or_answer: str | Answer, *, select: list[str] | None = None,
              ignore: list[str] | None = None, packs: list[str] | None = None) -> Report:
        """The Report of one answer, as `Engine.check` gives it."""
        return self.check_batch([text_or_answer], select=select, ignore=ignore, packs=packs)[0]

    def check_batch(self, answers: list[str | Answer], *, select: list[str] | None = None,
                    ignore: list[str] | None = None, packs: list[str] | None = None,
                    timings: bool = False) -> list[Report]:
        """One Report per answer, in order, as `Engine.check_batch` gives them."""
        options = {k: v for k, v in (("select", select), ("ignore", ignore), ("packs", packs)) if v}
        body: dict[str, Any] = {"answers": [_record(a) for a in answers]}
        if options:
            body["options"] = options
        document = self._request("POST", "/v1/check" + ("?timings=1" if timings else ""), body)
        return [Report.from_dict(r) for r in document["reports"]]

    def ready(self) -> bool:
        try:
            return bool(self._request("GET", "/ready").get("ready"))
        except ServiceError as exc:
            if exc.status == 503:
                return False
            raise

    def rules(self) -> list[dict]:
        return self._request("GET", "/v1/rules")["rules"]
