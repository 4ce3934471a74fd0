"""Russian answers (issue 14): language by script, skipped checks said once, ru packs."""

from __future__ import annotations

import pytest

from factlint.language import detect
from factlint.model import Answer

from verify_helpers import russian_verify


@pytest.mark.parametrize(("text", "default", "expected"), [
    ("Эффективное лечение назначает врач.", "en", "ru"),
    ("Установите пакет командой pip.", "en", "ru"),      # mostly Cyrillic letters
    ("Iron carries oxygen.", "ru", "en"),
    ("Iron carries oxygen.", "en-GB", "en-GB"),          # the configured Latin language kept
    ("Залізо переносить кисень.", "uk", "uk"),           # a configured Cyrillic language kept
    ("42 + 7", "ru", "ru"),                              # no letters: the configured language
    ("Python и pip", "en", "en"),                        # no 60% majority: configured
])
def test_detect_by_script(text, default, expected):
    assert detect(text, default) == expected


def _light(**config):
    from factlint.engine import Engine

    off = {name: {"enabled": False} for name in ("grammar", "facts", "relevance", "duplicates")}
    return Engine.from_config({**off, **config})


def test_a_russian_answer_under_english_settings_runs_the_russian_packs():
    engine = _light()
    reports = engine.check_batch([Answer(id="a", text="Это эфективное лечение, щас расскажу."),
                                  Answer(id="b", text="Это тоже хорошо."),
                                  Answer(id="c", text="Iron is gonna help.")])
    assert [r.metrics["language"] for r in reports] == ["ru", "ru", "en"]
    # rules/ru/default: Russian health topics want «обратитесь к врачу»; «щас» is Russian slang
    assert [[f.rule for f in r.findings] for r in reports] == [
        ["policy/missing-referral", "style/slang"], [], ["style/slang"]]
    assert not any("packs" in r.skipped for r in reports)
    assert not [n for n in engine.notices if n.startswith("packs:")]


def test_an_answer_field_and_detect_language_false_win_over_the_script():
    engine = _light(detect_language=False)
    assert engine.check("Это лечение.").metrics["language"] == "en"
    engine = _light()
    report = engine.check(Answer(id="x", text="Это лечение.", meta={"language": "en"}))
    assert report.metrics["language"] == "en"


def _ru_rules():
    from factlint.config import load_settings
    from factlint.packs import builtin_packs, load_rules

    seen = {}
    for pack in builtin_packs("ru"):
        ruleset = load_rules(load_settings({"language": "ru", "extends": [pack]}, discover=False))
        assert not ruleset.errors, ruleset.errors
        for rule in ruleset.rules.values():
            seen[(pack, rule.id)] = rule
    return seen


RU_RULES = _ru_rules()


def test_the_three_russian_packs_exist():
    from factlint.packs import builtin_packs

    assert {"default", "strict", "children"} <= set(builtin_packs("ru"))
    assert {"grammar/hyphen", "grammar/v-techenie", "grammar/nadet", "grammar/tsya-tsya", "style/slang",
            "style/obscene", "style/ai-boilerplate", "policy/missing-referral"} <= {r for _, r in RU_RULES}


@pytest.fixture(scope="module")
def ru_nlp():
    from factlint.document import build_pipeline

    return build_pipeline(language="ru")


@pytest.mark.parametrize("key", sorted(RU_RULES), ids=lambda k: f"{k[0]}:{k[1]}")
def test_russian_rule_examples(key, ru_nlp):
    from factlint.packs.selftest import missing_examples, test_rule as run_examples

    rule = RU_RULES[key]
    assert not missing_examples(rule)
    for result in run_examples(rule, ru_nlp, "ru"):
        assert result.passed, f"{rule.id} {result.expect} example gave {result.found} findings: {result.text!r}"


def test_language_ru_runs_the_russian_packs():
    engine = _light(language="ru")
    report = engine.check("Из за дождя он одел пальто. Щас расскажу. Надеюсь, это поможет!")
    rules = [f.rule for f in report.findings]
    assert rules == ["grammar/hyphen", "grammar/nadet", "style/slang", "style/ai-boilerplate"]
    assert report.findings[0].suggestions == ["Из-за"]
    assert not report.skipped.get("packs")


def test_slurs_are_not_slang_and_mat_is_obscene():
    from pathlib import Path

    from factlint.packs.lexicon import read_lexicon

    slang = set(read_lexicon(Path(__file__).resolve().parents[1] / "rules/ru/lexicons/slang.txt"))
    assert not slang & {"пиндос", "черножопый", "пидор", "хуй", "блядь"}
    engine = _light(language="ru")
    assert [f.rule for f in engine.check("Это полное говно.").findings] == ["style/obscene"]
    # stems stop at word starts: "употреблять" holds "бля", "администрация" starts like "админ"
    assert engine.check("Администрация советует употреблять меньше соли.").findings == []


@pytest.fixture(scope="module")
def speller_engine(tmp_path_factory):
    from factlint.engine import Engine

    vocabulary = tmp_path_factory.mktemp("vocab") / "words.txt"
    vocabulary.write_text("# our product\nфактлинт\n", encoding="utf-8")
    off = {name: {"enabled": False} for name in ("facts", "relevance", "duplicates")}
    return Engine.from_config({**off, "language": "ru", "vocabulary": [str(vocabulary)]})


def test_russian_spelling_flags_a_misspelling_with_ranked_suggestions(speller_engine):
    report = speller_engine.check("Эфективное лечение назначает врач.")
    spelling = [f for f in report.findings if f.category == "spelling"]
    assert [(f.rule, f.start, f.end) for f in spelling] == [("spelling/unknown-word", 0, 10)]
    assert spelling[0].suggestions[0] == "Эффективное"
    assert "hunspell" in report.engines["grammar"] and "grammar" not in report.skipped


def test_russian_spelling_spares_names_latin_terms_and_the_vocabulary(speller_engine):
    # Шмуцлер: capitalised inside a sentence, a name; pip: Latin; фактлинт: the vocabulary
    text = "Врач Шмуцлер советует фактлинт и pip. Лечение назначает врач, а не интернет-магазин."
    assert [f for f in speller_engine.check(text).findings if f.category == "spelling"] == []


def test_a_lower_case_misspelling_in_russian_is_not_taken_for_a_foreign_word():
    from factlint.grammar.names import NameGuard

    text = "Корова дает малако."
    start = text.index("малако")
    assert not NameGuard(text, None, "ru").is_name(start, start + 6)
    assert NameGuard("We drank a café latte.", None, "en").is_name(11, 15)


# -- facts: the heuristic verifier with the Russian lexicon --------------------------------

_verify = russian_verify(("number",))


IRON = "Взрослым мужчинам нужно 8 мг железа в день. Женщинам от 19 до 50 лет нужно 18 мг в день."
PRAGUE = "Университет был основан в 1357 году в Праге. В городе живёт 1300 тыс. человек."


@pytest.mark.parametrize(("claim", "evidence", "label"), [
    ("Взрослым мужчинам нужно 8 мг железа в день.", IRON, "supported"),
    ("Взрослым мужчинам нужно 8000 мкг железа в день.", IRON, "supported"),      # units convert
    ("Взрослым мужчинам нужно 18 мг железа в день.", IRON, "contradicted"),
    ("Взрослым мужчинам нужно 8 г железа в день.", IRON, "contradicted"),        # г is not мг
    ("Университет был основан в 1357 году.", PRAGUE, "supported"),
    ("Университет был основан в 1457 году.", PRAGUE, "contradicted"),
    ("В городе живёт 1300 тыс. человек.", PRAGUE, "supported"),
    ("В городе живёт 2 млн человек.", "В городе живёт 1300 тысяч человек.", "contradicted"),   # scales
])
def test_russian_numbers_units_and_years(claim, evidence, label):
    assert _verify(claim, evidence).label == label


def test_russian_negation_turns_a_claim_round():
    evidence = "Шпинат не является лучшим источником железа."
    assert _verify("Шпинат является лучшим источником железа.", evidence, ("negation",)).label == "contradicted"
    assert _verify(evidence, evidence, ("negation",)).label == "supported"


def test_a_russian_word_that_says_the_opposite_turns_a_claim_round():
    evidence = "В 1861 году Ада Бренн выиграла дело против Пита Рука, и Рук платил ей отчисления."
    assert _verify("В 1861 году Ада Бренн проиграла дело против Пита Рука.", evidence, ("name",)).label == "contradicted"
    assert _verify("В 1861 году Ада Бренн выиграла дело против Пита Рука.", evidence, ("name",)).label == "supported"


def test_hunspell_suggestions_put_the_sound_alike_word_first_and_can_be_turned_off():
    from factlint.grammar import EngineOptions
    from factlint.grammar.hunspell import HunspellBackend

    text = "Он сдесь."
    (match,) = HunspellBackend(EngineOptions(language="ru")).check([text], "ru")[0]
    assert text[match.start:match.end] == "сдесь" and match.replacements[0] == "здесь"  # Hunspell: "свесь" first
    (bare,) = HunspellBackend(EngineOptions(language="ru", extra={"suggestions": False})).check([text], "ru")[0]
    assert (bare.start, bare.replacements) == (match.start, [])


def test_a_russian_average_is_no_rival_of_a_plain_figure():
    evidence = "Календарь добавляет неделю каждый шестой год, и средняя продолжительность года составляет 361,17 дня."
    assert _verify("В этом календаре большинство лет длится 360 дней.", evidence).label != "contradicted"
    assert _verify("Средняя продолжительность года составляет 362,5 дня.", evidence).label == "contradicted"
    plain = "Год календаря длится 360 дней, а каждый шестой год добавляется неделя, так что средний год длится 361,17 дня."
    assert _verify("Средний год календаря длится 361,17 дня.", plain).label == "supported"
    wrong = _verify("Средний год календаря длится 362,5 дня.", plain)
    assert wrong.label == "contradicted" and "the evidence says 361,17" in wrong.reason, wrong.reason  # the average's rival, not 360


def test_russian_country_names_are_known_in_any_case():
    from factlint.verify.languages import RUSSIAN

    for form in ("Франция", "Франции", "Францию", "США", "Великобритании"):
        assert tuple(RUSSIAN.stem(w) for w in form.lower().split()) in RUSSIAN.countries, form
    assert (RUSSIAN.stem("бургундии"),) not in RUSSIAN.countries


# -- the Russian lexicon's comparison, order, share, measure and advice words ---------------

def test_a_russian_comparison_the_evidences_own_figures_turn_round_contradicts():
    # greater_words, lesser_words, degree_words ("на самом деле" is no side of the comparison)
    skeleton = "У взрослого пони 205 костей. У новорождённого жеребёнка около 260 костей."
    v = _verify("У новорождённого жеребёнка на самом деле меньше костей, чем у взрослого пони.", skeleton)
    assert v.label == "contradicted" and "около 260 against 205" in v.reason, v.reason
    assert _verify("У новорождённого жеребёнка больше костей, чем у взрослого пони.", skeleton).label == "supported"
    # ("значительно" says how much: "на деле значительно" is no thing the figures must be of)
    v = _verify("У жеребёнка на деле значительно меньше костей, чем у пони.", skeleton)
    assert v.label == "contradicted", v.reason


def test_russian_po_gives_one_figure_to_each_name():
    # each_words: "по пять" is five each, so neither has more
    titles = "Анна Ли и Бо Пак выиграли по пять национальных титулов."
    v = _verify("Анна Ли выиграла больше титулов, чем Пак.", titles, ("name",))
    assert v.label == "contradicted" and "пять each" in v.reason, v.reason


def test_russian_words_that_order_two_events():
    # event_order: "раньше Чили", "до Чили" earlier; "позже", "после" later
    dates = "Чили ввело метрическую систему в 1848 году. Перу ввело метрическую систему в 1862 году."
    for said in ("Перу ввело метрическую систему раньше Чили.", "Перу ввело метрическую систему до Чили."):
        v = _verify(said, dates, ("name",))
        assert v.label == "contradicted" and "1862 for the first and 1848 for the second" in v.reason, v.reason
    for said in ("Перу ввело метрическую систему позже Чили.", "Перу ввело метрическую систему после Чили."):
        assert _verify(said, dates, ("name",)).label == "supported"


def test_a_russian_share_said_in_words_is_a_percentage():
    # fractions, fraction_after ("половины всей"), change_by ("на три четверти")
    lake = "Озеро Орван хранит около половины всей пресной воды региона."
    v = _verify("Озеро Орван хранит около двух третей всей пресной воды региона.", lake)
    assert v.label == "contradicted" and "около половины" in v.reason, v.reason
    assert _verify("Озеро Орван хранит около половины всей пресной воды региона.", lake).label == "supported"
    town = "После закрытия фабрики население города сократилось примерно на три четверти."
    v = _verify("После закрытия фабрики население города сократилось примерно на две трети.", town)
    assert v.label == "contradicted" and "три четверти" in v.reason, v.reason
    # not_fraction_before: "в первой половине сезона" is a part of a season, not a share
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    season = analyse("В первой половине всех сезонов команда выиграла 12 игр.", lexicon("ru"))
    assert [m.value for m in season.mentions if m.kind == "number"] == [12.0]


def test_a_russian_figures_measure_word_is_part_of_the_figure():
    # measure_words: "высотой" says what 120 m measures, nothing the passage must hold besides
    from factlint.claims import Claim
    from factlint.evidence.index import Hit
    from factlint.verify.heuristic import HeuristicVerifier

    tree = ("Орла — секвойя в парке Бранн, самое высокое известное дерево парка. Её нашли в 2011 году рейнджеры "
            "Ада Бренн и Пит Рук и измерили: около 98,5 метра.")
    said = "Её нашли в 2011 году Ада Бренн и Пит Рук, и сейчас она высотой 120 метров."
    hit = Hit(1, "d1", "Орла, самое высокое дерево", "corpus.jsonl", tree, 0.8, 0, len(tree))
    claim = Claim(said, 0, len(said), "Самое высокое известное дерево парка — Орла.", ("number",))
    v = HeuristicVerifier(language="ru").verify_one(claim, [hit])
    assert v.label == "contradicted" and "98,5" in v.reason, v.reason


def test_either_of_two_russian_figures_is_a_range():
    # range_alternatives: "1 или 2 таблетки" is one figure, 1 to 2 tablets
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    mentions = analyse("Взрослым можно принимать 1 или 2 таблетки.", lexicon("ru")).mentions
    assert [(m.value, m.high) for m in mentions if m.kind == "number"] == [(1.0, 2.0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Его можно давать детям с 3 месяцев.", "allows"),                      # permissive_modals, uses
    ("Это хороший выбор для детей.", "allows"),                             # allowing_phrases
    ("Его не следует применять без совета врача.", "forbids"),              # the modal after "не"
    ("Напроксен не рекомендуется принимать при беременности.", "forbids"),  # allowing, denied
    ("Он не подходит для детей до 4 месяцев.", "forbids"),
    ("Это не лучший выбор для детей.", "forbids"),
    ("Беременным следует избегать напроксена.", "forbids"),                 # forbidding after a modal
    ("Избегайте напроксена при язве желудка.", "forbids"),                  # forbidding as a command
    ("Если вы принимаете варфарин, не используйте его.", "forbids"),        # conditions
    ("Он не лечит простуду.", None),                                        # a plain denial
    ("Не нужно принимать ещё одну таблетку.", None),                        # not_advice
    ("Не вызывает сонливости.", None),
    ("Он может вызывать сонливость.", None),                                # "может", but no use
])
def test_what_is_russian_advice(text, expected):
    from factlint.verify.analysis import advice, analyse
    from factlint.verify.languages import lexicon

    assert advice(analyse(text, lexicon("ru")), 0, lexicon("ru")) == expected


LATE_PREGNANCY_RU = ("Напроксен — противовоспалительное обезболивающее. Его не следует принимать в последние три месяца "
                     "беременности, а людям с язвой желудка следует его избегать.")


@pytest.mark.parametrize(("said", "label"), [
    ("Напроксен можно принимать в последние три месяца беременности.", "contradicted"),
    ("Напроксен не следует принимать в последние три месяца беременности.", "supported"),
    ("Не принимайте напроксен в последние три месяца беременности.", "supported"),
])
def test_russian_advice_against_what_the_evidence_forbids(said, label):
    from factlint.claims import Claim
    from factlint.evidence.index import Hit
    from factlint.verify.heuristic import HeuristicVerifier

    hit = Hit(1, "d1", "Напроксен", "corpus.jsonl", LATE_PREGNANCY_RU, 0.8, 0, len(LATE_PREGNANCY_RU))
    claim = Claim(said, 0, len(said), None, ("statement",), "Можно ли принимать напроксен?")
    v = HeuristicVerifier(language="ru").verify_one(claim, [hit])
    assert v.label == label, v.reason


def _verify_statement(said, evidence, title, question=None):
    from factlint.claims import Claim
    from factlint.evidence.index import Hit
    from factlint.verify.heuristic import HeuristicVerifier

    hit = Hit(1, "d1", title, "corpus.jsonl", evidence, 0.8, 0, len(evidence))
    return HeuristicVerifier(language="ru").verify_one(Claim(said, 0, len(said), None, ("statement",), question), [hit])


def test_no_need_for_what_the_russian_evidence_commands_is_the_opposite():
    # necessity («не нужно звонить»), command_openers («Затем сразу звоните»), concessive
    # («даже если» sets no condition on the command)
    pen = "Сделайте укол в наружную часть бедра. Затем сразу звоните в скорую, даже если человеку стало лучше."
    v = _verify_statement("Если после укола человеку стало лучше, не нужно звонить в скорую.", pen, "Укол при анафилаксии")
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    v = _verify_statement("После укола звоните в скорую, даже если человеку стало лучше.", pen, "Укол при анафилаксии")
    assert v.label != "contradicted", v.reason


def test_russian_advice_for_a_group_of_any_age_is_advice_for_the_group():
    # every_age («любого возраста»), people_groups («младенцев»)
    syrup = ("Тёплый напиток из сиропа бранники смягчает кашель у взрослых и детей старше 1 года. "
             "Сироп бранники не следует давать младенцам до 12 месяцев, потому что он может содержать опасные бактерии.")
    said = "Сироп бранники является безопасным натуральным средством от кашля для младенцев любого возраста."
    v = _verify_statement(said, syrup, "Сироп бранники от кашля")
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    for said in ("Сироп бранники является безопасным средством для взрослых любого возраста.",
                 "Сироп бранники является безопасным средством для детей старше 1 года."):
        assert _verify_statement(said, syrup, "Сироп бранники от кашля").label != "contradicted"


def test_a_russian_mass_before_tablets_is_a_strength():
    # dose_forms: «250 мг таблетках» is what each tablet holds, no dose
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse("Препарат выпускается в 250 мг таблетках. Примите 500 мг.", lexicon("ru"))
    assert [(m.text, m.strength) for m in a.mentions if m.kind == "number"] == [("250 мг", True), ("500 мг", False)]


def test_a_russian_negation_before_vplot_do_dates_what_it_seems_to_deny():
    # until_words: «не печатала кроссворды вплоть до 1942 года» says when it began
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    assert [c.negated for c in analyse("Газета не печатала кроссворды вплоть до 1942 года.", lexicon("ru")).clauses] == [False]


@pytest.mark.parametrize("text", ["Пожалуйста, не принимайте его натощак.", "Просто не давайте его детям."])
def test_a_russian_command_may_open_with_pozhaluysta(text):
    # imperative_aids
    from factlint.verify.analysis import advice, analyse
    from factlint.verify.languages import lexicon

    assert advice(analyse(text, lexicon("ru")), 0, lexicon("ru")) == "forbids"


def test_a_russian_word_of_time_opening_a_sentence_is_no_name():
    # time_openers: «Впоследствии» opens its sentence as a word of time, not as a name
    from factlint.verify.analysis import analyse
    from factlint.verify.heuristic import HeuristicVerifier

    verifier = HeuristicVerifier(language="ru")
    a = analyse("Бранко выпускает молнии. Впоследствии фирма переехала в Вельпорт.", verifier.lex)
    assert [a.tokens[k].text for k in verifier._openers(a)] == ["Бранко"]


def test_a_russian_superlative_needs_no_article():
    # superlatives, superlative_heads («самое глубокое» ranks as «глубочайшее»), same_superlatives
    # (every form, by pymorphy3: «самым глубоким», «крупнейшим»), and a dash for "is"
    lakes = "Байкал — самое глубокое озеро в мире. Крупнейшим озером Европы является Ладога."
    assert _verify("Байкал — самое глубокое озеро.", lakes, ("name",)).label == "supported"
    for said in ("Ладога — самое глубокое озеро.", "Самым глубоким озером в мире является Онега.",
                 "Онега — глубочайшее озеро в мире."):
        v = _verify(said, lakes, ("name",))
        assert v.label == "contradicted" and "the evidence says Байкал" in v.reason, (said, v.reason)
    v = _verify("Онега — крупнейшее озеро Европы.", lakes, ("name",))
    assert v.label == "contradicted" and "the evidence says Ладога" in v.reason, v.reason
    assert _verify("Ладога — самое большое озеро Европы.", lakes, ("name",)).label == "supported"  # «крупный» is «большой»
    assert _verify("Онега — самое высокое озеро в мире.", lakes, ("name",)).label != "contradicted"  # another rank
    # ordinals in any form rank: «второе крупнейшее» is not «крупнейшее»
    v = _verify("Ладога — второе крупнейшее озеро Европы.", lakes, ("name",))
    assert v.label == "contradicted" and "второй большой" in v.reason, v.reason


def test_the_comma_russian_writes_before_chem_does_not_part_a_comparison():
    # comma_before_than: «раньше, чем Чили» orders two events as «раньше Чили» does
    dates = "Чили ввело метрическую систему в 1848 году. Перу ввело метрическую систему в 1862 году."
    for said in ("Перу ввело метрическую систему раньше, чем Чили.", "Чили ввело метрическую систему позднее, чем Перу."):
        v = _verify(said, dates, ("name",))
        assert v.label == "contradicted" and "the evidence gives" in v.reason, v.reason
    assert _verify("Перу ввело метрическую систему позже, чем Чили.", dates, ("name",)).label == "supported"
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse("Волга длиннее, чем Днепр и Дон вместе взятые.", lexicon("ru"))
    assert len(a.clauses) == 1 and "," not in [t.text for t in a.tokens]
    # (Only after a comparative: «знал, чем это кончится» is no comparison.)
    assert "," in [t.text for t in analyse("Он знал, чем это кончится.", lexicon("ru")).tokens]


def test_a_russian_share_needs_no_count():
    # fraction_nouns: «около трети», «четверть», «половина» with their whole in the genitive
    town = "Около трети населения страны живёт в столице. Половина жителей говорит на двух языках."
    assert _verify("Примерно треть населения страны живёт в столице.", town).label == "supported"
    assert _verify("Около 33% населения страны живёт в столице.", town).label == "supported"
    for said in ("Около половины населения страны живёт в столице.", "Четверть населения страны живёт в столице."):
        v = _verify(said, town)
        assert v.label == "contradicted" and "около трети" in v.reason, v.reason
    v = _verify("Треть жителей говорит на двух языках.", town)
    assert v.label == "contradicted" and "Половина" in v.reason, v.reason
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    # (Not a unit's share, an hour of a clock or a school term's: none is a figure.)
    for text in ("Через четверть часа поезд ушёл.", "Встреча в половине шестого.", "В третьей четверти года было тихо."):
        assert not [m for m in analyse(text, lexicon("ru")).mentions if m.kind == "number"], text


def test_russian_names_are_compared_in_their_dictionary_form():
    # inflected_names (pymorphy3): «Франции» names «Франция», «Ранцевой» «Ранцева», so a
    # comparison with a name in the genitive is read both ways; event_order «старше», «моложе»
    dates = "Франция ввела метрическую систему в 1795 году. Испания ввела метрическую систему в 1849 году."
    assert _verify("Испания ввела метрическую систему позже Франции.", dates, ("name",)).label == "supported"
    v = _verify("Испания ввела метрическую систему раньше Франции.", dates, ("name",))
    assert v.label == "contradicted" and "1849 for the first and 1795 for the second" in v.reason, v.reason
    births = "Ольга Ранцева родилась в 1950 году. Борис Фельд родился в 1960 году."
    for said in ("Борис Фельд моложе Ольги Ранцевой.", "Ольга Ранцева старше Бориса Фельда."):
        assert _verify(said, births, ("name",)).label == "supported", said
    for said in ("Борис Фельд старше Ольги Ранцевой.", "Ольга Ранцева моложе Бориса Фельда."):
        v = _verify(said, births, ("name",))
        assert v.label == "contradicted" and "the evidence gives" in v.reason, (said, v.reason)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ибупрофен нельзя принимать при язве желудка.", "forbids"),            # predicatives: «нельзя»
    ("Принимать ибупрофен при язве нельзя.", "forbids"),
    ("Аспирин противопоказан детям до 16 лет.", "forbids"),                 # with no verb
    ("Ибупрофен безопасен для людей с язвой желудка.", "allows"),           # a short adjective, no copula
    ("Ибупрофен разрешён беременным.", "allows"),
    ("Ибупрофен не противопоказан при простуде.", None),                    # denied: no advice either way
    ("Эффект показан в нескольких исследованиях.", None),                   # «показан»: also "shown"
])
def test_russian_advice_said_by_a_predicative(text, expected):
    from factlint.verify.analysis import advice, analyse
    from factlint.verify.languages import lexicon

    assert advice(analyse(text, lexicon("ru")), 0, lexicon("ru")) == expected


def test_russian_advice_against_a_contraindication():
    aspirin = "Аспирин противопоказан детям до 16 лет из-за риска синдрома Рея."
    for said in ("Аспирин можно давать детям до 16 лет.", "Аспирин безопасен для детей до 16 лет."):
        v = _verify_statement(said, aspirin, "Аспирин", "Можно ли давать аспирин детям?")
        assert v.label == "contradicted" and "the opposite" in v.reason, (said, v.reason)
    ulcer = "Ибупрофен — обезболивающее средство. Его нельзя принимать людям с язвой желудка."
    v = _verify_statement("Ибупрофен безопасен для людей с язвой желудка.", ulcer, "Ибупрофен")
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    # (Saying it the evidence's way round in other words is no contradiction.)
    assert _verify_statement("Людям с язвой желудка ибупрофен противопоказан.", ulcer, "Ибупрофен").label != "contradicted"


def test_a_russian_mass_after_tablets_po_is_a_strength():
    # dose_form_preps: «таблетках по 250 мг» is what each tablet holds; a bare «по 500 мг» is a dose
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse("Выпускается в таблетках по 250 мг. Взрослым назначают по 500 мг дважды в день.", lexicon("ru"))
    assert [(m.text, m.strength) for m in a.mentions if m.unit == "mg"] == [("250 мг", True), ("500 мг", False)]
    # two 250 mg tablets twice a day: 500 mg a dose is no rival of the tablets' 250 mg
    pills = "Взрослым бранекс назначают в таблетках по 250 мг, по две таблетки дважды в день."
    assert _verify("Взрослым бранекс назначают по 500 мг дважды в день.", pills).label != "contradicted"


@pytest.mark.parametrize(("claim", "evidence", "kinds", "label"), [
    # Russian orthography (README, "Facts"): a decimal comma, thousands grouped by spaces,
    # months in lower case
    ("В городе живёт 1,3 млн человек.", "В городе живёт 1 300 000 человек.", ("number",), "supported"),
    ("В городе живёт 1,5 млн человек.", "В городе живёт 1 300 000 человек.", ("number",), "contradicted"),
    ("Гагарин полетел в космос 12 апреля 1961 года.", "Гагарин совершил первый полёт в космос 12 апреля 1961 года.", ("date",), "supported"),
    ("Гагарин полетел в космос 12 мая 1961 года.", "Гагарин совершил первый полёт в космос 12 апреля 1961 года.", ("date",), "contradicted"),
])
def test_russian_decimal_comma_grouped_thousands_and_months(claim, evidence, kinds, label):
    assert _verify(claim, evidence, kinds).label == label


def test_a_russian_verb_that_denies_the_infinitive_after_it():
    # denying_verbs, infinitive_endings: «отказалась подписать» is «не подписала»
    signed = "В 1921 году Ада Бренн подписала договор с издательством Рука."
    v = _verify("В 1921 году Ада Бренн отказалась подписать договор с издательством Рука.", signed, ("name",))
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    refused = "В 1921 году Ада Бренн отказалась продать свои рукописи издательству Рука."
    v = _verify("В 1921 году Ада Бренн продала свои рукописи издательству Рука.", refused, ("name",))
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    assert _verify("В 1921 году Ада Бренн не продала свои рукописи издательству Рука.", refused, ("name",)).label == "supported"
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    # (Only before an infinitive: «отказалась от гонорара» denies no verb.)
    assert [c.negated for c in analyse("Она отказалась от гонорара.", lexicon("ru")).clauses] == [False]


@pytest.mark.parametrize("said", [
    "Онега — одно из крупнейших озёр Европы.",            # one_of: one of several
    "Онега является одним из самых больших озёр Европы.",
    "Онега — крупнейшее после Ладоги озеро Европы.",      # ranked_below: the first after another
    "Онега — самое большое озеро Европы после Ладоги.",
])
def test_a_russian_superlative_of_one_of_several_names_no_rival(said):
    lakes = "Крупнейшим озером Европы является Ладога."
    assert _verify(said, lakes, ("name",)).label != "contradicted"


def test_a_russian_dash_after_a_short_subject_joins_it_to_what_it_is():
    # copulas «—»: a subject of two words («Санкт-Петербург», «Юрий Гагарин») and its dash
    # are one clause with what follows, as a one-word subject was
    cities = "Москва — крупнейший город России. Первым человеком в космосе стал Юрий Гагарин."
    v = _verify("Санкт-Петербург — крупнейший город России.", cities, ("name",))
    assert v.label == "contradicted" and "the evidence says Москва" in v.reason, v.reason
    assert _verify("Юрий Гагарин — первый человек в космосе.", cities, ("name",)).label == "supported"
    v = _verify("Герман Титов — первый человек в космосе.", cities, ("name",))
    assert v.label == "contradicted" and "Юрий Гагарин" in v.reason, v.reason
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    assert len(analyse("Юрий Гагарин — первый человек в космосе.", lexicon("ru")).clauses) == 1
    # (Not a dash after a clause of its own: «Он прожил в этом городе много лет — до начала войны».)
    assert len(analyse("Он прожил в этом городе много лет — до начала большой войны.", lexicon("ru")).clauses) == 2


def test_a_russian_comparative_with_any_other_is_a_superlative():
    # superlative_of (by pymorphy3), any_words «любой», no_other «другой», genitive_comparison
    rivers = "Самая длинная река Европы — Волга. Байкал — глубочайшее озеро мира."
    for said in ("Днепр длиннее любой другой реки Европы.", "Днепр длиннее, чем любая другая река Европы."):
        v = _verify(said, rivers, ("name",))
        assert v.label == "contradicted" and "the evidence says Волга" in v.reason, (said, v.reason)
    v = _verify("Онега глубже любого другого озера мира.", rivers, ("name",))
    assert v.label == "contradicted" and "the evidence says Байкал" in v.reason, v.reason
    assert _verify("Волга длиннее любой другой реки Европы.", rivers, ("name",)).label != "contradicted"
    assert _verify("Днепр шире любой другой реки Европы.", rivers, ("name",)).label != "contradicted"  # another rank
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    # (negation_before_other: «не другой» still denies.)
    assert [c.negated for c in analyse("Это не другой вид, а подвид.", lexicon("ru")).clauses][0]


def test_russian_negative_concord_is_one_denial():
    # concord_negations: «никогда не», «никто не», «ни ... не» deny once, not twice
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    for text in ("Он никогда не был в Москве.", "Никто не знает ответа.", "Ни одна другая река не длиннее Волги.",
                 "Ничего не изменилось.", "Он не пил ни чай, ни кофе."):
        assert [c.negated for c in analyse(text, lexicon("ru")).clauses] == [True], text
    never = "Ада Бренн никогда не бывала в Москве."
    v = _verify("Ада Бренн бывала в Москве.", never, ("negation",))
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    assert _verify(never, never, ("negation",)).label == "supported"


@pytest.mark.parametrize(("claim", "evidence", "label"), [
    # decade_endings: «1990-х» is a decade, held by a year in it
    ("Население сократилось в 1990-х годах.", "Население сократилось в 1994 году.", "supported"),
    ("Население сократилось в 1980-е годы.", "Население сократилось в 1994 году.", "unsupported"),
    # number_words «полтора»; spaced_compounds «двадцать пять»
    ("Он прожил в Париже полтора года.", "Он прожил в Париже полтора года.", "supported"),
    ("Он прожил в Париже полтора года.", "Он прожил в Париже два года.", "contradicted"),
    ("В стране двадцать пять миллионов жителей.", "В стране 25 млн жителей.", "supported"),
    ("В стране двадцать пять миллионов жителей.", "В стране 20 млн жителей.", "contradicted"),
    # minus_words: «минус 5 градусов» is −5
    ("Зимой вода в озере остывает до минус 5 °C.", "Зимой вода в озере остывает до −5 °C.", "supported"),
    ("Зимой вода в озере остывает до минус 5 °C.", "Зимой вода в озере остывает до 5 °C.", "unsupported"),
    ("Зимой вода в озере остывает до минус 7 градусов.", "Зимой вода в озере остывает до минус 5 градусов.", "contradicted"),
])
def test_russian_decades_and_numbers_in_words(claim, evidence, label):
    kinds = ("number", "year")
    assert _verify(claim, evidence, kinds).label == label, _verify(claim, evidence, kinds).reason


PARACETAMOL_RU = ("Парацетамол — обезболивающее и жаропонижающее средство. Взрослым и детям старше 12 лет принимают "
                  "по 500–1000 мг каждые 4–6 часов, но не более 4 г в сутки.")


@pytest.mark.parametrize(("said", "label"), [
    # «каждые 2 часа» is how often (interval_words), not the period of «500 мг»
    ("Взрослым принимают по 500 мг каждые 2 часа.", "contradicted"),
    ("Взрослым можно принимать по 1 г парацетамола каждые 4–6 часов.", "supported"),
    # limit_words with a dash for the copula: «Максимальная суточная доза — 3 г»
    ("Максимальная суточная доза парацетамола для взрослых — 3 г.", "contradicted"),
    ("Максимальная суточная доза парацетамола для взрослых — 4 г.", "supported"),
])
def test_russian_dose_interval_and_limit(said, label):
    v = _verify(said, PARACETAMOL_RU)
    assert v.label == label, v.reason


def test_a_russian_rise_against_a_fall_is_the_opposite():
    # contraries: each word of a rise against each of a fall, in their past and present forms
    moscow = "Население города выросло на 15% с 2000 по 2020 год."
    v = _verify("Население города сократилось на 15% с 2000 по 2020 год.", moscow)
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    tigers = "С 1990 по 2010 год численность тигров в заповеднике сократилась на треть."
    for said in ("С 1990 по 2010 год численность тигров в заповеднике выросла на треть.",
                 "С 1990 по 2010 год численность тигров в заповеднике увеличилась."):
        v = _verify(said, tigers)
        assert v.label == "contradicted" and "the opposite" in v.reason, (said, v.reason)
    assert _verify("С 1990 по 2010 год численность тигров в заповеднике уменьшилась на треть.", tigers).label == "supported"


def test_a_russian_common_noun_opening_a_sentence_is_no_part_of_the_name_after_it():
    # genitive_names: «Полёт Гагарина» names Гагарин, «Население Москвы» Москва (by pymorphy3)
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    said = [[m.text for m in analyse(t, lexicon("ru")).mentions if m.kind == "name"]
            for t in ("Полёт Гагарина продолжался 108 минут.", "Население Москвы — 12,6 млн человек.",
                      "Юрий Гагарин родился в 1934 году.")]
    assert said == [["Гагарина"], ["Москвы"], ["Юрий Гагарин"]]
    flight = "12 апреля 1961 года Юрий Гагарин полетел в космос. Полёт на корабле «Восток-1» длился 108 минут."
    assert _verify("Полёт Гагарина продолжался 108 минут.", flight, ("number", "name")).label == "supported"


def test_russian_advice_for_one_group_is_no_denial_of_advice_for_another():
    # people_groups, whole_groups («ребёнку» holds a baby)
    syrup = "Сироп бранники — старинное средство от кашля. Сироп бранники не следует давать младенцам до 12 месяцев."
    assert _verify_statement("Сироп бранники можно давать взрослым.", syrup, "Сироп бранники").label != "contradicted"
    v = _verify_statement("Сироп бранники можно давать младенцам.", syrup, "Сироп бранники")
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    v = _verify_statement("Ибупрофен можно давать младенцу с ветрянкой.", "Ибупрофен нельзя давать ребёнку с ветрянкой.", "Ибупрофен")
    assert v.label == "contradicted", v.reason


def test_russian_no_longer_and_no_later_are_bounds_not_denials():
    # bounds «не дольше», «не позднее»: read as «не» before a figure, they denied it
    evidence = "Без назначения врача его принимают не дольше 5 дней как обезболивающее и не дольше 3 дней как жаропонижающее."
    v = _verify("Как обезболивающее без врача его пьют не дольше 5 дней.", evidence)
    assert v.label != "contradicted", v.reason
    v = _verify("Как обезболивающее без врача его пьют не дольше 10 дней.", evidence)
    assert v.label == "contradicted", v.reason
    v = _verify("Иммуноглобулин вводят не позднее 96 часов после укуса.", "Иммуноглобулин нужно ввести не позднее 96 часов после укуса клеща.")
    assert v.label != "contradicted", v.reason


def test_a_russian_limit_word_reaches_across_its_dash_after_a_comma():
    # analysis._limit_word: the dash after «доза» is the copula, not the end of the clause,
    # when the limit opens a clause of its own («..., а максимальная суточная доза — 8 таблеток»)
    leaflet = "Взрослым принимают по 1 таблетке; обычно это 3–4 таблетки в сутки, а максимальная суточная доза — 8 таблеток."
    v = _verify("Максимальная суточная доза — 12 таблеток.", leaflet)
    assert v.label == "contradicted" and "the evidence says 8" in v.reason, v.reason
    assert _verify("Максимальная суточная доза — 8 таблеток.", leaflet).label == "supported"


@pytest.mark.parametrize(("claim", "evidence", "label"), [
    # the other cases of the small numbers and of the units of time: «четырьмя годами»
    ("Казнь заменили четырьмя месяцами каторги.", "Казнь заменили четырьмя годами каторги.", "contradicted"),
    ("Казнь заменили четырьмя годами каторги.", "Казнь заменили четырьмя годами каторги.", "supported"),
    ("Крепость строили тремя годами.", "Крепость строили 3 года.", "supported"),
    # collective numerals: «четверо суток» is 96 hours, «трое суток» is not
    ("Сыворотку вводят не позднее чем через четверо суток после укуса.", "Сыворотку вводят не позднее чем через 96 часов после укуса.", "supported"),
    ("Сыворотку вводят не позднее чем через трое суток после укуса.", "Сыворотку вводят не позднее чем через 96 часов после укуса.", "contradicted"),
])
def test_russian_numbers_and_units_in_their_other_cases(claim, evidence, label):
    v = _verify(claim, evidence)
    assert v.label == label, v.reason


@pytest.mark.parametrize(("claim", "evidence", "label"), [
    # half_prefixes, half_units: «полгода», «получаса» are half a unit, in one word
    ("На составление грамот отводилось не больше полугода.", "На составление грамот отводилось два года.", "contradicted"),
    ("На составление грамот отводилось полгода.", "На составление грамот отводилось 6 месяцев.", "supported"),
    ("Космонавт провёл снаружи больше получаса.", "Космонавт провёл снаружи около 12 минут.", "contradicted"),
    ("Космонавт провёл снаружи полчаса.", "Космонавт провёл снаружи 30 минут.", "supported"),
    # («полдень» is noon: no half of a day)
    ("В полдень температура поднялась до 30 °C.", "В полдень температура поднялась до 30 °C.", "supported"),
])
def test_a_russian_half_said_as_a_prefix_of_its_unit(claim, evidence, label):
    v = _verify(claim, evidence)
    assert v.label == label, v.reason


@pytest.mark.parametrize(("text", "ranks"), [
    # analysis.rank_words: the words that rank where no article marks a superlative, for the
    # rule that a supporting passage must hold the claim's rank
    ("Байкал — самое глубокое озеро.", ["глубокое"]),
    ("Крупнейший город России — Москва.", ["Крупнейший"]),
    ("«Мир» — первая станция.", ["первая"]),
    ("Ладога — одно из крупнейших озёр Европы.", []),         # one of several
    ("Онежское озеро — второе по величине.", []),             # an ordinal alone ranks nothing here
    ("Захватите клеща у самой кожи.", []),                     # «самой» before a noun
    ("На самом деле это не так.", []),
    ("Юрий Гагарин стал Первым.", []),                         # capitalised inside a sentence: a name
])
def test_the_words_that_rank_in_russian(text, ranks):
    from factlint.verify.analysis import analyse, rank_words
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    assert [a.tokens[k].text for k in rank_words(a.tokens, lexicon("ru"))] == ranks


def test_russian_must_not_exceed_is_an_upper_bound():
    # bounds «не должен превышать», «не превышать»: read as «не» before a figure, they denied it
    limits = "Курс лечения нимесулидом не должен превышать 15 дней, и принимать его следует в наименьшей дозе."
    v = _verify("Курс можно продолжать до 30 дней.", limits)
    assert v.label == "contradicted" and "не должен превышать 15 дней" in v.reason, v.reason
    assert _verify("Курс лечения нимесулидом не должен превышать 15 дней.", limits).label == "supported"
    assert _verify("Курс лечения длится не больше 15 дней.", limits).label != "contradicted"


def test_russian_ot_before_a_figure_with_no_do_is_a_lower_bound():
    # from_words: «от 12 лет» is 12 and over, the group «до 12 лет» leaves out
    v = _verify("Нимесулид можно давать детям от 12 лет.", "Нимесулид противопоказан детям до 12 лет.")
    assert v.label != "contradicted", v.reason
    # «от 7 см» is at least 7 cm, as «не меньше 7 см» is: the figure said wrong is 15 cm
    ice = ("Лёд толщиной не меньше 7 см выдержит одного человека. Для группы людей нужен лёд толщиной не менее 12 см, "
           "а для проезда легкового автомобиля — не менее 30 см.")
    v = _verify("МЧС считает безопасным для одного человека лёд толщиной от 7 см, для группы — от 12 см, "
                "а для легкового автомобиля достаточно 15 см.", ice)
    assert v.label == "contradicted" and "says 15 cm" in v.reason, v.reason
    assert _verify("Курс длится от 3 до 7 дней.", "Курс длится от 3 до 7 дней.").label == "supported"


def test_a_russian_rank_is_a_fact_a_supporting_passage_must_hold():
    # heuristic._rank_tokens reads a language without articles by analysis.rank_words
    mir = "Орбитальная станция «Мир» проработала на орбите около 15 лет и приняла более 100 человек."
    v = _verify("Станция «Мир» проработала на орбите около 15 лет и была первой орбитальной станцией.", mir, ("name", "number"))
    assert v.label == "unsupported" and "первой" in v.reason, v.reason
    # rank_idioms: «в первый раз» ranks nothing
    assert _verify("Станция «Мир» в первый раз приняла экипаж в 1986 году.", "Станция «Мир» приняла экипаж в 1986 году.",
                   ("name", "year")).label == "supported"
    # two ranks are two things: «самый большой» is no rival of «первый»
    valley = "Первый увиденный ими гейзер получил название Первенец."
    v = _verify("Самый большой гейзер получил название Великан.", valley, ("name",))
    assert v.label != "contradicted", v.reason
    assert _verify("Первый гейзер получил название Великан.", valley, ("name",)).label == "contradicted"


@pytest.mark.parametrize("said, label", [
    ("Солёность воды Чёрного моря у поверхности — около 18 процентов.", "contradicted"),
    ("Солёность воды Чёрного моря у поверхности — около 18 промилле.", "supported"),
    ("Солёность воды Чёрного моря у поверхности — около 1,8 процента.", "supported"),
])
def test_per_mille_is_a_tenth_of_a_percent(said, label):
    from verify_helpers import russian_verify

    salt = ("Наибольшая глубина Чёрного моря — около 2200 метров. Солёность воды у поверхности — около 18 промилле, "
            "примерно вдвое меньше, чем в открытом океане.")
    assert russian_verify(("number",))(said, salt).label == label


@pytest.mark.parametrize("said, label", [
    ("Потом Волков написал ещё пять книг о Волшебной стране.", False),
    ("Потом Волков написал ещё десять книг о Волшебной стране.", True),
])
def test_a_count_of_more_books_is_no_total(said, label):
    from verify_helpers import russian_verify

    cycle = ("После успеха книги Волков сочинил продолжения. Всего цикл о Волшебной стране состоит из шести книг, "
             "и последняя вышла уже после смерти автора.")
    assert (russian_verify(("number",))(said, cycle).label == "contradicted") is label

