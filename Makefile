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

.PHONY: run test bench guide-screenshots lint typecheck demo system-packages clean translations forms dist dist-check
# checking the Linux desktop files of the bundle
DIST_APT_PACKAGES := desktop-file-utils appstream shared-mime-info

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

# The user guide's screenshots (zhdesk/resources/guide/*/img), taken offscreen from the real window on the real report.
guide-screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/guide_screenshots.py

# The one-folder program (PyInstaller) and its check: run on its own, export, exchange, PostgreSQL.
dist: $(STAMP) system-packages
	$(PY) -m pip install --quiet -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/zhdesk.spec

dist-check: dist
	@missing=""; for p in $(DIST_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	$(PY) packaging/dist_check.py
	desktop-file-validate packaging/linux/org.zhdesk.Zhdesk.desktop
	appstreamcli validate --no-net --pedantic packaging/linux/org.zhdesk.Zhdesk.metainfo.xml
	home=$$(mktemp -d) && HOME=$$home XDG_DATA_HOME=$$home/share sh packaging/linux/install.sh dist/zhdesk \
		&& test -x $$home/.local/bin/zhdesk && test -f $$home/share/mime/application/x-zhdesk-form.xml && grep -q "^Exec=$$home/.local/opt/zhdesk/zhdesk %f" $$home/share/applications/org.zhdesk.Zhdesk.desktop \
		&& HOME=$$home QT_QPA_PLATFORM=offscreen ZHDESK_DATA_DIR=$$home/data $$home/.local/bin/zhdesk --version \
		&& HOME=$$home XDG_DATA_HOME=$$home/share sh packaging/linux/uninstall.sh && test ! -e $$home/.local/opt/zhdesk \
		&& rm -rf $$home

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Ukrainian translations: extract the strings into i18n/zhdesk_uk.ts, fill them from i18n/translate_uk.py,
# compile into the package (zhdesk/resources/i18n/zhdesk_uk.qm, the only part the program reads).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete zhdesk/gui/*.py $(filter-out zhdesk/gui/forms/%,$(wildcard zhdesk/gui/*/*.py)) \
		zhdesk/resources/forms/*.ui -ts i18n/zhdesk_uk.ts
	$(PY) i18n/translate_uk.py i18n/zhdesk_uk.ts
	$(VENV)/bin/pyside6-lrelease i18n/zhdesk_uk.ts -qm zhdesk/resources/i18n/zhdesk_uk.qm
	$(VENV)/bin/pyside6-lrelease i18n/qt_extra_uk.ts -qm zhdesk/resources/i18n/qt_extra_uk.qm

# The window's Qt Designer forms (zhdesk/resources/forms/*.ui) compiled into zhdesk/gui/forms/*.py, which the
# window builds itself from (packaging/compile_forms.py says why); run after editing a .ui (tests/gui/test_forms.py
# fails until then).
forms: $(STAMP)
	$(PY) packaging/compile_forms.py

# The Windows bundle and its installer built and tried on Linux under Wine (packaging/windows/check.sh):
# dist/windows/zhdesk/zhdesk.exe, dist/zhdesk-VERSION-setup.exe, a screenshot in dist/windows-window.png.
# Wine's 32-bit half (ISCC.exe and Setup are 32-bit programs) needs Debian's i386 architecture.
# WINDOWS_CACHE keeps the Wine prefix with its Windows CPython, pip's and npm's downloads between runs.
.PHONY: windows-check
WINDOWS_APT_PACKAGES := wine wine64 wine32:i386 gcc-mingw-w64-x86-64 xvfb xauth x11-utils imagemagick poppler-utils xdotool
WINDOWS_CACHE ?= $(HOME)/.cache/zhdesk-windows
windows-check: $(STAMP) system-packages
	@missing=""; for p in $(WINDOWS_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		dpkg --print-foreign-architectures | grep -qx i386 || $$SUDO dpkg --add-architecture i386; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
			-o DPkg::Lock::Timeout=300 $$missing >/dev/null; \
	fi
	ZHDESK_WINDOWS_CACHE=$(WINDOWS_CACHE) VENV_PY=$(abspath $(PY)) bash packaging/windows/check.sh
