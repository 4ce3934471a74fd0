"""Chunking: sentence spans, passages within max_chars, overlap, and exact offsets."""

from __future__ import annotations

import pytest

from factlint.evidence.chunking import ChunkSpec, chunk_spans, sentence_spans


def texts(text, spans):
    return [text[s:e] for s, e in spans]


def test_sentences_split_on_end_punctuation_not_on_abbreviations_or_decimals():
    text = "Dr. Smith eats 2.5 mg of iron. Is that enough? Yes!  Spinach, e.g. boiled, has some."
    assert texts(text, sentence_spans(text)) == [
        "Dr. Smith eats 2.5 mg of iron.",
        "Is that enough?",
        "Yes!",
        "Spinach, e.g. boiled, has some.",
    ]


def test_sentences_break_at_blank_lines_list_items_and_headings():
    text = "# Iron sources\nRed meat\n\nA paragraph without a stop\n- liver\n- lentils"
    assert texts(text, sentence_spans(text)) == [
        "# Iron sources", "Red meat", "A paragraph without a stop", "- liver", "- lentils",
    ]


def test_lower_case_after_a_period_does_not_start_a_sentence():
    text = "It has approx. three mg. per serving."
    assert texts(text, sentence_spans(text)) == [text]


def test_chunks_pack_whole_sentences_up_to_max_chars():
    sentences = [f"Sentence number {i} is about iron." for i in range(20)]
    text = " ".join(sentences)
    spans = chunk_spans(text, ChunkSpec(max_chars=120, overlap=0))
    assert len(spans) > 1
    for start, end in spans:
        assert end - start <= 120
        assert text[start:end].startswith("Sentence") and text[start:end].endswith(".")
    # Without overlap every sentence is in exactly one passage, in order.
    joined = " ".join(texts(text, spans))
    assert joined == text


def test_overlap_repeats_the_last_sentence_of_the_previous_passage():
    text = " ".join(f"Fact {i} says iron matters." for i in range(12))
    spans = chunk_spans(text, ChunkSpec(max_chars=90, overlap=1))
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        last = sentence_spans(text[s1:e1])[-1]
        assert s2 == s1 + last[0], "the next passage starts with the previous one's last sentence"
        assert e2 > e1
    assert spans[-1][1] == len(text)


def test_overlap_never_stalls_when_sentences_are_long():
    text = " ".join("Word " * 15 + "end." for _ in range(6))
    spans = chunk_spans(text, ChunkSpec(max_chars=100, overlap=3))
    starts = [s for s, _ in spans]
    assert starts == sorted(set(starts))
    assert spans[-1][1] == len(text)


def test_a_sentence_longer_than_max_chars_is_cut_at_whitespace():
    text = " ".join(["ferritin"] * 60) + "."
    spans = chunk_spans(text, ChunkSpec(max_chars=50, overlap=0))
    assert all(e - s <= 50 for s, e in spans)
    assert all(not text[s:e].startswith(" ") and text[s:e].split()[0] == "ferritin" for s, e in spans)
    assert " ".join(texts(text, spans)) == text


def test_a_word_longer_than_max_chars_is_cut_anyway():
    text = "x" * 130
    assert chunk_spans(text, ChunkSpec(max_chars=50, overlap=0)) == [(0, 50), (50, 100), (100, 130)]


def test_offsets_point_into_the_original_text_with_unicode_and_crlf():
    text = "Über Eisen.\r\nCafé au lait reduces absorption — a little.\r\n\r\nВитамин C помогает."
    spans = chunk_spans(text, ChunkSpec(max_chars=25, overlap=0))
    assert texts(text, spans) == ["Über Eisen.", "Café au lait reduces", "absorption — a little.", "Витамин C помогает."]
    assert spans[-1] == (len(text) - len("Витамин C помогает."), len(text))


def test_empty_and_blank_texts_have_no_passages():
    assert chunk_spans("") == []
    assert chunk_spans(" \n\t ") == []


@pytest.mark.parametrize("kwargs", [{"max_chars": 5}, {"overlap": -1}])
def test_bad_specs_are_refused(kwargs):
    with pytest.raises(ValueError):
        ChunkSpec(**kwargs)
