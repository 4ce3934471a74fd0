"""Where sentences start, past what spaCy's sentencizer sees:

- a sentence that opens with a quote or a bracket keeps it: the sentencizer would leave the
  opening mark at the end of the sentence before ("Great question! «"), and the claim after it
  would quote a title without its opening mark;
- a unit written with its period as one token ("12 см.", "3 p.m.") ends its sentence before a
  capitalised word: otherwise two sentences make one claim, and what the second says is cited
  with the first's evidence. A year's «г.» does not ("В 1961 г. Гагарин ...")."""

from __future__ import annotations

import pytest

from factlint.document import build_pipeline


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Отличный вопрос! «Ёжика в тумане» Юрий Норштейн снял в 1975 году. (Это правда.) Да.",
     ["Отличный вопрос!", "«Ёжика в тумане» Юрий Норштейн снял в 1975 году.", "(Это правда.)", "Да."]),
    ("en", 'Great question! "Hey Jude" came out in 1968. Sure! “Yesterday” came out in 1965. Yes. (It did.)',
     ["Great question!", '"Hey Jude" came out in 1968.', "Sure!", "“Yesterday” came out in 1965.", "Yes.", "(It did.)"]),
    ("en", 'He said "no." Then he left. "Stop." "Go."', ['He said "no."', "Then he left.", '"Stop."', '"Go."']),
])
def test_an_opening_quote_or_bracket_starts_its_sentence(language, text, expected):
    assert [s.text for s in build_pipeline("blank", language)(text).sents] == expected


def test_a_quote_inside_a_sentence_starts_nothing():
    text = 'The song "Hey Jude" came out in 1968, and (as planned) it topped the charts.'
    assert [s.text for s in build_pipeline("blank", "en")(text).sents] == [text]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Для группы нужен лёд не тоньше 12 см. Проще всего проверить лёд палкой. В 1961 г. Гагарин полетел.",
     ["Для группы нужен лёд не тоньше 12 см.", "Проще всего проверить лёд палкой.", "В 1961 г. Гагарин полетел."]),
    ("en", "We met at 3 p.m. The rain had stopped.", ["We met at 3 p.m.", "The rain had stopped."]),
])
def test_a_unit_with_its_period_ends_its_sentence(language, text, expected):
    assert [s.text for s in build_pipeline("blank", language)(text).sents] == expected
