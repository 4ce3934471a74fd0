"""Rule self-tests: every rule's `examples` run through the real pipeline.

Each bad example must give at least one finding of that rule, each good example none. This
is what `factlint rules test` runs, and the test suite runs it over every built-in pack.
"""

from __future__ import annotations

from dataclasses import dataclass

from factlint.document import build_documents
from factlint.model import Answer
from factlint.packs.loader import Rule


@dataclass
class ExampleResult:
    rule: str
    expect: str  # "bad" or "good"
    text: str
    found: int
    #: Why the rule could not be run on the example ("pattern stopped after 0.5 s"), if so.
    error: str = ""

    @property
    def passed(self) -> bool:
        if self.error:
            return False
        return self.found > 0 if self.expect == "bad" else self.found == 0


def test_rule(rule: Rule, nlp, language: str = "en") -> list[ExampleResult]:
    cases = [("bad", e) for e in rule.bad_examples()] + [("good", e) for e in rule.good_examples()]
    answers = [Answer(id=f"{rule.id}#{i}", text=e.text, question=e.question) for i, (_, e) in enumerate(cases)]
    docs = build_documents(answers, nlp, language)
    return [_run(rule, expect, example.text, doc) for (expect, example), doc in zip(cases, docs)]


def _run(rule: Rule, expect: str, text: str, doc) -> ExampleResult:
    """One example through its rule. A pattern that runs out of time fails the example, as the
    rules check leaves that rule out of that answer, instead of stopping the whole self-test."""
    try:
        return ExampleResult(rule.id, expect, text, len(rule.findings(doc)))
    except TimeoutError as exc:
        return ExampleResult(rule.id, expect, text, 0, error=str(exc))


def missing_examples(rule: Rule) -> list[str]:
    problems = []
    if not rule.examples.bad:
        problems.append(f"{rule.file}: key `examples.bad`: a rule needs at least one bad example")
    if not rule.examples.good:
        problems.append(f"{rule.file}: key `examples.good`: a rule needs at least one good example")
    return problems
