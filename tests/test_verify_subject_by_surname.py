"""A passage or clause that names the subject by a name within it (a surname) is about the
subject (heuristic _another_subject): its figures are the subject's."""

from __future__ import annotations


def _verify(lang, claim_text, title, evidence, question, kinds=("number", "date", "name")):
    from factlint.claims import Claim
    from factlint.evidence.index import Hit
    from factlint.verify.heuristic import HeuristicVerifier

    hits = [Hit(1, "d1", "Софья Ковалевская" if lang == "ru" else "Sofia Kovalevskaya", "corpus.jsonl",
                "Софья Васильевна Ковалевская родилась в 1850 году в Москве." if lang == "ru"
                else "Sofia Vasilyevna Kovalevskaya was born in Moscow in 1850.", 0.89, 0, 10),
            Hit(2, "d2", title, "corpus.jsonl", evidence, 0.87, 0, len(evidence))]
    return HeuristicVerifier(language=lang).verify_one(Claim(claim_text, 0, len(claim_text), None, kinds, question), hits)


def test_a_surname_opening_the_sentence_names_the_subject():
    v = _verify("ru", "Ковалевская умерла в Стокгольме в ноябре 1891 года.", "Премия Бордена и последние годы Ковалевской",
                "В 1888 году Парижская академия наук присудила Ковалевской премию Бордена. "
                "Ковалевская умерла в Стокгольме в феврале 1891 года в возрасте 41 года.", "Чем знаменита Софья Ковалевская?")
    assert v.label == "contradicted" and "феврале" in v.reason, v.reason
