# zhdesk — `make run` opens the app on the demo store, `make test` runs the whole suite.
# Both set up everything on a fresh machine: the virtual environment, the Python packages and,
# through apt, the system packages (Qt's libraries, PostgreSQL for the store tests).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system-packages
# Debian packages: Qt's runtime libraries, PostgreSQL (initdb/pg_ctl) for the tests,
# Xvfb and poppler for looking at the window and the printed pages.
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-render-util0 libxcb-image0 postgresql xvfb poppler-utils

.PHONY: run test bench lint typecheck demo system-packages clean translations

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-packages: $(SYSTEM_STAMP)
$(SYSTEM_STAMP): Makefile
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@mkdir -p $(VENV) && touch $(SYSTEM_STAMP)

demo: $(STAMP)
	$(PY) -m zhdesk.gui.demo

run: $(STAMP) system-packages
	$(PY) main.py --demo

test: $(STAMP) system-packages
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests

bench: $(STAMP)
	$(PY) -u -m tests.bench

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Ukrainian translations: extract the strings, fill them from resources/i18n/translate_uk.py, compile.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete zhdesk/gui/*.py forms/*.ui -ts resources/i18n/zhdesk_uk.ts
	$(PY) resources/i18n/translate_uk.py resources/i18n/zhdesk_uk.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/zhdesk_uk.ts -qm resources/i18n/zhdesk_uk.qm
