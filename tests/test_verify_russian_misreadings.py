"""Five Russian misreadings that contradicted right answers of ru_blind19 and ru_blind20 (session
35), each checked here on invented text, with the wrong answer of the same shape still caught:

- a word capitalised after a colon («Нет: Правила ...») was compared with the evidence's
  sentence-opening word in another form («Правила» against the claim's «правило»);
- «запрещают водителю управлять» denies the driving as «запрещают водить» does: whom the verb
  binds may stand between it and the infinitive;
- a woman's surname is one name in every case («Плюшевой», «Плюшеву»);
- a compound abbreviation is the name it shortens («Совнарком», «Совет народных комиссаров»);
- the day of a date after a place («в Адрианополе 19 (31) января») is no part of its name;
- a figure the claim gives beside the words the evidence gives it with («ставший в 1929 году
  академиком») is that clause's, not the one of the verb the claim opens with."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim
from factlint.verify.analysis import analyse
from factlint.verify.heuristic import HeuristicVerifier, names_match


def _mentions(text: str, kind: str) -> list[tuple]:
    lex = HeuristicVerifier(language="ru").lex
    return [m.value for m in analyse(text, lex).mentions if m.kind == kind]


RULES = passage_hit(1, "Устав клуба запрещает членам выносить книги из читального зала. Читальный зал открыт с 9 до 18 часов.",
                    title="Правила читального зала", score=0.9)


def test_a_forbidding_verb_before_whom_it_binds_denies_the_infinitive():
    v = verify_claim("Нет: Устав клуба запрещает выносить книги из читального зала.", [RULES], "ru")
    assert v.label == "supported", v.reason


def test_a_claim_that_allows_what_is_forbidden_is_still_contradicted():
    v = verify_claim("Устав клуба разрешает членам выносить книги из читального зала.", [RULES], "ru")
    assert v.label != "supported", v.reason


def test_a_capitalised_word_after_a_colon_is_the_same_word_as_the_evidence_opens_with():
    road = passage_hit(2, "Правила плавания запрещают заплывать за буйки.", title="Пляж", score=0.9)
    v = verify_claim("Коротко: Правила плавания запрещают заплывать за буйки.", [road], "ru")
    assert v.label == "supported", v.reason


def test_a_womans_surname_in_any_case_is_one_name():
    assert names_match(("плюшевый",), ("плюшева",))  # «Плюшевой» and «Плюшеву», as the dictionary gives them
    assert names_match(("управдом", "зареченковый"), ("зареченкова",))
    assert not names_match(("зареченковый",), ("перепелицына",))
    film = passage_hit(3, "В фильме «Тихая пристань» сторожа Пахомова сыграл Иван Рябцев, а вахтёршу Зареченкову — Анна Лугова.",
                       title="«Тихая пристань»", score=0.9)
    v = verify_claim("Анне Луговой в «Тихой пристани» досталась роль вахтёрши Зареченковой.", [film], "ru")
    assert v.label != "contradicted", v.reason


def test_a_compound_abbreviation_is_the_name_it_shortens():
    decree = passage_hit(4, "В марте 1921 года Совет народных комиссаров учредил премию имени Добролюбова.",
                         title="Премия Добролюбова", score=0.9)
    v = verify_claim("В марте 1921 года Совнарком учредил премию имени Добролюбова.", [decree], "ru")
    assert v.label != "contradicted", v.reason
    v = verify_claim("В марте 1921 года Наркомпрос учредил премию имени Добролюбова.", [decree], "ru")
    assert v.label == "contradicted", v.reason


def test_the_day_of_a_date_after_a_place_is_no_part_of_its_name():
    assert ("адрианополь",) in _mentions("Перемирие подписали в Адрианополе 19 (31) января 1878 года.", "name")
    assert ("союз", "12") in _mentions("Экипаж «Союз 12» стартовал в сентябре.", "name")


CAREER = passage_hit(5, "Пётр Ильич Зарубин родился в 1871 году. После смерти Лаврова в 1923 году Зарубин возглавил "
                        "кафедру механики, в 1931 году стал академиком, а умер в 1950 году.",
                     title="Пётр Зарубин", score=0.9)


def test_a_year_beside_what_the_evidence_dates_with_it_is_that_clauses():
    v = verify_claim("Кафедру механики после Лаврова возглавил Пётр Зарубин, ставший в 1931 году академиком.", [CAREER], "ru")
    assert v.label != "contradicted", v.reason


def test_the_same_year_given_to_the_other_event_is_contradicted():
    v = verify_claim("Кафедру механики после Лаврова в 1931 году возглавил Пётр Зарубин.", [CAREER], "ru")
    assert v.label == "contradicted" and "1923" in v.reason, v.reason
