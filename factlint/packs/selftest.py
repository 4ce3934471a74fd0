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

    @property
    def passed(self) -> bool:
        return self.found > 0 if self.expect == "bad" else self.found == 0


def test_rule(rule: Rule, nlp, language: str = "en") -> list[ExampleResult]:
    cases = [("bad", e) for e in rule.bad_examples()] + [("good", e) for e in rule.good_examples()]
    answers = [Answer(id=f"{rule.id}#{i}", text=e.text, question=e.question) for i, (_, e) in enumerate(cases)]
    docs = build_documents(answers, nlp, language)
    return [
        ExampleResult(rule.id, expect, example.text, len(rule.findings(doc)))
        for (expect, example), doc in zip(cases, docs)
    ]


def missing_examples(rule: Rule) -> list[str]:
    problems = []
    if not rule.examples.bad:
        problems.append(f"{rule.file}: key `examples.bad`: a rule needs at least one bad example")
    if not rule.examples.good:
        problems.append(f"{rule.file}: key `examples.good`: a rule needs at least one good example")
    return problems
