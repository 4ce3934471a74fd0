"""The engine-independent parts of the grammar check: offsets, names, vocabulary,
taxonomy and merging."""

from __future__ import annotations

import pytest

from factlint.grammar import EngineMatch
from factlint.grammar.harper import dialect_for
from factlint.grammar.languagetool import _chunks, normalise_url
from factlint.grammar.merge import merge_findings
from factlint.grammar.names import NameGuard, Vocabulary, prefix_stems, split_kind
from factlint.grammar.offsets import OffsetMap
from factlint.grammar.taxonomy import classify, is_enabled
from factlint.model import Finding

# -- offsets ----------------------------------------------------------------------------------


def test_utf16_offsets_after_astral_characters():
    text = "a😀b👩‍👩‍👧c"
    units = OffsetMap(text, "utf-16")
    # Java counts 😀 as two units: "b" is at unit 3 but code point 2.
    assert units.span(3, 1) == (2, 3) and text[2] == "b"
    c = text.index("c")
    assert units.to_codepoint(len(text[:c].encode("utf-16-le")) // 2) == c


def test_utf16_span_ending_inside_a_surrogate_pair_takes_the_whole_character():
    text = "x😀y"
    assert OffsetMap(text, "utf-16").span(1, 1) == (1, 2)


def test_utf8_byte_offsets():
    text = "café 😀 naïve"
    units = OffsetMap(text, "utf-8")
    start = len(text[: text.index("naïve")].encode("utf-8"))
    assert units.span(start, len("naïve".encode("utf-8"))) == (text.index("naïve"), len(text))


def test_ascii_is_the_identity_and_clamped():
    units = OffsetMap("plain", "utf-16")
    assert units.identity and units.span(1, 3) == (1, 4) and units.to_codepoint(99) == 5


# -- names ------------------------------------------------------------------------------------


def flagged(text: str, word: str, sentences=None) -> bool:
    start = text.index(word)
    return NameGuard(text, sentences).is_name(start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We talked to Qorvath about it.", "Qorvath"),  # capitalised mid-sentence
        ("The ICANN board met.", "ICANN"),  # acronym
        ("Our gTLDs and iPhone apps.", "gTLDs"),  # mixed case
        ("They ship GPT4o today.", "GPT4o"),  # digits
        ("Visit the .patagonia domain.", "patagonia"),  # glued to a dot
        ("It cost $6bn last year.", "bn"),  # glued to a figure
        ("He met Maria van der Hoeven there.", "der"),  # a particle inside a name
        ("Bashar al-Assad spoke.", "al"),  # a piece of a hyphenated name
        ("Axani founded it. Later Axani left.", "Axani"),  # sentence start, used again
        ("Zeina Qorvath smiled.", "Zeina"),  # sentence start, a two-word name
        ("The oxytocin dose. More oxytocin. Less oxytocin.", "oxytocin"),  # a repeated term
        ("A café serving crème brûlée.", "brûlée"),  # a foreign word
        # First in the sentence, with evidence after it:
        ("Oxfam said the plan failed.", "Oxfam"),  # a verb of saying
        ("Sayani, 32, said she left.", "Sayani"),  # an age in apposition
        ("Modi, who leads India, spoke.", "Modi"),  # a relative clause about a person
        ("Zeina, a student, fears the worst.", "Zeina"),  # a description set off by commas
        ("Virunga has snow fields.", "Virunga"),  # an auxiliary after the subject
        ("Banksy himself said nothing.", "Banksy"),  # a reflexive
        ("Virunga’s rich resources.", "Virunga’s"),  # a possessive
        ("Dögg is fine as a name.", "Dögg"),  # letters foreign to English
        ("Blackett, Fischer and friends went.", "Blackett"),  # a list of capitalised words
        ("Bank of England rates rose.", "Bank"),  # a title-case run across "of"
        ("Steck, he says, was planning it.", "Steck"),  # a verb of saying set off by commas
        ("Alamin, ten, works in a factory.", "Alamin"),  # an age in words
        ("Alamin, ten years old, works in a factory.", "Alamin"),
        ("Hannah, aged forty, left.", "Hannah"),
        ("Lovemore, from Zimbabwe, is now poor.", "Lovemore"),  # where a person is from, then the verb
        ("Amin is from a village.", "Amin"),  # a name of another country's lists
        ("Ueli trained like a machine.", "Ueli"),
        ("Leifert and his colleagues agree.", "Leifert"),  # "and his": a person's own people
        ("Conron came up with the idea.", "Conron"),  # a past tense, then a particle
        ("Eyde harnessed the waterfall.", "Eyde"),  # a past tense in -ed, then an article
        ("Virunga used to be peaceful.", "Virunga"),
        ("Iguchi shakes his head.", "Iguchi"),  # a verb in -s, then a pronoun
        ("Coldplay is probably the last one.", "Coldplay"),  # "is", and no slip of a known word
        ("Virunga represents a valuable asset.", "Virunga"),
        ("Wolfsburg also dropped a bombshell.", "Wolfsburg"),  # an adverb, then a past tense
        ("Lindzen and Choi revised their paper.", "Lindzen"),  # "and" another name
        ("Castlebay (Scottish Gaelic: Bagh) is a village.", "Castlebay"),  # a gloss in brackets
        ('Kerkor "Kirk" Kerkorian was a businessman.', "Kerkor"),  # a nickname in quotes
        ("Slotkin — who served in Iraq — noted it.", "Slotkin"),  # "who" after a dash
        ("Gaetz, one of the most prolific members, has attacked him.", "Gaetz"),  # "one of the", set off
        ("Oue served as director until 2003.", "Oue"),  # a past tense, then "as"
        # issue 15, ninth round: what an encyclopaedia says after "is"/"was", even one edit from a word
        ("Goertz is known for her satirical songs.", "Goertz"),
        ("Balston was educated at Eton.", "Balston"),
        ("Fishtales is a 2007 family comedy film.", "Fishtales"),
        ("Robinsons is an English fruit drink brand.", "Robinsons"),
    ],
)
def test_words_the_text_treats_as_names(text, word):
    assert flagged(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Althogh it rained, we went.", "Althogh"),  # sentence start, nothing else
        ("The goverment met.", "goverment"),
        ("We will recieve it. We recieve it.", "recieve"),  # twice is not yet a term
        ("I said: Recieve it.", "Recieve"),  # quoted speech starts a sentence
        ("Therfore, we left early.", "Therfore"),  # a comma, but no name after it
        ("Becuase of rain, we stayed.", "Becuase"),
        ("Sceene of violence can affect them.", "Sceene"),  # "of" with no capital after it
        ("Goverment needs money.", "Goverment"),  # a verb, but not an auxiliary
        ("Ths is bad.", "Ths"),  # "is" follows slips of "This" as often as names
        ("Therfore, he said no.", "Therfore"),  # a verb of saying not set off by commas
        ("Diffrent cultures have their ways.", "Diffrent"),  # a plural noun, then a verb
        ("Goverment needs more money.", "Goverment"),  # a verb in -s, but a slip of "government"
        ("Educaton is important.", "Educaton"),  # "is", but one letter from "education"
        ("Studnts need to work.", "Studnts"),  # "need" is no past tense
        ("Beacuse and then we left.", "Beacuse"),  # "and" without "his" or "her"
        ("Therfore, from London, we left.", "Therfore"),  # "from" a place, then a subject of its own
        ("Becuase, from the start, it failed.", "Becuase"),  # "from" without a capital
        ("Althogh also it rained, we went.", "Althogh"),  # an adverb, but no verb of a subject after it
        ("Beacuse and I left early.", "Beacuse"),  # "and I": the pronoun is capitalised anywhere
        ("Therfore, one of the reasons is money.", "Therfore"),  # "one of the" not set off
        ("Goverment is a big problem.", "Goverment"),  # "is a" with no year or capital after it
    ],
)
def test_misspellings_are_not_names(text, word):
    assert not flagged(text, word)


def test_world_names_hold_names_no_english_word_and_no_contraction():
    from factlint.grammar.names import world_names

    names = world_names()
    assert len(names) > 10000 and {"Amin", "Ueli", "Koko"} <= names
    # English words (known to the dictionaries) and contractions without their apostrophe are left out.
    assert not {"Rose", "Hunt", "Tim", "Cant", "Theres", "Goverment", "Thier"} & names


def test_a_batch_is_evidence_for_its_texts_and_entities_for_theirs():
    alone = NameGuard("Qorvath spoke first.")
    other = NameGuard("Later we met Qorvath there.")
    assert not alone.is_name(0, 7)
    NameGuard.share([alone, other, None])
    assert alone.is_name(0, 7)  # capitalised mid-sentence in another answer of the batch
    starts = NameGuard("Becuase it rained.")  # another text's sentence start is no evidence
    NameGuard.share([NameGuard("Becuase of that."), starts])
    assert not starts.is_name(0, 7)
    assert NameGuard("Qorvath spoke first.", entities=[(0, 7)]).is_name(0, 7)


def test_entity_spans_of_the_blank_pipeline_are_none(nlp):
    assert NameGuard.entity_spans(nlp("Oxfam said so.")) == []


def test_sentence_starts_come_from_the_document():
    text = "first line\nQorvath here and now."  # no evidence after it: only the position counts
    assert not flagged(text, "Qorvath", sentences=[(0, 10), (11, len(text))])
    assert flagged(text, "Qorvath", sentences=[(0, len(text))])


def test_a_phrase_holding_a_name_or_followed_by_one():
    text = "Donations to the World Wide Fund. The director of the WHO spoke. We has a plan."
    guard = NameGuard(text)
    ww = text.index("World Wide")
    assert guard.contains_name(ww, ww + len("World Wide"))
    the = text.index("the WHO")
    assert guard.contains_name(the, the + 4)  # "the " is about the word after it
    has = text.index("has")
    assert not guard.contains_name(has, has + 3)


def test_prefix_stems_and_split_kinds():
    assert "technologies" in prefix_stems("neurotechnologies")
    assert prefix_stems("untill") == [] and prefix_stems("presure") == []
    assert split_kind(["in", "many"]) == "boundary"
    assert split_kind(["think", "tank"]) == "compound"
    assert split_kind(["post", "ion"]) == "unknown"


def test_vocabulary_case_rules(tmp_path):
    path = tmp_path / "v.txt"
    path.write_text("factlint\nZorpCo # brand\n\n# comment\n", encoding="utf-8")
    vocab = Vocabulary.load([path])
    assert vocab.accepts("factlint") and vocab.accepts("Factlint") and vocab.accepts("FACTLINT")
    assert vocab.accepts("ZorpCo") and vocab.accepts("ZorpCo’s") and not vocab.accepts("zorpco")
    assert vocab.words == ["ZorpCo", "factlint"]


# -- taxonomy ---------------------------------------------------------------------------------


class Opts:
    def __init__(self, preset="default", **lists):
        self.preset = preset
        for key in ("enable_rules", "disable_rules", "enable_categories", "disable_categories"):
            setattr(self, key, lists.get(key, []))


def m(rule, kind, issue=None):
    return EngineMatch(0, 1, rule, kind, "msg", [], issue)


@pytest.mark.parametrize(
    ("engine", "match", "rule"),
    [
        ("harper", m("SpellCheck", "Spelling"), "spelling/unknown-word"),
        ("harper", m("AnA", "Miscellaneous"), "grammar/article"),
        ("harper", m("SomeNewAgreementRule", "Agreement"), "grammar/agreement"),
        ("harper", m("OxfordComma", "Style"), "grammar/style"),
        ("languagetool", m("MORFOLOGIK_RULE_EN_GB", "TYPOS", "misspelling"), "spelling/unknown-word"),
        ("languagetool", m("HUNSPELL_RULE", "TYPOS", "misspelling"), "spelling/unknown-word"),
        ("languagetool", m("ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication"), "grammar/repeated-word"),
        ("languagetool", m("RU_AGREEMENT_X", "GRAMMAR", "grammar"), "grammar/agreement"),
        ("languagetool", m("EN_A_VS_AN", "MISC", "misspelling"), "grammar/article"),
        ("languagetool", m("SOME_COMMA_RULE", "PUNCTUATION", "typographical"), "grammar/punctuation"),
        ("languagetool", m("EN_COMPOUNDS", "COMPOUNDING", "misspelling"), "spelling/word-boundary"),
        ("languagetool", m("WORDINESS", "REDUNDANCY", "style"), "grammar/style"),
    ],
)
def test_engine_rules_map_onto_factlint_ids(engine, match, rule):
    assert classify(engine, match).rule == rule


def test_presets_and_user_lists_decide_what_counts():
    comma = m("OxfordComma", "Style")
    cls = classify("harper", comma)
    assert not is_enabled(cls, comma, Opts())
    assert is_enabled(cls, comma, Opts("strict"))
    assert is_enabled(cls, comma, Opts(enable_rules=["oxfordcomma"]))
    assert is_enabled(cls, comma, Opts(enable_categories=["Style"]))
    agree = m("PronounVerbAgreement", "Agreement")
    assert not is_enabled(classify("harper", agree), agree, Opts(disable_categories=["Agreement"]))
    assert not is_enabled(classify("harper", agree), agree, Opts("strict", disable_rules=["PronounVerbAgreement"]))
    # A kind Harper may add later is off until someone has looked at it.
    new = m("Whatever", "BrandNewKind")
    assert not is_enabled(classify("harper", new), new, Opts())


# -- merging ----------------------------------------------------------------------------------


def f(rule, start, end, severity="warning", suggestions=()):
    return Finding(rule, rule.split("/")[0], severity, "m", start, end, list(suggestions))


def test_overlapping_findings_merge_into_the_most_severe():
    merged = merge_findings([
        f("spelling/typo", 10, 13, "warning", ["the"]),
        f("grammar/agreement", 10, 13, "error", ["has"]),
        f("grammar/article", 20, 21),
    ])
    assert [(x.rule, x.suggestions) for x in merged] == [
        ("grammar/agreement", ["has", "the"]),
        ("grammar/article", []),
    ]


def test_a_word_inside_a_sentence_long_finding_stays_and_neighbours_do_not_merge():
    merged = merge_findings([
        f("grammar/style", 0, 40, "info"), f("spelling/unknown-word", 5, 9),
        f("spelling/typo", 5, 10, "warning", ["x"]), f("grammar/punctuation", 40, 41),
    ])
    assert [(x.rule, x.start, x.end) for x in merged] == [
        ("grammar/style", 0, 40), ("spelling/unknown-word", 5, 9), ("grammar/punctuation", 40, 41),
    ]
    assert merged[1].suggestions == ["x"]


def test_small_overlaps_do_not_merge():
    merged = merge_findings([f("grammar/syntax", 0, 10), f("grammar/word-choice", 8, 20)])
    assert len(merged) == 2


# -- small helpers ----------------------------------------------------------------------------


def test_dialect_from_language_region():
    assert dialect_for("en", None) == "any"
    assert dialect_for("en-GB", None) == "british" and dialect_for("en_US", None) == "american"
    assert dialect_for("en-GB", "indian") == "indian"


def test_server_urls_are_normalised():
    assert normalise_url("localhost:8081") == "http://localhost:8081/"
    assert normalise_url("https://lt.example.org/api/v2/") == "https://lt.example.org/api/"


def test_long_texts_are_cut_at_line_ends():
    text = ("word " * 10 + "\n") * 10
    pieces = _chunks(text, 120)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(len(p) <= 120 for _, p in pieces) and all(p.endswith("\n") for _, p in pieces[:-1])


def _bench_grammar():
    from scripts import load_script

    return load_script("bench/grammar.py", "bench_grammar")


def test_the_grammar_bench_can_print_the_selection_halves_alone():
    # issue 15's eighth round: a rule is measured while it is written on the selection halves
    # only (`bench/grammar.py --halves sel`), the held-out ones run once at the round's end
    chosen = _bench_grammar().chosen_halves
    assert chosen("sel") == ("sel",)
    assert chosen("held, all") == ("all", "held")
    with pytest.raises(SystemExit, match="odd"):
        chosen("sel,odd")


def test_the_grammar_bench_names_the_type_of_each_edit_between_a_sentence_and_its_reference():
    # issue 15's tenth round: `bench/grammar.py --edit-types` says which kinds of error the
    # default misses on the JFLEG selection half
    bench = _bench_grammar()
    kinds = {bench.edit_type(a, b) for a, b in bench.nearest_edits(
        "Many people killed by car in the city becouse the road is to busy",
        ["Many people are killed by cars in the city because the road is too busy",
         "Many people are killed by cars in this city, because the roads are too busy."])}
    assert kinds == {"missing word", "number or verb -s", "spelling"}
    assert bench.edit_type("much", "many") == "another word"
    assert bench.edit_type("goal", "goal,") == "punctuation"
    assert bench.edit_type("juju", "Juju") == "case"
    assert bench.edit_type("", "the") == "missing article"
    assert bench.edit_type("attractive", "attracted") == "word form"
    assert bench.edit_type("in", "on") == "preposition"
    assert bench.edit_type("consuming", "") == "extra word"
    assert bench.edit_type("word on it hard", "works hard to") == "rewording"


def test_the_grammar_bench_gives_the_detectors_own_ranking_at_fixed_shares_of_clean_sentences():
    # issue 15's tenth round: whether a retrained adapter parts learner errors from clean prose
    # better, whatever the rules find (`--tune-detector`'s last lines)
    rank = _bench_grammar().detector_ranking
    clean = [i / 100 for i in range(100)]  # 1% of them score 0.99, 2% 0.98 and up
    lines = rank(clean, errors=[0.995, 0.985, 0.5, 0.1], fine=[0.2, 0.3], rates=(0.01, 0.02))
    assert lines[0].startswith("1.0% of adv sentences (0.980): 0.500 of JFLEG sentences with errors, 0.000")
    assert lines[1].startswith("2.0% of adv sentences (0.970): 0.500 of")


def test_the_grammar_bench_makes_one_error_of_each_kind_in_clean_sentences():
    # issue 15's twelfth round: `bench/grammar.py --synthetic`, the kinds of error the default
    # is blind to, on clean selection sentences given one error each on purpose
    make = _bench_grammar().synthetic_items
    clean = ["The bridges were built in 1890 by the town.", "Many people said that the car is theirs."]
    items = make(clean, per_kind=1)
    kinds = [k for k, _, _ in items]
    assert len(kinds) == len(set(kinds)) and "participle" in kinds and "article-drop" in kinds
    assert all(bad != text and text in clean for _, text, bad in items)
    assert ("participle", clean[0], "The bridges were build in 1890 by the town.") in items
    assert make(clean, per_kind=1) == items  # the same errors for the same seed
    assert len([k for k, _, _ in make(clean, per_kind=2) if k == "article-drop"]) == 2
