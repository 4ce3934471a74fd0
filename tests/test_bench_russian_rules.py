"""bench/russian.py's `rules` stage: each Russian grammar rule's hits on learner text (on a
corrected word or not) and on correct text, from data laid out as ../shared/datasets/ru."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

from scripts import load_script


def _bench():
    return load_script("bench/russian.py", "bench_russian")


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_a_rule_is_counted_on_the_corrected_word_and_on_correct_text(tmp_path, capsys):
    _write(tmp_path / "spelling" / "ruspellru.jsonl",
           [{"text": "Я ложу книгу на стол.", "corrected": "Я кладу книгу на стол."}])
    _write(tmp_path / "grammar" / "relco_grammatical.jsonl",
           [{"text": "Ихний дом стоит у реки, и я ложу ключи.", "corrected": "Их дом стоит у реки, и я ложу ключи."}])
    _write(tmp_path / "grammar" / "rucola.jsonl", [{"text": "Мы обсудили о проблеме.", "acceptable": True}])
    _write(tmp_path / "factcheck" / "xquad_ru.jsonl", [{"context": "Согласно приказу, работа начинается в девять."}])

    _bench().rule_by_rule(SimpleNamespace(data=tmp_path, limit=None))
    lines = {m.group(1): m.groups()[1:] for m in re.finditer(
        r"(grammar/\S+)\s+learner: on a corrected word\s+(\d+), elsewhere\s+(\d+); correct text:\s+(\d+)", capsys.readouterr().out)}

    # "ложу" corrected once (RUSpellRU) and left as it was once (ReLCo's second clause, so its
    # corrected sentence, correct text, holds it too); "Ихний" corrected; the "acceptable"
    # sentence that holds "обсудили о" counts against its rule.
    assert lines["grammar/lozhit"] == ("1", "1", "1")
    assert lines["grammar/ikhniy"] == ("1", "0", "0")
    assert lines["grammar/obsuzhdat-o"] == ("0", "0", "1")
    assert lines["grammar/soglasno"] == ("0", "0", "0")
