"""Offline readability figures for a text, by language.

    from factlint.readability import measure
    measure(doc.sentence_words, doc.language)   # a flat dict, see measure.py

Modules, one job each: words (clitics join their word), syllables_en and familiar_en (what
an English word counts for), counts (adding up a text), formulas_en (the classic formulas),
grade_en (the one grade we stand behind), languages (which language has what), measure.
"""

from factlint.readability.measure import FIGURES, measure

__all__ = ["FIGURES", "measure"]
