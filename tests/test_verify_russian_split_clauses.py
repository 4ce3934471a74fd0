"""Russian clauses cut apart by commas: «..., а Спасский позже, в 1992 году, проиграл ему ...».
A conjunction and a subject set off from their verb by a phrase between commas open the clause
of that verb, and so does the phrase: its year is when the subject did what the verb says, not
a year of the clause before the conjunction."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))


def _clauses(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return [a.text[c.start:c.end] for c in a.clauses]


def test_a_split_subject_opens_the_clause_of_its_verb():
    assert _clauses("Матч сделал Фишера чемпионом мира, а Спасский позже, в 1992 году, проиграл ему реванш.") == [
        "Матч сделал Фишера чемпионом мира", "а Спасский позже, в 1992 году, проиграл ему реванш"]
    # (A contrast with no verb after it stays with its clause.)
    assert _clauses("Матч прошёл в Рейкьявике, а не в Москве.") == ["Матч прошёл в Рейкьявике, а не в Москве"]


def test_the_year_of_a_split_clause_is_read_with_its_verb():
    evidence = ("Матч Спасского и Фишера прошёл в Рейкьявике в 1972 году и сделал Фишера чемпионом мира. "
                "В 1992 году Спасский сыграл с Фишером неофициальный матч-реванш в Югославии и проиграл его.")
    claim = "Матч сделал Фишера чемпионом мира, а Спасский позже, в 1992 году, проиграл ему неофициальный реванш в Югославии."
    v = _verify(claim, evidence)
    assert v.label != "contradicted", v.reason
    v = _verify(claim.replace("1992", "1994"), evidence)
    assert v.label == "contradicted", v.reason
