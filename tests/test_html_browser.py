"""The HTML triage report in a real headless Chromium, driven by Selenium.

Needs Debian's `chromium` and `chromium-driver` (/usr/bin/chromium, /usr/bin/chromedriver)
and the `selenium` package; without them the module is skipped and says what to install.
The driver path is given explicitly, so Selenium Manager never tries to download one, and
the browser runs with a fresh profile and no background networking.

Checks: the page loads and runs no script from an answer; each finding's highlighted text
is exactly answer.text[start:end] (read from the DOM, after an emoji too); the route and
rule filters hide what they should; hovering over or clicking a highlight shows the
message and the evidence. A screenshot goes to /tmp/triage_report.png (override with
FACTLINT_SCREENSHOT) for a person to look at.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from triage_cases import EVIL_TEXT, answer_texts, cases

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
APT = "apt-get install -y chromium chromium-driver"

_missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (os.path.exists(p) and os.access(p, os.X_OK))]
if _missing:
    pytest.skip(
        f"needs Debian packages chromium and chromium-driver ({APT}); missing {', '.join(_missing)}",
        allow_module_level=True,
    )
pytest.importorskip("selenium", reason="needs the selenium package (pip install selenium; in the test extras)")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

import factlint.formats  # noqa: E402,F401
from factlint.registry import formats  # noqa: E402

SCREENSHOT = Path(os.environ.get("FACTLINT_SCREENSHOT", "/tmp/triage_report.png"))


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    out = io.StringIO()
    writer = formats.get("html")(out, {"tool_version": "0.0.0-test", "title": "triage test"})
    for answer, report in cases():
        writer.write(answer, report)
    writer.close()
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser, page_file):
    browser.get(page_file.as_uri())
    return browser


def cards(driver) -> dict[str, object]:
    return {c.get_attribute("data-answer-id"): c for c in driver.find_elements(By.CSS_SELECTOR, "article.card")}


def test_page_loads_and_runs_no_answer_script(page):
    assert page.title == "triage test"
    assert len(cards(page)) == len(cases())
    assert page.find_element(By.ID, "shown").text == f"showing {len(cases())} of {len(cases())}"
    with pytest.raises(NoAlertPresentException):
        page.switch_to.alert  # noqa: B018 - an alert would mean the answer's <script> ran
    evil = cards(page)["evil-1"].find_element(By.CSS_SELECTOR, ".text")
    assert evil.get_attribute("textContent") == EVIL_TEXT
    assert page.execute_script("return document.scripts.length") == 1


def test_highlights_sit_on_the_findings_text(page):
    # finding id -> text of its marks in document order, as the browser has them
    marked = page.execute_script(
        """
        const out = {};
        document.querySelectorAll("li.finding").forEach(li => {
          const card = li.closest("article");
          out[li.id] = {
            answer: card.getAttribute("data-answer-id"),
            start: +li.getAttribute("data-start"), end: +li.getAttribute("data-end"),
            text: Array.from(card.querySelectorAll("mark.hl"))
                    .filter(m => m.getAttribute("data-f").split(" ").includes(li.id))
                    .map(m => m.textContent).join(""),
          };
        });
        return out;
        """
    )
    texts = answer_texts()
    expected = sum(len(r.findings) for _, r in cases())
    assert len(marked) == expected
    for fid, m in marked.items():
        assert m["text"] == texts[m["answer"]][m["start"] : m["end"]], fid
    # after the emoji: JavaScript counts it as two units, the page must still be right
    gonna = [m for m in marked.values() if m["answer"] == "evil-1" and m["text"] == "gonna"]
    assert gonna and gonna[0]["start"] == EVIL_TEXT.index("gonna")


def test_route_filter_hides_the_other_routes(page):
    for route in ("pass", "review"):
        page.find_element(By.CSS_SELECTOR, f'#route-filter input[value="{route}"]').click()
    shown = {aid: c.is_displayed() for aid, c in cards(page).items()}
    assert shown == {aid: r.route == "reject" for aid, r in ((a.id, r) for a, r in cases())}
    # a question with no answer left is hidden too
    evil_group = cards(page)["evil-1"].find_element(By.XPATH, "ancestor::section")
    assert not evil_group.is_displayed()
    assert page.find_element(By.ID, "shown").text == f"showing 1 of {len(cases())}"
    page.find_element(By.CSS_SELECTOR, '#route-filter input[value="review"]').click()
    shown = {aid for aid, c in cards(page).items() if c.is_displayed()}
    assert shown == {a.id for a, r in cases() if r.route in ("reject", "review")}


def test_rule_filter(page):
    select = Select(page.find_element(By.ID, "rule-filter"))
    select.select_by_value("style/slang")
    shown = {aid for aid, c in cards(page).items() if c.is_displayed()}
    assert shown == {a.id for a, r in cases() if any(f.rule == "style/slang" for f in r.findings)}
    select.select_by_value("#error")
    assert {aid for aid, c in cards(page).items() if c.is_displayed()} == {"batch.jsonl:3"}
    select.select_by_value("")
    assert all(c.is_displayed() for c in cards(page).values())


def _mark_of(driver, answer_id: str, rule: str):
    card = cards(driver)[answer_id]
    return next(m for m in card.find_elements(By.CSS_SELECTOR, "mark.hl") if m.get_attribute("data-r") == rule)


def test_hover_and_click_show_message_and_evidence(page):
    pop = page.find_element(By.ID, "pop")
    assert not pop.is_displayed()
    claim = _mark_of(page, "iron-c", "fact/contradicted")  # the part only the claim covers
    ActionChains(page).move_to_element(claim).perform()
    assert pop.is_displayed()
    assert "Spinach has about 2.7 mg of iron per 100 g." in pop.text
    assert "Raw spinach contains about 2.7 mg of iron per 100 g <em>only</em>." in pop.text  # escaped, shown
    assert "https://example.org/iron" in pop.text and "score 0.812" in pop.text and "contradicts" in pop.text
    # The sentence that decided, not the rest of its passage nor the passage that did not decide.
    assert "Cooking shrinks" not in pop.text and "Beef is a source" not in pop.text
    assert page.execute_script("return arguments[0].hasAttribute('title')", claim) is False  # no second tooltip
    assert claim.get_attribute("data-title") == "fact/contradicted: Spinach has about 2.7 mg of iron per 100 g."
    ActionChains(page).move_to_element(page.find_element(By.TAG_NAME, "h1")).perform()
    assert not pop.is_displayed()

    slang = _mark_of(page, "evil-1", "style/slang")
    slang.click()
    assert pop.is_displayed() and "style/slang" in pop.text
    ActionChains(page).move_to_element(page.find_element(By.TAG_NAME, "h1")).perform()
    assert pop.is_displayed()  # a click pins it
    page.find_element(By.TAG_NAME, "h1").click()
    assert not pop.is_displayed()


def test_expand_all_opens_and_folds_every_finding_list(page):
    lists = page.find_elements(By.CSS_SELECTOR, "details.flist")
    assert lists and not any(d.get_attribute("open") for d in lists)
    button = page.find_element(By.ID, "expand-all")
    button.click()
    assert all(d.get_attribute("open") is not None for d in lists)
    assert button.text == "Collapse all" and button.get_attribute("aria-pressed") == "true"
    # every message is on the page now, without hovering
    shown = page.find_element(By.TAG_NAME, "main").text
    assert "Spinach has about 2.7 mg of iron per 100 g." in shown and "Advice on diet without a referral" in shown
    button.click()
    assert not any(d.get_attribute("open") for d in lists) and button.text == "Expand all"


def test_screenshot_for_a_person(page):
    """Not an assertion about looks: a picture to judge them by (with one popover open)."""
    _mark_of(page, "iron-c", "fact/contradicted").click()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert page.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
