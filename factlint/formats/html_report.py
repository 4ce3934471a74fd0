"""html: one self-contained page a trainer opens in a browser to read a triage batch.

What the page shows:

- the answers grouped by question (candidates of one question share `question_id`, else
  the question's text; answers without a question form one group), in order of first
  appearance; within a group the candidates sit side by side (stacked on a narrow window),
  best rank first, each with its rank ("#1 of 3"), route badge, risk, id, place in the input
  file, the reasons for its route and its rank; the best candidate is marked "best", and each
  candidate says what put it above the next one ("a close call" where little did);
- above the candidates of a ranked question, their ranking criteria side by side: one column
  per candidate, best first, one row per criterion (facts, policy, relevance, grammar,
  simplicity, style; see factlint.ranking), and the criterion that decided each neighbour;
- the findings highlighted in the answer text at their offsets. Overlapping findings split
  the text into segments, each marked with every finding that covers it (`data-f`), so a
  finding's marks, read in order, are exactly its text. Hovering over or clicking a
  highlight shows the findings there: rule, severity, message, suggestions and the evidence
  that decided a fact finding, as its sentence (factlint.formats.quotes), with its source,
  stance and score; the whole passage, and the passages retrieved that did not decide,
  stay folded under it. Each highlight also carries the messages as its `title`, for a
  page read without scripts. The full list is also under each answer;
- filters by route (checkboxes) and by rule (a select, which also offers the answers that
  could not be checked), counts per route and per rule, and "Expand all" (every answer's
  list of findings and the ranking criteria open at once; "Collapse all" folds them);
- answers that could not be checked, with the reason.

Safety: answers, questions, messages and evidence are untrusted text. Every one of them is
HTML-escaped before it is written, nothing from the input becomes a link, a style or a
script, and the page loads nothing from anywhere (inline CSS and JS, no URLs).

The same input gives the same bytes (no dates, no random ids).

Memory: unlike jsonl and csv, this format holds every answer until `close()`, as rendered
HTML (the reports themselves are dropped), because grouping and ranking need the whole
batch. It is for batches a person reads (thousands of answers, not millions); use jsonl for
large runs and render a sample. For scale: 10,000 short answers make a 13 MB page that
headless Chromium loaded in about 2-3 s here (groups off screen are not laid out until
scrolled to: `content-visibility: auto`). Option: `title` (the page title).
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from factlint.formats.quotes import DECIDING, deciding_quotes
from factlint.formats.records import FindingRecord, one_line
from factlint.formats.triage_view import TriageItem, TriageWriter
from factlint.model import ROUTES, SEVERITY_RANK
from factlint.registry import formats

DEFAULT_TITLE = "factlint triage report"
ERROR_FILTER = "#error"  # the rule select's value for "could not be checked"


def esc(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _worst(records: list[FindingRecord]) -> str:
    return max((r.severity for r in records), key=SEVERITY_RANK.__getitem__)


def highlight(text: str, records: list[FindingRecord], ids: list[str]) -> str:
    """`text` as HTML with each stretch covered by findings in one <mark>.

    The text is cut at every finding's start and end; a segment covered by one or more
    findings becomes a <mark> listing them all in `data-f` (ids) and `data-r` (rules). A
    finding without a span (start == end) becomes an empty <mark> at its place."""
    bounds = sorted({0, len(text)} | {r.start for r in records} | {r.end for r in records})
    empty: dict[int, list[int]] = {}
    for i, r in enumerate(records):
        if r.end == r.start:
            empty.setdefault(r.start, []).append(i)

    def mark(indices: list[int], content: str, extra: str = "") -> str:
        covering = [records[i] for i in indices]
        classes = f"hl sev-{_worst(covering)}{' multi' if len(indices) > 1 else ''}{extra}"
        rules = " ".join(sorted({r.rule for r in covering}))
        f = " ".join(ids[i] for i in indices)
        title = "\n".join(f"{r.rule}: {one_line(r.message)}" for r in covering)
        return (f'<mark class="{classes}" data-f="{esc(f)}" data-r="{esc(rules)}" title="{esc(title)}" '
                f'tabindex="0">{content}</mark>')

    parts = []
    for k, a in enumerate(bounds):
        if a in empty:
            parts.append(mark(empty[a], "", " point"))
        if k + 1 == len(bounds):
            break
        b = bounds[k + 1]
        covering = [i for i, r in enumerate(records) if r.start <= a and b <= r.end and r.start < r.end]
        segment = esc(text[a:b])
        parts.append(mark(covering, segment) if covering else segment)
    return "".join(parts)


def _finding_html(r: FindingRecord, fid: str) -> str:
    head = f'<span class="sev sev-{esc(r.severity)}">{esc(r.severity)}</span> <code class="rule">{esc(r.rule)}</code>'
    if r.confidence is not None:
        head += f' <span class="conf">confidence {r.confidence:.2f}</span>'
    parts = [f'<div class="fhead">{head}</div>', f'<div class="msg">{esc(r.message)}</div>']
    if r.matched:
        parts.append(f'<div class="quote">{esc(r.matched)}</div>')
    if r.suggestions:
        parts.append('<div class="sugg">Suggestions: ' + ", ".join(f"<q>{esc(s)}</q>" for s in r.suggestions) + "</div>")
    for q in deciding_quotes(r):
        passage = ""
        if q.sentence != " ".join(q.passage.split()):
            passage = (f'<details class="passage"><summary>whole passage</summary>'
                       f'<blockquote>{esc(q.passage)}</blockquote></details>')
        parts.append(
            f'<div class="ev ev-{esc(q.stance)}">{_evidence_head(q.stance, q.source, q.score)}'
            f'<blockquote class="evs">{esc(q.sentence)}</blockquote>{passage}</div>'
        )
    others = [e for e in r.evidence if e.get("stance") not in DECIDING]
    if others:
        n = len(others)
        items = "".join(
            f'<div class="ev ev-{esc(e.get("stance") or "evidence")}">'
            f'{_evidence_head(e.get("stance") or "evidence", e.get("source"), e.get("score"))}'
            f'<blockquote>{esc(e.get("text"))}</blockquote></div>'
            for e in others
        )
        parts.append(f'<details class="others"><summary>{n} more passage{"s" if n != 1 else ""} retrieved, '
                     f'not deciding</summary>{items}</details>')
    return (
        f'<li class="finding sev-{esc(r.severity)}" id="{fid}" data-rule="{esc(r.rule)}" '
        f'data-start="{r.start}" data-end="{r.end}">{"".join(parts)}</li>'
    )


def _evidence_head(stance, source, score) -> str:
    score_text = f"score {score:.3f}" if isinstance(score, (int, float)) else ""
    return (f'<div class="evh"><span class="stance">{esc(stance)}</span> '
            f'<span class="src">{esc(source or "?")}</span> <span class="score">{score_text}</span></div>')


class _Group:
    def __init__(self, question: str | None, question_id: str | None) -> None:
        self.question = question
        self.question_id = question_id
        self.cards: list[tuple[tuple, str]] = []
        #: (rank, answer id, criteria, deciding criterion, close) of each ranked candidate.
        self.criteria: list[tuple[int, str, dict[str, str], str, bool]] = []

    def criteria_table(self) -> str:
        """The ranking criteria of the ranked candidates side by side, best first."""
        ranked = sorted(self.criteria)
        if len(ranked) < 2:
            return ""
        names = list(dict.fromkeys(n for _, _, c, _, _ in ranked for n in c))
        head = "".join(f'<th scope="col">#{rank} <span class="aid">{esc(aid)}</span></th>' for rank, aid, *_ in ranked)
        rows = "".join(
            f'<tr><th scope="row">{esc(n)}</th>' + "".join(f"<td>{esc(c.get(n, ''))}</td>" for _, _, c, _, _ in ranked) + "</tr>"
            for n in names
        )
        over = "".join(
            f'<td class="{"close" if close else ""}">{esc(by) + (" (close)" if close else "") if by else ""}</td>'
            for *_, by, close in ranked
        )
        rows += f'<tr class="over"><th scope="row">over next</th>{over}</tr>'
        return (
            '<details class="criteria" open><summary>Ranking criteria, side by side</summary>'
            f'<table class="criteria"><thead><tr><th></th>{head}</tr></thead><tbody>{rows}</tbody></table></details>'
        )


@formats.register("html")
class HtmlWriter(TriageWriter):
    name = "html"

    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self.groups: dict[tuple[str, str], _Group] = {}
        self.findings = 0
        self.rule_findings: Counter = Counter()
        self.rule_answers: Counter = Counter()
        self.routes: Counter = Counter()
        self.errors = 0

    # -- collecting ----------------------------------------------------------------------

    def emit_item(self, item: TriageItem) -> None:
        n = sum(self.routes.values()) + 1  # this answer's number, for element ids
        first_finding = self.findings + 1
        self.findings += len(item.records)
        self.routes[item.route] += 1
        self.errors += item.error is not None
        for r in item.records:
            self.rule_findings[r.rule] += 1
        for rule in item.rules:
            self.rule_answers[rule] += 1

        group = self.groups.get(item.group_key)
        if group is None:
            group = self.groups[item.group_key] = _Group(item.question, item.question_id)
        ids = [f"f{first_finding + i}" for i in range(len(item.records))]
        order = (item.rank is None, item.rank or 0, n)
        group.cards.append((order, self.card(item, f"a{n}", ids)))
        if item.rank is not None and item.criteria:
            margin = item.margin or {}
            group.criteria.append((item.rank, item.answer_id, item.criteria, str(margin.get("criterion") or ""),
                                   bool(margin.get("close"))))

    def card(self, item: TriageItem, aid: str, ids: list[str]) -> str:
        route = item.route
        head = []
        if item.rank is not None:
            of = f" of {item.candidates}" if item.candidates else ""
            head.append(f'<span class="rank" title="rank among the candidates (1 = best)">#{item.rank}{esc(of)}</span>')
            if item.best:
                head.append('<span class="best">best</span>')
        head.append(f'<span class="badge route-{esc(route)}">{esc(route)}</span>')
        head.append(f'<span class="risk">risk {item.risk:.2f}</span>')
        head.append(f'<span class="aid">{esc(item.answer_id)}</span>')
        where = item.ref.path + (f":{item.ref.record_line}" if item.ref.record_line is not None else "")
        if where != item.answer_id:  # readers name unreadable records "path:line" already
            head.append(f'<span class="where">{esc(where)}</span>')

        body = [f'<div class="chead">{" ".join(head)}</div>']
        if item.error:
            body.append(f'<div class="error"><strong>Could not be checked:</strong> {esc(item.error)}</div>')
        reasons = item.route_reasons
        if reasons and not item.error:
            body.append('<ul class="reasons">' + "".join(f"<li>{esc(r)}</li>" for r in reasons) + "</ul>")
        if item.text:
            body.append(f'<div class="text">{highlight(item.text, item.records, ids)}</div>')
        if item.records:
            counts = item.severity_counts
            label = ", ".join(f"{n} {s}{'s' if n != 1 and s != 'info' else ''}" for s, n in counts.items() if n)
            items = "".join(_finding_html(r, fid) for r, fid in zip(item.records, ids))
            body.append(
                f'<details class="flist"><summary>{len(item.records)} finding{"s" if len(item.records) != 1 else ""}'
                f' ({esc(label)})</summary><ol>{items}</ol></details>'
            )
        if item.margin_reason:
            close = item.margin.get("close") if item.margin else False
            body.append(f'<div class="margin{" close" if close else ""}">{esc(item.margin_reason)}'
                        + (' <span class="closecall">a close call</span>' if close else "") + "</div>")
        if item.rank_reasons:
            body.append('<div class="rank-reasons">Rank: ' + esc("; ".join(item.rank_reasons)) + "</div>")
        return (
            f'<article class="card route-{esc(route)}" id="{aid}" data-route="{esc(route)}" '
            f'data-rules="{esc(" ".join(item.rules))}" data-error="{1 if item.error else 0}" '
            f'data-answer-id="{esc(item.answer_id)}">{"".join(body)}</article>'
        )

    # -- the page ------------------------------------------------------------------------

    def finish(self) -> None:
        title = esc(self.options.get("title") or DEFAULT_TITLE)
        total = sum(self.routes.values())
        out = self.out
        out.write(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="{esc(self.model_version)}">\n'
            f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        )
        out.write(self._top(title, total))
        out.write("<main>\n")
        for g, group in enumerate(self.groups.values(), start=1):
            out.write(self._group(group, g))
        if not self.groups:
            out.write('<p class="empty">No answers.</p>\n')
        out.write("</main>\n")
        out.write('<div id="pop" role="tooltip" hidden></div>\n')
        out.write(f"<script>{JS}</script>\n</body>\n</html>\n")
        self.groups.clear()

    def _top(self, title: str, total: int) -> str:
        routes = "".join(
            f'<label class="ropt"><input type="checkbox" name="route" value="{r}" checked> '
            f'<span class="badge route-{r}">{r}</span> <span class="n" data-route-count="{r}">{self.routes[r]}</span></label>'
            for r in ROUTES
        )
        rules = sorted(self.rule_findings, key=lambda k: (-self.rule_answers[k], k))
        options = [f'<option value="">all rules ({total} answers)</option>']
        options += [f'<option value="{esc(r)}">{esc(r)} ({self.rule_answers[r]})</option>' for r in rules]
        if self.errors:
            options.append(f'<option value="{ERROR_FILTER}">could not be checked ({self.errors})</option>')
        rows = "".join(
            f'<tr><td><code>{esc(r)}</code></td><td class="num">{self.rule_findings[r]}</td>'
            f'<td class="num">{self.rule_answers[r]}</td></tr>'
            for r in rules
        )
        table = (
            '<table class="rules"><thead><tr><th>rule</th><th>findings</th><th>answers</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>" if rows else "<p>No findings.</p>"
        )
        questions = sum(1 for key in self.groups if key[0] != "none")
        stats = (
            f"{total} answer{'s' if total != 1 else ''} · {questions} question{'s' if questions != 1 else ''} · "
            f"{self.findings} finding{'s' if self.findings != 1 else ''}"
            + (f" · {self.errors} could not be checked" if self.errors else "")
        )
        return (
            f'<header class="top">\n<h1>{title}</h1>\n<p class="stats">{stats}</p>\n'
            f'<div class="filters"><fieldset id="route-filter"><legend>Route</legend>{routes}</fieldset>\n'
            f'<label class="rsel">Rule <select id="rule-filter">{"".join(options)}</select></label>\n'
            f'<span id="shown" aria-live="polite">showing {total} of {total}</span>\n'
            '<button type="button" id="expand-all" aria-pressed="false">Expand all</button></div>\n'
            f'<details class="counts"><summary>Findings per rule</summary>{table}</details>\n'
            "</header>\n"
        )

    def _group(self, group: _Group, g: int) -> str:
        if group.question is not None:
            heading = esc(group.question)
        elif group.question_id is not None:
            heading = f"Question {esc(group.question_id)}"
        else:
            heading = "Answers without a question"
        meta = []
        if group.question_id is not None:
            meta.append(f"id {esc(group.question_id)}")
        meta.append(f"{len(group.cards)} answer{'s' if len(group.cards) != 1 else ''}")
        cards = "\n".join(html for _, html in sorted(group.cards, key=lambda c: c[0]))
        return (
            f'<section class="group" id="q{g}"><h2>{heading}</h2>'
            f'<p class="qmeta">{" · ".join(meta)}</p>\n{group.criteria_table()}<div class="cards">\n{cards}\n</div></section>\n'
        )


CSS = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;
--err:#d1242f;--err-bg:#ffebe9;--warn:#9a6700;--warn-bg:#fff8c5;--info:#0969da;--info-bg:#ddf4ff;
--pass:#1a7f37;--pass-bg:#dafbe1}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
header.top{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1.2rem}
h1{font-size:1.25rem;margin:0}
.stats{margin:.1rem 0 .4rem;color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem 1.4rem}
fieldset{border:0;margin:0;padding:0;display:flex;gap:.8rem;align-items:center}
legend{float:left;margin-right:.4rem;font-weight:600}
.ropt{cursor:pointer;white-space:nowrap}
.rsel{font-weight:600}
select{font:inherit;max-width:24rem;margin-left:.3rem}
#shown{color:var(--muted)}
details.counts summary{cursor:pointer;color:var(--muted);margin-top:.3rem}
table.rules{border-collapse:collapse;margin:.3rem 0;font-size:.9rem}
table.rules td,table.rules th{border-bottom:1px solid var(--line);padding:.15rem .7rem;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
main{padding:1rem 1.2rem;max-width:1600px;margin:0 auto}
section.group{margin:0 0 1.6rem;content-visibility:auto;contain-intrinsic-size:auto 420px}
section.group h2{font-size:1.1rem;margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.qmeta{margin:0 0 .5rem;color:var(--muted);font-size:.85rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:.9rem;align-items:start}
article.card{background:#fff;border:1px solid var(--line);border-top:4px solid var(--line);border-radius:6px;padding:.7rem .9rem}
article.route-pass{border-top-color:var(--pass)}
article.route-review{border-top-color:#d4a72c}
article.route-reject{border-top-color:var(--err)}
.chead{display:flex;flex-wrap:wrap;gap:.3rem .6rem;align-items:center;font-size:.85rem}
.rank{font-weight:700;font-size:1rem}
.badge{display:inline-block;border-radius:999px;padding:0 .55rem;font-size:.8rem;font-weight:600;border:1px solid}
.route-pass.badge{color:var(--pass);background:var(--pass-bg)}
.route-review.badge{color:var(--warn);background:var(--warn-bg)}
.route-reject.badge{color:var(--err);background:var(--err-bg)}
.risk{font-variant-numeric:tabular-nums}
.aid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.where{color:var(--muted);overflow-wrap:anywhere}
ul.reasons{margin:.35rem 0;padding-left:1.1rem;font-size:.85rem;color:var(--muted)}
.error{margin:.4rem 0;padding:.4rem .6rem;background:var(--err-bg);border-left:3px solid var(--err);white-space:pre-wrap;overflow-wrap:anywhere}
.text{margin:.5rem 0;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.65}
mark.hl{color:inherit;border-radius:2px;cursor:pointer;padding:.05em 0}
mark.sev-error{background:var(--err-bg);box-shadow:inset 0 -2px 0 var(--err)}
mark.sev-warning{background:var(--warn-bg);box-shadow:inset 0 -2px 0 #d4a72c}
mark.sev-info{background:var(--info-bg);box-shadow:inset 0 -2px 0 var(--info)}
mark.multi{box-shadow:inset 0 -4px 0 var(--fg)}
mark.point::before{content:"\\25B4";color:var(--err);font-size:.9em}
mark.hl.cur{outline:2px solid var(--fg)}
mark.hl.dim{background:none;box-shadow:none}
mark.hl:focus-visible{outline:2px solid var(--info)}
details.flist summary{cursor:pointer;font-size:.85rem;color:var(--muted)}
details.flist ol{margin:.3rem 0;padding-left:1.2rem}
li.finding{margin:.35rem 0;font-size:.9rem}
.fhead{display:flex;gap:.5rem;align-items:baseline;flex-wrap:wrap}
.sev{font-weight:700;font-size:.75rem;text-transform:uppercase}
.sev-error .sev,.sev.sev-error{color:var(--err)}
.sev-warning .sev,.sev.sev-warning{color:var(--warn)}
.sev-info .sev,.sev.sev-info{color:var(--info)}
code.rule{font-size:.85em}
.conf{color:var(--muted);font-size:.8rem}
.msg{white-space:pre-wrap;overflow-wrap:anywhere}
.quote{color:var(--muted);font-style:italic;white-space:pre-wrap;overflow-wrap:anywhere}
.quote::before{content:"\\201C"}.quote::after{content:"\\201D"}
.sugg{font-size:.85rem}
.ev{margin:.3rem 0;border-left:3px solid var(--line);padding-left:.5rem}
details.passage summary,details.others summary{cursor:pointer;font-size:.8rem;color:var(--muted)}
#expand-all{font:inherit;font-size:.85rem;padding:.1rem .6rem;cursor:pointer}
.ev-contradicts{border-left-color:var(--err)}
.ev-supports{border-left-color:var(--pass)}
.evh{font-size:.8rem;color:var(--muted);display:flex;gap:.5rem;flex-wrap:wrap}
.stance{font-weight:600}
.src{overflow-wrap:anywhere}
blockquote{margin:.15rem 0;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.88rem}
.rank-reasons{font-size:.8rem;color:var(--muted);margin-top:.3rem}
.best{font-weight:700;font-size:.75rem;color:var(--pass);background:var(--pass-bg);border-radius:999px;padding:0 .5rem}
.margin{font-size:.85rem;margin-top:.3rem}
.closecall{font-size:.75rem;font-weight:600;color:var(--warn);background:var(--warn-bg);border-radius:999px;padding:0 .45rem}
details.criteria{margin:0 0 .6rem}
details.criteria summary{cursor:pointer;color:var(--muted);font-size:.85rem}
table.criteria{border-collapse:collapse;background:#fff;font-size:.85rem;margin-top:.3rem}
table.criteria th,table.criteria td{border:1px solid var(--line);padding:.2rem .6rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
table.criteria thead th{background:var(--bg)}
table.criteria tbody th{font-weight:600;color:var(--muted)}
table.criteria td.close{color:var(--warn)}
#pop{position:absolute;z-index:10;max-width:min(34rem,calc(100vw - 1rem));max-height:60vh;overflow:auto;background:#fff;
border:1px solid var(--line);border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:.5rem .8rem}
#pop .pop-item+.pop-item{border-top:1px solid var(--line);margin-top:.4rem;padding-top:.4rem}
.empty{color:var(--muted)}
"""

JS = """
(function(){
"use strict";
var pop=document.getElementById("pop"),pinned=null,shown=null;
// The popover shows the messages; a title would show them a second time.
document.querySelectorAll("mark.hl[title]").forEach(function(m){m.setAttribute("data-title",m.title);m.removeAttribute("title");});
var expand=document.getElementById("expand-all");
expand.addEventListener("click",function(){var open=expand.getAttribute("aria-pressed")!=="true";
 document.querySelectorAll("details.flist,details.criteria").forEach(function(d){d.open=open;});
 expand.setAttribute("aria-pressed",open?"true":"false");expand.textContent=open?"Collapse all":"Expand all";});
function marksOf(mark,ids){var out=[];mark.closest("article").querySelectorAll("mark.hl").forEach(function(m){
 var f=m.getAttribute("data-f").split(" ");if(ids.some(function(i){return f.indexOf(i)>=0;}))out.push(m);});return out;}
function clearCur(){document.querySelectorAll("mark.hl.cur").forEach(function(m){m.classList.remove("cur");});}
function show(mark){
 var ids=mark.getAttribute("data-f").split(" ");
 pop.textContent="";
 ids.forEach(function(id){var li=document.getElementById(id);if(!li)return;
  var d=document.createElement("div");d.className="pop-item "+li.className;d.innerHTML=li.innerHTML;pop.appendChild(d);});
 clearCur();marksOf(mark,ids).forEach(function(m){m.classList.add("cur");});
 pop.hidden=false;shown=mark;
 var r=mark.getBoundingClientRect(),w=pop.offsetWidth,vw=document.documentElement.clientWidth;
 var left=Math.max(4,Math.min(r.left+window.scrollX,window.scrollX+vw-w-4));
 pop.style.left=left+"px";pop.style.top=(r.bottom+window.scrollY+6)+"px";
}
function hide(){pop.hidden=true;shown=null;pinned=null;clearCur();}
document.addEventListener("mouseover",function(e){var m=e.target.closest&&e.target.closest("mark.hl");
 if(m&&!pinned&&m!==shown)show(m);});
document.addEventListener("mouseout",function(e){var m=e.target.closest&&e.target.closest("mark.hl");
 if(m&&!pinned&&!(e.relatedTarget&&m.contains(e.relatedTarget)))hide();});
document.addEventListener("click",function(e){var m=e.target.closest&&e.target.closest("mark.hl");
 if(m){if(pinned===m){hide();}else{show(m);pinned=m;}return;}
 if(!pop.contains(e.target))hide();});
document.addEventListener("focusin",function(e){var m=e.target.closest&&e.target.closest("mark.hl");if(m&&!pinned)show(m);});
document.addEventListener("keydown",function(e){if(e.key==="Escape")hide();
 var m=e.target.closest&&e.target.closest("mark.hl");if(m&&(e.key==="Enter"||e.key===" ")){e.preventDefault();show(m);pinned=m;}});
var sel=document.getElementById("rule-filter"),count=document.getElementById("shown");
function apply(){
 var routes=[];document.querySelectorAll("#route-filter input").forEach(function(i){if(i.checked)routes.push(i.value);});
 var rule=sel.value,n=0,total=0;
 document.querySelectorAll("article.card").forEach(function(c){total++;
  var ok=routes.indexOf(c.getAttribute("data-route"))>=0;
  if(ok&&rule){ok=rule==="#error"?c.getAttribute("data-error")==="1":c.getAttribute("data-rules").split(" ").indexOf(rule)>=0;}
  c.hidden=!ok;if(ok)n++;});
 document.querySelectorAll("section.group").forEach(function(g){g.hidden=!g.querySelector("article.card:not([hidden])");});
 document.querySelectorAll("mark.hl").forEach(function(m){
  m.classList.toggle("dim",!!rule&&rule!=="#error"&&m.getAttribute("data-r").split(" ").indexOf(rule)<0);});
 count.textContent="showing "+n+" of "+total;hide();
}
document.querySelectorAll("#route-filter input").forEach(function(i){i.addEventListener("change",apply);});
sel.addEventListener("change",apply);
apply();
})();
"""
