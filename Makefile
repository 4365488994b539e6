# SaferSite: `make site` builds the Oxfordshire site into public/, `make test` runs every test.
# Both install what they need first (Debian packages via apt-get when run as root, Python
# packages via pip for the browser checks).

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config python3-pip
RELEASE_BIN := .build/release/safersite
DEBUG_BIN := .build/debug/safersite
SITE_DIR := public
SCREENSHOT_DIR := artifacts/screenshots

.PHONY: site test deps test-deps build unit-test test-site site-check bench clean

## site: build the release binary and the Oxfordshire site into public/
site: deps
	$(SWIFT) build -c release --product safersite
	$(RELEASE_BIN) build --source . --output $(SITE_DIR)

## test: every test — unit and end-to-end (swift test), the checker's own tests, and the
## built Oxfordshire site through vnu, axe-core in Chromium, the link check and screenshots
test: unit-test site-check

## deps: the C libraries SaferSite links against
deps:
	@./scripts/ensure-apt-packages $(APT_PACKAGES)

## test-deps: what the tests need beyond the build (Python packages, Java, Chromium)
test-deps: deps
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
	python3 -m pytest Tests/site-check -q
	python3 Tests/site-check/check_site.py $(SITE_DIR) --screenshots $(SCREENSHOT_DIR)

## bench: release build, then the shared benchmark against Hugo (and Jekyll at 1,000 pages)
BENCH ?= ../shared/bench
bench: deps
	$(SWIFT) build -c release --product safersite
	$(BENCH)/compare --pages 1000 $(RELEASE_BIN)
	$(BENCH)/compare --pages 10000 $(RELEASE_BIN)

clean:
	rm -rf .build public artifacts
