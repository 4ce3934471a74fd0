"""A sentence that says it is of "the same year" («В том же году ...») is dated by the year said
last, so an event it tells can be put in order with another: "The Mill" painted in 1865 came
after "The Harbour", painted the same year as a move in 1861."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

LIFE = passage_hit(1, "Anna Lind was born in 1838. In 1861 she moved to Paris to study. That same year she painted "
                      "The Harbour and gave it to her teacher.", title="Anna Lind")
MILL = passage_hit(2, "Anna Lind painted The Mill in 1865, after a summer on the river Loire.", title="The Mill")

LEVITAN = passage_hit(1, "В 1872 году Анну Линд выслали из столицы. В том же году она написала «Гавань» и подарила "
                         "картину учителю.", title="Анна Линд")
MELNITSA = passage_hit(2, "«Мельницу» Анна Линд написала в 1875 году, после лета на Волге.", title="«Мельница»")


def test_a_same_year_sentence_dates_its_event():
    verdict = verify_claim("She painted The Mill even before The Harbour.", [MILL, LIFE])
    assert verdict.label == "contradicted", verdict.reason
    assert "1861" in verdict.reason
    verdict = verify_claim("She painted The Mill only after The Harbour.", [MILL, LIFE])
    assert verdict.label != "contradicted", verdict.reason


def test_russian_same_year():
    verdict = verify_claim("Она написала «Мельницу» ещё до «Гавани».", [MELNITSA, LEVITAN], "ru")
    assert verdict.label == "contradicted", verdict.reason
    assert "1872" in verdict.reason
    verdict = verify_claim("Она написала «Мельницу» уже после «Гавани».", [MELNITSA, LEVITAN], "ru")
    assert verdict.label != "contradicted", verdict.reason
