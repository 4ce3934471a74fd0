"""An evidence figure that another figure of the claim's sentence says as written is that
figure's counterpart, even in another unit than the one being checked, when it stands in a
clause of its own ("the tun had 365 days, and together the two formed a Calendar Round of 52 years":
the evidence's 52 years is the Round's, no rival of 365 days). And a year the passage gives
with the day the claim gives it («с 1997 года 11 января») agrees, whatever year that day has
elsewhere in the sentence."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

ROUND = passage_hit(1, "Beside the long count the Ketu kept two shorter cycles. The vala was a ritual count of 260 days, "
                       "made by combining the numbers 1 to 13 with 20 day names, and the tun was a year of 365 days, made "
                       "of 18 months of 20 days followed by 5 days. A given pairing of a vala day and a tun day came round "
                       "again only after 52 years, a cycle known as the Calendar Round.", title="The Calendar Round", score=0.8)


def _verify(text: str, *hits, language: str = "en"):
    return HeuristicVerifier(language=language).verify_one(Claim(text, 0, len(text), None, ("number", "year")), list(hits))


def test_a_figure_said_in_a_clause_of_its_own_answers_its_counterpart():
    v = _verify("Their ritual calendar, the vala, paired the numbers 1 to 13 with 20 day names to make 260 days, and "
                "their solar calendar, the tun, had 365 days, and together the two formed a Calendar Round of 52 years.", ROUND)
    assert v.label != "contradicted", v.reason


def test_the_counterpart_said_wrong_is_still_contradicted():
    v = _verify("Their ritual calendar, the vala, paired the numbers 1 to 13 with 20 day names to make 260 days, and "
                "their solar calendar, the tun, had 365 days, and together the two formed a Calendar Round of 50 years.", ROUND)
    assert v.label == "contradicted", v.reason
    assert "52" in v.reason


DAY = passage_hit(1, "Первым заповедником края стал Ольховский. Указ о его создании подписали 29 декабря 1916 (11 января "
                     "1917) года, поэтому с 1997 года 11 января в крае отмечают День Ольховского заповедника.",
                  title="Ольховский заповедник", score=0.8)


def test_a_year_given_with_the_same_day_agrees():
    v = _verify("В память об этом с 1997 года 11 января в крае отмечают День Ольховского заповедника.", DAY, language="ru")
    assert v.label != "contradicted", v.reason
