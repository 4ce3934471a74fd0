"""«и не» before a verb, after a predicate that denies nothing, opens a predicate of its own:
«держите руки перед грудью и не держите их в карманах» says one thing and denies another, so
evidence that says the first («держать перед грудью») agrees with it; a clause denied before
«и не» («не разрезайте и не прижигайте») stays one clause, denied once, and so does «так и не»,
"never"."""

from __future__ import annotations

from verify_helpers import russian_verify
from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon

_verify = russian_verify(("advice",))


def _clauses(text):
    a = analyse(text, lexicon("ru"))
    return [(a.text[c.start:c.end], c.negated) for c in a.clauses]


def test_and_not_before_a_verb_opens_a_denied_predicate():
    assert _clauses("Держите руки перед грудью и не держите их в карманах.") == [
        ("Держите руки перед грудью", False), ("и не держите их в карманах", True)]
    assert _clauses("Место укуса не разрезайте и не прижигайте.") == [("Место укуса не разрезайте и не прижигайте", True)]
    # («так и не» is one idiom, "never".)
    assert _clauses("При его жизни цикл так и не напечатали.") == [("При его жизни цикл так и не напечатали", True)]


def test_the_affirmed_part_agrees_with_the_evidence():
    v = _verify("Держите согнутые в локтях руки перед грудью и не держите их в карманах.",
                "Руки лучше согнуть в локтях и держать перед грудью, напрягая их; руки из карманов нужно вынуть.")
    assert v.label != "contradicted", v.reason
