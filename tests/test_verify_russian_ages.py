"""Russian ages against spans of time: «стал лауреатом в 36 лет» is how old, no rival of
«шесть лет спустя» (how long after); two ages still disagree."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("statement",))


GRAPHENE = ("За опыты с графеном Гейм и Новосёлов получили Нобелевскую премию по физике 2010 года. Гейм родился в "
            "1958 году в Сочи, а Новосёлов — в 1974 году в Нижнем Тагиле и стал лауреатом в 36 лет.")


def test_an_age_is_no_rival_of_a_span_of_years():
    v = _verify("Шесть лет спустя за эти опыты оба стали нобелевскими лауреатами по физике.", GRAPHENE)
    assert v.label != "contradicted", v.reason
    kapitsa = "Нобелевскую премию по физике Капица получил только в 1978 году, когда ему было 84 года."
    v = _verify("Нобелевскую премию он получил больше чем через сорок лет после открытия, в 1978 году.", kapitsa)
    assert v.label != "contradicted", v.reason


def test_two_ages_still_disagree():
    v = _verify("Новосёлов стал нобелевским лауреатом по физике в 38 лет.", GRAPHENE)
    assert v.label == "contradicted", v.reason
