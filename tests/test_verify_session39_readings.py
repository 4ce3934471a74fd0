"""Misreadings behind false alarms of blind42, blind43, ru_blind27 and ru_blind28 (after their
one run, session 39), each checked here on invented text of the same shape, with a wrong claim
of that shape still caught beside it (the `-g` cases):

- a participle's clause after «X — noun, | впервые взлетевший ...» describes X, and «Ми-4, |
  впервые взлетевший ...» is no participle of «Ми-8»: names of one series differ by number;
- «Герой Социалистического Труда» is «герой», as «Героя» is, not the instrumental of «Гера»;
- «в 11 часов 15 минут утра» is when a train left, not how long it went; «21 час 45 минут» is one length;
- "86,000 men, against about 50,000 under Hannibal": the figure set against another counts men too;
- "five months after the first accusation" is no slip of "four hundred years after the trials";
- "Scotland ... held on longer, and Janet Horne, burned ..., is said to be the last person ...":
  the verb's subject is the name the conjunction brings in;
- «ещё три года жил ..., и лишь в 1879 году»: the year three years after the passage's 1876;
- a clause cut short by an aside, whose year a sentence saying the rest of the claim gives;
- a relative clause («которая с 1903 года называлась ...») tells more of what its sentence dates by the claim's year;
- «сначала в Херсоне, | а с 1906 года — в петербургском театре»: the year opens the elliptic clause after it;
- «Из левых притоков самые крупные — ...» is no rival of the largest tributary of all;
- «Ульян Ластка» and «Ульяном Ласткой» are one name, whatever the dictionary guesses of each;
- «шире европейской колеи в 1435 миллиметров» is the width of what it is compared with;
- «он стал легче первого АК: | без магазина он весил около 3,1 килограмма» gives no weight of the first AK;
and «кубических метров» is a volume (m³), as "cubic metres" is, not a length.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from verify_helpers import passage_hit, verify_claim


class Case(NamedTuple):
    claim: str
    passages: list[tuple[str, str]]  # (title, text), best first
    language: str
    contradicted: bool
    why: str


_IL = [('Ил-12 и Ил-14', 'В 1950 году заказали новый пассажирский самолёт, и Ильюшин построил Ил-14, впервые взлетевший в 1950 году.'),
       ('Ил-18', 'Турбовинтовой Ил-18 впервые поднялся в воздух в 1957 году. Всего построили больше 700 машин.')]
_TRAIN = [('Первый поезд', 'Первый поезд вышел из Петербурга в 11 часов 15 минут утра и прибыл в Москву через 21 час 45 минут.')]
_CANNAE = [('The Battle of Cannae', 'The Battle of Cannae was fought on 2 August 216 BC near the village of Cannae. The Romans, led by the consuls '
            'Paullus and Varro, had about 86,000 men, against about 50,000 under Hannibal.')]
_TRIALS = [('What is known of the Pendle trials',
            'A key witness at Lancaster was Jennet Device, a girl of about nine, who gave evidence against her own mother, brother and sister. The court clerk, Thomas Potts, published an account of the trials in 1613, The Wonderfull Discoverie of Witches in the Countie of Lancaster, and most of what is known about the case comes from it. In 2012, four hundred years after the trials, a statue of one of the accused, Alice Nutter, was unveiled in the village of Roughlee.')]
_LAST = [('The last executions', 'In England the last witches were hanged in 1682. Janet Horne, burned at Dornoch in 1727, is usually said to be the last person executed for witchcraft in Britain.')]
_TOWN = [('Детство писателя', 'В 1876 году разорившийся отец уехал от долгов в Москву, за ним перебралась семья, а сын остался в Таганроге один и жил уроками.')]
_SCHOOL = [('Юность режиссёра', 'Режиссёр родился в 1874 году в Пензе, в семье владельца завода. '
            'Недолго проучившись на юридическом факультете Московского университета, в 1896 году он поступил в драматический класс училища, где учил Немирович-Данченко.')]
_TROUPE = [('В провинции', 'В 1902 году, не поладив с руководством театра, он ушёл из труппы и вместе с актёром Александром Кошеверовым собрал в Херсоне антрепризу, которая с 1903 года называлась «Товарищество новой драмы».')]
_SIDES = [('Притоки', 'Самый большой приток реки — правая Уса длиной около 565 километров. Из левых притоков самые крупные — Ижма и Цильма, а справа впадают Илыч и Щугор.')]
_FOUNDER = [('Село', 'Село основано в 1542 году новгородцем Ульяном Ласткой, получившим на то грамоту.')]
_GAUGE = [('Колея', 'Колею сделали шириной 5 футов, то есть 1524 миллиметра: она была шире европейской колеи в 1435 миллиметров и стала стандартом для всех железных дорог страны.')]
_AKM = [('АКМ', 'В 1959 году на вооружение приняли модернизированный автомат Калашникова — АКМ. Благодаря штампованной ствольной коробке '
         'он стал заметно легче первого АК: без магазина он весил около 3,1 килограмма. Прицел АКМ был размечен уже до 1000 метров.')]
_THEATRE = _TROUPE + [('Театр Комиссаржевской', 'В 1906 году Вера Комиссаржевская сделала его главным режиссёром своего драматического театра в Петербурге.')]
_BODLEY = [('The founding of the Bodleian Library', 'Sir Thomas Bodley, a retired diplomat and fellow of Merton College, offered in 1598 to restore '
            'the university library at his own expense. The Bodleian Library opened on 8 November 1602 with about 2,000 books.')]
_ORANGERIE = [('The Orangerie water lilies', 'The panels were installed in two oval rooms at the Musee de l\'Orangerie in Paris, which opened to the '
               'public in May 1927. Monet did not live to see them shown: he had died at Giverny on 5 December 1926.')]
_PRIMES = [('Чебышёв и простые числа', 'О распределении простых чисел Чебышёв написал две работы — в 1848 и 1850 годах.'),
           ('Постулат Бертрана', 'Французский математик Жозеф Бертран в 1845 году предположил, что между любым числом n больше 1 и удвоенным числом 2n '
            'всегда есть простое число, и проверил это для чисел до трёх миллионов. Доказать утверждение он не смог, но его всё равно '
            'называют постулатом Бертрана, хотя доказал его Чебышёв.')]
_FLOW = [('Расход воды', 'Река замерзает в ноябре. Средний расход воды в устье около 4100 кубических метров в секунду.')]

CASES = {
    'series': Case('Ил-18 — турбовинтовой самолёт, впервые взлетевший в 1957 году.', _IL, 'ru', False,
                   'a participle after «X — noun» describes X; «Ил-14, | впервые взлетевший» is another of the series'),
    'series-g': Case('Ил-18 — турбовинтовой самолёт, впервые взлетевший в 1961 году.', _IL[1:], 'ru', True,
                     'another year of the same aircraft disagrees'),
    'hero': Case('После войны конструктор стал одним из самых заслуженных оружейников страны: дважды Герой Социалистического Труда (1958 и 1976), лауреат Сталинской и Ленинской премий.',
                 [('Награды и звания', 'Конструктор дважды удостоен звания Героя Социалистического Труда — в 1958 и 1976 годах, а также Сталинской (1949) и Ленинской (1964) премий.')], 'ru', False,
                 '«Герой» and «Героя» are one word'),
    'clock': Case('Первый поезд провёл в пути почти двадцать два часа.', _TRAIN, 'ru', False,
                  'a time of day is no length; 21 hours 45 minutes is one length'),
    'clock-g': Case('Первый поезд вышел из Петербурга утром и прибыл в Москву через 12 часов.', _TRAIN, 'ru', True, '12 hours against 21 hours 45 minutes'),
    'against': Case('The two sides met at Cannae on 2 August 216 BC, some 86,000 Romans against about 50,000 men under Hannibal.', _CANNAE, 'en', False,
                    'the figure set against 86,000 men counts men too'),
    'against-g': Case('The two sides met at Cannae on 2 August 216 BC, some 86,000 Romans against about 30,000 men under Hannibal.', _CANNAE, 'en', True,
                      'another count of Hannibal\'s men disagrees'),
    'far': Case('Ten of the eleven who stood trial were found guilty and hanged, most of them at Lancaster on 20 August 1612, some five months after the first accusation, while one was acquitted.',
                _TRIALS, 'en', False,
                'months after one event are no slip of centuries after another'),
    'far-g': Case('In 2012, five hundred years after the trials, a statue of one of the accused was unveiled.', _TRIALS, 'en', True,
                  'five hundred years against four hundred is a wrong figure'),
    'joined': Case('Scotland held on longer, and Janet Horne, burned at Dornoch in 1727, is usually said to be the last person executed for witchcraft in Britain.',
                   _LAST, 'en', False, 'the subject is the name the conjunction brings in'),
    'joined-g': Case('Scotland held on longer, and Agnes Sampson, burned at Dornoch in 1727, is usually said to be the last person executed for witchcraft in Britain.',
                     _LAST, 'en', True, 'another person as the last one executed'),
    'length': Case('Когда семья переехала в Москву, сын ещё три года жил в Таганроге один, давая уроки, и лишь в 1879 году уехал к родным.',
                   _TOWN, 'ru', False, 'three years after 1876 is 1879'),
    'outweigh': Case('Путь начался с учёбы: в 1896 году юноша из Пензы, бросивший юридический факультет Московского университета, поступил в драматический класс к Немировичу-Данченко.',
                     _SCHOOL, 'ru', False, 'the sentence that says the rest of the claim gives its year'),
    'outweigh-g': Case('Sir Thomas Bodley, a former diplomat and fellow of Merton College, set about restoring it, and the new library opened its doors in 1598 with about 2,000 books.',
                       _BODLEY, 'en', True, 'the rival sentence says the figure\'s own clause, whatever the sentence of 1598 shares'),
    'outweigh-date-g': Case("He died at Giverny in May 1926, and the panels went on show at the Musee de l'Orangerie in Paris the following year.",
                            _ORANGERIE, 'en', True, 'May 1927 states no May 1926'),
    'outweigh-whole-g': Case('В одной из них, написанной в 1845 году, он доказал постулат Бертрана — утверждение, что между n и 2n всегда есть простое число; '
                             'сам Бертран лишь проверил его до трёх миллионов.', _PRIMES, 'ru', True,
                             'a clause no aside cuts off: the year of Bertrand\'s guess is no year of Chebyshev\'s paper'),
    'relative': Case('Разойдясь с руководством, он в 1902 году уехал в провинцию и в Херсоне вместе с Кошеверовым собрал собственную антрепризу — «Товарищество новой драмы».',
                     _TROUPE, 'ru', False, 'the relative clause tells more of the troupe the sentence dates by 1902'),
    'relative-g': Case('Разойдясь с руководством, он в 1905 году уехал в провинцию и в Херсоне вместе с Кошеверовым собрал собственную антрепризу.',
                       _TROUPE, 'ru', True, 'another year of the troupe disagrees'),
    'side': Case('Крупнейший её приток — Уса, текущая с Урала.', _SIDES, 'ru', False,
                 'the largest of the left tributaries is no rival of the largest of all'),
    'side-g': Case('Крупнейший её приток — Уса, текущая с Урала.', [('Притоки', 'Из притоков самые крупные — Ижма и Цильма.')], 'ru', True,
                   'the largest of all, said of others'),
    'inflected': Case('Село основал в 1542 году новгородец Ульян Ластка.', _FOUNDER, 'ru', False, 'one name in two cases'),
    'inflected-g': Case('Село основал в 1542 году новгородец Иван Ластов.', _FOUNDER, 'ru', True, 'another man'),
    'compared': Case('Ширина колеи, 1524 миллиметра, стала потом стандартом для всех железных дорог страны.', _GAUGE, 'ru', False,
                     'the width of what the gauge is compared with'),
    'elliptic': Case('В 1902 году он покинул труппу и стал режиссёром сам, сначала в Херсоне, а с 1906 года — в петербургском театре Веры Комиссаржевской.',
                     _THEATRE, 'ru', False, 'the year after «а» before a dash is the elliptic clause\'s, not Kherson\'s'),
    'elliptic-g': Case('В 1902 году он покинул труппу и стал режиссёром сам, сначала в Херсоне, а с 1908 года — в петербургском театре Веры Комиссаржевской.',
                       _THEATRE, 'ru', True, 'another year of the Petersburg theatre'),
    'elliptic-name-g': Case('«Востоком» командовал начальник экспедиции Фаддей Беллинсгаузен, а «Мирным» — Юрий Лисянский.',
                            [('Экспедиция', 'Экспедиция шла на двух шлюпах: «Востоком» командовал начальник экспедиции Фаддей Беллинсгаузен, «Мирным» — Михаил Лазарев.')],
                            'ru', True, 'with no figure, «а «Мирным» — ...» goes with the verb before, and names a rival of Лазарев'),
    'lighter-than': Case('Первый АК весил без магазина около 3,8 килограмма и имел прицел до 800 метров.', _AKM, 'ru', False,
                         'the weight of the rifle the first AK is compared with'),
    'lighter-than-g': Case('АКМ весил без магазина около 3,8 килограмма.', _AKM, 'ru', True, 'the weight of the AKM itself'),
}


@pytest.mark.parametrize("name", list(CASES))
def test_session39_readings(name):
    case = CASES[name]
    hits = [passage_hit(i + 1, text, title=title, score=0.9 - 0.05 * i) for i, (title, text) in enumerate(case.passages)]
    verdict = verify_claim(case.claim, hits, case.language)
    assert (verdict.label == "contradicted") == case.contradicted, f"{case.why}: {verdict.label}, {verdict.reason}"


def test_cubic_metres_are_a_volume():
    # («4100 кубических метров» was read as 4100 m, a length, and said so in the message.)
    flow = passage_hit(1, _FLOW[0][1], title=_FLOW[0][0], score=0.9)
    verdict = verify_claim("В устье проходит в среднем около 4100 кубических метров воды в минуту.", [flow], "ru")
    assert verdict.label == "contradicted" and "m³" in verdict.reason, verdict.reason
