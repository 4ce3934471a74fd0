"""Russian names in the verifier: each word of a name is compared in its dictionary form
(Lexicon.name_word, by pymorphy3), read so that the forms of one word agree."""

from __future__ import annotations

import pytest

from verify_helpers import russian_verify

pytest.importorskip("pymorphy3")


_verify = russian_verify(("name",))


def _name_word(word):
    from factlint.verify.languages import lexicon

    return lexicon("ru").name_word(word)


@pytest.mark.parametrize(("forms", "lemma"), [
    # an adjective whose form a place also has («Советском» is «Советск» in the instrumental)
    (("советском", "советский", "советского"), "советский"),
    (("красной", "красная", "красную"), "красный"),
    # an adjective that is also a noun of its own («новое», «большое»): the adjective
    (("нового", "новым", "новый"), "новый"),
    (("большого", "большой"), "большой"),
    # an adjective whose form a shorter noun also has («Белом море»: not the unit «бел»)
    (("белом", "белым", "белое"), "белый"),
    # a numeral in a name («конкурс «Семь чудес России»», «одним из «Семи чудес»»)
    (("семи", "семь"), "семь"),
    # a word the dictionary does not know, read as the adjective it may be
    (("илычском", "илычского", "илычский"), "илычский"),
    # a name of a person keeps its reading, though an adjective has its forms
    (("толстого", "толстом", "толстой"), "толстой"),
    (("гагарина", "гагарин"), "гагарин"),
])
def test_the_forms_of_a_word_of_a_name_have_one_dictionary_form(forms, lemma):
    assert {_name_word(f) for f in forms} == {lemma}


def test_an_unknown_hyphenated_word_is_read_part_by_part():
    assert _name_word("печоро-илычском") == _name_word("печоро-илычский") == "печоро-илычский"
    assert _name_word("нью-йорке") == "нью-йорк"  # a known one as the dictionary has it


def test_a_known_short_form_matches_a_name_in_another_case():
    # «Советском Союзе» is «Советский Союз», which the aliases know as «СССР».
    metro = "Московский метрополитен открылся в 1935 году. Это был первый метрополитен в СССР."
    v = _verify("Это был первый метрополитен в Советском Союзе.", metro)
    assert v.label != "contradicted", v.reason


def test_a_numeral_of_a_title_in_another_case_is_the_same_title():
    wonders = "В 2008 году столбы стали одним из победителей конкурса «Семь чудес России»."
    v = _verify("В 2008 году столбы признали одним из «Семи чудес России».", wonders)
    assert v.label != "contradicted", v.reason


def test_an_adjective_of_a_place_names_the_place():
    # Lexicon.place_words: «в Омском остроге» names Омск, «Останкинская башня» Останкино.
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    lex = lexicon("ru")
    assert analyse("Каторгу он отбывал в Омском остроге.", lex).has_name(("омск",))
    assert analyse("Останкинская телебашня построена в Москве.", lex).has_name(("останкино",))
    assert not analyse("Он работал в Московском университете.", lex).has_name(("москова",))  # a guess is no place
    assert lex.place_words("красной") == () and lex.place_words("толстого") == ()
    prison = "Каторгу он отбывал в Омском остроге в 1850–1854 годах."
    assert _verify("Каторгу он отбывал в Омске.", prison).label == "supported"


def test_the_quotes_round_a_name_are_no_part_of_its_place():
    # Lexicon.name_quotes: «на станции «Салют-7»» puts the name in the place of «станции», not
    # in the subject's, where «стала Светлана Савицкая» puts hers.
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    text = "Первой женщиной, вышедшей в открытый космос, стала Светлана Савицкая: это произошло 25 июля 1984 года на станции «Салют-7»."
    slots = {m.text: m.slot for m in analyse(text, lexicon("ru")).mentions if m.kind == "name"}
    assert slots["Салют-7"] == lexicon("ru").word_stem("станции") and slots["Светлана Савицкая"] == ""
    v = _verify("Первой женщиной в открытом космосе в 1984 году стала Светлана Савицкая.", text)
    assert v.label != "contradicted", v.reason


def test_a_lower_case_word_hyphened_to_a_name_is_of_it():
    # Lexicon.hyphened_names: «Царь-колокол» is one name, not «Царь-» (nor a rival of its parts).
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    names = [m.value for m in analyse("Весит Царь-колокол около 200 т.", lexicon("ru")).mentions if m.kind == "name"]
    assert ("царь", "колокол") in [v[-2:] for v in names]
    bell = ("Царь-колокол отлили в 1733–1735 годах мастера Иван Моторин и его сын Михаил. Он весит около 200 т, "
            "его высота — чуть больше 6 м. От колокола откололся кусок весом около 11,5 т.")
    v = _verify("Весит Царь-колокол около 200 т.", bell, ("number",))
    assert v.label != "contradicted", v.reason


def test_an_adjective_of_a_place_opening_the_sentence_is_a_name():
    # «Московское метро открылось ...»: the adjective names the subject, so the figure of a clause
    # that names it is the subject's (no "someone else's" for naming only «СССР» besides).
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    names = [m.text for m in analyse("Московское метро открылось 15 мая 1935 года.", lexicon("ru")).mentions if m.kind == "name"]
    assert names == ["Московское"]
    assert not [m for m in analyse("Первое метро открылось 15 мая 1935 года.", lexicon("ru")).mentions if m.kind == "name"]
    metro = "Московский метрополитен открылся 15 мая 1935 года. Это был первый метрополитен в СССР."
    v = _verify("Московское метро открылось 15 ноября 1935 года и стало первым метрополитеном в СССР.", metro, ("date",))
    assert v.label == "contradicted" and "15 мая" in v.reason, v.reason


def test_a_name_s_place_is_read_whatever_its_case():
    # «командовал им маршал Семён Будённый» and «поручили маршалу Константину Рокоссовскому»
    # put their names after one word in two cases: the same place, so the names are rivals.
    from verify_helpers import passage_hit, verify_claim

    parade = passage_hit(1, "Командовать парадом поручили маршалу Константину Рокоссовскому, а принимать его — маршалу "
                            "Георгию Жукову.", title="Подготовка Парада Победы")
    verdict = verify_claim("Принимал его маршал Георгий Жуков, а командовал им маршал Семён Будённый.", [parade], "ru")
    assert verdict.label == "contradicted", verdict.reason
    verdict = verify_claim("Принимал его маршал Георгий Жуков, а командовал им маршал Константин Рокоссовский.", [parade], "ru")
    assert verdict.label != "contradicted", verdict.reason


def test_a_given_name_in_two_cases_is_one_person():
    # pymorphy3 reads the unknown «Душана» and «Душаном» as two words: they are still one man.
    from verify_helpers import passage_hit, verify_claim

    flight = passage_hit(1, "Лев Толстой тайно уехал из Ясной Поляны вместе с врачом Душаном Маковицким.", title="Уход Толстого")
    verdict = verify_claim("Толстой тайком покинул Ясную Поляну, взяв с собой врача Душана Маковицкого.", [flight], "ru")
    assert verdict.label != "contradicted", verdict.reason
