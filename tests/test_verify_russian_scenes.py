"""Russian sentence openers: a phrase that opens a sentence with a preposition is the scene of
the clause after it («В 2008 году, ...») only while it has no verb of its own; with a finite
verb or a short participle («На картине изображены семеро бурлаков, а ...») it is a statement,
and its figure is not read with the words of the clause after it. A noun phrase after a dash
with no verb of its own («получили графен — слой углерода толщиной в один атом») says what
the word before it is, and is read with its clause."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))


def _clauses(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return [a.text[c.start:c.end] for c in a.clauses]


def test_a_verb_makes_an_opener_a_clause():
    assert _clauses("На картине изображены семеро бурлаков, а первым идёт бывший священник Канин.") == [
        "На картине изображены семеро бурлаков", "а первым идёт бывший священник Канин"]
    # (Without a verb it is the scene of what follows.)
    assert _clauses("По словам критиков, на картине изображены семеро бурлаков.") == [
        "По словам критиков, на картине изображены семеро бурлаков"]


def test_a_figure_of_an_opener_with_a_verb_meets_its_rival():
    evidence = ("На полотне изображены одиннадцать бурлаков. Первым в лямке идёт Канин, бывший священник, "
                "которого Репин писал с натуры.")
    v = _verify("На картине изображены семеро бурлаков, а первым идёт бывший священник Канин.", evidence)
    assert v.label == "contradicted", v.reason
    v = _verify("На картине изображены одиннадцать бурлаков, а первым идёт бывший священник Канин.", evidence)
    assert v.label != "contradicted", v.reason


def test_a_noun_phrase_after_a_dash_is_read_with_its_clause():
    clauses = _clauses("Гейм и Новосёлов получили графен — слой углерода толщиной всего в один атом.")
    assert clauses == ["Гейм и Новосёлов получили графен — слой углерода толщиной всего в один атом"]
    # (A dash before a verb parts two clauses.)
    assert len(_clauses("Учёные долго искали способ, и решение оказалось простым — графен отслоили липкой лентой.")) == 3
