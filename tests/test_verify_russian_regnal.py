"""A Latin capital after a Russian name is a regnal number, not an initial: «Пётр I.» ends its
sentence (Lexicon.latin_initials), while Cyrillic initials («А. С. Пушкин») do not."""

from __future__ import annotations


def _sentences(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return [text[s:e].strip() for s, e in a.sentences]


def test_a_regnal_number_ends_a_sentence():
    assert _sentences("Русскими войсками командовал сам Пётр I. Бежавшие с поля боя шведы отступили к Днепру.") == [
        "Русскими войсками командовал сам Пётр I.", "Бежавшие с поля боя шведы отступили к Днепру."]
    assert len(_sentences("Поэму написал А. С. Пушкин в 1833 году.")) == 1


def test_english_initials_stay_initials():
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    assert len(analyse("The paper was written by J. H. Williams in 1950.", lexicon("en")).sentences) == 1
