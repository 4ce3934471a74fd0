"""Russian clauses that say something without asserting it, or a «не» that denies nothing of its
clause, read at 5a3b832 as the opposite of the evidence on ru_blind16 and ru_blind17's right
answers: a belief reported by «будто» (q03-b), a prefix named in quotes («без-», q11-a), a
negated gerund that tells how («не слезая», q22-b), and what «лучше ..., чем ...» sets aside
(ru_blind17 q24-a). Each still lets the same words said plainly the other way contradict."""

from __future__ import annotations

import pytest

from verify_helpers import russian_verify
from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon

verify = russian_verify(("statement",))

VOLCANOES = ("Он увидел вершину Хан-Тенгри и её ледники, побывал на озере Иссык-Куль и у истоков Нарына и показал, что "
             "вулканов на Тянь-Шане нет, вопреки мнению Александра Гумбольдта.")
PREFIXES = ("Окончания «-аго» и «-яго» после реформы заменили на «-ого» и «-его», а приставки на «з» перед глухими "
            "согласными стали писать через «с», например «бесполезный».")
CROSSING = "По велосипедному переезду, обозначенному знаком и разметкой, дорогу можно пересекать, не слезая с велосипеда."
FLU = ("При признаках гриппа нужно остаться дома, не ходить на работу или учёбу и вызвать врача на дом, а не идти в "
       "поликлинику с высокой температурой.")


@pytest.mark.parametrize("said, evidence", [
    ("Заодно Семёнов опроверг мнение Гумбольдта, будто на Тянь-Шане есть вулканы.", VOLCANOES),
    ("Приставки вроде «без-» перед глухими согласными пишутся с тех пор через «с».", PREFIXES),
    ("Не спешиваясь можно пересекать дорогу только по велосипедному переезду, обозначенному знаком и разметкой.", CROSSING),
    ("При первых признаках гриппа лучше остаться дома и вызвать врача на дом, чем с высокой температурой сидеть в "
     "очереди в поликлинике.", FLU),
])
def test_what_is_not_asserted_is_no_contradiction(said, evidence):
    verdict = verify(said, evidence)
    assert verdict.label != "contradicted", verdict.reason


@pytest.mark.parametrize("said, evidence", [
    ("Семёнов показал, что на Тянь-Шане есть вулканы.", VOLCANOES),
    ("При признаках гриппа нужно идти в поликлинику с высокой температурой.", FLU),
])
def test_the_same_words_asserted_the_other_way_still_contradict(said, evidence):
    verdict = verify(said, evidence)
    assert verdict.label == "contradicted", verdict.reason


@pytest.mark.parametrize("text, negated", [
    ("Приставки вроде «без-» пишутся через «с».", False),
    ("Дорогу можно пересекать, не слезая с велосипеда.", False),
    ("Дорогу нельзя пересекать.", True),
    ("Он не пересекал дорогу.", True),
])
def test_which_clauses_deny(text, negated):
    a = analyse(text, lexicon("ru"))
    assert any(c.negated for c in a.clauses) is negated
