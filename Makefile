# Two commands for a fresh machine (Python >= 3.11):  make run   ·   make test
# Both create .venv on first use and install the exact versions in requirements.lock.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

# Debian packages: Qt's runtime libraries, Xvfb for real-window tests, poppler for PDF checks,
# the .desktop and AppStream validators (tests/cli/test_identity.py).
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	xvfb xauth poppler-utils desktop-file-utils appstream
# More for make package: the xcb libraries Qt's X11 plugin needs (PyInstaller copies them into
# the bundle, so they must be here when it builds), tools to strip and check, Wayland client
# libraries the .deb depends on (for the smoke test's dpkg -i).
PACKAGING_APT := binutils patchelf lintian \
	libx11-xcb1 libxcb-glx0 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shm0 \
	libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 \
	libwayland-client0 libwayland-cursor0 libwayland-egl1

# More for make test-acceptance: a window manager, keys and clicks, xprop (is the window manager
# up?) and ImageMagick's import (a screenshot when a scenario fails).
ACCEPTANCE_APT := openbox xdotool x11-utils imagemagick

.PHONY: translations translations-update run test test-slow test-acceptance lint system-deps venv clean screenshots package package-test

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "dmtracker needs Python 3.11 or newer")'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

# Translations (docs/translating.md): extract the texts of the code into the .ts files
# (pyside6-lupdate), then build the .qm files the app reads (pyside6-lrelease). The .qm files
# are committed beside their .ts (tests/test_translations.py checks they are up to date), so a
# wheel and the bundle carry them without Qt's tools at build time.
translations-update: $(STAMP)
	$(BIN)/python tools/i18n.py update

translations: $(STAMP)
	$(BIN)/python tools/i18n.py release

run: $(STAMP)
	$(BIN)/dmtracker

system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if command -v apt-get >/dev/null 2>&1; then \
			echo "Installing Debian packages:" $$missing; \
			SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
			$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else echo "Please install:" $$missing; fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks resources packaging tools
	$(BIN)/ruff format --check src tests benchmarks resources packaging tools
	$(BIN)/python tools/i18n.py lint
	rm -f build/alembic-scratch.sqlite3 && mkdir -p build
	$(BIN)/alembic -c alembic.ini upgrade head >/dev/null && $(BIN)/alembic -c alembic.ini check
	$(BIN)/mypy src

test: system-deps $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The long runs (100 kills, fuzzing, WAL damage, kill -9 and full disks during conversions,
# the largest import; about 8 minutes). The package build test is
# left to `make package-test`, which CI runs anyway.
test-slow: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow \
		--deselect tests/cli/test_packaging.py::test_linux_packages_build_install_and_pass_the_smoke_tests

# The acceptance suite: the real app in a real window (Xvfb + openbox), keyboard and mouse through
# xdotool, each scenario then reading the database (about 2 minutes; a failing scenario leaves a
# screenshot and the app's log in build/acceptance/).
test-acceptance: $(STAMP)
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(APT_PACKAGES) $(ACCEPTANCE_APT)"
	rm -rf build/acceptance
	DMTRACKER_ACCEPTANCE_REQUIRED=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m acceptance \
		tests/acceptance

# Linux packages from a clean venv: dist/dmtracker/ (bundle), dist/*.tar.gz, dist/*.deb.
package:
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(APT_PACKAGES) $(PACKAGING_APT)"
	PYTHON=$(PYTHON) packaging/build_linux.sh

# Build, then run the frozen app's smoke tests (offscreen, Xvfb) and install the .deb (root).
package-test: package
	packaging/smoke_test.sh

# in a real window (Xvfb + openbox of its own; offscreen, with a note, when they are missing)
# `make screenshots LANG_CODE=de` (or es; xx: the pseudo language of the translation tests):
# every page and the Today dialogs in that language, offscreen, in build/screenshots-<code>/.
LANG_CODE ?=
screenshots: $(STAMP)
ifeq ($(LANG_CODE),)
	PYTHON=$(BIN)/python resources/real_screenshots.sh resources/screenshots
else
	mkdir -p build/i18n-pseudo
	if [ "$(LANG_CODE)" = xx ]; then $(BIN)/python tools/i18n.py pseudo build/i18n-pseudo >/dev/null; fi
	QT_QPA_PLATFORM=offscreen $(BIN)/python resources/make_screenshots.py \
		build/screenshots-$(LANG_CODE) --language $(LANG_CODE) \
		$(if $(filter xx,$(LANG_CODE)),--catalogs build/i18n-pseudo)
endif

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache .hypothesis
