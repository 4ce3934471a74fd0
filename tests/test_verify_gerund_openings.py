"""A gerund's phrase after a sentence's opening tells how the main verb's action was done: the
opening, the phrase and what describes it are read with that verb's clause, so the opening's
year is the year of what the verb says («В 1802 году, сближая два кусочка угля, подключённых к
батарее, Петров получил ... электрическую дугу»; "In 1802, bringing two pieces of charcoal
together, Petrov obtained an arc")."""

from __future__ import annotations

from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

ДУГА = passage_hit(1, "В 1802 году, сближая два кусочка древесного угля, подключённых к батарее, Петров получил между ними "
                      "ослепительно яркое пламя — электрическую дугу. Петров опубликовал свои опыты в 1803 году.",
                   title="Открытие электрической дуги")


def test_the_opening_and_the_gerund_s_phrase_go_on_to_the_main_clause():
    ru = analyse("В 1802 году, сближая два кусочка угля, подключённых к батарее, Петров получил дугу.", lexicon("ru")).clauses
    assert len(ru) == 1
    en = analyse("In 1802, bringing two pieces of charcoal together, Petrov obtained an arc.", lexicon("en")).clauses
    assert len(en) == 1
    # ("including ..." goes on with a list, not with how something was done.)
    listed = analyse("In 1990, including the suburbs, the city had 2 million people.", lexicon("en")).clauses
    assert len(listed) == 2


def test_the_opening_s_year_is_the_main_verb_s():
    verdict = verify_claim("Он открыл электрическую дугу в 1803 году.", [ДУГА], "ru")
    assert verdict.label == "contradicted", verdict.reason
    assert "1802" in verdict.reason
    verdict = verify_claim("Петров получил электрическую дугу в 1802 году.", [ДУГА], "ru")
    assert verdict.label == "supported", verdict.reason
