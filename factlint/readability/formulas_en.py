"""The classic English readability formulas, each a function of `Counts`.

Coefficients are the published ones; a formula's name in the output is its function's name.
Each one needs text of some length before it means anything: `MINIMUM` says how much, and
measure() reports a figure as None (with a note) below that, rather than an extreme score.
"""

from __future__ import annotations

from math import sqrt

from factlint.readability.counts import Counts

# Least (words, sentences) for any formula: below about ten words, one long word swings
# every figure by several grades.
MINIMUM_DEFAULT = (10, 1)
MINIMUM = {
    # McLaughlin normed SMOG on 30-sentence samples and scales the polysyllable count to 30
    # sentences; from fewer than 3 sentences that scaling turns one long word into grades.
    "smog_index": (30, 3),
}


def _wps(c: Counts) -> float:
    return c.words / c.sentences


def _spw(c: Counts) -> float:
    return c.syllables / c.words


def flesch_reading_ease(c: Counts) -> float:
    """Flesch (1948): 0-100, higher is easier."""
    return 206.835 - 1.015 * _wps(c) - 84.6 * _spw(c)


def flesch_kincaid_grade(c: Counts) -> float:
    """Kincaid et al. (1975), US grade."""
    return 0.39 * _wps(c) + 11.8 * _spw(c) - 15.59


def gunning_fog(c: Counts) -> float:
    """Gunning (1952), US grade: sentence length plus the share of complex words."""
    return 0.4 * (_wps(c) + 100 * c.complex_words / c.words)


def smog_index(c: Counts) -> float:
    """McLaughlin (1969), US grade: polysyllables scaled to a 30-sentence sample."""
    return 1.0430 * sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def coleman_liau_index(c: Counts) -> float:
    """Coleman and Liau (1975), US grade: letters and sentences per 100 words."""
    letters_per_100 = 100 * c.letters / c.words
    sentences_per_100 = 100 * c.sentences / c.words
    return 0.0588 * letters_per_100 - 0.296 * sentences_per_100 - 15.8


def automated_readability_index(c: Counts) -> float:
    """Smith and Senter (1967), US grade: characters per word and words per sentence."""
    return 4.71 * c.characters / c.words + 0.5 * _wps(c) - 21.43


def dale_chall_score(c: Counts) -> float:
    """Dale and Chall (1948), as recalculated: 4.9 and below is grade 4, 10 and above college
    graduate. Words not on the familiar list raise it; past 5% they add a fixed step."""
    percent_unfamiliar = 100 * c.unfamiliar_words / c.words
    score = 0.1579 * percent_unfamiliar + 0.0496 * _wps(c)
    if percent_unfamiliar > 5:
        score += 3.6365
    return score


FORMULAS = {
    f.__name__: f
    for f in (
        flesch_reading_ease,
        flesch_kincaid_grade,
        gunning_fog,
        smog_index,
        coleman_liau_index,
        automated_readability_index,
        dale_chall_score,
    )
}


def dale_chall_grade(score: float) -> float:
    """Dale-Chall score as a US grade, continuous through the published bands.

    The bands are 4.9- grade 4 and below, 5.0-5.9 grades 5-6, 6.0-6.9 7-8, 7.0-7.9 9-10,
    8.0-8.9 11-12, 9.0-9.9 13-15, 10+ 16 and above. Each band's lower edge maps to its
    lowest grade and we interpolate linearly in between (two grades per point from 5 to 9);
    below 5 and above 10 the scale goes on at one grade per point.
    """
    edges = ((5.0, 5.0), (6.0, 7.0), (7.0, 9.0), (8.0, 11.0), (9.0, 13.0), (10.0, 16.0))
    if score < edges[0][0]:
        return edges[0][1] - (edges[0][0] - score)
    for (s0, g0), (s1, g1) in zip(edges, edges[1:]):
        if score < s1:
            return g0 + (score - s0) * (g1 - g0) / (s1 - s0)
    return edges[-1][1] + (score - edges[-1][0])
