"""A Russian figure of one dimension, named by its noun («глубина»), is no rival of a figure of
another («длина ствола»): «Максимальная глубина Кольской скважины — 12 262 м» says nothing
against «длина ствола ... достигла 15 км» (Lexicon.measure_nouns). Of the same dimension, the
two still disagree."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

_EVIDENCE = ("По длине ствола Кольскую скважину обогнали наклонные нефтяные скважины на шельфе Сахалина, "
             "где длина ствола Кольской скважины у отдельных скважин достигла 15 км.")


def test_a_depth_is_no_rival_of_a_length():
    v = _verify("Максимальная глубина Кольской скважины — 12 262 м.", _EVIDENCE)
    assert v.label != "contradicted", v.reason


def test_a_length_meets_a_length():
    v = _verify("Длина ствола Кольской скважины на шельфе Сахалина достигла 9 км.", _EVIDENCE)
    assert v.label == "contradicted", v.reason
