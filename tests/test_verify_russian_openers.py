"""A capitalised verb or adverb opening a Russian sentence is no word of the name after it
(Lexicon.no_name, by pymorphy3)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymorphy3")


def test_a_verb_opening_the_sentence_is_no_part_of_the_name():
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    names = [m.value for m in analyse("Умерла Ковалевская в 1891 году.", lexicon("ru")).mentions if m.kind == "name"]
    assert names == [("ковалевская",)] or names == [(lexicon("ru").name_word("ковалевская"),)]
    assert lexicon("ru").no_name("затем") and not lexicon("ru").no_name("полёт") and not lexicon("ru").no_name("красная")
