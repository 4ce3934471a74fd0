"""A Russian comparative with its second term in the genitive («старше Шишкина») compares as
"than" does, and a relative clause («..., который был старше Шишкина») compares the name it
follows."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

SAVITSKY = "Константин Савицкий (1844–1905) был на двенадцать лет моложе Шишкина и писал в основном жанровые картины."


def test_a_genitive_comparison_said_the_other_way():
    v = _verify("Константин Савицкий был старше Шишкина.", SAVITSKY)
    assert v.label == "contradicted", v.reason
    assert _verify("Константин Савицкий был моложе Шишкина.", SAVITSKY).label != "contradicted"


def test_a_relative_clause_compares_the_name_it_follows():
    v = _verify("Медведей изобразил Константин Савицкий, который был старше Шишкина.", SAVITSKY)
    assert v.label == "contradicted", v.reason
    v = _verify("Медведей изобразил Константин Савицкий, который был моложе Шишкина.", SAVITSKY)
    assert v.label != "contradicted", v.reason
