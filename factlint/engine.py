"""Engine: load resources once, lazily; run every check over batches of answers.

    engine = Engine.from_config()                 # discovers factlint.toml, or pass a path/dict
    report = engine.check("Its gonna be fine.")   # one answer
    reports = engine.check_batch(answers)         # a list, one Report per Answer, same order
    for report in engine.stream(answers, batch_size=64): ...

Every answer gives exactly one Report; an answer that cannot be processed gives a Report
with `error` set, never an exception and never a gap.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factlint.checks.base import Check, CheckSkipped
from factlint.config import Settings, load_settings, merge
from factlint.document import Document, build_documents
from factlint.errors import ConfigError
from factlint.model import Answer, Finding, Report
from factlint.ranking import group_key, rank_batch
from factlint.registry import checks as check_registry
from factlint.resources import Resources
from factlint.routing import route

log = logging.getLogger("factlint")
_SURROGATE = re.compile("[\ud800-\udfff]")


def batches(answers: Iterable[Answer], size: int) -> Iterator[list[Answer]]:
    """Lists of about `size` answers; the candidates of one question are never split, so they
    can be ranked and compared together."""
    batch: list[Answer] = []
    for answer in answers:
        if len(batch) >= size and (group_key(answer) is None or group_key(answer) != group_key(batch[-1])):
            yield batch
            batch = []
        batch.append(answer)
    if batch:
        yield batch


def _quietly(load) -> None:
    try:
        load()
    except Exception:  # noqa: BLE001 - the check meets the same failure when it runs, and reports it
        log.debug("loading ahead failed", exc_info=True)


def _side_by_side(loads) -> None:
    threads = [threading.Thread(target=_quietly, args=(load,), name="factlint-warm-up", daemon=True) for load in loads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


class Engine:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.resources = Resources(settings)
        self._checks: list[Check] | None = None
        #: One-time messages for the user (a check skipped for the whole run, pack errors).
        self.notices: list[str] = []
        self._noticed: set[str] = set()
        self._failed: set[str] = set()  # checks that failed on some answer (said once)
        self._prefetched = False  # the first batch starts loading the checks' resources in threads
        self._preloaded = False
        self._preloading: list[threading.Thread] = []  # joined in the first batch
        self._validated = False

    @classmethod
    def from_config(cls, config: str | Path | dict | None = None, **overrides: Any) -> Engine:
        """An Engine from a config file or dict (or the discovered project config) and overrides."""
        return cls(load_settings(config, overrides or None))

    # -- resources -------------------------------------------------------------------------

    @property
    def ruleset(self):
        return self.resources.ruleset

    def validate(self) -> None:
        """Load the packs and raise ConfigError for a rule id or category in the settings that
        factlint does not know (`--select stlye` would otherwise check nothing and pass)."""
        if not self._validated:
            from factlint.catalog import check_rule_names

            check_rule_names(self.settings, self.ruleset)
            self._validated = True

    @property
    def checks(self) -> list[Check]:
        """The enabled checks, built once from their config sections (pack settings under project)."""
        if self._checks is None:
            self.validate()
            built = []
            # The packs run first: where another check reports the same problem at the same
            # span (a grammar engine's repeated word), the pack's finding is the one kept.
            ordered = sorted(check_registry.get_all().items(), key=lambda item: (item[0] != "packs", item[0]))
            for name, check_cls in ordered:
                section = merge(self.ruleset.settings.get(name, {}), self.settings.checks.get(name, {}))
                try:
                    config = check_cls.Config.model_validate(section)
                except ValidationError as exc:
                    key = ".".join(str(p) for p in exc.errors()[0]["loc"])
                    raise ConfigError(f"config: key `{name}.{key}`: {exc.errors()[0]['msg']}") from None
                if config.enabled and self._wanted(check_cls.categories):
                    built.append(check_cls(config, self.resources, self.settings))
            self._checks = built
        return self._checks

    def _wanted(self, categories: tuple[str, ...]) -> bool:
        """False when --select or --ignore leave none of a check's categories, so it need not run."""
        if not categories:
            return True
        wanted = set(categories) - set(self.settings.ignore)
        if self.settings.select:
            wanted &= {s.split("/")[0] for s in self.settings.select}
        return bool(wanted)

    def notice(self, message: str) -> None:
        """Keep a one-time message for the caller to show (the CLI prints them on stderr)."""
        if message not in self._noticed:
            self._noticed.add(message)
            self.notices.append(message)
            log.info(message)

    def warm_up(self) -> None:
        """Load what the configured checks need, then check one tiny answer, so the first real
        answer costs what every other one does (`factlint serve` calls this before it listens).

        spaCy, each check's own resources (a grammar engine, the embedder) and the embedder an
        open evidence index needs load side by side in threads. The tiny answer carries a
        question and a figure, so relevance and facts run and their models load too. A part
        that cannot load is reported the usual way: a notice, `skipped` in the reports.
        """
        checks = self.checks  # builds them: packs read, an evidence index opened
        self._prefetched = True
        warm = filter(None, (getattr(c, "warm_up", None) for c in checks))
        _side_by_side([lambda: self.resources.nlp, self.resources.warm_up, *warm])
        self.check(Answer(id="warm-up", text="Adults need 8 mg of iron a day.", question="How much iron do adults need?"))

    def preload(self) -> None:
        """Start loading, in threads, what the enabled checks need whatever the packs say
        (Harper's one-time set-up, about 1.3 s mostly outside the GIL), so it runs while the
        packs are read and spaCy is imported instead of after. `factlint check` calls it
        before it reads the packs; the first batch calls it too, and joins the threads.
        A process that forks workers before checking should not call it."""
        if self._preloaded:
            return
        self._preloaded = True
        for name, check_cls in check_registry.get_all().items():
            hook = getattr(check_cls, "preload", None)  # a third-party check need not subclass Check
            section = self.settings.checks.get(name, {})
            if hook is None or section.get("enabled") is False or not self._wanted(getattr(check_cls, "categories", ())):
                continue
            try:
                started = hook(self.settings, section)  # a thread, a list of them, or None
            except Exception:  # noqa: BLE001 - only a head start: the check says what is wrong when built
                log.debug("check %s could not preload", name, exc_info=True)
                continue
            self._preloading.extend(t for t in (started if isinstance(started, (list, tuple)) else [started])
                                    if t is not None)
        facts = self.settings.checks.get("facts", {})
        facts_cls = check_registry.get_all().get("facts")
        if (facts.get("index") and facts.get("enabled") is not False and facts_cls is not None
                and self._wanted(getattr(facts_cls, "categories", ()))):
            # The evidence index the config names and the embedder that searches it (FAISS,
            # SQLite, the model: 0.3-0.4 s of CPU, some of it outside the GIL) open while the
            # packs load, not after them. The facts check opens it again through the same
            # Resources when built: at once if this worked, else failing as it would have.
            path = str(self.settings.resolve(facts["index"]))
            thread = threading.Thread(target=_quietly, args=(lambda: self._open_index(path),),
                                      name="factlint-index", daemon=True)
            thread.start()
            self._preloading.append(thread)

    def _open_index(self, path: str) -> None:
        self.resources.index(path)
        self.resources.warm_up()  # its embedder

    def _prefetch(self) -> list[threading.Thread]:
        """Before the first batch: threads loading what the checks will need whatever the
        answers are (Harper; the embedder of an open index) while the caller loads spaCy and
        builds the documents. Harper and the numpy embedder do much of their loading outside
        the GIL, so on two cores this saves most of a second of a one-line `factlint check`."""
        if self._prefetched:
            return []
        self._prefetched = True
        # getattr: a third-party check need not subclass Check
        loads = [self.resources.warm_up, *filter(None, (getattr(c, "prefetch", None) for c in self.checks))]
        threads = [threading.Thread(target=_quietly, args=(load,), name="factlint-prefetch", daemon=True)
                   for load in loads]
        for thread in threads:
            thread.start()
        return threads

    # -- checking --------------------------------------------------------------------------

    def check(self, text_or_answer: str | Answer) -> Report:
        answer = text_or_answer if isinstance(text_or_answer, Answer) else Answer(id="text", text=text_or_answer)
        return self.check_batch([answer])[0]

    def stream(self, answers: Iterable[Answer], batch_size: int | None = None) -> Iterator[Report]:
        """Reports in input order, checked batch by batch, holding one batch in memory."""
        for _, report in self.pairs(answers, batch_size):
            yield report

    def pairs(self, answers: Iterable[Answer], batch_size: int | None = None) -> Iterator[tuple[Answer, Report]]:
        """Like `stream`, with each answer beside its report (writers need both)."""
        for batch in batches(answers, batch_size or self.settings.batch_size):
            yield from zip(batch, self.check_batch(batch))

    def check_batch(self, answers: list[Answer]) -> list[Report]:
        reports: list[Report | None] = [self._refuse(a) for a in answers]
        todo = [(i, a) for i, a in enumerate(answers) if reports[i] is None]
        if not todo:
            return reports  # type: ignore[return-value]
        self.preload()  # before the packs are read (a library caller has not read them yet)
        for message in self.ruleset.errors + self.ruleset.warnings:
            self.notice(message)
        self.resources.start_batch()
        started = time.perf_counter()
        loading = self._prefetch()
        # A blank pipeline is built (spaCy imported) only if an answer needs spaCy to read it.
        blank = self.settings.spacy.model == "blank"
        docs = build_documents([a for _, a in todo], None if blank else self.resources.nlp, self.settings.language,
                               detect=self.settings.detect_language, nlp_for=self.resources.nlp_for, blank=blank)
        per_doc = {"document": (time.perf_counter() - started) / len(docs), "embed": 0.0}
        found: list[list[Finding]] = [[] for _ in docs]
        skipped: list[dict[str, str]] = [{} for _ in docs]
        engines: dict[str, str] = {}
        checks = self.checks
        # The packs run first and read nothing the loading threads load: they run while
        # Harper still sets itself up (on two cores, beside it), not after.
        first = [c for c in checks[:1] if c.name == "packs"]
        for check in first:
            started = time.perf_counter()
            self._run_check(check, docs, found, skipped, engines)
            per_doc[check.name] = (time.perf_counter() - started) / len(docs)
        started = time.perf_counter()
        for thread in loading:  # the checks' resources are not shared across threads while they load
            thread.join()
        while self._preloading:  # done by now; joined so that no loading thread outlives a batch
            self._preloading.pop().join()
        per_doc["document"] += (time.perf_counter() - started) / len(docs)
        started = time.perf_counter()
        self._embed_once(docs)
        per_doc["embed"] = (time.perf_counter() - started) / len(docs)
        for check in checks[len(first):]:
            started = time.perf_counter()
            self._run_check(check, docs, found, skipped, engines)
            per_doc[check.name] = (time.perf_counter() - started) / len(docs)
        for message in self.resources.pack_messages():  # another language's packs, once loaded
            self.notice(message)
        for (i, answer), doc, findings, skips in zip(todo, docs, found, skipped):
            reports[i] = self._report(answer, doc, findings, skips, engines, per_doc)
        rank_batch(answers, reports)  # type: ignore[arg-type]
        return reports  # type: ignore[return-value]

    def _embed_once(self, docs: list[Document]) -> None:
        """One embedding call for every text any check of this batch will ask for: the
        embedder is the dominant cost, and one large call is faster than several small ones."""
        texts = []
        for check in self.checks:
            try:
                texts.extend(check.texts_to_embed(docs))
            except Exception:  # noqa: BLE001 - the check's own run() reports what is wrong
                log.debug("check %s could not list its texts", check.name, exc_info=True)
        if texts:
            try:
                self.resources.embed(texts)
            except Exception:  # noqa: BLE001 - each check embeds its own texts again and fails alone
                log.debug("one embedding call for the batch failed", exc_info=True)

    def _refuse(self, answer: Answer) -> Report | None:
        """An error report for an answer that cannot be checked, else None."""
        if answer.meta.get("input_error"):  # a reader could not read this record
            return Report.failed(answer.id, answer.source, answer.meta["input_error"])
        line = answer.meta.get("line")
        where = f"{answer.source}:{line}: " if answer.source and line else ""
        if not answer.text.strip():
            return Report.failed(answer.id, answer.source, f"{where}empty answer: nothing to check")
        if len(answer.text) > self.settings.max_chars:
            return Report.failed(
                answer.id, answer.source,
                f"{where}answer too long: {len(answer.text):,} characters (max_chars is {self.settings.max_chars:,})",
            )
        for name, value in (("answer", answer.text), ("question", answer.question)):
            if value and not value.isascii() and _SURROGATE.search(value):
                return Report.failed(answer.id, answer.source, f"{where}the {name} holds a lone surrogate, not valid Unicode")
        return None

    def _run_check(self, check: Check, docs: list[Document], found, skipped, engines) -> None:
        index = [i for i, d in enumerate(docs) if check.supports(d.language)]
        for i in set(range(len(docs))) - set(index):
            # getattr: a third-party check need not subclass Check
            why = getattr(check, "unsupported", None)
            skipped[i][check.name] = why(docs[i].language) if why else f"language {docs[i].language!r} not supported"
            # Said once per check and language, so an answer nothing checked is never silent.
            self.notice(f"{check.name}: not run on answers in {docs[i].language!r}: {skipped[i][check.name]} "
                        "(listed under `skipped` in their reports)")
        if not index:
            return
        batch = [docs[i] for i in index]
        try:
            results = check.run(batch)
        except CheckSkipped as exc:
            self.notice(f"{check.name}: {exc}")
            for i in index:
                skipped[i][check.name] = str(exc)
            return
        except Exception:  # one bad answer must not cost the batch: retry one by one
            log.debug("check %s failed on a batch; retrying per answer", check.name, exc_info=True)
            results = []
            for doc in batch:
                try:
                    results.append(check.run([doc])[0])
                except Exception as exc:  # noqa: BLE001 - reported in the answer's report
                    skipped[docs.index(doc)][check.name] = f"failed: {type(exc).__name__}: {exc}"
                    results.append([])
                    # Said once per check, so a failure is never silent (stderr in the CLI).
                    if check.name not in self._failed:
                        self._failed.add(check.name)
                        self.notice(f"{check.name}: failed on answer {doc.answer.id!r} ({type(exc).__name__}: {exc}); "
                                    "answers it failed on list it under `skipped`")
        engines[check.name] = check.engine_name()
        for i, findings in zip(index, results):
            found[i].extend(findings)

    def _keep(self, finding: Finding, doc: Document) -> Finding | None:
        """Apply select/ignore, per-rule overrides, masks and suppression comments."""
        s = self.settings
        keys = {finding.rule, finding.category}
        if s.select and not keys & set(s.select):
            return None
        if keys & set(s.ignore):
            return None
        override = s.rules.get(finding.rule)
        if override is not None:
            if override.enabled is False:
                return None
            if override.severity:
                finding.severity = override.severity
        if doc.suppressions.silences(finding.rule, finding.category, finding.start):
            return None
        if any(a <= finding.start and finding.end <= b for a, b in doc.masked) and finding.end > finding.start:
            return None
        return finding

    def _report(self, answer, doc, findings, skipped, engines, per_doc) -> Report:
        kept = {}
        for f in findings:
            f = self._keep(f, doc)
            if f is not None:
                # One problem, one finding: the same rule name at the same span from two
                # checks (style/repeated-word and grammar/repeated-word) is said once.
                kept.setdefault((f.rule.split("/", 1)[-1], f.start, f.end), f)
        # A pack's grammar rule and the grammar engine on one place ("Its the": grammar/its-it-is
        # and Harper's grammar/syntax) are one finding, merged as the engines' own are.
        grammar = [f for f in kept.values() if f.category == "grammar"]
        if len(grammar) > 1:
            from factlint.grammar.merge import merge_findings

            kept = {k: f for k, f in kept.items() if f.category != "grammar"}
            kept.update(((f.rule, f.start, f.end), f) for f in merge_findings(grammar))
        # A word another rule names ("tbh": style/slang) is not also a spelling finding: that
        # rule says what is wrong with it; the speller would only say it is not a word.
        named = {(f.start, f.end) for f in kept.values() if f.category != "spelling"}
        ordered = sorted((f for f in kept.values() if f.category != "spelling" or (f.start, f.end) not in named),
                         key=lambda f: (f.start, f.end, f.rule))
        metrics = {**doc.readability, **doc.metrics, "language": doc.language}
        report = Report(
            answer_id=answer.id, source=answer.source, findings=ordered, metrics=metrics,
            timings={k: round(v, 6) for k, v in per_doc.items()}, skipped=skipped,
            engines={k: v for k, v in engines.items() if k not in skipped},
        )
        report.risk, report.route, reasons = route(report, self.settings.routing)
        report.metrics["route_reasons"] = reasons
        return report
