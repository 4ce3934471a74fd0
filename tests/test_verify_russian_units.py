"""Russian units of the imperial system and decades (Lexicon.units): «88 футов» is 88 ft,
so the evidence's 88 m in another unit is the claim's figure said wrong."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "unit"), [("около 88 футов", "ft"), ("3 мили", "mi"), ("15 дюймов", "in"),
                                            ("8 унций", "oz"), ("два десятилетия", "decade")])
def test_units(text, unit):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    assert [m.unit for m in analyse(text, lexicon("ru")).mentions if m.kind == "number"] == [unit]


def test_the_evidence_s_figure_in_another_unit():
    from factlint.claims import Claim
    from factlint.evidence.index import Hit
    from factlint.verify.heuristic import HeuristicVerifier

    mriya = "Ан-225 «Мрия» — самый тяжёлый самолёт в истории: размах его крыла около 88 м, а длина — 84 м."
    said = "Размах крыла Ан-225 — около 88 футов."
    hit = Hit(1, "d1", "", "corpus.jsonl", mriya, 0.9, 0, len(mriya))
    v = HeuristicVerifier(language="ru").verify_one(Claim(said, 0, len(said), None, ("number",)), [hit])
    assert v.label == "contradicted", v.reason
