"""What claim detection and the heuristic verifier need to know about a language.

One `Lexicon` per language: stop words (from spaCy, so every language spaCy knows has them),
a Snowball stemmer, negation words, number words and units, month names, comparison words
and their opposites, and the phrases that mark a sentence as an opinion, hedged advice or
boilerplate rather than a claim. English is the only one written so far; a language without
a lexicon has no fact checks (the facts check declares the languages listed here), rather
than English rules applied to another language's text.

Adding a language: write its Lexicon below and add it to LEXICONS; the facts check picks
it up. Russian is next (DESIGN.md, "Languages"): Snowball and spaCy both cover it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field


def spacy_stop_words(language: str) -> set[str]:
    """spaCy's stop words for `language` (`get_lang_class(language).Defaults.stop_words`).

    Read from spaCy's own `lang/<language>/stop_words.py` without importing spaCy, where that
    file imports nothing and the language's Defaults take their stop words from it: importing
    spaCy costs about 0.5 s, and more where thinc then imports torch, in a check whose
    answers were read without spaCy (factlint.document.plain_sentences). Else through spaCy."""
    import sys

    if "spacy" not in sys.modules:
        try:
            return _stop_words_file(language)
        except Exception:  # noqa: BLE001 - spaCy itself then says what is wrong, or gives them
            pass
    from factlint.document import _import_spacy

    _import_spacy("blank")  # without torch, as the blank pipeline imports it
    from spacy.util import get_lang_class

    return set(get_lang_class(language).Defaults.stop_words)


def _stop_words_file(language: str) -> set[str]:
    import ast
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    folder = Path(spec.submodule_search_locations[0]) / "lang" / language
    init = (folder / "__init__.py").read_text(encoding="utf-8")
    if "from .stop_words import STOP_WORDS" not in init or "stop_words = STOP_WORDS" not in init:
        raise LookupError(f"spaCy's {language} Defaults do not take their stop words from stop_words.py")
    source = (folder / "stop_words.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    if any(isinstance(node, (ast.Import, ast.ImportFrom)) for node in ast.walk(tree)):
        raise LookupError(f"spaCy's {language} stop_words.py imports other modules")
    namespace: dict = {"__name__": f"spacy.lang.{language}.stop_words"}
    exec(compile(tree, str(folder / "stop_words.py"), "exec"), namespace)  # noqa: S102 - spaCy's own file
    return set(namespace["STOP_WORDS"])


@dataclass(frozen=True)
class Lexicon:
    language: str
    #: Snowball algorithm name (snowballstemmer.algorithms()).
    stemmer: str
    #: Words that turn a clause's polarity ("not", "never"); a token ending in `negation_suffix` too.
    negations: frozenset[str]
    negation_suffix: str
    #: Number words and the scale words that multiply the number before them.
    number_words: dict[str, float]
    scales: dict[str, float]
    #: Unit words (one or two tokens) -> canonical unit, so "15 percent" and "15%" agree and
    #: "4 grams" is "4 g". Canonical units are the keys of analysis.CONVERSIONS where the unit
    #: converts into others ("mg", "km", "°C"), else any stable name ("%", "$", "times").
    units: dict[str, str]
    #: Words before a number that mean "roughly": the number then matches within a tolerance.
    approximators: frozenset[str]
    #: Phrases right before a number that make it a bound: "<=" and ">=" are limits ("up to 8 g",
    #: "no more than 4 g", "at least 2"), "<" and ">" open bounds ("more than 5", "under 10").
    bounds: dict[str, str]
    #: A negation a few words before an open bound turns it into the opposite limit:
    #: "should not take more than 1,200 mg" is "no more than 1,200 mg"; how to say each bound
    #: when the text said it that way.
    bound_said: dict[str, str]
    #: Words that, as the subject of a copula, make the number after it a limit: "the maximum
    #: daily dose is 4 g" (not "the minimum ice extent declined by 12%").
    limit_words: dict[str, str]
    #: Phrases after (or, one word, before) a quantity giving the period of a rate, in hours:
    #: "4 g a day", "daily dose"; `period_preps` + a number of a time unit too: "in 24 hours".
    periods: dict[str, float]
    period_preps: frozenset[str]
    #: Words joining the two ends of a range ("200 to 400 mg"; a dash does too), the pair that
    #: frames one ("between 200 and 400 mg"), and words before the first end that make the pair
    #: a change rather than a range ("rose from 5 to 10 percent").
    range_words: frozenset[str]
    range_frame: tuple[str, str]
    range_blockers: frozenset[str]
    #: How a message says a range: "200 to 400 mg".
    range_said: str
    months: dict[str, int]
    #: Words a year follows ("in 1999", "since 2001"); a bare 4-digit number elsewhere may be a count.
    year_cues: frozenset[str]
    #: Comparison words, with their opposites: "more" in the claim against "less" in the evidence.
    opposites: dict[str, str]
    comparisons: frozenset[str]
    #: Lower-case words that may sit inside a name ("Bank of America", "Ludwig van Beethoven").
    name_joiners: frozenset[str]
    #: Phrases (lower case, matched on word boundaries) that make a sentence not a claim.
    opinion: tuple[str, ...]
    advice: tuple[str, ...]
    boilerplate: tuple[str, ...]
    #: Verbs that, first in a sentence, make it an instruction ("Eat more beans.").
    imperatives: frozenset[str]
    #: Answers that only say yes or no: they carry no claim of their own.
    yes_no: frozenset[str]
    #: Words that order two things in time: "older", "first" -> earlier; "younger" -> later.
    time_order: dict[str, str] = field(default_factory=dict)
    #: Words that put one event before or after another ("A adopted it before B"): each side
    #: is then dated by the evidence. (A comparative of `time_order` before `than_word` counts too.)
    event_order: dict[str, str] = field(default_factory=dict)
    #: Words after which an `event_order` word orders nothing ("named after the Frenchman
    #: Blaise de Vigenere", "modelled after", "looked after").
    not_ordering_before: frozenset[str] = frozenset()
    #: Phrases that date a sentence to the year said last ("That same year he painted ...",
    #: «В том же году он написал ...»), as word tuples.
    same_year_phrases: frozenset[tuple[str, ...]] = frozenset()
    #: Words that, opening a clause, put its event after the clause before ("..., and only
    #: afterwards did it move to a small fissure"): that clause is the first event.
    sequel_words: frozenset[str] = frozenset()
    #: Words after a count of years that date a year from another event, besides
    #: `sequel_words` ("twelve years later", «через двенадцать лет после», «год спустя»).
    years_after_words: frozenset[str] = frozenset()
    #: Words that may stand between a count of years and its `years_after_words` ("five years
    #: to the day after his death").
    to_the_day: tuple[str, ...] = ()
    #: Words that, right after an `event_order` word, stand for what was said before it
    #: ("..., and only after that did the German states switch"), unless a noun follows
    #: ("after that proclamation").
    order_anaphors: frozenset[str] = frozenset()
    #: Words that may come before an `event_order` word opening its clause ("and only after",
    #: "shortly before"), and words that order only there ("Once the canal was open, ...").
    order_fillers: frozenset[str] = frozenset()
    opening_order: dict[str, str] = field(default_factory=dict)
    #: Auxiliaries a clause puts before its subject after "only after X" ("... did
    #: Tchaikovsky pick"): the other event starts after them.
    inverted_auxiliaries: frozenset[str] = frozenset()
    #: Words after which a name is who did what the clause says ("taken by Louis Daguerre").
    agent_words: frozenset[str] = frozenset()
    #: Words that open a relative clause within a subject ("A Soviet party that landed ...
    #: were the first"): the subject's head is before them.
    subject_relatives: frozenset[str] = frozenset()
    #: Verbs that, opening a clause, tell the reader what to do in first aid, safety and the
    #: kitchen ("tip your head back", "leave it on the worktop"), besides `imperatives`; read
    #: only by the fact check (a sentence they open is still a claim).
    instructions: frozenset[str] = frozenset()
    #: "the best way", "the fastest way": a word of `recommending` before one of `recommended`
    #: recommends what the clause goes on to say.
    recommending: frozenset[str] = frozenset()
    recommended: frozenset[str] = frozenset()
    #: The word between the two options of a choice question ("A or B").
    choice_word: str = "or"
    #: The word before the second term of a comparison ("older than B"), and whether the
    #: language writes a comma before it («старше, чем Б»), which then parts no clause.
    than_word: str = "than"
    comma_before_than: bool = False
    #: Words that join clauses, left out when a clause is quoted ("and it does not..." -> "it does not...").
    conjunctions: frozenset[str] = frozenset()
    #: Conjunctions that open a clause whose subject may stand apart from its verb, with a
    #: phrase set off by commas between them (Russian «..., а Спасский позже, в 1992 году,
    #: проиграл ему ...»): the subject and the phrase belong to the verb after them.
    split_subject_openers: frozenset[str] = frozenset()
    #: Words that, ending a sentence, forbid (or say one failed to do) what its infinitives
    #: before them say (Russian «Растирать кожу снегом, спиртом или жиром, а также греть её у
    #: огня нельзя», «..., так и не удалось»): each clause of that list is denied, not only the
    #: last one.
    closing_denials: frozenset[str] = frozenset()
    #: What, after a clause that dates something, opens the clause that tells what happened
    #: then: a colon, or a word after a comma (Russian «Номер родился в 1907 году: Фокин
    #: сочинил его для Павловой», «в 1948 году, когда ФИДЕ разыграла титул»). The date is read
    #: with that clause's words too.
    time_elaborations: frozenset[str] = frozenset()
    #: Endings written after a figure and a hyphen that make it an ordinal (Russian «32-ю»,
    #: «5-й», «3-го»): a place in a series, not a quantity; a list of them before a noun
    #: («выиграл 32-ю, 47-ю и 48-ю партии») counts that many.
    ordinal_endings: frozenset[str] = frozenset()
    #: Nouns of a cause that, opening a clause, make «в» before a name say what the cause is,
    #: not where something is (Russian «Причина наводнений не в Неве, а в Балтике»: the
    #: Baltic is the cause of the floods, not their place).
    cause_nouns: frozenset[str] = frozenset()
    #: The preposition those nouns take ("в").
    cause_preposition: str = ""
    #: Phrases before a name that say who had a thing done, as the agent's preposition does
    #: ("built on the orders of King Nebuchadnezzar II" puts him where "built by" would):
    #: phrase -> that preposition.
    agent_phrases: dict[str, str] = field(default_factory=dict)
    #: Capitalised nouns of a nation that describe the name after them, no part of it ("the
    #: Englishman Henry Wickham" names Henry Wickham).
    demonym_nouns: frozenset[str] = frozenset()
    #: Nouns of a dimension that an ordinal ranks by, after `rank_preposition` (Russian
    #: «второе по величине озеро», "the second largest lake"), each with the adjective of that
    #: rank as `same_superlatives` reads it («величине» -> "большой", «высоте» -> "высокий").
    rank_dimensions: dict[str, str] = field(default_factory=dict)
    rank_preposition: str = ""
    #: Words that, opening a sentence or a clause, stand for what was named before ("It rises
    #: about 22 km" after "Olympus Mons is a volcano"): that subject is their clause's context.
    pronouns: frozenset[str] = frozenset()
    #: Those of them that stand as a clause's subject ("It rises about 37 metres").
    subject_pronouns: frozenset[str] = frozenset()
    #: Pronouns that stand as an object ("juries acquitted every one of them"): they name
    #: nothing new, so what a word before them is said of was named earlier.
    object_pronouns: frozenset[str] = frozenset()
    #: Capitalised abbreviations whose period does not end a sentence ("St. Vitus").
    abbreviations: frozenset[str] = frozenset()
    #: Articles and possessives, skipped when finding a name's place in its clause.
    determiners: frozenset[str] = frozenset()
    #: Relative pronouns that open a clause about the words before it ("which", "who").
    relatives: frozenset[str] = frozenset()
    #: Words after which a negation dates what it seems to deny: "did not start one until 1942"
    #: says when it started.
    until_words: frozenset[str] = frozenset()
    #: Verbs of beginning and of ending, and the prepositions between them and a year ("began
    #: in 1918", "ended in AD 1220"), with the words of an era skipped: such a year is the first
    #: or the last of a span, not any year within it ("lasted from 1914 to 1918").
    beginning_verbs: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()
    year_prepositions: frozenset[str] = frozenset()
    era_words: frozenset[str] = frozenset()
    #: The definite article: "The liver is the largest organ" names one thing by a common noun.
    definite: frozenset[str] = frozenset()
    #: Words that make an indefinite article before a unit a count of one ("for only a single
    #: day" is one day; "a day" alone is also a rate, "twice a day").
    single_words: frozenset[str] = frozenset()
    #: Words that make the English "one" after them a count ("only one of his pianos
    #: survives"), where alone it is a pronoun ("one of the best"); not after `definite`
    #: ("the only one").
    counted_one: frozenset[str] = frozenset()
    #: Adverbs that may open a ranked description without a verb ("but only the third most
    #: abundant element").
    elliptic_adverbs: frozenset[str] = frozenset()
    #: The word that joins two descriptions of one thing ("the lightest and most abundant").
    and_words: frozenset[str] = frozenset()
    #: Shares said in words, as percentages: "half", "a third", "two-thirds" ("third": 100/3).
    fractions: dict[str, float] = field(default_factory=dict)
    #: Counts before a share ("a third", "two-thirds"), besides the number words.
    fraction_counts: dict[str, int] = field(default_factory=dict)
    #: Words after which a share word is a part of a whole ("half of", "half the world's").
    fraction_after: frozenset[str] = frozenset()
    #: Whether shares are nouns of their own («треть», «четверть», never an ordinal), each a
    #: share alone («около трети»), with its whole in the genitive after it («трети населения»).
    fraction_nouns: bool = False
    #: The word before a change by a share ("fell by about a quarter").
    change_by: frozenset[str] = frozenset()
    #: Words before "half" that make it a part of something else ("the first half of").
    not_fraction_before: frozenset[str] = frozenset()
    #: Comparison words that put the first side above the second ("more", "longer") and
    #: below it ("fewer", "shorter"), for comparing the evidence's own figures of both sides.
    greater_words: frozenset[str] = frozenset()
    lesser_words: frozenset[str] = frozenset()
    #: Comparatives of a measure ("faster", «быстрее») that a passage must say, or say the other
    #: way, to support a claim that says one: a comparison is a fact like a figure. Not "more",
    #: "less" (bounds: "more than 600"), "earlier", "later" (said of time alone), "older",
    #: "younger" (the evidence's years order them: «Фельд моложе Ранцевой») nor "better"
    #: (advice: «лучше сразу»).
    held_comparatives: frozenset[str] = frozenset()
    #: Words that give one figure to each of several names ("Hendry and O'Sullivan have each won seven").
    each_words: frozenset[str] = frozenset()
    #: Words that say how much, not what ("a little longer", "slightly lower", "actually has").
    degree_words: frozenset[str] = frozenset()
    #: Articles: a clause they open after a comma, with no verb of its own, is an apposition of
    #: the clause before ("about 22 months, the longest pregnancy of any mammal").
    articles: frozenset[str] = frozenset()
    #: Words that, in a passage title, end the name of the thing and start what it is for
    #: ("Loperamide for diarrhoea", "Ibuprofen for children: doses").
    title_purposes: frozenset[str] = frozenset()
    #: Words before a figure that make it an age ("aged 12 and over", "for ages 2 to 11"):
    #: an age says who a statement is about, so two ages that share no year are two groups.
    age_words: frozenset[str] = frozenset()
    #: Words right before a count of years that make it an age («стал лауреатом в 36 лет»,
    #: «ей исполнилось 30 лет»), unless a word of `interval_words` is before them («раз в 2
    #: года»); and words that, before a copula before a count of years, say whose age it is
    #: («когда ему было 84 года»).
    age_before_years: frozenset[str] = frozenset()
    age_holders: frozenset[str] = frozenset()
    #: "when": a bare figure after a copula and before it is an age ("was 35 when he died").
    when_words: frozenset[str] = frozenset()
    #: Words before a time that make it an interval ("every 4 hours"): how often, which is
    #: no rival of how long ("for 7 days") or how soon ("within 8 hours").
    interval_words: frozenset[str] = frozenset()
    #: Words beside a figure that make it an average ("an average of 365.25 days", "mean
    #: temperature of 15 °C", "5 days on average"): a figure of its own, no rival of one
    #: plain occurrence ("most years have 365 days").
    average_words: frozenset[str] = frozenset()
    #: Prepositions that put a name in a place ("in Burgundy", "at Furnace Creek"): a country
    #: the claim names there is where that place is, no rival of it.
    locatives: frozenset[str] = frozenset()
    #: Words that, opening a clause, set it in an earlier time ("Before Salvator Mundi, the
    #: record belonged to ...", "Until 2009, the record was ..."): what it says held then.
    earlier: frozenset[str] = frozenset()
    #: Words that may stand before an `earlier` word opening a clause ("Long before the great
    #: expeditions", «Ещё до больших экспедиций»).
    earlier_leads: frozenset[str] = frozenset()
    #: Bound words that, before a hedge, say a stretch of time rather than a bound ("ripen
    #: over about 9 months"; "over 9 months" is more than nine).
    hedged_spans: frozenset[str] = frozenset()
    #: Words that set a name as a point in time after which something happened ("after K2").
    later: frozenset[str] = frozenset()
    #: Prepositions: a phrase they open at the start of a sentence, with no verb, sets the
    #: scene for the clause after it ("For most healthy adults, up to 400 mg ... a day").
    prepositions: frozenset[str] = frozenset()
    #: Dose forms in the plural: a mass right before one is what each holds ("two 250 mg
    #: tablets", "comes as 2 mg capsules"), a strength, not the dose.
    dose_forms: frozenset[str] = frozenset()
    #: Words between a dose form and the mass after it that make the mass what each holds
    #: («таблетки по 250 мг»).
    dose_form_preps: frozenset[str] = frozenset()
    #: Endings of participles that open a sentence's scene-setting phrase ("Measured from
    #: the sea floor, Mauna Kea is ...").
    participle_endings: tuple[str, ...] = ()
    #: Endings of a perfective gerund (Russian «защитив», «написав», «вернувшись»): a clause it
    #: opens is said of its sentence's subject.
    gerund_endings: tuple[str, ...] = ()
    #: Endings of a verb's past tense ("survived"), which, with `irregular_forms`, tell a verb
    #: right after a figure from the noun it counts: "the four fell", "8 brothers".
    past_endings: tuple[str, ...] = ()
    #: Russian orthography: months and abbreviations in lower case ("3 октября", "12 тыс."),
    #: a decimal comma ("1,3 млн") and thousands grouped by spaces ("10 000").
    lower_case_months: bool = False
    lower_case_abbreviations: bool = False
    #: Whether a single Latin capital before a period may be an initial ("J. H. Williams"); not
    #: where names are written in another script, and a Latin «I» is a regnal number («Пётр I.
    #: Бежавшие ...» ends a sentence).
    latin_initials: bool = True
    #: Endings of verbal nouns whose stem is their verb's with a suffix Snowball keeps
    #: (Russian «издание» -> «издан», «издал» -> «изда»): the suffix each takes off, so that
    #: «Издание цикла» and «издал цикл» share their word.
    verbal_noun_endings: tuple[tuple[str, str], ...] = ()
    decimal_comma: bool = False
    #: Words after a year that say it is one ("1990 года"), not a count of years.
    year_after: frozenset[str] = frozenset()
    #: Prepositions before an hour that say when, not how long («в 11 часов 15 минут утра»),
    #: and the parts of the day that may follow it («утра», "pm"): a time of day, no quantity.
    clock_preps: frozenset[str] = frozenset()
    day_parts: frozenset[str] = frozenset()
    #: Words before a first year that open a span, each with the words that may join it to
    #: the last («с 1733 по 1743 год», «с 1733 года до 1743-го», «между 1887 и 1889 годами»):
    #: the span holds the years within it. (English spans are `_YEAR_JOIN`'s.)
    year_span_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Whether a span of years also says how long it lasted («построили в 1932–1937 годах»: five
    #: or six years, by whether both ends count), a duration a claim's «за два года» is held to.
    span_durations: bool = False
    #: Words after a figure of time, and before one, that make it a time between two events
    #: («две недели спустя», «на год раньше», «спустя две недели», «через 40 лет»): a difference
    #: (English reads "later", "earlier" by its own pattern), no rival of how long anything lasted.
    elapsed_after: frozenset[str] = frozenset()
    elapsed_before: frozenset[str] = frozenset()
    #: Endings after a hyphen that make a year a decade («1990-х», «1990-е»).
    decade_endings: frozenset[str] = frozenset()
    #: Words right before a figure that, with no other end of a range after it, make it a
    #: lower bound («от 7 см»: at least 7 cm; «от 7 до 12 см» is a range).
    from_words: frozenset[str] = frozenset()
    #: Whether a compound number is written with a space («двадцать пять»), and the words
    #: that make the number after them negative («минус 5 градусов»).
    spaced_compounds: bool = False
    minus_words: frozenset[str] = frozenset()
    #: A half said as a prefix of its unit, in one word («полгода», «получаса»): the prefixes,
    #: and the units (as written after them) they halve.
    half_prefixes: tuple[str, ...] = ()
    half_units: frozenset[str] = frozenset()
    #: How often, in one word, before a period: "twice a day" is 2 times a day.
    frequency_words: dict[str, int] = field(default_factory=dict)
    #: The word for "time" said alone before a short period, once in it (Russian «раз в месяц»,
    #: «не реже раза в 6 месяцев»); never before a year («ещё раз в 1961 году»).
    lone_times: frozenset[str] = frozenset()
    #: Words that open a period said without a figure, once in it: "every day", "each week".
    every_words: frozenset[str] = frozenset()
    #: Ordinals that rank a superlative: "the second largest" is not "the largest".
    ordinals: frozenset[str] = frozenset()
    #: Verbs of identity: "X is the hottest planet" says which one thing the description fits.
    copulas: frozenset[str] = frozenset()
    #: Words that make a description fit one thing only ("the hottest planet", "the first"), and
    #: the suffix of regular superlatives with the words that only look like one ("forest").
    superlatives: frozenset[str] = frozenset()
    #: (Russian: one ending for each case and gender, "крупнейший", "крупнейшим".)
    superlative_suffix: str | tuple[str, ...] = ""
    #: Words that make the word after them a superlative and leave it to say which
    #: ("самое глубокое озеро"): the rank is that word's («самое глубокое» ranks as «глубочайшее»).
    superlative_heads: frozenset[str] = frozenset()
    #: Two words that, right before a superlative, make it one of several («одно из
    #: крупнейших озёр»): no description of one thing.
    one_of: frozenset[tuple[str, str]] = frozenset()
    #: Words that, before a rank and its article, make it one of several: "among the first".
    among: frozenset[str] = frozenset()
    #: Words a few words after a superlative that rank it after another («крупнейшее после
    #: Ладоги озеро», «самое большое озеро Европы после Ладоги»): not the first, so no
    #: description of one thing to weigh against the evidence's.
    ranked_below: frozenset[str] = frozenset()
    not_superlatives: frozenset[str] = frozenset()
    extra_stop_words: frozenset[str] = field(default_factory=frozenset)
    #: The word after a negation that makes it a superlative ("no other"), not a denial; and
    #: whether a negation before it says so (not Russian: «не другой» denies, «никакой
    #: другой» says "no other").
    no_other: frozenset[str] = frozenset()
    negation_before_other: bool = True
    #: Negations that agree with another in their clause rather than turn it again: Russian
    #: «никогда не был», «никто не знает», «ни один ... не» are one denial each.
    concord_negations: frozenset[str] = frozenset()
    #: Words that say what kind of thing a name is ("Lake", "King", "Battle of"): two names
    #: that share only these are two things ("Lake Huron", "Lake Erie"), not one.
    name_classes: frozenset[str] = frozenset()
    #: Words that tell apart two places of one name ("South" and "East" of "China Sea").
    name_qualifiers: frozenset[str] = frozenset()
    #: Words (as descriptions hold them) that rank within one side of a whole ("the largest of the
    #: left tributaries", «из левых притоков самые крупные»): no rival of the first of the whole.
    side_words: frozenset[str] = frozenset()
    #: Verbs that say what a thing comes to be ("which makes it the longest tunnel in the
    #: world", "making it the deepest lake"): an identity, like a copula, of "it".
    makers: frozenset[str] = frozenset()
    #: Verbs of having that, before "the" and a superlative, say which one thing a description
    #: fits, as a copula does: "Avebury has the largest stone circle in Britain".
    possessives: frozenset[str] = frozenset()
    #: Determiners that say whose a thing is ("his former student Richard Taylor"): with a
    #: name's "'s" ("Elizabeth's spymaster"), they open a relation a name fills.
    possessive_determiners: frozenset[str] = frozenset()
    #: The ending of a name that says whose ("Elizabeth's").
    possessive_suffix: str = ""
    #: Words after a rank that name what ranks above it ("the second largest, after Russia").
    ranked_after: frozenset[str] = frozenset()
    #: Superlatives that say the same ("biggest" -> "largest"), for telling which one thing a
    #: description fits.
    same_superlatives: dict[str, str] = field(default_factory=dict)
    #: "holds the record as the longest-lived vertebrate": having the record is being the one.
    record_words: frozenset[str] = frozenset()
    #: Words after a rank that make it an idiom, ranking nothing: "for the first time".
    rank_idioms: frozenset[str] = frozenset()
    #: Words that, before "." and a number, are a number sign ("No. 2"), not a denial.
    number_signs: frozenset[str] = frozenset()
    #: Words that say what a figure measures ("116 feet tall"): part of the figure.
    measure_words: frozenset[str] = frozenset()
    #: Nouns that say which dimension a figure measures (Russian «глубина», «длина ствола»):
    #: a figure of one is no rival of a figure of another («Максимальная глубина скважины —
    #: 12 262 м» against «длина ствола ... достигла 15 км»).
    measure_nouns: frozenset[str] = frozenset()
    #: Nationalities ("Danish", "Swedish"): two said of one named person or thing are rivals
    #: ("Jorn Utzon, a Swedish architect" against "the Danish architect Jorn Utzon").
    nationalities: frozenset[str] = frozenset()
    #: Words between two figures of which either holds ("1 or 2 tablets"): a range too.
    range_alternatives: frozenset[str] = frozenset()
    #: Advice about a use, for telling "it's fine to use alongside warfarin" from "must not be
    #: used with warfarin": words that allow it ("safe", "fine", "suitable"), two-word phrases
    #: that do ("a good choice"), the verbs of a use that "can" allows ("can be taken"), modals
    #: and words that make a negation forbid ("should not", "not recommended"), words that
    #: forbid alone ("avoid"), and words after a negation that make it no advice at all
    #: ("you don't need to").
    allowing: frozenset[str] = frozenset()
    allowing_phrases: frozenset[tuple[str, str]] = frozenset()
    permissive_modals: frozenset[str] = frozenset()
    uses: frozenset[str] = frozenset()
    forbidding_modals: frozenset[str] = frozenset()
    forbidding: frozenset[str] = frozenset()
    not_advice: frozenset[str] = frozenset()
    #: Words of `allowing` or `forbidding` that say their advice wherever they stand, with no
    #: copula or command around them: Russian short adjectives and predicatives («безопасен»,
    #: «противопоказан», «нельзя»), which never describe as "safe" of "a safe dose" does.
    predicatives: frozenset[str] = frozenset()
    #: Units that are a speed in one word ("37.6 mph"): the hours they are per.
    speed_units: dict[str, float] = field(default_factory=dict)
    #: Words that may come before a negation in a command ("Do not take", "please don't"), and
    #: words that open a condition a command may follow ("If you take warfarin, don't ...").
    imperative_aids: frozenset[str] = frozenset()
    #: Words of necessity that, denied, dispense with an action: "there is no need to call
    #: 999", "you don't need to see a doctor".
    necessity: frozenset[str] = frozenset()
    #: Words that open a command without being its verb: "Then call 999", "Always keep ...".
    command_openers: frozenset[str] = frozenset()
    #: A condition that does not limit a command: "even" of "even if the person feels better".
    concessive: str = ""
    conditions: frozenset[str] = frozenset()
    #: Words that give another name of what was just named ("the South African Republic, also
    #: called the Transvaal"): the two names are one thing, not rivals.
    alias_phrases: tuple[str, ...] = ()
    #: Verbs of being able or managing («смочь», «удаться»): denied, they deny the verb they
    #: govern, said before them too («Взять крепость так и не смогли»).
    ability_verbs: frozenset[str] = frozenset()
    #: Conditions that assert nothing of what they say ("if", «если»; not "when", which says
    #: it happens), and words that report a belief («будто»): a claim's clause they open is no
    #: conflict with the evidence.
    hypotheticals: frozenset[str] = frozenset()
    #: Words besides `range_words` that join the first day of a range of days to a date («с 14
    #: по 25 февраля»: «по» ends no range of figures, «с 5 по 10 мг» is no dose).
    day_range_words: frozenset[str] = frozenset()
    #: Words of time that may open a clause before its pronoun subject ("Today she is ...").
    time_openers: frozenset[str] = frozenset()
    #: "than any other river": the words for "any", and the superlatives of comparatives
    #: that do not end in -er ("more" -> "most").
    any_words: frozenset[str] = frozenset()
    superlative_of: dict[str, str] = field(default_factory=dict)
    #: Whether a comparative may take its second term in the genitive, with no `than_word`
    #: («длиннее любой другой реки»).
    genitive_comparison: bool = False
    #: Advice for a whole group of people "of any age" ("safe for babies of any age") is
    #: advice about the group alone: the words that say so, and the groups.
    every_age: frozenset[tuple[str, str]] = frozenset()
    people_groups: frozenset[str] = frozenset()
    #: Groups that hold the others ("children" holds babies and toddlers): advice for one of
    #: them may be about any group.
    whole_groups: frozenset[str] = frozenset()
    #: Verbs that deny the verb after `infinitive_marker` ("declined to buy"): read there as
    #: `negation_word`.
    denying_verbs: frozenset[str] = frozenset()
    #: Words (or two-word phrases) of a plan or a duty that, before an infinitive («должны были окружить»,
    #: «собирался уехать») and with a clause after them in the sentence that one of
    #: `frustrations` opens («..., но ему удалось переправиться»), tell what did not happen:
    #: read there as `negation_word`.
    intentions: frozenset[str] = frozenset()
    frustrations: frozenset[str] = frozenset()
    #: Whether `negation_word` right before a full participle (`participle_endings`) is the
    #: participle's own, no denial of its clause («через не разорённые войной губернии»).
    participle_negation: bool = False
    #: Whether a figure with no unit after «и» takes the unit of the figure before it in its
    #: clause («100 тысяч рублей ... и 400 тысяч»).
    elliptic_units: bool = False
    #: Abbreviations and the words they stand for («ссср»: «советский», «союз»): a clause that
    #: says one holds the other's words too.
    expansions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The word that names what a unit's dimension measures (analysis.CONVERSIONS: "temperature"
    #: for °C and °F), which a figure in that unit says without the word: "Keep the room at
    #: 24 °C" is about the room's temperature.
    dimension_words: dict[str, str] = field(default_factory=dict)
    #: The word naming what a figure of a dimension measures, where both sides name it to
    #: call two significant digits in another unit a slip («площадь»: «67 тысяч км²» for «67
    #: тысяч гектаров»).
    slip_words: dict[str, str] = field(default_factory=dict)
    #: Words of a year that make a three-digit number before them a year, each with the last
    #: digits that leave it a count of years instead («в 988 году»; «983 года» may be 983 years).
    early_years: dict[str, frozenset[int]] = field(default_factory=dict)
    #: Words of an era after a year ("396 BC", "AD 393", "393 AD"): (before the common era,
    #: after it). A year before the common era is negative, so 396 BC is no 396 AD.
    eras: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    #: Verbs that deny the gerund after them ("Avoid working from the top two steps"): read
    #: there as `negation_word`, so that "Do not work from the top two steps" agrees.
    gerund_denials: frozenset[str] = frozenset()
    #: Negations that open a clause naming what a rule leaves out ("except for century years",
    #: "without a prescription"): such a clause asserts nothing the other way round.
    exceptions: frozenset[str] = frozenset()
    #: Words of excess that deny the infinitive after an adjective ("too busy to write").
    excess_words: frozenset[str] = frozenset()
    #: Phrases that forbid by law the action after them ("it is against the law to sell",
    #: "illegal for anyone under 18 to buy"): read at their first word as `negation_word`,
    #: so that "Shops may not sell them to under-18s" agrees.
    prohibitions: frozenset[tuple[str, ...]] = frozenset()
    #: Words that make a figure a part of the whole that follows it ("35,000 of the library's
    #: 55,000 books", «3 из 5 книг»): the part is counted in the whole's unit.
    partitives: frozenset[str] = frozenset()
    #: Verbs that, with one of `away_words` after what they keep, deny putting it there ("keep
    #: batteries out of the fire" says "never burn batteries"): read as `negation_word`.
    keeping_verbs: frozenset[str] = frozenset()
    away_words: frozenset[tuple[str, str]] = frozenset()
    #: Words right after a keeping verb that keep oneself, not a thing ("Keep well away from").
    keeping_adverbs: frozenset[str] = frozenset()
    #: Words that make a count one added to others: before the figure ("another five books",
    #: «ещё пять книг») or right after it ("five more books"). A larger total is no rival.
    added_before: frozenset[str] = frozenset()
    added_after: frozenset[str] = frozenset()
    #: Verbs that report what someone estimated, thought or argued: a figure after one is theirs,
    #: no rival of a figure the claim states as fact ("Buffon estimated that the Earth was about
    #: 75,000 years old").
    reporting_verbs: frozenset[str] = frozenset()
    #: Words that make the negation after them "almost" («едва не», «чуть не»): no denial.
    near_misses: frozenset[str] = frozenset()
    #: Words that make a clause an open question ("ask a pharmacist whether you need drops"):
    #: it asserts neither way.
    open_questions: frozenset[str] = frozenset()
    #: Prepositions that frame a name like a verb's ("king of the Iceni", "ally of Rome") but are
    #: no `prepositions` of their own (which time and place figures read).
    frame_prepositions: frozenset[str] = frozenset()
    #: Words that say a rank holds without limit ("the first plastic ever", "the highest lake
    #: anywhere"), the phrases that say so ("of any kind"), and the word that stresses a rank
    #: before it ("the very first"): a claim so widened is no paraphrase of a rank the evidence limits.
    unqualified: frozenset[str] = frozenset()
    unqualified_phrases: tuple[tuple[str, ...], ...] = ()
    rank_intensifiers: frozenset[str] = frozenset()
    #: Phrases that rank something over the whole world («самый высокий вулкан в мире»): a
    #: rank the evidence gives within a named place only («вулкан Евразии») is narrower.
    world_phrases: tuple[tuple[str, ...], ...] = ()
    #: Ordinals that end a series and so are also superlatives ("first", "last"): with
    #: `ordinals`, the words that tell one of a series from another ("his third voyage").
    series_ends: frozenset[str] = frozenset()
    #: Words that give a thing its name ("a female named Martha", "a ship called Endeavour"):
    #: a name after one may be a single word and still be the one thing so named.
    naming_words: frozenset[str] = frozenset()
    #: Words that open a command's purpose ("so the blood doesn't drip"): a denial after one
    #: is the purpose's, not the command's.
    purpose_words: frozenset[str] = frozenset()
    #: Words for any object at all: a prohibition that forbids its verb on "anything" ("Do not
    #: give them anything to eat or drink") forbids the command of that verb, whatever it names
    #: ("give them small sips of water").
    anything_words: frozenset[str] = frozenset()
    #: Phrases that deny what follows them by setting it against what goes before ("a trend
    #: rather than a law of nature", "instead of water").
    contrastives: tuple[tuple[str, ...], ...] = ()
    #: Words of preference whose "than" clause, after a comma, is what is set aside («лучше
    #: остаться дома, чем сидеть в очереди в поликлинике»): that clause asserts nothing.
    preferences: frozenset[str] = frozenset()
    #: Verbs that say a thing is not had ("lose signal", "lacks fresh water"): said right before
    #: what a "no" denies ("may have no signal"), they say what the denial does.
    privatives: frozenset[str] = frozenset()
    #: The determiner that denies the noun after it ("no signal").
    no_word: str = ""
    #: Words that, said of what a clause tells ("the idea that people swallow their tongue is
    #: a myth"), deny it.
    myth_words: frozenset[str] = frozenset()
    infinitive_marker: str = ""
    #: Endings of an infinitive, for a language that marks it so rather than by a word
    #: («отказался подписать»): a denying verb before one denies it.
    infinitive_endings: tuple[str, ...] = ()
    negation_word: str = ""
    #: Irregular forms read as their base before stemming ("took" -> "take", "won" -> "win"):
    #: a clause that says "took a copy" shares its verb with one that says "refused to take".
    irregular_forms: dict[str, str] = field(default_factory=dict)
    #: Groups of words that say the same thing, each read as the stem of its first word
    #: ("let" and "permit" as "allow", "warm" as "heat"): a clause that says "did not let the
    #: inhabitants ransom themselves" shares its verb with "allowed them to ransom themselves".
    #: Only verbs whose senses overlap in nearly every use: a looser synonym would make two
    #: different statements share words, and so be read as agreeing or contradicting.
    same_sense: tuple[tuple[str, ...], ...] = ()
    #: Pairs of words that say the opposite of each other ("win" and "lose", "accept" and
    #: "reject"): a clause that says one where the evidence says the other denies it.
    contraries: frozenset[tuple[str, str]] = frozenset()
    #: Prefixes that deny the word they open ("unchanged", "disagreed", "illegal"); in/im/il/ir
    #: only before the endings of adjectives (`denying_prefix_endings`: "incomplete", not
    #: "intake"); and words such a prefix only seems to open ("discover" is not "not cover").
    denying_prefixes: tuple[str, ...] = ()
    adjective_prefixes: tuple[str, ...] = ()
    denying_prefix_endings: tuple[str, ...] = ()
    not_denying: frozenset[str] = frozenset()
    #: Whether names inflect («во Франции», «раньше Франции»), and are compared by their
    #: dictionary form (name_word); and whether a dictionary tells a common noun that opens a
    #: sentence before a name in the genitive («Полёт Гагарина», «Население Москвы»): the
    #: noun is no part of the name (common_noun).
    inflected_names: bool = False
    genitive_names: bool = False
    #: Whether a word in lower case hyphened to a capitalised one is part of its name
    #: («Царь-колокол», «Царь-пушка»).
    hyphened_names: bool = False
    #: Quotation marks the language opens a name with («на станции «Салют-7»», «журнал «Русский
    #: вестник»»): the word before them is the name's place in its clause.
    name_quotes: frozenset[str] = frozenset()
    #: Words that open a clause of "until" where a negation before a perfective verb is no
    #: denial («пока её не обогнала»: "until it was overtaken"; `perfective` tells the verb).
    until_openers: frozenset[str] = frozenset()
    #: Words after which a negation repeats the clause's negation for the next verb («не
    #: разрезайте и не прижигайте»): one denial, not two that cancel.
    repeated_negation_after: frozenset[str] = frozenset()
    #: Negations that repeat in a series, a comma before each but the first («не был ни
    #: издан, ни исполнен»): a comma before a second one parts no clause.
    series_negations: frozenset[str] = frozenset()
    #: Words that, right after a negation, make it deny nothing of its clause: "not only ...
    #: but also" («не только Алтая, но и всей Сибири» adds), and "not counting" («в течение 14
    #: дней, не считая дня покупки» leaves a day out of a period, and denies no return).
    not_only: frozenset[str] = frozenset()
    #: Negations that deny nothing when the next word says when or why it happened
    #: (`failure_times`): "The cable failed after three weeks", "The campaign failed when
    #: Congress approved the dam".
    dated_failures: frozenset[str] = frozenset()
    #: Words before "and not" that make the three one idiom, no second predicate: «так и не
    #: напечатали», "never printed".
    and_not_idioms: frozenset[str] = frozenset()
    failure_times: frozenset[str] = frozenset()
    #: Words that, anywhere in a list's item after the first word, close a list of what a
    #: denial opening it denies («Не застрахованы ИИС, брокерские счета, ... металлические
    #: счета и вклады на предъявителя»), where a list's last item may end "C и D" rather than
    #: open with the choice word; each item then has no verb of its own (`verb_form`).
    list_ends_within: frozenset[str] = frozenset()
    #: Verbs said of their clause beyond `copulas` (Russian: any finite verb or short
    #: participle, by pymorphy3: «изображены», «пришло»): a phrase opening a sentence with a
    #: preposition and one of them is a statement, not the scene of the clause after it («На
    #: картине изображены семеро бурлаков, а первым идёт Канин»).
    finite_verbs: frozenset[str] = frozenset()
    #: Whether a dose said right before its frequency also says their product in the
    #: frequency's period («по 1 пакетику 3 раза в день» is 3 пакетика a day).
    dose_totals: bool = False
    #: Words after which the word of an open bound ("over") says where or about what, not
    #: "more than": "spread over 118 small islands", "a race run over 3,200 metres", "an
    #: outcry over 3,000 rejections".
    bound_as_preposition: frozenset[str] = frozenset()

    def name_word(self, word: str) -> str:
        """A word of a name as names are compared: its dictionary form where names inflect
        (`inflected_names`: «Франции» is «Франция», «Гагарина» «Гагарин»), else as said."""
        return (_russian_name_lemma(word) or word) if self.inflected_names else word

    def name_words(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The words of a name as `name_word` gives each, but where names inflect, a surname
        after a given name in the given name's case: «Александра Ферсмана» is «александр
        ферсман», although «Ферсмана» alone reads as a place of its own."""
        out = tuple(self.name_word(w) for w in words)
        if not self.inflected_names or len(words) < 2:
            return out
        return _russian_surnames_after_given(words, out)

    def place_words(self, word: str) -> tuple[str, ...]:
        """The places a word's adjective may be of, as `name_word` gives their names, where
        names inflect («омском» -> «омск» of «в Омском остроге», «останкинская» ->
        «останкино»): a passage that says «Останкинская башня» names Останкино. None for any
        other word."""
        return _russian_places_of(word) if self.inflected_names else ()

    def perfective(self, word: str) -> bool:
        """Whether a word is a perfective verb («обогнала», «пришёл»), where `until_openers`
        asks (by pymorphy3); never elsewhere."""
        return bool(self.until_openers) and _russian_perfective(word)

    def counted_noun(self, word: str) -> bool:
        """Whether a word after a four-digit number makes it a count (Russian «1389 человек»:
        a noun in the genitive plural), where `genitive_names` says a dictionary tells."""
        return self.genitive_names and _russian_counted_noun(word)

    def adverbial_participle(self, word: str) -> bool:
        """Whether a word is only ever a gerund that tells how or while the main verb's action
        happened («сближая», «построив»; "bringing"), where `genitive_names` says a dictionary
        tells; in English, a lower-case word in "-ing" that goes on with no list ("including")."""
        if self.genitive_names:
            return _russian_gerund(word)
        return word.endswith("ing") and len(word) > 5 and word not in _ENGLISH_LIST_PARTICIPLES

    def no_name(self, word: str) -> bool:
        """Whether a word is no noun, adjective or name in any reading (a verb, an adverb, a
        conjunction: «умерла», «затем»), where `genitive_names` says a dictionary tells."""
        return self.genitive_names and _russian_no_name(word)

    def verb_form(self, word: str) -> bool:
        """Whether a word may be a verb said of its clause (a finite verb, an infinitive, a
        short participle or a predicative: «застрахованы», «пришёл», «нельзя»), where
        `list_ends_within` asks (by pymorphy3); never elsewhere."""
        return bool(self.list_ends_within) and _russian_verb_form(word)

    def attributive(self, word: str) -> bool:
        """Whether a word is only ever an adjective or a participle in its full form, one that
        may stand before the noun a figure counts («двенадцать гранитных атлантов»), where
        `genitive_names` says a dictionary tells."""
        return self.genitive_names and _russian_attributive(word)

    def common_noun(self, word: str) -> bool:
        """Whether a word is a common noun and no name in any reading («полёт», «население»;
        not «нил», «юрий», «новая»), where `genitive_names` says a dictionary tells."""
        return self.genitive_names and _russian_common_noun(word)

    @functools.cached_property
    def sense_stems(self) -> dict[str, str]:
        """`same_sense` by stem: the stem of each word of a group -> the stem of its first."""
        return {self.stem(w): self.stem(group[0]) for group in self.same_sense for w in group[1:]}

    @functools.cached_property
    def ability_stems(self) -> frozenset[str]:
        """`ability_verbs` by stem."""
        return frozenset(self.word_stem(w) for w in self.ability_verbs)

    @functools.cached_property
    def alias_re(self) -> re.Pattern[str] | None:
        """What stands between a name and another name of the same thing: an `alias_phrases`
        phrase, with commas, brackets and "the" around it."""
        if not self.alias_phrases:
            return None
        return re.compile(rf"[\s,(—–-]*{self.phrase_pattern(self.alias_phrases).pattern}(?:\s+the)?[\s«\"“]*", re.IGNORECASE)

    def word_stem(self, word: str) -> str:
        """The stem a content word is read as: its base (`irregular_forms`), stemmed, read
        under `same_sense` ("took" -> "take", «взял» -> «взят», "permitted" -> "allow")."""
        stem = self.stem(self.irregular_forms.get(word, word))
        return self.sense_stems.get(stem, stem)

    @functools.cached_property
    def contrary_stems(self) -> dict[str, frozenset[str]]:
        """`contraries` by stem (read under `same_sense`): each stem -> the stems that say its
        opposite."""
        out: dict[str, set[str]] = {}
        for a, b in self.contraries:
            a, b = self.word_stem(a), self.word_stem(b)
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
        return {k: frozenset(v) for k, v in out.items()}

    def denied_stem(self, word: str) -> str | None:
        """The stem of what a word with a denying prefix denies ("chang" of "unchanged",
        "legal" of "illegal"), or None when it has no such prefix."""
        if word in self.not_denying:
            return None
        for prefix in self.denying_prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4:
                return self.word_stem(word[len(prefix):])
        for prefix in self.adjective_prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4 and word.endswith(self.denying_prefix_endings):
                return self.word_stem(word[len(prefix):])
        return None

    @functools.cached_property
    def stop_words(self) -> frozenset[str]:
        """spaCy's stop words for the language, minus the words this module gives a meaning."""
        words = set(spacy_stop_words(self.language)) | set(self.extra_stop_words)
        return frozenset(words - self.negations - set(self.number_words) - set(self.scales))

    @functools.cached_property
    def countries(self) -> frozenset[tuple[str, ...]]:
        """Country names, each as the stems of its words, from rules/<language>/lexicons/
        countries.txt (built by rules/en/lexicons/sources/countries.py): a country is no
        rival of a place inside one. Empty when the list is missing."""
        from factlint.packs.loader import PackError, builtin_root

        try:
            path = builtin_root() / self.language / "lexicons" / "countries.txt"
            lines = path.read_text(encoding="utf-8").splitlines()
        except (PackError, OSError):
            return frozenset()
        return frozenset(tuple(self.stem(w) for w in re.findall(r"\w+", line.lower()))
                         for line in lines if line.strip() and not line.startswith("#"))

    @functools.cached_property
    def stem(self):
        import snowballstemmer

        # With PyStemmer installed (a dependency) this is its C implementation of the same
        # Snowball algorithm; without it, snowballstemmer's pure-Python one.
        stemmer = snowballstemmer.stemmer(self.stemmer)
        if self.verbal_noun_endings:
            return functools.lru_cache(maxsize=200_000)(functools.partial(_verb_stem_of_noun, stemmer.stemWord, self.verbal_noun_endings))
        return functools.lru_cache(maxsize=200_000)(stemmer.stemWord)

    def phrase_pattern(self, phrases: tuple[str, ...]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    @functools.cached_property
    def opinion_re(self) -> re.Pattern[str]:
        return self.phrase_pattern(self.opinion)

    @functools.cached_property
    def advice_re(self) -> re.Pattern[str]:
        return self.phrase_pattern(self.advice)

    @functools.cached_property
    def boilerplate_re(self) -> re.Pattern[str]:
        return self.phrase_pattern(self.boilerplate)


_ENGLISH_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

_ENGLISH_UNITS = {
    **{u: "%" for u in ("%", "percent", "per cent", "percentage")},
    **{u: "‰" for u in ("‰", "per mille", "per mil", "permille")},
    **{u: "mg" for u in ("mg", "milligram", "milligrams", "milligramme", "milligrammes")},
    **{u: "g" for u in ("g", "gram", "grams", "gramme", "grammes")},
    **{u: "kg" for u in ("kg", "kilogram", "kilograms", "kilo", "kilos")},
    # (Force, in words: "kN" and "N" are also knots and north.)
    **{u: "µN" for u in ("µn", "μn", "micronewton", "micronewtons")},
    **{u: "mN" for u in ("millinewton", "millinewtons")},
    **{u: "N" for u in ("newton", "newtons")},
    **{u: "kN" for u in ("kilonewton", "kilonewtons")},
    **{u: "mcg" for u in ("mcg", "µg", "μg", "ug", "microgram", "micrograms")},
    **{u: "t" for u in ("tonne", "tonnes", "metric ton", "metric tons")},
    **{u: "km" for u in ("km", "kilometre", "kilometres", "kilometer", "kilometers", "kph", "kmh")},
    **{u: "m" for u in ("metre", "metres", "meter", "meters")},
    **{u: "cm" for u in ("cm", "centimetre", "centimetres", "centimeter", "centimeters")},
    **{u: "mm" for u in ("mm", "millimetre", "millimetres", "millimeter", "millimeters")},
    **{u: "mi" for u in ("mile", "miles", "mi", "mph")},
    **{u: "yd" for u in ("yard", "yards", "yd")},
    **{u: "ft" for u in ("foot", "feet", "ft")},
    **{u: "in" for u in ("inch", "inches")},
    **{u: "l" for u in ("l", "litre", "litres", "liter", "liters")},
    **{u: "ml" for u in ("ml", "millilitre", "millilitres", "milliliter", "milliliters")},
    **{u: "oz" for u in ("ounce", "ounces", "oz")},
    **{u: "lb" for u in ("pound", "pounds", "lb", "lbs")},
    **{u: "°" for u in ("°", "degree", "degrees")},
    **{u: "°C" for u in ("° c", "ºc", "°c", "degrees celsius", "degree celsius", "celsius", "degrees centigrade", "centigrade")},
    **{u: "°F" for u in ("° f", "ºf", "°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit")},
    **{u: "K" for u in ("kelvin", "kelvins")},
    **{u: "km²" for u in ("square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "km2")},
    **{u: "mi²" for u in ("square mile", "square miles", "sq mi")},
    **{u: "m²" for u in ("square metre", "square metres", "square meter", "square meters", "sq m", "m2")},
    **{u: "ft²" for u in ("square foot", "square feet", "sq ft")},
    **{u: "ha" for u in ("hectare", "hectares", "ha")},
    **{u: "acre" for u in ("acre", "acres")},
    **{u: "km³" for u in ("cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers", "km3")},
    **{u: "m³" for u in ("cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3")},
    **{u: "year" for u in ("year", "years", "yr", "yrs")},
    **{u: "decade" for u in ("decade", "decades")},
    **{u: "century" for u in ("century", "centuries")},
    **{u: "month" for u in ("month", "months")},
    **{u: "week" for u in ("week", "weeks")},
    # (A stay counted in nights is counted in days: "camped for three nights" is no three weeks.)
    **{u: "day" for u in ("day", "days", "night", "nights")},
    **{u: "hour" for u in ("hour", "hours", "h", "hr", "hrs")},
    **{u: "minute" for u in ("minute", "minutes", "min", "mins")},
    **{u: "second" for u in ("second", "seconds", "sec", "secs")},
    **{u: "$" for u in ("$", "dollar", "dollars", "usd")},
    **{u: "€" for u in ("€", "euro", "euros", "eur")},
    **{u: "£" for u in ("£", "pound sterling",)},
    **{u: "ppm" for u in ("ppm",)},
    **{u: "times" for u in ("times", "fold")},
}

ENGLISH = Lexicon(
    language="en",
    stemmer="english",
    negations=frozenset({"not", "no", "never", "none", "neither", "nor", "cannot", "nobody", "nothing", "nowhere", "without", "except", "n't",
                         "unable", "refused", "refuses", "failed", "fails"}),
    negation_suffix="n't",
    number_words=_ENGLISH_NUMBERS,
    frequency_words={"once": 1, "twice": 2, "thrice": 3},
    every_words=frozenset({"every", "each"}),
    ordinals=frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}),
    scales={"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12},
    units=_ENGLISH_UNITS,
    dimension_words={"temperature": "temperature"},
    slip_words={"area": "area"},
    demonym_nouns=frozenset(f"{nation}{person}" for nation in ("english", "french", "scots", "welsh", "irish", "dutch", "cornish", "norse")
                            for person in ("man", "woman", "men", "women")),
    agent_phrases={p: "by" for p in ("on the orders of", "on the order of", "at the orders of", "by order of",
                                      "by the order of", "at the command of", "on the command of", "at the behest of")},
    approximators=frozenset({"about", "around", "approximately", "roughly", "nearly", "almost", "some", "circa", "ca", "approx", "estimated", "est"}),
    minus_words=frozenset({"minus"}),  # "about minus 269 degrees Celsius"
    bounds={
        **{p: "<=" for p in ("up to", "at most", "no more than", "not more than", "a maximum of", "maximum of",
                             "max", "not exceeding", "not to exceed", "no higher than", "no greater than",
                             "capped at", "a cap of", "limited to", "no longer than", "no later than")},
        **{p: ">=" for p in ("at least", "no less than", "not less than", "no fewer than", "a minimum of", "minimum of",
                             "no earlier than", "no sooner than")},
        **{p: ">" for p in ("more than", "over", "above", "exceeding", "exceed", "exceeds", "exceeded", "greater than",
                            "higher than", "in excess of", "upwards of", "pass", "passes", "surpass", "surpasses")},
        **{p: "<" for p in ("less than", "fewer than", "under", "below", "lower than")},
    },
    bound_said={"<=": "no more than", ">=": "at least", "<": "less than", ">": "more than"},
    bound_as_preposition=frozenset({"spread", "spreads", "spreading", "scattered", "sprawls", "sprawling", "stretched",
                                    "stretches", "stretching", "distributed", "run", "runs", "race", "outcry", "dispute",
                                    "quarrel", "row"}),
    limit_words={"maximum": "<=", "max": "<=", "limit": "<=", "upper": "<=", "minimum": ">="},
    no_other=frozenset({"other"}),
    name_classes=frozenset({
        "lake", "lakes", "river", "mount", "mountain", "mountains", "sea", "ocean", "island", "islands", "isle", "cape", "bay",
        "gulf", "strait", "falls", "valley", "desert", "forest", "park", "national", "king", "queen", "prince", "princess",
        "emperor", "empress", "pope", "saint", "st", "sir", "lord", "lady", "duke", "count", "general", "president",
        "captain", "battle", "treaty", "war", "siege", "dynasty", "empire", "kingdom", "republic", "state", "states",
        "united", "university", "college", "museum", "church", "cathedral", "palace", "castle", "tower", "bridge",
        "street", "square", "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "great", "hms", "uss", "of", "the",
    }),
    side_words=frozenset({"left", "right", "northern", "southern", "eastern", "western", "northernmost", "southernmost"}),
    name_qualifiers=frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper",
                               "lower", "central", "greater", "lesser", "little", "great", "new", "old"}),
    makers=frozenset({"makes", "made", "making", "make"}),
    possessives=frozenset({"has", "have", "had", "holds", "held"}),
    possessive_determiners=frozenset({"his", "her", "its", "their", "my", "our", "your"}),
    possessive_suffix="'s",
    ranked_after=frozenset({"after", "behind"}),
    same_superlatives={"biggest": "largest"},
    # ("one of the largest": the pair stands before the article, which _superlative does not skip.)
    one_of=frozenset({("one", "of")}),
    among=frozenset({"among", "amongst"}),
    record_words=frozenset({"record", "title"}),
    rank_idioms=frozenset({"time", "times"}),
    number_signs=frozenset({"no"}),
    measure_words=frozenset({"tall", "high", "long", "wide", "deep", "across", "thick", "heavy"}),
    allowing=frozenset({"safe", "safely", "fine", "ok", "okay", "suitable", "harmless", "allowed", "acceptable", "recommended"}),
    allowing_phrases=frozenset({("good", "choice"), ("good", "option"), ("safe", "choice"), ("best", "choice")}),
    permissive_modals=frozenset({"can", "may"}),
    uses=frozenset({"take", "takes", "taken", "taking", "use", "used", "using", "give", "given", "giving", "apply",
                    "applied", "have", "had", "drink", "drunk", "eat", "eaten", "be", "choice", "option"}),
    forbidding_modals=frozenset({"should", "must", "may", "can", "cannot", "shall", "ought"}),
    imperative_aids=frozenset({"do", "please", "just"}),
    necessity=frozenset({"need", "needed", "necessary"}),
    command_openers=frozenset({"then", "and", "always", "immediately", "also", "still", "now", "so", "first"}),
    concessive="even",
    speed_units={"mph": 1.0, "kph": 1.0, "kmh": 1.0},
    conditions=frozenset({"if", "when", "whenever", "while", "unless", "during"}),
    hypotheticals=frozenset({"if", "unless"}),
    alias_phrases=("also called", "also known as", "known as", "now called", "now known as", "better known as"),
    time_openers=frozenset({"today", "now", "currently", "still", "later", "eventually", "then", "since", "once"}),
    every_age=frozenset({("any", "age"), ("all", "ages"), ("every", "age")}),
    people_groups=frozenset({"baby", "babies", "infant", "infants", "child", "children", "toddler", "toddlers",
                             "teenager", "teenagers", "adult", "adults", "pregnancy", "pregnant", "breastfeeding",
                             "elderly", "people", "women", "men"}),
    whole_groups=frozenset({"people", "child", "children"}),
    any_words=frozenset({"any"}),
    superlative_of={"more": "most", "less": "least", "fewer": "fewest", "better": "best", "worse": "worst"},
    denying_verbs=frozenset({"declined", "declines", "neglected", "neglects", "omitted"}),
    gerund_denials=frozenset({"avoid", "avoids", "avoided"}),
    exceptions=frozenset({"except", "without"}),
    excess_words=frozenset({"too"}),
    partitives=frozenset({"of"}),
    keeping_verbs=frozenset({"keep"}),
    away_words=frozenset({("out", "of"), ("away", "from"), ("clear", "of")}),
    keeping_adverbs=frozenset({"well", "far", "right"}),
    added_before=frozenset({"another"}),
    added_after=frozenset({"more"}),
    prohibitions=frozenset({("against", "the", "law"), ("illegal",), ("unlawful",), ("an", "offence"), ("an", "offense"),
                            ("a", "criminal", "offence"), ("a", "crime"), ("forbidden",), ("prohibited",)}),
    open_questions=frozenset({"whether"}),
    frame_prepositions=frozenset({"of"}),
    unqualified=frozenset({"ever", "anywhere"}),
    unqualified_phrases=(("of", "any", "kind"), ("of", "any", "sort"), ("of", "any", "type"), ("of", "all", "kinds")),
    rank_intensifiers=frozenset({"very"}),
    series_ends=frozenset({"first", "last", "final"}),
    naming_words=frozenset({"named", "called", "nicknamed", "christened", "dubbed"}),
    purpose_words=frozenset({"so", "lest"}),
    anything_words=frozenset({"anything"}),
    contrastives=(("rather", "than"), ("instead", "of")),
    preferences=frozenset({"better", "rather", "safer", "wiser"}),
    privatives=frozenset({"lose", "loses", "lost", "losing", "lack", "lacks", "lacked", "lacking"}),
    no_word="no",
    myth_words=frozenset({"myth", "misconception", "fallacy"}),
    reporting_verbs=frozenset({"estimated", "estimates", "calculated", "believed", "thought", "suspected", "argued", "claimed",
                               "reckoned", "guessed", "predicted", "supposed", "assumed", "proposed"}),
    infinitive_marker="to",
    negation_word="not",
    # ("records not only the brightness of light ... but also its phase" denies nothing.)
    not_only=frozenset({"only", "just", "merely"}),
    dated_failures=frozenset({"failed", "fails"}),
    failure_times=frozenset({"when", "after", "because"}),
    irregular_forms={
        **dict.fromkeys(("took", "taken"), "take"), "won": "win", "lost": "lose", **dict.fromkeys(("gave", "given"), "give"),
        **dict.fromkeys(("began", "begun"), "begin"), "built": "build", **dict.fromkeys(("wrote", "written"), "write"),
        "made": "make", "held": "hold", "led": "lead", "bought": "buy", "brought": "bring", "came": "come",
        "became": "become", **dict.fromkeys(("chose", "chosen"), "choose"), **dict.fromkeys(("drew", "drawn"), "draw"),
        **dict.fromkeys(("flew", "flown"), "fly"), **dict.fromkeys(("grew", "grown"), "grow"),
        **dict.fromkeys(("knew", "known"), "know"), "ran": "run", **dict.fromkeys(("sang", "sung"), "sing"),
        **dict.fromkeys(("sank", "sunk"), "sink"), **dict.fromkeys(("saw", "seen"), "see"), "sold": "sell",
        "sent": "send", "spent": "spend", "stood": "stand", "struck": "strike", "swam": "swim", "taught": "teach",
        "thought": "think", "told": "tell", **dict.fromkeys(("threw", "thrown"), "throw"), **dict.fromkeys(("wore", "worn"), "wear"),
        **dict.fromkeys(("went", "gone"), "go"), "met": "meet", "paid": "pay", "said": "say",
        **dict.fromkeys(("spoke", "spoken"), "speak"), **dict.fromkeys(("stole", "stolen"), "steal"),
        **dict.fromkeys(("broke", "broken"), "break"), **dict.fromkeys(("froze", "frozen"), "freeze"),
        **dict.fromkeys(("drove", "driven"), "drive"), **dict.fromkeys(("ate", "eaten"), "eat"),
        **dict.fromkeys(("forgot", "forgotten"), "forget"), "kept": "keep", "fought": "fight", "caught": "catch",
        "sought": "seek", **dict.fromkeys(("hid", "hidden"), "hide"), "dug": "dig", "fed": "feed",
        **dict.fromkeys(("forbade", "forbidden"), "forbid"), "fell": "fall", "rose": "rise", "risen": "rise",
    },
    same_sense=(
        # (Not "begin" and "start": they open so many clauses that dates of different
        # beginnings would be set against each other.)
        ("allow", "let", "permit"), ("receive", "award"), ("heat", "warm"), ("buy", "purchase"),
        ("build", "construct"), ("try", "attempt"), ("choose", "select"), ("forbid", "prohibit", "ban"),
        ("help", "assist"),
    ),
    contraries=frozenset({
        ("win", "lose"), ("accept", "reject"), ("accept", "refuse"), ("accept", "decline"), ("agree", "oppose"), ("succeed", "fail"),
        ("survive", "perish"), ("include", "exclude"), ("allow", "forbid"), ("allow", "ban"),
        ("permit", "forbid"), ("permit", "ban"), ("alive", "dead"), ("remember", "forget"), ("present", "absent"),
        ("approve", "reject"), ("confirm", "deny"), ("support", "oppose"), ("guilty", "innocent"), ("acquit", "convict"),
        ("guilty", "acquit"), ("keep", "lose"), ("keep", "abandon"), ("keep", "discard"), ("adopt", "abandon"), ("adopt", "reject"),
        ("welcome", "forbid"), ("similar", "unlike"), ("similar", "different"), ("increase", "decrease"),
        ("gain", "lose"), ("profit", "loss"), ("rise", "fall"), ("expand", "shrink"), ("strengthen", "weaken"),
    }),
    denying_prefixes=("un", "dis", "non", "non-"),
    adjective_prefixes=("in", "im", "il", "ir"),
    denying_prefix_endings=("able", "ible", "ent", "ant", "ete", "ect", "al", "ar", "ive", "ate", "ful"),
    not_denying=frozenset({
        "discover", "discovered", "discovers", "discovery", "display", "displayed", "disease", "diseases", "discharge",
        "discharged", "dispose", "disposed", "discount", "dismiss", "dismissed", "dispatch", "dispatched", "disclose",
        "disclosed", "dissolve", "dissolved", "discard", "discarded", "discourse", "distribute", "distributed", "dispute",
        "disputed", "distance", "district", "unless", "universe", "university", "uniform", "understand", "understood",
        "undertake", "undertaken", "undergo", "undergone", "underlie", "unite", "united", "union", "unique",
        "invent", "invented", "intent", "invest", "invested", "inspect", "inspected", "infect", "infected",
        "infected", "inflate", "inflated", "interval", "invade", "invaded", "impart", "imparted", "implant", "impact",
        "import", "imported", "impress", "impressed", "irate", "illustrate", "illustrated", "insect", "intact",
        "infant", "inhabitant", "immigrant", "immigrated", "inherent", "incident", "indent", "intend", "intended",
        "induct", "inducted", "inject", "injected", "intimate", "inmate", "innate", "instant", "instead",
        "insulate", "insulated", "interact", "interacted", "interest", "interested", "invert", "inverted",
        "invaluable", "inflammable", "immediate", "unearth", "unearthed", "disorder", "disorders",
    }),
    forbidding=frozenset({"avoid", "avoided"}),
    not_advice=frozenset({"need", "needed", "have", "work", "works", "interact", "cause", "causes"}),
    # Hand-written: no well-kept package on PyPI lists nationality adjectives (pycountry and
    # Faker give countries, not what their people are called).
    nationalities=frozenset({
        "afghan", "albanian", "algerian", "american", "andorran", "angolan", "argentine", "argentinian", "armenian",
        "australian", "austrian", "azerbaijani", "bahraini", "bangladeshi", "belarusian", "belgian", "bolivian",
        "bosnian", "brazilian", "british", "bulgarian", "burmese", "cambodian", "cameroonian", "canadian", "chilean",
        "chinese", "colombian", "congolese", "croatian", "cuban", "cypriot", "czech", "danish", "dutch", "ecuadorian",
        "egyptian", "english", "estonian", "ethiopian", "filipino", "finnish", "flemish", "french", "georgian",
        "german", "ghanaian", "greek", "guatemalan", "haitian", "honduran", "hungarian", "icelandic", "indian",
        "indonesian", "iranian", "iraqi", "irish", "israeli", "italian", "jamaican", "japanese", "jordanian",
        "kazakh", "kenyan", "korean", "kuwaiti", "latvian", "lebanese", "libyan", "lithuanian", "luxembourgish",
        "malaysian", "maltese", "mexican", "moldovan", "mongolian", "moroccan", "nepalese", "nepali", "nigerian",
        "norwegian", "pakistani", "palestinian", "panamanian", "paraguayan", "persian", "peruvian", "polish",
        "portuguese", "prussian", "qatari", "romanian", "russian", "saudi", "scottish", "senegalese", "serbian",
        "singaporean", "slovak", "slovenian", "somali", "spanish", "sudanese", "swedish", "swiss", "syrian",
        "taiwanese", "tanzanian", "thai", "tunisian", "turkish", "ugandan", "ukrainian", "uruguayan", "uzbek",
        "venezuelan", "vietnamese", "welsh", "yemeni", "zambian", "zimbabwean", "soviet", "roman", "venetian",
        "florentine", "genoese", "bavarian", "austro-hungarian", "ottoman", "byzantine", "anglo-french",
    }),
    periods={
        **{p: 24.0 for p in ("a day", "per day", "each day", "every day", "daily", "a night", "per night")},
        **{p: 168.0 for p in ("a week", "per week", "each week", "every week", "weekly")},
        **{p: 1.0 for p in ("an hour", "per hour", "each hour", "every hour", "hourly")},
        **{p: 1 / 60 for p in ("a minute", "per minute", "each minute", "every minute")},
        **{p: 1 / 3600 for p in ("a second", "per second", "each second", "every second")},
        **{p: 730.5 for p in ("a month", "per month", "each month", "every month", "monthly")},
        **{p: 8766.0 for p in ("a year", "per year", "each year", "every year", "yearly", "annually")},
        **{p: 87660.0 for p in ("a decade", "per decade", "each decade", "every decade")},
        **{p: 876600.0 for p in ("a century", "per century", "each century", "every century")},
    },
    period_preps=frozenset({"in", "per", "within"}),
    range_words=frozenset({"to"}),
    range_alternatives=frozenset({"or"}),
    range_frame=("between", "and"),
    range_blockers=frozenset({"from"}),
    range_said="to",
    months={
        **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"), 1)},
        **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)},
        "sept": 9,
    },
    year_cues=frozenset({"in", "since", "by", "from", "until", "till", "to", "of", "year", "during", "after", "before", "around", "circa", "c", "between", "and", "early", "late", "mid"}),
    opposites={
        "more": "less", "less": "more", "fewer": "more", "most": "least", "least": "most",
        "higher": "lower", "lower": "higher", "larger": "smaller", "smaller": "larger",
        "bigger": "smaller", "greater": "smaller", "increase": "decrease", "decrease": "increase",
        "increases": "decreases", "decreases": "increases", "increased": "decreased", "decreased": "increased",
        "rise": "fall", "fall": "rise", "rises": "falls", "falls": "rises", "rose": "fell", "fell": "rose",
        "before": "after", "after": "before", "older": "younger", "younger": "older",
        "earlier": "later", "later": "earlier", "best": "worst", "worst": "best",
        "better": "worse", "worse": "better", "first": "last", "last": "first",
        "above": "below", "below": "above", "warmer": "cooler", "cooler": "warmer",
        "longer": "shorter", "shorter": "longer", "faster": "slower", "slower": "faster",
        "hotter": "colder", "colder": "hotter", "heavier": "lighter", "lighter": "heavier",
        "deeper": "shallower", "shallower": "deeper", "wider": "narrower", "narrower": "wider",
        "taller": "shorter", "cheaper": "dearer", "dearer": "cheaper",
    },
    comparisons=frozenset({
        "more", "less", "fewer", "most", "least", "than", "first", "last", "only", "best", "worst",
        "better", "worse", "higher", "lower", "larger", "largest", "smaller", "smallest", "bigger",
        "biggest", "greater", "greatest", "older", "oldest", "younger", "youngest", "earlier",
        "earliest", "later", "latest", "longest", "longer", "shortest", "shorter", "highest",
        "lowest", "richest", "main", "majority", "increase", "decrease", "increased", "decreased",
        "rise", "fall", "rose", "fell", "doubled", "tripled", "halved",
        # (The comparatives of `opposites`, so that a comparison said the other way is read:
        # "The Irtysh is shorter than the Ob" against "... is longer than the Ob itself".)
        "faster", "slower", "warmer", "cooler", "hotter", "colder", "taller", "heavier", "lighter",
        "deeper", "shallower", "wider", "narrower", "cheaper", "dearer",
    }),
    name_joiners=frozenset({"of", "the", "for", "upon", "de", "da", "del", "di", "van", "von", "der", "den", "la", "le", "du", "&", "y", "bin", "al", "el"}),
    opinion=(
        "i think", "i believe", "i feel", "i guess", "i suppose", "in my opinion", "in my view",
        "personally", "i'd say", "i would say", "imo", "imho", "tbh", "to be honest", "i love",
        "i like", "i prefer", "i hate", "my favourite", "my favorite",
    ),
    advice=(
        "you should", "you shouldn't", "you could", "you might want", "you may want", "you can try",
        "you'll want", "you will want", "you need to", "you must", "try to", "make sure", "be sure to",
        "it's a good idea", "it is a good idea", "it's best to", "it is best to", "it's important to",
        "it is important to", "talk to", "consult", "see a doctor", "see your doctor", "ask your",
        "if you", "consider", "remember to", "don't forget", "do not forget", "we recommend",
        "i recommend", "i suggest", "i'd recommend", "i would recommend", "let's", "let us",
    ),
    boilerplate=(
        "great question", "good question", "i hope this helps", "hope this helps", "hope that helps",
        "as an ai", "as a language model", "as an ai language model", "i'm an ai", "i am an ai",
        "i'm not a doctor", "i am not a doctor", "let me know", "feel free", "happy to help",
        "glad to help", "good luck", "thanks for asking", "thank you for asking", "in conclusion",
        "in summary", "to sum up", "i cannot provide", "i can't provide", "i'm sorry", "i am sorry",
        "certainly!", "sure!", "of course!", "here are", "here is", "here's",
    ),
    imperatives=frozenset({
        "eat", "drink", "take", "try", "avoid", "use", "make", "add", "consider", "talk", "see",
        "ask", "check", "remember", "keep", "include", "choose", "limit", "get", "go", "stop",
        "start", "cook", "combine", "pair", "read", "look", "visit", "call", "follow", "put",
        "let", "note", "be", "do", "don't", "never", "always", "just", "please", "skip", "swap",
        "replace", "aim", "focus", "remember", "think", "stay", "find", "contact", "seek",
    }),
    yes_no=frozenset({"yes", "no", "yeah", "yep", "nope", "true", "false", "correct", "incorrect"}),
    time_elaborations=frozenset({"when"}),
    conjunctions=frozenset({"and", "or", "but", "so", "yet", "while", "whereas", "although", "though"}),
    pronouns=frozenset({"it", "its", "he", "his", "she", "her", "they", "their", "this", "these"}),
    object_pronouns=frozenset({"them", "him", "her", "it"}),
    subject_pronouns=frozenset({"it", "he", "she", "they"}),
    relatives=frozenset({"which", "who", "whose"}),
    until_words=frozenset({"until", "till"}),
    beginning_verbs=frozenset({"began", "begun", "begins", "started", "starts", "founded", "established", "opened",
                               "emerged", "arose"}),
    ending_verbs=frozenset({"ended", "ends", "fell", "collapsed", "closed", "abolished", "dissolved", "finished"}),
    year_prepositions=frozenset({"in"}),
    era_words=frozenset({"ad", "bc", "bce", "ce"}),
    definite=frozenset({"the"}),
    single_words=frozenset({"single"}),
    counted_one=frozenset({"only", "just", "exactly"}),
    elliptic_adverbs=frozenset({"only", "just", "merely", "now", "still", "also"}),
    and_words=frozenset({"and"}),
    eras=(frozenset({"bc", "bce"}), frozenset({"ad", "ce"})),
    fractions={"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0, "fifth": 20.0,
               "fifths": 20.0, "tenth": 10.0, "tenths": 10.0},
    fraction_counts={"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4},
    fraction_after=frozenset({"of", "the", "its", "their", "all"}),
    change_by=frozenset({"by"}),
    not_fraction_before=frozenset({"the", "this", "that", "first", "second", "other", "latter", "former", "each", "every"}),
    greater_words=frozenset({"more", "higher", "longer", "larger", "bigger", "greater", "taller", "heavier", "deeper", "wider"}),
    held_comparatives=frozenset({"higher", "lower", "longer", "shorter", "larger", "smaller", "bigger", "greater", "taller",
                                 "heavier", "lighter", "deeper", "shallower", "wider", "narrower", "faster", "slower",
                                 "warmer", "cooler", "hotter", "colder", "cheaper"}),
    lesser_words=frozenset({"fewer", "less", "lower", "shorter", "smaller", "lighter", "shallower", "narrower"}),
    each_words=frozenset({"each", "both"}),
    degree_words=frozenset({"little", "bit", "slightly", "much", "far", "lot", "even", "still", "actually", "also", "considerably",
                            "significantly", "somewhat", "rather", "nearly", "almost"}),
    articles=frozenset({"the", "a", "an"}),
    title_purposes=frozenset({"for"}),
    age_words=frozenset({"aged", "age", "ages"}),
    when_words=frozenset({"when"}),
    interval_words=frozenset({"every"}),
    average_words=frozenset({"average", "averaged", "averages", "averaging", "mean"}),
    locatives=frozenset({"in", "at", "near", "across", "throughout"}),
    participle_endings=("ed", "ing"),
    past_endings=("ed",),
    dose_forms=frozenset({"tablets", "capsules", "caplets", "sachets", "pills", "lozenges", "suppositories", "patches"}),
    prepositions=frozenset({"for", "in", "at", "on", "by", "during", "after", "before", "from", "with", "among",
                            "since", "under", "over", "until", "within", "without", "throughout", "across"}),
    earlier=frozenset({"before", "until", "till", "previously", "formerly"}),
    earlier_leads=frozenset({"long", "even", "just", "shortly", "well"}),
    hedged_spans=frozenset({"over"}),
    later=frozenset({"after", "since"}),
    abbreviations=frozenset({"st", "mt", "dr", "mr", "mrs", "ms", "prof", "jr", "sr", "gen", "gov", "sen", "rev", "fr",
                             "lt", "col", "capt", "sgt", "vol", "fig", "vs"}),
    determiners=frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our", "my", "your"}),
    copulas=frozenset({"is", "was", "are", "were", "remains", "remained", "becomes", "became"}),
    superlatives=frozenset({"best", "worst", "most", "least", "first", "last", "only"}),
    superlative_suffix="est",
    not_superlatives=frozenset({
        "interest", "forest", "west", "rest", "test", "nest", "guest", "request", "harvest", "contest",
        "honest", "modest", "protest", "earnest", "chest", "crest", "quest", "pest", "vest", "zest",
        "priest", "suggest", "invest", "arrest", "digest", "manifest", "conquest", "attest", "midwest",
        "southwest", "northwest", "everest", "budapest", "bucharest", "unrest", "inquest",
    }),
    time_order={
        **{w: "earlier" for w in ("first", "earlier", "earliest", "older", "oldest", "before", "sooner", "predates", "preceded")},
        **{w: "later" for w in ("later", "latest", "younger", "youngest", "after", "last", "newer", "newest", "recent")},
    },
    event_order={**{w: "earlier" for w in ("before", "predates", "predated", "preceded", "precedes")}, "after": "later"},
    not_ordering_before=frozenset({"named", "renamed", "called", "modelled", "modeled", "patterned", "styled",
                                   "look", "looks", "looked", "looking", "sought", "take", "takes", "took", "taken"}),
    sequel_words=frozenset({"afterwards", "afterward", "subsequently", "thereafter", "later", "then"}),
    years_after_words=frozenset({"after"}),
    to_the_day=("to", "the", "day"),
    same_year_phrases=frozenset({("the", "same", "year"), ("that", "same", "year"), ("later", "that", "year"),
                                 ("earlier", "that", "year")}),
    order_anaphors=frozenset({"that", "this"}),
    order_fillers=frozenset({"and", "but", "only", "just", "shortly", "soon", "long", "well", "even", "it", "was"}),
    opening_order={"once": "later"},
    inverted_auxiliaries=frozenset({"did", "was", "were", "could", "would", "does", "do", "is", "are"}),
    agent_words=frozenset({"by"}),
    subject_relatives=frozenset({"that", "which", "who", "whose"}),
    instructions=frozenset({"tip", "lean", "lie", "sit", "place", "press", "hold", "swim", "open", "carry", "leave", "rinse",
                            "wash", "give", "cool", "cover", "wrap", "lift", "move", "pull", "push", "rub", "remove", "warm",
                            "wait", "apply", "pour", "soak", "squeeze", "burst", "pop", "cut", "thaw", "reheat", "store",
                            "freeze", "run", "turn", "throw", "shake", "tie", "bandage", "wipe", "scrub", "heat", "boil"}),
    recommending=frozenset({"best", "fastest", "quickest", "easiest", "safest", "simplest", "surest"}),
    recommended=frozenset({"way", "time", "thing", "method", "option", "cure", "remedy", "treatment"}),
)

LEXICONS: dict[str, Lexicon] = {"en": ENGLISH}


def lexicon(language: str) -> Lexicon | None:
    """The lexicon of a language tag ("en", "en-GB"), or None when it has none."""
    return LEXICONS.get(language.split("-")[0].split("_")[0].lower())


def languages() -> tuple[str, ...]:
    return tuple(LEXICONS)


# -- Russian ------------------------------------------------------------------------------
# Russian inflects: a unit, a number word or a month has several forms ("грамм", "грамма",
# "граммов"), so each is listed by its forms rather than stemmed (a stem would swallow other
# words: "г" is grams, "год" a year). Months and abbreviations are lower case, the comma is
# decimal ("1,5 г") and thousands are grouped by spaces ("10 000"): flags below.


def _verb_stem_of_noun(stem, endings: tuple[tuple[str, str], ...], word: str) -> str:
    """`stem`'s stem of `word`, less the suffix its verbal noun ending adds to its verb's
    (`Lexicon.verbal_noun_endings`): «издание» -> «изда», as «издал»; «решение» -> «реш»,
    as «решил»."""
    stemmed = stem(word)
    for ending, suffix in endings:
        if word.endswith(ending) and stemmed.endswith(suffix) and len(stemmed) - len(suffix) >= 3:
            return stemmed[:-len(suffix)]
    return stemmed


def _forms(canonical: str, *forms: str) -> dict[str, str]:
    return {f: canonical for f in forms}


_RUSSIAN_NUMBERS = {
    **dict.fromkeys(("ноль", "нуль"), 0), **dict.fromkeys(("один", "одна", "одно", "одного", "одной", "одну"), 1),
    **dict.fromkeys(("два", "две", "двух"), 2), **dict.fromkeys(("три", "трёх", "трех"), 3),
    **dict.fromkeys(("четыре", "четырёх", "четырех"), 4), **dict.fromkeys(("пять", "пяти"), 5),
    **dict.fromkeys(("шесть", "шести"), 6), **dict.fromkeys(("семь", "семи"), 7),
    **dict.fromkeys(("восемь", "восьми"), 8), **dict.fromkeys(("девять", "девяти"), 9),
    **dict.fromkeys(("десять", "десяти"), 10), "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, **dict.fromkeys(("двадцать", "двадцати"), 20), **dict.fromkeys(("тридцать", "тридцати"), 30),
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    **dict.fromkeys(("сто", "ста"), 100), "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
    "дюжина": 12, "дюжины": 12, **dict.fromkeys(("полтора", "полторы", "полутора"), 1.5),
    # (The oblique forms the compounds take: «в сорока двух странах».)
    # (And the other cases of the small ones: «заменили четырьмя годами каторги», «двумя
    # неделями позже», «к трём часам»; not «семью», also "family".)
    **dict.fromkeys(("двум", "двумя"), 2), **dict.fromkeys(("трём", "трем", "тремя"), 3),
    **dict.fromkeys(("четырём", "четырем", "четырьмя"), 4), "пятью": 5, "шестью": 6, "восемью": 8, "девятью": 9,
    "десятью": 10, "двадцатью": 20, "тридцатью": 30,
    **{w: n for n, w in enumerate(("одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати",
                                    "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати"), 11)},
    **dict.fromkeys(("двухсот", "двумстам"), 200), **dict.fromkeys(("трёхсот", "трехсот"), 300),
    **dict.fromkeys(("четырёхсот", "четырехсот"), 400), "пятисот": 500,
    # (Collective numerals count people and the plural-only «сутки»: «четверо суток», «пятерых».)
    **dict.fromkeys(("двое", "двоих", "двоим", "двоими"), 2), **dict.fromkeys(("трое", "троих", "троим", "троими"), 3),
    **dict.fromkeys(("четверо", "четверых", "четверым"), 4), **dict.fromkeys(("пятеро", "пятерых"), 5),
    **dict.fromkeys(("шестеро", "шестерых"), 6), **dict.fromkeys(("семеро", "семерых"), 7),
    **dict.fromkeys(("сорока",), 40), **dict.fromkeys(("пятидесяти",), 50), **dict.fromkeys(("шестидесяти",), 60),
    **dict.fromkeys(("семидесяти",), 70), **dict.fromkeys(("восьмидесяти",), 80), **dict.fromkeys(("девяноста",), 90),
}

_RUSSIAN_UNITS = {
    **_forms("%", "%", "процент", "процента", "процентов", "процентам", "процентах"),
    **_forms("‰", "‰", "промилле"),
    **_forms("mg", "мг", "миллиграмм", "миллиграмма", "миллиграммов", "миллиграммах"),
    **_forms("g", "г", "гр", "грамм", "грамма", "граммов", "граммах", "граммам"),
    **_forms("kg", "кг", "килограмм", "килограмма", "килограммов", "кило"),
    **_forms("mcg", "мкг", "микрограмм", "микрограмма", "микрограммов"),
    **_forms("t", "т", "тонна", "тонны", "тонн", "тонну"),
    # A yield in TNT: «около 58 мегатонн» is a thousand times «58 килотонн».
    **_forms("kt", "кт", "килотонна", "килотонны", "килотонн", "килотонну", "килотоннах"),
    **_forms("Mt", "мт", "мегатонна", "мегатонны", "мегатонн", "мегатонну", "мегатоннах"),
    # Power: «мощность 5 МВт» is a thousand times «5 кВт».
    **_forms("W", "вт", "ватт", "ватта", "ваттах"), **_forms("kW", "квт", "киловатт", "киловатта", "киловаттах"),
    **_forms("MW", "мвт", "мегаватт", "мегаватта", "мегаваттах"), **_forms("GW", "гвт", "гигаватт", "гигаватта", "гигаваттах"),
    # Force: «около 4,5 микроньютона» is a thousandth of «4,5 миллиньютона» (in words: «мН» and «кН» are also other things).
    **_forms("µN", "микроньютон", "микроньютона", "микроньютонов", "микроньютонах"),
    **_forms("mN", "миллиньютон", "миллиньютона", "миллиньютонов", "миллиньютонах"),
    **_forms("N", "ньютон", "ньютона", "ньютонов", "ньютонах"),
    **_forms("kN", "килоньютон", "килоньютона", "килоньютонов", "килоньютонах"),
    **_forms("km", "км", "километр", "километра", "километров", "километрах", "километрам", "километрами"),
    **_forms("m", "м", "метр", "метра", "метров", "метрах", "метрам", "метрами"),
    **_forms("cm", "см", "сантиметр", "сантиметра", "сантиметров", "сантиметрах", "сантиметрами"),
    **_forms("mm", "мм", "миллиметр", "миллиметра", "миллиметров"),
    **_forms("ft", "фут", "фута", "футов", "футах", "футам", "футами"),
    **_forms("mi", "миля", "мили", "миль", "милю", "милях", "милям", "милями"),
    **_forms("in", "дюйм", "дюйма", "дюймов", "дюймах"),
    # Old Russian measures: «71,6 сажени» is no «71,6 метра».
    **_forms("sazhen", "сажень", "сажени", "саженей", "саженях", "саженям", "саженями"),
    **_forms("arshin", "аршин", "аршина", "аршинов", "аршинах"),
    **_forms("versta", "верста", "версты", "вёрст", "верст", "версту", "верстах", "верстам", "верстами"),
    **_forms("oz", "унция", "унции", "унций", "унциях"),
    **_forms("km²", "кв км", "квадратных километров", "квадратного километра", "квадратный километр"),
    **_forms("m²", "кв м", "квадратных метров", "квадратного метра", "квадратный метр"),
    **_forms("ha", "га", "гектар", "гектара", "гектаров"),
    **_forms("km³", "кубических километров", "кубического километра", "кубический километр"),
    **_forms("m³", "куб м", "кубических метров", "кубического метра", "кубический метр", "кубометр", "кубометра", "кубометров"),
    **_forms("l", "л", "литр", "литра", "литров"),
    **_forms("ml", "мл", "миллилитр", "миллилитра", "миллилитров"),
    **_forms("°", "°", "градус", "градуса", "градусов"),
    **_forms("°C", "°c", "° c", "градусов цельсия", "градуса цельсия", "градус цельсия"),
    **_forms("°F", "°f", "° f", "градусов фаренгейта", "градуса фаренгейта"),
    # (Not «годах» or «годы», which follow a span of years: «в 1850–1854 годах», «за 1954–1960
    # годы»; a count of years takes «года» or «лет».)
    **_forms("year", "год", "года", "лет", "годам", "годами"),
    **_forms("decade", "десятилетие", "десятилетия", "десятилетий", "десятилетиями"),
    **_forms("month", "месяц", "месяца", "месяцев", "месяцам", "месяцами", "месяцах"),
    **_forms("week", "неделя", "недели", "недель", "неделю", "неделям", "неделями", "неделях"),
    **_forms("day", "день", "дня", "дней", "сутки", "суток", "дням", "днями", "днях", "суткам", "сутками"),
    **_forms("hour", "час", "часа", "часов", "ч", "часам", "часами", "часах"),
    **_forms("minute", "минута", "минуты", "минут", "минуту", "мин", "минутам", "минутами", "минутах"),
    **_forms("second", "секунда", "секунды", "секунд", "секунду", "сек", "секундам", "секундами"),
    **_forms("$", "$", "доллар", "доллара", "долларов", "долл"),
    **_forms("€", "€", "евро"),
    **_forms("₽", "₽", "рубль", "рубля", "рублей", "руб"),
    **_forms("times", "раз", "раза"),
}


def _adjective(*stems: str, soft: bool = False) -> frozenset[str]:
    """The case and gender forms of Russian adjectives by their stems: "втор" -> "второй",
    "вторая", "второе", "второго", ...; `soft` for a stem in ж, ш, щ or ч ("лучш" ->
    "лучший", "лучшей", "лучшее", ...)."""
    hard = ("ый", "ой", "ая", "ое", "ого", "ому", "ую", "ым", "ом", "ые", "ых", "ыми")
    hushing = ("ий", "ая", "ее", "его", "ему", "ую", "им", "ем", "ей", "ие", "их", "ими")
    return frozenset(s + e for s in stems for e in (hushing if soft else hard))


#: Ordinals in all their forms ("второй", "второго", "третья"): "второе крупнейшее" ranks.
_RUSSIAN_ORDINALS = (
    _adjective("втор", "четвёрт", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят")
    | frozenset({"третий", "третья", "третье", "третьего", "третьему", "третью", "третьим", "третьем", "третьи",
                 "третьих", "третьей", "третьими"})
)


@functools.lru_cache(maxsize=20_000)
def _russian_adjective_lemma(word: str) -> str | None:
    """The dictionary form of a Russian adjective, superlatives to their positive
    ("крупнейшим" -> "крупный", "самое" -> "самый", "первым" -> "первый"), by pymorphy3
    (a dependency; loaded only when a Russian superlative is read); None for a word that is
    no adjective."""
    from factlint.errors import PackError
    from factlint.packs.kinds import russian_morphology

    try:
        morph = russian_morphology()
    except PackError:  # without pymorphy3 each form of a superlative is a rank of its own
        return None
    for parse in morph.parse(word):
        if parse.tag.POS == "ADJF":
            return parse.normal_form
    return None


#: pymorphy3's marks of a proper noun: a given name, a surname, a patronymic, a place, an
#: organisation, a trade mark.
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _russian_parses(word: str, shortest: int) -> list:
    """pymorphy3's readings of a Cyrillic word of at least `shortest` letters; none for other
    words, or where the Russian dictionary is not installed."""
    from factlint.errors import PackError
    from factlint.packs.kinds import russian_morphology

    if word.isascii() or len(word) < shortest:
        return []
    try:
        return russian_morphology().parse(word)
    except PackError:
        return []


def _russian_surnames_after_given(words: tuple[str, ...], lemmas: tuple[str, ...]) -> tuple[str, ...]:
    """`lemmas` (the name words' dictionary forms), with each word after a given name said in
    another case than the nominative read as a surname in that case and gender where pymorphy3
    offers such a reading («Александра Ферсмана»: the genitive «ферсман», not «ферсмана»)."""
    given = next((p for p in _russian_parses(words[0], 3) if "Name" in p.tag.grammemes and p.normal_form == lemmas[0]), None)
    if given is None or given.tag.case in (None, "nomn"):
        return lemmas
    out = list(lemmas)
    for k in range(1, len(words)):
        surname = next((p for p in _russian_parses(words[k], 3) if "Surn" in p.tag.grammemes
                        and p.tag.case == given.tag.case and p.tag.gender == given.tag.gender), None)
        if surname is not None:
            out[k] = surname.normal_form
    return tuple(out)


#: pymorphy3's marks of a place, an organisation or a trade mark: a proper reading that an
#: adjective's form may share by chance («Советском» is also «Советск» in the instrumental).
_PLACE = frozenset({"Geox", "Orgn", "Trad"})


@functools.lru_cache(maxsize=50_000)
def _russian_name_lemma(word: str) -> str | None:
    """The dictionary form of a word of a Russian name («франции» -> «франция», «гагарина» ->
    «гагарин»): of its reading as a proper noun, else as a noun, else as an adjective, else as
    a numeral («Семи чудес» -> «семь»); None for a word pymorphy3 reads as none of these, or
    without pymorphy3. The same form always gives the same word, so a name said alike on both
    sides still matches, whatever pymorphy3 guesses of a rare one; and the forms of one word
    are read alike as far as the dictionary allows:

    - an adjective is an adjective whatever place its form may also name («Советском» is
      «советский», not the instrumental of «Советск»; «Красной» «красный»), so each of its
      forms has one dictionary form (a name of a person keeps its reading: «Толстого» is
      «толстой»);
    - a word the dictionary does not know is read as an adjective where it may be one
      («Илычском» -> «илычский», not a noun «илычском» guessed from its ending);
    - a hyphenated word the dictionary does not know is read part by part («Печоро-Илычском»
      -> «печоро-илычский», where a guess of the whole keeps «печоро-илычском»)."""
    if "-" in word.strip("-") and not word.isascii() and not _russian_known(word):
        parts = word.split("-")
        if all(parts):
            return "-".join(_russian_name_lemma(part) or part for part in parts)
    parses = _russian_parses(word, 3)
    adjective = next((p for p in parses if p.tag.POS == "ADJF"), None)
    if adjective is not None and parses and not _russian_known(word):
        return adjective.normal_form
    # (Else as an adjective: a surname pymorphy3 does not know declines as one, «Ранцевой».)
    # (A name's reading the dictionary all but rules out is no reading: «Герой Социалистического
    # Труда» is «герой», not the instrumental of «Гера», as «Героя» is «герой».)
    parses = [p for p in parses if not (_PROPER & p.tag.grammemes and p.score < _NEGLIGIBLE_NAME
                                        and parses[0].score >= 1 - _NEGLIGIBLE_NAME)]
    chosen = next((p for p in parses if _PROPER & p.tag.grammemes and not (
        adjective is not None and p.tag.POS != "ADJF" and _PLACE & p.tag.grammemes and not (_PROPER - _PLACE) & p.tag.grammemes)), None) or (
        adjective if adjective is not None and any(_PROPER & p.tag.grammemes for p in parses) else None) or next(
        (p for p in parses if p.tag.POS == "NOUN"), None) or next(
        (p for p in parses if p.tag.POS in ("ADJF", "ADJS", "NUMR")), None)
    if (chosen is not None and adjective is not None and chosen.tag.POS == "NOUN" and not _PROPER & chosen.tag.grammemes
            and (chosen.normal_form[:-2] == adjective.normal_form[:-2] or adjective.normal_form.startswith(chosen.normal_form))):
        # («Нового Эрмитажа», «Новый Эрмитаж»: the adjective, not the noun it may also be,
        # «новое»; «на Белом море», «с Белым морем»: «белый», not the unit «бел».)
        chosen = adjective
    return chosen.normal_form if chosen is not None else None


#: The score below which pymorphy3's reading of a word as a name is dropped, where its first
#: reading takes all but that much («герой»: a noun 0.989, the name «Гера» 0.011).
_NEGLIGIBLE_NAME = 0.02


@functools.lru_cache(maxsize=50_000)
def _russian_known(word: str) -> bool:
    """Whether pymorphy3's dictionary holds a word (rather than guessing its readings)."""
    from factlint.errors import PackError
    from factlint.packs.kinds import russian_morphology

    try:
        return russian_morphology().word_is_known(word)
    except PackError:
        return True


#: What a Russian adjective of a place ends in after the place's stem («омский», «останкинский»,
#: «печорский», «казанский», «российский», «уральский»), and what the place may end in there.
_PLACE_ADJECTIVE_ENDINGS = ("ский", "цкий")
_PLACE_ENDINGS = ("ск", "", "а", "о", "е", "ь", "ия")
#: Consonants a place's stem ends in that its adjective turns into another («Ладога» ->
#: «ладожский», «Волга» -> «волжский», «Углич» is kept): the adjective's consonant -> the place's.
_PLACE_ALTERNATIONS = {"ж": "г", "ч": "к", "ш": "х"}


@functools.lru_cache(maxsize=20_000)
def _russian_places_of(word: str) -> tuple[str, ...]:
    """The places a Russian adjective may be of, where pymorphy3's dictionary holds a place of
    its stem («омском» -> «омск», «останкинской» -> «останкино», «казанский» -> «казань»,
    «уральских» -> «урал»; «печорском» -> «печорск» and «печора»; «балтийского» -> «балтика»);
    none for a word that is no such adjective. (A place the dictionary only guesses is none:
    «москова» of «московской».)"""
    adjective = next((p for p in _russian_parses(word, 5) if p.tag.POS == "ADJF"), None)
    if adjective is None or not adjective.normal_form.endswith(_PLACE_ADJECTIVE_ENDINGS):
        return ()
    base = adjective.normal_form[:-4]
    if base.endswith("ь"):
        base = base[:-1]
    # («балтийского» -> «балтика», «арктический» -> «арктика»: a place in -ика.)
    extra = (base[:-1] + "ка",) if base.endswith("й") else ()
    # («ладожского» -> «ладога», «волжский» -> «волга»: a consonant that alternates before -ский.)
    if base[-1:] in _PLACE_ALTERNATIONS:
        extra += tuple(base[:-1] + _PLACE_ALTERNATIONS[base[-1]] + ending for ending in _PLACE_ENDINGS)
    # («московский» -> «москва», «вологодский» -> «вологда»: a vowel the adjective puts before the
    # place's last consonant.)
    if len(base) >= 4 and base[-2] in "ое" and base[-3] not in "аеёиоуыэюяй" and base[-1] not in "аеёиоуыэюяйь":
        extra += tuple(base[:-2] + base[-1] + ending for ending in _PLACE_ENDINGS if ending != "ск")
    return tuple(candidate for candidate in (*(base + ending for ending in _PLACE_ENDINGS), *extra)
                 if len(candidate) >= 3 and _russian_known(candidate) and any(
                     p.normal_form == candidate and "Geox" in p.tag.grammemes for p in _russian_parses(candidate, 3)))


@functools.lru_cache(maxsize=20_000)
def _russian_perfective(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word as a perfective verb only («обогнала»; not
    «спит», nor «стали», also a noun), a finite form or an infinitive."""
    parses = _russian_parses(word, 2)
    return bool(parses) and all(p.tag.POS in ("VERB", "INFN") and "perf" in p.tag for p in parses)


@functools.lru_cache(maxsize=5_000)
def _russian_comparative_lemma(word: str) -> str | None:
    """The positive a Russian comparative is of («длиннее» -> «длинный»), by pymorphy3; None
    for a word that is no comparative."""
    return next((p.normal_form for p in _russian_parses(word, 4) if "COMP" in p.tag), None)


@functools.lru_cache(maxsize=20_000)
def _russian_common_noun(word: str) -> bool:
    """Whether pymorphy3 reads a word only as a common noun («полёт», «население»), never as a
    proper noun or another part of speech."""
    parses = _russian_parses(word, 1)
    return bool(parses) and all(p.tag.POS == "NOUN" and not _PROPER & p.tag.grammemes for p in parses)


#: pymorphy3's parts of speech that may be (or be read as) a word of a name.
_NOMINAL = frozenset({"NOUN", "ADJF", "ADJS", "NUMR", "COMP"})
#: English "-ing" words that go on with a list or a comparison, not with how something was done.
_ENGLISH_LIST_PARTICIPLES = frozenset({"including", "according", "excluding", "depending", "beginning", "starting",
                                       "ranging", "averaging", "totalling", "totaling", "meaning", "during", "nothing",
                                       "something", "anything", "everything", "morning", "evening", "building", "king"})


@functools.lru_cache(maxsize=20_000)
def _russian_attributive(word: str) -> bool:
    """Whether pymorphy3's dictionary reads a word only as a full adjective or participle
    («гранитных», «огромных», «выведенный»)."""
    parses = _russian_parses(word, 3)
    return bool(parses) and _russian_known(word) and all(p.tag.POS in ("ADJF", "PRTF") for p in parses)


@functools.lru_cache(maxsize=20_000)
def _russian_counted_noun(word: str) -> bool:
    """Whether pymorphy3's dictionary reads a word as a noun and may read it in the genitive
    plural («человек», «солдат», «книг»), the form a count above four takes."""
    parses = _russian_parses(word, 3)
    # (Not a word of years: «экспедиция 1725–1730 годов» dates it.)
    return (bool(parses) and _russian_known(word) and all(p.tag.POS == "NOUN" for p in parses)
            and any({"gent", "plur"} <= p.tag.grammemes for p in parses)
            and not any(p.normal_form in ("год", "век", "столетие") for p in parses))


@functools.lru_cache(maxsize=20_000)
def _russian_gerund(word: str) -> bool:
    """Whether pymorphy3's dictionary reads a word only as a gerund («сближая», «построив»)."""
    parses = _russian_parses(word, 3)
    return bool(parses) and _russian_known(word) and all(p.tag.POS == "GRND" for p in parses)


@functools.lru_cache(maxsize=20_000)
def _russian_verb_form(word: str) -> bool:
    """Whether pymorphy3 may read a word as a finite verb, an infinitive, a gerund, a short
    participle or a predicative («застрахованы», «пришёл», «нельзя»)."""
    return any(p.tag.POS in ("VERB", "INFN", "GRND", "PRTS", "PRED") for p in _russian_parses(word, 2))


@functools.lru_cache(maxsize=20_000)
def _russian_no_name(word: str) -> bool:
    """Whether pymorphy3 reads a word as none of a noun, an adjective, a numeral or a proper
    name in any reading, and knows it («умерла», «затем»; not a word it only guesses)."""
    parses = _russian_parses(word, 1)
    return bool(parses) and _russian_known(word) and all(
        p.tag.POS not in _NOMINAL and not _PROPER & p.tag.grammemes for p in parses)


class _RussianComparatives(dict):
    """The superlative each Russian comparative says in «длиннее любой другой реки»: the rank
    its superlatives have by same_superlatives («самая длинная», «длиннейшая»: "длинный"),
    so the two ways of saying it are one rank. By pymorphy3, as `superlative_of` is read with
    `in` and `.get` for a word of any adjective; the dict maps a positive to the one it says
    the same as."""

    def __contains__(self, word) -> bool:
        return isinstance(word, str) and _russian_comparative_lemma(word) is not None

    def get(self, word, default=None):
        lemma = _russian_comparative_lemma(word)
        return default if lemma is None else dict.get(self, lemma, lemma)


#: Nouns of a dimension a Russian ordinal ranks by («второе по величине»), with the adjective
#: of that rank (`Lexicon.rank_dimensions`).
_RUSSIAN_RANK_DIMENSIONS = {"величине": "большой", "размеру": "большой", "размерам": "большой", "площади": "большой",
                            "объёму": "большой", "объему": "большой", "численности": "большой", "населению": "большой",
                            "высоте": "высокий", "длине": "длинный", "протяжённости": "длинный", "протяженности": "длинный",
                            "глубине": "глубокий"}


class _SameRussianSuperlatives(dict):
    """Russian superlatives that say the same, by their adjective's dictionary form: the verifier
    reads `same_superlatives.get(word, default)` for each word of a ranked description, and a
    Russian superlative has some twenty forms and two ways of saying it («глубочайшее»,
    «самым глубоким» are both "глубокий"), too many to list. The dict itself maps a dictionary
    form to the one it says the same as ("крупный" -> "большой", as "biggest" -> "largest")."""

    def get(self, word, default=None):
        if word in _RUSSIAN_RANK_DIMENSIONS:
            return _RUSSIAN_RANK_DIMENSIONS[word]  # («второе по величине»: the rank of «крупнейшее»)
        lemma = _russian_adjective_lemma(word) if len(word) > 2 and not word.isascii() else None
        return default if lemma is None else dict.get(self, lemma, lemma)


#: Endings of Russian imperfective infinitives, each with the endings the perfective of its
#: pair may have in their place, most likely first («накладывать» / «наложить», «принимать»
#: / «принять», «давать» / «дать», «перезванивать» / «перезвонить», «открывать» /
#: «открыть», «проверять» / «проверить», «решать» / «решить», «капать» / «капнуть»).
#: ("о" says the root's last «а» becomes «о»: «перезван-» -> «перезвон-».)
_RUSSIAN_ASPECT_ENDINGS = (("кладывать", ("ложить",)), ("нимать", ("нять",)), ("зывать", ("звать",)),
                           # (A labial takes an «л» in the imperfective, «вправлять» / «вправить»,
                           # «употреблять» / «употребить»; a dental or «с», «з» alternates with a
                           # hushing consonant, «прекращать» / «прекратить», «освобождать» /
                           # «освободить», «отражать» / «отразить», «разрешать» / «разрешить».)
                           ("блять", ("бить",)), ("плять", ("пить",)), ("влять", ("вить",)), ("млять", ("мить",)),
                           ("ждать", ("дить",)), ("щать", ("тить", "стить")), ("жать", ("зить", "дить")),
                           ("шать", ("сить",)), ("чать", ("тить",)),
                           ("авать", ("ать",)), ("ывать", ("ать", "ыть", "о:ить", "ить")),
                           ("ивать", ("ить", "о:ить", "ать", "еть")), ("ять", ("ить",)), ("ать", ("ить", "нуть")))


@functools.lru_cache(maxsize=20_000)
def _russian_perfective_of(infinitive: str) -> str | None:
    """The perfective infinitive of the aspect pair a Russian imperfective infinitive is of,
    where pymorphy3's dictionary holds it as a perfective infinitive («накладывать» ->
    «наложить», «давать» -> «дать», «перезванивать» -> «перезвонить», «капать» ->
    «капнуть»); None where no ending of `_RUSSIAN_ASPECT_ENDINGS` gives one («делать»,
    whose pair is «сделать», by a prefix)."""
    reflexive = infinitive[-2:] if infinitive.endswith(("ся", "сь")) else ""
    verb = infinitive[:-2] if reflexive else infinitive
    for ending, perfectives in _RUSSIAN_ASPECT_ENDINGS:
        if not verb.endswith(ending) or len(verb) <= len(ending):
            continue
        root = verb[:-len(ending)]
        for perfective in perfectives:
            if perfective.startswith("о:"):
                at = root.rfind("а")
                if at < 0 or any(v in root[at + 1:] for v in "аеёиоуыэюя"):
                    continue
                candidate = root[:at] + "о" + root[at + 1:] + perfective[2:]
            else:
                candidate = root + perfective
            candidate += "ся" if reflexive else ""
            if _russian_known(candidate) and any(p.tag.POS == "INFN" and "perf" in p.tag and p.normal_form == candidate
                                                 for p in _russian_parses(candidate, 3)):
                return candidate
    return None


@functools.lru_cache(maxsize=50_000)
def _russian_verb_base(word: str) -> str | None:
    """What a Russian verb form is read as before stemming, so that a command meets its verb
    forbidden in the other aspect («Выше места укуса наложите жгут» against «Жгут
    накладывать нельзя») and a form meets another form of its verb that Snowball stems apart
    («взял» and «взять», «достиг» and «достичь»): any form of an imperfective verb of an
    aspect pair («накладывать», «накладывают») as the perfective's infinitive («наложить»,
    `_russian_perfective_of`), any other form as its own infinitive («дайте» -> «дать», «взял»
    -> «взять»), and a short participle too («распущена» -> «распустить», the verb of
    «распустили»). None for a word pymorphy3 may read as anything but a verb, or as two verbs."""
    parses = _russian_parses(word, 3)
    if not parses or not _russian_known(word) or any(p.tag.POS not in ("VERB", "INFN", "PRTS") for p in parses):
        return None
    lemmas = {p.normal_form for p in parses}
    if len(lemmas) != 1:
        return None
    lemma = lemmas.pop()
    return _russian_perfective_of(lemma) or lemma


class _RussianVerbForms(dict):
    """`irregular_forms` for Russian: every form of a verb read as what it shares with the
    other verb of its aspect pair (`_russian_verb_base`), so «наложите», «наложить» and
    «накладывать» have one stem; a common noun as its dictionary form (`_russian_noun_lemma`);
    other words as they are."""

    def get(self, word, default=None):
        return _russian_verb_base(word) or _russian_noun_lemma(word) or dict.get(self, word, default)


@functools.lru_cache(maxsize=50_000)
def _russian_noun_lemma(word: str) -> str | None:
    """The dictionary form of a word pymorphy3's dictionary reads only as a common noun of
    one lemma («систему» -> «система», «галерею» -> «галерея»), for Snowball to stem alike
    with its other forms (it leaves «сист» and «систем», «галер» and «галере»); None for any
    other word."""
    parses = _russian_parses(word, 3)
    if not parses or not _russian_known(word) or any(p.tag.POS != "NOUN" or _PROPER & p.tag.grammemes for p in parses):
        return None
    lemmas = {p.normal_form for p in parses}
    return lemmas.pop() if len(lemmas) == 1 else None


@functools.lru_cache(maxsize=20_000)
def _russian_imperative(word: str) -> bool:
    """Whether pymorphy3 may read a word as an imperative said to «вы» («наложите», «дайте»,
    «пейте», «держитесь»): not the imperatives to «ты» it reads in «при», «три», «пришли»."""
    return word.endswith(("те", "тесь")) and any(p.tag.mood == "impr" for p in _russian_parses(word, 4))


@functools.lru_cache(maxsize=20_000)
def _russian_finite(word: str) -> bool:
    """Whether pymorphy3 reads a word, in its likeliest reading, as a finite verb or a short
    participle («изображены», «пришло»; not «стали» of steel, nor «три»)."""
    parses = _russian_parses(word, 2)
    return bool(parses) and parses[0].tag.POS in ("VERB", "PRTS") and "impr" not in parses[0].tag


class _RussianFiniteVerbs(frozenset):
    """`finite_verbs` for Russian: any finite verb or short participle (`_russian_finite`)."""

    def __contains__(self, word) -> bool:
        return frozenset.__contains__(self, word) or (isinstance(word, str) and _russian_finite(word))

    def __bool__(self) -> bool:
        return True  # (it holds every finite verb, though it lists none)


class _RussianImperatives(frozenset):
    """`instructions` for Russian: any imperative (`_russian_imperative`), besides the words
    listed; a union with it (`imperatives | instructions`) tells them too."""

    def __contains__(self, word) -> bool:
        return frozenset.__contains__(self, word) or (isinstance(word, str) and _russian_imperative(word))

    def __or__(self, other):
        return _RussianImperatives(frozenset(self) | frozenset(other))

    __ror__ = __or__


@functools.lru_cache(maxsize=20_000)
def _russian_adverb(word: str) -> bool:
    """Whether pymorphy3 reads a word only as an adverb (or a short adjective, a particle or a
    conjunction it may also be: «аккуратно», «осторожно», «сразу»), never as a verb, a noun or
    a predicative («нельзя», «можно»)."""
    if not _russian_known(word):
        return False
    kinds = {p.tag.POS for p in _russian_parses(word, 3)}
    return "ADVB" in kinds and kinds <= {"ADVB", "ADJS", "PRCL", "CONJ"}


class _RussianCommandOpeners(frozenset):
    """`command_openers` for Russian: the words listed, and any adverb (`_russian_adverb`) that
    may stand before an imperative («аккуратно вправьте его внутрь»)."""

    def __contains__(self, word) -> bool:
        return frozenset.__contains__(self, word) or (isinstance(word, str) and _russian_adverb(word))


#: Full participles, active («собравшийся», «идущий») and passive past («построенный»,
#: «основанная»), in every case, gender and number, -ся included: a clause that opens with
#: one after a comma («Земский собор, собравшийся в Москве в январе 1613 года, ...») says
#: something of its sentence's subject.
_RUSSIAN_PARTICIPLE_ENDINGS = tuple(
    stem + ending + reflexive
    # (and the passive ones in -т-: «открытая», «принятый», «взятые»; not «знаменитый» nor «святой»;
    # and «вышедший», «пришедший» in -дш-)
    for stem in ("вш", "дш", "ущ", "ющ", "ащ", "ящ", "енн", "ённ", "анн", "янн", "ыт", "нят", "взят")
    for ending in ("ий", "ая", "ее", "ие", "его", "ему", "им", "ем", "ей", "ую", "их", "ими",
                   "ый", "ое", "ые", "ого", "ому", "ым", "ом", "ой", "ых", "ыми")
    for reflexive in ("", "ся"))


#: Words of a rise and of a fall, each the contrary of each of the other («выросло на 15%»
#: against «сократилось на 15%»): the stems of their past and present forms, which Snowball
#: leaves apart («вырос», «выросл», «увелич», «увеличива»).
_RUSSIAN_RISE_AND_FALL = frozenset(
    (rise, fall)
    for rise in ("вырос", "выросла", "возрос", "возросла", "увеличился", "увеличивается", "повысился", "повышается", "растёт")
    for fall in ("сократился", "сокращается", "снизился", "снижается", "уменьшился", "уменьшается", "упал", "понизился",
                 "понижается", "падает"))

#: Ranks that say the same, by the positive of their adjective: "крупный" is "большой", as
#: "biggest" is "largest"; «выше» is of «высоко» to pymorphy3.
_RUSSIAN_SAME_RANKS = {"крупный": "большой", "больший": "большой", "меньший": "маленький", "малый": "маленький",
                       "высший": "высокий", "низший": "низкий", "высоко": "высокий", "низко": "низкий",
                       "старший": "старый"}

RUSSIAN = Lexicon(
    language="ru",
    stemmer="russian",
    negations=frozenset({"не", "нет", "ни", "никогда", "ничего", "никто", "нигде", "никак", "нельзя", "без", "ничто"}),
    # Russian negative concord: «никогда не», «ничего не», «ни ... не» deny once.
    concord_negations=frozenset({"ни", "никогда", "ничего", "никто", "нигде", "никак", "ничто"}),
    # Russian negates with words, not a suffix; a NUL never ends a token, so nothing matches.
    negation_suffix="\x00",
    contraries=frozenset({
        ("выиграть", "проиграть"), ("принять", "отклонить"), ("принять", "отвергнуть"), ("согласиться", "возразить"),
        ("включить", "исключить"), ("выжить", "погибнуть"), ("живой", "мёртвый"), ("сохранить", "потерять"),
        ("разрешить", "запретить"), ("подтвердить", "опровергнуть"), ("принять", "отказаться"),
    }) | _RUSSIAN_RISE_AND_FALL,
    number_words=_RUSSIAN_NUMBERS,
    frequency_words={"однократно": 1, "дважды": 2, "трижды": 3},
    lone_times=frozenset({"раз", "раза"}),
    every_words=frozenset({"каждый", "каждую", "каждое"}),
    scales={
        # (In every case: «ограничена 100 тысячами рублей», «к 2 миллионам».)
        **dict.fromkeys(("тыс", "тысяча", "тысячи", "тысяч", "тысячу", "тысяче", "тысячей", "тысячью", "тысячам",
                         "тысячами", "тысячах"), 1e3),
        **dict.fromkeys(("млн", *(f"миллион{e}" for e in ("", "а", "ов", "у", "ом", "е", "ам", "ами", "ах"))), 1e6),
        **dict.fromkeys(("млрд", *(f"миллиард{e}" for e in ("", "а", "ов", "у", "ом", "е", "ам", "ами", "ах"))), 1e9),
        **dict.fromkeys(("трлн", *(f"триллион{e}" for e in ("", "а", "ов", "у", "ом", "е", "ам", "ами", "ах"))), 1e12),
        **dict.fromkeys(("сотня", "сотни", "сотен"), 1e2),
    },
    units=_RUSSIAN_UNITS,
    approximators=frozenset({"около", "примерно", "приблизительно", "почти", "порядка", "свыше", "ок", "почти", "где-то"}),
    bounds={
        **{p: "<=" for p in ("до", "не более", "не больше", "не более чем", "максимум", "не выше", "не превышая",
                             "не дольше", "не позднее", "не позже", "не превышать", "не превышает", "не дальше", "не чаще", "не толще",
                             *(f"не {must} превышать" for must in ("должен", "должна", "должно", "должны")))},
        **{p: ">=" for p in ("не менее", "не меньше", "не менее чем", "минимум", "как минимум", "по крайней мере",
                             "не ближе", "не ниже", "не реже", "не тоньше")},
        # A bound before «за» and a period: «не позднее чем за две недели» is two weeks ahead
        # at least, «не более чем за три года» three years at most. (Not one before «через»:
        # «не позднее чем через 96 часов» is a deadline, which another one disagrees with.)
        **{f"{bound} за": kind for bound, kind in (
            *((b, ">=") for b in ("не позднее", "не позже", "не позднее чем", "не позже чем", "не менее", "не меньше",
                                  "не менее чем", "не меньше чем", "минимум", "как минимум")),
            *((b, "<=") for b in ("не более", "не больше", "не более чем", "не больше чем", "максимум")))},
        **{p: ">" for p in ("более", "больше", "свыше", "выше", "более чем", "больше чем", "превышает")},
        **{p: "<" for p in ("менее", "меньше", "ниже", "менее чем", "меньше чем")},
    },
    bound_said={"<=": "не более", ">=": "не менее", "<": "менее", ">": "более"},
    limit_words={"максимальная": "<=", "максимальный": "<=", "максимум": "<=", "предел": "<=",
                 "минимальная": ">=", "минимальный": ">=", "минимум": ">="},
    periods={
        **{p: 24.0 for p in ("в день", "в сутки", "ежедневно", "каждый день", "за день", "за сутки", "суточная", "суточный")},
        **{p: 168.0 for p in ("в неделю", "еженедельно", "каждую неделю", "за неделю")},
        **{p: 1.0 for p in ("в час", "ежечасно", "каждый час", "за час")},
        **{p: 1 / 60 for p in ("в минуту", "каждую минуту", "за минуту")},
        **{p: 1 / 3600 for p in ("в секунду", "каждую секунду", "за секунду")},
        **{p: 730.5 for p in ("в месяц", "ежемесячно", "каждый месяц", "за месяц")},
        **{p: 8766.0 for p in ("в год", "ежегодно", "каждый год", "за год")},
    },
    # (Not «каждые»: «каждые 4 часа» is how often, an interval_words figure of its own, as
    # "every 4 hours" is.)
    period_preps=frozenset({"за", "в", "через"}),
    range_words=frozenset({"до"}),
    day_range_words=frozenset({"по"}),
    range_frame=("от", "до"),
    near_misses=frozenset({"едва", "чуть"}),
    open_questions=frozenset({"ли"}),
    # «лёд толщиной от 7 см», «для группы — от 12 см»: at least, where no «до» ends a range.
    from_words=frozenset({"от"}),
    range_blockers=frozenset({"с"}),
    range_said="до",
    months={
        # nominative and genitive ("1 марта"), prepositional ("в марте")
        **{m: i for i, m in enumerate(("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"), 1)},
        **{m: i for i, m in enumerate(("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"), 1)},
        **{m: i for i, m in enumerate(("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"), 1)},
    },
    # "в 1357 году", "с 2001 года", "к 1999-му", "до 1812"
    year_cues=frozenset({"в", "с", "со", "до", "к", "по", "после", "около", "между", "и", "года", "году", "год", "г", "начале", "конце", "середине"}),
    year_after=frozenset({"год", "года", "году", "г", "гг"}),
    side_words=frozenset({"левый", "правый", "северный", "южный", "восточный", "западный"}),
    clock_preps=frozenset({"в", "к"}),
    day_parts=frozenset({"утра", "дня", "вечера", "ночи", "пополудни"}),
    year_span_frames={**dict.fromkeys(("с", "со"), frozenset({"по", "до"})), "от": frozenset({"до"}),
                      "между": frozenset({"и"})},
    span_durations=True,
    elapsed_after=frozenset({"спустя", "позже", "позднее", "раньше", "ранее"}),
    elapsed_before=frozenset({"спустя", "через"}),
    # «в 1990-х годах», «1990-е»; not «1990-м» («в 1990-м году» is the year).
    decade_endings=frozenset({"х", "е", "ые", "ых", "ми", "ыми"}),
    spaced_compounds=True,
    minus_words=frozenset({"минус"}),
    # «не больше полугода», «больше получаса», «полсуток»: half a unit, in one word (not
    # «полдень», noon: the units are their genitive forms).
    half_prefixes=("полу", "пол"),
    half_units=frozenset({"года", "месяца", "недели", "дня", "суток", "часа", "минуты", "секунды", "метра", "километра",
                          "литра", "килограмма", "тонны", "кило"}),
    lower_case_months=True,
    lower_case_abbreviations=True,
    latin_initials=False,
    verbal_noun_endings=tuple((noun + ending, suffix) for noun, suffix in (("ани", "н"), ("яни", "н"), ("ени", "ен"))
                              for ending in ("е", "я", "ю", "ем", "и", "й", "ям", "ях", "ями"))
    # «строительство» -> «стро», as «строили».
    + tuple(("ительств" + ending, "ительств") for ending in ("о", "а", "у", "ом", "е")),
    decimal_comma=True,
    opposites={
        "больше": "меньше", "меньше": "больше", "более": "менее", "менее": "более",
        "выше": "ниже", "ниже": "выше", "раньше": "позже", "позже": "раньше", "позднее": "раньше",
        "старше": "моложе", "моложе": "старше", "длиннее": "короче", "короче": "длиннее",
        "быстрее": "медленнее", "медленнее": "быстрее", "теплее": "холоднее", "холоднее": "теплее",
        "лучше": "хуже", "хуже": "лучше", "первый": "последний", "последний": "первый",
        "вырос": "снизился", "снизился": "вырос", "выросла": "снизилась", "снизилась": "выросла",
        "увеличился": "уменьшился", "уменьшился": "увеличился", "до": "после", "после": "до",
        "тяжелее": "легче", "легче": "тяжелее", "глубже": "мельче", "мельче": "крупнее", "крупнее": "мельче",
        "дороже": "дешевле", "дешевле": "дороже", "дальше": "ближе", "ближе": "дальше", "толще": "тоньше",
        "тоньше": "толще", "шире": "уже",
    },
    comparisons=frozenset({
        "больше", "меньше", "более", "менее", "чем", "первый", "первая", "первое", "последний", "единственный",
        "лучший", "худший", "выше", "ниже", "старше", "моложе", "раньше", "позже", "самый", "самая", "самое",
        "самые", "крупнейший", "крупнейшая", "большинство", "вырос", "выросла", "снизился", "снизилась",
        "увеличился", "уменьшился", "вдвое", "втрое",
        # (The comparatives of `opposites`: «Иртыш короче Оби» against «Иртыш длиннее самой Оби».
        # Not «уже», also "already".)
        "длиннее", "короче", "быстрее", "медленнее", "теплее", "холоднее", "тяжелее", "легче", "глубже",
        "мельче", "крупнее", "дороже", "дешевле", "дальше", "ближе", "толще", "тоньше", "шире",
    }),
    name_joiners=frozenset({"де", "да", "ван", "фон", "дер", "ибн", "бен", "аль", "эль", "и"}),
    opinion=("я думаю", "я считаю", "мне кажется", "по-моему", "по моему мнению", "на мой взгляд", "я полагаю",
             "честно говоря", "мне нравится", "я люблю", "я предпочитаю", "мой любимый", "моя любимая", "имхо"),
    advice=(
        "вам следует", "вам стоит", "вам нужно", "вам надо", "следует", "стоит", "нужно", "надо",
        "попробуйте", "старайтесь", "постарайтесь", "обязательно", "рекомендую", "рекомендуем", "советую",
        "советуем", "обратитесь", "посоветуйтесь", "проконсультируйтесь", "если вы", "не забудьте",
        "лучше всего", "важно", "имейте в виду",
    ),
    boilerplate=(
        "отличный вопрос", "хороший вопрос", "надеюсь, это поможет", "надеюсь это поможет", "как языковая модель",
        "как ии", "я всего лишь ии", "я не врач", "обращайтесь", "рад помочь", "буду рад помочь", "удачи",
        "спасибо за вопрос", "в заключение", "подводя итог", "я не могу", "извините", "конечно!", "вот несколько",
        "вот список",
    ),
    imperatives=frozenset({
        "ешьте", "пейте", "принимайте", "примите", "избегайте", "используйте", "добавьте", "добавляйте",
        "попробуйте", "обратитесь", "сходите", "спросите", "проверьте", "помните", "держите", "включите",
        "выбирайте", "ограничьте", "получите", "начните", "готовьте", "сочетайте", "читайте", "посмотрите",
        "позвоните", "следуйте", "не", "всегда", "никогда", "просто", "пожалуйста", "замените", "найдите",
        "ищите", "оставайтесь", "старайтесь", "постарайтесь", "посоветуйтесь", "делайте", "сделайте",
        "звоните", "вызовите", "вызывайте",
    }),
    yes_no=frozenset({"да", "нет", "ага", "неа", "верно", "неверно", "правда", "ложь"}),
    time_order={
        **{w: "earlier" for w in ("первый", "первым", "первой", "раньше", "ранее", "старше", "старейший", "до")},
        **{w: "later" for w in ("позже", "позднее", "моложе", "после", "последний", "последним", "новее", "новейший")},
    },
    choice_word="или",
    than_word="чем",
    preferences=frozenset({"лучше", "предпочтительнее", "разумнее", "безопаснее"}),
    comma_before_than=True,
    inflected_names=True,
    genitive_names=True,
    dose_totals=True,
    until_openers=frozenset({"пока"}),
    # «Часть историков считает, что ...», «оценивали возраст в 75 тыс. лет»: a figure after
    # one of these is someone's estimate or view, no rival of one the claim states as fact.
    reporting_verbs=frozenset(f"{stem}{end}" for stem in ("счита", "полага", "предполага", "оценива", "утвержда",
                                                          "подсчитыва", "допуска", "предсказыва")
                              for end in ("л", "ла", "ли", "ет", "ют")) | frozenset({
        "подсчитал", "подсчитала", "подсчитали", "оценил", "оценила", "оценили", "предсказал", "предсказала",
        "предсказали", "допустил", "допустили", "предположил", "предположила", "предположили",
        # («иногда упоминаемые −71,2 °C официальным измерением не считаются»: a figure some mention)
        "упоминают", "упоминается", "упоминаются", "упоминаемый", "упоминаемая", "упоминаемое", "упоминаемые",
        "упоминаемых", "упоминаемую"}),
    name_quotes=frozenset({"«", "„"}),
    hyphened_names=True,
    repeated_negation_after=frozenset({"и", "или"}),
    list_ends_within=frozenset({"и", "или"}),
    not_only=frozenset({"только", "просто", "считая", "включая", "учитывая"}),
    series_negations=frozenset({"ни"}),
    and_words=frozenset({"и"}),
    conjunctions=frozenset({"и", "или", "но", "а", "однако", "хотя", "тогда", "зато"}),
    split_subject_openers=frozenset({"а", "но", "однако", "зато"}),
    time_elaborations=frozenset({":", "когда"}),
    cause_nouns=frozenset({"причина", "причины", "причиной", "суть", "секрет", "разгадка"}),
    cause_preposition="в",
    rank_dimensions=_RUSSIAN_RANK_DIMENSIONS,
    rank_preposition="по",
    ordinal_endings=frozenset({"й", "я", "е", "ю", "го", "му", "м", "х", "ми", "ый", "ий", "ой", "ая", "ое", "ые",
                               "ую", "ого", "ому", "ым", "ом", "ых", "ыми", "ей", "ья", "ье", "ьи", "ью", "его", "ему", "им"}),
    closing_denials=frozenset({"нельзя", "запрещено", "запрещается", "не следует", "не стоит", "не нужно", "не надо",
                               "не рекомендуется", "не допускается",
                               # («Продлить дорогу дальше Царского Села, до Павловска, так и не
                               # удалось»: what was not managed did not happen.)
                               *(f"не {w}" for w in ("удалось", "удалась", "удался", "удались", "смог", "смогла",
                                                      "смогли", "сумел", "сумела", "сумели"))}),
    pronouns=frozenset({"он", "она", "оно", "они", "его", "её", "ее", "их", "это", "этот", "эта", "эти"}),
    object_pronouns=frozenset({"его", "её", "ее", "их", "ему", "ей", "им", "ими", "него", "неё", "нее", "них", "нему",
                               "ней", "ним", "ними"}),
    subject_pronouns=frozenset({"он", "она", "оно", "они"}),
    # («Сикорский в Америке», «Ту-104 в мировой авиации»: the thing, then where it is.)
    title_purposes=frozenset({"для", "при", "в", "во"}),
    age_words=frozenset({"возраст", "возраста", "возрасте", "возрастом"}),
    # («работники моложе 18 лет», «с пяти лет занималась», «к пятнадцати годам»: ages, like «в 18 лет».)
    age_before_years=frozenset({"в", "исполнилось", "исполнился", "исполнилась", "исполнится", "исполнялось",
                                "моложе", "младше", "старше", "с", "со", "к"}),
    age_holders=frozenset({"ему", "ей", "им", "мне", "тебе", "нам", "вам"}),
    interval_words=frozenset({"каждые", "каждый", "каждую", "каждых", "раз"}),
    locatives=frozenset({"в", "во", "на", "под", "около", "близ"}),
    average_words=frozenset({"средний", "средняя", "среднее", "среднем", "средней", "среднего", "средним",
                             "среднегодовая", "среднегодовой"}),
    prepositions=frozenset({"для", "в", "во", "на", "по", "при", "с", "со", "после", "до", "у", "среди", "за", "к", "от"}),
    earlier=frozenset({"до", "прежде", "раньше", "ранее"}),
    earlier_leads=frozenset({"ещё", "еще", "задолго", "незадолго", "даже"}),
    relatives=frozenset({"который", "которая", "которое", "которые", "которого", "которой", "которых"}),
    and_not_idioms=frozenset({"так"}),
    abbreviations=frozenset({"г", "гг", "т", "д", "др", "пр", "св", "ул", "им", "проф", "акад", "рис", "стр", "см", "ср", "тыс", "млн", "млрд"}),
    determiners=frozenset({"этот", "эта", "это", "эти", "тот", "та", "то", "те", "его", "её", "ее", "их", "наш", "ваш", "мой", "свой"}),
    possessive_determiners=frozenset({"его", "её", "ее", "их", "наш", "ваш", "мой", "свой"}),
    copulas=frozenset({"является", "являлся", "являлась", "являются", "был", "была", "было", "были", "стал", "стала", "остаётся", "остается", "—", "это"}),
    # -- superlatives. Russian has no article to mark one («Байкал — самое глубокое озеро»), so
    # each of these words, in any of its forms, ranks alone; «самый» and «наиболее» leave the
    # rank to the adjective after them (superlative_heads), and every form of each says the
    # same as its dictionary form (same_superlatives, by pymorphy3).
    superlatives=(_adjective("сам", "перв", "единствен") | _adjective("лучш", "худш", "наибольш", "наименьш", "наилучш",
                                                                      "наихудш", "высш", "низш", soft=True)
                  | frozenset({"последний", "последняя", "последнее", "последнего", "последней", "последнему",
                               "последнюю", "последним", "последнем", "последние", "последних", "последними", "наиболее"})),
    superlative_heads=_adjective("сам") | frozenset({"наиболее"}),
    world_phrases=(("в", "мире"), ("мира",), ("на", "земле"), ("на", "планете")),
    # «в первый раз», «первым делом», «в первую очередь», «на первый взгляд», «в последнее
    # время», «в последние годы»: a rank word before these ranks nothing.
    rank_idioms=frozenset({"раз", "делом", "очередь", "взгляд", "взгляда", "время", "порах", "годы"}),
    ranked_below=frozenset({"после"}),
    one_of=frozenset((one, "из") for one in ("один", "одна", "одно", "одним", "одной", "одного", "одну", "одном",
                                             "одними", "одни", "одних")),
    superlative_suffix=tuple(s + e for s in ("ейш", "айш") for e in ("ий", "ая", "ее", "его", "ему", "ую", "им", "ем", "ей",
                                                                     "ие", "их", "ими")),
    # (Forms of a superlative that no longer rank: «дальнейший» is "further", «малейший» "slightest".)
    not_superlatives=_adjective("дальнейш", "малейш", soft=True),
    years_after_words=frozenset({"после", "спустя", "позже", "позднее"}),
    ordinals=_RUSSIAN_ORDINALS,
    series_ends=_adjective("перв") | frozenset({"последний", "последняя", "последнее", "последние", "последнего", "последней",
                                                "последнему", "последнюю", "последним", "последнем", "последними", "последних"}),
    same_superlatives=_SameRussianSuperlatives(_RUSSIAN_SAME_RANKS),
    # «Волга длиннее любой другой реки Европы» (or «длиннее, чем любая другая река»): the
    # superlative each comparative says, and «любой другой» in their forms.
    superlative_of=_RussianComparatives(_RUSSIAN_SAME_RANKS),
    any_words=_adjective("люб"),
    no_other=_adjective("друг"),
    negation_before_other=False,
    genitive_comparison=True,
    # Not every form of «самый» is among spaCy's stop words («самым», «самой»): none is content.
    # («в начале», spaCy's stop word, has its kin: «в конце августа», «в середине века» set a
    # date's part, as "late" and "mid" do, and say nothing of what happened.)
    extra_stop_words=_adjective("сам") | frozenset({"конце", "середине"}),
    name_classes=frozenset({
        "озеро", "озера", "река", "реки", "гора", "горы", "море", "остров", "залив", "король", "королева", "царь",
        "князь", "император", "императрица", "святой", "святого", "битва", "война", "договор", "университет",
        "собор", "дворец", "манеж", "улица", "площадь", "мост", "новый", "новая", "северный", "южный", "великий", "великая",
    }),
    # -- comparisons. Russian comparatives do not inflect ("длиннее", "больше"); "более" and
    # "менее" make the analytic ones ("более длинная"). Not "уже" (also "already") nor
    # "старше"/"моложе", which order in time (time_order).
    held_comparatives=frozenset({"выше", "ниже", "длиннее", "короче", "тяжелее", "легче", "глубже", "мельче", "шире",
                                 "толще", "тоньше", "крупнее", "дороже", "дешевле", "быстрее", "медленнее", "теплее",
                                 "холоднее"}),
    greater_words=frozenset({"больше", "более", "длиннее", "выше", "тяжелее", "глубже", "шире", "толще", "крупнее",
                             "дороже", "дальше", "быстрее", "многочисленнее"}),
    lesser_words=frozenset({"меньше", "менее", "короче", "ниже", "легче", "мельче", "тоньше", "дешевле", "ближе",
                            "медленнее"}),
    degree_words=frozenset({"ещё", "еще", "намного", "гораздо", "значительно", "немного", "чуть", "слегка", "несколько",
                            "почти", "существенно", "заметно", "также", "тоже", "даже", "фактически", "всё"}),
    # (Not yet: ranked_after, record_words («держит рекорд»: the verifier reads a record after
    # an article).)
    # "по семь титулов" gives a figure to each name before it, as "each" does.
    each_words=frozenset({"каждый", "каждая", "каждое", "каждому", "оба", "обе", "по"}),
    # -- event order: «Перу ввело её раньше Чили / до Чили / после Чили», «раньше Франции» (a
    # name the genitive inflects matches «Франция» in the evidence: inflected_names).
    # («раньше, чем Чили» too: comma_before_than.)
    # «старше Анны», «моложе Пака»: the second term of a comparative in the genitive, with no
    # «чем», orders two as «раньше Чили» does.
    same_year_phrases=frozenset({("в", "том", "же", "году"), ("в", "тот", "же", "год"), ("тем", "же", "годом")}),
    event_order={**dict.fromkeys(("до", "раньше", "предшествовал", "предшествовала", "предшествовало",
                                  "предшествовали", "предшествует", "старше"), "earlier"),
                 **dict.fromkeys(("после", "позже", "позднее", "моложе"), "later")},
    # "не ... вплоть до 1942 года": Russian says when it started ("лишь в 1942"), and a bare
    # "до" after a negation is mostly a limit ("не давать детям до 12 лет"), so only "вплоть".
    until_words=frozenset({"вплоть"}),
    # -- shares: "половина", "треть", "две трети", "четверть" (a noun in every case; "третью"
    # is also the ordinal, left to it). Russian puts the whole in the genitive straight after
    # ("треть мирового чая"), with no "of": these are the words that open such a whole.
    fractions={**dict.fromkeys(("половина", "половины", "половину", "половиной", "половине"), 50.0),
               **dict.fromkeys(("треть", "трети", "третей", "третями"), 100 / 3),
               **dict.fromkeys(("четверть", "четверти", "четвертью", "четвертей"), 25.0)},
    fraction_after=frozenset({"всех", "всего", "всей", "мировых", "мирового", "мировой", "его", "её", "ее", "их",
                              "населения", "территории", "площади", "суши", "жителей", "людей", "взрослых", "детей",
                              "случаев", "мира", "страны"}),
    # (Any word after a share may be its whole: fraction_nouns.)
    fraction_nouns=True,
    # "сократилось на четверть"
    change_by=frozenset({"на"}),
    not_fraction_before=frozenset({"первая", "первую", "первой", "вторая", "вторую", "второй", "эта", "эту", "этой",
                                   "та", "ту", "той", "каждая", "каждую", "другая", "другую", "другой"}),
    # (Counts before a share are number words: "две трети", "три четверти".)
    # -- a figure's measure: "высотой 116 футов", "длиной 6650 км", "в длину".
    measure_nouns=frozenset({"высота", "длина", "глубина", "ширина", "толщина", "диаметр", "площадь", "объём", "объем",
                             "протяжённость", "протяженность"}),
    measure_words=frozenset({"высотой", "длиной", "глубиной", "шириной", "толщиной", "весом", "массой", "диаметром",
                             "высоту", "длину", "глубину", "ширину", "толщину"}),
    dose_forms=frozenset({"таблетки", "таблеток", "таблетках", "таблетками", "капсулы", "капсул", "капсулах",
                          "капсулами", "пакетики", "пакетиков", "пакетиках", "свечи", "свечей", "свечах", "пастилки",
                          "пастилок", "пластыри", "пластырей", "саше", "драже"}),
    # «в таблетках по 250 мг», «2 капсулы по 200 мг»: each holds it (a bare «по 500 мг» is a dose).
    dose_form_preps=frozenset({"по"}),
    range_alternatives=frozenset({"или"}),
    # -- advice. Russian puts its modal after the negation ("не следует", "не рекомендуется",
    # "не стоит"), where the verifier looks for words that allow ("not recommended"): so the
    # modals of advice stand in `allowing` too (with a copula or a use before them, as
    # "можно" is said of a use, they allow). "нельзя" is itself a negation.
    allowing=frozenset({"безопасно", "безопасен", "безопасна", "безопасны", "допустимо", "допустим", "допустима",
                        "допустимы", "разрешено", "разрешён", "разрешен", "разрешена", "разрешены", "рекомендовано",
                        "рекомендованы", "безопасный", "безопасная", "безопасное", "безопасные", "безопасным", "рекомендуется", "рекомендован", "рекомендована", "подходит",
                        "подходят", "можно", "следует", "стоит", "должны", "должен", "должна", "нормально"}),
    allowing_phrases=frozenset({("хороший", "выбор"), ("лучший", "выбор"), ("безопасный", "выбор"),
                                ("хороший", "вариант")}),
    permissive_modals=frozenset({"можно", "может", "могут", "разрешается"}),
    uses=frozenset({"принимать", "принимают", "принимает", "приниматься", "принять", "применять", "применяют",
                    "применяется", "использовать", "используют", "используется", "давать", "дают", "даётся",
                    "дается", "пить", "употреблять", "употребляют", "назначать", "назначают", "назначается",
                    "наносить", "выбор", "вариант"}),
    forbidding_modals=frozenset({"следует", "стоит", "нужно", "надо", "должны", "должен", "должна", "можно",
                                 "рекомендуется", "лучше"}),
    forbidding=frozenset({"избегайте", "избегать", "противопоказан", "противопоказана", "противопоказано",
                          "противопоказаны", "нельзя", "запрещён", "запрещен", "запрещена", "запрещено", "запрещены",
                          # («Особенно опасно оставлять ребёнка в закрытой машине»: a warning, as
                          # «Не оставляйте ребёнка» is.)
                          "опасно"}),
    # («Ибупрофен противопоказан при язве», «Беременным нельзя», «Он безопасен для детей»: a
    # subject and the word, no verb. Not «показан», also "shown".)
    predicatives=frozenset({"противопоказан", "противопоказана", "противопоказано", "противопоказаны", "нельзя", "опасно",
                            "запрещён", "запрещен", "запрещена", "запрещено", "запрещены",
                            "безопасен", "безопасна", "безопасно", "безопасны", "допустимо", "допустим", "допустима",
                            "допустимы", "разрешён", "разрешен", "разрешена", "разрешено", "разрешены", "рекомендуется",
                            "рекомендован", "рекомендована", "рекомендовано", "рекомендованы"}),
    not_advice=frozenset({"нужно", "надо", "обязательно", "необходимо", "вызывает", "вызывают", "помогает",
                          "помогают", "действует", "действуют", "взаимодействует", "взаимодействуют", "лечит"}),
    imperative_aids=frozenset({"пожалуйста", "просто"}),
    necessity=frozenset({"нужно", "надо", "необходимо", "обязательно", "требуется", "нужен", "нужна", "нужны"}),
    # (And any adverb: «аккуратно вправьте его внутрь», «осторожно снимите».)
    command_openers=_RussianCommandOpeners({"затем", "потом", "сначала", "сразу", "немедленно", "срочно", "всегда",
                                            "также", "и", "а", "тогда", "теперь", "сейчас", "ещё", "еще"}),
    concessive="даже",
    conditions=frozenset({"если", "когда", "пока"}),
    # («будто», «якобы» report a belief without holding it: «опроверг мнение Гумбольдта, будто на
    # Тянь-Шане есть вулканы» says nothing of volcanoes.)
    hypotheticals=frozenset({"если", "будто", "якобы"}),
    alias_phrases=("он же", "она же", "оно же", "они же", "иначе", "также известный как", "также известная как",
                   "известный как", "известная как", "известное как", "ныне", "теперь"),
    ability_verbs=frozenset({"смочь", "смог", "суметь", "удаться", "успеть"}),
    time_openers=frozenset({"сейчас", "сегодня", "теперь", "ныне", "позже", "позднее", "затем", "потом", "тогда",
                            "впоследствии", "вскоре", "однажды"}),
    every_age=frozenset({("любом", "возрасте"), ("любого", "возраста"), ("всех", "возрастов")}),
    people_groups=frozenset({
        "беременные", "беременным", "беременных", "беременной", "беременность", "беременности",
        "кормящие", "кормящим", "кормящих", "кормящей", "грудное", "вскармливание", "вскармливания",
        "дети", "детей", "детям", "детьми", "ребёнок", "ребенок", "ребёнка", "ребенка", "ребёнку", "ребенку",
        "младенцы", "младенцев", "младенцам", "младенец", "малыши", "малышей", "малышам", "новорождённые",
        "новорожденные", "новорождённым", "новорожденным", "подростки", "подростков", "подросткам",
        "взрослые", "взрослых", "взрослым", "пожилые", "пожилых", "пожилым", "мужчины", "мужчин", "мужчинам",
        "женщины", "женщин", "женщинам", "люди", "людей", "людям",
    }),
    whole_groups=frozenset({"дети", "детей", "детям", "детьми", "ребёнок", "ребенок", "ребёнка", "ребенка",
                            "ребёнку", "ребенку", "люди", "людей", "людям"}),
    # Left empty, having no Russian counterpart: articles and `definite` (Russian has none),
    # `possessive_suffix` ("'s"), `infinitive_marker` ("to"), `denying_prefixes` ("не-" is
    # written apart or is part of the word: "неделя"). `speed_units`: Russian writes a speed
    # "км/ч", read as km per hour, never as one word like "mph". `fraction_counts`: the
    # counts before a share are number words («две трети»). Waiting for the verifier:
    # `nationalities` (it compares nationalities said as names, "the Danish architect";
    # Russian writes them in lower case, «датский архитектор», which is no name mention).
    # «отказалась подписать»: a verb that denies the infinitive after it (which Russian marks
    # by its ending, not by a word); read there as «не».
    denying_verbs=frozenset({"отказался", "отказалась", "отказалось", "отказались", "отказывается", "отказываются",
                             "отказывался", "отказывалась", "отказывались", "забыл", "забыла", "забыли", "забыло",
                             # («России и Турции запрещалось держать там флот»: a law that forbids
                             # the act denies it, as «не могли держать» does. Not «запрещено»: advice
                             # reads that one as `forbidding`.)
                             "запрещалось", "запрещается", "запрещаются", "запрещал", "запрещала", "запрещали",
                             "запрещает", "запрещают", "запретил", "запретила", "запретили", "запретило"}),
    infinitive_endings=("ть", "ти", "чь", "ться", "тись", "чься"),
    # «Войска должны были окружить Наполеона, но ему удалось переправиться»: they did not.
    intentions=frozenset({"должен был", "должна была", "должно было", "должны были", "собирался", "собиралась", "собиралось",
                          "собирались", "намеревался", "намеревалась", "намеревались", "планировал",
                          "планировала", "планировали", "рассчитывал", "рассчитывала", "рассчитывали"}),
    # (Not «пытались», «хотел»: an attempt is itself an event, «пытались прорыть канал, но
    # работы бросили» tells that they tried.)
    frustrations=frozenset({"но", "однако"}),
    negation_word="не",
    participle_endings=_RUSSIAN_PARTICIPLE_ENDINGS,
    gerund_endings=("ив", "ав", "ев", "ыв", "яв", "вши", "вшись"),
    participle_negation=True,
    elliptic_units=True,
    partitives=frozenset({"из"}),
    added_before=frozenset({"ещё", "еще"}),
    early_years={"году": frozenset(), "года": frozenset({2, 3, 4}), "год": frozenset({1})},
    dimension_words={"temperature": "температура"},
    slip_words={"area": "площадь"},
    expansions={"ссср": ("советский", "союз"), "сша": ("соединённые", "штаты"), "рф": ("российская", "федерация"),
                "оон": ("организация", "объединённых", "наций"), "ес": ("европейский", "союз")},
    finite_verbs=_RussianFiniteVerbs(),
    # -- commands: any imperative tells the reader what to do («наложите жгут», «дайте ему
    # кофе»), and a verb is read as its aspect pair's («накладывать нельзя»): a command meets
    # the evidence's prohibition of the same verb. «Лучше всего», «надёжнее всего»
    # recommend what the clause goes on to say, as "the best way" does.
    instructions=_RussianImperatives(),
    irregular_forms=_RussianVerbForms(),
    recommending=frozenset({"лучше", "надёжнее", "надежнее", "проще", "удобнее", "безопаснее", "быстрее", "вернее",
                            "эффективнее", "правильнее", "легче"}),
    recommended=frozenset({"всего"}),
)

LEXICONS["ru"] = RUSSIAN
