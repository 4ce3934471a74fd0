"""Russian puts a subject after its verb, with a date between them: «Первый выход в открытый
космос совершил 18 марта 1965 года Павел Беляев». The date is no place of the name after it:
the name holds the verb's place («совершил»), as «совершил Алексей Леонов 18 марта 1965 года»
does, and the two are rivals."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

_EVIDENCE = ("Первый в истории выход человека в открытый космос совершил Алексей Леонов 18 марта 1965 года во время "
             "полёта корабля «Восход-2»; командиром экипажа был Павел Беляев.")


def _slots(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return {m.text: m.slot for m in a.mentions if m.kind == "name"}


def test_a_date_before_a_name_is_no_place_of_it():
    from factlint.verify.languages import lexicon

    # (The place is the verb's stem: words of a name's place are read whatever their form.)
    assert _slots("Первый выход совершил 18 марта 1965 года Павел Беляев.")["Павел Беляев"] == lexicon("ru").word_stem("совершил")
    # (A date that opens the sentence sets its time: the name after it is the subject.)
    assert _slots("В 1965 году Павел Беляев полетел в космос.")["Павел Беляев"] == ""


def test_a_subject_after_the_date_meets_its_rival():
    v = _verify("Первый выход в открытый космос совершил 18 марта 1965 года Павел Беляев с корабля «Восход-2».", _EVIDENCE)
    assert v.label == "contradicted", v.reason
    v = _verify("Первый выход в открытый космос совершил 18 марта 1965 года Алексей Леонов с корабля «Восход-2».", _EVIDENCE)
    assert v.label != "contradicted", v.reason
