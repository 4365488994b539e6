"""A site published under a path, served as its host would serve it.

The path-site fixture (Tests/SaferSiteCLITests/Fixtures/path-site, base_url
https://www.example-council.gov.uk/community-safety) is built with the
project's theme, public/ is served at /community-safety/ by check_site's
server, and the site checks (Nu, axe, links) run with --base-path. The same
output checked as if it were at the root of its host must fail the link
check: the option is what makes it pass. Search runs in Chromium under the
path, and the 404 page's links work from a missing address at any depth.

Run: Tests/site-check/install-deps && python3 -m pytest Tests/site-check/test_base_path.py -q
"""

from __future__ import annotations

import functools
import shutil
import sys
import tempfile
import threading
import urllib.error
import urllib.request
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_site  # noqa: E402
from test_search import browser, build_site, results, safersite, wait_for_status  # noqa: E402
from test_site_check import run_check, summary  # noqa: E402

REPO = HERE.parents[1]
FIXTURE = REPO / "Tests" / "SaferSiteCLITests" / "Fixtures" / "path-site"
BASE_PATH = "/community-safety/"


@pytest.fixture(scope="module")
def site():
    binary = safersite()
    if binary is None:
        pytest.skip("no safersite executable: run `swift build` or set SAFERSITE_BIN")
    work = Path(tempfile.mkdtemp(prefix="safersite-base-path-"))
    source = work / "site"
    shutil.copytree(FIXTURE, source)
    out = work / "public"
    build_site(binary, source, out)
    yield out
    shutil.rmtree(work, ignore_errors=True)


def test_site_checks_pass_under_the_path(site, tmp_path):
    code, out = run_check(site, "--base-path", BASE_PATH, "--screenshots", tmp_path,
                          "--pages", "home=index.html,news=news/index.html")
    assert code == 0, out
    passed, failed = summary(out)
    assert failed == 0 and passed > 30, out


def test_the_same_site_at_the_root_of_its_host_has_broken_links(site):
    links = check_site.check_links(site, ["index.html"], [], None)
    assert links.failed == 1, links.items
    assert any('broken link "/community-safety/css/site.css"' in problem
               for _, problems in links.items.items() for problem in problems), links.items


def test_a_root_relative_link_skipping_the_path_is_broken_under_it(tmp_path):
    (tmp_path / "about").mkdir()
    (tmp_path / "about" / "index.html").write_text("<!DOCTYPE html><title>A</title>")
    (tmp_path / "index.html").write_text('<!DOCTYPE html><title>H</title><a href="/about/">x</a>'
                                         '<a href="/community-safety/about/">y</a><a href="about/">z</a>')
    links = check_site.check_links(tmp_path, ["index.html"], [], None, BASE_PATH)
    problems = [p for ps in links.items.values() for p in ps]
    assert problems == ['broken link "/about/": no file for /about/'], problems


@pytest.fixture(scope="module")
def base(site):
    server = check_site.serve(site, BASE_PATH)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_the_server_maps_the_path_to_the_folder(base):
    with urllib.request.urlopen(base + BASE_PATH) as r:
        assert b"Safer Anytown Partnership" in r.read()
    with urllib.request.urlopen(base + "/community-safety/.well-known/security.txt") as r:
        assert r.read().startswith(b"Contact: mailto:")
    with pytest.raises(urllib.error.HTTPError) as outside:
        urllib.request.urlopen(base + "/index.html")
    assert outside.value.code == 404


@pytest.fixture(scope="module")
def driver():
    d = browser(javascript=True)
    yield d
    d.quit()


def test_search_finds_pages_and_links_under_the_path(driver, base):
    from selenium.webdriver.common.by import By
    driver.get(base + BASE_PATH + "search/")
    box = driver.find_element(By.ID, "search-input")
    box.send_keys("burglary")
    wait_for_status(driver, "for “burglary”")
    shown = results(driver)
    assert shown, "no results"
    assert all(href.startswith(base + BASE_PATH) for _, href, _ in shown), shown
    titles = [title for title, _, _ in shown]
    assert "About the partnership" in titles, titles
    driver.get(dict((t, h) for t, h, _ in shown)["About the partnership"])
    assert driver.find_element(By.TAG_NAME, "h1").text == "About the partnership"


def test_404_page_links_work_from_any_depth(site, driver, base):
    """Hosts serve 404.html for any missing address; its links must work from there."""
    from selenium.webdriver.common.by import By
    deep = "/community-safety/no/such/page/here/"
    not_found = (site / "404.html").read_bytes()

    class NotFoundHandler(check_site.BasePathHandler):
        base_path = BASE_PATH

        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(not_found)))
            self.end_headers()
            self.wfile.write(not_found)

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(NotFoundHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        root = f"http://127.0.0.1:{server.server_address[1]}"
        driver.get(root + deep)
        assert driver.find_element(By.TAG_NAME, "h1").text == "Page not found"
        hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a, header a")]
        assert len(hrefs) >= 4, hrefs
        for href in hrefs:
            assert href.startswith(root + BASE_PATH), href
            with urllib.request.urlopen(href) as r:
                assert r.status == 200, href
        sheets = driver.execute_script("return [...document.styleSheets].map(s => s.href)")
        assert root + BASE_PATH + "css/site.css" in sheets
    finally:
        server.shutdown()
