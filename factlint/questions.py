"""Questions: what a question asks for, so that an answer can be held against it.

    asked = read_question("What is inflation and why does it matter?", "en")
    asked.parts            # [Part("What is inflation", "open"), Part("why does it matter", "cause")]
    asked.items            # "Name three foods rich in iron" -> 3; else None
    asked.compared         # "the difference between a Roth IRA and a traditional IRA" -> the two
    asked.asked            # what it asks for: "Which city ...?" -> Asked("thing", "city"), "Who ...?" -> a person
    fit(asked, "Delhi")    # is a short answer the kind of thing asked for? -1, 0 or +1
    declines(text)         # a refusal: which phrase, whether it gives a reason

A question's parts are its question sentences (a sentence ending in "?", or an imperative
such as "Explain ..." / "List ..."), each cut where "and", "or" or ";" is followed by its own
question word ("..., and why does it matter"). A part's kind is `polar` (yes or no),
`quantity` (a number or a date), `cause` (why) or `open`. The relevance check uses these:
a part the answer does not address makes it incomplete.

What a question asks for (`Asked`) comes from its first question word that asks, not one that
starts a relative clause ("the city where she was born ... by whom?" asks for a person): a
person, a place, a time, a quantity, or a thing named after "which"/"what" ("which comedy
sketch show"), or the kind of thing two or more things both are ("X and Y are both what?":
a common noun answers it). A short answer is held against it: `fit` by its words ("1928"
to "who" does not fit), the relevance check by its vector (how close "Bath" is to "town").

Everything that depends on the language (question words, refusal phrases, the words that
give a reason or point the reader elsewhere) is in one `QuestionLanguage` per language, below.
English is the only one written so far; a language without one gets no relevance check.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from factlint.verify.languages import lexicon


def _alternation(phrases: tuple[str, ...]) -> str:
    """A regex alternation of phrases: words separated by any white space, longest first."""
    out = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = phrase.rstrip("*").split()
        body = r"\s+".join(re.escape(w).replace("'", "['’]") for w in words)
        out.append(body + (r"[\w'’-]*" if phrase.endswith("*") else ""))
    return "|".join(out)


@dataclass(frozen=True)
class QuestionLanguage:
    language: str
    #: Words that start a question (or one clause of it).
    question_words: tuple[str, ...]
    #: Words that, first in a sentence, make it a yes-or-no question ("Is", "Can", "Do" ...).
    polar_starts: tuple[str, ...]
    #: Phrases that ask for a number, an amount or a date.
    quantity_asks: tuple[str, ...]
    #: Of those, the ones that ask for a number only at the start of a question ("When did ...",
    #: not "What should I do when ...").
    time_starts: tuple[str, ...]
    #: Phrases that ask for a cause or a reason.
    cause_asks: tuple[str, ...]
    #: Words an answer gives a cause with.
    cause_marks: tuple[str, ...]
    #: Verbs that make an imperative sentence a request ("Explain", "List").
    request_verbs: tuple[str, ...]
    #: Phrases that ask for a list ("name three", "what are the four").
    list_asks: tuple[str, ...]
    #: Number words up to the size of list a question asks for.
    number_words: dict[str, int]
    #: Words that ask to compare: "the difference between A and B", "compare A and B".
    compare_asks: tuple[str, ...]
    #: Joins between the things compared, and between the items of a list.
    and_words: tuple[str, ...]
    #: Answers to a yes-or-no question.
    yes_no: tuple[str, ...]
    #: Phrases that decline to answer.
    refusals: tuple[str, ...]
    #: Words that give a reason for declining.
    reason_marks: tuple[str, ...]
    #: Phrases that send the reader to someone or something that can help (beyond the
    #: specialists of the policy lexicons, which the check reads from rules/<lang>/lexicons).
    referrals: tuple[str, ...]
    #: Amounts without a figure: "a few", "several".
    vague_amounts: tuple[str, ...] = field(default_factory=tuple)
    #: Words that say when: months, seasons ("When ...?" is answered).
    time_words: tuple[str, ...] = field(default_factory=tuple)
    #: Words that say how often ("How often ...?" is answered).
    frequency_words: tuple[str, ...] = field(default_factory=tuple)
    #: Phrases that ask how often.
    often_asks: tuple[str, ...] = field(default_factory=tuple)
    #: The word that starts "how many", "how long": never a relative pronoun.
    how: str = ""
    #: What a question asks for, read from its question word (`Asked`): words that ask for a
    #: person ("who"), a place ("where"), a time ("when"), and those that name the kind of
    #: thing asked for after them ("which film", "what city").
    person_asks: tuple[str, ...] = field(default_factory=tuple)
    place_asks: tuple[str, ...] = field(default_factory=tuple)
    time_asks: tuple[str, ...] = field(default_factory=tuple)
    thing_asks: tuple[str, ...] = field(default_factory=tuple)
    #: Words after which a question word asks (a preposition, a conjunction: "born in what
    #: year", "described by whom"); after a noun it starts a relative clause ("the city where").
    asking_after: tuple[str, ...] = field(default_factory=tuple)
    #: Between "which"/"what" and the kind of thing: "what is the name of the ...", "which of his".
    focus_skips: tuple[str, ...] = field(default_factory=tuple)
    #: Words the stop-word list holds that may name the kind of thing ("which popular show",
    #: "which former President").
    focus_words: tuple[str, ...] = field(default_factory=tuple)
    #: Words by which a question offers options to choose from ("A or B?", "which one").
    option_marks: tuple[str, ...] = field(default_factory=tuple)
    #: Kinds of thing that are times or amounts ("what year", "what population").
    time_nouns: tuple[str, ...] = field(default_factory=tuple)
    quantity_nouns: tuple[str, ...] = field(default_factory=tuple)
    #: How the kind of thing a person or a place is reads, to hold a short answer's vector against.
    person_focus: str = ""
    place_focus: str = ""
    #: What kind of name a short answer is (`named_kind`) and what kind of thing a question's
    #: focus is (`focus_kind`): nouns of people ("actor", "former tennis player"), of places
    #: ("city"; last in a name: "Suncook River"), of organisations ("company"; any word of a
    #: name: "Dennis Publishing"), of works ("album", "film"), of venues ("Nokia Theatre"), and
    #: nationalities ("American"); the given names and the place names are word lists of
    #: rules/<lang>/lexicons (`names_lexicons`: kind -> file name).
    person_nouns: tuple[str, ...] = field(default_factory=tuple)
    place_nouns: tuple[str, ...] = field(default_factory=tuple)
    org_nouns: tuple[str, ...] = field(default_factory=tuple)
    #: Words that make a name an organisation's wherever they stand in it ("Dennis Publishing",
    #: "University of Leeds"): only those that are seldom a title's words ("band", "network",
    #: "club" are: "Band of Brothers", "The Social Network").
    org_marks: tuple[str, ...] = field(default_factory=tuple)
    work_nouns: tuple[str, ...] = field(default_factory=tuple)
    venue_nouns: tuple[str, ...] = field(default_factory=tuple)
    nationalities: tuple[str, ...] = field(default_factory=tuple)
    names_lexicons: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    #: Phrases that ask for a count of things ("a population of what?", "how many people"), and
    #: units of measure: a figure in one ("19 mi", "40%") is no count. "How many miles" asks
    #: for a measure: a count phrase followed by a unit is not a count.
    count_asks: tuple[str, ...] = field(default_factory=tuple)
    #: ... unless it asks for a share of them ("what percentage of the population").
    share_asks: tuple[str, ...] = field(default_factory=tuple)
    measure_units: tuple[str, ...] = field(default_factory=tuple)
    #: Phrases that ask what kind of thing two or more things are ("X and Y are both what?"):
    #: a common noun answers ("band", "former tennis player"), a proper name does not.
    class_asks: tuple[str, ...] = field(default_factory=tuple)
    #: Words that make a capitalised phrase a title, not a name of a person, place or
    #: organisation ("I Will Always Love You", "Don't Stop Me Now"): pronouns and auxiliary
    #: verbs. `title_first` holds those that count only first ("I", after a name a numeral:
    #: "Elizabeth I"); `title_not_first` those that count anywhere but first ("Will Smith").
    title_words: tuple[str, ...] = field(default_factory=tuple)
    title_first: tuple[str, ...] = field(default_factory=tuple)
    title_not_first: tuple[str, ...] = field(default_factory=tuple)
    #: Words by which a question asks about the asker ("Where should I sue my landlord?").
    first_person: tuple[str, ...] = field(default_factory=tuple)

    @functools.cached_property
    def words(self):
        return lexicon(self.language)

    def _re(self, phrases: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
        return re.compile(r"(?<![\w'’-])(?:" + _alternation(phrases) + r")(?![\w'’-])", flags)

    @functools.cached_property
    def names(self) -> dict[str, frozenset[str]]:
        """The name lists of `names_lexicons`, lower case: {"person": given names, "place": places}."""
        out: dict[str, frozenset[str]] = {}
        if not self.names_lexicons:
            return out
        from factlint.packs.lexicon import read_lexicon
        from factlint.packs.loader import builtin_root

        folder = builtin_root() / self.language / "lexicons"
        for kind, name in self.names_lexicons:
            path = folder / f"{name}.txt"
            out[kind] = frozenset(e.lower() for e in read_lexicon(path)) if path.is_file() else frozenset()
        return out

    @functools.cached_property
    def count_re(self):
        units = _alternation(self.measure_units) if self.measure_units else "(?!)"
        return re.compile(r"(?<![\w'’-])(?:" + _alternation(self.count_asks) + r")(?![\w'’-])(?!\s+(?:" + units
                          + r")(?![\w'’-]))", re.IGNORECASE) if self.count_asks else re.compile("(?!)")

    @functools.cached_property
    def class_re(self):
        return self._re(self.class_asks) if self.class_asks else re.compile("(?!)")

    @functools.cached_property
    def share_re(self):
        return self._re(self.share_asks) if self.share_asks else re.compile("(?!)")

    @functools.cached_property
    def measure_re(self):
        """A figure with a unit of measure: "19 mi", "3.5 km", "40%", "$5"."""
        units = _alternation(self.measure_units) if self.measure_units else "(?!)"
        return re.compile(r"[$£€]\s?\d|\d\s?%|\d[\d,.]*\s?(?:" + units + r")(?![\w'’-])", re.IGNORECASE)

    @functools.cached_property
    def question_word_re(self):
        return self._re(self.question_words)

    @functools.cached_property
    def polar_re(self):
        return re.compile(r"^\s*(?:" + _alternation(self.polar_starts) + r")(?![\w'’-])", re.IGNORECASE)

    @functools.cached_property
    def request_re(self):
        return re.compile(r"^\s*(?:please\s+)?(?:" + _alternation(self.request_verbs) + r")(?![\w'’-])", re.IGNORECASE)

    @functools.cached_property
    def split_re(self):
        # ", and why ...", " and how ...", "; what ...", " or where ..." start a new part.
        return re.compile(
            r"\s*(?:,?\s+(?:and|or|also|then)\s+|;\s*|,\s+(?=(?:" + _alternation(self.question_words) + r")\b))"
            r"(?=(?:also\s+)?(?:" + _alternation(self.question_words + self.request_verbs) + r")(?![\w'’-]))",
            re.IGNORECASE,
        )

    @functools.cached_property
    def quantity_re(self):
        return self._re(self.quantity_asks)

    @functools.cached_property
    def cause_re(self):
        return self._re(self.cause_asks)

    @functools.cached_property
    def cause_mark_re(self):
        return self._re(self.cause_marks)

    @functools.cached_property
    def list_re(self):
        numbers = "|".join(sorted(self.number_words, key=len, reverse=True))
        return re.compile(
            r"(?<![\w'’-])(?:" + _alternation(self.list_asks) + r")\s+(?:the\s+|some\s+|at\s+least\s+)?"
            r"(?P<n>\d{1,2}|" + numbers + r")(?![\w'’-])",
            re.IGNORECASE,
        )

    @functools.cached_property
    def compare_re(self):
        joins = _alternation(self.and_words)
        return re.compile(
            r"(?:" + _alternation(self.compare_asks) + r")\s+(?P<a>[^?.,;]{2,60}?)\s+(?:" + joins + r")\s+"
            r"(?P<b>[^?.,;]{2,60}?)\s*(?:[?.,;]|$|\s+(?:in|for|when|if)\s)",
            re.IGNORECASE,
        )

    @functools.cached_property
    def yes_no_re(self):
        return re.compile(r"^\s*(?:" + _alternation(self.yes_no) + r")(?![\w'’-])", re.IGNORECASE)

    @functools.cached_property
    def refusal_re(self):
        return self._re(self.refusals)

    @functools.cached_property
    def reason_re(self):
        return self._re(self.reason_marks)

    @functools.cached_property
    def referral_re(self):
        return self._re(self.referrals)

    @functools.cached_property
    def figure_re(self):
        """A number: digits or a number word."""
        numbers = tuple(self.number_words) + ("one", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
                                              "hundred", "thousand", "million", "billion", "dozen", "half")
        return re.compile(r"\d|(?<![\w'’-])(?:" + _alternation(numbers) + r")(?![\w'’-])", re.IGNORECASE)

    @functools.cached_property
    def vague_re(self):
        return self._re(self.vague_amounts)

    @functools.cached_property
    def time_re(self):
        return self._re(self.time_words)

    @functools.cached_property
    def frequency_re(self):
        return self._re(self.frequency_words)

    @functools.cached_property
    def often_re(self):
        return self._re(self.often_asks)

    @functools.cached_property
    def when_re(self):
        return re.compile(r"^\s*(?:" + _alternation(self.time_starts) + r")(?![\w'’-])", re.IGNORECASE)

    @functools.cached_property
    def option_re(self):
        return self._re(self.option_marks)

    @functools.cached_property
    def year_re(self):
        """A year or a date: "1928", "25 June 1961", "May 30, 1943", "the 1990s", "spring"."""
        return re.compile(r"(?<![\d.,])\d{3,4}s?(?![\d.,]*\d)|" + self.time_re.pattern, re.IGNORECASE)

    @functools.cached_property
    def amount_re(self):
        """Any figure or amount: a number, a vague amount, a time or a frequency."""
        words = self.vague_amounts + self.time_words + self.frequency_words
        return re.compile(self.figure_re.pattern + r"|(?<![\w'’-])(?:" + _alternation(words) + r")(?![\w'’-])",
                          re.IGNORECASE)


ENGLISH = QuestionLanguage(
    language="en",
    question_words=("what", "why", "how", "when", "where", "who", "whom", "whose", "which", "is", "are", "was",
                    "were", "do", "does", "did", "can", "could", "should", "would", "will", "has", "have"),
    polar_starts=("is", "are", "was", "were", "am", "do", "does", "did", "can", "could", "should", "would", "will",
                  "has", "have", "had", "may", "might", "must", "shall", "is it", "isn't", "aren't", "doesn't",
                  "don't", "didn't", "can't", "won't", "wasn't", "weren't"),
    quantity_asks=("how many", "how much", "how far", "how long", "how old", "how tall", "how big", "how large",
                   "how high", "how often", "how heavy", "how fast", "how deep", "how wide", "what year",
                   "which year", "in what year", "what percentage", "what percent", "what proportion",
                   "what population", "what is the population", "population", "what date", "what age",
                   "at what age", "what time", "when", "how soon", "what temperature", "what dose",
                   "what amount", "what number", "how much time"),
    time_starts=("when",),
    cause_asks=("why", "what causes", "what caused", "what is the reason", "what's the reason", "for what reason",
                "how come", "what makes", "what led to", "what leads to"),
    cause_marks=("because", "since", "due to", "caused by", "cause", "causes", "owing to", "as a result",
                 "leads to", "lead to", "led to", "results in", "result in", "so that", "the reason",
                 "this is why", "that is why", "which is why", "thanks to", "triggered by", "triggers",
                 "comes from", "come from", "in order to", "makes", "make", "allows", "helps", "therefore",
                 "so", "when", "if"),
    request_verbs=("explain", "describe", "list", "name", "give", "tell me", "compare", "summarize", "summarise",
                   "define", "outline", "suggest", "recommend", "show", "write", "provide", "state", "identify",
                   "mention", "contrast"),
    list_asks=("name", "list", "give", "give me", "what are", "which are", "suggest", "recommend", "mention",
               "tell me", "provide", "identify", "state"),
    number_words={"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10, "a couple of": 2, "a pair of": 2},
    compare_asks=("difference between", "differences between", "compare", "comparison between", "contrast",
                  "distinguish between", "different from", "differ from"),
    and_words=("and", "with", "to", "from", "vs", "vs.", "versus"),
    yes_no=("yes", "no", "yeah", "nope", "not", "neither", "both", "correct", "incorrect", "true", "false",
            "they are", "they were", "it is", "it was", "they do", "they did", "it does", "it did"),
    refusals=("i can't help", "i cannot help", "i can not help", "i'm unable to", "i am unable to",
              "i'm not able to", "i am not able to", "i can't answer", "i cannot answer", "i can't provide",
              "i cannot provide", "i can't give", "i cannot give", "i can't assist", "i cannot assist",
              "i won't", "i will not", "i can't tell you", "i cannot tell you", "i can't comment",
              "i cannot comment", "i can't say", "i cannot say", "i can't discuss", "i cannot discuss",
              "i can't offer", "i cannot offer", "i can't advise", "i cannot advise", "i can't recommend",
              "i cannot recommend", "i'm not allowed", "i am not allowed", "i don't know", "i do not know",
              "i have no idea", "i'd rather not", "i would rather not", "i prefer not to", "no comment",
              "unable to answer", "unable to help", "not able to answer", "can't help with",
              "cannot help with", "i'm afraid i can't", "i'm afraid i cannot", "i must decline",
              "i have to decline", "i decline", "i'm not going to", "i am not going to", "i can't do that",
              "i cannot do that", "i'm not in a position to", "i am not in a position to",
              "i'm sorry, but i can't", "i'm sorry, i can't", "sorry, i can't", "sorry, i cannot"),
    reason_marks=("because", "since", "as i", "as it", "as this", "due to", "without knowing", "without more",
                  "without seeing", "without examining", "without access", "i don't have access",
                  "i do not have access", "i don't have information", "i do not have information",
                  "it depends", "depends on", "it would be unsafe", "it would be dangerous", "it could be",
                  "it is not safe", "it isn't safe", "this could", "this is a", "could be harmful",
                  "could be dangerous", "could harm", "is illegal", "would be illegal", "is a crime",
                  "your situation", "your circumstances", "your medical history", "individual"),
    referrals=("consult", "ask a", "ask an", "ask your", "talk to", "speak to", "speak with", "talk with",
               "see a", "see an", "see your", "check with", "contact", "reach out to", "call", "visit a",
               "professional", "expert", "specialist", "helpline", "hotline", "official", "authorities",
               "customer service", "support team", "counsellor", "counselor", "therapist"),
    vague_amounts=("a few", "several", "a handful", "dozens", "hundreds", "thousands", "millions", "billions"),
    time_words=("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "spring", "summer", "autumn", "fall", "winter", "century",
                "centuries", "decade", "ago", "today", "yesterday", "morning", "evening", "night", "before",
                "after", "during", "until", "since", "ancient", "medieval", "modern"),
    frequency_words=("daily", "weekly", "monthly", "yearly", "annually", "hourly", "every", "once", "twice",
                     "always", "never", "often", "rarely", "sometimes", "usually", "regularly", "per"),
    often_asks=("how often", "how frequently", "how many times"),
    how="how",
    person_asks=("who", "whom", "whose"),
    place_asks=("where",),
    time_asks=("when",),
    thing_asks=("which", "what"),
    asking_after=("in", "on", "at", "of", "by", "for", "from", "to", "with", "about", "after", "before", "since",
                  "during", "into", "as", "than", "under", "over", "through", "and", "or", "but", "then"),
    focus_skips=("is", "was", "are", "were", "the", "a", "an", "name of", "names of", "type of", "kind of",
                 "sort of", "form of", "of", "his", "her", "its", "their", "these", "those", "other"),
    focus_words=("show", "name", "part", "amount", "former", "first", "third", "last", "next", "top", "side",
                 "front", "back", "bottom", "whole", "full", "serious", "latter"),
    option_marks=("or", "either", "between", "which one", "which of", "who of"),
    time_nouns=("year", "years", "date", "birthdate", "birthday", "day", "month", "decade", "century", "era",
                "season"),
    quantity_nouns=("number", "population", "amount", "length", "height", "size", "age", "percentage", "distance",
                    "weight", "cost", "price", "value", "capacity", "total", "score", "rate"),
    person_focus="a person",
    place_focus="a place",
    person_nouns=("person", "man", "woman", "people", "actor", "actress", "author", "writer", "novelist", "poet",
                  "playwright", "screenwriter", "journalist", "director", "filmmaker", "producer", "singer",
                  "songwriter", "singer-songwriter", "musician", "rapper", "guitarist", "drummer", "bassist",
                  "pianist", "composer", "vocalist", "frontman", "artist", "painter", "sculptor", "photographer",
                  "architect", "designer", "player", "footballer", "athlete", "boxer", "wrestler", "coach",
                  "manager", "driver", "racer", "cyclist", "golfer", "swimmer", "host", "presenter", "comedian",
                  "politician", "president", "senator", "governor", "mayor", "minister", "king", "queen",
                  "prince", "princess", "emperor", "ruler", "leader", "general", "officer", "soldier", "scientist",
                  "physicist", "chemist", "mathematician", "economist", "philosopher", "historian", "inventor",
                  "engineer", "businessman", "businesswoman", "entrepreneur", "founder", "owner", "ceo", "judge",
                  "lawyer", "doctor", "physician", "psychiatrist", "psychologist", "professor", "teacher",
                  "student", "model", "dancer", "character", "resident", "native", "member", "wife", "husband",
                  "son", "daughter", "brother", "sister", "father", "mother", "aviator", "astronaut", "explorer",
                  "saint", "pope", "bishop", "priest", "chef", "broadcaster", "anchor", "commentator",
                  "personality", "star", "editor", "critic", "illustrator", "cartoonist", "animator"),
    place_nouns=("city", "town", "village", "country", "nation", "state", "county", "province", "region",
                 "district", "borough", "municipality", "township", "suburb", "neighborhood", "neighbourhood",
                 "capital", "valley", "river", "lake", "island", "islands", "mountain", "mountains", "peninsula",
                 "bay", "sea", "ocean", "desert", "continent", "location", "place", "area", "territory", "parish",
                 "hamlet", "commune", "prefecture", "canton", "archipelago", "creek", "forest", "coast"),
    org_nouns=("company", "companies", "corporation", "corp", "inc", "ltd", "llc", "plc", "publishing",
               "publisher", "publishers", "publications", "records", "label", "association", "society",
               "institute", "university", "college", "academy", "foundation", "federation", "union", "league",
               "party", "council", "committee", "agency", "bank", "airline", "airlines", "airways", "studio",
               "studios", "pictures", "entertainment", "network", "organization", "organisation", "firm",
               "retailer", "brand", "band", "group", "team", "club", "manufacturer", "conglomerate", "newspaper",
               "broadcaster"),
    org_marks=("company", "corporation", "corp", "inc", "ltd", "llc", "plc", "publishing", "publishers",
               "publications", "records", "association", "society", "institute", "university", "college",
               "academy", "foundation", "federation", "council", "committee", "agency", "bank", "airlines",
               "airways", "studios", "pictures", "entertainment", "organization", "organisation"),
    work_nouns=("film", "movie", "album", "song", "single", "show", "series", "sitcom", "book", "novel",
                "magazine", "play", "musical", "opera", "game", "episode", "poem", "story", "comic",
                "documentary", "franchise", "soundtrack", "ep", "programme", "program", "anthology", "novella",
                "painting", "miniseries", "drama", "comedy", "thriller", "cartoon", "title", "track"),
    venue_nouns=("theatre", "theater", "stadium", "arena", "hall", "center", "centre", "museum", "hotel",
                 "casino", "church", "cathedral", "temple", "palace", "castle", "tower", "bridge", "airport",
                 "station", "mall", "hospital", "building", "park", "square", "garden", "gardens", "field"),
    nationalities=("american", "british", "english", "scottish", "welsh", "irish", "canadian", "australian",
                   "french", "german", "italian", "spanish", "portuguese", "dutch", "belgian", "swiss",
                   "austrian", "swedish", "norwegian", "danish", "finnish", "icelandic", "polish", "czech",
                   "hungarian", "russian", "ukrainian", "greek", "turkish", "israeli", "egyptian", "indian",
                   "pakistani", "chinese", "japanese", "korean", "vietnamese", "thai", "filipino", "indonesian",
                   "mexican", "brazilian", "argentine", "argentinian", "chilean", "colombian", "peruvian",
                   "cuban", "nigerian", "kenyan", "south african", "new zealander", "iranian", "iraqi", "saudi",
                   "romanian", "bulgarian", "serbian", "croatian", "slovenian", "slovak", "estonian", "latvian",
                   "lithuanian", "nationality"),
    names_lexicons=(("person", "given-names"), ("place", "places")),
    count_asks=("how many", "population", "number of"),
    share_asks=("percent", "percentage", "per cent", "proportion", "share", "fraction", "rate", "ratio", "density"),
    measure_units=("mi", "mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers", "m",
                   "metre", "metres", "meter", "meters", "ft", "feet", "foot", "inch", "inches", "yd",
                   "yards", "kg", "g", "lb", "lbs", "pounds", "tons", "tonnes", "mph", "km/h", "sq mi", "acres",
                   "hectares", "percent", "per cent", "dollars", "euros"),
    class_asks=("both what", "both which", "all what"),
    title_words=("you", "me", "my", "your", "we", "our", "she", "he", "him", "they", "them", "it's", "i'm",
                 "i'll", "you're", "is", "are", "was", "were", "can", "can't", "don't", "won't", "do", "does",
                 "doesn't", "didn't", "ain't", "isn't", "be", "been"),
    title_first=("i",),
    title_not_first=("will",),
    first_person=("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"),
)

LANGUAGES: dict[str, QuestionLanguage] = {"en": ENGLISH}


def language(code: str) -> QuestionLanguage | None:
    return LANGUAGES.get(code.split("-")[0])


# -- questions ---------------------------------------------------------------------------------

POLAR, QUANTITY, CAUSE, OPEN = "polar", "quantity", "cause", "open"
#: What a question word asks for besides those: a time, a person, a place, a named thing, or
#: the kind of thing two or more things are ("X and Y are both what?").
TIME, PERSON, PLACE, THING, CLASS = "time", "person", "place", "thing", "class"
#: A sentence: up to its end mark, not at an initial ("Mark L. Lester"), inside "D.C." or "U.S.", or
#: after an abbreviation before a number ("No. 1", "Vol. 2").
SENTENCE = re.compile(r"(?:\b[A-Z][a-z]{0,2}\.(?=\s+\d)|[^.?!]"
                      r"|(?<![^\W\d_][^\W\d_])(?<=[^\W\d_])\.(?=\s*[^\W\d_]\.|\s+[^\W\d_])|\.(?=\w))+(?:[.?!]+|$)")
WORD = re.compile(r"[^\W_][\w'’-]*")


@dataclass(frozen=True)
class Part:
    text: str
    kind: str


@dataclass(frozen=True)
class Asked:
    """What a question asks for, to hold a short answer against: a kind (one of POLAR,
    QUANTITY, TIME, PERSON, PLACE, THING, CLASS, CAUSE, OPEN), the kind of thing in words for a
    person, a place or a thing ("a person", "comedy sketch show"), and whether it offers
    options to choose from ("A or B?")."""

    kind: str
    focus: str | None = None
    options: bool = False


@dataclass(frozen=True)
class Question:
    text: str
    parts: tuple[Part, ...]
    items: int | None = None
    compared: tuple[str, ...] = ()
    asked: Asked = Asked(OPEN)

    @property
    def kind(self) -> str:
        """The kind of a one-part question (that of its first part otherwise)."""
        return self.parts[0].kind if self.parts else OPEN


def _kind(part: str, lang: QuestionLanguage) -> str:
    if lang.cause_re.search(part[:40]):
        return CAUSE
    if any(m.group().lower() not in lang.time_starts or m.start() == 0 for m in lang.quantity_re.finditer(part)):
        return QUANTITY
    if lang.polar_re.match(part):
        return POLAR
    return OPEN


def _focus(tokens: list, k: int, lang: QuestionLanguage) -> str | None:
    """The kind of thing named after the question word tokens[k] ("which comedy sketch show",
    "what is the name of the Los Angeles resident", "which of his movies"), or None."""
    stops = (lang.words.stop_words if lang.words is not None else frozenset()) - set(lang.focus_words)
    words = [t.group() for t in tokens[k + 1 : k + 12]]
    i = 0
    while i < len(words):
        two = " ".join(words[i : i + 2]).lower()
        if two in lang.focus_skips:
            i += 2
        elif words[i].lower() in lang.focus_skips:
            if i == 0 and lang.polar_re.fullmatch(words[i]) and (
                    i + 1 >= len(words) or words[i + 1].lower() not in lang.focus_skips):
                return None  # "what is Presque Isle": the thing asked about, not the kind asked for
            i += 1
        else:
            break
    focus: list[str] = []
    for word in words[i : i + 4]:
        if word.lower() in stops:
            break
        possessive = word.endswith(("'s", "’s"))
        focus.append(word[:-2] if possessive else word)
        if possessive:
            break
    return " ".join(focus) or None


def read_asked(text: str, parts: tuple[Part, ...], code: str = "en") -> Asked:
    """What `text` asks for, from its first question word that asks (at the start of a
    sentence, after a preposition or conjunction, or last: "described in 1809 by whom?"; not
    one after a noun, "the city where she was born"), else from the kind of its first part."""
    lang = language(code)
    kind = parts[0].kind if parts else OPEN
    if lang is None:
        return Asked(kind)
    options = bool(lang.option_re.search(text))
    if lang.class_re.search(text):
        return Asked(CLASS, options=options)  # "Mindless Self Indulgence and Tappi Tíkarrass are both what?"
    for m in lang.quantity_re.finditer(text):
        if lang.how and m.group().lower().startswith(lang.how):  # "... which spent how many weeks at No. 1?"
            return Asked(QUANTITY, options=options)
    tokens = list(WORD.finditer(text))
    for k, m in enumerate(tokens):
        word = m.group().lower()
        asking = (k == 0 or bool(re.search(r"[.?!;:]\W*$", text[: m.start()]))
                  or tokens[k - 1].group().lower() in lang.asking_after or bool(re.match(r"\s*\?", text[m.end():])))
        if word in lang.thing_asks:
            focus = _focus(tokens, k, lang)
            if focus is None:
                continue
            named = {w.lower() for w in focus.split()[:: max(1, len(focus.split()) - 1)]}  # first and last
            if named & set(lang.time_nouns):
                return Asked(TIME, options=options)
            if named & set(lang.quantity_nouns):
                return Asked(QUANTITY, options=options)
            return Asked(THING, focus, options)
        if not asking or word not in lang.question_words:
            continue
        if word in lang.person_asks:
            return Asked(PERSON, lang.person_focus or None, options)
        if word in lang.place_asks:
            return Asked(PLACE, lang.place_focus or None, options)
        if word in lang.time_asks:
            return Asked(TIME, options=options)
        if lang.quantity_re.match(text, m.start()):
            return Asked(QUANTITY, options=options)
        if lang.cause_re.match(text, m.start()):
            return Asked(CAUSE, options=options)
    return Asked(kind, options=options)


def _asks(sentence: str, lang: QuestionLanguage) -> bool:
    s = sentence.strip()
    return s.endswith("?") or bool(lang.request_re.match(s)) or bool(lang.question_word_re.match(s))


def read_question(text: str, code: str = "en") -> Question | None:
    """What `text` asks, or None for a language without a QuestionLanguage."""
    lang = language(code)
    if lang is None:
        return None
    sentences = [m.group().strip() for m in SENTENCE.finditer(text) if m.group().strip()]
    asking = [s for s in sentences if _asks(s, lang)] or sentences[-1:]
    parts: list[Part] = []
    for sentence in asking:
        pieces = [p.strip(" ,;?.!") for p in lang.split_re.split(sentence)]
        context = ""
        for k, piece in enumerate(pieces):
            asks = lang.question_word_re.match(piece) or lang.request_re.match(piece)
            if k + 1 < len(pieces) and piece and not asks:
                context = f"{context}{piece}, "  # "Yukio Mishima and Roberto Bolaño, are Chilean?": one part
                continue
            if len(WORD.findall(piece)) >= 2 or (piece and lang.question_word_re.fullmatch(piece) and parts):
                parts.append(Part(context + piece, _kind(piece, lang)))  # "Who wrote it and when?": two parts
                context = ""
            elif parts:  # a fragment belongs to the part before it
                last = parts.pop()
                parts.append(Part(f"{last.text} {piece}".strip(), last.kind))
    if not parts and sentences:
        parts.append(Part(sentences[-1].strip(" ?.!"), _kind(sentences[-1], lang)))
    items = None
    m = lang.list_re.search(text)
    if m:
        n = m.group("n").lower()
        items = int(n) if n.isdigit() else lang.number_words.get(re.sub(r"\s+", " ", n))
        if items is not None and not 2 <= items <= 10:
            items = None
    compared: tuple[str, ...] = ()
    m = lang.compare_re.search(text)
    if m:
        compared = (m.group("a").strip(), m.group("b").strip())
    return Question(text=text, parts=tuple(parts), items=items, compared=compared,
                    asked=read_asked(" ".join(asking), tuple(parts), code))


# -- answers -----------------------------------------------------------------------------------


def content_stems(text: str, code: str = "en") -> set[str]:
    """The stems of `text`'s words that are not stop words."""
    words = lexicon(code.split("-")[0])
    if words is None:
        return {w.lower() for w in WORD.findall(text)}
    return {words.stem(w.lower()) for w in WORD.findall(text) if w.lower() not in words.stop_words}


def fit(question: Question, answer: str, code: str = "en") -> int:
    """Whether a short answer is the kind of thing the question asks for (`Question.asked`):
    +1 (a yes or no to a yes-or-no question, a number to a question of how many, a year or a
    date to one of when, one of the options the question names), -1 (a yes or no to any other
    question, no number where one is asked, no time where one is asked, a bare number or date
    nobody asked for), 0 when it cannot tell (a name for "who", "where" or "which film": the check holds it
    against the kind of thing asked for, `Asked.focus`)."""
    lang = language(code)
    if lang is None or not question.parts:
        return 0
    kind = question.asked.kind
    says_yes_no = bool(lang.yes_no_re.match(answer))
    has_amount = bool(lang.amount_re.search(answer))
    answer_stems = content_stems(answer, code)
    said = len(answer_stems & content_stems(question.text, code))
    echoes = bool(answer_stems) and said / len(answer_stems) >= 0.5
    if kind == POLAR:
        if says_yes_no or echoes:
            return 1
        return -1
    if says_yes_no and len(WORD.findall(answer)) <= 2:
        return -1
    if kind == QUANTITY:
        if (has_amount and lang.count_re.search(question.text) and not lang.share_re.search(question.text)
                and lang.measure_re.search(answer)):
            return -1  # "19 mi" for "a population of what?": a measure where a count is asked
        return 1 if has_amount else -1
    if kind == TIME:
        return 1 if lang.year_re.search(answer) else -1
    if not WORD.search(lang.amount_re.sub(" ", answer)):
        return -1  # a bare number or date ("1928", "$268 million", "25 June 1961") nobody asked for
    if question.asked.options and echoes:
        return 1
    if kind == CLASS:
        return _class_fit(answer, lang)
    return _name_fit(question, answer, lang)


def _class_fit(answer: str, lang: QuestionLanguage) -> int:
    """What kind of thing two things both are ("... are both what?") is said by a common noun,
    maybe with a nationality ("band", "former tennis player", "American actors"): +1; a proper
    name of a person, place, organisation or work says what one thing is: -1; else 0."""
    capitalised = [w for w in WORD.findall(answer) if w[0].isupper()]
    if not capitalised or all(w.lower() in lang.nationalities for w in capitalised):
        return 1
    return -1 if named_kind(answer, lang.language) in (PERSON, PLACE, ORG, WORK, VENUE) else 0


#: Kinds of name a short answer can be (`named_kind`) besides a person and a place.
ORG, WORK, VENUE, NATIONALITY = "organisation", "work", "venue", "nationality"
#: Which kinds of name answer which kind of thing asked for: +1 fits, -1 does not (a person for
#: "which album", a country for "which band", a company for "which author"); a kind left out
#: cannot be told (an organisation can answer "who", a venue "where"; "Mansfield Park" and
#: "Annie Hall" are titles). A person's name for a
#: person is 0, not +1: the given names are a list, and a name it lacks ("Zooey Deschanel")
#: would lose to one it has (on HaluEval's even records, +1 there ranked the right answer
#: first for 0.956 of the questions, 0 for 0.964). An organisation for an organisation, and a
#: place for "which county", are 0 too: the words cannot tell a college from a band, a
#: country from a county ("Boston College" for "which band", "Great Britain" for "what
#: county"); a place is +1 only for "where".
NAME_FIT: dict[str, dict[str, int]] = {
    PERSON: {PLACE: -1, NATIONALITY: -1, VENUE: -1, WORK: -1},
    PLACE: {PLACE: 1, PERSON: -1, ORG: -1, NATIONALITY: -1, WORK: -1},
    ORG: {PERSON: -1, PLACE: -1, NATIONALITY: -1},
    WORK: {WORK: 1, PERSON: -1, PLACE: -1, NATIONALITY: -1, ORG: -1},
    NATIONALITY: {NATIONALITY: 1, PERSON: -1, ORG: -1, WORK: -1},
    VENUE: {VENUE: 1, PERSON: -1, NATIONALITY: -1, WORK: -1},
}


def focus_kind(focus: str | None, code: str = "en") -> str | None:
    """The kind of thing a question's focus is: PERSON ("male actor"), PLACE ("city"), ORG
    ("company", "band"), WORK ("comedy-horror film"), VENUE ("stadium"), NATIONALITY, or None.
    Its first word that names one, unless a later one does so by itself ("film director" is a
    person; "stadium hosts" a stadium: a plural is not read past a kind); an adverb ends it
    ("band originally")."""
    lang = language(code)
    if lang is None or not focus:
        return None
    kinds = ((NATIONALITY, ("nationality",)), (PERSON, lang.person_nouns), (PLACE, lang.place_nouns),
             (ORG, lang.org_nouns), (WORK, lang.work_nouns), (VENUE, lang.venue_nouns))
    found = None
    for word in focus.lower().split():
        word = word.strip("\"'“”‘’").rsplit("-", 1)[-1]  # "comedy-horror" reads "horror"
        if word.endswith("ly"):
            break
        exact = next((k for k, nouns in kinds if word in nouns), None)
        if exact is not None:
            found = exact
        elif found is None and word.endswith("s"):
            found = next((k for k, nouns in kinds if word[:-1] in nouns), None)
    return found


def named_kind(answer: str, code: str = "en") -> str | None:
    """What kind of name a short answer is, from its words alone, or None when they do not
    tell: NATIONALITY ("American"), PLACE (a country or state, "Las Vegas, Nevada", "Suncook
    River"), ORG (a name with "Publishing", "Association", "Records" in it), PERSON (a given
    name and a surname, "Tammy Wynette"; "former tennis player"), VENUE ("Nokia Theatre"), WORK
    (a quoted title, '"Music Icons"')."""
    lang = language(code)
    if lang is None:
        return None
    text = answer.strip().rstrip(".!").strip()
    if len(text) > 2 and text[0] in "\"“'‘" and text[-1] in "\"”'’" and text[0] != text[-1] or (
            len(text) > 2 and text[0] == text[-1] and text[0] in "\"'"):
        return WORK
    words = WORD.findall(text)
    if not words or len(words) > 6:
        return None
    if _title(words, lang):
        return WORK  # "I Will Always Love You": a name holds no pronoun or auxiliary verb
    names = lang.names
    places = names.get(PLACE, frozenset())
    low = " ".join(text.lower().split())
    if low in lang.nationalities:
        return NATIONALITY
    if low in places or low.removeprefix("the ") in places:
        return PLACE
    if "," in text and " ".join(text.rsplit(",", 1)[1].lower().split()) in places:
        return PLACE  # "Palm Desert, California"
    capitalised = [w for w in words if w[0].isupper()]
    if any(w.lower() in lang.org_marks for w in capitalised):
        return ORG
    last = words[-1].lower()
    all_caps = len(capitalised) == len(words)
    if all_caps and len(words) >= 2 and last in lang.place_nouns:
        return PLACE
    if all_caps and 2 <= len(words) <= 4 and words[0].lower() in names.get(PERSON, frozenset()):
        return PERSON
    if all_caps and len(words) >= 2 and last in lang.venue_nouns:
        return VENUE
    if not capitalised and last in lang.person_nouns:
        return PERSON  # "former tennis player"
    return None


def names_what_is_asked(question: Question, answer: str, code: str = "en") -> bool:
    """Whether `answer` only names what `question` asks for: the question, not about the asker
    (no "I", "my", "we": "Where should I sue my landlord?" asks for advice), asks for a person,
    a place or a named thing (an organisation, a work, a venue: "which company", "what song";
    `focus_kind`), and the answer is a name of six words at most, in title case ("Queen
    Elizabeth II", "Rickenbacker International Airport", "Bank of England"). Such an answer
    gives no advice, whatever topic its question raises."""
    lang = language(code)
    if lang is None:
        return False
    if any(w.lower() in lang.first_person and not (w.isupper() and len(w) > 1) for w in WORD.findall(question.text)):
        return False
    asked = question.asked
    if not (asked.kind in (PERSON, PLACE) or (
            asked.kind == THING and focus_kind(asked.focus, code) in (PERSON, PLACE, ORG, WORK, VENUE))):
        return False
    text = answer.strip().rstrip(".!").strip()
    words = WORD.findall(text)
    if not words or len(words) > 6 or re.search(r"[.!?;:\n]", text):
        return False
    small = lang.words.stop_words if lang.words is not None else frozenset()
    return words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or (k > 0 and w in small)
                                          for k, w in enumerate(words))


def _title(words: list[str], lang: QuestionLanguage) -> bool:
    """Whether two or more words in title case read as a title (a song, a film): one of them a
    pronoun or an auxiliary verb (`title_words`), written as a word, not as an abbreviation
    ("US", "IT"). Title case: capitalised words, and short stop words in lower case after
    the first ("Do the Right Thing")."""
    small = lang.words.stop_words if lang.words is not None else frozenset()
    if len(words) < 2 or not words[0][0].isupper() or not all(
            w[0].isupper() or not w[0].isalpha() or (len(w) <= 4 and w in small) for w in words[1:]):
        return False
    for k, w in enumerate(words):
        low = w.lower()
        if w.isupper() and len(w) > 1:
            continue
        if (low in lang.title_words or (k == 0 and low in lang.title_first)
                or (k > 0 and low in lang.title_not_first)):
            return True
    return False


def _name_fit(question: Question, answer: str, lang: QuestionLanguage) -> int:
    """+1 or -1 when a short answer's kind of name (`named_kind`) is or is not the kind of thing
    asked for (`NAME_FIT`), else 0. A bare "who" may be answered by an organisation, "where" by
    a venue; "which author" and "which city" may not."""
    asked = question.asked
    wanted = {PERSON: PERSON, PLACE: PLACE}.get(asked.kind) or (
        focus_kind(asked.focus, lang.language) if asked.kind == THING else None)
    if wanted is None:
        return 0
    kind = named_kind(answer, lang.language)
    if kind is None:
        return 0
    if asked.kind == THING and (wanted, kind) in ((PERSON, ORG), (PLACE, VENUE)):
        return -1
    if asked.kind == THING and wanted == kind == PLACE:
        return 0
    return NAME_FIT[wanted].get(kind, 0)


def covers(part: Part, answer: str, code: str = "en") -> bool | None:
    """What the words of an answer say about whether it addresses `part`: True (a figure for a
    quantity), False (no figure or amount for a quantity, no cause for a why), None (cannot
    tell from the words alone: the caller looks at what the answer's clauses are about)."""
    lang = language(code)
    if lang is None:
        return None
    if part.kind == QUANTITY:
        if lang.figure_re.search(answer) or lang.vague_re.search(answer):
            return True
        if lang.when_re.match(part.text) and lang.time_re.search(answer):
            return True  # "When ...?" -> "in the spring", "in March"
        if lang.often_re.search(part.text) and lang.frequency_re.search(answer):
            return True  # "How often ...?" -> "daily", "every week"
        return False
    if part.kind == CAUSE:
        return None if lang.cause_mark_re.search(answer) else False
    return None


# Where a sentence turns: "I can't give medical advice, but ...", "...; however, ...".
CONTRAST = re.compile(r"[;:]|,?\s+(?=(?:but|however|although|though|yet|still)\b)", re.IGNORECASE)
LIST_LINE = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+\S", re.MULTILINE)


def count_items(answer: str, lang: QuestionLanguage) -> int:
    """How many things an answer lists: its list lines, or the longest run of items joined by
    commas and "and"/"or" in one sentence."""
    lines = len(LIST_LINE.findall(answer))
    best = 0
    for m in SENTENCE.finditer(answer):
        sentence = m.group()
        pieces = re.split(r",|;|\s+(?:and|or|as well as|plus)\s+", sentence)
        best = max(best, sum(1 for p in pieces if WORD.search(p)))
    return max(lines, best)


@dataclass(frozen=True)
class Refusal:
    phrase: str
    start: int
    end: int
    reason: bool
    referral: bool


def declines(text: str, code: str = "en", specialist=None,
             max_other_words: int = 12) -> Refusal | None:
    """A refusal: the answer says it will not or cannot answer, and says little else (at most
    `max_other_words` words outside the sentences that decline, give a reason or refer).
    `specialist` (a compiled pattern) also counts as a referral (the policy lexicons' doctors,
    lawyers, advisers)."""
    lang = language(code)
    if lang is None:
        return None
    m = lang.refusal_re.search(text)
    if m is None:
        return None
    reason = referral = False
    other = 0
    for s in SENTENCE.finditer(text):
        for clause in CONTRAST.split(s.group()):  # "I can't advise you, but ..." goes on to answer
            refers = bool(lang.referral_re.search(clause) or (specialist and specialist.search(clause)))
            gives_reason = bool(lang.reason_re.search(clause))
            refuses = bool(lang.refusal_re.search(clause))
            referral |= refers
            reason |= gives_reason
            if not (refers or gives_reason or refuses):
                other += len(WORD.findall(clause))
    if other > max_other_words:
        return None
    return Refusal(phrase=m.group(), start=m.start(), end=m.end(), reason=reason, referral=referral)
