#!/usr/bin/env bash
# Install factlint into ./.venv and run it on the bundled demo: one question, three candidate
# answers, checked against the small reference corpus in indexes/demo/.
# Needs Python 3.11+ and PyPI; nothing else is downloaded, now or at run time.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch first, pinned: this version has a local CPU wheel; an unpinned torch pulls CUDA builds.
.venv/bin/python -m pip install -q torch==2.13.0
.venv/bin/python -m pip install -q -e ".[test]"

export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
echo "== factlint $(.venv/bin/factlint --version | awk '{print $NF}') on indexes/demo/answers.jsonl" >&2
# Exit code 1 means "findings at or above --fail-on": expected on this demo.
.venv/bin/factlint check indexes/demo/answers.jsonl || [ $? -eq 1 ]
