"""A claim's month of a year («в конце октября 1612 года») that the passage gives a day of
(«22 октября 1612 года»), beside another month of that year for another event, is no conflict."""

from __future__ import annotations

from verify_helpers import passage_hit

MOSCOW = ("В конце августа 1612 года ополчение у стен Москвы отбило войско гетмана Яна Ходкевича, шедшее на помощь "
          "польскому гарнизону. 22 октября 1612 года ополченцы штурмом взяли Китай-город, а через несколько дней, "
          "26 октября, гарнизон Кремля сдался.")
DAY = ("С 2005 года 4 ноября в России отмечают День народного единства в память об освобождении Москвы в 1612 году. "
       "Дата связана с праздником Казанской иконы Божией Матери.")


def _verify(text):
    from factlint.claims import Claim
    from factlint.verify.heuristic import HeuristicVerifier

    hits = [passage_hit(1, DAY, "День народного единства", 0.9), passage_hit(2, MOSCOW, "Освобождение Москвы в 1612 году", 0.89)]
    return HeuristicVerifier(language="ru").verify_one(Claim(text, 0, len(text), None, ("date",)), hits)


def test_the_claims_month_the_passage_gives_a_day_of_is_no_conflict():
    said = "Москву окончательно освободили в конце {} 1612 года — в память об этом с 2005 года 4 ноября отмечают День народного единства."
    v = _verify(said.format("октября"))
    assert v.label != "contradicted", v.reason
    v = _verify(said.format("сентября"))
    assert v.label == "contradicted" and "сентября" in v.reason, v.reason
