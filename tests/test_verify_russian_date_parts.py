"""«в конце августа», «в середине века»: words that set a part of a date, as «в начале» (spaCy's
stop word) does, and as "late" and "mid" do in English; they say nothing of what happened, so
they are no content words (Lexicon.extra_stop_words)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["В конце августа 1612 года ополчение отбило войско.",
                                  "В середине XIX века ополчение отбило войско.",
                                  "В начале августа 1612 года ополчение отбило войско."])
def test_a_part_of_a_date_is_no_content_word(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    stems = analyse(text, lexicon("ru")).stems
    assert {"ополч", "отб", "войск"} <= set(stems)
    assert not {"конц", "середин", "начал"} & set(stems)
