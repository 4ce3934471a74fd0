"""Russian verbal nouns share their verb's stem: Snowball leaves «издание» as «издан» and «издал»
as «изда», «решение» as «решен» and «решил» as «реш»; Lexicon.verbal_noun_endings takes the
noun's suffix off, so a passage titled «Издание цикла» is about what «издал цикл» says."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("noun", "verb"), [("издание", "издал"), ("издания", "изданы"), ("создании", "создал"),
                                            ("решение", "решил"), ("исполнения", "исполнил"), ("названием", "назвали")])
def test_a_verbal_noun_has_its_verb_s_stem(noun, verb):
    from factlint.verify.languages import lexicon

    lex = lexicon("ru")
    assert lex.stem(noun) == lex.stem(verb)


def test_short_stems_and_other_words_stay():
    from factlint.verify.languages import lexicon

    lex = lexicon("ru")
    assert lex.stem("мнение") == "мнен"  # (too short a verb stem left: «мн»)
    assert lex.stem("гранитных") == "гранитн"  # (only a verbal noun's suffix goes)
    assert lexicon("en").stem("mention") == "mention"


def test_a_passage_titled_by_the_verbal_noun_is_on_topic():
    from factlint.claims import Claim
    from verify_helpers import passage_hit
    from factlint.verify.heuristic import HeuristicVerifier

    question = "Как появились «Картинки с выставки» Мусоргского?"
    about = ("Фортепианный цикл «Картинки с выставки» Модест Мусоргский написал в июне 1874 года. Цикл состоит из "
             "десяти пьес.")
    published = ("При жизни Мусоргского цикл не был ни издан, ни исполнен публично. Композитор умер в 1881 году, а ноты "
                 "напечатали в 1886 году.")
    hits = [passage_hit(1, about, "«Картинки с выставки»", 0.9),
            passage_hit(2, published, "Издание цикла", 0.88)]
    claim = "Ещё при жизни композитор издал цикл и сам исполнял его в концертах."
    v = HeuristicVerifier(language="ru").verify_one(Claim(claim, 0, len(claim), None, ("statement",), question), hits)
    assert v.label == "contradicted", v.reason
