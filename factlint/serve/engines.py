"""The Engine the server was started with, and variants of it for request options.

A request that names other packs or selects rules needs an Engine whose settings say so
(packs decide which rules exist, `select` decides which checks run and how a report is
routed). A variant is cheap: it shares the loaded resources of the base Engine (spaCy
pipeline, embedder, open indexes), and with the same packs it shares the built checks too
(the grammar engine, the verifier's model). Variants are kept, least recently used first out.

Every method runs on the batcher's one worker thread: an Engine is not thread-safe.
"""

from __future__ import annotations

import copy
import logging
import time
from collections import OrderedDict
from pathlib import Path

from factlint.engine import Engine
from factlint.model import Answer, Report
from factlint.packs.loader import builtin_packs, builtin_root
from factlint.serve.options import RequestOptions

log = logging.getLogger("factlint.serve")

WARM_UP_TEXT = "Spinach has about 2.7 mg of iron per 100 g. Its a good start, but ask a doctor."


def warm_up(engine: Engine) -> float:
    """Load what the first request would otherwise wait for; seconds it took.

    `Engine.warm_up()` where the Engine has one (it loads every check's models and the index),
    else one small check, which loads what checking an ordinary answer needs."""
    started = time.perf_counter()
    method = getattr(engine, "warm_up", None)
    if callable(method):
        method()
    else:
        engine.check_batch([Answer(id="warm-up", text=WARM_UP_TEXT, question="How can I get more iron?")])
    return time.perf_counter() - started


class Engines:
    def __init__(self, base: Engine, max_variants: int = 16) -> None:
        self.base = base
        self.max_variants = max_variants
        self._variants: OrderedDict[tuple, Engine] = OrderedDict()
        self.language = base.settings.language
        self.builtin_packs = builtin_packs(self.language)

    def get(self, options: RequestOptions) -> Engine:
        key = options.engine_key
        if key == ((), ()):
            return self.base
        engine = self._variants.get(key)
        if engine is None:
            engine = self._variant(options)
            self._variants[key] = engine
            while len(self._variants) > self.max_variants:
                self._variants.popitem(last=False)
        self._variants.move_to_end(key)
        return engine

    def check_batch(self, options: RequestOptions, answers: list[Answer]) -> list[Report]:
        if options.ignore:
            answers = [_with_ignore(a, options.ignore) for a in answers]
        return self.get(options).check_batch(answers)

    def variant_settings(self, options: RequestOptions):
        """The base settings with the request's packs and selection."""
        updates: dict = {}
        if options.packs:
            # The pack inside factlint, by path: a folder named like a pack where the server
            # runs (which resolve_pack would look at first) is never read.
            root = builtin_root() / self.language.split("-")[0]
            updates["extends"] = [str(Path(root, name)) for name in options.packs]
        if options.select:
            updates["select"] = list(options.select)
        return self.base.settings.model_copy(update=updates)

    def _variant(self, options: RequestOptions) -> Engine:
        settings = self.variant_settings(options)
        engine = Engine(settings)
        # A shallow copy of the base's Resources: the same loaded spaCy pipeline, embedder,
        # open indexes and lock (whatever Resources keeps them in), with the variant's
        # settings, its own per-batch vectors, and its own ruleset when the packs differ.
        resources = copy.copy(self.base.resources)
        resources.settings = settings
        if hasattr(resources, "_vectors"):
            resources._vectors = {}  # noqa: SLF001
        engine.resources = resources
        if options.packs:
            resources.__dict__.pop("ruleset", None)
        else:
            resources.__dict__["ruleset"] = self.base.ruleset
            # Same packs, same checks: keep the ones `select` leaves, already built and loaded.
            engine._checks = [c for c in self.base.checks if engine._wanted(c.categories)]  # noqa: SLF001
        log.info("engine variant for packs=%s select=%s", list(options.packs) or "(server's)", list(options.select))
        return engine


def _with_ignore(answer: Answer, ignore: tuple[str, ...]) -> Answer:
    """The answer with the request's ignore list added to its own (a copy: the caller's
    Answer is rendered later and must not change)."""
    own = tuple(answer.meta.get("ignore") or ())
    return Answer(answer.id, answer.text, answer.question, answer.source, {**answer.meta, "ignore": [*own, *ignore]})
