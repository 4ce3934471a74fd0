"""One taxonomy for every engine: engine rule -> factlint rule id, category, severity, tier.

factlint's grammar rule ids (category `grammar` or `spelling`, nothing else):

    spelling/unknown-word     a word no dictionary knows (Harper SpellCheck, LT MORFOLOGIK_*)
    spelling/typo             a known misspelling or slip ("teh", "alot", LT TYPOS)
    spelling/word-boundary    words run together or split apart ("validateyour", "some one")
    grammar/agreement         subject-verb, determiner-noun, pronoun agreement
    grammar/article           a/an and other article errors
    grammar/repeated-word     "the the"
    grammar/capitalization    a sentence or "i" not capitalised
    grammar/punctuation       punctuation and spacing around it
    grammar/word-choice       confused words, wrong phrase, nonstandard usage
    grammar/syntax            any other grammar rule (verb forms, missing words...)
    grammar/style             the engines' opinionated style rules (`strict` preset only)
    grammar/likely-error      a trained model's guess that a sentence holds an error the
                              rules did not name (only with `[grammar] detector = true`)

Tiers: `default` rules are on in both presets; `strict` rules only in the strict preset
(opinionated style, typographic preferences, and rules that misfire on edited prose);
a user's enable/disable lists of engine rule ids or categories override both.

Why a rule sits in `strict` rather than `default` is said next to it. The choice was made
from the rules' own descriptions and from their findings on the benchmark's selection
halves (bench/grammar.py: even-numbered JFLEG sentences and OneStopEnglish articles); the
other halves are held out and reported separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.grammar import EngineMatch


@dataclass(frozen=True)
class RuleClass:
    rule: str  # factlint rule id
    severity: str
    tier: str = "default"  # "default" or "strict"
    #: Which name check silences it: "word" (a flagged word that is a name), "span" (a
    #: flagged phrase that holds a name), "glue" (only a word glued to a dot, @ or digit),
    #: "split" (a word the engine would split: see names.split_kind).
    guard: str = "span"

    @property
    def category(self) -> str:
        return self.rule.split("/", 1)[0]


def _c(rule: str, severity: str, tier: str = "default", guard: str = "span") -> RuleClass:
    return RuleClass(rule, severity, tier, guard)


UNKNOWN_WORD = _c("spelling/unknown-word", "warning", guard="word")
TYPO = _c("spelling/typo", "warning", guard="word")
WORD_BOUNDARY = _c("spelling/word-boundary", "warning", guard="word")
AGREEMENT = _c("grammar/agreement", "error")
ARTICLE = _c("grammar/article", "error")
REPEATED = _c("grammar/repeated-word", "error")
CAPITALIZATION = _c("grammar/capitalization", "warning", guard="glue")
PUNCTUATION = _c("grammar/punctuation", "warning")
WORD_CHOICE = _c("grammar/word-choice", "warning")
SYNTAX = _c("grammar/syntax", "warning")
STYLE = _c("grammar/style", "info", tier="strict")
#: Not an engine's: factlint's own detector (factlint/grammar/detector.py), sentence by sentence.
LIKELY_ERROR = _c("grammar/likely-error", "info", tier="strict")

#: What each rule id means, with a sentence it flags: what `factlint rules explain` shows.
DESCRIPTIONS: dict[RuleClass, tuple[str, str]] = {
    UNKNOWN_WORD: ("A word no dictionary of the engine knows (names the text treats as names, and the "
                   "project vocabulary, are left alone).", "The recipe needs cinnamn."),
    TYPO: ("A known misspelling or slip of the keyboard.", "We has a error in teh text."),
    WORD_BOUNDARY: ("Words run together or split apart.", "Please validateyour input."),
    AGREEMENT: ("Subject and verb, determiner and noun, or pronoun forms that do not agree.", "We has a error."),
    ARTICLE: ("A wrong article: a/an before the sound that follows, a missing or doubled article.",
              "It was a error."),
    REPEATED: ("The same word twice in a row.", "Eat the the beans."),
    CAPITALIZATION: ("A sentence, or the pronoun I, not capitalised.", "i think so."),
    PUNCTUATION: ("Punctuation, and the spacing around it.", "Wait , what?"),
    WORD_CHOICE: ("Confused words, a wrong phrase, nonstandard usage.", "I could of done it."),
    SYNTAX: ("Any other grammar rule of the engine: verb forms, missing words...", "He have went home."),
    STYLE: ("The engines' opinionated style rules: only with `[grammar] preset = \"strict\"`.",
            "It is very unique."),
    LIKELY_ERROR: ("A trained model's guess that a sentence holds a grammatical error no rule named "
                   "(a missing word, a wrong form, a word order): look at the sentence; the model does not say "
                   "where. Off unless `[grammar] detector = true`.",
                   "We should spend more time with family our."),
}


def strict(cls: RuleClass) -> RuleClass:
    return RuleClass(cls.rule, cls.severity, "strict", cls.guard)


# -- Harper -------------------------------------------------------------------------------
# Harper reports a rule name per lint (organized_lints) and a lint kind; the kind decides
# unless the rule is named below.
HARPER_KINDS: dict[str, RuleClass] = {
    "Spelling": TYPO,
    "Typo": TYPO,
    "BoundaryError": WORD_BOUNDARY,
    "Agreement": AGREEMENT,
    "Capitalization": CAPITALIZATION,
    "Repetition": REPEATED,
    "Grammar": SYNTAX,
    "Punctuation": PUNCTUATION,
    "Formatting": PUNCTUATION,
    "WordChoice": WORD_CHOICE,
    "Usage": WORD_CHOICE,
    "Eggcorn": WORD_CHOICE,
    "Malapropism": WORD_CHOICE,
    "Nonstandard": WORD_CHOICE,
    "Miscellaneous": WORD_CHOICE,
    # Opinions, not errors: off unless the preset is strict.
    "Style": STYLE,
    "Enhancement": STYLE,
    "Readability": STYLE,
    "Redundancy": STYLE,
    "Regionalism": STYLE,
}

HARPER_RULES: dict[str, RuleClass] = {
    "SpellCheck": UNKNOWN_WORD,
    # Suggests splitting an unknown word: a slip when a function word is glued on
    # ("inmany"), a closed compound when the parts are long ("thinktank"); see names.split_kind.
    "SplitWords": _c("spelling/word-boundary", "warning", guard="split"),
    "MergeWords": WORD_BOUNDARY,
    "WrongNegative": TYPO,  # guesses at an unknown word ("Iman" -> "I'm not")
    "AnA": ARTICLE,
    "RepeatedWords": REPEATED,
    # An article beside a possessive ("the my book"; "Its the" for "It's the"): Harper files it
    # under Repetition, but no word is repeated.
    "TheMy": SYNTAX,
    "PronounVerbAgreement": AGREEMENT,
    "MissingPreposition": strict(SYNTAX),  # guesses; misfires on "Lawyers are young people."
    # Style choices dressed as errors, typographic preferences, and dictionary opinions
    # about words edited prose uses correctly: strict only.
    "CompoundNouns": strict(WORD_CHOICE),  # "health care" vs "healthcare": both standard
    "DisjointPrefixes": strict(WORD_BOUNDARY),  # "non-profit" is fine
    "OrthographicConsistency": strict(CAPITALIZATION),  # brands: "Lego" -> "LEGO"
    # Title case in headings is one house style; sentence case ("How to get more iron") is
    # as common, and what most style guides for answers ask for.
    "UseTitleCase": strict(CAPITALIZATION),
    "MassNouns": strict(AGREEMENT),  # "a finding", "a passion" are countable uses
    "OkToOkay": strict(WORD_CHOICE),
    "UnclosedQuotes": strict(PUNCTUATION),  # multi-paragraph quotations leave quotes open
    "UseEllipsisCharacter": strict(PUNCTUATION),
    "NumericRangeEnDash": strict(PUNCTUATION),
    "QuantifierNumeralConflict": strict(SYNTAX),  # "some 18 hours" is idiomatic
    "SubjunctiveWasToWere": strict(SYNTAX),  # "I wish I was" is standard informal English
    "ToTwoToo": strict(WORD_CHOICE),  # misfires on "compared to now"
    "ThereToTheir": strict(WORD_CHOICE),  # misfires on "There needs to be"
    "NounVerbConfusion": strict(WORD_CHOICE),  # misfires on "many believe"
    "SingleBe": strict(SYNTAX),  # misfires on "the question is are they"
    "InDemandInDepth": strict(PUNCTUATION),
    "AWhile": strict(WORD_CHOICE),  # a usage opinion: "a while" after a verb is standard
    "FindOut": strict(WORD_CHOICE),  # a style opinion: "find out" -> "find"
    "OneOfTheSingular": strict(AGREEMENT),
    "QuiteQuiet": strict(WORD_CHOICE),
    # Hyphenation and closed-compound preferences that misfire on edited prose: "render the
    # textbooks out of date" (a predicate needs no hyphens), "health and wellbeing" (standard
    # British), "takes over all the tasks" (two words). None found a JFLEG error alone.
    "OutOfDate": strict(PUNCTUATION),
    "WellBeing": strict(PUNCTUATION),
    "Overall": strict(WORD_CHOICE),
    "HowTo": strict(SYNTAX),  # reads a noun as a verb: "changing how people get around"
    "LongSentences": STYLE,
    "OxfordComma": STYLE,
    "NoOxfordComma": STYLE,
    "AvoidContractions": STYLE,
    "BoringWords": STYLE,
    "SpelledNumbers": STYLE,
}

# -- LanguageTool ---------------------------------------------------------------------------
# LanguageTool reports a category id and an issueType per match; rule ids decide first.
LT_CATEGORIES: dict[str, RuleClass] = {
    "TYPOS": TYPO,
    "CASING": CAPITALIZATION,
    "GRAMMAR": SYNTAX,
    "PUNCTUATION": PUNCTUATION,
    "TYPOGRAPHY": PUNCTUATION,
    "CONFUSED_WORDS": WORD_CHOICE,
    "COLLOCATIONS": WORD_CHOICE,
    "NONSTANDARD_PHRASES": WORD_CHOICE,
    "SEMANTICS": WORD_CHOICE,
    "MISC": WORD_CHOICE,
    "COMPOUNDING": WORD_BOUNDARY,
    # Opinions: strict only. Sent to the server as disabledCategories in the default preset.
    "STYLE": STYLE,
    "REDUNDANCY": STYLE,
    "PLAIN_ENGLISH": STYLE,
    "REPETITIONS_STYLE": STYLE,
    "CREATIVE_WRITING": STYLE,
    "TEXT_ANALYSIS": STYLE,
    "WIKIPEDIA": STYLE,
    "GENDER_NEUTRALITY": STYLE,
    "MISUSED_TERMS_EU_PUBLICATIONS": STYLE,
    "AMERICAN_ENGLISH_STYLE": STYLE,
    "BRITISH_ENGLISH": STYLE,
    "REGIONALISMS": STYLE,
    "COLLOQUIALISMS": STYLE,
    "FALSE_FRIENDS": STYLE,
}
LT_STYLE_CATEGORIES = tuple(k for k, v in LT_CATEGORIES.items() if v is STYLE)

LT_RULES: dict[str, RuleClass] = {
    "EN_A_VS_AN": ARTICLE,
    # Typographic preferences and rules that misfire on edited prose: strict only.
    "EN_QUOTES": strict(PUNCTUATION),  # straight vs curly quotes
    "DASH_RULE": strict(PUNCTUATION),
    "EN_UNPAIRED_QUOTES": strict(PUNCTUATION),  # multi-paragraph quotations
    "EN_UNPAIRED_BRACKETS": strict(PUNCTUATION),
    "MULTIPLICATION_SIGN": strict(PUNCTUATION),
    "PLUS_MINUS": strict(PUNCTUATION),
    "ELLIPSIS": strict(PUNCTUATION),
    "ARROWS": strict(PUNCTUATION),
    "EN_DIACRITICS_REPLACE": STYLE,  # "cafe" -> "café"
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE": STYLE,  # three sentences starting alike
    "TOO_LONG_SENTENCE": STYLE,
    "PASSIVE_VOICE": STYLE,
}
LT_DEFAULT_OFF_RULES = tuple(k for k, v in LT_RULES.items() if v.tier != "default")

SPELLER = re.compile(r"MORFOLOGIK_RULE|HUNSPELL|SPELLER|SPELLING_RULE", re.I)
STYLE_ISSUES = {"style", "locale-violation", "register", "typographical"}


# Misreadings of a Harper rule, told by the words around the match (see `harper_misfire`).
SILENT_H = re.compile(r"\s+(?:hon|hour|heir)", re.I)  # "an honour", "an hour", "an heir"
SUBJECT_PRONOUN = re.compile(r"\b(?:I|you|he|she|it|we|they)\s+$", re.I)
OBJECT_PRONOUN = re.compile(r"\b(?:me|us|him|her|them)\s+$", re.I)
PAST_AFTER = re.compile(r"\s+[a-z]{2,}ed\b")
# An abbreviation's full stop inside a sentence ("Canadian North Inc. is", "Grover Washington
# Jr. and", "the U.S. and"): Harper reads it as a sentence's end.
ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:Inc|Ltd|Jr|Sr|Corp|Co|Bros|Mr|Mrs|Ms|Dr|St|Prof|Gen|Col|Lt|Sgt|Capt|Rev|Mt|Ft|Ave|vs|etc|approx|"
    r"[Nn]o|Vol|[Ee]d|[Ee]ds|Dept|Univ|Assn|Intl)|(?<![\w.])(?:[A-Z]\.){1,3}[A-Z]?|\b[a-z]\.[a-z])\.?\s+$"
)
# "to" as a preposition before a participle used as an adjective ("due to elevated ocean
# temperatures", "lead to reduced birth rates"), not "to" + an inflected verb ("to improved").
PREPOSITION_TO_BEFORE = re.compile(
    r"\b(?:due|owing|lead|leads|led|leading|contribute|contributes|contributed|contributing|related|relative|"
    r"according|compared|comparable|exposed|exposure|prior|subject|subjected|attributed|attributable|linked|"
    r"thanks|addition|response|respond|responds|responded|responding|access|prone|vulnerable|susceptible|"
    r"sensitive|resistant|return|returned|returning|adapted|adapt|adjusted|devoted|committed|dedicated|"
    r"opposed|similar|equivalent|contrary|applied|key|way|path|route|shift|shifted|move|moved|moving|switch|"
    r"switched|turn|turned|changed|change|rise|rose|risen|give|gives|gave|given|pointed|points|point|"
    r"transition|transitions|transitioned|limited|restricted|confined|added|adds|add|from\s+\w+)\s+$",
    re.I,
)
# "damages": Harper's Damages rule holds the plural for court cases only, but "in damages",
# "climate damages", "potential damages" are edited English; a learner's "many damages" is not.
COUNT_BEFORE = re.compile(r"\b(?:many|several|few|numerous|lots\s+of|a\s+lot\s+of|a\s+number\s+of|much|some)\s+(?:\w+\s+)?$", re.I)


def harper_misfire(rule: str, text: str, start: int, end: int) -> bool:
    """Whether a Harper match is a known misreading of its context, dropped in every preset:

    - AnA on "an" before a silent h that Harper's American dictionary spells otherwise
      ("an honour": it knows "an honor");
    - ModalOf on "will of" not after a subject pronoun: the noun ("the settled will of the
      people"), not "will of" for "will have";
    - PronounVerbAgreement on a word followed by a past tense in -ed: an adverb between the
      pronoun and its verb ("She last deactivated it");
    - PronounInflectionBe after an object pronoun: a compound subject ("the difference
      between Goodfellow and us was"), not "he are".
    - SentenceCapitalization on a lower-case word after an abbreviation's full stop ("Canadian
      North Inc. is an airline", "Grover Washington Jr. and", "the U.S. and"): no new sentence;
    - InflectedVerbAfterTo after a word that takes "to" as a preposition ("due to elevated
      temperatures", "lead to reduced rates"): a participle used as an adjective, not "to
      improved";
    - Damages not after a word of number ("in damages", "climate damages"; but "many damages").
    """
    word = text[start:end].lower()
    if rule == "AnA":
        return word == "an" and bool(SILENT_H.match(text, end))
    if rule == "ModalOf":
        return word.startswith("will") and not SUBJECT_PRONOUN.search(text, max(0, start - 20), start)
    if rule == "PronounVerbAgreement":
        return bool(PAST_AFTER.match(text, end))
    if rule == "PronounInflectionBe":
        return bool(OBJECT_PRONOUN.search(text, max(0, start - 20), start))
    if rule == "SentenceCapitalization":
        return word[:1].islower() and bool(ABBREVIATION_BEFORE.search(text[max(0, start - 16):start]))
    if rule == "InflectedVerbAfterTo":
        return bool(PREPOSITION_TO_BEFORE.search(text[max(0, start - 30):start]))
    if rule == "Damages":
        return not COUNT_BEFORE.search(text[max(0, start - 30):start])
    return False


def classify_harper(match: EngineMatch) -> RuleClass:
    if match.rule in HARPER_RULES:
        return HARPER_RULES[match.rule]
    # A kind Harper adds later is off by default until someone has looked at it.
    return HARPER_KINDS.get(match.kind, strict(SYNTAX))


def classify_languagetool(match: EngineMatch) -> RuleClass:
    rule, issue = match.rule.upper(), (match.issue_type or "").lower()
    if rule in LT_RULES:
        return LT_RULES[rule]
    if SPELLER.search(rule) or (issue == "misspelling" and match.kind.upper() == "TYPOS"):
        return UNKNOWN_WORD
    if "WORD_REPEAT" in rule or issue == "duplication":
        return REPEATED
    if "AGREEMENT" in rule or rule.endswith("_AGR") or "_AGR_" in rule:
        return AGREEMENT
    if "A_VS_AN" in rule:
        return ARTICLE
    found = LT_CATEGORIES.get(match.kind.upper())
    if found is not None:
        return found
    if issue in STYLE_ISSUES:
        return STYLE
    return strict(SYNTAX)


# Hunspell (factlint.grammar.hunspell) reports spelling only: every match is an unknown word.
CLASSIFIERS = {"harper": classify_harper, "languagetool": classify_languagetool,
               "hunspell": lambda match: UNKNOWN_WORD}


def classify(engine: str, match: EngineMatch) -> RuleClass:
    return CLASSIFIERS[engine](match)


def is_enabled(cls: RuleClass, match: EngineMatch, options) -> bool:
    """Whether a match counts, given the preset and the user's enable/disable lists."""
    rule, kind = match.rule.lower(), match.kind.lower()
    if rule in _lower(options.disable_rules):
        return False
    if rule in _lower(options.enable_rules):
        return True
    if kind in _lower(options.disable_categories):
        return False
    if kind in _lower(options.enable_categories):
        return True
    return cls.tier == "default" or options.preset == "strict"


def _lower(items: list[str]) -> set[str]:
    return {i.lower() for i in items}
