"""The search page in a real browser: headless Chromium through selenium,
serving a built site from 127.0.0.1 (see check_site.py).

The site is the services-site fixture built with the project's theme, or the
built folder named by SEARCH_SITE (its search page must be /search/ and it must
have the fixture's ASPIRE and Oxford trends pages). The build uses
SAFERSITE_BIN, else .build/debug/safersite, else .build/release/safersite.

Run: Tests/site-check/install-deps && python3 -m pytest Tests/site-check/test_search.py -q
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_site  # noqa: E402

REPO = HERE.parents[1]
FIXTURE = REPO / "Tests" / "SaferSiteCLITests" / "Fixtures" / "services-site"
WAIT = 10  # seconds for the index to load and results to show


def safersite() -> Path | None:
    for candidate in (os.environ.get("SAFERSITE_BIN"), REPO / ".build/debug/safersite", REPO / ".build/release/safersite"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def build_site(binary: Path, source: Path, out: Path) -> None:
    """Builds the site at source with the project's theme into out; it must build."""
    proc = subprocess.run([str(binary), "build", "--source", str(source), "--theme", str(REPO / "theme"),
                           "--output", str(out)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def site():
    if os.environ.get("SEARCH_SITE"):
        yield Path(os.environ["SEARCH_SITE"])
        return
    binary = safersite()
    if binary is None:
        pytest.skip("no safersite executable: run `swift build` or set SAFERSITE_BIN or SEARCH_SITE")
    work = Path(tempfile.mkdtemp(prefix="safersite-search-"))
    out = work / "public"
    build_site(binary, FIXTURE, out)
    yield out
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def base(site):
    server = check_site.serve(site)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def browser(javascript: bool):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = check_site.CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=en-GB", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(executable_path=check_site.CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture(scope="module")
def driver():
    d = browser(javascript=True)
    yield d
    d.quit()


@pytest.fixture(scope="module")
def driver_without_js():
    d = browser(javascript=False)
    yield d
    d.quit()


def results(driver):
    """(title, href, summary) of each result shown."""
    from selenium.webdriver.common.by import By
    shown = []
    for item in driver.find_elements(By.CSS_SELECTOR, "#search-list > li"):
        link = item.find_element(By.CSS_SELECTOR, "h2 a")
        summaries = item.find_elements(By.CSS_SELECTOR, "p")
        shown.append((link.text, link.get_attribute("href"), summaries[0].text if summaries else ""))
    return shown


def status(driver) -> str:
    from selenium.webdriver.common.by import By
    return driver.find_element(By.ID, "search-status").text


def wait_for_status(driver, contains: str):
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, WAIT).until(lambda d: contains in status(d),
                                      message=f"status never said {contains!r}")


def type_query(driver, base: str, query: str):
    from selenium.webdriver.common.by import By
    driver.get(base + "/search/")
    box = driver.find_element(By.ID, "search-input")
    box.clear()
    box.send_keys(query)
    wait_for_status(driver, f"for “{query}”")


def test_aspire_is_found_and_ranked_first(driver, base):
    type_query(driver, base, "ASPIRE")
    shown = results(driver)
    assert shown, status(driver)
    title, href, summary = shown[0]
    assert title == "ASPIRE"
    assert href == base + "/projects/aspire/"
    assert summary == "Helping people leave crime behind."
    assert "found for “ASPIRE”" in status(driver)


def test_burglary_finds_the_oxford_trends_page(driver, base):
    type_query(driver, base, "burglary")
    assert "Crime trends in Oxford" in [title for title, _, _ in results(driver)]


def test_every_term_must_match(driver, base):
    type_query(driver, base, "burglary aspire")
    assert results(driver) == []
    assert status(driver).startswith("No pages found")


def test_case_and_accents_do_not_matter(driver, base):
    type_query(driver, base, "cafe WATCH")
    assert [title for title, _, _ in results(driver)][:1] == ["Café watch launched"]


def test_the_query_is_in_the_address_and_a_shared_link_shows_results(driver, base):
    type_query(driver, base, "ASPIRE")
    assert driver.current_url.endswith("/search/?q=ASPIRE")
    driver.get(base + "/search/?q=" + quote("trends oxford"))
    wait_for_status(driver, "found for")
    assert [title for title, _, _ in results(driver)][:1] == ["Crime trends in Oxford"]
    from selenium.webdriver.common.by import By
    assert driver.find_element(By.ID, "search-input").get_attribute("value") == "trends oxford"


def test_index_text_is_shown_as_text_never_as_markup(driver, base):
    from selenium.webdriver.common.by import By
    type_query(driver, base, "lock up")
    titles = [title for title, _, _ in results(driver)]
    assert 'Lock up: "</script>" & <b>tips</b>' in titles
    assert driver.find_elements(By.CSS_SELECTOR, "#search-list b, #search-list script") == []


def test_with_javascript_the_explanation_is_hidden(driver, base):
    from selenium.webdriver.common.by import By
    driver.get(base + "/search/")
    assert not driver.find_element(By.ID, "search-help").is_displayed()


def test_without_javascript_the_page_explains_and_links_elsewhere(driver_without_js, base):
    from selenium.webdriver.common.by import By
    driver = driver_without_js
    driver.get(base + "/search/?q=ASPIRE")
    help_box = driver.find_element(By.ID, "search-help")
    assert help_box.is_displayed()
    assert "needs JavaScript" in help_box.text
    links = {a.get_attribute("href") for a in help_box.find_elements(By.TAG_NAME, "a") if a.is_displayed()}
    assert base + "/topics/" in links
    assert base + "/sitemap.xml" in links
    assert results(driver) == []
