"""The pictures site (Tests/SaferSiteCLITests/Fixtures/image-site) built with the real
executable passes every checker: the Nu HTML checker (so <picture>, <source>, srcset and sizes
are valid HTML), axe-core in Chromium (alt text, the decorative picture, the caption) and the
link check (every srcset address is a file of the site).

Run: python3 -m pytest Tests/site-check -q -k images   (after Tests/site-check/install-deps)
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from test_search import REPO, safersite  # noqa: E402
from test_site_check import run_check, summary  # noqa: E402

FIXTURE = REPO / "Tests/SaferSiteCLITests/Fixtures/image-site"


def test_pictures_site_passes_every_checker():
    binary = safersite()
    if binary is None:
        pytest.skip("no safersite executable: run `swift build` or set SAFERSITE_BIN")
    work = Path(tempfile.mkdtemp(prefix="safersite-images-"))
    try:
        # A copy, so the store of processed pictures is not written into the fixture.
        site = work / "site"
        shutil.copytree(FIXTURE, site)
        built = subprocess.run([str(binary), "build", "--source", str(site), "--theme", str(REPO / "theme"),
                                "--output", str(work / "public")], capture_output=True, text=True, timeout=300)
        assert built.returncode == 0, built.stderr
        html = (work / "public/index.html").read_text()
        assert 'srcset="/photos/sideways-480w.webp 480w' in html
        code, out = run_check(work / "public", "--screenshots", work / "shots", "--pages", "home=index.html")
        assert code == 0, out
        passed, failed = summary(out)
        assert failed == 0 and passed == 9, out
    finally:
        shutil.rmtree(work, ignore_errors=True)
