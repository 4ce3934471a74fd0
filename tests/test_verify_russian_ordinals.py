"""Russian ordinals written as a figure, a hyphen and an ending («49-м штатом», «32-ю партию»)
are places in a series, not quantities: «49-м» is no «49 м» (metres), and an ordinal is
compared with ordinals only. A list of them before a noun («выиграл 32-ю, 47-ю и 48-ю партии»)
counts that many (three games)."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))


def _numbers(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return [(m.text, m.value, m.unit) for m in a.mentions if m.kind == "number"]


def test_a_hyphened_ordinal_is_no_quantity():
    assert _numbers("В 1959 году Аляска стала 49-м штатом США.") == [("49-м", 49.0, "~ordinal")]


def test_a_list_of_ordinals_counts_its_noun():
    assert ("32-ю, 47-ю и 48-ю", 3.0, "~парт") in _numbers("Каспаров выиграл 32-ю, 47-ю и 48-ю партии.")


def test_a_count_agrees_with_the_ordinals_listed():
    evidence = ("После 27 партий чемпион вёл со счётом 5:0, но затем последовала долгая серия ничьих, "
                "и Каспаров выиграл 32-ю, 47-ю и 48-ю партии.")
    v = _verify("Карпов повёл 5:0, но потом пошла череда ничьих, а Каспаров выиграл три партии.", evidence)
    assert v.label != "contradicted", v.reason


def test_ordinals_meet_ordinals():
    evidence = "В 1959 году Аляска стала 49-м штатом США."
    v = _verify("В 1959 году Аляска стала 50-м штатом США.", evidence)
    assert v.label == "contradicted", v.reason
    assert v.reason.startswith("says 50-м"), v.reason
