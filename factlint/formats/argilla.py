"""argilla: Argilla 2.x records with suggestions, as a JSON list.

The file has the shape Argilla's SDK writes with `dataset.records.to_json(path)` and reads
with `dataset.records.from_json(path)` (a JSON list of `Record.to_dict()`), so importing is:

    import argilla as rg
    dataset = rg.Dataset(name="triage", settings=argilla_settings())   # see below
    dataset.create()
    dataset.records.from_json("triage.argilla.json")

One record per answer, in input order, error reports included:

    {
      "id": "iron-b",                              the answer id
      "fields": {"question": "...", "answer": "..."},
      "metadata": {"suggested_route", "risk", "rank", "candidates", "question_id", "source",
                   "record_line", "rules", "error"}      (keys without a value are left out)
      "suggestions": {
        "route":    {"value": "review", "score": 0.4375, "agent": "factlint 0.1.0"},
        "findings": {"value": [{"start": 16, "end": 25, "label": "style"}, ...],
                     "score": [1.0, ...], "agent": "factlint 0.1.0"}
      },
      "responses": {}, "vectors": {}
    }

- `route` is a suggestion for a LabelQuestion (labels pass, review, reject); its score is
  the answer's RISK (not a confidence in the route), so sorting by it puts the riskiest
  first and its meaning is the same for every route.
- `findings` is a suggestion for a SpanQuestion on the `answer` field: character offsets
  (code points, end exclusive) and the category as label, which `argilla_settings()` offers
  by default (`span_label` "rule" labels by rule id: pass the rule ids to `argilla_settings`).
  Overlapping findings give overlapping spans: create the question with
  `allow_overlapping=True`. The span scores are the findings' confidences, 1.0 where a
  check gives none. Findings without a span (start == end) give no span; their rules are
  in `metadata.rules`. An answer without a spanned finding gets no `findings` suggestion.
- An answer that could not be checked keeps its text; when it has none, the `answer`
  field says so ("[could not be checked: ...]"), since Argilla needs some text to show.
  `metadata.error` has the message either way.
- Metadata properties must exist in the settings or the dataset must allow extra metadata;
  `argilla_settings()` returns the settings this writer assumes, as keyword arguments for
  the `rg.*` classes, without importing argilla. Argilla wants every field, question and
  metadata property named differently: the route the dataset asks for is the question
  `route`, factlint's own is the metadata `suggested_route` (filterable), and
  `argilla_settings()` refuses options that would give two settings one name.

Options: `question_field` / `answer_field` (default "question" / "answer"),
`route_question` (default "route"), `span_question` (default "findings"),
`span_label` ("rule" or "category").

The list is streamed: a record per line as answers arrive, the closing bracket on close().
"""

from __future__ import annotations

from typing import Any

from factlint.formats.labelstudio import JsonListStream, span_label, span_labels, writer_options
from factlint.formats.records import one_line
from factlint.formats.triage_view import TriageItem, TriageWriter
from factlint.model import ROUTES
from factlint.registry import formats

DEFAULTS = {
    "question_field": "question",
    "answer_field": "answer",
    "route_question": "route",
    "span_question": "findings",
    "span_label": "category",
}
TERMS_METADATA = ("suggested_route", "question_id", "source", "rules", "error")
FLOAT_METADATA = ("risk",)
INTEGER_METADATA = ("rank", "candidates", "record_line")


def argilla_settings(labels: list[str] | None = None, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """The dataset settings the records fit (written with the same `options`), as plain data:

        s = argilla_settings()
        rg.Settings(
            fields=[rg.TextField(**f) for f in s["fields"]],
            questions=[rg.LabelQuestion(**s["questions"][0]), rg.SpanQuestion(**s["questions"][1])],
            metadata=[rg.TermsMetadataProperty(name=n) for n in s["terms_metadata"]]
                   + [rg.FloatMetadataProperty(name=n) for n in s["float_metadata"]]
                   + [rg.IntegerMetadataProperty(name=n) for n in s["integer_metadata"]],
            allow_extra_metadata=True,
        )

    `labels`: the span labels to offer; default: every category, as the writer labels spans
    by default. With the option span_label "rule", pass the rule ids. Options that would give
    a field, question and metadata property the same name are a ValueError naming it."""
    o = writer_options(DEFAULTS, options)
    names = [o["question_field"], o["answer_field"], o["route_question"], o["span_question"],
             *TERMS_METADATA, *FLOAT_METADATA, *INTEGER_METADATA]
    clash = sorted({n for n in names if names.count(n) > 1})
    if clash:
        raise ValueError(f"Argilla needs every field, question and metadata property named differently: "
                         f"{', '.join(repr(n) for n in clash)} would name two")
    return {
        "fields": [
            {"name": o["question_field"], "title": "Question", "required": False},
            {"name": o["answer_field"], "title": "Answer", "required": True},
        ],
        "questions": [
            {"name": o["route_question"], "title": "Route", "labels": list(ROUTES)},
            {
                "name": o["span_question"],
                "title": "Findings",
                "field": o["answer_field"],
                "labels": list(labels) if labels is not None else span_labels(o["span_label"]),
                "allow_overlapping": True,
                "required": False,
            },
        ],
        "terms_metadata": list(TERMS_METADATA),
        "float_metadata": list(FLOAT_METADATA),
        "integer_metadata": list(INTEGER_METADATA),
    }


@formats.register("argilla")
class ArgillaWriter(TriageWriter):
    name = "argilla"

    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self.stream = JsonListStream(out)
        self.o = writer_options(DEFAULTS, self.options)

    def record(self, item: TriageItem) -> dict[str, Any]:
        o = self.o
        answer = item.text
        if not answer and item.error:
            answer = f"[could not be checked: {one_line(item.error)}]"
        fields: dict[str, Any] = {o["answer_field"]: answer}
        if item.question:
            fields = {o["question_field"]: item.question, **fields}

        metadata = {
            "suggested_route": item.route,
            "risk": float(round(item.risk, 4)),  # a float property refuses an int
            "rank": item.rank,
            "candidates": item.candidates,
            "question_id": item.question_id,
            "source": item.ref.source,
            "record_line": item.ref.record_line,
            "rules": item.rules or None,
            "error": one_line(item.error) if item.error else None,
        }
        suggestions: dict[str, Any] = {
            o["route_question"]: {"value": item.route, "score": round(item.risk, 4), "agent": self.model_version},
        }
        spans, scores, seen = [], [], set()
        for r in item.records:
            label = span_label(r, o["span_label"])
            if r.end <= r.start or (r.start, r.end, label) in seen:
                continue
            seen.add((r.start, r.end, label))
            spans.append({"start": r.start, "end": r.end, "label": label})
            scores.append(round(float(r.confidence), 4) if r.confidence is not None else 1.0)
        if spans:
            suggestions[o["span_question"]] = {"value": spans, "score": scores, "agent": self.model_version}
        return {
            "id": item.answer_id,
            "fields": fields,
            "metadata": {k: v for k, v in metadata.items() if v is not None},
            "suggestions": suggestions,
            "responses": {},
            "vectors": {},
        }

    def emit_item(self, item: TriageItem) -> None:
        self.stream.add(self.record(item))

    def finish(self) -> None:
        self.stream.close()
