"""Russian commands against the evidence's prohibitions: any imperative is a command
(Lexicon.instructions), «надёжнее всего ...» recommends (recommending, recommended), and a
verb is read as its aspect pair's (irregular_forms: «наложите», «накладывать»), so a command
meets the same verb forbidden in the other aspect."""

from __future__ import annotations

import pytest

from verify_helpers import russian_verify

pytest.importorskip("pymorphy3")


def _stems(text):
    from factlint.verify.analysis import tokenize
    from factlint.verify.languages import lexicon

    return [t.stem for t in tokenize(text, lexicon("ru")) if t.kind == "word"]


_verify = russian_verify(("statement",))


def test_the_two_verbs_of_an_aspect_pair_share_a_stem():
    for pair in ("наложите накладывать накладывают", "дайте давать дают", "перезвоните перезванивать",
                 "капнуть капать", "проверьте проверять", "откройте открывать", "примите принимать"):
        assert len(set(_stems(pair))) == 1, pair
    # (Verbs that pair by a prefix, and verbs of no pair, keep their own stems.)
    assert len(set(_stems("делать сделать"))) == 2
    assert _stems("меняется меняться")[0] == _stems("меняется")[0]


def test_imperatives_are_commands():
    from factlint.verify.languages import lexicon

    lex = lexicon("ru")
    assert "наложите" in lex.imperatives | lex.instructions
    assert "дайте" in lex.instructions and "перезвоните" in lex.instructions
    assert "жгут" not in lex.imperatives | lex.instructions
    # (Imperatives said to «вы» only: not «при», «три», «пришли», which pymorphy3 may also
    # read as imperatives to «ты».)
    assert not {"при", "три", "пришли", "части"} & {w for w in ("при", "три", "пришли", "части") if w in lex.instructions}


TICK = ("Клеща захватывают пинцетом или петлёй из нитки как можно ближе к коже и вытягивают, слегка покручивая, без "
        "резких рывков; давить его или капать на него маслом нельзя.")


def test_a_recommendation_against_its_verb_forbidden_in_the_other_aspect():
    v = _verify("Надёжнее всего капнуть на него подсолнечным маслом.", TICK)
    assert v.label == "contradicted", v.reason
    v = _verify("Надёжнее всего вытянуть его пинцетом, слегка покручивая.", TICK)
    assert v.label != "contradicted", v.reason
