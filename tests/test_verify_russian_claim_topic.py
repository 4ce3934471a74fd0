"""A claim that goes beyond the question («Позже Солженицын стал нобелевским лауреатом 1970
года», asked about «Один день Ивана Денисовича») is weighed against the passage that names
its first name («Нобелевская премия Солженицына и высылка»), though its title is not what
the question asks: its year agrees there, and another year there meets it.
(Found on ru_blind2 and ru_blind4, session 21.)"""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier


QUESTION = "Как была напечатана повесть «Один день Ивана Денисовича»?"
DENISOVICH = passage_hit(1, "Повесть Александра Солженицына «Один день Ивана Денисовича» напечатал журнал «Новый мир» "
                            "в ноябрьском номере за 1962 год. Публикации добился главный редактор журнала Александр "
                            "Твардовский.", title="«Один день Ивана Денисовича»", score=0.91)
NOBEL = passage_hit(2, "Нобелевскую премию по литературе Солженицын получил в 1970 году, но на церемонию в Стокгольм "
                       "не поехал. В феврале 1974 года его лишили советского гражданства и выслали из страны.",
                    title="Нобелевская премия Солженицына и высылка", score=0.88)


def _verify(text):
    return HeuristicVerifier(language="ru").verify_one(Claim(text, 0, len(text), None, ("date",), QUESTION),
                                                       [DENISOVICH, NOBEL])


def test_the_claims_own_passage_agrees_with_its_year():
    v = _verify("Позже Солженицын стал нобелевским лауреатом 1970 года.")
    assert v.label != "contradicted", v.reason


def test_the_claims_own_passage_meets_another_year():
    v = _verify("Нобелевскую премию по литературе Солженицын получил в 1965 году.")
    assert v.label == "contradicted" and "1970" in v.reason, v.reason
