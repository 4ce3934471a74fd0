"""A clause that says most of one passage title's words is about what that title names, before
it is about the question's subject: «Первые пять томов вышли в 1845 году», asked how Lind wrote
her chronicle, is of «Первые тома «Хроники»», so that passage's year meets the claim's even
though the clause there never names Lind."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

QUESTION = "Как Анна Линд писала «Хронику северного края»?"
FIRST = passage_hit(1, "В 1843 году Анна Линд приехала в столицу, чтобы издать свой труд. Первые пять томов «Хроники "
                       "северного края» вышли в марте 1845 года тиражом 2000 экземпляров.", title="Первые тома «Хроники»")
LIND = passage_hit(2, "Анна Линд была известна как поэтесса. В 1840 году губернатор поручил ей составить хронику края, "
                      "и больше двадцати лет она писала «Хронику северного края».", title="Анна Линд — летописец")
LAST = passage_hit(3, "Шестой том вышел в 1850 году, седьмой — в 1853 году.", title="Последние тома «Хроники»")


def test_the_titled_thing_s_year_meets_the_claim():
    verdict = verify_claim("Первые пять томов вышли в 1843 году тиражом 2000 экземпляров.", [FIRST, LIND, LAST], "ru",
                           question=QUESTION)
    assert verdict.label == "contradicted", verdict.reason
    assert "1845" in verdict.reason
    verdict = verify_claim("Первые пять томов вышли в 1845 году тиражом 2000 экземпляров.", [FIRST, LIND, LAST], "ru",
                           question=QUESTION)
    assert verdict.label == "supported", verdict.reason


def test_a_figure_s_words_are_no_title_the_clause_says():
    # "..., about 6 light years away": "light years" is the figure's unit, not "Light years and
    # parsecs", whose parsec of 3.26 light years is no distance of the star.
    units = passage_hit(1, "A light year is how far light goes in a year. Light from the Sun takes about 8 minutes to reach "
                           "us. Astronomers also use the parsec, which is about 3.26 light years.", title="Light years and parsecs")
    star = passage_hit(2, "Vega is among the brightest stars in the sky, about 25 light years away. Barnard's Star, a red "
                          "dwarf about 6 light years away, is the nearest single star after Alpha Centauri.",
                       title="Vega and Barnard's Star")
    verdict = verify_claim("After them, the nearest is Barnard's Star, about 6 light years away.", [star, units],
                           question="What is the nearest star to the Sun?")
    assert verdict.label != "contradicted", verdict.reason
