"""Which language an answer is written in: by its script, Cyrillic or Latin.

    detect("Эффективное лечение", default="en") -> "ru"
    detect("Iron carries oxygen.", default="ru") -> "en"
    detect("42", default="en-GB") -> "en-GB"      (no letters: the configured language)

Why the script and not a statistical detector (lingua, langdetect, fastText lid): factlint
checks two languages, English and Russian, and they are written in different scripts, so
counting letters answers the question exactly, in microseconds, the same way every run, with
no model to install. Statistical detectors guess on short answers ("OK", "Да", "Paris"),
differ between versions, and the good ones carry tens of megabytes. What this cannot do is
tell Russian from another Cyrillic language (Ukrainian, Bulgarian) or English from another
Latin one: a project checking those sets `language` and, for its answers, a `language`
field, which always wins over detection.
"""

from __future__ import annotations

#: Languages written in Cyrillic: a configured one of these is kept for Cyrillic answers.
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})
#: The language a Cyrillic answer is taken to be when the configured one is not Cyrillic.
CYRILLIC_DEFAULT = "ru"
#: ... and a Latin answer when the configured language is Cyrillic.
LATIN_DEFAULT = "en"
#: Share of the letters that must be in one script: "Используйте pip install" is Russian;
#: an even mix is left to the configured language.
MAJORITY = 0.6


def base(language: str) -> str:
    """"ru-RU", "ru_RU", "RU" -> "ru"."""
    return language.replace("_", "-").split("-")[0].lower()


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


def _is_latin(ch: str) -> bool:
    return ch.isascii() or "\u00c0" <= ch <= "\u024f"


def detect(text: str, default: str = "en") -> str:
    """The language of `text` by the script of most of its letters, else `default`."""
    cyrillic = latin = 0
    for ch in text:
        if ch.isalpha():
            if _is_cyrillic(ch):
                cyrillic += 1
            elif _is_latin(ch):
                latin += 1
    letters = cyrillic + latin
    if not letters:
        return default
    configured_cyrillic = base(default) in CYRILLIC_LANGUAGES
    if cyrillic >= MAJORITY * letters:
        return default if configured_cyrillic else CYRILLIC_DEFAULT
    if latin >= MAJORITY * letters:
        return LATIN_DEFAULT if configured_cyrillic else default
    return default
