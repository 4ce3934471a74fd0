"""Russian participial clauses: a clause that opens with a full participle after a comma
(«Земский собор, собравшийся в Москве в январе 1613 года, ...») says something of its
sentence's subject, and its figures are that subject's."""

from __future__ import annotations


def _clauses(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return [(a.text[c.start:c.end], c.stems | c.inherited) for c in a.clauses]


SOBOR_1613 = ("Земский собор, собравшийся в Москве в январе 1613 года, 21 февраля 1613 года избрал царём "
              "шестнадцатилетнего Михаила Фёдоровича Романова.")
SOBOR_1649 = ("Одним из последствий бунта стал созыв Земского собора, который в январе 1649 года принял "
              "Соборное уложение — свод законов, окончательно закрепостивший крестьян.")


def test_a_participle_clause_is_about_the_subject():
    clauses = _clauses(SOBOR_1613)
    participle = next(stems for text, stems in clauses if text.startswith("собравшийся"))
    assert {"земск", "собор"} <= participle


def test_active_passive_and_reflexive_participles():
    for text in ("Новый мост, построенный в 1890 году, стоит до сих пор.",
                 "Большая река, текущая на север, замерзает в октябре.",
                 "Полярная экспедиция, вернувшаяся в 1913 году, привезла образцы.",
                 "Морская академия, основанная в 1755 году, открылась в апреле."):
        first, second = _clauses(text)[:2]
        assert first[1] <= second[1], (text, first, second)
    assert not _clauses("Новый мост, сказал инженер, стоит до сих пор.")[1][1] >= {"нов", "мост"}


def test_the_subjects_year_in_a_participle_clause_agrees():
    from factlint.claims import Claim
    from verify_helpers import passage_hit
    from factlint.verify.heuristic import HeuristicVerifier

    claim = "Земский собор открылся в январе 1613 года, а 21 февраля остановил выбор на шестнадцатилетнем Михаиле Романове."
    hits = [passage_hit(1, SOBOR_1613, score=0.94),
            passage_hit(2, SOBOR_1649, score=0.87)]
    v = HeuristicVerifier(language="ru").verify_one(Claim(claim, 0, len(claim), None, ("statement",)), hits)
    assert v.label != "contradicted", v.reason
    wrong = claim.replace("1613", "1612")
    v = HeuristicVerifier(language="ru").verify_one(Claim(wrong, 0, len(wrong), None, ("statement",)), hits)
    assert v.label == "contradicted", v.reason
