"""The theme on a phone and through a screen reader (issue 29): what axe-core does not catch,
checked in headless Chromium through selenium and the DevTools accessibility tree, at 320, 375
and 1280 px wide.

The site is the Oxfordshire site (content/ of this repository) built with the project's theme,
or the built folder named by PHONE_SITE. The build uses SAFERSITE_BIN, else
.build/debug/safersite, else .build/release/safersite.

Run: Tests/site-check/install-deps && python3 -m pytest Tests/site-check/test_phone_and_screen_reader.py -q
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_site  # noqa: E402
from test_search import safersite  # noqa: E402

REPO = HERE.parents[1]
WIDTHS = (320, 375, 1280)
# The header may take at most this much of a phone's screen with the script on.
MAX_HEADER_PX = 120
# Chart text is never drawn smaller than this on screen.
MIN_CHART_TEXT_PX = 9.5
# A bar chart's height per bar (bar, gap, and a share of the category labels), after the
# legend and axis (CHART_FRAME_PX at most); the funding chart was about 60 px a bar at 1280 px.
MAX_PX_PER_BAR = 45
CHART_FRAME_PX = 100


@pytest.fixture(scope="module")
def site():
    if os.environ.get("PHONE_SITE"):
        yield Path(os.environ["PHONE_SITE"])
        return
    binary = safersite()
    if binary is None:
        pytest.skip("no safersite executable: run `swift build` or set SAFERSITE_BIN or PHONE_SITE")
    work = Path(tempfile.mkdtemp(prefix="safersite-phone-"))
    out = work / "public"
    proc = subprocess.run([str(binary), "build", "--source", str(REPO), "--output", str(out)],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    yield out
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def pages(site):
    found = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(found) > 20, found
    return found


@pytest.fixture(scope="module")
def base(site):
    server = check_site.serve(site)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def driver():
    try:
        d = check_site.start_browser()
    except Exception as e:  # pragma: no cover - depends on the machine
        pytest.skip(f"Chromium/chromedriver not available: {e}")
    yield d
    d.quit()


def visit(driver, base: str, rel: str, width: int, script: bool = True) -> None:
    """Opens a page at a width, as a phone below 768 px; without /js/site.js when `script` is off."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 768})
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": [] if script else ["*/js/site.js"]})
    driver.get(check_site.page_url(base, rel))
    driver.execute_async_script("const done = arguments[0]; document.fonts.ready.then(() => done())")


def ax_nodes(driver, role: str) -> list[dict]:
    tree = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})
    return [n for n in tree["nodes"]
            if not n.get("ignored") and n.get("role", {}).get("value") == role]


def ax_property(node: dict, name: str):
    for prop in node.get("properties", []):
        if prop["name"] == name:
            return prop["value"].get("value")
    return None


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


VISIBLE_HEADINGS = """
return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
  .filter(h => h.getClientRects().length > 0)
  .map(h => h.textContent);
"""


def test_every_heading_is_named_by_its_text_alone(driver, base, pages):
    """The accessibility tree's name of every heading is the heading's own words: no
    "Link to this section" (or any anchor text) inside it, at every width."""
    checked = 0
    for width in WIDTHS:
        for rel in pages:
            visit(driver, base, rel, width)
            names = [normalise(ax_property(n, "name") or n.get("name", {}).get("value", ""))
                     for n in ax_nodes(driver, "heading")]
            texts = [normalise(t) for t in driver.execute_script(VISIBLE_HEADINGS)]
            # The full tree lists nodes in no set order, so the two are compared as multisets.
            assert sorted(names) == sorted(texts), f"{rel} at {width}px: headings named {names}, written {texts}"
            checked += len(names)
    assert checked > 100


def test_heading_anchors_are_named_from_their_heading(driver, base, pages):
    """Each "link to this section" is a separate link after its heading, named
    "Link to section: <heading>", and shows when it has focus."""
    rel = "trends/index.html"
    visit(driver, base, rel, 375)
    anchors = driver.execute_script("""
        return [...document.querySelectorAll('.heading-anchor')].map(a => ({
          heading: a.previousElementSibling.textContent, href: a.getAttribute('href'),
          id: a.previousElementSibling.id}));""")
    assert len(anchors) >= 5
    names = {normalise(n.get("name", {}).get("value", "")) for n in ax_nodes(driver, "link")}
    for anchor in anchors:
        assert anchor["href"] == "#" + anchor["id"]
        assert f"Link to section: {normalise(anchor['heading'])}" in names
    opacity = driver.execute_script("""
        const a = document.querySelector('.heading-anchor');
        const before = getComputedStyle(a).opacity;
        a.focus();
        return [before, getComputedStyle(a).opacity];""")
    assert opacity == ["0", "1"]


def test_every_checkbox_is_named_and_states_whether_it_is_checked(driver, base, tmp_path_factory):
    """Task-list checkboxes carry their item's words as their name, and their state."""
    binary = safersite()
    if binary is None:
        pytest.skip("no safersite executable")
    # The Oxfordshire site has no task list, so a small site with one is built with the theme.
    root = tmp_path_factory.mktemp("tasks")
    (root / "content").mkdir()
    (root / "content" / "index.md").write_text(
        "---\ntitle: Tasks\nsummary: A task list.\n---\n"
        "## Actions\n\n- [x] Map the hot spots\n- [ ] Train [staff](index.md) in May\n")
    out = root / "public"
    proc = subprocess.run([str(binary), "build", "--source", str(root), "--theme", str(REPO / "theme"),
                           "--output", str(out)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    server = check_site.serve(out)
    try:
        for width in WIDTHS:
            visit(driver, f"http://127.0.0.1:{server.server_address[1]}", "index.html", width)
            boxes = ax_nodes(driver, "checkbox")
            found = [(normalise(n.get("name", {}).get("value", "")), ax_property(n, "checked")) for n in boxes]
            assert found == [("Map the hot spots", "true"), ("Train staff in May", "false")], found
    finally:
        server.shutdown()
        server.server_close()


def test_checkboxes_on_the_site_are_named(driver, base, pages):
    for rel in pages:
        visit(driver, base, rel, 375)
        for node in ax_nodes(driver, "checkbox"):
            assert normalise(node.get("name", {}).get("value", "")), f"{rel}: a checkbox has no name"


def test_no_page_scrolls_sideways(driver, base, pages):
    for width in WIDTHS:
        for rel in pages:
            visit(driver, base, rel, width)
            # Against the phone's width, not window.innerWidth: a phone widens its layout
            # viewport to fit a page that is too wide, so innerWidth grows with the fault.
            scroll = driver.execute_script("return document.documentElement.scrollWidth")
            assert scroll <= width, f"{rel} at {width}px is {scroll}px wide"


HEADER = """
const header = document.querySelector('.site-header');
const button = document.querySelector('.site-nav__toggle');
const nav = document.getElementById('nav--main');
const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
return {height: header.getBoundingClientRect().height, button: shown(button), nav: shown(nav),
        expanded: button.getAttribute('aria-expanded'), controls: button.getAttribute('aria-controls')};
"""


@pytest.mark.parametrize("width", (320, 375))
def test_menu_folds_behind_a_button_on_a_phone(driver, base, width):
    visit(driver, base, "index.html", width)
    state = driver.execute_script(HEADER)
    assert state["button"] and not state["nav"], state
    assert state["expanded"] == "false" and state["controls"] == "nav--main"
    assert state["height"] <= MAX_HEADER_PX, f"header {state['height']}px tall at {width}px"
    buttons = [n for n in ax_nodes(driver, "button") if n.get("name", {}).get("value") == "Menu"]
    assert len(buttons) == 1 and ax_property(buttons[0], "expanded") is False


def test_menu_button_works_from_the_keyboard(driver, base):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    visit(driver, base, "trends/index.html", 375)
    # Skip link, site name, then the menu button.
    ActionChains(driver).send_keys(Keys.TAB, Keys.TAB, Keys.TAB).perform()
    assert driver.execute_script("return document.activeElement.className") == "site-nav__toggle"
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    state = driver.execute_script(HEADER)
    assert state["expanded"] == "true" and state["nav"], state
    buttons = [n for n in ax_nodes(driver, "button") if n.get("name", {}).get("value") == "Menu"]
    assert ax_property(buttons[0], "expanded") is True
    # The first menu link is next; the current page is marked.
    ActionChains(driver).send_keys(Keys.TAB).perform()
    assert driver.execute_script("return document.activeElement.className") == "site-nav__link"
    assert driver.execute_script(
        "return document.querySelector('#nav--main [aria-current=\"page\"]').textContent") == "Crime trends"
    # Escape closes the menu and takes focus back to the button.
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    state = driver.execute_script(HEADER)
    assert state["expanded"] == "false" and not state["nav"], state
    assert driver.execute_script("return document.activeElement.className") == "site-nav__toggle"
    ActionChains(driver).send_keys(Keys.SPACE).perform()
    assert driver.execute_script(HEADER)["expanded"] == "true"


@pytest.mark.parametrize("width", WIDTHS)
def test_menu_shows_in_full_without_the_script(driver, base, width):
    visit(driver, base, "index.html", width, script=False)
    state = driver.execute_script(HEADER)
    assert state["nav"] and not state["button"], state
    links = driver.execute_script(
        "return [...document.querySelectorAll('#nav--main a')].filter(a => a.getClientRects().length).length")
    assert links >= 5


def test_menu_is_not_folded_on_a_wide_screen(driver, base):
    visit(driver, base, "index.html", 1280)
    state = driver.execute_script(HEADER)
    assert state["nav"] and not state["button"], state


TABLES = """
return [...document.querySelectorAll('.table-scroll')].filter(b => b.getClientRects().length).map(b => {
  const cue = b.previousElementSibling;
  return {wide: b.scrollWidth > b.clientWidth + 1,
          cue: !!cue && cue.classList.contains('table-scroll__cue') && cue.getClientRects().length > 0,
          shadows: getComputedStyle(b).backgroundImage.includes('gradient'),
          focusable: b.tabIndex === 0, role: b.getAttribute('role'),
          named: !!(b.getAttribute('aria-label') || b.getAttribute('aria-labelledby'))};
});
"""


@pytest.mark.parametrize("width", WIDTHS)
def test_a_wide_table_shows_its_cue(driver, base, width):
    """A table wider than its box says so above it (and its edge shows a shadow); one that fits
    does not. Its scroll region stays focusable and named."""
    visit(driver, base, "trends/index.html", width)
    tables = driver.execute_script(TABLES)
    assert tables
    for table in tables:
        assert table["cue"] == table["wide"], table
        assert table["shadows"] and table["focusable"] and table["role"] == "region" and table["named"], table
    if width <= 375:
        assert any(t["wide"] for t in tables), "the trends tables are wider than a phone"


def test_table_headers_are_short_with_the_full_words_for_screen_readers(driver, base):
    visit(driver, base, "trends/index.html", 375)
    headers = [normalise(n.get("name", {}).get("value", "")) for n in ax_nodes(driver, "columnheader")]
    assert "Better or worse" in headers
    tall = driver.execute_script("""
        return [...document.querySelectorAll('th[scope=col]')].filter(th => th.getClientRects().length)
          .map(th => th.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight));""")
    # At most two lines of text (plus padding) in any column header.
    assert all(lines < 3.5 for lines in tall), tall


def test_a_row_without_figures_is_one_sentence(driver, base):
    visit(driver, base, "trends/index.html", 375)
    cells = driver.execute_script(
        "return [...document.querySelectorAll('td.change-only')].map(td => [td.colSpan, td.textContent])")
    assert cells, "the Oxford table has rows with only a stated change"
    for span, text in cells:
        assert span >= 2 and text.startswith("Only the change was published: ")
    row_texts = driver.execute_script(
        "return [...document.querySelectorAll('tr')].filter(tr => tr.querySelector('td.change-only')).map(tr => tr.textContent)")
    assert all("n/a" not in t for t in row_texts)


CHARTS = """
return [...document.querySelectorAll('.data-chart svg')].filter(s => s.getClientRects().length).map(svg => {
  const column = svg.closest('figure').getBoundingClientRect().width;
  const sizes = [...svg.querySelectorAll('text')].map(t =>
    parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM() ? t.getScreenCTM().a : 1));
  return {width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height,
          column: column, fluid: svg.classList.contains('chart-fluid'), smallest: Math.min(...sizes),
          bars: svg.querySelectorAll('rect[height="16"]').length,
          bar_height: svg.querySelector('rect[height="16"]') ? svg.querySelector('rect[height="16"]').getBoundingClientRect().height : 16,
          missing: [...svg.querySelectorAll('text')].filter(t => /n\\/a$/.test(t.textContent)).length,
          note: svg.nextElementSibling && svg.nextElementSibling.classList.contains('chart-omission')
                ? svg.nextElementSibling.textContent : null};
});
"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("rel", ("funding/index.html", "trends/index.html"))
def test_charts_fit_their_column(driver, base, rel, width):
    visit(driver, base, rel, width)
    charts = driver.execute_script(CHARTS)
    assert charts
    for chart in charts:
        assert chart["width"] <= chart["column"] + 0.5, chart
        if chart["fluid"]:
            assert chart["width"] >= chart["column"] - 0.5, f"a bar chart fills its column: {chart}"
            per_bar = (chart["height"] - CHART_FRAME_PX) / max(1, chart["bars"] + chart["missing"])
            assert per_bar <= MAX_PX_PER_BAR, f"{per_bar:.0f}px per bar: {chart}"
            assert 12 <= chart["bar_height"] <= 24, chart
        assert chart["smallest"] >= MIN_CHART_TEXT_PX, chart


def test_a_chart_says_how_many_rows_it_left_out(driver, base):
    visit(driver, base, "trends/index.html", 375)
    notes = [c["note"] for c in driver.execute_script(CHARTS) if c["note"]]
    assert "4 rows have no figures to chart; see the table." in notes


def test_printed_links_carry_the_full_address(driver, base, site):
    """Printed, a link to another page is followed by its full address; a link within the
    page, the navigation and the heading anchors are left out."""
    base_url = re.search(r"^base_url:\s*(\S+)", (REPO / "content" / "_site.yaml").read_text(), re.M).group(1).rstrip("/")
    visit(driver, base, "funding/index.html", 1280)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        printed = driver.execute_script("""
            const after = a => getComputedStyle(a, '::after').content;
            const inMain = [...document.querySelectorAll('main a')];
            const internal = inMain.find(a => a.getAttribute('href').startsWith('/') && a.getClientRects().length);
            const fragment = inMain.find(a => a.getAttribute('href').startsWith('#') && a.getClientRects().length);
            return {internal: internal && [internal.getAttribute('href'), after(internal)],
                    fragment: fragment ? after(fragment) : 'none',
                    header: getComputedStyle(document.querySelector('.site-header')).display,
                    anchors: [...document.querySelectorAll('.heading-anchor')].every(a => getComputedStyle(a).display === 'none')};""")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    href, content = printed["internal"]
    assert content == f'" (" "{base_url}" "{href}" ")"' or content == f'" ({base_url}{href})"', content
    assert printed["fragment"] in ("none", "normal"), printed
    assert printed["header"] == "none" and printed["anchors"], printed


def test_home_page_starts_with_what_people_need(driver, base):
    visit(driver, base, "index.html", 375)
    order = driver.execute_script("""
        const points = document.querySelector('.entry-points');
        const prose = document.querySelector('main .prose');
        return {links: [...points.querySelectorAll('a')].map(a => [a.textContent, a.getAttribute('href')]),
                before: !!(points.compareDocumentPosition(prose) & Node.DOCUMENT_POSITION_FOLLOWING),
                top: points.getBoundingClientRect().top};""")
    assert order["before"]
    assert len(order["links"]) >= 3 and all(href.startswith("/") for _, href in order["links"])
    # On a phone the list starts on the first screen.
    assert order["top"] < 800
    navs = [normalise(n.get("name", {}).get("value", "")) for n in ax_nodes(driver, "navigation")]
    assert "What do you need?" in navs
