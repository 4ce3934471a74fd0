"""Russian names inflect: a surname after a given name is read in the given name's case, so that
«по инициативе Александра Ферсмана» names the «Александр Ферсман» of the evidence (pymorphy3,
reading «Ферсмана» alone, takes it for a place of its own). And a relative clause right after the
evidence's clause names what that clause is about too («учреждён 14 мая 1920 года декретом,
который подписал Владимир Ленин»), so the claim's date of the same decree meets it."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim
from factlint.claims import Claim
from factlint.verify.analysis import analyse
from factlint.verify.heuristic import HeuristicVerifier


def _names(text: str) -> list[tuple[str, ...]]:
    verifier = HeuristicVerifier(language="ru")
    return [m.value for m in analyse(text, verifier.lex).mentions if m.kind == "name"]


def test_a_surname_after_a_given_name_takes_its_case():
    assert _names("Музей открыли по инициативе Александра Ферсмана.") == [("александр", "ферсман")]
    assert _names("Музей открыл Александр Ферсман.") == [("александр", "ферсман")]


PASSAGE = passage_hit(1, "Берёзовский заповедник на Среднем Урале учреждён 14 мая 1920 года декретом, который подписал "
                         "Владимир Ленин. Его создания добивался минералог Александр Ферсман.",
                      title="Берёзовский заповедник", score=0.9)


def _verify(text: str):
    claim = Claim(text, 0, len(text), "Берёзовский заповедник известен минералами.", ("date", "year"),
                  "Чем знаменит Берёзовский заповедник?")
    return HeuristicVerifier(language="ru").verify_one(claim, [PASSAGE])


def test_the_date_of_the_same_decree_is_contradicted():
    v = _verify("Его учредили 14 марта 1920 года декретом за подписью Ленина по инициативе Александра Ферсмана.")
    assert v.label == "contradicted", v.reason
    assert "14 мая" in v.reason


def test_the_right_date_is_not_contradicted():
    v = _verify("Его учредили 14 мая 1920 года декретом за подписью Ленина по инициативе Александра Ферсмана.")
    assert v.label != "contradicted", v.reason


# A surname the dictionary does not know reads as an adjective alone («Зареченковой» ->
# «зареченковый») but as a surname after a given name («Марфы Зареченковой» -> «зареченков»):
# the two are one name. (Invented names, after a pattern met in session 34.)
WEDDING = passage_hit(2, "Свадьбу купца Ивана Сомова и Марфы Зареченковой сыграли в Твери в 1802 году.",
                      title="Свадьба Сомова", score=0.9)


def _wedding(text: str):
    return verify_claim(text, [WEDDING], "ru")


def test_a_surname_alone_is_the_surname_after_a_given_name():
    from factlint.verify.heuristic import names_match

    assert names_match(("зареченковый",), ("марфа", "зареченков"))
    v = _wedding("Свадьбу купца Ивана Сомова с Зареченковой сыграли в Твери в 1802 году.")
    assert v.label == "supported", v.reason


def test_another_surname_alone_is_not_that_name():
    from factlint.verify.heuristic import names_match

    assert not names_match(("перепелицын",), ("марфа", "зареченков"))
    v = _wedding("Свадьбу купца Ивана Сомова с Перепелицыной сыграли в Твери в 1802 году.")
    assert v.label != "supported" and "Перепелицыной" in v.reason, v.reason
