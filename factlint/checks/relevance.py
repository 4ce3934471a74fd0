"""The `relevance` check: does an answer address its question, all of it, or decline to?

Category: relevance. Rules (warnings; only for answers that carry their question):

- relevance/off-topic: the answer does not address the question. Its relevance (the cosine of
  the question's vector and the answer's, the better of the whole answer's mean sentence
  vector and its closest sentence) is below `off_topic`; or, among the candidates of one
  question, it is `group_gap` or more below the best candidate's, is itself below `on_topic`,
  and says nothing the best candidate says. A short answer ("1957", "Bath", "Hannibal Lecter")
  is judged as a trainer judges it, by whether it is the kind of thing asked for
  (factlint.questions reads what the question word asks for): its relevance adds
  `fit_weight` times its fit (+1 a yes or no to a yes-or-no question, a number to "how many",
  a year or date to "when", one of the options named, a place to "where"; -1 a bare number or
  date to "who", a name to "when", a measure to "a population of what?", a name of the wrong
  kind: a person for "which album", a country for "which band", a company for "which
  author", a theatre for "what city", factlint.questions.named_kind; a title, "I Will Always
  Love You", is a work, +1 for "what song"; "X and Y are both what?" is answered by a common
  noun, "band" +1, a proper name -1) and `kind_weight` times
  the cosine of its vector and the kind of thing asked for ("a person" for "who", "a place"
  for "where", "town" for "... is what town?"), and it is off-topic below `short_off_topic`.
  With an evidence index, a short answer that the facts check finds supported, read with its
  question, by a passage close to the question and the answer (the passage's search score
  `support_floor` or more) gains `support_weight`: the evidence says it answers the question
  ("Paris" for "Which city is the Eiffel Tower in?", which the embedder alone puts below
  "London"; "Glenn Hughes" for "What male actor starred in The Messenger?" gains nothing from
  a passage about a bassist, far from the question). An unsupported answer loses nothing: "not
  checked" is no evidence either way. The facts check runs before this one (the checks run by
  name, after the packs) and leaves its claim counts and citations in the document's metrics.
- relevance/incomplete: the question asks for several things and the answer leaves one out
  (factlint.questions reads the parts): a part of a question ("What is inflation and why does
  it matter?") that the answer's words rule out (no figure for "how much", no cause at all for
  "why"), or that none of its clauses is about (no clause closest to it at `part_floor` or
  more, none at `part_similarity`, and under half of the part's own words said); fewer items
  than "name three ..." asks for; a side of "the difference between A and B" not named.
- relevance/unhelpful-refusal: the answer declines ("I can't help with that") and says little
  else, with neither a reason nor a referral. A refusal that sends a health, legal or money
  question to a doctor, lawyer or financial adviser (the policy lexicons' topics and
  specialists, rules/<lang>/lexicons) is the right answer and no finding; one with a reason
  or another referral is no finding either, but ranks below answers that do answer.

Config, the `[relevance]` section (defaults chosen as below):

    off_topic = 0.18          # relevance below this is off-topic
    short_off_topic = 0.35    # ... for a short answer judged by its kind
    group_gap = 0.04          # ... or this far below the best candidate of the question
    on_topic = 0.4            # ... unless it reaches this
    fit_weight = 0.5          # weight of the kind-of-answer fit for short answers
    kind_weight = 1.0         # weight of a short answer's closeness to the kind of thing asked for
    short_answer_words = 8    # an answer this short is judged with its fit and kind
    part_similarity = 0.5     # a clause this close to a part of the question addresses it
    part_floor = 0.35         # ... as does one at least this close that is closer to it than to the others
    max_refusal_words = 12    # words besides declining, reasons and referrals a refusal may hold
    support_weight = 0.3      # relevance a short answer gains when evidence about its question supports it
    support_floor = 0.4       # ... the supporting passage's search score, at least

Example: "How much iron do adult men need, and which foods have it?" -> "Red meat, lentils and
beans." is relevance/incomplete (nothing says how much); "Paris is the capital of France." is
relevance/off-topic; "I cannot help with that." is relevance/unhelpful-refusal; "I can't give
medical advice: please ask your doctor." is no finding.

How the thresholds were chosen, and the figures behind them (`python bench/ranking.py`; each
HaluEval QA dev question, from ../shared/datasets/halueval/qa_dev.jsonl, gets its right answer,
another question's right answer and a bare refusal as candidates; the trainer set is
bench/data/ranking, 40 hand-written questions, 124 candidates, 131 ordered pairs):

- `fit_weight` 0.5 and `kind_weight` 1.0: the best share of right answers ranked first on
  HaluEval's 250 even-numbered records, over fit_weight 0-0.5 and kind_weight 0-2 (0.968 at
  kind_weight 1.0 and fit_weight 0.4-0.5, 0.964 at 0.2-0.3; 0.888 without fit, 0.948 without
  kind; ties to the values nearest the defaults; before names of the wrong kind fitted -1,
  0.928 at any fit_weight from 0.1). `short_off_topic` 0.35 then: the best off-topic balanced
  accuracy of a lone short answer (right answer against another question's) on those records,
  over 0.05-0.5: 0.860 there, 0.836 on the 250 odd-numbered records (held out; 0.842 and
  0.828 before). HaluEval's answers are all short, so `off_topic` 0.18, for longer answers,
  keeps the value chosen the same way before short answers were judged by their kind (0.812
  there, 0.776 held out, when it applied to HaluEval's terse answers too).
- `group_gap` 0.04 and `on_topic` 0.4: HaluEval's share of right answers ranked first hardly
  moves with group_gap (0.928 on the even records from 0 to 0.1, 0.924 from 0.15), and its
  answers sit far below any ceiling, so both were chosen on the trainer set's 20
  even-numbered questions (pairwise agreement 0.833 at 0.4-0.6 and 0.04-0.3, 0.817 at
  0.3-0.35; ties to the values nearest the earlier defaults); its 20 odd-numbered questions:
  0.831, held out for these two only (the set was written by the check's author, after the
  check; see its README).
- With these defaults and no index, HaluEval, held-out half (even half, all 500): the right
  answer ranks first for 0.932 of the questions (0.964, 0.948; 0.968 and 0.950 before a bare
  refusal lost the policy finding its question's topic gave it, so that it now ranks above a
  right answer that keeps one: "Queen Elizabeth II" to a question about a lawsuit). The name rules of factlint.questions were
  written from the even half's misses (10 of its 18 went), and moved the held-out half by one
  question; relevance balanced accuracy in the group 0.891 (0.897, 0.894), alone 0.877 (0.889,
  0.883). Before them: 0.928 (0.928, 0.928); before short answers were judged by their kind,
  0.868 (0.876, 0.872); the issue aimed at 0.97. Of the 36 it was not first for then,
  18 are both off-topic with the other answer closer, 8 both answer with the other closer, 7
  the right answer off-topic and the other not, 2 a spelling finding on a name in the right
  answer ("Kerkor "Kirk" Kerkorian"), 1 a tie kept in input order: nearly all are two answers
  of the same kind ("Robert Sheehan" and "Glenn Hughes" for "What male actor starred in ...?")
  that the bundled bi-encoder cannot tell apart without the facts; relevance balanced accuracy
  then in the group 0.891 (0.887, 0.889; was 0.816), alone 0.876 (0.878, 0.877; was 0.808);
  right answers flagged off-topic alone 15.2% (was 32.0%; now 16.4%). Now 17 held-out
  questions (8 even) are lost: 10 both off-topic with the other closer, 3 both answer with the
  other closer, 2 the right answer off-topic and the other not, 1 a tie, 1 a spelling finding.
  Bare refusals flagged 1.000, and ranked first once (that lawsuit). Trainer set: pairwise
  agreement 111/131 = 0.847 (51/60 even, 60/71 odd; 109/131 before the bare refusal lost its
  policy finding: a bare refusal to "I have had chest pain for an hour" now ranks above "lie
  down and take a painkiller", as the trainer ranks it; the 112/131 written here earlier came
  from an earlier state of the other checks), trainer's first choice ranked first 31/40.
  Then, from the even half's misses (issue 17's next round): a title ("I Will Always Love
  You") is a work, "X and Y are both what?" is answered by a common noun ("band"), and a name
  given to "who" is no advice for missing-referral ("Queen Elizabeth II" no longer ranks
  below the bare refusal): even half 0.964 -> 0.976 (3 of its 9 misses went), held out 0.932
  -> 0.936 (one question, by the ranking's completeness criterion, not by these rules), all
  0.948 -> 0.956; the weights stand (0.976 at kind_weight 1.0 and fit_weight 0.4-0.5, 0.972 at
  0.2-0.3; 0.888 without fit, 0.956 without kind); relevance balanced accuracy in the group
  0.891 held out (0.901 even, 0.896 all), alone 0.877 (0.893, 0.885). The 6 even misses left
  are two names of the kind asked for (5: "Robert Sheehan" and "Glenn Hughes") and a "yes"
  against a "no". Trainer set, after the ranking's completeness criterion, the main-ask rule
  and employment law as a legal topic: 118/131 = 0.901 (55/60 even, 63/71 odd), first choice
  first 35/40.
- `support_weight` 0.3 and `support_floor` 0.4 (`python bench/ranking.py --stages
  halueval-index`: the same candidates triaged with the facts check against an index of all
  500 knowledge paragraphs, one of which names each right answer): the best share of right
  answers ranked first on the even records, then the best relevance balanced accuracy in the
  group, over support_weight 0-1 and support_floor 0-0.7 (first 0.988 at 0.2-1.0 and 0.4-0.5;
  balanced accuracy 0.966 at 0.3 and 0.4; a floor of 0 lets passages that only name an answer
  count: 0.980). Of the even records' short answers, 211 right ones and 18 of other
  questions are supported by a passage at the floor (219 and 54 at any score). Held-out half
  (even half, all): first 0.968 (0.988, 0.978), and 0.944 (0.964, 0.954) with the same index
  but no support; relevance balanced accuracy in the group 0.942 (0.966, 0.954), was 0.891;
  right answers flagged off-topic alone 4.0% (2.0%), was 16.4%; other questions' answers
  off-topic in the group 0.848 (0.904), was 0.892 (0.924). Left: 4 held-out questions with
  both answers off-topic and the other closer, 4 with both answering and the other closer; on
  the even half a "yes" against a "no", a right answer the verifier contradicts, and one whose
  policy finding (a question about a lawsuit) the bare refusal does not share. Without an
  index nothing changes. After the round above (the lawsuit's policy finding gone, bare
  refusals no claim, the completeness criterion): first 0.972 held out (0.992 even, 0.982
  all; 0.948, 0.976, 0.962 without support), the choice of weights unchanged (0.992 at
  support_weight 0.2-1.0 and support_floor 0.4-0.5, balanced accuracy 0.966 at 0.3 and 0.4);
  relevance balanced accuracy unchanged. Left on the even half: the "yes" against the "no"
  (the verifier cannot check a bare yes or no against a passage, so it carries no claim) and
  "Martin Heidegger" for "Who was born first ...?", contradicted because the data's paragraph
  runs his dates together ("26 September 188926 May 1976").
- `part_similarity` 0.5, `part_floor` 0.35, `short_answer_words` 8, `max_refusal_words` 12:
  set by hand from worked examples, not tuned on a data set; the trainer set's multi-part
  questions agree on 32/33 pairs (31/33 before the main-ask rule).

Vectors: the question, its parts (when there are two or more), the kind of thing it asks for
("a person", "town") and the answer's sentences are embedded with every other check's texts in
the batch's one call (`texts_to_embed`); the sentences are the same texts the duplicates check
embeds, so nothing is embedded twice.
Report metrics: `metrics["relevance"] = {"score", "fit", "kind", "evidence", "short", "parts",
"missing", "main_missing", "refusal"}`: `main_missing` whether the first part of a question of
two or more parts is among those left out (the main ask: ranking counts it worse), `kind` the short answer's cosine with the kind of thing asked for (None
when not judged by it), `evidence` the search score of the passage that supports the short
answer (None without an index, a claim, or support), `short` whether `short_off_topic`
applied, `refusal` one of None, "bare", "reasoned", "referral".
"""

from __future__ import annotations

from typing import ClassVar

import regex
from pydantic import Field

from factlint.checks.base import Check, CheckConfig, RuleDoc
from factlint.model import Finding
from factlint.packs.lexicon import phrase_pattern, read_lexicon
from factlint.questions import (
    LANGUAGES,
    WORD,
    Question,
    content_stems,
    count_items,
    covers,
    declines,
    fit,
    language,
    read_question,
)
from factlint.ranking import group_key
from factlint.registry import checks

OFF_TOPIC = "relevance/off-topic"
INCOMPLETE = "relevance/incomplete"
REFUSAL = "relevance/unhelpful-refusal"

# Which topics need which specialist: the policy rule's lexicons (rules/<lang>/lexicons).
SPECIALISTS = {"health": (("health-topics", "medicines", "symptoms"), ("referral-health",)),
               "legal": (("legal-topics",), ("referral-legal",)), "money": (("money-topics",), ("referral-money",))}

# Where a sentence's clauses part: a semicolon, a colon, a dash, or a comma before "and", "but", "so".
CLAUSE = regex.compile(r"\s*(?:[;:]|\s[–—-]\s|,\s*(?=(?:and|but|so|while|whereas|which|because)\s))\s*")



class RelevanceConfig(CheckConfig):
    off_topic: float = Field(0.18, ge=-1, le=1)
    short_off_topic: float = Field(0.35, ge=-1, le=1)
    group_gap: float = Field(0.04, ge=0, le=2)
    on_topic: float = Field(0.4, ge=-1, le=1)
    fit_weight: float = Field(0.5, ge=0, le=1)
    kind_weight: float = Field(1.0, ge=0, le=2)
    short_answer_words: int = Field(8, ge=0)
    part_similarity: float = Field(0.5, ge=-1, le=1)
    part_floor: float = Field(0.35, ge=-1, le=1)
    max_refusal_words: int = Field(12, ge=0)
    support_weight: float = Field(0.3, ge=0, le=2)
    support_floor: float = Field(0.4, ge=-1, le=1)


@checks.register("relevance")
class RelevanceCheck(Check):
    name: ClassVar[str] = "relevance"
    languages: ClassVar[tuple[str, ...]] = tuple(LANGUAGES)
    categories: ClassVar[tuple[str, ...]] = ("relevance",)
    rules: ClassVar[dict[str, RuleDoc]] = {
        OFF_TOPIC: RuleDoc(
            "warning", "The answer does not address its question: its relevance is below `off_topic`, or far "
            "below the best candidate's and it says nothing that candidate says.",
            bad="Paris is the capital of France.  [question: How much iron do adult men need?]"),
        INCOMPLETE: RuleDoc(
            "warning", "The question asks for several things and the answer leaves one out, or names fewer "
            "items than asked for.",
            bad="Red meat, lentils and beans.  [question: How much iron do adult men need, and which foods have it?]"),
        REFUSAL: RuleDoc(
            "warning", "The answer declines and says little else, with neither a reason nor a referral.",
            bad="I cannot help with that.", good="I can't give medical advice: please ask your doctor."),
    }
    Config: ClassVar[type[RelevanceConfig]] = RelevanceConfig

    def __init__(self, config: RelevanceConfig, resources, settings) -> None:
        super().__init__(config, resources, settings)
        self._questions: dict[str, Question | None] = {}
        self._topics: dict[str, list[tuple[str, regex.Pattern, regex.Pattern]]] = {}
        #: Any specialist of any topic, per language: what counts as a referral in a refusal.
        self._any_specialist: dict[str, regex.Pattern | None] = {}

    def engine_name(self) -> str:
        return f"factlint relevance ({self.settings.embedder.model})"  # naming it must not load it

    def warm_up(self) -> None:
        self.resources.embedder.load()

    # -- what to embed -----------------------------------------------------------------------

    def _question(self, doc) -> Question | None:
        text = doc.answer.question
        if not isinstance(text, str) or not text.strip():
            return None
        key = f"{doc.language}\t{text}"
        if key not in self._questions:
            if len(self._questions) > 10_000:
                self._questions.clear()
            self._questions[key] = read_question(text.strip(), doc.language)
        return self._questions[key]

    @staticmethod
    def _sentences(doc) -> list[str]:
        return [doc.text[a:b] for a, b in doc.sentences] or [doc.text]

    def _parts(self, question: Question) -> list[str]:
        return [p.text for p in question.parts] if len(question.parts) > 1 else []

    def _clauses(self, doc, question: Question) -> list[str]:
        """The answer's clauses, held against the parts of a question of two or more parts."""
        if len(question.parts) < 2:
            return []
        out = []
        for sentence in self._sentences(doc):
            out.extend(c.strip() for c in CLAUSE.split(sentence) if c and WORD.search(c))
        return list(dict.fromkeys(out))

    def texts_to_embed(self, docs) -> list[str]:
        texts = []
        for doc in docs:
            question = self._question(doc) if self.supports(doc.language) else None
            if question is not None:
                texts.append(question.text)
                if question.asked.focus and len(question.parts) == 1:
                    texts.append(question.asked.focus)
                texts.extend(self._parts(question))
                texts.extend(self._sentences(doc))
                texts.extend(self._clauses(doc, question))
        return texts

    # -- specialists -------------------------------------------------------------------------

    def _specialists(self, code: str) -> list[tuple[str, regex.Pattern, regex.Pattern]]:
        lang = code.split("-")[0]
        if lang not in self._topics:
            from factlint.packs.loader import builtin_root

            folder = builtin_root() / lang / "lexicons"
            found = []
            for topic, (asks, refers) in SPECIALISTS.items():
                patterns = []
                for names in (asks, refers):
                    entries = []
                    for name in names:
                        if (folder / f"{name}.txt").is_file():
                            entries.extend(read_lexicon(folder / f"{name}.txt"))
                        for extra in self.settings.lexicons.get(name, []):
                            entries.extend(read_lexicon(self.settings.resolve(extra)))
                    patterns.append(phrase_pattern(entries))
                if all(p is not None for p in patterns):
                    found.append((topic, patterns[0], patterns[1]))
            self._topics[lang] = found
            self._any_specialist[lang] = (
                regex.compile("|".join(p.pattern for _, _, p in found), regex.IGNORECASE) if found else None)
        return self._topics[lang]

    # -- checking ----------------------------------------------------------------------------

    def run(self, docs):
        results: list[list[Finding]] = [[] for _ in docs]
        scored: dict[int, float] = {}
        np = None  # imported for the first answer with a question (0.15-0.25 s): a plain file has none
        for i, doc in enumerate(docs):
            question = self._question(doc)
            if question is None:
                continue
            if np is None:
                import numpy as np
            found, score = self._check(doc, question, np)
            results[i].extend(found)
            if score is not None:
                scored[i] = score
        self._compare_candidates(docs, results, scored)
        return results

    def _check(self, doc, question: Question, np) -> tuple[list[Finding], float | None]:
        cfg = self.config
        text = doc.text
        metrics: dict = {"score": None, "fit": 0, "kind": None, "evidence": None, "short": False,
                         "parts": len(question.parts), "missing": [], "main_missing": False, "refusal": None}
        doc.metrics["relevance"] = metrics

        specialists = self._specialists(doc.language)
        refusal = declines(text, doc.language, self._any_specialist.get(doc.language.split("-")[0]), cfg.max_refusal_words)
        if refusal is not None:
            asked = [(t, refers) for t, asks, refers in specialists if asks.search(question.text) or asks.search(text)]
            if asked and any(refers.search(text) for _, refers in asked):
                metrics["refusal"] = "referral"
                return [], None
            if refusal.reason or refusal.referral:
                metrics["refusal"] = "reasoned"
                return [], None
            metrics["refusal"] = "bare"
            return [Finding(
                rule=REFUSAL, category="relevance", severity="warning",
                message=f"Declines ('{refusal.phrase}') without a reason or a referral: answer the question, "
                        "or say why not and who can help.",
                start=refusal.start, end=refusal.end, engine="factlint relevance",
            )], None

        sentences = self._sentences(doc)
        q = self.resources.embed([question.text])[0]
        vectors = self.resources.embed(sentences)
        mean = vectors.mean(axis=0)
        mean = mean / (np.linalg.norm(mean) or 1.0)
        score = max(float(mean @ q), float((vectors @ q).max()))
        words = len(WORD.findall(text))
        if words <= cfg.short_answer_words and len(question.parts) == 1:
            metrics["fit"] = fit(question, text.strip(), doc.language)
            score += cfg.fit_weight * metrics["fit"]
            if question.asked.focus:  # "Bath" is a town, "Josh Jackson" is not: "... is what town?"
                metrics["kind"] = round(float(mean @ self.resources.embed([question.asked.focus])[0]), 4)
                score += cfg.kind_weight * metrics["kind"]
            # Read with its question, a short answer the evidence supports answers it, when the
            # passage that supports it is about the question ("Glenn Hughes" is supported by a
            # passage on a bassist, far from "What male actor starred in The Messenger?").
            metrics["evidence"] = supporting_score(doc.metrics)
            if metrics["evidence"] is not None and metrics["evidence"] >= cfg.support_floor:
                score += cfg.support_weight
        # A short answer judged by its kind has a score on another scale, and its own threshold.
        metrics["short"] = bool(metrics["fit"]) or metrics["kind"] is not None
        limit = cfg.short_off_topic if metrics["short"] else cfg.off_topic
        metrics["score"] = round(score, 4)
        if score < limit:
            return [Finding(
                rule=OFF_TOPIC, category="relevance", severity="warning",
                message=f"Does not address the question (relevance {score:.2f}, below {limit:.2f}).",
                start=0, end=len(text),
                engine="factlint relevance",
            )], score
        missing = self._missing(doc, question, sentences)
        metrics["missing"] = missing
        # The first of two questions in one is the main ask ("When did the Berlin Wall fall, and
        # what led to it?"): an answer that leaves it out leaves out more than one that leaves
        # out a later part.
        metrics["main_missing"] = len(question.parts) > 1 and question.parts[0].text in missing
        if missing:
            return [Finding(
                rule=INCOMPLETE, category="relevance", severity="warning",
                message="Answers only part of the question: nothing on " + "; ".join(f"“{m}”" for m in missing) + ".",
                start=len(text.rstrip()), end=len(text.rstrip()), engine="factlint relevance",
            )], score
        return [], score

    def _missing(self, doc, question: Question, sentences: list[str]) -> list[str]:
        """What the question asks that the answer leaves out, in the question's words."""
        lang = language(doc.language)
        text = doc.text
        missing = []
        answer_stems = content_stems(text, doc.language)
        if len(question.parts) > 1:
            parts = question.parts
            p_vectors = self.resources.embed([p.text for p in parts])
            sims = self.resources.embed(self._clauses(doc, question)) @ p_vectors.T  # clauses x parts
            closest = {int(k) for k, best in zip(sims.argmax(axis=1), sims.max(axis=1)) if best >= self.config.part_floor}
            part_stems = [content_stems(p.text, doc.language) for p in parts]
            for k, part in enumerate(parts):
                # The words decide first (a figure for "how much", no cause at all for "why"),
                # then what the clauses are about: one closest to this part, or very close to
                # it, or the part's own words (those no other part has) said.
                cue = covers(part, text, doc.language)
                if cue is not None:
                    if not cue:
                        missing.append(part.text)
                    continue
                own = part_stems[k] - set().union(*(s for j, s in enumerate(part_stems) if j != k))
                if len(own) <= 1:
                    continue  # "... and why?", "how can I tell": too little of its own to judge by
                said = bool(own) and len(own & answer_stems) / len(own) >= 0.5
                if k in closest or said or float(sims[:, k].max()) >= self.config.part_similarity:
                    continue
                missing.append(part.text)
        if question.items and lang is not None:
            given = max(count_items(text, lang), len(sentences))
            if given < question.items:
                missing.append(f"{question.items} items (it gives {given})")
        if len(question.compared) == 2:
            a, b = (content_stems(c, doc.language) for c in question.compared)
            for side, own in ((question.compared[0], a - b), (question.compared[1], b - a)):
                if own and len(own & answer_stems) * 2 <= len(own):  # half its own words or fewer
                    missing.append(side)
        return missing

    def _compare_candidates(self, docs, results, scored: dict[int, float]) -> None:
        """Off-topic among candidates: far less relevant than the best one, and saying nothing it says."""
        cfg = self.config
        groups: dict[str, list[int]] = {}
        for i, doc in enumerate(docs):
            key = group_key(doc.answer)
            if key is not None and i in scored and not any(f.rule == OFF_TOPIC for f in results[i]):
                groups.setdefault(key, []).append(i)
        for members in groups.values():
            stems = [content_stems(docs[i].text, docs[i].language) for i in members]
            far = less_relevant([scored[i] for i in members], stems, cfg.group_gap, cfg.on_topic)
            for k, best in far.items():
                i, b = members[k], members[best]
                score = scored[i]
                other = docs[b].answer.id
                results[i] = [f for f in results[i] if f.rule != INCOMPLETE]
                results[i].append(Finding(
                    rule=OFF_TOPIC, category="relevance", severity="warning",
                    message=f"Addresses the question far less than candidate {other} (relevance {score:.2f} vs "
                            f"{scored[b]:.2f}).",
                    start=0, end=len(docs[i].text),
                    engine="factlint relevance",
                ))


def supporting_score(metrics: dict) -> float | None:
    """How close the passage that supports an answer's claims is to what was searched for (the
    question and the answer, `metrics["citations"]`' score), when the facts check ran first and
    found every claim supported; else None (no index, no claim, a claim unsupported or
    contradicted: "not checked" is no evidence either way)."""
    claims = metrics.get("claims") or {}
    citations = metrics.get("citations") or []
    if not claims.get("checked") or claims.get("contradicted") or claims.get("unverifiable") or not citations:
        return None
    scores = [c["score"] for c in citations if isinstance(c.get("score"), (int, float))]
    return round(max(scores), 4) if scores else None


def less_relevant(scores: list[float], stems: list[set[str]], gap: float, on_topic: float) -> dict[int, int]:
    """Candidates (by position) that are off-topic next to the best one: `gap` or more below its
    relevance, below `on_topic` themselves, and saying little of what it says (under half of
    their content words, and under half of their figures); each mapped to the best one's position."""
    if len(scores) < 2:
        return {}
    best = max(range(len(scores)), key=lambda k: scores[k])
    out = {}
    for k, score in enumerate(scores):
        if k == best or score >= on_topic or scores[best] - score < gap:
            continue
        if _says_what(stems[k], stems[best]):
            continue  # a terse answer that says what the best one says
        out[k] = best
    return out


def _says_what(stems: set[str], other: set[str]) -> bool:
    """Whether half or more of an answer's words, or of its figures, are in `other`."""
    for mine in ({w for w in stems if not w[0].isdigit()}, {w for w in stems if w[0].isdigit()}):
        if mine and len(mine & other) * 2 >= len(mine):
            return True
    return False
