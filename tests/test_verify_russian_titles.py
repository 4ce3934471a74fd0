"""Russian passage titles: «Сикорский в Америке» is about Сикорский, in America
(Lexicon.title_purposes), so a claim about him that says «США» weighs its figures."""

from __future__ import annotations


def test_a_title_names_its_thing_before_where_it_is():
    from factlint.claims import Claim
    from verify_helpers import passage_hit
    from factlint.verify.heuristic import HeuristicVerifier

    usa = ("После революции, в 1918 году, Сикорский покинул Россию, а в 1919 году переехал в США. Там он основал "
           "авиационную компанию, а в 1939 году поднял в воздух вертолёт VS-300.")
    vityaz = ("«Русский витязь», спроектированный Игорем Сикорским и построенный в 1913 году, стал первым в мире "
              "четырёхмоторным самолётом.")
    hits = [passage_hit(1, usa, "Сикорский в Америке", 0.91),
            passage_hit(2, vityaz, "«Русский витязь»", 0.90)]
    said = "После революции Сикорский уехал и в 1929 году переехал в США, где позже построил вертолёт VS-300."
    claim = Claim(said, 0, len(said), None, ("statement",), question="Что такое «Русский витязь» Игоря Сикорского?")
    v = HeuristicVerifier(language="ru").verify_one(claim, hits)
    assert v.label == "contradicted", v.reason
