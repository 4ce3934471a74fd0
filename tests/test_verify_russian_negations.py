"""Russian negations that deny nothing or deny once: «пока ... не» before a perfective verb
says "until" (Lexicon.until_openers); «не X и не Y» denies once (repeated_negation_after);
«не только ..., но и» adds (not_only); «не был ни X, ни Y» is one clause
(series_negations); a denial opening a list of items without verbs, the
last holding its «и», denies each item (list_ends_within)."""

from __future__ import annotations

import pytest

from verify_helpers import russian_verify

pytest.importorskip("pymorphy3")


def _negated(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return [(text[c.start:c.end], c.negated) for c in a.clauses]


_verify = russian_verify(("statement",))


def test_until_with_a_perfective_verb_denies_nothing():
    clauses = _negated("Она была самым высоким сооружением в мире, пока её не обогнала телебашня в Торонто.")
    assert clauses[-1] == ("пока её не обогнала телебашня в Торонто", False)
    # (With a time and an object between: still "until".)
    clauses = _negated("Полгода повстанцы осаждали Оренбург, пока в марте 1774 года их не разбил генерал Голицын.")
    assert clauses[-1] == ("пока в марте 1774 года их не разбил генерал Голицын", False)
    # (An imperfective verb after «пока не» is a denial: "while he is not asleep".)
    assert _negated("Ждите, пока он не спит.")[-1][1] is True


def test_the_until_clause_is_no_opposite_of_what_came_after():
    tower = ("С 1967 по 1976 год она была самым высоким свободно стоящим сооружением в мире, пока её не обогнала "
             "телебашня Си-Эн Тауэр в Торонто высотой около 553 м.")
    said = "Она оставалась самой высокой до 1976 года, когда в Торонто появилась башня Си-Эн Тауэр высотой около 553 м."
    v = _verify(said, tower)
    assert v.label != "contradicted", v.reason


def test_a_negation_after_and_repeats_the_one_before():
    assert _negated("Место укуса не разрезайте и не прижигайте.") == [("Место укуса не разрезайте и не прижигайте", True)]
    assert _negated("Он не пришёл и не позвонил.")[0][1] is True
    viper = "Жгут при укусе гадюки накладывать нельзя. Нельзя также разрезать или прижигать место укуса."
    v = _verify("Место укуса не разрезайте и не прижигайте.", viper)
    assert v.label != "contradicted", v.reason


def test_not_only_denies_nothing():
    assert _negated("Белуха — самая высокая гора не только Алтая, но и всей Сибири.")[0][1] is False
    # (Nor does "not counting": a day left out of a period.)
    assert _negated("По Закону о защите прав потребителей непродовольственный товар надлежащего качества можно вернуть "
                    "или обменять в течение 14 дней, не считая дня покупки.")[0][1] is False
    belukha = "Белуха — высочайшая вершина Алтая и всей Сибири, её высота 4506 м."
    v = _verify("Белуха высотой 4506 м — самая высокая гора не только Алтая, но и всей Сибири.", belukha)
    assert v.label != "contradicted", v.reason


def test_a_denial_goes_on_to_each_item_of_its_list():
    said = "Не застрахованы ИИС, брокерские счета, паи ПИФов, ценные бумаги, обезличенные металлические счета и вклады на предъявителя."
    assert all(negated for _, negated in _negated(said))
    # (A clause with a verb of its own is no item: «что ... были» says something else.)
    assert _negated("Не стоит забывать, что Москва и Петербург были столицами.")[1][1] is False
    deposits = ("Не застрахованы также обезличенные металлические счета, вклады на предъявителя и деньги, переданные "
                "в доверительное управление.")
    v = _verify(said, deposits)
    assert v.label != "contradicted", v.reason


def test_a_series_of_ni_is_one_clause():
    assert _negated("При жизни Мусоргского цикл не был ни издан, ни исполнен публично; его напечатали в 1886 году.") == [
        ("При жизни Мусоргского цикл не был ни издан, ни исполнен публично", True), ("его напечатали в 1886 году", False)]
    fraud = "Никому не называйте ни номер карты, ни код из СМС, ни ПИН-код."
    v = _verify("Ничего им не называйте — ни номер карты, ни код из СМС, ни ПИН-код.", fraud)
    assert v.label == "supported", v.reason
