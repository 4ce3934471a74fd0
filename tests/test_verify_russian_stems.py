"""Russian nouns stem alike in all their forms: a common noun is read as its dictionary form
before Snowball stems it (Lexicon.irregular_forms), which alone leaves «систему» as «сист»
and «системы» as «систем»."""

from __future__ import annotations

import pytest

pytest.importorskip("pymorphy3")


def _stems(text):
    from factlint.verify.analysis import tokenize
    from factlint.verify.languages import lexicon

    return [t.stem for t in tokenize(text, lexicon("ru")) if t.kind == "word"]


@pytest.mark.parametrize("forms", ["система систему системы", "галерея галерею галереи", "музей музея музеем"])
def test_the_forms_of_a_noun_share_a_stem(forms):
    assert len(set(_stems(forms))) == 1


def test_a_claim_in_other_forms_is_supported():
    from factlint.claims import Claim
    from verify_helpers import passage_hit
    from factlint.verify.heuristic import HeuristicVerifier

    deposits = ("Вклады граждан в российских банках — участниках системы страхования застрахованы Агентством по "
                "страхованию вкладов (АСВ).")
    said = "Вклады граждан в банках, входящих в систему страхования, защищает Агентство по страхованию вкладов."
    hit = passage_hit(1, deposits, score=0.9)
    v = HeuristicVerifier(language="ru").verify_one(Claim(said, 0, len(said), None, ("statement",)), [hit])
    assert v.label == "supported", v.reason
