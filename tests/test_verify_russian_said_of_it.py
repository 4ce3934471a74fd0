"""What a passage says of «её» after naming the claim's name is said of that name: another
passage's name in the claim's place is then no rival."""

from __future__ import annotations

from verify_helpers import passage_hit

SEVERNAYA = ("Северную Землю открыла в 1913 году Гидрографическая экспедиция Северного Ледовитого океана под руководством "
             "Бориса Вилькицкого. Открытую сушу назвали Землёй императора Николая II, а в 1926 году переименовали в "
             "Северную Землю. Её часто называют последним крупным архипелагом, открытым на Земле.")
NOVAYA = "Новая Земля — архипелаг из двух крупных островов, Северного и Южного, которые разделяет узкий пролив Маточкин Шар."


def _verify(text):
    from factlint.claims import Claim
    from factlint.verify.heuristic import HeuristicVerifier

    hits = [passage_hit(1, NOVAYA, "Новая Земля", 0.85), passage_hit(2, SEVERNAYA, "Открытие Северной Земли", 0.8)]
    return HeuristicVerifier(language="ru").verify_one(Claim(text, 0, len(text), None, ("name",)), hits)


def test_what_the_passage_says_of_her_is_said_of_the_name_it_gave():
    v = _verify("Северная Земля — последний крупный архипелаг, открытый на Земле: её обнаружила в 1913 году экспедиция Вилькицкого.")
    assert v.label != "contradicted", v.reason
    v = _verify("Северная Земля — архипелаг из двух крупных островов, которые разделяет узкий пролив Маточкин Шар.")
    assert v.label == "contradicted" and "Новая Земля" in v.reason, v.reason
