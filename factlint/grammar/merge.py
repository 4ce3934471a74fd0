"""One finding per place: merge findings whose spans overlap.

Engines report the same problem twice (LanguageTool's speller and a grammar rule on one
word; Harper's typo and spelling rules), and a reader wants one finding there, not two.
Two findings merge when they share at least half of the longer span: "teh" and "teh "
merge, a word and the long sentence around it (a style finding) do not. The survivor is the more severe one, then the one with the narrower span,
then a spelling finding (a specific one before spelling/unknown-word), then the first rule
id in order; it takes the other's suggestions after its own.
"""

from __future__ import annotations

from factlint.model import SEVERITY_RANK, Finding


def _overlap(a: Finding, b: Finding) -> bool:
    if a.start == a.end or b.start == b.end:  # an insertion point: merge only at the same place
        return a.start == b.start and a.end == b.end
    shared = min(a.end, b.end) - max(a.start, b.start)
    longer = max(a.end - a.start, b.end - b.start)
    return shared > 0 and shared * 2 >= longer


def _rank(f: Finding) -> tuple:
    # A misspelt word is the root of whatever else is wrong with it ("teh" at a sentence
    # start is a spelling finding, not a capitalisation one); among spelling findings a
    # diagnosis ("in many", "the") beats "not in the dictionary"; the rule id breaks ties.
    return (-SEVERITY_RANK[f.severity], f.end - f.start, f.category != "spelling", f.rule == "spelling/unknown-word", f.rule)


def _better(a: Finding, b: Finding) -> bool:
    """Whether `a` should survive a merge with `b`."""
    return _rank(a) <= _rank(b)


def merge_findings(findings: list[Finding]) -> list[Finding]:
    """The findings with overlapping ones merged, sorted by position."""
    kept: list[Finding] = []
    active: list[int] = []  # indexes into `kept` of findings that may still overlap
    for finding in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        active = [i for i in active if kept[i].end >= finding.start]
        for i in active:
            other = kept[i]
            if _overlap(other, finding):
                winner, loser = (other, finding) if _better(other, finding) else (finding, other)
                extra = [s for s in loser.suggestions if s not in winner.suggestions]
                winner.suggestions = [*winner.suggestions, *extra]
                kept[i] = winner
                break
        else:
            kept.append(finding)
            active.append(len(kept) - 1)
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule))
