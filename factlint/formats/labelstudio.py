"""labelstudio: a JSON list of Label Studio tasks with pre-annotations (`predictions`).

Import the file in a Label Studio project (Import, or POST /api/projects/ID/import) whose
labeling config has a Text tag on `$text`, a Labels tag for the findings, a per-region
TextArea for their messages and a Choices tag for the route. `label_config()` writes the
config that fits the tasks written with the same options (`factlint labelstudio-config` from
the command line). One task per answer, in input order, error reports included:

    {
      "data": {"text", "question", "id", "question_id", "source", "record_line",
               "route", "risk", "rank", "candidates", "rules", "reasons", "error"},
      "predictions": [{
        "model_version": "factlint 0.1.0",
        "score": 0.25,                         1 - risk: see below
        "result": [
          {"id": "f1", "from_name": "label", "to_name": "text", "type": "labels",
           "value": {"start": 5, "end": 12, "text": "...", "labels": ["style"]}},
          {"id": "f1", "from_name": "message", "to_name": "text", "type": "textarea",
           "value": {"start": 5, "end": 12, "text": ["style/slang (warning): Slang: 'gonna'. ..."]}},
          ...two per finding with a span: its region, and the message on that region...
          {"id": "route", "from_name": "route", "to_name": "text", "type": "choices",
           "value": {"choices": ["review"]}}
        ]
      }]
    }

Label Studio's documented format (labelstud.io/guide/predictions): `start`/`end` are
offsets in characters of the text, end exclusive; `text` is the labeled text, which may be
left out. They are factlint's code-point offsets unchanged. (Label Studio's own editor has
had trouble placing regions after an emoji or other character outside the Basic
Multilingual Plane, which JavaScript counts as two; the offsets written here are right for
the text, as Python and the export read it.)

The prediction `score`: Label Studio sorts tasks by prediction score with the lowest first
("Task with the lowest score will be shown first", API reference), because a score is a
model's confidence. So the score is 1 - risk: the riskiest answer has the lowest score and
comes first. `data.risk` holds the risk itself for a Data Manager column. Set the option
`score` to "risk" to write the risk instead.

Regions are labelled by category (fact, grammar, ..., the labels `label_config()` offers by
default), so that every region shows a label in a project made with the default config. The
finding itself is on the region: the per-region TextArea result with the region's id holds
"rule (severity): message", then any suggestions, then for a fact finding the evidence sentence
that decided it ("evidence (contradicts, source): ..."; see factlint.formats.quotes). Label
Studio shows it when the region is selected. Findings of one category on the same span share
a region, and their messages are listed together.

Findings without a span (start == end) get no region (Label Studio cannot show an empty
one); their rules are still in `data.rules` and the route's reasons in `data.reasons`.
Overlapping findings give overlapping regions, which Label Studio allows.

Options:

- `label_from_name` / `label_to_name` (default "label" / "text"): the Labels tag's name and
  the Text tag it points to.
- `route_from_name` / `route_to_name` (default "route" / "text"): the Choices tag's name and
  the tag it points to.
- `message_from_name` (default "message"): the per-region TextArea's name; `messages`
  (default true): false writes no message results (and `label_config()` no TextArea).
- `span_label` ("category", the default, or "rule"): which name a region's label carries.
  With "rule", the project's config must offer every rule id the run can report:
  `label_config(rule_ids, {"span_label": "rule"})`, or `factlint labelstudio-config
  --format-option span_label=rule`, which lists those of the active packs and checks.
- `score` ("safety", the default: 1 - risk, or "risk").

The list is streamed: a task per line as answers arrive, the closing bracket on close().
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr

from factlint.formats.json_report import dumps
from factlint.formats.quotes import deciding_quotes
from factlint.formats.records import FindingRecord, json_safe, one_line
from factlint.formats.triage_view import TriageItem, TriageWriter
from factlint.model import CATEGORIES, ROUTES
from factlint.registry import formats

DEFAULTS = {
    "label_from_name": "label",
    "label_to_name": "text",
    "route_from_name": "route",
    "route_to_name": "text",
    "message_from_name": "message",
    "messages": True,
    "span_label": "category",
    "score": "safety",
}
SPAN_LABELS = ("category", "rule")


def writer_options(defaults: dict[str, Any], options: dict[str, Any] | None) -> dict[str, Any]:
    """`defaults` with the options that name one of its keys; an empty value keeps the default.
    A `span_label` other than "category" or "rule" is a ValueError naming it."""
    o = {**defaults, **{k: v for k, v in (options or {}).items() if k in defaults and v not in (None, "")}}
    if "span_label" in o and o["span_label"] not in SPAN_LABELS:
        raise ValueError(f"span_label must be one of {', '.join(SPAN_LABELS)}, not {o['span_label']!r}")
    return o


class JsonListStream:
    """Writes a JSON list one item per line, so nothing accumulates: "[", items, "]"."""

    def __init__(self, out) -> None:
        self.out = out
        self.count = 0

    def add(self, item: Any) -> None:
        self.out.write(("[\n" if self.count == 0 else ",\n") + dumps(json_safe(item)))
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")


def span_label(record, how: str) -> str:
    return record.rule if how == "rule" else record.category


def span_labels(how: str, rules: list[str] | None = None) -> list[str]:
    """The labels a span question or Labels tag must offer for spans labelled `how`: every
    category, or (for "rule") the rule ids given, which cannot be guessed here."""
    if how == "rule":
        if rules is None:
            raise ValueError('span_label "rule" needs the rule ids to offer as labels (pass them as `labels`)')
        return sorted(dict.fromkeys(rules))
    return list(CATEGORIES)


def label_config(labels: list[str] | None = None, options: dict[str, Any] | None = None) -> str:
    """A Label Studio labeling config for the tasks this writer makes with the same options.

    `labels`: the region labels to offer; default: every category, which is what the writer
    labels regions with by default. With the option span_label "rule", pass the rule ids.
    Tags are named as the options say."""
    o = writer_options(DEFAULTS, options)
    labels = list(labels) if labels is not None else span_labels(o["span_label"])
    text_name = o["label_to_name"]
    lines = [
        "<View>",
        '  <Header value="$question"/>',
        f"  <Text name={quoteattr(text_name)} value=\"$text\"/>",
        f"  <Labels name={quoteattr(o['label_from_name'])} toName={quoteattr(text_name)}>",
        *(f"    <Label value={quoteattr(label)}/>" for label in labels),
        "  </Labels>",
    ]
    if o["messages"]:
        # One text per region, shown when the region is selected: the findings it stands for.
        lines.append(
            f"  <TextArea name={quoteattr(o['message_from_name'])} toName={quoteattr(text_name)}"
            ' perRegion="true" editable="true" rows="3"/>'
        )
    lines += [
        f"  <Choices name={quoteattr(o['route_from_name'])} toName={quoteattr(o['route_to_name'])} choice=\"single\">",
        *(f"    <Choice value={quoteattr(route)}/>" for route in ROUTES),
        "  </Choices>",
        "</View>",
    ]
    return "\n".join(lines) + "\n"


def finding_notes(r: FindingRecord) -> list[str]:
    """What a region says about one finding: rule, severity and message, the suggestions, and
    for a fact the evidence sentence that decided it."""
    notes = [f"{r.rule} ({r.severity}): {one_line(r.message)}"]
    if r.suggestions:
        notes.append("suggestions: " + ", ".join(one_line(s) for s in r.suggestions))
    for q in deciding_quotes(r):
        where = f", {q.source}" if q.source else ""
        notes.append(f"evidence ({q.stance}{where}): {q.sentence}")
    return notes


@formats.register("labelstudio")
class LabelStudioWriter(TriageWriter):
    name = "labelstudio"

    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self.stream = JsonListStream(out)
        self.o = writer_options(DEFAULTS, self.options)

    def task(self, item: TriageItem) -> dict[str, Any]:
        o = self.o
        # One region per label and span (an empty span cannot be shown); the notes of every
        # finding it stands for, in position order.
        regions: dict[tuple[int, int, str], list[str]] = {}
        matched: dict[tuple[int, int, str], str] = {}
        for r in item.records:
            if r.end <= r.start:
                continue
            key = (r.start, r.end, span_label(r, o["span_label"]))
            regions.setdefault(key, []).extend(finding_notes(r))
            matched[key] = r.matched
        result: list[dict[str, Any]] = []
        for n, ((start, end, label), notes) in enumerate(regions.items(), start=1):
            region_id = f"f{n}"
            result.append({
                "id": region_id,
                "from_name": o["label_from_name"],
                "to_name": o["label_to_name"],
                "type": "labels",
                "value": {"start": start, "end": end, "text": matched[(start, end, label)], "labels": [label]},
            })
            if o["messages"]:
                result.append({
                    "id": region_id,  # the same id: Label Studio shows it on that region
                    "from_name": o["message_from_name"],
                    "to_name": o["label_to_name"],
                    "type": "textarea",
                    "value": {"start": start, "end": end, "text": notes},
                })
        result.append({
            "id": "route",
            "from_name": o["route_from_name"],
            "to_name": o["route_to_name"],
            "type": "choices",
            "value": {"choices": [item.route]},
        })
        risk = round(item.risk, 4)
        score = risk if o["score"] == "risk" else round(1.0 - risk, 4)
        data = {
            "text": item.text,
            "question": item.question or "",  # the config's Header shows it; "" rather than null
            "id": item.answer_id,
            "question_id": item.question_id,
            "source": item.ref.source,
            "record_line": item.ref.record_line,
            "route": item.route,
            "risk": risk,
            "rank": item.rank,
            "candidates": item.candidates,
            "rules": ", ".join(item.rules),
            "reasons": "; ".join(one_line(r) for r in item.route_reasons),
            "error": item.error,
        }
        return {
            "data": data,
            "predictions": [{"model_version": self.model_version, "score": score, "result": result}],
        }

    def emit_item(self, item: TriageItem) -> None:
        self.stream.add(self.task(item))

    def finish(self) -> None:
        self.stream.close()
