"""The real `factlint serve` process on a free loopback port, with the demo evidence index,
driven by clients nobody here wrote (language_tool_python in remote-server mode) and by
factlint.Client. The last test stops it with SIGTERM while a request is in flight."""

from __future__ import annotations

import json
import re
import signal
import threading
import time
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")
from serve_helpers import Server, get  # noqa: E402

from factlint import Client  # noqa: E402
from factlint.client import ServiceError  # noqa: E402
from factlint.model import Answer  # noqa: E402

pytestmark = pytest.mark.slow
DEMO = Path(__file__).parent.parent / "indexes" / "demo"
EMOJI_TEXT = "👍🏽 Great question! 😀 Its gonna be fine, just eat beans."


@pytest.fixture(scope="module")
def server(demo_index, tmp_path_factory):
    cwd = tmp_path_factory.mktemp("serve-cwd")  # no project config to discover
    srv = Server(["--index", str(demo_index)], cwd, cwd / "server.log")
    srv.wait_ready()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def demo_answers():
    record = json.loads((DEMO / "answers.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return [Answer(id=c["id"], text=c["answer"], question=record["question"]) for c in record["candidates"]]


def test_health_and_ready_name_the_index(server, demo_index):
    status, body = get(server.url + "/health")
    assert status == 200 and body["status"] == "UP"
    status, body = get(server.url + "/ready")
    assert status == 200 and body["ready"] is True and body["index"] == str(demo_index)
    assert body["warm_up_seconds"] > 0


def test_client_returns_the_reports_the_engine_gives(server, demo_index, demo_answers):
    from factlint.engine import Engine

    engine = Engine.from_config({"facts": {"index": str(demo_index)}})
    expected = engine.check_batch(demo_answers)
    got = Client(server.url).check_batch(demo_answers)

    def comparable(report):
        data = report.to_dict()
        data.pop("timings")
        return json.loads(json.dumps(data))  # tuples and floats as JSON has them

    assert [comparable(r) for r in got] == [comparable(r) for r in expected]
    assert "fact/contradicted" in {f.rule for r in got for f in r.findings}  # facts ran, with the index
    one = Client(server.url).check("Its gonna be fine.")
    assert one.answer_id == "text" and "style/slang" in {f.rule for f in one.findings}


def test_client_raises_the_services_error(server):
    with pytest.raises(ServiceError) as exc:
        Client(server.url).check("Fine.", packs=["../../etc"])
    assert exc.value.status == 400 and "not a built-in pack" in exc.value.detail
    with pytest.raises(ServiceError) as exc:
        Client("http://127.0.0.1:9", timeout=2).check("Fine.")
    assert exc.value.status is None and exc.value.error == "unreachable"


def test_language_tool_python_in_remote_mode_places_matches_after_emoji(server):
    from language_tool_python import LanguageTool

    tool = LanguageTool("en-US", remote_server=server.url)
    try:
        matches = tool.check(EMOJI_TEXT)
    finally:
        tool.close()
    by_rule = {m.rule_id: m for m in matches}
    slang = by_rule["style/slang"]
    # The client turns LanguageTool's UTF-16 offsets back into Python's: right only if the
    # server counted each emoji (and the skin-tone modifier) as two units.
    assert EMOJI_TEXT[slang.offset : slang.offset + slang.error_length] == "gonna"
    assert slang.category == "STYLE" and slang.rule_issue_type == "style"
    # And over the wire, the offsets really are UTF-16 units.
    data = urllib.parse.urlencode({"text": EMOJI_TEXT, "language": "en-US"}).encode()
    with urllib.request.urlopen(server.url + "/v2/check", data=data, timeout=30) as r:
        raw = json.loads(r.read())
    wire = next(m for m in raw["matches"] if m["rule"]["id"] == "style/slang")
    assert wire["offset"] == len(EMOJI_TEXT[: EMOJI_TEXT.index("gonna")].encode("utf-16-le")) // 2
    assert wire["offset"] == EMOJI_TEXT.index("gonna") + 3


def test_triage_streams_ndjson_in_input_order(server):
    lines = [
        {"id": "q1", "question": "How do I get more iron?", "candidates": ["Eat lentils and beans.", "Its gonna be fine lol."]},
        {"id": "solo", "answer": "Spinach is a vegetable."},
    ]
    body = "\n".join(json.dumps(x) for x in lines) + "\n{broken\n"
    request = urllib.request.Request(server.url + "/v1/triage?ignore=style/hedging", data=body.encode(),
                                     headers={"Content-Type": "application/x-ndjson"})
    with urllib.request.urlopen(request, timeout=60) as r:
        assert r.headers["Content-Type"].startswith("application/x-ndjson")
        reports = [json.loads(line) for line in r.read().decode().splitlines()]
    assert [x["answer_id"] for x in reports] == ["q1#1", "q1#2", "solo", "request:3"]
    assert [x["record_line"] for x in reports] == [1, 1, 2, 3]
    assert {x["metrics"].get("rank") for x in reports[:2]} == {1, 2}
    assert reports[3]["error"] and "request:3" in reports[3]["error"]


def test_concurrent_requests_share_batches(server):
    def families():
        text = urllib.request.urlopen(server.url + "/metrics", timeout=10).read().decode()
        count = float(re.search(r"^factlint_batch_answers_count (\S+)$", text, re.M).group(1))
        total = float(re.search(r"^factlint_batch_answers_sum (\S+)$", text, re.M).group(1))
        return count, total

    before = families()
    client = Client(server.url)
    threads = [threading.Thread(target=client.check, args=(f"Lentils have iron, answer {i}.",)) for i in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    after = families()
    batches, answers = after[0] - before[0], after[1] - before[1]
    assert answers == 24 and batches < 24


def test_access_log_names_each_request(server):
    get(server.url + "/v1/rules")
    time.sleep(0.2)
    assert re.search(r'127\.0\.0\.1 "GET /v1/rules" 200 [\d.]+ms \d+B', server.log.read_text())


def test_sigterm_finishes_the_request_in_flight_then_exits(server):
    answers = [{"id": str(i), "text": "Lentils, beans and spinach have iron. " * 12} for i in range(300)]
    result = {}

    def post():
        request = urllib.request.Request(server.url + "/v1/check", data=json.dumps({"answers": answers}).encode())
        with urllib.request.urlopen(request, timeout=120) as r:
            result["status"] = r.status
            result["reports"] = json.loads(r.read())["reports"]

    thread = threading.Thread(target=post)
    thread.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # until the batch is in the engine
        text = get(server.url + "/metrics")[1]
        if re.search(r"^factlint_queue_answers 300", text, re.M):
            break
        time.sleep(0.02)
    else:
        pytest.fail("the request never reached the queue")
    server.process.send_signal(signal.SIGTERM)
    thread.join(120)
    assert result["status"] == 200 and len(result["reports"]) == 300
    assert server.process.wait(60) == 0
