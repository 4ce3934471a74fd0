"""Starting `factlint serve` for tests: a real process on a free loopback port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, timeout: float = 10.0) -> tuple[int, dict | str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            body = r.read().decode()
            status = r.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read().decode(), exc.code
    try:
        return status, json.loads(body)
    except ValueError:
        return status, body


class Server:
    """`factlint serve ARGS` in a subprocess, its stderr in a file."""

    def __init__(self, args: list[str], cwd: Path, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONUNBUFFERED": "1"}
        env.pop("FACTLINT_TOKEN", None)
        self._stderr = open(log, "w")  # noqa: SIM115 - closed in stop()
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "factlint.cli", "serve", "--port", str(self.port), *args],
            cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=self._stderr,
        )

    def wait_ready(self, timeout: float = 300.0) -> float:
        """Seconds from the start of the process to /ready answering 200."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"factlint serve exited {self.process.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                status, _ = get(self.url + "/ready", timeout=2)
                if status == 200:
                    return time.monotonic() - self.started
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"factlint serve not ready in {timeout} s:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> int | None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._stderr.close()
        return self.process.returncode
