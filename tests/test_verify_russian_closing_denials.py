"""A Russian sentence that lists what to do in infinitives and ends by forbidding it
(«Растирать кожу снегом, спиртом или жиром, а также греть её у огня нельзя») denies each item
of the list, not only the last one before «нельзя»; an item with a modal of its own («...
снегом можно, а ...») says its own."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("advice",))

_EVIDENCE = ("Обмороженную кожу нельзя растирать снегом: он ещё сильнее охлаждает ткани. "
             "Нельзя растирать её спиртом или жиром, отогревать у огня, грелкой или в горячей воде.")


def _denied(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return [(a.text[c.start:c.end], c.negated) for c in a.clauses]


def test_a_closing_denial_denies_each_item_of_the_list():
    # («спиртом или жиром», the last two items of a list of words, is read with the clause that opened it.)
    assert _denied("Растирать кожу снегом, спиртом или жиром, а также греть её у огня нельзя.") == [
        ("Растирать кожу снегом, спиртом или жиром", True), ("а также греть её у огня нельзя", True)]
    assert _denied("Растирать кожу снегом можно, а греть её у огня нельзя.") == [
        ("Растирать кожу снегом можно", False), ("а греть её у огня нельзя", True)]


def test_a_list_of_what_not_to_do_agrees_with_the_evidence():
    v = _verify("Растирать кожу снегом, спиртом или жиром, а также греть её у огня или в горячей воде нельзя.", _EVIDENCE)
    assert v.label != "contradicted", v.reason


def test_a_closing_denial_after_a_relative_clause_denies_the_infinitive():
    # («нельзя» after the relative clause is read into it as a fragment: it denies the item.)
    assert _denied("Перезванивать на номер, с которого поступил звонок, нельзя.") == [
        ("Перезванивать на номер", True), ("с которого поступил звонок, нельзя", False)]
    evidence = ("При таком звонке нужно сразу положить трубку и самому позвонить в банк по номеру с обратной стороны "
                "карты. Перезванивать на номер, с которого поступил звонок, нельзя.")
    v = _verify("Положите трубку и перезвоните на тот номер, с которого вам звонили, чтобы убедиться, что это банк.",
                evidence)
    assert v.label == "contradicted", v.reason


def test_a_closing_denial_in_a_short_tail_denies_its_clause():
    # («даже телефон» and «поднимать нельзя» are too short to be clauses: read with the clause
    # before them, whose polarity the denial at its end still turns.)
    assert _denied("Шарф лучше снять, а упавшие вещи, даже телефон, поднимать нельзя.") == [
        ("Шарф лучше снять", False), ("а упавшие вещи, даже телефон, поднимать нельзя", True)]


def test_a_command_not_to_agrees_with_a_closing_denial_in_a_tail():
    v = _verify("Упавшие вещи не поднимайте.", "Шарф лучше снять, а упавшие вещи, даже телефон, поднимать нельзя.")
    assert v.label != "contradicted", v.reason
