"""Ranking: order the candidate answers of one question, best first, as a trainer would.

Candidates belong together when they share `Answer.meta["question_id"]` (set by the readers
for a record's `candidates` list, or by the caller). They are compared criterion by criterion,
in this order; the first criterion on which two candidates differ decides between them:

    facts       a contradicted fact (always last: a confident, well-written answer with a wrong
                dose must never come first)
    doubts      a claim a passage may say the opposite of (the facts check's doubtful kinds:
                a clause read as the opposite, events in the other order), below an answer
                with none: too unsure to call an error, surer than a claim no passage holds
    checked     an answer that could not be checked
    policy      policy problems (policy/*, style/obscene)
    relevance   answers the question, then refers it to a specialist (a health, legal or
                money question), leaves part of it unanswered (more parts, or its first part,
                the main ask, is worse), declines with a reason, is
                off-topic (the closer to the question the better), declines without a reason
                (the relevance check's findings and metrics)
    support     the share of its checked claims that a passage supports (in tenths: a longer
                answer gains nothing by saying more), then how much of its least-held claim
                the evidence holds (in tenths), then unsupported claims
    grammar     grammar and spelling findings (warnings and errors)
    completeness
                says more of what the other candidates say: the number of candidates it covers
                (`covers`: it says most of what one says, and more, with no more grammar,
                simplicity or style findings: "Leonardo da Vinci painted the Mona Lisa in the
                early 1500s." covers "Leonardo da Vinci.")
    simplicity  long or wordy sentences and readability findings, then the grade level in
                bands of GRADE_BAND grades above PLAIN_GRADE (below it, all wording is plain)
    style       the other findings (slang, filler, boilerplate, hedging, near-duplicates...),
                a warning 1, an info INFO_WEIGHT
    grade       the grade level itself (the simpler wording of two equally clean answers)
    closeness   the relevance score (the relevance check's metrics): between answers too short to
                have a grade level ("1957", "Hannibal Lecter"), the one closer to the question and
                more the kind of thing it asks for
    risk        then input order

Each report gets `metrics["covers"]` (the ids of the candidates it covers), `metrics["rank"]` (1 = best), `metrics["candidates"]`, `metrics["best"]`
(True for rank 1), `metrics["criteria"]` (each criterion of the candidate in words, for the
side-by-side views), `metrics["margin"]` (to the next candidate: `to`, the deciding
`criterion`, its `detail` and `close`, true when only the grade, the closeness, the risk or
input order, or a single finding or grade band, decided) and `metrics["rank_reasons"]`, which
say which criterion decided between neighbours: "ranked above iron-b: same facts, policy and
relevance; simpler wording (grade 7.9 vs 11.2)".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from factlint.model import Answer, Report
from factlint.questions import content_stems


def group_key(answer: Answer) -> str | None:
    return answer.meta.get("question_id")


CONTRADICTED = "fact/contradicted"
UNSUPPORTED = "fact/unsupported"
POLICY = ("policy", "style/obscene")
SIMPLICITY = ("style/long-sentence", "style/wordy", "style/plain-words", "readability")
LITERACY = ("grammar", "spelling")
RELEVANCE = "relevance"
#: At or below this grade level all wording counts as plain (grade 8 is the usual plain-language
#: target); above it, every GRADE_BAND grades is one step less simple, so that a grade apart
#: (noise on short answers) does not outweigh a style finding. Set by hand, not tuned: the
#: trainer set (bench/ranking.py) agrees with 19 of its 24 "wording" pairs.
PLAIN_GRADE = 8.0
GRADE_BAND = 3.0
INFO_WEIGHT = 0.25
SEVERITY_WEIGHT = {"error": 2.0, "warning": 1.0, "info": INFO_WEIGHT}

#: A candidate covers another when it says COVER_SHARE or more of the other's content words
#: (those its question does not say) and COVER_MORE or more words besides. Set by hand ("most
#: of it, and a little more"), not tuned: a terse right answer ("Leonardo da Vinci.",
#: "Choose 'Forgot password' and follow the steps.") ranks below one that says it and more.
COVER_SHARE = 2 / 3
COVER_MORE = 2

#: Relevance levels, best first, and how a reason says them. An off-topic answer ranks above a
#: bare refusal: both are useless, but one at least tries.
LEVELS = ("answers the question", "refers the question to a specialist", "answers only part of the question",
          "declines, with a reason", "is off-topic", "declines without a reason or a referral")
OFF_TOPIC_LEVEL = 4


def _in(finding, names) -> bool:
    return finding.rule in names or finding.category in names


def _contradicted(report: Report) -> int:
    return sum(f.rule == CONTRADICTED for f in report.findings)


def _doubted(report: Report) -> int:
    return len(report.metrics.get("doubts") or ())


def _policy(report: Report) -> list[str]:
    return sorted(f.rule for f in report.findings if _in(f, POLICY))


def _relevance_level(report: Report) -> int:
    rules = {f.rule for f in report.findings if f.category == RELEVANCE}
    if "relevance/unhelpful-refusal" in rules:
        return 5
    if "relevance/off-topic" in rules:
        return OFF_TOPIC_LEVEL
    refusal = (report.metrics.get("relevance") or {}).get("refusal")
    if refusal == "reasoned":
        return 3
    if "relevance/incomplete" in rules:
        return 2
    return 1 if refusal == "referral" else 0


def _missing(report: Report) -> int:
    return len((report.metrics.get("relevance") or {}).get("missing") or [])


def _main_missing(report: Report) -> bool:
    return bool((report.metrics.get("relevance") or {}).get("main_missing"))


def _score(report: Report) -> float:
    score = (report.metrics.get("relevance") or {}).get("score")
    return float(score) if isinstance(score, (int, float)) else 0.0


def _relevance_key(report: Report) -> tuple:
    """The level, then the parts left out, then whether the first part (the main ask) is one of
    them; between two off-topic answers, the closer one wins (between answers that do address
    the question, closeness is noise and does not decide)."""
    level = _relevance_level(report)
    return (level, _missing(report), _main_missing(report),
            -round(_score(report), 2) if level == OFF_TOPIC_LEVEL else 0.0)


def _relevance_why(a: Report, b: Report) -> str:
    la, lb = _relevance_level(a), _relevance_level(b)
    if la != lb:
        return f"it {LEVELS[la]}, the other {LEVELS[lb]}"
    if _missing(a) != _missing(b):
        return f"leaves less of the question unanswered ({_missing(a)} vs {_missing(b)} parts)"
    if _main_missing(a) != _main_missing(b):
        return "answers the main question (the first part), the other leaves it out"
    return f"both off-topic, it is closer to the question ({_score(a):.2f} vs {_score(b):.2f})"


def _count(report: Report, names) -> int:
    return sum(1 for f in report.findings if _in(f, names) and f.severity != "info")


def _grade(report: Report) -> float | None:
    grade = report.metrics.get("grade_level")
    return float(grade) if isinstance(grade, (int, float)) else None


def _grade_key(report: Report) -> float:
    """The grade to compare: an answer too short to have one counts as plain."""
    grade = _grade(report)
    return round(grade, 1) if grade is not None else PLAIN_GRADE


def _band(report: Report) -> int:
    grade = _grade(report)
    return 0 if grade is None or grade <= PLAIN_GRADE else math.ceil((grade - PLAIN_GRADE) / GRADE_BAND)


def _style(report: Report) -> float:
    known = (CONTRADICTED, UNSUPPORTED, RELEVANCE, *POLICY, *LITERACY, *SIMPLICITY)
    return round(sum(SEVERITY_WEIGHT[f.severity] for f in report.findings if not _in(f, known)), 2)


def _covers(report: Report) -> int:
    return len(report.metrics.get("covers") or ())


def _no_worse(a: Report, b: Report) -> bool:
    """Whether `a` has no more grammar, simplicity or style findings than `b`."""
    return (_count(a, LITERACY) <= _count(b, LITERACY) and _count(a, SIMPLICITY) <= _count(b, SIMPLICITY)
            and _style(a) <= _style(b))


def cover(answers: list[Answer], reports: list[Report]) -> None:
    """Set `metrics["covers"]` of each report of one question's candidates: the candidates
    whose content words (beyond the question's) it says COVER_SHARE or more of, saying
    COVER_MORE or more words besides, with no more grammar, simplicity or style findings."""
    said = []
    for answer, report in zip(answers, reports):
        lang = str(report.metrics.get("language") or "en")
        asked = content_stems(answer.question, lang) if isinstance(answer.question, str) else set()
        said.append(content_stems(answer.text, lang) - asked if report.error is None else set())
    for i, report in enumerate(reports):
        report.metrics["covers"] = [
            reports[j].answer_id for j in range(len(reports))
            if j != i and said[j] and len(said[i] & said[j]) >= COVER_SHARE * len(said[j])
            and len(said[i]) >= len(said[j]) + COVER_MORE and _no_worse(report, reports[j])]


def _n(n: float, what: str) -> str:
    shown = f"{n:g}"
    return f"{shown} {what}{'' if n == 1 else 's'}"


@dataclass(frozen=True)
class Criterion:
    name: str
    key: Callable[[Report], object]
    #: How the criterion reads for one candidate (the side-by-side views).
    describe: Callable[[Report], str]
    #: Why the better of two candidates that differ on it is better.
    why: Callable[[Report, Report], str]
    #: Whether a difference on it is a close call.
    close: Callable[[Report, Report], bool] = lambda a, b: False


def _facts_text(r: Report) -> str:
    c, d, u = _contradicted(r), _doubted(r), _count(r, (UNSUPPORTED,))
    # A doubt is reported as fact/unsupported: counted once, as a doubt.
    parts = [f"{n} {what}" for n, what in ((c, "contradicted"), (d, "doubtful"), (u - d, "unsupported")) if n > 0]
    claims = r.metrics.get("claims") or {}
    if not parts:
        return f"{claims.get('supported', 0)} supported" if claims.get("checked") else "ok"
    return ", ".join(parts)


def _relevance_text(r: Report) -> str:
    level = _relevance_level(r)
    words = ("answers", "refers to a specialist", "incomplete", "declines with a reason", "off-topic",
             "bare refusal")[level]
    score = (r.metrics.get("relevance") or {}).get("score")
    return f"{words} ({score:.2f})" if isinstance(score, (int, float)) and level in (0, 2, 4) else words


def _grade_text(r: Report) -> str:
    grade = _grade(r)
    return f"grade {grade:.1f}" if grade is not None else "grade -"


def _simplicity_text(r: Report) -> str:
    n = _count(r, SIMPLICITY)
    return _grade_text(r) + (f", {_n(n, 'long/wordy')}" if n else "")


def _supported_share(r: Report) -> float:
    """The share of the answer's checked claims that a passage supports (0 with none checked)."""
    claims = r.metrics.get("claims") or {}
    checked = claims.get("checked") or 0
    return (claims.get("supported") or 0) / checked if checked else 0.0


def _support_key(r: Report) -> tuple[float, float, int]:
    # The share in tenths, then the count of unsupported claims: a right answer often adds
    # true detail the references do not hold, so a bare count of unsupported claims put the
    # shorter, wrong answer first (9 of blind16's 16 wrong answers ranked first); a share does
    # not reward saying more, as a count of supported claims would.
    # Then how much of its least-held claim the evidence holds, in tenths: a wrong figure or
    # name that the verifier let pass is often the claim the evidence holds least of, so of
    # two answers with the same share the one whose every claim is held well comes first
    # (the 31 development sets: a wrong answer first in 176 of 741 questions against 183 with
    # the count of unsupported claims as the tie-break; bench/facts.py --stages SET).
    return -round(_supported_share(r), 1), -round(_weakest(r), 1), _count(r, (UNSUPPORTED,))


def _weakest(r: Report) -> float:
    """How much of its least-held claim a passage holds (metrics.claims.support; 0 with no claim)."""
    score = (r.metrics.get("claims") or {}).get("support")
    return float(score) if isinstance(score, (int, float)) else 0.0


def _support_why(a: Report, b: Report) -> str:
    if _support_key(a)[0] != _support_key(b)[0]:
        return f"more of its claims supported ({_supported_share(a):.0%} vs {_supported_share(b):.0%})"
    if _support_key(a)[1] != _support_key(b)[1]:
        return f"its least supported claim is better held by the evidence ({_weakest(a):.0%} vs {_weakest(b):.0%})"
    return f"fewer unsupported claims ({_count(a, (UNSUPPORTED,))} vs {_count(b, (UNSUPPORTED,))})"


CRITERIA: tuple[Criterion, ...] = (
    Criterion("facts", lambda r: _contradicted(r) > 0, _facts_text,
              lambda a, b: "it states a fact the evidence contradicts"),
    Criterion("doubts", lambda r: _doubted(r) > 0, _facts_text,
              lambda a, b: f"fewer claims a passage may say the opposite of ({_doubted(a)} vs {_doubted(b)})"),
    Criterion("checked", lambda r: r.error is not None, lambda r: "could not be checked" if r.error else "ok",
              lambda a, b: "it could not be checked"),
    Criterion("policy", lambda r: len(_policy(r)), lambda r: ", ".join(_policy(r)) or "ok",
              lambda a, b: f"fewer policy problems ({len(_policy(a))} vs {len(_policy(b))}: {', '.join(_policy(b))})"),
    Criterion("relevance", _relevance_key, _relevance_text, _relevance_why,
              lambda a, b: _relevance_level(a) == _relevance_level(b) == OFF_TOPIC_LEVEL),
    Criterion("support", _support_key, _facts_text, _support_why,
              lambda a, b: abs(_support_key(a)[0] - _support_key(b)[0]) <= 0.1 + 1e-9
              and abs(_count(a, (UNSUPPORTED,)) - _count(b, (UNSUPPORTED,))) <= 1),
    Criterion("grammar", lambda r: _count(r, LITERACY), lambda r: str(_count(r, LITERACY)),
              lambda a, b: f"fewer grammar and spelling findings ({_count(a, LITERACY)} vs {_count(b, LITERACY)})",
              lambda a, b: abs(_count(a, LITERACY) - _count(b, LITERACY)) <= 1),
    Criterion("completeness", lambda r: -_covers(r), lambda r: f"covers {_covers(r)}",
              lambda a, b: (f"says what {b.answer_id} says, and more" if b.answer_id in a.metrics.get("covers", ())
                            else f"says more of what the others say (covers {_covers(a)} vs {_covers(b)})")),
    Criterion("simplicity", lambda r: (_count(r, SIMPLICITY), _band(r)), _simplicity_text,
              lambda a, b: (f"simpler wording ({_n(_count(a, SIMPLICITY), 'long or wordy sentence')} vs "
                            f"{_count(b, SIMPLICITY)})" if _count(a, SIMPLICITY) != _count(b, SIMPLICITY)
                            else f"simpler wording ({_grade_text(a)} vs {_grade_text(b).removeprefix('grade ')})"),
              lambda a, b: abs(_count(a, SIMPLICITY) - _count(b, SIMPLICITY)) + abs(_band(a) - _band(b)) <= 1),
    Criterion("style", _style, lambda r: f"{_style(r):g}",
              lambda a, b: f"cleaner style ({_style(a):g} vs {_style(b):g} in style findings)",
              lambda a, b: abs(_style(a) - _style(b)) <= 1),
    Criterion("grade", _grade_key, _grade_text,
              lambda a, b: f"simpler wording ({_grade_text(a)} vs {_grade_text(b).removeprefix('grade ')})",
              lambda a, b: True),
    Criterion("closeness", lambda r: -round(_score(r), 2), lambda r: f"{_score(r):.2f}",
              lambda a, b: f"closer to the question ({_score(a):.2f} vs {_score(b):.2f})", lambda a, b: True),
    Criterion("risk", lambda r: r.risk, lambda r: f"{r.risk:.2f}",
              lambda a, b: f"lower risk ({a.risk:.2f} vs {b.risk:.2f})", lambda a, b: True),
)
#: The criteria the side-by-side views show, in order.
SHOWN = ("facts", "policy", "relevance", "grammar", "simplicity", "style")
#: Criteria that a reason names together as "same facts".
FACTS = ("facts", "doubts", "checked", "support")


def _sort_key(report: Report) -> tuple:
    return tuple(c.key(report) for c in CRITERIA)


def decide(better: Report, worse: Report) -> tuple[str, str, bool, list[str]]:
    """(criterion, why, close, the criteria they tie on before it) between two neighbours."""
    tied: list[str] = []
    for c in CRITERIA:
        if c.key(better) != c.key(worse):
            return c.name, c.why(better, worse), c.close(better, worse), tied
        tied.append(c.name)
    return "order", "level on every criterion; kept in input order", True, tied


def _same(tied: list[str]) -> str:
    names = ["facts"] if "facts" in tied else []
    names += [n for n in tied if n not in FACTS and n in SHOWN]
    if not names:
        return ""
    said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"same {said}; "


def _summary(report: Report) -> str:
    if report.error:
        return "could not be checked"
    counts = Counter(f.severity for f in report.findings)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}" for s in ("error", "warning", "info") if counts[s]]
    return f"{report.route}, risk {report.risk:.2f}, " + (", ".join(parts) if parts else "no findings")


def criteria(report: Report) -> dict[str, str]:
    """Each shown criterion of one candidate, in words."""
    by_name = {c.name: c for c in CRITERIA}
    return {name: by_name[name].describe(report) for name in SHOWN}


def rank_group(reports: list[Report]) -> None:
    """Rank the reports of one question in place."""
    ordered = sorted(range(len(reports)), key=lambda i: (_sort_key(reports[i]), i))
    between = []
    for upper, lower in zip(ordered, ordered[1:]):
        between.append(decide(reports[upper], reports[lower]))
    for rank, i in enumerate(ordered, start=1):
        report = reports[i]
        reasons = [_summary(report)]
        if rank > 1:
            better = reports[ordered[rank - 2]]
            name, why, _, tied = between[rank - 2]
            if name == "facts":
                reasons.append(f"ranked below {better.answer_id}: it states a fact the evidence contradicts")
            elif name == "checked":
                reasons.append(f"ranked below {better.answer_id}: it could not be checked")
            else:
                reasons.append(f"ranked below {better.answer_id}: {_same(tied)}{why}")
        if rank < len(ordered):
            worse = reports[ordered[rank]]
            name, why, close, tied = between[rank - 1]
            if name == "facts":
                why = f"{worse.answer_id} states a fact the evidence contradicts"
            elif name == "checked":
                why = f"{worse.answer_id} could not be checked"
            reasons.append(f"ranked above {worse.answer_id}: {_same(tied)}{why}" + (" (a close call)" if close else ""))
            report.metrics["margin"] = {"to": worse.answer_id, "criterion": name, "detail": why, "close": close}
        else:
            report.metrics["margin"] = None
        top_rules = sorted({f.rule for f in report.findings if f.severity != "info"})
        if top_rules:
            reasons.append("findings: " + ", ".join(top_rules))
        report.metrics["rank"] = rank
        report.metrics["candidates"] = len(reports)
        report.metrics["best"] = rank == 1
        report.metrics["criteria"] = criteria(report)
        report.metrics["rank_reasons"] = reasons


def rank_batch(answers: list[Answer], reports: list[Report]) -> None:
    """Rank every group of candidates found in a batch (answers and reports in the same order)."""
    groups: dict[str, list[tuple[Answer, Report]]] = {}
    for answer, report in zip(answers, reports):
        key = group_key(answer)
        if key is not None:
            groups.setdefault(key, []).append((answer, report))
    for members in groups.values():
        if len(members) > 1:
            cover([a for a, _ in members], [r for _, r in members])
            rank_group([r for _, r in members])
