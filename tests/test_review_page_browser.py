"""The HTML review page in a real browser: headless Chromium driven by selenium opens the page
from disk, finds each finding marked at its words, uses the filters and the keys, and shows a
hostile article as text without running it. `make test` installs Chromium where it can."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app

from .conftest import RULES, SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no Chromium and ChromeDriver here (make test installs Debian's chromium and "
    "chromium-driver when it runs as root with apt-get)",
)

HOSTILE = """\
Rubio and Lavrov held a call on October 19.
<script>window.pwned = 1;</script><img src=x onerror="window.pwned = 2">
</textarea><svg onload="window.pwned = 3"></svg> "><iframe src="javascript:alert(1)"></iframe>
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER or ""), options=options)
    yield driver
    driver.quit()


def _page(tmp_path: Path, *articles: Path, rules: Path = RULES) -> Path:
    out = tmp_path / "review.html"
    args = ["check", *map(str, articles), "--rules", str(rules), "--format", "html", "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1), result.output
    return out


def test_findings_are_marked_at_their_words(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    article = SEEDS / "05-tomahawk-hopes.txt"
    page = _page(tmp_path, article)
    browser.get(page.as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.finding")
    cards = browser.find_elements(By.CSS_SELECTOR, "li.card")
    assert len(marks) == len(cards) >= 2
    lines = article.read_text(encoding="utf-8").splitlines()
    for card in cards:
        mark = browser.find_element(By.ID, card.get_attribute("data-target"))
        line, column = map(int, card.find_element(By.TAG_NAME, "a").text.split(":"))
        assert lines[line - 1][column - 1 :].startswith(mark.text)
        assert mark.get_attribute("data-rule") == card.get_attribute("data-rule")


def test_filters_hide_and_keys_move(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    page = _page(tmp_path, SEEDS / "04-kremlin-no-rush.html", SEEDS / "05-tomahawk-hopes.txt")
    browser.get(page.as_uri())

    def visible(selector: str) -> int:
        return sum(1 for e in browser.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed())

    total = visible("li.card")
    warnings = visible("li.card.sev-warning")
    assert warnings >= 1 and total > warnings
    browser.find_element(By.CSS_SELECTOR, "input[name=severity][value=error]").click()
    assert visible("li.card") == warnings
    browser.find_element(By.CSS_SELECTOR, "input[name=severity][value=error]").click()
    assert visible("li.card") == total

    rule = browser.find_element(By.CSS_SELECTOR, "li.card").get_attribute("data-rule")
    Select(browser.find_element(By.ID, "rule-filter")).select_by_value(rule)
    shown = [e for e in browser.find_elements(By.CSS_SELECTOR, "li.card") if e.is_displayed()]
    assert shown and all(e.get_attribute("data-rule") == rule for e in shown)
    Select(browser.find_element(By.ID, "rule-filter")).select_by_value("")

    Select(browser.find_element(By.ID, "article-filter")).select_by_value(
        str(SEEDS / "05-tomahawk-hopes.txt")
    )
    assert visible("section.article") == 1
    Select(browser.find_element(By.ID, "article-filter")).select_by_value("")

    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    first = browser.switch_to.active_element
    assert first.tag_name == "mark" and "current" in (first.get_attribute("class") or "")
    body.send_keys("j")
    second = browser.switch_to.active_element
    assert second.get_attribute("id") != first.get_attribute("id")
    body.send_keys("k")
    assert browser.switch_to.active_element.get_attribute("id") == first.get_attribute("id")


def test_hostile_article_runs_nothing(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    sheet = tmp_path / "demo.yaml"
    sheet.write_text(
        "story: demo\ntitle: Demo <b>bold</b>\nentities:\n  rubio: {name: Marco Rubio}\n"
        "  lavrov: {name: Sergei Lavrov}\nfacts:\n  - id: call\n    date: 2025-10-20\n"
        "    when: {mentions: [rubio, lavrov], trigger: [call]}\n",
        encoding="utf-8",
    )
    article = tmp_path / "<img src=x onerror=alert(1)>.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    page = _page(tmp_path, article, rules=sheet)
    browser.get(page.as_uri())
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "main img, main iframe, main svg")
    text = browser.find_element(By.CSS_SELECTOR, "div.text").text
    assert "<script>window.pwned = 1;</script>" in text
    assert len(browser.find_elements(By.CSS_SELECTOR, "mark.finding")) == 1


def test_screenshot_is_not_blank(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    image = pytest.importorskip("PIL.Image")
    page = _page(tmp_path, *sorted(SEEDS.glob("0[1-5]*")))
    browser.get(page.as_uri())
    png = browser.get_screenshot_as_png()
    (tmp_path / "review.png").write_bytes(png)
    picture = image.open(io.BytesIO(png)).convert("RGB")
    colours = picture.getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 50
    assert picture.getbbox() is not None
