# SaferSite: `make site` builds the Oxfordshire site into public/, `make test` runs every test.
# Both install what they need first (Debian packages via apt-get when run as root, Python
# packages via pip for the browser checks).

SWIFT ?= swift
# No libcurl: nothing links Foundation's networking library since the preview server moved to
# HummingbirdCore (`ldd .build/release/safersite` lists no libcurl).
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev libmimalloc-dev libvips-dev pkg-config python3-pip
# The release build links the Swift runtime and Foundation into the executable: a 10,000-page
# build was about 3.5% faster (no run-time linking of Swift's shared libraries at start-up, and
# direct calls into the runtime) and peaked 5 MB lower. See README, "Performance".
RELEASE_BUILD := build -c release --static-swift-stdlib --product safersite
RELEASE_BIN := .build/release/safersite
DEBUG_BIN := .build/debug/safersite
SITE_DIR := public
SCREENSHOT_DIR := artifacts/screenshots
# The pages kept as screenshots at 375 and 1280 px: the home page, a project, and the pages with
# the widest tables and the tallest chart.
SCREENSHOT_PAGES := home=index.html,project=projects/aspire/index.html,trends=trends/index.html,funding=funding/index.html

.PHONY: site test deps test-deps build unit-test test-site site-check bench stress fuzz fuzz-smoke clean

## site: build the release binary and the Oxfordshire site into public/
site: deps
	$(SWIFT) $(RELEASE_BUILD)
	$(RELEASE_BIN) build --source . --output $(SITE_DIR)

## test: every test — unit and end-to-end (swift test), the checker's own tests and the theme's
## phone and screen-reader tests in Chromium, the built Oxfordshire site through vnu, axe-core
## in Chromium, the link check and screenshots, and a
## short run of each fuzz target
test: unit-test site-check fuzz-smoke

## deps: the C libraries SaferSite links against
deps:
	@./scripts/ensure-apt-packages $(APT_PACKAGES)

## test-deps: what the tests need beyond the build (GNU time, Python packages, Java, Chromium)
# time: GNU time (/usr/bin/time), which the hostile-input tests read peak memory from; a test
# whose memory cannot be measured fails rather than passing unchecked.
TEST_APT_PACKAGES := time
test-deps: deps
	@./scripts/ensure-apt-packages $(TEST_APT_PACKAGES)
	@python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore -r Tests/requirements.txt
	@Tests/site-check/install-deps

build: deps
	$(SWIFT) build

unit-test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## test-site: the Oxfordshire site built with the debug binary the tests just built
test-site: unit-test
	$(DEBUG_BIN) build --source . --output $(SITE_DIR)

site-check: test-site
	PHONE_SITE=$(abspath $(SITE_DIR)) python3 -m pytest Tests/site-check -q
	python3 Tests/site-check/check_site.py $(SITE_DIR) --screenshots $(SCREENSHOT_DIR) --pages $(SCREENSHOT_PAGES)

## bench: release build, then the shared benchmark against Hugo (and Jekyll at 1,000 pages),
## three timed cold builds each
BENCH ?= ../shared/bench
bench: deps
	$(SWIFT) $(RELEASE_BUILD)
	$(BENCH)/compare --pages 1000 --runs 3 $(RELEASE_BIN)
	$(BENCH)/compare --pages 10000 --runs 3 --no-jekyll $(RELEASE_BIN)

## stress: the release binary on a page of 1 MB made of each pathological pattern (identical
## headings, bare ## lines, setext headings, www. words and links on one long line, a wide
## table); each build must end within 2 s and 300 MB, measured by /usr/bin/time -v (Debian's
## `time`), and fails when it cannot be measured. Not part of `make test`; see docs/reliability.md.
stress: deps
	@./scripts/ensure-apt-packages time
	$(SWIFT) $(RELEASE_BUILD)
	scripts/stress $(RELEASE_BIN) theme

## fuzz: libFuzzer on the front matter parser, the data readers and whole pages, 10 million
## executions each (FUZZ_RUNS), one after another, niced; findings in .build-fuzz/findings/.
## Hours on a quiet machine; see docs/reliability.md.
FUZZ_RUNS ?= 10000000
fuzz: deps
	scripts/fuzz run $(FUZZ_RUNS)

## fuzz-smoke: each fuzz target for FUZZ_SMOKE_RUNS executions (default 30,000, about 20 s)
## with a fixed seed, so the result is the same on every machine; past findings replayed first
FUZZ_SMOKE_RUNS ?= 30000
fuzz-smoke: deps
	scripts/fuzz smoke $(FUZZ_SMOKE_RUNS)

clean:
	rm -rf .build .build-fuzz .build-fuzz-noasan public artifacts
