"""What a figure is of, read the way a person reads it:

- a clause that names a thing of its own by a word of a title the question asks about is about
  that thing ("The Varden Codex, a collection of roughly 30 letters" is not about "the Varden
  Oath" the question asks about), so a passage on the Codex weighs its figure;
- a clause whose subject is a pronoun, in a sentence whose first clause names the subject, is
  about it ("The Osk Bell was cast for the abbey ..., outside the old gate, where it was rung
  in May 1610");
- a passage titled with the subject's own word («Зачем измеряли дугу») that names nothing else
  by that word is about the subject («дуга Петрова»)."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier


def _verify(text: str, question: str, *hits, context: str | None = None):
    claim = Claim(text, 0, len(text), context, ("number",), question)
    return HeuristicVerifier().verify_one(claim, list(hits))


CODEX = passage_hit(1, "Aldo Varden was a jurist of the twelfth century. The roughly 60 letters known as the Varden Codex "
                       "were written by many hands over several generations.", title="Aldo Varden", score=0.7)
OATH = passage_hit(2, "The Varden Oath is a promise that judges of the old courts swore on taking office.",
                   title="The Varden Oath", score=0.65)
QUESTION = "What is the Varden Oath?"


def test_a_clause_naming_its_own_thing_is_about_it():
    v = _verify("The Varden Codex, a collection of roughly 30 letters, carries his name.", QUESTION, CODEX, OATH)
    assert v.label == "contradicted", v.reason
    assert "60" in v.reason


def test_its_right_figure_is_not_contradicted():
    v = _verify("The Varden Codex, a collection of roughly 60 letters, carries his name.", QUESTION, CODEX, OATH)
    assert v.label != "contradicted", v.reason


BELL = passage_hit(1, "The Osk Bell was cast for the abbey church, but the town council decided instead to hang it in "
                      "the market tower, outside the old gate, where it was first rung in May 1610.",
                   title="Where the bell hangs", score=0.75)
MAKER = passage_hit(2, "Rulof's Osk Bell, cast by Jan Rulof, weighs about 3 tonnes.", title="Rulof's Osk Bell", score=0.7)


def test_a_pronoun_clause_is_about_its_sentences_subject():
    v = _verify("It was meant for the abbey church, but it was hung in the market tower and first rung there in "
                "August 1610.", "What is Rulof's Osk Bell?", BELL, MAKER, context="Rulof's Osk Bell is a bronze bell.")
    assert v.label == "contradicted", v.reason
    assert "May" in v.reason


def test_the_right_month_is_not_contradicted():
    v = _verify("It was meant for the abbey church, but it was hung in the market tower and first rung there in "
                "May 1610.", "What is Rulof's Osk Bell?", BELL, MAKER, context="Rulof's Osk Bell is a bronze bell.")
    assert v.label != "contradicted", v.reason


ARC = passage_hit(1, "Дуга Петрова — цепь треугольников от Белого моря до Каспия.", title="Дуга Петрова", score=0.7)
WHY = passage_hit(2, "Измерение дуги было нужно, чтобы точнее определить размеры Земли. В цепь вошли 158 треугольников "
                     "и 140 основных пунктов.", title="Зачем измеряли дугу", score=0.7)


def _verify_arc(claim: str):
    return HeuristicVerifier(language="ru").verify_one(
        Claim(claim, 0, len(claim), "Дуга Петрова — это цепь треугольников.", ("number",), "Что такое дуга Петрова?"),
        [ARC, WHY])


def test_a_title_with_the_subjects_word_is_about_it():
    v = _verify_arc("В неё вошли 140 треугольников, а измерения понадобились, чтобы уточнить размеры Земли.")
    assert v.label == "contradicted", v.reason
    assert "158" in v.reason


def test_the_right_count_of_the_arc_is_not_contradicted():
    v = _verify_arc("В неё вошли 158 треугольников, а измерения понадобились, чтобы уточнить размеры Земли.")
    assert v.label != "contradicted", v.reason
