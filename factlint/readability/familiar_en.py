"""Is an English word familiar, in the Dale-Chall sense? (For the Dale-Chall score.)

    is_familiar("house") is True; is_familiar("houses") is True   # a regular inflection
    is_familiar("hypertension") is False

The list (rules/en/lexicons/dale-chall.txt, about 3,000 words) holds the words most US
fourth-graders know. Dale and Chall's counting rules also treat regular inflections of a
listed word as familiar (-s, -es, -ies, -ed, -ied, -ing, -er, -est, possessive 's); we apply
those. Their rule that names of people and places are familiar needs a word's position, so
measure() applies it (a capitalised word inside a sentence), not this module.
"""

from __future__ import annotations

from functools import lru_cache

LEXICON = ("en", "lexicons", "dale-chall.txt")

# (suffix, what replaces it to get the base form), tried in order; first listed base wins.
INFLECTIONS = (
    ("'s", ""),
    ("'", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
    ("r", ""),
    ("st", ""),
)
DOUBLING = ("ed", "ing", "er", "est")  # "stopped", "running", "bigger", "biggest"


@lru_cache(maxsize=1)
def familiar_words() -> frozenset[str]:
    from factlint.packs.loader import builtin_root

    path = builtin_root().joinpath(*LEXICON)
    with path.open(encoding="utf-8") as f:
        return frozenset(
            line.strip() for line in f if line.strip() and not line.startswith("#")
        )


@lru_cache(maxsize=65_536)
def is_familiar(word: str) -> bool:
    """True when the word (any case) or the base form of a regular inflection is listed."""
    lower = word.lower().replace("’", "'")
    words = familiar_words()
    if lower in words:
        return True
    for suffix, base_end in INFLECTIONS:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 1:
            base = lower[: -len(suffix)] + base_end
            if base in words:
                return True
            if suffix in DOUBLING and len(base) > 2 and base[-1] == base[-2]:
                if base[:-1] in words:
                    return True
    return False
