"""The word a Russian year is said with («5 марта 1861 года») is shared by any two dated
clauses: the passage's «5 (17) марта 1861 года его читали в церквях» gives the claim's day to
another event, and does not veto «подписал 19 февраля (3 марта) 1861 года» against «манифест он
подписал 5 марта 1861 года» by the word «года» alone."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

_EVIDENCE = ("Манифест об отмене крепостного права император Александр II подписал 19 февраля (3 марта) 1861 года, "
             "в шестую годовщину своего восшествия на престол. Обнародовали манифест не сразу: в Петербурге и Москве "
             "его читали в церквях 5 (17) марта 1861 года.")


def test_a_day_given_to_another_event_does_not_veto_the_rival():
    v = _verify("Крепостное право отменил Александр II: манифест он подписал 5 марта 1861 года.", _EVIDENCE)
    assert v.label == "contradicted", v.reason
    v = _verify("Крепостное право отменил Александр II: манифест он подписал 19 февраля 1861 года.", _EVIDENCE)
    assert v.label != "contradicted", v.reason
