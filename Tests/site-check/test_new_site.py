"""A new partnership's site from `safersite init`, built and put through every
site check (vnu, axe, links), as a partnership would publish it.

The build uses SAFERSITE_BIN, else .build/debug/safersite, else
.build/release/safersite.

Run: Tests/site-check/install-deps && python3 -m pytest Tests/site-check/test_new_site.py -q
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CHECK = HERE / "check_site.py"
REPO = HERE.parents[1]
SUMMARY = re.compile(r"^site-check: (\d+) passed, (\d+) failed$")

def safersite() -> Path | None:
    for candidate in (os.environ.get("SAFERSITE_BIN"), REPO / ".build/debug/safersite", REPO / ".build/release/safersite"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def run(binary: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary), *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_COLOR": "1"})


def test_new_site_passes_the_site_checks(tmp_path):
    binary = safersite()
    if binary is None:
        pytest.skip("no safersite executable: run `swift build` or set SAFERSITE_BIN")
    site = tmp_path / "safer-anytown"
    made = run(binary, "init", str(site), "--name", "Safer Anytown Partnership",
               "--district", "North Anytown", "--district", "South Anytown", "--district", "Anytown City",
               "--email", "safer@example.gov.uk", "--phone", "01234 567890")
    assert made.returncode == 0, made.stderr

    checked = run(binary, "check", "--source", str(site), "--format", "json")
    findings = json.loads(checked.stdout)["diagnostics"]
    assert findings == [], findings

    out = tmp_path / "public"
    built = run(binary, "build", "--source", str(site), "--output", str(out), "--strict")
    assert built.returncode == 0, built.stderr
    for district in ("north-anytown", "south-anytown", "anytown-city"):
        assert (out / "districts" / district / "index.html").is_file()

    proc = subprocess.run([sys.executable, str(CHECK), str(out), "--site-url", "https://www.example.gov.uk/",
                           "--screenshots", str(tmp_path / "screenshots"),
                           "--pages", "home=index.html,district=districts/north-anytown/index.html"],
                          capture_output=True, text=True, timeout=900)
    output = proc.stdout + proc.stderr
    last = SUMMARY.match(output.rstrip().splitlines()[-1])
    assert last, output
    assert proc.returncode == 0 and int(last.group(2)) == 0, output
    # vnu, axe and links ran on every page: 17 pages in all, each with a line per checker.
    assert int(last.group(1)) >= 3 * 15, output
