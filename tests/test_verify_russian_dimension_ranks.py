"""A Russian ordinal ranks by a dimension named after «по»: «второе по величине озеро Европы»
is the second largest, «третья по длине река» the third longest, «первое по величине» the
largest. So «Онежское озеро — крупнейшее озеро Европы» meets «второе по величине озеро Европы
после Ладожского», and «второе по площади» is that rank said another way."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

_EVIDENCE = "Онежское озеро — второе по величине озеро Европы после Ладожского. Его площадь без островов около 9700 км²."


def _ranks(text):
    from factlint.verify.analysis import _rank_key, analyse, rank_words
    from factlint.verify.languages import lexicon

    lex = lexicon("ru")
    a = analyse(text, lex)
    return [_rank_key(a.tokens, k, lex) for k in rank_words(a.tokens, lex)]


def test_an_ordinal_ranks_by_the_dimension_after_it():
    assert _ranks("Онежское озеро — второе по величине озеро Европы.") == ["второй большой"]
    assert _ranks("Ладожское озеро — первое по величине озеро Европы.") == ["большой"]
    assert _ranks("Обь — третья по длине река России.") == ["третий длинный"]


def test_the_largest_meets_the_second_largest():
    v = _verify("Онежское озеро — крупнейшее озеро Европы, его площадь без островов около 9700 км².", _EVIDENCE)
    assert v.label == "contradicted", v.reason
    v = _verify("Это второе по площади озеро Европы после Ладожского, около 9700 км² водной глади.", _EVIDENCE)
    assert v.label != "contradicted", v.reason
