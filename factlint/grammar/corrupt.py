"""Learner errors made on purpose: the training data of the grammatical-error detector.

    rng = random.Random(13)
    corrupt("The bridges were built in 1890.", rng)   # ("The bridges were build in 1890.", "participle")
    corrupt("The bridges were built in 1890.", rng, kind="its")  # None: nothing to corrupt

Each kind changes one thing that makes a clean sentence ungrammatical the way learners'
sentences are: articles dropped, added or swapped, prepositions swapped, subject-verb
agreement, verb forms (a base form where a past participle belongs, -s dropped), its/it's,
their/there/they're, your/you're, then/than, a singular noun after "many", "alot", two words
swapped, a function word missing, a word doubled, a noun's number; and (issue 15's tenth round)
an uncountable noun given a plural ("informations"), -ed and -ing adjectives confused ("I am
interesting in"), another form of a word ("a great successful"), a passive's "be" dropped ("The
bridge built by"), an -ing form for "to" + verb ("decided taking"), "much" and "many" confused.
Word lists only, no
tagger: a few corruptions land on a reading that is still grammatical ("in the morning" ->
"on the morning"), which the detector learns as noise. Deterministic for a given
`random.Random`; nothing here imports torch.
"""

from __future__ import annotations

import random
import re

# (base, past, past participle) of common irregular verbs.
IRREGULAR = [
    ("be", "was", "been"), ("begin", "began", "begun"), ("break", "broke", "broken"),
    ("bring", "brought", "brought"), ("build", "built", "built"), ("buy", "bought", "bought"),
    ("catch", "caught", "caught"), ("choose", "chose", "chosen"), ("come", "came", "come"),
    ("do", "did", "done"), ("draw", "drew", "drawn"), ("drink", "drank", "drunk"),
    ("drive", "drove", "driven"), ("eat", "ate", "eaten"), ("fall", "fell", "fallen"),
    ("feel", "felt", "felt"), ("find", "found", "found"), ("fly", "flew", "flown"),
    ("forget", "forgot", "forgotten"), ("get", "got", "gotten"), ("give", "gave", "given"),
    ("go", "went", "gone"), ("grow", "grew", "grown"), ("hold", "held", "held"),
    ("keep", "kept", "kept"), ("know", "knew", "known"), ("lead", "led", "led"),
    ("leave", "left", "left"), ("lose", "lost", "lost"), ("make", "made", "made"),
    ("meet", "met", "met"), ("pay", "paid", "paid"), ("ride", "rode", "ridden"),
    ("rise", "rose", "risen"), ("run", "ran", "run"), ("say", "said", "said"),
    ("see", "saw", "seen"), ("sell", "sold", "sold"), ("send", "sent", "sent"),
    ("sing", "sang", "sung"), ("sit", "sat", "sat"), ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"), ("stand", "stood", "stood"), ("steal", "stole", "stolen"),
    ("swim", "swam", "swum"), ("take", "took", "taken"), ("teach", "taught", "taught"),
    ("tell", "told", "told"), ("think", "thought", "thought"), ("throw", "threw", "thrown"),
    ("understand", "understood", "understood"), ("wear", "wore", "worn"), ("win", "won", "won"),
    ("write", "wrote", "written"), ("hide", "hid", "hidden"), ("shake", "shook", "shaken"),
    ("wake", "woke", "woken"), ("bite", "bit", "bitten"), ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"), ("sink", "sank", "sunk"), ("fight", "fought", "fought"),
    ("seek", "sought", "sought"), ("sleep", "slept", "slept"), ("feed", "fed", "fed"),
]
PARTICIPLE_TO_BASE = {p: b for b, _, p in IRREGULAR if p not in ("come", "run") and p != b}
PAST_TO_PARTICIPLE = {s: p for _, s, p in IRREGULAR if s != p and s != "was"}
PARTICIPLE_TO_PAST = {p: s for _, s, p in IRREGULAR if s != p and p not in ("come", "run", "been")}
BASE_TO_PAST = {b: s for b, s, _ in IRREGULAR if b != s and b != "be"}

ARTICLES = ("a", "an", "the")
PREPOSITIONS = ("in", "on", "at", "to", "for", "of", "with", "by", "from", "about", "into")
AGREEMENT = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has",
             "does": "do", "do": "does", "doesn't": "don't", "don't": "doesn't", "isn't": "aren't",
             "aren't": "isn't", "wasn't": "weren't", "weren't": "wasn't"}
CONFUSIONS = {"its": ["it's"], "it's": ["its"], "their": ["there", "they're"], "there": ["their"],
              "they're": ["their", "there"], "your": ["you're"], "you're": ["your"],
              "then": ["than"], "than": ["then"]}
FUNCTION_WORDS = ("the", "a", "an", "to", "is", "are", "was", "were", "of", "be", "that", "it",
                  "has", "have", "and", "in", "for", "will", "can", "by")
PLURAL_CUES = ("many", "several", "these", "those", "few", "various", "two", "three", "four", "five")
SINGULAR_CUES = ("a", "an", "one", "this", "each", "every", "another")
#: A noun after a singular cue is the last word of its phrase when one of these follows it.
PHRASE_END = ("is", "was", "has", "in", "of", "on", "at", "for", "with", "that", "which", "who", "and", "from", "to")
SUBJECTS_3SG = ("he", "she", "it")
NOT_VERBS_S = {"is", "was", "has", "this", "us", "its", "as", "his", "does", "yes", "always", "also",
               "thus", "plus", "less", "unless", "across", "perhaps", "sometimes"}
VOWEL = re.compile(r"^[aeio]|^u(?!n[aeiou]|s[aeiou]|ni|ti|ra|re|ro)", re.I)
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")

#: Uncountable nouns learners give a plural ("informations", "advices", "works").
UNCOUNTABLE = ("information", "advice", "knowledge", "equipment", "furniture", "homework", "research",
               "evidence", "luggage", "baggage", "traffic", "progress", "feedback", "software", "money",
               "pollution", "transportation", "scenery", "vocabulary", "weather", "music", "health", "fun")
#: Adjectives in -ed and -ing that learners confuse ("I am interesting in", "kids are attractive to").
ED_ING = ("interest", "bor", "excit", "tir", "surpris", "confus", "worri", "amaz", "disappoint", "embarrass",
          "frighten", "satisfi", "annoy", "shock", "exhaust", "fascinat", "relax", "terrifi", "depress")
#: A word and another form of it that learners put in its place (noun, adjective, adverb).
WORD_FORMS = [("success", "successful"), ("danger", "dangerous"), ("importance", "important"),
              ("difference", "different"), ("happy", "happily"), ("easy", "easily"), ("quick", "quickly"),
              ("careful", "carefully"), ("beautiful", "beautifully"), ("real", "really"), ("safe", "safely"),
              ("health", "healthy"), ("confidence", "confident"), ("freedom", "free"), ("responsibility", "responsible"),
              ("necessary", "necessity"), ("possible", "possibility"), ("independence", "independent"),
              ("knowledge", "knowledgeable"), ("economy", "economic"), ("society", "social"), ("efficient", "efficiently"),
              ("successfully", "successful"), ("comfortable", "comfort"), ("popularity", "popular"), ("simple", "simply")]
WORD_FORM = {a: b for a, b in WORD_FORMS} | {b: a for a, b in WORD_FORMS}
#: Verbs that take "to" + a plain verb; learners give them an -ing form ("want going").
TO_VERBS = ("want", "wants", "wanted", "decide", "decided", "decides", "plan", "planned", "hope", "hoped",
            "need", "needs", "needed", "try", "tried", "tries", "would like", "agreed", "refused", "promised")
BE_FORMS = ("is", "are", "was", "were", "been", "be")

KINDS = ("article-drop", "article-add", "article-swap", "preposition", "agreement", "participle",
         "verb-s", "verb-form", "confusion", "many-singular", "alot", "word-order", "missing-word",
         "doubled-word", "noun-number", "uncountable-plural", "ed-ing", "word-form", "passive-be",
         "to-ing", "much-many")


def _case(like: str, word: str) -> str:
    """`word` in the capitalisation of `like` (first letter only)."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _words(text: str) -> list[re.Match]:
    return list(WORD.finditer(text))


def _replace(text: str, m: re.Match, new: str) -> str:
    return text[: m.start()] + _case(m.group(0), new) + text[m.end():]


def _delete(text: str, m: re.Match) -> str:
    """`text` without the word of `m` and one space beside it; the next word takes a capital
    when the deleted one began the sentence."""
    start, end = m.start(), m.end()
    if end < len(text) and text[end] == " ":
        end += 1
    elif start > 0 and text[start - 1] == " ":
        start -= 1
    rest = text[end:]
    if m.start() == 0 and rest[:1].isalpha():
        rest = rest[:1].upper() + rest[1:]
    return text[:start] + rest


def _strip_s(word: str) -> str | None:
    """A noun's singular / a verb's base from its -s form, or None when it has none."""
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")) or w in NOT_VERBS_S:
        return None
    if w.endswith("ies") and len(w) > 4:
        return word[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "oes")):
        return word[:-2]
    return word[:-1]


def _add_s(word: str) -> str:
    w = word.lower()
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return word[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _candidates(kind: str, text: str, words: list[re.Match]) -> list:
    """The places in `text` where a corruption of `kind` can be made, as closures."""
    low = [m.group(0).lower() for m in words]
    out = []
    n = len(words)
    if kind == "article-drop":
        out = [lambda m=m: _delete(text, m) for m, w in zip(words, low) if w in ARTICLES]
    elif kind == "article-add":
        for i in range(n - 1):
            if low[i] in PREPOSITIONS and text[words[i].end(): words[i + 1].start()] == " " \
                    and low[i + 1] not in PREPOSITIONS + ARTICLES + ("his", "her", "their", "its", "my", "our", "your", "this", "that", "these", "those", "which", "whom", "what", "it", "them", "him", "me", "us"):
                nxt = words[i + 1]
                art = "an" if VOWEL.match(nxt.group(0)) else "a"
                art = art if rng_free_choice(i) else "the"
                out.append(lambda nxt=nxt, art=art: text[: nxt.start()] + art + " " + text[nxt.start():])
    elif kind == "article-swap":
        for i in range(n - 1):
            if low[i] in ("a", "an") and text[words[i].end(): words[i + 1].start()] == " ":
                new = "a" if low[i] == "an" else "an"
                out.append(lambda m=words[i], new=new: _replace(text, m, new))
    elif kind == "preposition":
        for m, w in zip(words, low):
            if w in PREPOSITIONS[:8]:
                out.append(lambda m=m, w=w: (m, w))  # chosen with the rng below
    elif kind == "agreement":
        out = [lambda m=m, w=w: _replace(text, m, AGREEMENT[w]) for m, w in zip(words, low) if w in AGREEMENT]
    elif kind == "participle":
        for i in range(1, n):
            if low[i - 1] in ("was", "were", "been", "be", "is", "are", "has", "have", "had") or (
                    i > 1 and low[i - 2] in ("was", "were", "been", "be", "is", "are", "has", "have", "had")
                    and low[i - 1] in ("not", "also", "never", "already", "just", "recently", "first")):
                w = low[i]
                if w in PARTICIPLE_TO_BASE:
                    out.append(lambda m=words[i], w=w: _replace(text, m, PARTICIPLE_TO_BASE[w]))
                elif w in PARTICIPLE_TO_PAST and low[i - 1] in ("has", "have", "had", "been"):
                    out.append(lambda m=words[i], w=w: _replace(text, m, PARTICIPLE_TO_PAST[w]))
                elif w.endswith("ed") and len(w) > 5 and w[-3] not in "e":
                    # "located" -> "locate" is not sure; "started" -> "start" is
                    stem = words[i].group(0)[:-2]
                    out.append(lambda m=words[i], stem=stem: _replace(text, m, stem))
    elif kind == "verb-s":
        for i in range(n - 1):
            if low[i] in SUBJECTS_3SG:
                base = _strip_s(words[i + 1].group(0))
                if base is not None:
                    out.append(lambda m=words[i + 1], base=base: _replace(text, m, base))
                elif low[i + 1] == "has":
                    out.append(lambda m=words[i + 1]: _replace(text, m, "have"))
            if low[i] in ("they", "we", "i", "you") and low[i + 1] not in AGREEMENT and len(low[i + 1]) > 2 \
                    and low[i + 1].isalpha() and not low[i + 1].endswith(("ed", "s")) and low[i + 1] not in (
                    "will", "would", "can", "could", "should", "may", "might", "must", "also", "still", "all", "too"):
                out.append(lambda m=words[i + 1]: _replace(text, m, _add_s(m.group(0))))
    elif kind == "verb-form":
        for i, (m, w) in enumerate(zip(words, low)):
            if w in PAST_TO_PARTICIPLE and i > 0 and low[i - 1] not in ("was", "were", "had", "has", "have", "been"):
                out.append(lambda m=m, w=w: _replace(text, m, PAST_TO_PARTICIPLE[w]))
            if i > 0 and low[i - 1] in ("to", "did", "didn't", "can", "will", "could", "would", "should", "must") \
                    and w in BASE_TO_PAST:
                out.append(lambda m=m, w=w: _replace(text, m, BASE_TO_PAST[w]))
            if i > 0 and low[i - 1] in ("to", "can", "will", "could", "would", "should", "must") and w in (
                    "be", "have", "make", "take", "get", "help", "use", "play", "find", "give", "keep", "become"):
                out.append(lambda m=m, w=w: _replace(text, m, _add_s(w) if w != "be" else "being"))
    elif kind == "confusion":
        for m, w in zip(words, low):
            if w in CONFUSIONS:
                out.append(lambda m=m, w=w: (m, w))
        for m in re.finditer(r"\bit is\b", text, re.I):
            out.append(lambda m=m: text[: m.start()] + _case(m.group(0), "its") + text[m.end():])
    elif kind == "many-singular":
        for i in range(n - 1):
            if low[i] in PLURAL_CUES:
                single = _strip_s(words[i + 1].group(0))
                if single is not None and not low[i + 1].endswith("ss"):
                    out.append(lambda m=words[i + 1], single=single: _replace(text, m, single))
    elif kind == "alot":
        out = [lambda m=m: text[: m.start()] + _case(m.group(0), "alot") + text[m.end():]
               for m in re.finditer(r"\ba lot\b", text, re.I)]
        if not out:  # "many" and "much" in learners' sentences often stand for "a lot of"
            out = [lambda m=m: text[: m.start()] + _case(m.group(0), "alot of") + text[m.end():]
                   for m in re.finditer(r"\b(?:many|much)\b", text, re.I)]
    elif kind == "word-order":
        for i in range(n - 1):
            a, b = words[i], words[i + 1]
            if text[a.end(): b.start()] == " " and low[i] != low[i + 1] and i > 0:
                out.append(lambda a=a, b=b: text[: a.start()] + b.group(0) + " " + a.group(0) + text[b.end():])
    elif kind == "missing-word":
        out = [lambda m=m: _delete(text, m) for i, (m, w) in enumerate(zip(words, low))
               if w in FUNCTION_WORDS and i > 0]
    elif kind == "doubled-word":
        out = [lambda m=m: text[: m.end()] + " " + m.group(0).lower() + text[m.end():]
               for m, w in zip(words, low) if len(w) > 1]
    elif kind == "noun-number":
        for i in range(n - 1):
            nxt = words[i + 1]
            if low[i] in SINGULAR_CUES and low[i + 1].isalpha() and len(low[i + 1]) > 3 and not low[i + 1].endswith("s") \
                    and text[words[i].end(): nxt.start()] == " " and (i + 2 >= n or low[i + 2] in PHRASE_END):
                out.append(lambda m=nxt: _replace(text, m, _add_s(m.group(0))))
            if low[i] in ("the", "these", "those", "my", "our", "their", "his", "her") and i + 2 < n and low[i + 2] in ("are", "were", "have"):
                single = _strip_s(nxt.group(0))
                if single is not None:
                    out.append(lambda m=nxt, single=single: _replace(text, m, single))
    elif kind == "uncountable-plural":
        out = [lambda m=m: _replace(text, m, _add_s(m.group(0))) for m, w in zip(words, low) if w in UNCOUNTABLE]
    elif kind == "ed-ing":
        for m, w in zip(words, low):
            stem = w[:-2] if w.endswith("ed") else w[:-3] if w.endswith("ing") else None
            if stem in ED_ING:
                new = stem + ("ing" if w.endswith("ed") else "ed")
                out.append(lambda m=m, new=new: _replace(text, m, new))
    elif kind == "word-form":
        out = [lambda m=m, w=w: _replace(text, m, WORD_FORM[w]) for m, w in zip(words, low) if w in WORD_FORM]
    elif kind == "passive-be":
        for i in range(1, n - 1):
            w = low[i + 1]
            if low[i] in BE_FORMS[:4] and (w in PARTICIPLE_TO_BASE or (w.endswith("ed") and len(w) > 4)):
                if i > 0 and low[i - 1] not in ("there", "it", "that", "this", "what", "which", "who"):
                    out.append(lambda m=words[i]: _delete(text, m))
    elif kind == "to-ing":
        for i in range(n - 2):
            if low[i] in TO_VERBS and low[i + 1] == "to" and low[i + 2].isalpha() and len(low[i + 2]) > 2 \
                    and not low[i + 2].endswith(("ing", "ed", "s")):
                verb = low[i + 2]
                ing = verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else verb + "ing"
                out.append(lambda a=words[i + 1], b=words[i + 2], ing=ing: text[: a.start()] + ing + text[b.end():])
    elif kind == "much-many":
        for i in range(n - 1):
            if low[i] == "many" and low[i + 1].endswith("s"):
                out.append(lambda m=words[i]: _replace(text, m, "much"))
            elif low[i] == "much" and low[i + 1] in UNCOUNTABLE:
                out.append(lambda m=words[i]: _replace(text, m, "many"))
    return out


def rng_free_choice(i: int) -> bool:
    """Half the added articles are a/an, half "the", fixed by position (no rng needed)."""
    return i % 2 == 0


def corrupt(text: str, rng: random.Random, kind: str | None = None,
            pool: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """(the sentence with one error, its kind), or None when `kind` (or, with None, every kind
    of `pool`, by default KINDS, tried in a random order) has no place in the sentence."""
    words = _words(text)
    pool = tuple(pool) if pool else KINDS
    kinds = [kind] if kind else rng.sample(pool, len(pool))
    for k in kinds:
        places = _candidates(k, text, words)
        if not places:
            continue
        made = rng.choice(places)()
        if isinstance(made, tuple):  # a word to replace by one of its alternatives
            m, w = made
            options = CONFUSIONS[w] if k == "confusion" else [p for p in PREPOSITIONS[:8] if p != w]
            made = _replace(text, m, rng.choice(options))
        if made != text:
            return made, k
    return None


def corrupt_many(text: str, rng: random.Random, errors: int,
                 pool: tuple[str, ...] | None = None) -> tuple[str, list[str]] | None:
    """Up to `errors` corruptions in a row (learners' sentences often hold several), of the
    kinds of `pool` (by default every kind)."""
    kinds: list[str] = []
    for _ in range(errors):
        made = corrupt(text, rng, pool=pool)
        if made is None:
            break
        text, kind = made
        kinds.append(kind)
    return (text, kinds) if kinds else None
