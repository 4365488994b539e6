# SaferSite: `make site` builds the Oxfordshire site into public/, `make test` runs every test.
# Both install what they need first (Debian packages via apt-get when run as root, Python
# packages via pip for the browser checks).

SWIFT ?= swift
# No libcurl: nothing links Foundation's networking library since the preview server moved to
# HummingbirdCore, and libvips, whose own libraries bring libcurl, is opened with dlopen only
# for a site with pictures (`ldd .build/release/safersite` lists neither; dist-test checks it).
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev libmimalloc-dev libvips-dev pkg-config python3-pip
# The release build links the Swift runtime and Foundation into the executable: a 10,000-page
# build was about 3.5% faster (no run-time linking of Swift's shared libraries at start-up, and
# direct calls into the runtime) and peaked 5 MB lower. See README, "Performance".
RELEASE_BUILD := build -c release --static-swift-stdlib --product safersite
# The commit `safersite --version` names (Package.swift passes it to Sources/CBuildInfo alone),
# with -modified when the work tree has changes; none outside a git checkout.
SAFERSITE_COMMIT := $(shell c=$$(git rev-parse --short=12 HEAD 2>/dev/null) && { git diff --quiet HEAD 2>/dev/null || c=$$c-modified; echo $$c; })
RELEASE_ENV := SAFERSITE_COMMIT=$(SAFERSITE_COMMIT)
RELEASE_BIN := .build/release/safersite
DEBUG_BIN := .build/debug/safersite
SITE_DIR := public
SCREENSHOT_DIR := artifacts/screenshots
# The pages kept as screenshots at 375 and 1280 px: the home page, a project, and the pages with
# the widest tables and the tallest chart.
SCREENSHOT_PAGES := home=index.html,project=projects/aspire/index.html,trends=trends/index.html,funding=funding/index.html

.PHONY: site dist dist-test test deps test-deps build unit-test test-site site-check bench stress fuzz fuzz-smoke clean dist-test-package

## site: build the release binary and the Oxfordshire site into public/
site: deps
	$(RELEASE_ENV) $(SWIFT) $(RELEASE_BUILD)
	$(RELEASE_BIN) build --source . --output $(SITE_DIR)

## dist: the release executable and its Debian package, dist/safersite_VERSION_ARCH.deb, with
## the man page and shell completions (scripts/make-deb; README, "Install")
DIST_DIR := dist
DIST_APT_PACKAGES := dpkg-dev binutils
# swift-argument-parser's generate-manual, built from the checkout SwiftPM already has (offline)
GENERATE_MANUAL := .build/tools/argument-parser/release/generate-manual
DIST_DEB = $(DIST_DIR)/safersite_$(shell $(RELEASE_BIN) --version | awk 'NR == 1 { print $$2 }')_$(shell dpkg --print-architecture).deb
dist: deps
	@./scripts/ensure-apt-packages $(DIST_APT_PACKAGES)
	$(RELEASE_ENV) $(SWIFT) $(RELEASE_BUILD)
	$(SWIFT) build -c release --package-path .build/checkouts/swift-argument-parser --scratch-path .build/tools/argument-parser --product generate-manual
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || date +%s) scripts/make-deb $(RELEASE_BIN) $(GENERATE_MANUAL) $(DIST_DIR)

## dist-test: installs the package, checks the libraries it loads against its Depends:, builds a
## site with pictures (libvips42 opened), starts, builds and checks a new site with the installed
## command, removes the package
## (scripts/dist-test). Root only (dpkg -i): skipped, before any build, otherwise.
dist-test: test-deps
	@if [ "$$(id -u)" -ne 0 ]; then echo "dist-test: SKIP: installing a package needs root (run it as root, as CI does)."; \
	else $(MAKE) --no-print-directory dist && $(MAKE) --no-print-directory dist-test-package; fi

# The package's name holds the version the new executable prints, so it is worked out in a make
# of its own, after `dist` has built it (on a fresh clone there is no executable before).
dist-test-package:
	scripts/dist-test $(DIST_DEB)

## test: every test — unit and end-to-end (swift test), the checker's own tests and the theme's
## phone and screen-reader tests in Chromium, the built Oxfordshire site through vnu, axe-core
## in Chromium, the link check and screenshots, and a
## short run of each fuzz target, and the Debian package installed and used (dist-test)
test: unit-test site-check fuzz-smoke dist-test

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
	$(RELEASE_ENV) $(SWIFT) $(RELEASE_BUILD)
	$(BENCH)/compare --pages 1000 --runs 3 $(RELEASE_BIN)
	$(BENCH)/compare --pages 10000 --runs 3 --no-jekyll $(RELEASE_BIN)

## stress: the release binary on a page of 1 MB made of each pathological pattern (identical
## headings, bare ## lines, setext headings, www. words and links on one long line, a wide
## table); each build must end within 2 s and 300 MB, measured by /usr/bin/time -v (Debian's
## `time`), and fails when it cannot be measured. Not part of `make test`; see docs/reliability.md.
stress: deps
	@./scripts/ensure-apt-packages time
	$(RELEASE_ENV) $(SWIFT) $(RELEASE_BUILD)
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
	rm -rf .build .build-fuzz .build-fuzz-noasan public artifacts dist
