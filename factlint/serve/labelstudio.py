"""The Label Studio ML backend protocol: `/predict`, `/setup`, `/health`, `/webhook`.

Label Studio (Settings > Model > Connect Model, URL of this server) calls `/health` and
`/setup` when connected, then `/predict` with tasks to pre-annotate. The predictions are
those of `factlint triage --format labelstudio` (factlint.formats.labelstudio: the same
regions, route choice and score), for the labeling config that `label_config()` writes
(`GET /v1/labelstudio/config`).

A project may name its tags otherwise: the tag names, the task field of the Text tag and the
Labels' values are read from the project's config (sent with `/setup` and `/predict`). When
its labels are factlint's categories, regions are labelled by category, else by rule id;
a region whose label the config does not offer is left out (Label Studio would refuse the
prediction).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import OrderedDict
from dataclasses import dataclass, field

from factlint.formats import labelstudio as ls_format
from factlint.model import CATEGORIES, Answer, Report
from factlint.readers import failed
from factlint.serve.errors import ServeError


@dataclass(frozen=True)
class Project:
    """What the predictions need to know of a project's labeling config."""

    text_key: str = "text"
    question_key: str = "question"
    options: dict = field(default_factory=lambda: {"span_label": "category"})
    labels: frozenset[str] | None = frozenset(CATEGORIES)  # None: any label


DEFAULT = Project()


def documented_config() -> str:
    """The labeling config this service documents: factlint's categories as span labels,
    the route as a choice."""
    return ls_format.label_config(list(CATEGORIES), dict(DEFAULT.options))


def parse_config(config: str | None) -> Project:
    if not config:
        return DEFAULT
    try:
        root = ET.fromstring(config)
    except ET.ParseError as exc:
        raise ServeError(400, f"the labeling config is not XML: {exc}") from None
    text = next((t for t in root.iter("Text") if t.get("name")), None)
    if text is None:
        raise ServeError(422, "the labeling config has no <Text> tag: factlint pre-annotates text")
    value = text.get("value", "$text")
    options: dict = {"label_to_name": text.get("name"), "route_to_name": text.get("name")}
    labels_tag = next((t for t in root.iter("Labels") if t.get("toName") == text.get("name")), None)
    labels = None
    if labels_tag is not None:
        options["label_from_name"] = labels_tag.get("name")
        labels = frozenset(label.get("value") for label in labels_tag.iter("Label") if label.get("value"))
        options["span_label"] = "category" if labels and labels <= set(CATEGORIES) else "rule"
    # The findings' messages go to a per-region TextArea on the text, when the config has one.
    area = next((t for t in root.iter("TextArea")
                 if t.get("perRegion") == "true" and t.get("toName") == text.get("name") and t.get("name")), None)
    options["messages"] = area is not None
    if area is not None:
        options["message_from_name"] = area.get("name")
    choices = next((t for t in root.iter("Choices") if t.get("name")), None)
    if choices is not None:
        options["route_from_name"] = choices.get("name")
        options["route_to_name"] = choices.get("toName") or text.get("name")
    question = next((t.get("value") for t in root.iter("Header") if (t.get("value") or "").startswith("$")), "$question")
    return Project(text_key=value.lstrip("$"), question_key=question.lstrip("$"), options=options, labels=labels)


class Projects:
    """Projects' configs as `/setup` last sent them (a bounded number, newest kept)."""

    def __init__(self, keep: int = 256) -> None:
        self.keep = keep
        self._configs: OrderedDict[str, Project] = OrderedDict()

    def set(self, project: str, config: Project) -> None:
        self._configs[project] = config
        self._configs.move_to_end(project)
        while len(self._configs) > self.keep:
            self._configs.popitem(last=False)

    def get(self, project: str | None) -> Project:
        return self._configs.get(project or "", DEFAULT)


def task_answers(tasks: list, project: Project) -> list[Answer]:
    answers = []
    for i, task in enumerate(tasks):
        data = task.get("data") if isinstance(task, dict) else None
        task_id = str(task.get("id", i + 1)) if isinstance(task, dict) else str(i + 1)
        text = data.get(project.text_key) if isinstance(data, dict) else None
        if not isinstance(text, str):
            answers.append(failed(task_id, None, f"tasks[{i}]: no text in data.{project.text_key}"))
            continue
        question = data.get(project.question_key)
        answers.append(Answer(id=task_id, text=text, question=question if isinstance(question, str) else None))
    return answers


class _Collect(ls_format.LabelStudioWriter):
    """The labelstudio format's writer, keeping each task instead of writing it."""

    def __init__(self, options: dict) -> None:
        super().__init__(None, options)
        self.tasks: list[dict] = []

    def emit_item(self, item) -> None:
        self.tasks.append(self.task(item))

    def finish(self) -> None:
        pass


def predictions(answers: list[Answer], reports: list[Report], project: Project) -> list[dict]:
    writer = _Collect(project.options)
    for answer, report in zip(answers, reports):
        writer.write(answer, report)
    out = []
    for task in writer.tasks:
        prediction = task["predictions"][0]
        if project.labels is not None:
            # A region's message shares its id: both go when the label is not offered.
            dropped = {r["id"] for r in prediction["result"]
                       if r["type"] == "labels" and not set(r["value"]["labels"]) <= project.labels}
            prediction["result"] = [r for r in prediction["result"] if r["id"] not in dropped]
        out.append(prediction)
    return out
