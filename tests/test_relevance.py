"""The relevance check: off-topic answers, incomplete answers, unhelpful refusals; what a
question asks (factlint.questions); routing; and that no text is embedded twice."""

from __future__ import annotations

import pytest

from factlint.model import Answer
from factlint.questions import (
    CAUSE,
    CLASS,
    NATIONALITY,
    OPEN,
    ORG,
    PERSON,
    PLACE,
    POLAR,
    QUANTITY,
    THING,
    TIME,
    VENUE,
    WORK,
    declines,
    fit,
    focus_kind,
    named_kind,
    read_question,
)

IRON = "What foods should I eat to get more iron in my body?"
TWO_PARTS = "How much iron do adult men need, and which foods have it?"


# -- what a question asks (no model) --------------------------------------------------------------


def test_two_questions_in_one_are_two_parts_of_their_kinds():
    asked = read_question("What is inflation and why does it matter?")
    assert [(p.text, p.kind) for p in asked.parts] == [("What is inflation", OPEN), ("why does it matter", CAUSE)]
    asked = read_question("What causes tides? How often do they happen?")
    assert [p.kind for p in asked.parts] == [CAUSE, QUANTITY]
    asked = read_question("Who wrote Hamlet and when?")
    assert [p.text for p in asked.parts] == ["Who wrote Hamlet", "when"]


def test_context_sentences_and_options_are_not_parts():
    asked = read_question("Pauline Henry sang a cover song. Which album was this song from?")
    assert [p.text for p in asked.parts] == ["Which album was this song from"]
    asked = read_question("Which magazine was started first, Arthur's Magazine or First for Women?")
    assert len(asked.parts) == 1
    # "when" inside a question does not make it ask for a date
    assert read_question("What should I do when I feel dizzy?").kind == OPEN


def test_lists_and_comparisons():
    assert read_question("Name three foods rich in vitamin C.").items == 3
    assert read_question("List 4 planets.").items == 4
    assert read_question("What is the difference between a Roth IRA and a traditional IRA?").compared == (
        "a Roth IRA", "a traditional IRA")


def test_a_short_answer_fits_what_is_asked():
    polar = read_question("Were both Joseph Roth and Cid Corman authors?")
    assert fit(polar, "yes") == 1 and fit(polar, "Chicago") == -1
    quantity = read_question("What was the population of the city where Foeke Booy was born?")
    assert fit(quantity, "108,249") == 1 and fit(quantity, "Danny Manning") == -1
    open_ = read_question("What nationality was James Henry Miller's wife?")
    assert fit(open_, "no") == -1 and fit(open_, "1,234") == -1 and fit(open_, "American") == 1  # a nationality


def test_what_a_question_asks_for_comes_from_its_question_word():
    def asked(text):
        a = read_question(text).asked
        return a.kind, a.focus

    assert asked("Who invented the type of script used in autographs?") == (PERSON, "a person")
    assert asked("Where is the company based that sold its New Zealand operations?") == (PLACE, "a place")
    assert asked("In what year did the actor die?")[0] == TIME
    assert asked("Since when has the car been sold?")[0] == TIME
    assert asked("What was the year founded of the football team?")[0] == TIME
    assert asked("Which comedy sketch show did she star in?") == (THING, "comedy sketch show")
    assert asked("Mary served the county whose seat is what town?") == (THING, "town")
    assert asked("What is the name of the architect who designed the memorial?") == (THING, "architect")
    assert asked("The car was made by what nation's army?") == (THING, "nation")
    assert asked("Which popular show did he judge?") == (THING, "popular show")  # "show" is a stop word
    # a question word after a noun starts a relative clause; the one after "by" asks
    assert asked("The beetle lives in a country where it is rare, and was first described by whom?")[0] == PERSON
    assert asked("What was the population of the city where she was born?")[0] == QUANTITY
    assert asked("It reached No. 1 behind a song which spent how many weeks at No. 1?")[0] == QUANTITY
    assert asked("Are both bands from Leeds?")[0] == POLAR
    assert read_question("Which magazine was started first, Arthur's Magazine or First for Women?").asked.options
    assert not read_question("Which magazine was started in 1844?").asked.options


def test_context_before_a_question_is_not_a_part_of_it():
    asked = read_question("Yukio Mishima and Roberto Bolaño, are Chilean?")
    assert [(p.text, p.kind) for p in asked.parts] == [("Yukio Mishima and Roberto Bolaño, are Chilean", POLAR)]
    # an initial is no sentence end
    assert len(read_question("Which director is American, Mark L. Lester or Ken Loach?").parts) == 1


def test_a_short_answer_of_the_wrong_kind_does_not_fit():
    when = read_question("When was the Eiffel Tower completed?")
    assert fit(when, "1889") == 1 and fit(when, "31 March 1889") == 1 and fit(when, "Gustave Eiffel") == -1
    who = read_question("Who designed the Eiffel Tower?")
    assert fit(who, "1889") == -1 and fit(who, "$1.5 million") == -1 and fit(who, "25 June 1961") == -1
    assert fit(who, "Gustave Eiffel") == 0  # a name: held against "a person" by the check
    assert fit(read_question("Who was born first, Joe Smith or Ann Lee?"), "Ann Lee") == 1  # one of the options
    # the question's own word given back, with no options to choose from, is no evidence for it;
    # a nationality is no actor
    assert fit(read_question("What actor starred in the American comedy?"), "American") == -1


def test_what_kind_of_name_a_short_answer_is():
    assert named_kind("Tammy Wynette") == PERSON and named_kind('Kenneth "Ken" Leung') == PERSON
    assert named_kind("former tennis player") == PERSON
    assert named_kind("Slovenia") == PLACE and named_kind("Las Vegas, Nevada") == PLACE
    assert named_kind("Palm Desert, California") == PLACE and named_kind("Sevier County") == PLACE
    assert named_kind("Dennis Publishing") == ORG and named_kind("International Association of Machinists") == ORG
    assert named_kind("Nokia Theatre") == VENUE and named_kind("American") == NATIONALITY
    assert named_kind('"Music Icons"') == WORK
    # nothing in the words tells: a title, a band, a name the lists lack, an ordinary word
    for text in ("The Joshua Tree", "Hey Monday", "Teeth", "Showbox", "Zooey Deschanel", "Summer Days", "band"):
        assert named_kind(text) is None, text


def test_a_title_is_a_work_and_a_name_is_not():
    # a pronoun or an auxiliary verb makes a capitalised phrase a title
    for text in ("I Will Always Love You", "Don't Stop Me Now", "Do the Right Thing", "Stand by Me"):
        assert named_kind(text) == WORK, text
    # a given name, a regnal number, an abbreviation, a one-word name
    assert named_kind("Will Smith") is None and named_kind("Elizabeth I") == PERSON
    assert named_kind("US Airways") == ORG and named_kind("World War I") is None and named_kind("Me") is None
    song = read_question("Heartbreak Express featured this re-recording of what song?")
    assert fit(song, "I Will Always Love You") == 1
    assert fit(read_question("Who is married to Jim Tomlinson?"), "I Will Always Love You") == -1


def test_what_two_things_both_are_is_said_by_a_common_noun():
    both = read_question("Mindless Self Indulgence and Tappi Tíkarrass are both what?")
    assert both.asked.kind == CLASS
    assert fit(both, "band") == 1 and fit(both, "former tennis player") == 1 and fit(both, "American actors") == 1
    assert fit(both, "Trevor Knight") == -1 and fit(both, "Slovenia") == -1 and fit(both, "1999") == -1
    assert fit(both, "Hey Monday") == 0  # a name the words cannot place
    assert read_question("Who hosted both Miss USA 1968 and The Price Is Right?").asked.kind == PERSON


def test_what_kind_of_thing_a_focus_is():
    assert focus_kind("album") == WORK and focus_kind("comedy-horror film") == WORK
    assert focus_kind("popular show") == WORK and focus_kind("comedy sketch show") == WORK
    assert focus_kind("male actor") == PERSON and focus_kind("Los Angeles resident") == PERSON
    assert focus_kind("film director") == PERSON and focus_kind("singer-songwriter") == PERSON
    assert focus_kind("band originally") == ORG and focus_kind("company") == ORG
    assert focus_kind("valley") == PLACE and focus_kind("city") == PLACE
    assert focus_kind("stadium hosts") == VENUE  # a plural is not read past a kind
    assert focus_kind("colour") is None and focus_kind(None) is None


def test_a_name_of_the_wrong_kind_does_not_fit():
    album = read_question("Pauline Henry sang a cover song. Which album was this song from?")
    assert fit(album, "Tammy Wynette") == -1 and fit(album, "The Joshua Tree") == 0
    author = read_question("What author has contributed to The Nation?")
    assert fit(author, "Dennis Publishing") == -1 and fit(author, "Christopher Hitchens") == 0
    company = read_question("Lee Il-hyung's first feature film was released by which company?")
    assert fit(company, "Las Vegas, Nevada") == -1 and fit(company, "Showbox") == 0
    assert fit(company, "CJ Entertainment") == 0  # an organisation: a college is one too
    city = read_question("In what city was the rock band formed?")
    assert fit(city, "Nokia Theatre") == -1 and fit(city, "Palm Desert, California") == 0
    assert fit(read_question("Where was the band formed?"), "Palm Desert, California") == 1
    assert fit(read_question("What was the title of her single?"), '"Music Icons"') == 1
    band = read_question("What other band was on the cover of the magazine?")
    assert fit(band, "Slovenia") == -1 and fit(band, "former tennis player") == -1 and fit(band, "Hey Monday") == 0
    assert fit(band, "Band of Brothers") == 0 and fit(band, "Boston College") == 0  # "band" names no organisation
    assert fit(read_question("In which valley is the barn?"), "American") == -1
    # a bare "who" may be a company, "where" a venue; a person's name is never a plus (the list is partial)
    who = read_question("Who released the album?")
    assert fit(who, "Sony Music Records") == 0 and fit(who, "Slovenia") == -1 and fit(who, "Tammy Wynette") == 0
    assert fit(read_question("Where did they play?"), "Nokia Theatre") == 0


def test_the_name_lists_hold_names_not_words_and_are_what_their_script_builds(tmp_path):
    import importlib.util
    from pathlib import Path

    from factlint.packs.lexicon import read_lexicon
    from scripts import load_script

    folder = Path(__file__).resolve().parents[1] / "rules" / "en" / "lexicons"
    names = {n.lower() for n in read_lexicon(folder / "given-names.txt")}
    places = {p.lower() for p in read_lexicon(folder / "places.txt")}
    assert {"tammy", "scott", "christopher", "robert"} <= names
    assert not {"summer", "hope", "will", "mark"} & names  # familiar words: "Summer Days" is no person
    assert {"slovenia", "nevada", "california", "ontario", "united states"} <= places
    for name in ("given-names.txt", "places.txt"):
        head = (folder / name).read_text(encoding="utf-8").splitlines()[0]
        assert head.startswith("# Generated by rules/en/lexicons/sources/names.py from ")
    if importlib.util.find_spec("faker") is None:
        pytest.skip("Faker is not installed (pip install faker)")
    module = load_script(folder / "sources" / "names.py", "names_sources")
    module.main(tmp_path)
    for name in ("given-names.txt", "places.txt"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (folder / name).read_text(encoding="utf-8")


def test_a_measure_is_no_count():
    town = read_question("The bridge carried the road into a town with a population of what?")
    assert fit(town, "2,523") == 1 and fit(town, "19 mi") == -1 and fit(town, "40%") == -1
    assert fit(read_question("How many people live in Bath?"), "5 in 10") == 1
    assert fit(read_question("How many miles is it from Paris to Lyon?"), "290 miles") == 1


def test_refusals_with_and_without_a_reason_or_referral():
    bare = declines("I cannot help with that.")
    assert bare is not None and not bare.reason and not bare.referral and bare.phrase == "I cannot help"
    assert declines("I'm sorry, but I can't answer that. Please talk to a lawyer.").referral
    assert declines("I can't help with that because I don't have your account details.").reason
    # An answer that declines one thing and then answers is no refusal.
    assert declines("I can't give medical advice, but red meat, lentils, beans, tofu and fortified cereals are all "
                    "good sources of iron, and vitamin C helps the body absorb it from plants.") is None


# -- the check (the bundled embedder, offline) ------------------------------------------------------


def rules(report) -> set[str]:
    return {f.rule for f in report.findings}


@pytest.mark.slow
def test_off_topic_incomplete_refusal_and_referral(engine):
    answers = [
        Answer("on", "Red meat, lentils, beans and spinach contain iron. See a doctor before taking supplements.",
               question=IRON),
        Answer("off", "Paris is the capital of France and sits on the Seine.", question=IRON),
        Answer("bare", "I cannot help with that.", question=IRON),
        Answer("refers", "I can't give medical advice. Please ask your doctor or a dietitian.", question=IRON),
        Answer("reasoned", "I can't help with that because I don't know your kettle.", question="How do I make green tea?"),
        Answer("part", "Red meat, lentils and beans.", question=TWO_PARTS),
        Answer("whole", "Men need 8 mg a day; red meat and lentils have plenty.", question=TWO_PARTS),
        Answer("alone", "Paris is the capital of France."),  # no question: nothing to hold it against
    ]
    r = {rep.answer_id: rep for rep in engine.check_batch(answers)}
    assert not rules(r["on"]) & {"relevance/off-topic", "relevance/incomplete", "relevance/unhelpful-refusal"}
    assert "relevance/off-topic" in rules(r["off"])
    assert "relevance/unhelpful-refusal" in rules(r["bare"])
    (refusal,) = [f for f in r["bare"].findings if f.rule == "relevance/unhelpful-refusal"]
    assert "I cannot help with that."[refusal.start : refusal.end] == "I cannot help"
    assert not {f.category for f in r["refers"].findings} & {"relevance", "policy"}
    assert r["refers"].metrics["relevance"]["refusal"] == "referral"
    assert r["reasoned"].metrics["relevance"]["refusal"] == "reasoned" and "relevance" not in {
        f.category for f in r["reasoned"].findings}
    (incomplete,) = [f for f in r["part"].findings if f.rule == "relevance/incomplete"]
    assert "How much iron do adult men need" in incomplete.message
    assert r["part"].metrics["relevance"]["main_missing"] is True  # the first part, the main ask
    assert not rules(r["whole"]) & {"relevance/incomplete", "relevance/off-topic"}
    assert r["whole"].metrics["relevance"]["main_missing"] is False
    assert "relevance" not in r["alone"].metrics
    assert r["on"].metrics["relevance"]["score"] > 0.5 > r["off"].metrics["relevance"]["score"]
    assert r["on"].engines["relevance"].startswith("factlint relevance")


@pytest.mark.slow
def test_routes_off_topic_to_review_by_default_and_as_configured():
    from factlint.engine import Engine

    off = Answer("off", "Paris is the capital of France and sits on the Seine.", question="How do vaccines work?")
    default = Engine.from_config({"grammar": {"enabled": False}})
    report = default.check(off)
    assert report.route == "review" and "relevance/off-topic needs review" in report.metrics["route_reasons"]
    strict = Engine.from_config({"grammar": {"enabled": False},
                                 "routing": {"reject_on": ["fact/contradicted", "relevance/off-topic"]}})
    assert strict.check(off).route == "reject"
    silent = Engine.from_config({"grammar": {"enabled": False}, "ignore": ["relevance"]})
    assert "relevance" not in {f.category for f in silent.check(off).findings}


@pytest.mark.slow
def test_a_candidate_far_less_relevant_than_the_best_is_off_topic(engine):
    q = "Who painted the Mona Lisa?"
    meta = lambda k: {"question_id": "mona", "candidate": k}  # noqa: E731
    answers = [
        Answer("best", "Leonardo da Vinci painted the Mona Lisa in the early 1500s.", question=q, meta=meta(1)),
        Answer("terse", "Leonardo da Vinci.", question=q, meta=meta(2)),
        Answer("beside", "Oil paint dries slowly, so artists can blend colours for days.", question=q, meta=meta(3)),
    ]
    r = {rep.answer_id: rep for rep in engine.check_batch(answers)}
    (off,) = [f for f in r["beside"].findings if f.rule == "relevance/off-topic"]
    # named after the most relevant candidate: the terse one is a person, the kind "who" asks for
    assert "candidate terse" in off.message or "candidate best" in off.message
    assert "relevance/off-topic" not in rules(r["terse"])  # it says what the best one says
    assert r["beside"].metrics["rank"] == 3 and r["beside"].route == "review"
    assert r["beside"].metrics["criteria"]["relevance"].startswith("off-topic")


@pytest.mark.slow
def test_a_terse_answer_of_the_kind_asked_for_ranks_first(engine):
    """Terse answers ("Paris", "1889") are judged by whether they are the kind of thing asked for:
    another question's answer is off-topic, a bare refusal comes last, the right one is first."""
    groups = {
        "Which city is the Eiffel Tower in?": ("Paris", "Leonardo da Vinci"),
        "When was the Eiffel Tower completed?": ("1889", "Leonardo da Vinci"),
        "Who painted the Mona Lisa?": ("Leonardo da Vinci", "1889"),
        "Which river flows through Cairo?": ("The Nile", "Thomas Edison"),
        "How many legs does a spider have?": ("eight", "Charles Darwin"),
    }
    answers = []
    for k, (q, (right, other)) in enumerate(groups.items()):
        meta = lambda n: {"question_id": f"q{k}", "candidate": n}  # noqa: E731
        answers += [Answer(f"q{k}-other", other, question=q, meta=meta(1)),
                    Answer(f"q{k}-refusal", "I cannot help with that.", question=q, meta=meta(2)),
                    Answer(f"q{k}-right", right, question=q, meta=meta(3))]
    r = {rep.answer_id: rep for rep in engine.check_batch(answers)}
    for k in range(len(groups)):
        assert r[f"q{k}-right"].metrics["rank"] == 1, r[f"q{k}-right"].metrics["relevance"]
        assert not rules(r[f"q{k}-right"]) & {"relevance/off-topic", "relevance/incomplete"}
        assert "relevance/off-topic" in rules(r[f"q{k}-other"])
        assert r[f"q{k}-refusal"].metrics["rank"] == 3
    # alone, too (only the absolute threshold applies)
    alone = engine.check(Answer("alone", "Paris", question="Which city is the Eiffel Tower in?"))
    assert "relevance/off-topic" not in rules(alone) and alone.metrics["relevance"]["kind"] > 0.4
    alone = engine.check(Answer("alone", "Leonardo da Vinci", question="Which city is the Eiffel Tower in?"))
    assert "relevance/off-topic" in rules(alone)


@pytest.mark.slow
def test_no_text_is_embedded_twice_in_a_batch(engine):
    seen: list[str] = []
    embedder = engine.resources.embedder
    original = embedder.encode

    def counting(texts, *args, **kwargs):
        seen.extend(texts)
        return original(texts, *args, **kwargs)

    q = "What is inflation and why does it matter?"
    meta = lambda k: {"question_id": "infl", "candidate": k}  # noqa: E731
    answers = [
        Answer("a", "Inflation is a rise in prices. It matters because savings buy less.", question=q, meta=meta(1)),
        Answer("b", "Inflation is a rise in prices.", question=q, meta=meta(2)),
        Answer("c", "Inflation is a rise in prices.", question=q, meta=meta(3)),
    ]
    embedder.encode = counting
    try:
        engine.check_batch(answers)
    finally:
        embedder.encode = original
    assert seen and len(seen) == len(set(seen))
    assert q in seen and "Inflation is a rise in prices." in seen


def test_the_support_a_short_answer_gains_is_the_score_of_the_passage_that_supports_it():
    from factlint.checks.relevance import supporting_score

    cited = {"claims": {"checked": 1, "supported": 1, "contradicted": 0, "unverifiable": 0},
             "citations": [{"claim": "Paris", "score": 0.61}, {"claim": "Paris", "score": 0.7523}]}
    assert supporting_score(cited) == 0.7523
    # "not checked" is no evidence either way: no index, no claim, a claim unsupported or contradicted
    assert supporting_score({}) is None
    assert supporting_score({"claims": {"checked": 0}, "citations": []}) is None
    for bad in ("unverifiable", "contradicted"):
        assert supporting_score({**cited, "claims": {**cited["claims"], bad: 1}}) is None


@pytest.mark.slow
def test_a_short_answer_the_evidence_supports_gains_relevance(engine, demo_index):
    """Read with its question, a short answer a passage about the question supports answers it:
    "Paris" for the Eiffel Tower's city ranks above "London", which the embedder alone puts
    closer; a passage the answer only names ("Iron Age" for what the tower is made of) is too
    far from the question to count."""
    from factlint.checks.relevance import RelevanceConfig
    from factlint.engine import Engine

    weight = RelevanceConfig().support_weight
    q = "Which city is the Eiffel Tower in?"
    meta = lambda k: {"question_id": "eiffel", "candidate": k}  # noqa: E731
    answers = [Answer("london", "London", question=q, meta=meta(1)), Answer("paris", "Paris", question=q, meta=meta(2)),
               Answer("iron-age", "Iron Age", question="What is the Eiffel Tower made of?")]
    without = {r.answer_id: r for r in engine.check_batch(answers)}
    assert without["london"].metrics["rank"] == 1  # the bi-encoder alone cannot tell
    with_index = Engine.from_config({"grammar": {"enabled": False}, "facts": {"index": str(demo_index)}})
    r = {rep.answer_id: rep for rep in with_index.check_batch(answers)}
    paris, london = r["paris"].metrics["relevance"], r["london"].metrics["relevance"]
    assert paris["evidence"] >= RelevanceConfig().support_floor and london["evidence"] is None
    assert paris["score"] == pytest.approx(without["paris"].metrics["relevance"]["score"] + weight, abs=1e-3)
    assert london["score"] == without["london"].metrics["relevance"]["score"]
    assert paris["score"] > london["score"] and without["paris"].metrics["relevance"]["score"] < london["score"]
    assert r["paris"].metrics["rank"] == 1
    age = r["iron-age"].metrics["relevance"]
    assert age["evidence"] is not None and age["evidence"] < RelevanceConfig().support_floor
    assert age["score"] == without["iron-age"].metrics["relevance"]["score"]
    assert "relevance/off-topic" in rules(r["iron-age"])


def test_config_is_validated():
    from factlint.engine import Engine
    from factlint.errors import ConfigError

    with pytest.raises(ConfigError, match="relevance"):
        Engine.from_config({"relevance": {"off_topik": 0.2}})
