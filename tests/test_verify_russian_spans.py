"""Russian spans of years and ages: «с 1733 по 1743 год» is one span that holds the years
within it (Lexicon.year_span_frames); «в 36 лет», «когда ему было 84 года» are ages
(age_before_years, age_holders), not spans of time."""

from __future__ import annotations

from verify_helpers import russian_verify


def _mentions(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    return analyse(text, lexicon("ru")).mentions


_verify = russian_verify(("statement",))


def _years(text):
    return [(m.value, m.high, m.span_end) for m in _mentions(text) if m.kind == "year"]


def test_a_framed_span_of_years_is_one_span():
    assert _years("Экспедиция продолжалась с 1733 по 1743 год.") == [(1733, 1743, False), (1743, None, True)]
    assert _years("Экспедиция шла с 1733 года до 1743 года.")[0][:2] == (1733, 1743)
    assert _years("Мост строили между 1887 и 1889 годами.")[0][:2] == (1887, 1889)
    # (Two years said together, with no frame, are two years.)
    assert _years("Он приезжал в 1812 и 1814 годах.") == [(1812, None, False), (1814, None, False)]


def test_a_year_within_a_span_is_no_rival_of_its_first_year():
    bering = ("Вторая Камчатская экспедиция продолжалась с 1733 по 1743 год. В июле 1741 года оба корабля "
              "экспедиции достигли северо-западного побережья Америки.")
    v = _verify("Во второй экспедиции, в 1741 году, корабли достигли Америки.", bering)
    assert v.label != "contradicted", v.reason


def test_ages_in_years():
    def ages(text):
        return [(m.value, m.age) for m in _mentions(text) if m.kind == "number"]

    assert ages("Новосёлов стал лауреатом в 36 лет.") == [(36.0, True)]
    assert ages("Премию он получил, когда ему было 84 года.") == [(84.0, True)]
    assert ages("Ей исполнилось 30 лет.") == [(30.0, True)]
    assert ages("Премию он получил через сорок лет после открытия.") == [(40.0, False)]
    assert ages("Шесть лет спустя оба стали лауреатами.") == [(6.0, False)]


LENIN = ("Атомный ледокол «Ленин» — первое в мире надводное судно с ядерной энергетической установкой. Его "
         "спустили на воду 5 декабря 1957 года в Ленинграде, а в Арктику он вышел в 1959 году. Ледокол проработал 30 "
         "лет, до 1989 года.")
MUSEUM = ("После вывода из эксплуатации ледокол «Ленин» поставили на вечную стоянку в Мурманске, и с 2009 года на его "
          "борту работает музей.")


def _verify_asked(claim_text, question, *evidence):
    from factlint.claims import Claim
    from verify_helpers import passage_hit
    from factlint.verify.heuristic import HeuristicVerifier

    hits = [passage_hit(k, text, title, 0.92 - k / 100) for k, (title, text) in enumerate(evidence)]
    claim = Claim(claim_text, 0, len(claim_text), None, ("statement",), question=question)
    return HeuristicVerifier(language="ru").verify_one(claim, hits)


def test_the_year_that_ends_a_period_in_years_ends_a_span():
    assert _years("Ледокол проработал 30 лет, до 1989 года.") == [(1989, None, True)]
    asked = "Что такое атомный ледокол «Ленин» и сколько лет он работал?"
    passages = (("Ледокол «Ленин» сегодня", MUSEUM), ("Атомный ледокол «Ленин»", LENIN))
    v = _verify_asked("Ледокол прослужил с 1959 по 1999 год, после чего стал музеем в Мурманске.", asked, *passages)
    assert v.label == "contradicted", v.reason
    assert "1989" in v.reason
    v = _verify_asked("Ледокол прослужил с 1959 по 1989 год.", asked, *passages)
    assert v.label != "contradicted", v.reason
