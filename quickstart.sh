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
echo "== factlint $(.venv/bin/factlint --version | awk '{print $NF}'): building the demo evidence index" >&2
.venv/bin/factlint index build indexes/demo/corpus.jsonl --out indexes/demo/built --quiet
echo "== triage of indexes/demo/answers.jsonl: one question, three candidate answers, best first" >&2
.venv/bin/factlint triage indexes/demo/answers.jsonl --index indexes/demo/built --format text
