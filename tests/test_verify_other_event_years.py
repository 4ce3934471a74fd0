"""A name in an evidence sentence whose years are all decades from the claim's is another
event's, no rival (heuristic _other_event_years)."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("name",))


def test_a_place_of_an_event_decades_away_is_no_rival():
    v = _verify("Учёный умер в Калуге в 1935 году.", "Лобачевский умер в Казани в 1856 году.")
    assert v.label != "contradicted", v.reason
    # (A year close by may be the same event told with a slip: the place is still its rival.)
    v = _verify("Учёный умер в Калуге в 1857 году.", "Лобачевский умер в Казани в 1856 году.")
    assert v.label == "contradicted", v.reason
