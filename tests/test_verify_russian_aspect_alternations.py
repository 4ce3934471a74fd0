"""Russian aspect pairs whose consonant alternates: a labial takes an «л» in the imperfective
(«вправлять» / «вправить», «употреблять» / «употребить»), a dental or «с», «з» a hushing
consonant («прекращать» / «прекратить», «освобождать» / «освободить», «отражать» /
«отразить»). A command in one aspect meets its verb forbidden in the other («аккуратно
вправьте его» against «вправлять нельзя»): both are read with one stem."""

from __future__ import annotations


def _stems(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return [t.stem for t in a.tokens if t.kind == "word" and t.content]


def test_a_labial_with_its_l_is_one_verb():
    assert _stems("вправьте")[0] == _stems("вправлять")[0]
    assert _stems("употребите")[0] == _stems("употреблять")[0]


def test_a_hushing_consonant_is_one_verb_with_its_dental():
    assert _stems("прекратите")[0] == _stems("прекращать")[0]
    assert _stems("освободите")[0] == _stems("освобождать")[0]
    # (A verb with no alternation keeps its pair: «разрешать» / «разрешить».)
    assert _stems("разрешите")[0] == _stems("разрешать")[0]
