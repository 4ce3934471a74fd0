"""Russian place adjectives in a clause: «Московский университет» is of Москва, so a figure of
a clause that says it is a figure of what the claim says «в Москве» of (Lexicon.place_words,
with the vowel an adjective may put before the place's last consonant: «московский» ->
«москва», «вологодский» -> «вологда»)."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))


def test_a_vowel_before_the_last_consonant():
    from factlint.verify.languages import lexicon

    lex = lexicon("ru")
    assert "москва" in lex.place_words("московский")
    assert "москва" in lex.place_words("Московской".lower())
    assert lex.place_words("вологодский") == ("вологда",)
    assert lex.place_words("псковский") == ("псков",)  # (no vowel to take out)


def test_a_clause_with_a_place_adjective_says_the_place():
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse("Московский университет основан указом императрицы в 1755 году.", lexicon("ru"))
    assert "москв" in a.clauses[0].stems


def test_the_place_s_figure_is_not_someone_else_s():
    evidence = ("Московский университет основан указом императрицы Елизаветы Петровны в 1755 году. "
                "Первые лекции прочитали в апреле 1755 года в здании Главной аптеки. "
                "Софья Васильевна Ковалевская родилась в 1850 году в Москве.")
    v = _verify("Университет в Москве появился в 1755 году.", evidence)
    assert v.label != "contradicted", v.reason
