"""Tests for check_site.py: the bad fixture must fail every checker for the
right reason, the good fixture must pass all of them.

Run: python3 -m pytest Tests/site-check -q   (after Tests/site-check/install-deps)
"""

import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_site  # noqa: E402

CHECK = HERE / "check_site.py"
BAD = HERE / "fixtures" / "bad-site"
GOOD = HERE / "fixtures" / "good-site"
SUMMARY = re.compile(r"^site-check: (\d+) passed, (\d+) failed$")


def run_check(site, *args):
    proc = subprocess.run([sys.executable, str(CHECK), str(site), *map(str, args)],
                          capture_output=True, text=True, timeout=600)
    return proc.returncode, proc.stdout + proc.stderr


def findings(output, checker):
    """The finding lines of one checker: '[checker] page: problem'."""
    return [l for l in output.splitlines() if l.startswith(f"[{checker}] ")]


def summary(output):
    m = SUMMARY.match(output.rstrip().splitlines()[-1])
    assert m, f"last line is not the summary line:\n{output}"
    return int(m.group(1)), int(m.group(2))


def png_size(path):
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


# --- the bad fixture --------------------------------------------------------
@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    shots = tmp_path_factory.mktemp("bad-shots")
    return run_check(BAD, "--screenshots", shots, "--pages", "home=index.html")


def test_bad_site_fails(bad):
    code, out = bad
    assert code == 1, out
    passed, failed = summary(out)
    assert failed == 3, out  # vnu, axe and links each fail on index.html


def test_bad_html_is_reported_by_vnu(bad):
    _, out = bad
    assert any(l.startswith("[vnu] index.html: 22.1: error: Stray end tag “div”")
               for l in findings(out, "vnu")), out


def test_missing_alt_is_reported_by_axe(bad):
    _, out = bad
    assert any(l.startswith("[axe] index.html: image-alt (critical)")
               for l in findings(out, "axe")), out
    assert '<img src="images/crest.svg" width="40" height="40">' in out


def test_low_contrast_is_reported_by_axe(bad):
    _, out = bad
    assert any(l.startswith("[axe] index.html: color-contrast (serious)")
               for l in findings(out, "axe")), out
    assert "node: .faint" in out
    assert "foreground color: #aaaaaa, background color: #ffffff" in out


def test_broken_link_is_reported_by_link_check(bad):
    _, out = bad
    assert '[links] index.html: broken link "/no-such-page/": no file for /no-such-page/' \
        in findings(out, "links"), out


def test_broken_fragment_is_reported_by_link_check(bad):
    _, out = bad
    assert '[links] index.html: broken fragment "about.html#nowhere": no id="nowhere" in about.html' \
        in findings(out, "links"), out


def test_bad_site_reports_nothing_else(bad):
    _, out = bad
    # about.html and style.css are clean: no false positives there.
    for checker in ("vnu", "axe", "links", "screenshots"):
        for line in findings(out, checker):
            assert line.startswith(f"[{checker}] index.html: "), line
    assert {l.split(": ")[1].split(" ")[0] for l in findings(out, "axe")} == \
        {"image-alt", "color-contrast"}, out
    assert len(findings(out, "links")) == 2, out


# --- the good fixture -------------------------------------------------------
@pytest.fixture(scope="module")
def good(tmp_path_factory):
    shots = tmp_path_factory.mktemp("good-shots")
    code, out = run_check(GOOD, "--screenshots", shots)
    return code, out, shots


def test_good_site_passes(good):
    code, out, _ = good
    assert code == 0, out
    passed, failed = summary(out)
    # 4 checkers: vnu (3 pages + 1 css), axe (3), links (3 + 1), screenshots (3)
    assert (passed, failed) == (14, 0), out
    for checker in ("vnu", "axe", "links", "screenshots"):
        assert findings(out, checker) == [], out


def test_good_site_stale_css_is_filtered_not_absent(good):
    _, out, _ = good
    m = re.search(r"(\d+) stale CSS message\(s\) ignored", out)
    assert m and int(m.group(1)) > 0, out


def test_good_site_screenshots(good):
    _, _, shots = good
    for name in ("home", "district", "trends"):
        for width in (375, 1280):
            w, h = png_size(shots / f"{name}-{width}.png")
            assert w == width and h >= 300


def test_missing_site_folder_fails(tmp_path):
    code, out = run_check(tmp_path / "nope")
    assert code == 2
    assert summary(out) == (0, 1)


# --- the stale-CSS filter (no browser needed) -------------------------------
def msg(text, line=1, col=1):
    return {"type": "error", "message": text, "lastLine": line, "lastColumn": col}


@pytest.mark.parametrize("prop", ["aspect-ratio", "margin-inline", "padding-block-start",
                                  "inset-inline-end", "border-inline-start-width",
                                  "max-inline-size", "block-size", "inset",
                                  "text-underline-offset"])
def test_filter_drops_stale_property_messages(prop):
    m = msg(f"CSS: “{prop}”: Property “{prop}” doesn't exist.")
    assert check_site.is_stale_css(m, "", False)


@pytest.mark.parametrize("prop", ["colr", "margin-inlin", "container-type"])
def test_filter_keeps_other_property_messages(prop):
    m = msg(f"CSS: “{prop}”: Property “{prop}” doesn't exist.")
    assert not check_site.is_stale_css(m, "", False)


def test_filter_drops_parse_error_in_has_rule():
    css = "a { color: red; }\n.card:has(> h2) { color: red; }\n"
    assert check_site.is_stale_css(msg("CSS: Parse Error.", 2, 13), css, False)


def test_filter_drops_parse_error_of_nesting():
    css = ".e {\n  color: red;\n  &:hover { color: blue; }\n}\n"
    assert check_site.is_stale_css(msg("CSS: Parse Error.", 3, 27), css, False)


def test_filter_keeps_real_parse_errors():
    css = ".e {\n  & .f { color: blue; }\n}\n.a { color: red;; } }\n.b:hover { color: red; }\n"
    assert not check_site.is_stale_css(msg("CSS: Parse Error.", 4, 20), css, False)
    assert not check_site.is_stale_css(msg("CSS: Parse Error.", 5, 3), css, False)


def test_filter_looks_only_inside_style_elements():
    html = ('<!DOCTYPE html>\n<p class="x">:has(</p>\n<style>\n'
            '.a:has(b) { color: red; }\n</style>\n')
    assert check_site.is_stale_css(msg("CSS: Parse Error.", 4, 5), html, True)
    assert not check_site.is_stale_css(msg("CSS: Parse Error.", 2, 5), html, True)


def test_filter_keeps_html_errors():
    assert not check_site.is_stale_css(msg("Stray end tag “div”."), "", True)
