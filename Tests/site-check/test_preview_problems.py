"""The preview's problems box in a real browser: `safersite serve` run for real on a copy of
the Oxfordshire site (content/ and theme/ copied to a temporary folder), watched by headless
Chromium through selenium (see check_site.py) while the test saves files as an editor would.

At 375 and 1280 px wide, for each:
1. a long page is opened and scrolled to the bottom, a bad front matter is saved in it, and
   after the reload (Chromium puts the scroll position back) the box is in the window, names
   the file, is the first thing Tab reaches, and passes axe-core;
2. the page is saved with a warning only: the box shows, quieter, its folded list counting
   "1 warning", and Enter on it opens the list, which links to the page;
3. another page is saved: the browser goes to that page's address.

The binary is SAFERSITE_BIN, else .build/debug/safersite, else .build/release/safersite.
Skipped, saying why, when there is no binary or no Chromium.

Run: Tests/site-check/install-deps && python3 -m pytest Tests/site-check/test_preview_problems.py -q
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_site  # noqa: E402
# The browser: skipped, saying why, when Chromium or its driver is missing.
from test_phone_and_screen_reader import driver  # noqa: E402,F401
from test_search import safersite  # noqa: E402

REPO = HERE.parents[1]
BOX = "safersite-build-problems"
WAIT = 15  # seconds for a save to be built and the page to reload (the machine may be busy)
LONG_PAGE = ("content/trends.md", "/trends/")
OTHER_PAGE = ("content/about.md", "/about/")


class Preview:
    """A running `safersite serve --port 0` on a copy of the site, and the address it printed."""

    def __init__(self, binary: Path, site: Path):
        self.site = site
        self.errors = open(site.parent / "serve-stderr.txt", "w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [str(binary), "serve", "--port", "0", "--source", str(site)], cwd=site,
            stdout=subprocess.PIPE, stderr=self.errors, text=True, env={**os.environ, "NO_COLOR": "1"})
        found: list[str] = []

        def read_address():
            for line in self.process.stdout:
                match = re.search(r"Serving (http://127\.0\.0\.1:\d+)/", line)
                if match:
                    found.append(match.group(1))
                    return

        reader = threading.Thread(target=read_address, daemon=True)
        reader.start()
        reader.join(60)
        if not found:
            self.stop()
            raise AssertionError("serve printed no address: " + self.log())
        self.base = found[0]

    def log(self) -> str:
        self.errors.flush()
        self.errors.seek(0)
        return self.errors.read()[-3000:]

    def save(self, rel: str, text: str) -> None:
        """Writes a file as an editor does: to a hidden file beside it, then renamed over it."""
        path = self.site / rel
        temporary = path.with_name("." + path.name + ".saving")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)

    def read(self, rel: str) -> str:
        return (self.site / rel).read_text(encoding="utf-8")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.errors.close()


@pytest.fixture()
def preview():
    binary = safersite()
    if binary is None:
        pytest.skip("no safersite executable: run `swift build` or set SAFERSITE_BIN")
    work = Path(tempfile.mkdtemp(prefix="safersite-preview-"))
    site = work / "site"
    site.mkdir()
    shutil.copytree(REPO / "content", site / "content")
    shutil.copytree(REPO / "theme", site / "theme")
    running = Preview(binary, site)
    yield running
    running.stop()
    shutil.rmtree(work, ignore_errors=True)


def wait_until(driver, script: str, what: str, preview: Preview, timeout: float = WAIT):
    """Runs `script` until it returns something truthy (a page being replaced counts as not yet)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = driver.execute_script(script)
            if value:
                return value
        except Exception:  # the page is being replaced
            pass
        time.sleep(0.05)
    raise AssertionError(f"waited {timeout} s for {what}; serve said:\n{preview.log()}")


def scroll_position_after(driver, seconds: float) -> float:
    """The page's scroll position once it is not 0, or 0 after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        position = driver.execute_script("return window.scrollY")
        if position:
            return position
        time.sleep(0.05)
    return 0


def mark_page(driver) -> None:
    """Marks the document open now, so that a new one (a reload or a move) can be told apart."""
    driver.execute_script("window.__previewTestMark = true")


NEW_PAGE_LOADED = "return !window.__previewTestMark && document.readyState === 'complete'"

BOX_GEOMETRY = f"""
const box = document.getElementById('{BOX}');
if (!box) return null;
const r = box.getBoundingClientRect(), h = box.querySelector('h2').getBoundingClientRect();
return {{top: r.top, bottom: r.bottom, headingTop: h.top, headingBottom: h.bottom,
         viewport: window.innerHeight, scrollY: window.scrollY, text: box.innerText,
         role: box.getAttribute('role')}};
"""

AXE_ON_BOX = f"""
const [options, done] = arguments;
axe.run({{include: [['#{BOX}']]}}, options)
  .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.html + ' ' +
      [...n.any, ...n.all, ...n.none].map(c => c.message).join('; ')).join(' | '))))
  .catch(e => done(['axe error: ' + e]));
"""


def axe_violations(driver) -> list[str]:
    driver.execute_script(check_site.axe_source())
    return driver.execute_async_script(AXE_ON_BOX, {"runOnly": {"type": "tag", "values": check_site.AXE_TAGS}})


def assert_in_view(geometry: dict, what: str) -> None:
    assert geometry is not None, f"no problems box {what}"
    assert 0 <= geometry["headingTop"] and geometry["headingBottom"] <= geometry["viewport"], \
        f"the box's heading is out of the window {what}: {geometry}"
    assert geometry["top"] < geometry["viewport"] and geometry["bottom"] > 0, f"the box is out of the window {what}: {geometry}"


def first_tab_stop_is_in_box(driver) -> bool:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver.execute_script("document.activeElement && document.activeElement.blur()")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    return driver.execute_script(f"return !!document.activeElement.closest('#{BOX}')")


@pytest.mark.parametrize("width", [375, 1280])
def test_problems_box_is_in_view_lists_warnings_and_follows_the_saved_page(driver, preview, width):
    from selenium.webdriver.common.keys import Keys

    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 768})
    page_file, page_address = LONG_PAGE
    driver.get(preview.base + page_address)
    wait_until(driver, "return document.readyState === 'complete'", "the page to load", preview)
    assert driver.execute_script(f"return !document.getElementById('{BOX}')"), "the site builds clean: no box at first"
    height = driver.execute_script("return document.documentElement.scrollHeight / window.innerHeight")
    assert height > 3, f"{page_address} should be several screens long at {width} px, is {height:.1f}"

    # 1. Scrolled to the bottom, a bad front matter is saved.
    driver.execute_script("window.scrollTo(0, document.documentElement.scrollHeight)")
    bottom = driver.execute_script("return window.scrollY")
    assert bottom > 0
    mark_page(driver)
    good = preview.read(page_file)
    preview.save(page_file, good.replace("\ntitle: ", "\ntitle ", 1))
    wait_until(driver, NEW_PAGE_LOADED + f" && !!document.getElementById('{BOX}')", "the reload with the problems box", preview)
    # Chromium puts the old scroll position back after the reload; give it the moment it takes,
    # and scroll down as the editor would if it did not.
    restored = scroll_position_after(driver, 3)
    if restored == 0:
        driver.execute_script("window.scrollTo(0, document.documentElement.scrollHeight)")
    assert driver.execute_script("return window.scrollY > 2 * window.innerHeight"), "the page should be scrolled far down"
    assert driver.execute_script("return window.location.pathname") == page_address
    geometry = driver.execute_script(BOX_GEOMETRY)
    assert_in_view(geometry, f"after the reload, scrolled to {geometry and geometry['scrollY']} px "
                             f"(restored by Chromium: {restored}) of {bottom}")
    assert page_file in geometry["text"], geometry["text"]
    assert geometry["role"] == "alert"
    assert re.search(r"The site has 1 error", geometry["text"]), geometry["text"]
    # The box takes at most half the window, so the page can still be read under it.
    assert geometry["bottom"] - geometry["top"] <= geometry["viewport"] / 2 + 1, geometry
    assert first_tab_stop_is_in_box(driver), "Tab should reach the box first"
    assert axe_violations(driver) == []

    # 2. The page saved with a warning only (an unknown key): the box stays, quieter and folded.
    mark_page(driver)
    preview.save(page_file, good.replace("\nlayout: page\n", "\nlayout: page\nsummray: misspelt\n", 1))
    wait_until(driver, NEW_PAGE_LOADED + f" && document.getElementById('{BOX}')?.getAttribute('role') === 'status'",
               "the reload with the warnings box", preview)
    geometry = driver.execute_script(BOX_GEOMETRY)
    assert_in_view(geometry, "with a warning only")
    summary = driver.execute_script(f"""
        const s = document.querySelector('#{BOX} details summary'), r = s.getBoundingClientRect();
        return {{text: s.innerText.trim(), open: s.parentElement.open, top: r.top, bottom: r.bottom}};""")
    assert summary["text"] == "1 warning", summary
    assert not summary["open"], "warnings should start folded"
    assert 0 <= summary["top"] and summary["bottom"] <= geometry["viewport"], summary
    assert "error" not in geometry["text"].split("\n")[0], geometry["text"]
    assert first_tab_stop_is_in_box(driver), "Tab should reach the warnings first"
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    opened = driver.execute_script(f"""
        const d = document.querySelector('#{BOX} details');
        return d.open && d.innerText.includes('{page_file}') && !!d.querySelector('a[href="{page_address}"]');""")
    assert opened, driver.execute_script(f"return document.getElementById('{BOX}').outerHTML")
    assert axe_violations(driver) == []

    # 3. Another page is saved: the browser goes there.
    other_file, other_address = OTHER_PAGE
    mark_page(driver)
    preview.save(other_file, preview.read(other_file) + "\nSaved by the preview test.\n")
    wait_until(driver, NEW_PAGE_LOADED + f" && window.location.pathname === '{other_address}'"
               " && document.body.innerText.includes('Saved by the preview test.')", f"the browser to go to {other_address}", preview)
