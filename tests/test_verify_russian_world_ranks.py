"""A rank the claim says holds in the whole world («самый высокий действующий вулкан в мире»)
against a passage that gives it within a named place only («... вулкан Евразии»)."""

from __future__ import annotations

import pytest
from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

KLYUCHEVSKAYA = ("Ключевская сопка на Камчатке — самый высокий действующий вулкан Евразии. Её высота около 4750 м, "
                 "но после извержений она меняется.")


@pytest.mark.parametrize("world", ["в мире", "мира", "на планете"])
def test_a_rank_in_the_world_that_the_evidence_gives_in_a_place_only_is_contradicted(world):
    v = _verify(f"Ключевская сопка на Камчатке — самый высокий действующий вулкан {world}.", KLYUCHEVSKAYA)
    assert v.label == "contradicted" and "Евразии" in v.reason, v.reason


@pytest.mark.parametrize("said", ["Ключевская сопка на Камчатке — самый высокий действующий вулкан Евразии.",
                                  "Ключевская сопка — самый высокий вулкан Камчатки."])
def test_the_evidence_s_own_place_or_no_world_leaves_the_rank_alone(said):
    v = _verify(said, KLYUCHEVSKAYA)
    assert v.label != "contradicted", v.reason
