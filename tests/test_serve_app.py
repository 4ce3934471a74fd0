"""factlint serve in process (Starlette's TestClient over the ASGI app, no socket): limits,
options, errors, the protocols' shapes, the batcher. test_serve.py runs the real server."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

pytest.importorskip("starlette")
from label_studio_sdk.label_interface import LabelInterface  # noqa: E402
from prometheus_client.parser import text_string_to_metric_families  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from factlint.model import Answer, Report  # noqa: E402
from factlint.serve import Limits, create_app  # noqa: E402
from factlint.serve.answers import isolate  # noqa: E402
from factlint.serve.batcher import Batcher, Overloaded  # noqa: E402
from factlint.serve.labelstudio import documented_config  # noqa: E402
from factlint.serve.options import parse_options  # noqa: E402

SLOPPY = "Its gonna be fine lol. I hope this helps!"


@pytest.fixture(scope="module")
def warm(engine):
    engine.check("Warm up.")
    return engine


def client_for(engine, **limits) -> TestClient:
    return TestClient(create_app(engine, Limits(**limits), warm=False), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(warm):
    with client_for(warm) as c:
        yield c


def rules_of(document: dict, i: int = 0) -> list[str]:
    return [f["rule"] for f in document["reports"][i]["findings"]]


# -- /v1/check ------------------------------------------------------------------------------


def test_one_answer_gives_the_check_json_document(client, warm):
    r = client.post("/v1/check", json={"text": SLOPPY})
    assert r.status_code == 200
    doc = r.json()
    assert doc["format_version"] == 1 and doc["summary"]["answers"] == 1
    expected = warm.check(SLOPPY)
    assert doc["reports"][0]["answer_id"] == "text"
    assert rules_of(doc) == [f.rule for f in expected.findings]
    assert doc["reports"][0]["route"] == expected.route
    slang = next(f for f in doc["reports"][0]["findings"] if f["rule"] == "style/slang")
    assert (slang["matched"], slang["line"], slang["column"]) == ("gonna", 1, 5)


def test_one_bad_answer_in_a_list_is_an_error_report_and_the_others_are_checked(client):
    r = client.post("/v1/check", json={"answers": [{"id": "a", "text": SLOPPY}, {"id": "b", "text": 42}, "oops",
                                                   {"id": "c", "answer": "Eat lentils."}]})
    assert r.status_code == 200
    reports = r.json()["reports"]
    assert [x["answer_id"] for x in reports] == ["a", "b", "3", "c"]
    assert reports[0]["error"] is None and "style/slang" in [f["rule"] for f in reports[0]["findings"]]
    assert reports[1]["error"].startswith("answers[1]: ") and "text" in reports[1]["error"]
    assert reports[2]["error"] == "answers[2]: a record must be a JSON object, not str"
    assert reports[3]["error"] is None


def test_candidates_of_one_question_are_ranked_within_the_request(client):
    r = client.post("/v1/check", json=[{"id": "q", "question": "How do I get more iron?",
                                        "candidates": ["Eat lentils, beans and spinach.", SLOPPY]}])
    reports = r.json()["reports"]
    assert [x["question_id"] for x in reports] == ["q", "q"]  # the caller's id, not the batcher's
    assert sorted(x["metrics"]["rank"] for x in reports) == [1, 2]


def test_question_ids_are_made_unique_per_request_for_the_engine_only():
    a = Answer("1", "x", meta={"question_id": "q"})
    one, two = isolate([a]), isolate([a])
    assert one[0].meta["question_id"] != two[0].meta["question_id"]
    assert one[0].meta["question_id"].endswith("q") and a.meta["question_id"] == "q"


def test_options_select_ignore_and_packs(client):
    client.app.state.factlint.engines.base.resources.embedder  # loaded, as the warm-up loads it

    def rules(options):
        r = client.post("/v1/check", json={"text": SLOPPY, "options": options})
        assert r.status_code == 200, r.text
        return rules_of(r.json())

    plain = rules({})
    assert "style/slang" in plain
    assert "style/slang" not in rules({"ignore": ["style/slang"]})
    assert not [x for x in rules({"ignore": "style"}) if x.startswith("style/")]
    assert set(rules({"select": ["style/slang"]})) == {"style/slang"}
    strict = client.post("/v1/check", json={"text": "It's fine, I'm sure.", "options": {"packs": ["default", "strict"]}})
    default = client.post("/v1/check", json={"text": "It's fine, I'm sure."})
    assert "style/contraction" in rules_of(strict.json()) and "style/contraction" not in rules_of(default.json())
    # The variant for other packs shares what the server loaded: no second model in memory.
    engines = client.app.state.factlint.engines
    variant = engines.get(parse_options({"packs": ["default", "strict"]}, engines.builtin_packs))
    assert variant is not engines.base and variant.resources.nlp is engines.base.resources.nlp
    assert variant.resources.embedder is engines.base.resources.embedder
    assert variant.ruleset is not engines.base.ruleset and "style/contraction" in variant.ruleset.rules


@pytest.mark.parametrize("options, word", [
    ({"packs": ["../../etc"]}, "not a built-in pack"),
    ({"packs": ["/tmp/pack"]}, "not a built-in pack"),
    ({"select": ["style/.*"]}, "not a rule id"),
    ({"ignore": ["a/b/c"]}, "not a rule id"),
    ({"config": "factlint.toml"}, "unknown option 'config'"),
    ({"facts": {"index": "/"}}, "unknown option 'facts'"),
    ("strict", "must be an object"),
])
def test_options_never_name_paths_regexes_or_config(client, options, word):
    r = client.post("/v1/check", json={"text": SLOPPY, "options": options})
    assert r.status_code == 400
    assert r.json()["error"] == "bad request" and word in r.json()["detail"]


@pytest.mark.parametrize("body, word", [
    (b"", "no body"), (b"{nope", "not JSON"), (b"\xff\xfe", "not UTF-8"), (b"[" * 100000, "nested too deep"),
    (b'{"text": "x", "colour": 1}', "unknown key 'colour'"), (b"[]", "no answers"), (b"7", "send an answer"),
])
def test_bad_bodies_are_json_errors(client, body, word):
    r = client.post("/v1/check", content=body)
    assert r.status_code == 400
    assert set(r.json()) == {"error", "detail"} and word in r.json()["detail"]


def test_unknown_paths_and_methods_are_json_errors(client):
    assert client.get("/nope").json() == {"error": "not found", "detail": "no endpoint /nope; GET /openapi.json lists them"}
    r = client.get("/v1/check")
    assert r.status_code == 405 and r.json()["error"] == "method not allowed"


# -- limits -----------------------------------------------------------------------------------


def test_body_limit_and_max_chars_are_413(warm):
    with client_for(warm, max_body=1000, max_chars=50) as c:
        r = c.post("/v1/check", json={"text": "word " * 400})
        assert r.status_code == 413 and "at most 1,000" in r.json()["detail"]
        # Without a Content-Length the body is counted as it arrives.
        r = c.post("/v1/check", content=iter([b'{"text": "', b"w" * 2000, b'"}']))
        assert r.status_code == 413 and "passed 1,000 bytes" in r.json()["detail"]
        r = c.post("/v1/check", json={"answers": [{"id": "ok", "text": "Fine."}, {"id": "long", "text": "x" * 51}]})
        assert r.status_code == 413
        assert r.json()["detail"].startswith("answer 'long': the answer has 51 characters") and "--max-chars" in r.json()["detail"]
        r = c.post("/v2/check", data={"text": "y" * 60, "language": "en-US"})
        assert r.status_code == 413


def test_token_guards_everything_but_health(warm):
    with client_for(warm, token="s3cret") as c:
        for path in ("/", "/health", "/ready", "/v2/languages"):
            assert c.get(path).status_code == 200, path
        r = c.post("/v1/check", json={"text": "Fine."})
        assert r.status_code == 401 and r.json()["error"] == "unauthorized" and r.headers["www-authenticate"] == "Bearer"
        assert c.post("/v1/check", json={"text": "Fine."}, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/v1/check", json={"text": "Fine."}, headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.post("/v1/check", json={"text": "Fine."}, auth=("label-studio", "s3cret")).status_code == 200
        assert c.get("/metrics").status_code == 401 and c.get("/openapi.json").status_code == 401
        assert c.post("/v2/check", data={"text": "Fine.", "language": "en"}).status_code == 401
        assert c.post("/v2/check", data={"text": "Fine.", "language": "en", "apiKey": "s3cret"}).status_code == 200


def test_cors_is_off_unless_an_origin_is_named(warm, client):
    origin = {"Origin": "https://review.example"}
    assert "access-control-allow-origin" not in client.post("/v1/check", json={"text": "Fine."}, headers=origin).headers
    with client_for(warm, cors_origins=("https://review.example",)) as c:
        r = c.options("/v1/check", headers={**origin, "Access-Control-Request-Method": "POST"})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "https://review.example"
        r = c.options("/v1/check", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert r.status_code == 400


def test_full_queue_is_503_with_retry_after_and_slow_engine_is_504(warm, monkeypatch):
    release = threading.Event()
    real = warm.check_batch

    def slow(answers):
        release.wait(10)
        return real(answers)

    monkeypatch.setattr(warm, "check_batch", slow)
    with client_for(warm, max_pending=1, timeout=1.0) as c:
        first = {}
        t = threading.Thread(target=lambda: first.setdefault("r", c.post("/v1/check", json={"text": "One."})))
        t.start()
        deadline = time.monotonic() + 5
        while c.app.state.factlint.batcher.pending == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        r = c.post("/v1/check", json={"text": "Two."})
        assert r.status_code == 503 and r.json()["error"] == "overloaded"
        assert int(r.headers["Retry-After"]) >= 1
        t.join(5)
        assert first["r"].status_code == 504 and "within 1 s" in first["r"].json()["detail"]
        release.set()


# -- the batcher ------------------------------------------------------------------------------


def test_batcher_gathers_concurrent_requests_and_never_holds_a_lone_one():
    sizes = []

    def check(options, answers):
        sizes.append(len(answers))
        time.sleep(0.02)  # an engine busy long enough for others to queue
        return [Report(answer_id=a.id) for a in answers]

    async def scenario():
        batcher = Batcher(check, max_batch=64, batch_wait=0.05)
        batcher.start()
        batcher.set_ready()
        started = time.perf_counter()
        await batcher.submit(None, [Answer("lone", "x")])
        lone = time.perf_counter() - started
        results = await asyncio.gather(*(batcher.submit(None, [Answer(str(i), "x")]) for i in range(20)))
        await batcher.stop()
        return lone, results

    lone, results = asyncio.run(scenario())
    assert lone < 0.045  # 20 ms of "engine", and not the 50 ms a batch may wait for company
    assert [r[0].answer_id for r in results] == [str(i) for i in range(20)]
    assert sizes[0] == 1 and len(sizes) <= 3 and sum(sizes) == 21


def test_batcher_refuses_past_max_pending_and_keeps_options_apart():
    seen = []

    def check(options, answers):
        seen.append((options, [a.id for a in answers]))
        time.sleep(0.02)
        return [Report(answer_id=a.id) for a in answers]

    async def scenario():
        batcher = Batcher(check, max_pending=3)
        batcher.start()
        jobs = [asyncio.ensure_future(batcher.submit(opt, [Answer(f"{opt}{i}", "x")])) for i, opt in enumerate("abab")]
        await asyncio.sleep(0)  # all four queued before the worker may start
        with pytest.raises(Overloaded) as exc:
            await batcher.submit("a", [Answer("x", "x")])
        batcher.set_ready()
        done = await asyncio.gather(*jobs, return_exceptions=True)
        await batcher.stop()
        return exc.value, done

    overloaded, done = asyncio.run(scenario())
    assert overloaded.retry_after >= 1
    assert isinstance(done[3], Overloaded) and [d[0].answer_id for d in done[:3]] == ["a0", "b1", "a2"]
    assert all(len({i[0] for i in ids}) == 1 for _, ids in seen)  # a batch holds one kind of options


# -- LanguageTool -----------------------------------------------------------------------------


def test_v2_check_counts_utf16_units_and_maps_annotated_text(client):
    text = "😀😀 Its gonna be fine."
    r = client.post("/v2/check", data={"text": text, "language": "en-US"})
    assert r.status_code == 200
    body = r.json()
    assert body["language"]["code"] == "en-US" and body["software"]["name"] == "factlint"
    slang = next(m for m in body["matches"] if m["rule"]["id"] == "style/slang")
    assert (slang["offset"], slang["length"]) == (text.index("gonna") + 2, 5)  # two emoji: two more units
    assert slang["rule"]["category"]["id"] == "STYLE" and slang["rule"]["issueType"] == "style"
    assert slang["rule"]["description"] == " ".join(client.get("/v1/rules/style/slang").json()["description"].split())
    assert slang["context"]["text"][slang["context"]["offset"] - 2:][:5] == "gonna"  # the context has both emoji too
    data = '{"annotation": [{"markup": "<p>"}, {"text": "It is gonna rain."}, {"markup": "</p>", "interpretAs": "\\n\\n"}]}'
    r = client.post("/v2/check", data={"data": data, "language": "auto"})
    slang = next(m for m in r.json()["matches"] if m["rule"]["id"] == "style/slang")
    assert slang["offset"] == len("<p>It is ")
    r = client.post("/v2/check", data={"text": SLOPPY, "language": "en-US", "disabledRules": "style/slang",
                                       "disabledCategories": "TYPOS"})
    ids = {m["rule"]["id"] for m in r.json()["matches"]}
    assert "style/slang" not in ids and not [i for i in ids if i.startswith("spelling/")]
    r = client.post("/v2/check", data={"text": SLOPPY, "language": "en-US", "enabledOnly": "true", "enabledRules": "style/slang"})
    assert {m["rule"]["id"] for m in r.json()["matches"]} == {"style/slang"}


def test_v2_languages_and_unsupported_language(client):
    codes = {x["longCode"] for x in client.get("/v2/languages").json()}
    assert {"en", "en-US", "en-GB"} <= codes
    r = client.post("/v2/check", data={"text": "Hola.", "language": "xx-YY"})
    assert r.status_code == 400 and "not supported" in r.json()["detail"]
    assert client.post("/v2/check", data={"language": "en"}).status_code == 400


# -- Label Studio -----------------------------------------------------------------------------


def test_predictions_validate_against_the_documented_labeling_config(client):
    config = client.get("/v1/labelstudio/config").text
    assert config == documented_config()
    assert client.post("/setup", json={"project": "7.1", "schema": config}).json()["model_version"].startswith("factlint")
    tasks = [{"id": 1, "data": {"text": SLOPPY, "question": "Will it be fine?"}},
             {"id": 2, "data": {"text": "Eat lentils and beans for iron.", "question": "How do I get iron?"}},
             {"id": 3, "data": {"other": "no text"}}]
    r = client.post("/predict", json={"tasks": tasks, "project": "7.1"})
    assert r.status_code == 200
    results = r.json()["results"]
    assert len(results) == 3
    interface = LabelInterface(config)
    for prediction in results:
        assert interface.validate_prediction(prediction, return_errors=True) == []
    assert any(x["type"] == "labels" for x in results[0]["result"])
    assert results[2]["result"][-1]["value"]["choices"] == ["review"]  # an error report is still a prediction
    assert client.post("/webhook", json={"action": "START_TRAINING"}).status_code == 201
    assert client.get("/health").json()["status"] == "UP"


def test_predictions_follow_a_project_config_with_other_names(client):
    config = ('<View><Text name="answer" value="$reply"/><Labels name="issues" toName="answer">'
              '<Label value="style/slang"/><Label value="spelling/unknown-word"/></Labels>'
              '<Choices name="verdict" toName="answer"><Choice value="pass"/><Choice value="review"/>'
              '<Choice value="reject"/></Choices></View>')
    r = client.post("/predict", json={"tasks": [{"id": 5, "data": {"reply": SLOPPY}}], "label_config": config})
    [prediction] = r.json()["results"]
    assert LabelInterface(config).validate_prediction(prediction, return_errors=True) == []
    labels = {x["value"]["labels"][0] for x in prediction["result"] if x["type"] == "labels"}
    assert "style/slang" in labels and labels <= {"style/slang", "spelling/unknown-word"}


# -- rules, OpenAPI, metrics ------------------------------------------------------------------


def test_rules_and_one_rule(client):
    body = client.get("/v1/rules").json()
    assert body["packs"] == ["default"] and "style/slang" in {r["id"] for r in body["rules"]}
    assert "style/contraction" in {r["id"] for r in client.get("/v1/rules?packs=default,strict").json()["rules"]}
    rule = client.get("/v1/rules/style/slang").json()
    assert rule["severity"] and rule["examples"]["bad"] and rule["examples"]["good"]
    r = client.get("/v1/rules/style/nope")
    assert r.status_code == 404 and r.json()["error"] == "no such rule"
    assert client.get("/v1/rules?packs=../x").status_code == 400


def test_openapi_documents_every_route_and_nothing_else(client):
    doc = client.get("/openapi.json").json()
    routes = {(route.path.replace(":path", ""), m.lower()) for route in client.app.routes for m in route.methods if m != "HEAD"}
    documented = {(p, m) for p, ops in doc["paths"].items() for m in ops}
    assert documented == routes


def test_metrics_are_prometheus_text(client):
    client.post("/v1/check", json={"text": SLOPPY})
    families = {f.name: f for f in text_string_to_metric_families(client.get("/metrics").text)}
    requests = {(s.labels["endpoint"], s.labels["status"]): s.value for s in families["factlint_http_requests"].samples
                if s.name.endswith("_total")}
    assert requests[("/v1/check", "200")] >= 1
    findings = {s.labels["rule"]: s.value for s in families["factlint_findings"].samples if s.name.endswith("_total")}
    assert findings["style/slang"] >= 1
    assert "factlint_queue_answers" in families and "factlint_http_request_seconds" in families
    assert [s.value for s in families["factlint_ready"].samples] == [1.0]


# -- the command ------------------------------------------------------------------------------


@pytest.mark.parametrize("args, word", [
    (["--index", "/no/such/index"], "/no/such/index"),
    (["--pack", "no-such-pack"], "no-such-pack"),
    (["--port", "70000"], "70000"),
])
def test_serve_refuses_a_bad_setup_before_listening(isolated, args, word):
    from click.testing import CliRunner

    from factlint.cli import main

    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code == 2
    assert word in result.output and "Traceback" not in result.output
