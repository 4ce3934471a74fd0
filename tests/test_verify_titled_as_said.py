"""A passage whose title the claim's clause says whole, a name among its words, is about what the
clause is about, whoever the passage's own clauses name: «Наступление под Псковом началось 3–4
мая» meets «3–4 июня ... перешла в наступление» in the passage «Наступление под Псковом», though
that clause's subject is the army, not Pskov."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

PASSAGE = passage_hit(1, "В конце апреля 1919 года отряды подошли к Пскову ближе всего. 3–4 июня 1919 года Северная армия "
                         "перешла в наступление силами трёх корпусов.", title="Наступление под Псковом")


def test_the_titled_thing_s_date_meets_the_claim():
    verdict = verify_claim("Наступление под Псковом началось 3–4 мая 1919 года.", [PASSAGE], "ru")
    assert verdict.label == "contradicted", verdict.reason
    assert "июня" in verdict.reason


def test_a_clause_that_says_only_part_of_the_title_is_still_read_as_before():
    # The title's words are not all said: the army's date is no date of the other thing named.
    verdict = verify_claim("Оборона Пскова началась 3–4 мая 1919 года.", [PASSAGE], "ru")
    assert verdict.label != "contradicted", verdict.reason
