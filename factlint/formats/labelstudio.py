"""labelstudio: a JSON list of Label Studio tasks with pre-annotations (`predictions`).

Import the file in a Label Studio project (Import, or POST /api/projects/ID/import) whose
labeling config has a Text tag on `$text`, a Labels tag for the findings and a Choices tag
for the route; `label_config()` writes such a config. One task per answer, in input order,
error reports included:

    {
      "data": {"text", "question", "id", "question_id", "source", "record_line",
               "route", "risk", "rank", "candidates", "rules", "reasons", "error"},
      "predictions": [{
        "model_version": "factlint 0.1.0",
        "score": 0.25,                         1 - risk: see below
        "result": [
          {"id": "f1", "from_name": "label", "to_name": "text", "type": "labels",
           "value": {"start": 5, "end": 12, "text": "...", "labels": ["style/slang"]}},
          ...one per finding with a span...
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

Findings without a span (start == end) get no region (Label Studio cannot show an empty
one); their rules are still in `data.rules` and the route's reasons in `data.reasons`.
Overlapping findings give overlapping regions, which Label Studio allows.

Options:

- `label_from_name` / `label_to_name` (default "label" / "text"): the Labels tag's name and
  the Text tag it points to.
- `route_from_name` / `route_to_name` (default "route" / "text"): the Choices tag's name and
  the tag it points to.
- `span_label` ("rule", the default, or "category"): which name a region's label carries.
- `score` ("safety", the default: 1 - risk, or "risk").

The list is streamed: a task per line as answers arrive, the closing bracket on close().
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr

from factlint.formats.json_report import dumps
from factlint.formats.records import json_safe, one_line
from factlint.formats.triage_view import TriageItem, TriageWriter
from factlint.model import CATEGORIES, ROUTES
from factlint.registry import formats

DEFAULTS = {
    "label_from_name": "label",
    "label_to_name": "text",
    "route_from_name": "route",
    "route_to_name": "text",
    "span_label": "rule",
    "score": "safety",
}


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
    return record.category if how == "category" else record.rule


def label_config(labels: list[str] | None = None, options: dict[str, Any] | None = None) -> str:
    """A Label Studio labeling config for the tasks this writer makes.

    `labels`: the region labels to offer (rule ids, or categories with span_label
    "category"); default: every category (factlint.model.CATEGORIES). Tags are named as the options say."""
    o = {**DEFAULTS, **(options or {})}
    labels = list(labels) if labels is not None else list(CATEGORIES)
    text_name = o["label_to_name"]
    lines = [
        "<View>",
        '  <Header value="$question"/>',
        f"  <Text name={quoteattr(text_name)} value=\"$text\"/>",
        f"  <Labels name={quoteattr(o['label_from_name'])} toName={quoteattr(text_name)}>",
        *(f"    <Label value={quoteattr(label)}/>" for label in labels),
        "  </Labels>",
        f"  <Choices name={quoteattr(o['route_from_name'])} toName={quoteattr(o['route_to_name'])} choice=\"single\">",
        *(f"    <Choice value={quoteattr(route)}/>" for route in ROUTES),
        "  </Choices>",
        "</View>",
    ]
    return "\n".join(lines) + "\n"


@formats.register("labelstudio")
class LabelStudioWriter(TriageWriter):
    name = "labelstudio"

    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self.stream = JsonListStream(out)
        self.o = {**DEFAULTS, **{k: v for k, v in self.options.items() if k in DEFAULTS and v}}

    def task(self, item: TriageItem) -> dict[str, Any]:
        o = self.o
        result: list[dict[str, Any]] = []
        seen = set()
        for r in item.records:
            label = span_label(r, o["span_label"])
            if r.end <= r.start or (r.start, r.end, label) in seen:
                continue  # an empty region cannot be shown; one region per label and span
            seen.add((r.start, r.end, label))
            result.append({
                "id": f"f{len(result) + 1}",
                "from_name": o["label_from_name"],
                "to_name": o["label_to_name"],
                "type": "labels",
                "value": {"start": r.start, "end": r.end, "text": r.matched, "labels": [label]},
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
            "question": item.question,
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
