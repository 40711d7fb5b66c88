"""The built wheel works on its own: ``pip wheel`` of a copy of the project, installed with its dependencies
into an empty virtual environment (no system site-packages, nothing of the repository on the path), then
from a folder away from the repository the window opens offscreen on the demo store (built from the demo
report the wheel carries) in Ukrainian with its icon, and ``export-report`` of the real report writes a PDF
whose Ukrainian text is set in the embedded Liberation Serif. Before the fonts, the form, the translation,
the icons and the demo report were package data, the window failed on the missing form and the export on
the missing fonts.

The dependencies come from the package registry through pip as configured (about 270 MB of wheels, PySide6
most of it), pinned to the versions of the project's own venv, the ones the rest of the suite runs on. On a
2-core machine with PyPI near: 30 s idle, about 60 s with the machine busy; most of it pip installing
PySide6 (the wheel itself builds in 3-6 s).
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from packaging.utils import canonicalize_name
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[2]
PERIOD = "2023-9M"
# what a checkout has that a wheel build must not see
NOT_THE_SOURCE = [".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", ".bench"]
NOT_THE_SOURCE += ["*.sqlite3", "*.sqlite3-*"]

# Run by the wheel's Python: the window as `zhdesk --demo --exit-when-ready` starts it, printing what it shows
# as it closes (its title, menus and status bar: Ukrainian when the translation from the wheel is loaded).
WINDOW_WORDS = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])

class Closing(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Close and isinstance(watched, QMainWindow):
            print("title:", watched.windowTitle())
            print("menus:", " | ".join(action.text() for action in watched.menuBar().actions()))
            print("status:", watched.statusBar().currentMessage())
            print("icon:", not app.windowIcon().isNull())
        return False

closing = Closing()
app.installEventFilter(closing)
from zhdesk.cli.main import main

sys.exit(main(["--demo", "--exit-when-ready"]))
"""


@dataclass
class Installed:
    python: Path
    zhdesk: Path
    work: Path  # a folder outside the repository to run in
    env: dict[str, str]  # an environment with nothing of the project's venv or the repository in it

    def run(self, *command: str | Path) -> str:
        done = subprocess.run(
            [str(part) for part in command],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            cwd=self.work,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, f"{command[1:]} exited {done.returncode}:\n{done.stdout}\n{done.stderr[-3000:]}"
        return done.stdout


def pip(python: Path | str, *args: str | Path, cwd: Path) -> None:
    """pip as the user has it configured (registry, certificates, cache), without the project's venv around;
    run in a folder of the test's own (``-m`` puts the current folder first on the path)."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    command = [str(python), "-m", "pip", "--disable-pip-version-check", *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=600, check=False)
    assert done.returncode == 0, f"pip {' '.join(map(str, args))} failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"


def same_versions_as_this_venv(folder: Path) -> Path:
    """A pip constraints file: every distribution of the venv running the suite at its version here."""
    own = {canonicalize_name(n) for n in ("zhdesk", "pip", "setuptools", "wheel")}
    pins = {
        canonicalize_name(dist.metadata["Name"]): dist.version
        for dist in importlib.metadata.distributions()
        if dist.metadata["Name"] and canonicalize_name(dist.metadata["Name"]) not in own
    }
    constraints = folder / "constraints.txt"
    constraints.write_text("".join(f"{name}=={version}\n" for name, version in sorted(pins.items())))
    return constraints


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*NOT_THE_SOURCE))  # the checkout stays as it is
    pip(sys.executable, "wheel", "--no-deps", "--wheel-dir", root / "wheels", source, cwd=root)
    (wheel,) = (root / "wheels").glob("zhdesk-*.whl")

    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, cwd=root, timeout=120)
    python = venv / "bin" / "python"
    pip(python, "install", "--constraint", same_versions_as_this_venv(root), wheel, cwd=root)

    work = root / "elsewhere"
    work.mkdir()
    env = {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(work),
        "LANG": "C.UTF-8",
        "ZHDESK_DATA_DIR": str(work / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return Installed(python=python, zhdesk=venv / "bin" / "zhdesk", work=work, env=env)


def test_zhdesk_is_imported_from_the_new_environment(installed: Installed) -> None:
    where = installed.run(installed.python, "-c", "import zhdesk, sys; print(zhdesk.__file__); print(sys.prefix)")
    module, prefix = where.split()
    assert Path(module).is_relative_to(installed.python.parents[1]), module
    assert not Path(module).is_relative_to(REPO) and Path(prefix) == installed.python.parents[1]


def test_the_window_opens_on_the_demo_store_in_ukrainian(installed: Installed) -> None:
    first = installed.run(installed.zhdesk, "--demo", "--exit-when-ready")  # the demo store is built here
    assert "ready in" in first and "demo.sqlite3" in first

    shown = installed.run(installed.python, "-c", WINDOW_WORDS)
    assert "ready in" in shown
    assert "menus: &Файл | &Вигляд" in shown, shown  # the form's menu bar, translated
    assert "title: Програма на 2023 рік — за 9 місяців 2023 року — demo.sqlite3" in shown, shown  # translated
    assert "Заходів: 173" in shown, shown  # {0} measures: the demo report's 173
    assert "icon: True" in shown, shown


def test_the_pdf_export_has_ukrainian_text_in_the_embedded_font(installed: Installed, real_report: Path) -> None:
    store = installed.work / "real.sqlite3"
    installed.run(installed.zhdesk, "--db", store, "import-report", real_report, "--period", PERIOD)
    target = installed.work / "report.pdf"
    said = installed.run(installed.zhdesk, "--db", store, "export-report", "--period", PERIOD, "-o", target)
    assert "173 measures" in said, said

    reader = PdfReader(target)
    first_page = reader.pages[0].extract_text()
    assert "Житомирської міської" in first_page and "Завдання" in first_page, first_page[:500]
    assert len(reader.pages) >= 10
    embedded = set()
    for page in reader.pages[:3]:
        resources: Any = page["/Resources"]
        fonts: Any = resources.get_object()["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"LiberationSerif", "LiberationSerif-Bold"} <= embedded, embedded
