"""Answers from request bodies, and what keeps the requests of different callers apart.

Records have the fields of a JSONL input line (`factlint check` and `triage` read the same):
`id`, `question`, `answer` (or `text`), or `candidates`; `ignore` and `language` as well.
A record that cannot be read becomes an error report naming its place in the request; the
other records are checked.
"""

from __future__ import annotations

import itertools
import re

from factlint.config import Fields
from factlint.model import Answer
from factlint.readers import answers_of_record, failed
from factlint.serve.errors import ServeError

#: Field names are the documented defaults, whatever the server's config renames: an API
#: keeps its shape for every caller.
FIELDS = Fields()
_ids = itertools.count(1)


def records_to_answers(records: list, where: str = "answers") -> list[Answer]:
    """The answers of a list of records (dicts), each named `where[i]` in error messages.
    A record without an id takes its 1-based position."""
    answers: list[Answer] = []
    for i, record in enumerate(records):
        place = f"{where}[{i}]"
        if not isinstance(record, dict):
            answers.append(failed(str(i + 1), None, f"{place}: a record must be a JSON object, not {type(record).__name__}"))
            continue
        record = record if FIELDS.id in record else {**record, FIELDS.id: str(i + 1)}
        for answer in answers_of_record(record, "request", i + 1, FIELDS):
            answer.source = None
            answer.meta.pop("line", None)
            error = answer.meta.get("input_error")
            if error:
                answer.meta["input_error"] = re.sub(rf"^request:{i + 1}: ", f"{place}: ", error)
            answers.append(answer)
    return answers


def enforce_max_chars(answers: list[Answer], max_chars: int, names: list[str] | None = None) -> None:
    """413 when an answer or question is longer than `max_chars` (the whole request: the
    caller splits the text, rather than get a report of a text nobody read)."""
    for k, answer in enumerate(answers):
        for name, value in (("answer", answer.text), ("question", answer.question)):
            if isinstance(value, str) and len(value) > max_chars:
                label = names[k] if names else f"answer {answer.id!r}"
                raise ServeError(413, f"{label}: the {name} has {len(value):,} characters; this server checks at most "
                                      f"{max_chars:,} per answer (factlint serve --max-chars)")


def isolate(answers: list[Answer]) -> list[Answer]:
    """Copies of `answers` whose question ids are unique to this request.

    The batcher checks the answers of several requests together, and the engine ranks (and
    compares for near-duplicates) answers that share a question id: two callers who both
    number their questions from 1 must not be ranked against each other. The copies go to
    the engine; the originals are rendered."""
    prefix = f"r{next(_ids)}\x1f"
    out = []
    for a in answers:
        qid = a.meta.get("question_id")
        meta = a.meta if qid is None else {**a.meta, "question_id": prefix + str(qid)}
        out.append(Answer(a.id, a.text, a.question, a.source, meta))
    return out
