"""A figure may say what it measures or counts without the words: a temperature by its unit
("Keep the room at 24 °C" is the room's temperature), and a bare figure that stands for its
things ("about 180 people ..., but by 1930 only 36 were left": 36 people). And a range moved
whole ("about 18 to 22 °C" for "16 to 20 °C") is another range, however "about" stretches it."""

from __future__ import annotations

from factlint.verify.analysis import APART, CONFLICT, SAME, analyse, compare
from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

ROOM = passage_hit(1, "A room temperature of 16 to 20 degrees Celsius, with light bedding or a lightweight baby "
                      "sleeping bag, is comfortable and safe for a sleeping baby.", title="Room temperature and bedding")
ISLAND = passage_hit(2, "The writer Martin Martin counted about 180 people on the island when he visited in 1697, but "
                        "by 1930 only 36 were left.", title="The evacuation of the island")
КОМНАТА = passage_hit(3, "Температура воздуха в детской должна быть от 18 до 22 градусов Цельсия.", title="Детская")


def test_a_temperature_meets_the_evidence_that_names_it():
    verdict = verify_claim("Keep the room at 24 degrees Celsius.", [ROOM])
    assert verdict.label == "contradicted", verdict.reason
    assert "16 to 20" in verdict.reason
    verdict = verify_claim("Keep the room at 18 degrees Celsius.", [ROOM])
    assert verdict.label != "contradicted", verdict.reason
    verdict = verify_claim("В детской должно быть 26 градусов Цельсия.", [КОМНАТА], "ru")
    assert verdict.label == "contradicted", verdict.reason


def test_the_word_is_not_lent_where_the_evidence_does_not_say_it():
    # Against a passage that never says "temperature", one shared word is still too few.
    other = passage_hit(4, "A bath for a baby should be about 37 degrees Celsius, checked with your elbow.", title="Bath time")
    verdict = verify_claim("Keep the room at 24 degrees Celsius.", [other])
    assert verdict.label != "contradicted", verdict.reason


def test_a_range_moved_whole_is_another_range():
    verdict = verify_claim("Keep the room at about 18 to 22 degrees Celsius, and dress your baby in light layers.", [ROOM])
    assert verdict.label == "contradicted", verdict.reason
    lex = lexicon("en")

    def figure(text):
        return next(m for m in analyse(text, lex).mentions if m.kind == "number")

    evidence = figure("It takes 1,450 to 1,980 workers.")
    assert compare(figure("It takes about 1,500 to 2,000 workers."), evidence, 0.1) != CONFLICT  # rounded, not moved
    assert compare(figure("It takes about 1,460 to 1,990 workers."), evidence, 0.1) == CONFLICT
    assert compare(figure("It takes 1,450 to 1,980 workers."), evidence, 0.1) == SAME
    assert compare(figure("It takes 1,450 to 1,980 km."), evidence, 0.1) == APART


def test_a_bare_figure_that_stands_for_its_things_takes_their_unit():
    verdict = verify_claim("By 1930 only 36 people were left on the island.", [ISLAND])
    assert verdict.label != "contradicted", verdict.reason
    verdict = verify_claim("By 1930 only 56 people were left on the island.", [ISLAND])
    assert verdict.label == "contradicted", verdict.reason
    assert "36" in verdict.reason
