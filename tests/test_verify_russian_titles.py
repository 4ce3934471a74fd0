"""Russian passage titles: «Сикорский в Америке» is about Сикорский, in America
(Lexicon.title_purposes), so a claim about him that says «США» weighs its figures."""

from __future__ import annotations


def test_a_title_names_its_thing_before_where_it_is():
    from factlint.claims import Claim
    from factlint.evidence.index import Hit
    from factlint.verify.heuristic import HeuristicVerifier

    usa = ("После революции, в 1918 году, Сикорский покинул Россию, а в 1919 году переехал в США. Там он основал "
           "авиационную компанию, а в 1939 году поднял в воздух вертолёт VS-300.")
    vityaz = ("«Русский витязь», спроектированный Игорем Сикорским и построенный в 1913 году, стал первым в мире "
              "четырёхмоторным самолётом.")
    hits = [Hit(1, "d1", "Сикорский в Америке", "corpus.jsonl", usa, 0.91, 0, len(usa)),
            Hit(2, "d2", "«Русский витязь»", "corpus.jsonl", vityaz, 0.90, 0, len(vityaz))]
    said = "После революции Сикорский уехал и в 1929 году переехал в США, где позже построил вертолёт VS-300."
    claim = Claim(said, 0, len(said), None, ("statement",), question="Что такое «Русский витязь» Игоря Сикорского?")
    v = HeuristicVerifier(language="ru").verify_one(claim, hits)
    assert v.label == "contradicted", v.reason
