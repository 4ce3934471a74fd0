"""A Russian clause that ends by dating something, followed by a clause that tells what
happened then, after a colon or «, когда» («Номер родился в 1907 году: Михаил Фокин сочинил
его для Анны Павловой», «получил звание в 1948 году, когда ФИДЕ разыграла вакантный титул»):
the date is read with that clause's words too, so it is the year of that event, not a rival of
a year the evidence gives to something else (Павлова's birth)."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

_EVIDENCE = ("Анна Павлова родилась в 1881 году в Петербурге и в 1899 году окончила театральное училище. "
             "Миниатюру «Лебедь» Михаил Фокин поставил для Анны Павловой в 1907 году для благотворительного "
             "концерта в Петербурге.")


def _told(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return [(a.text[c.start:c.end], sorted(c.told)) for c in a.clauses]


def test_a_date_is_read_with_the_clause_that_tells_what_happened_then():
    assert _told("Номер родился в 1907 году: Фокин сочинил его для Павловой.")[0] == (
        "Номер родился в 1907 году", ["павлов", "сочин", "фокин"])
    assert _told("Он получил звание в 1948 году, когда ФИДЕ разыграла титул.")[0][1] == ["разыгра", "титул", "фид"]
    # (Not a date that does not end its clause, nor a clause after a plain comma.)
    assert _told("В 1948 году он получил звание: ФИДЕ разыграла титул.")[0][1] == []
    assert _told("Он получил звание в 1948 году, ФИДЕ разыграла титул.")[0][1] == []


def test_the_year_of_the_event_told_after_a_colon_is_no_rival_of_a_birth():
    claim = ("Номер родился в 1907 году: Михаил Фокин сочинил его для Анны Павловой к благотворительному "
             "концерту в Петербурге.")
    v = _verify(claim, _EVIDENCE)
    assert v.label != "contradicted", v.reason
    v = _verify(claim.replace("1907", "1905"), _EVIDENCE)
    assert v.label == "contradicted", v.reason
