"""Words that say the same thing are read as one word: verbs of one sense ("let", "permit" and
"allow"), every form of a Russian verb («взял» and «взять»), and the names of one thing
("the Olympics" and «Олимпийские игры»). A clause said in other words than the evidence's is
then checked against it, and a condition ("if", «если») is read as asserting nothing."""

from __future__ import annotations

from factlint.verify.analysis import tokenize
from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

SIEGE = passage_hit(1, "Unlike the knights a century before, the sultan allowed many of the townspeople to ransom "
                       "themselves and leave.", title="The surrender of the town")
PRIZE = passage_hit(2, "The engineer was awarded a share of the Telford Medal in 1936, thirty years after his first "
                       "bridge.", title="The engineer's medal")
КРЕПОСТЬ = passage_hit(3, "Крепость Орешек войска Петра взяли штурмом в октябре 1702 года после десятидневной осады.",
                       title="Взятие Орешка")
ИГРЫ = passage_hit(4, "Впервые сборная страны выступила на летних Олимпийских играх в 1952 году в Хельсинки.",
                   title="Первые Игры")
ПЕРЕЛОМ = passage_hit(5, "Торчащие из раны обломки кости нельзя вправлять на место.", title="Открытый перелом")


def test_a_verb_of_the_same_sense_meets_the_evidence_s_verb():
    verdict = verify_claim("The sultan did not let the townspeople ransom themselves, and he sold them all.", [SIEGE])
    assert verdict.label == "contradicted", verdict.reason
    assert "allowed" in verdict.reason


def test_received_meets_was_awarded():
    verdict = verify_claim("The engineer never received a medal for the work, though his bridge was praised.", [PRIZE])
    assert verdict.label == "contradicted", verdict.reason


def test_the_same_sense_in_other_words_still_supports():
    verdict = verify_claim("In 1936 the engineer received a share of the Telford Medal.", [PRIZE])
    assert verdict.label == "supported", verdict.reason


def test_same_sense_words_share_a_stem_and_others_do_not():
    english = lexicon("en")
    stems = {t.text: t.stem for t in tokenize("permitted allowed let warms heated received awarded lost won", english)}
    assert stems["permitted"] == stems["allowed"] == stems["let"]
    assert stems["warms"] == stems["heated"]
    assert stems["received"] == stems["awarded"]
    assert stems["lost"] != stems["won"]


def test_the_contraries_of_a_same_sense_word_hold_for_its_group():
    english = lexicon("en")
    allow = english.word_stem("permit")
    assert english.word_stem("forbid") in english.contrary_stems[allow]
    assert english.word_stem("prohibited") == english.word_stem("forbid")


def test_every_form_of_a_russian_verb_has_one_stem():
    russian = lexicon("ru")
    assert russian.word_stem("взял") == russian.word_stem("взять") == russian.word_stem("взяли")
    assert russian.word_stem("вернулся") == russian.word_stem("вернуться")


def test_a_russian_denial_meets_the_evidence_s_other_form_of_the_verb():
    verdict = verify_claim("Взять Орешек войска Петра так и не смогли.", [КРЕПОСТЬ], "ru")
    assert verdict.label == "contradicted", verdict.reason


def test_olympiad_and_olympic_games_are_one_name():
    verdict = verify_claim("На летних Олимпиадах сборная страны впервые выступила в 1952 году в Хельсинки.", [ИГРЫ], "ru")
    assert verdict.label != "contradicted", verdict.reason


def test_a_clause_opened_by_if_asserts_nothing():
    verdict = verify_claim("Если из раны торчат обломки кости, накройте рану чистой повязкой.", [ПЕРЕЛОМ], "ru")
    assert verdict.label != "contradicted", verdict.reason


ДОРОГА = passage_hit(6, "Дорога соединила город с Озёрском, а через год её довели и до Лесного.", title="Первая дорога")


def test_what_a_sentence_ends_by_saying_was_not_managed_is_denied():
    verdict = verify_claim("Довести дорогу дальше Озёрска, до Лесного, так и не удалось.", [ДОРОГА], "ru")
    assert verdict.label != "supported", verdict.reason
    assert "the negation" in verdict.reason


ПОЛЮС = passage_hit(7, "Отряд Амундсена достиг Южного полюса 14 декабря 1911 года.", title="Южный полюс")


def test_a_russian_verb_denied_after_being_unable_meets_its_past_form():
    for claim in ("Отряду Амундсена не удалось достичь полюса.", "Отряд Амундсена так и не смог достичь полюса."):
        verdict = verify_claim(claim, [ПОЛЮС], "ru")
        assert verdict.label == "contradicted", (claim, verdict.reason)


def test_accepting_is_the_opposite_of_refusing_and_declining():
    verdict = verify_claim("Пастернак принял премию и сам получил её в Стокгольме.",
                           [passage_hit(8, "Под давлением властей Пастернак отказался от премии; медаль в 1989 году получил его сын.")], "ru")
    assert verdict.label == "contradicted", verdict.reason
    verdict = verify_claim("In 1964 the novelist accepted the prize.", [passage_hit(9, "In 1964 the novelist declined the prize.")])
    assert verdict.label == "contradicted", verdict.reason


def test_a_denial_after_but_and_a_pronoun_is_its_own_clause():
    # ", but he did not accept it" opens a clause of its own: read with the clause before it,
    # its denial was lost and "accept" met the evidence's "declined" as an opposite.
    declined = passage_hit(9, "In 1964 the novelist declined the prize.")
    verdict = verify_claim("The novelist was offered the prize in 1964, but he did not accept it.", [declined])
    assert verdict.label != "contradicted", verdict.reason
    verdict = verify_claim("The novelist was offered the prize in 1964, and he accepted it.", [declined])
    assert verdict.label == "contradicted", verdict.reason
    refused = passage_hit(8, "Под давлением властей Пастернак отказался от премии; медаль в 1989 году получил его сын.")
    verdict = verify_claim("В 1958 году Пастернаку присудили премию, но он не принял её.", [refused], "ru")
    assert verdict.label != "contradicted", verdict.reason


def test_a_clause_opened_by_but_and_a_pronoun_keeps_its_denial():
    lex = lexicon("en")
    from factlint.verify.analysis import analyse
    clauses = analyse("He was offered the prize in 1964, but he did not accept it.", lex).clauses
    assert [c.negated for c in clauses] == [False, True]


def test_a_denial_of_another_named_subject_is_no_conflict():
    # Once ", but he never patented it" keeps its denial, it is Walter Hunt's: it says nothing
    # of Elias Howe's patent.
    sewing = passage_hit(10, "The American Elias Howe patented a lockstitch sewing machine on 10 September 1846. Walter "
                             "Hunt had built a lockstitch machine in about 1834, but he never patented it.", title="Elias Howe")
    verdict = verify_claim("The American Elias Howe is usually credited, with his lockstitch machine patented in 1846, although "
                           "a Frenchman, Barthelemy Thimonnier, had patented a chain-stitch machine sixteen years earlier.", [sewing])
    assert verdict.label != "contradicted", verdict.reason
