"""A start loads only what it shows (issue 12): the parser, ``--version`` and ``--help`` import no SQLAlchemy,
no models, no writers, no readers and no Qt; the window's first screen comes before SQLAlchemy and the models.

Each start runs in a fresh interpreter, which then says what ``sys.modules`` holds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exchange.util import ok
from zhdesk import __version__
from zhdesk.storage.schema import SCHEMA_HEAD

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "alembic", "zhdesk.storage.models", "zhdesk.storage.database", "reportlab", "openpyxl", "docx")
CLI_HEAVY = (*HEAVY, "PySide6")

LOADED = r"""
import contextlib, io, json, sys
heavy = json.loads(sys.argv[1])
from zhdesk.cli.main import build_parser, main
build_parser()
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main(sys.argv[2:]) if len(sys.argv) > 2 else 0
    except SystemExit as exc:  # --help
        code = exc.code
print(json.dumps({"code": code, "out": out.getvalue(), "loaded": [m for m in heavy if m in sys.modules]}))
"""

# The window on a store: the heavy modules loaded when the first screen is ready, and at the end.
WINDOW = r"""
import json, sys
heavy = json.loads(sys.argv[1])
from zhdesk.gui import app
seen = {}
attach = app.attach_panels
def attach_and_watch(window, **kwargs):
    window.ready.connect(lambda: seen.setdefault("ready", [m for m in heavy if m in sys.modules]))
    attach(window, **kwargs)
app.attach_panels = attach_and_watch
from zhdesk.cli.main import main
code = main(sys.argv[2:])
print(json.dumps({"code": code, "ready": seen.get("ready"), "end": [m for m in heavy if m in sys.modules]}))
"""


def loaded(script: str, heavy: tuple[str, ...], *args: str | Path, env: dict[str, str] | None = None) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(heavy), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env or os.environ.copy(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_parser_and_help_import_nothing_heavy() -> None:
    assert loaded(LOADED, CLI_HEAVY)["loaded"] == []
    helped = loaded(LOADED, CLI_HEAVY, "--help")
    assert helped["code"] == 0 and "export-report" in helped["out"]
    assert helped["loaded"] == []


@pytest.fixture(scope="module")
def imported_store(tmp_path_factory: pytest.TempPathFactory, real_report: Path) -> Path:
    db = tmp_path_factory.mktemp("start") / "store.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    return db


def test_version_imports_nothing_heavy_and_names_the_schema(imported_store: Path, tmp_path: Path) -> None:
    named = loaded(LOADED, CLI_HEAVY, "--db", imported_store, "--version")
    assert named["loaded"] == []
    assert named["out"] == f"zhdesk {__version__}\nstore: {imported_store} (schema {SCHEMA_HEAD})\n"
    data = tmp_path / "userdata"  # the default store (ZHDESK_DATA_DIR), not there yet, then a copy of one
    default = loaded(LOADED, CLI_HEAVY, "--version")
    assert default["loaded"] == []
    expected = f"store: {data / 'zhdesk.sqlite3'} (not created yet; this zhdesk writes schema {SCHEMA_HEAD})"
    assert default["out"].splitlines()[1] == expected
    (data / "zhdesk.sqlite3").write_bytes(imported_store.read_bytes())
    found = loaded(LOADED, CLI_HEAVY, "--version")
    assert found["loaded"] == []
    assert found["out"].splitlines()[1] == f"store: {data / 'zhdesk.sqlite3'} (schema {SCHEMA_HEAD})"


def test_a_store_named_by_url_is_still_asked_through_sqlalchemy(imported_store: Path) -> None:
    done = loaded(LOADED, CLI_HEAVY, "--db-url", f"sqlite:///{imported_store}", "--version")
    assert done["out"].splitlines()[1] == f"store: {imported_store} (schema {SCHEMA_HEAD})"
    assert "sqlalchemy" in done["loaded"]


def test_the_window_shows_its_first_screen_before_sqlalchemy(imported_store: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    window = loaded(WINDOW, HEAVY, "--db", imported_store, "--exit-when-ready", env=env)
    assert window["code"] == 0
    assert window["ready"] == [], "loaded before the first screen was ready"
    assert "sqlalchemy" in window["end"]  # the store was opened after it, on the runner


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo", "--exit-when-ready"],
        ["--exit-when-ready", "--demo", "--exit-when-ready"],
        ["--exit-when-ready", "x.zhsub"],
        ["--db", "x.sqlite3", "--body", "UKB"],
        ["--db-url", "sqlite:///x.sqlite3", "--version"],
        ["--ver"],
        ["a.zhform"],
        ["--body", "UKB", "c.ZHSUB", "--demo"],
        ["--db", "a.zhform"],
    ],
)
def test_a_start_without_a_command_is_read_as_the_whole_parser_reads_it(argv: list[str]) -> None:
    from zhdesk.cli.main import _file_to_open, build_parser, start_args

    parser = build_parser()
    rest, open_file = _file_to_open(parser, list(argv))
    whole = vars(parser.parse_args(rest)) | {"open_file": open_file}
    quick = start_args(list(argv))
    assert quick is not None and vars(quick) == whole


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["-h"],
        ["measures", "--period", "2023-9M"],
        ["--db", "x.sqlite3", "receive", "a.zhsub"],
        ["--db", "a", "--db-url", "b"],
        ["--d"],
        ["--nonsense"],
        ["report.txt"],
        ["--db"],
    ],
)
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    from zhdesk.cli.main import start_args

    assert start_args(list(argv)) is None


# main.py as the bundle and `make run` start it; collecting watched at the first screen and at the end.
COLLECTING = r"""
import gc, json, runpy, sys
from zhdesk.gui import app
seen = {}
attach = app.attach_panels
def attach_and_watch(window, **kwargs):
    window.ready.connect(lambda: seen.setdefault("ready", gc.isenabled()))
    attach(window, **kwargs)
app.attach_panels = attach_and_watch
sys.argv = ["main.py", *sys.argv[2:]]  # argv[1]: the heavy modules, unused here
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "ready": seen.get("ready"), "end": gc.isenabled(), "frozen": gc.get_freeze_count()}))
"""


def test_collecting_waits_for_the_first_screen_and_runs_for_a_command(imported_store: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    window = loaded(COLLECTING, (), "--db", imported_store, "--exit-when-ready", env=env)
    assert window["code"] == 0
    assert window["ready"] is False  # the start builds what lives as long as the window: nothing to collect
    assert window["end"] is True and window["frozen"] > 0  # resumed once the window was up, start-up frozen
    command = loaded(COLLECTING, (), "--db", imported_store, "bodies", "--json", env=env)
    assert command["code"] == 0 and command["ready"] is None
    assert command["end"] is True  # a command (an import of a large file) collects as usual


# Where PySide first made Qt's namespace (its first enum, GlobalColor), and whether the first screen was up.
NAMESPACE = r"""
import enum, json, sys, traceback
seen = {}
make = enum.EnumType._create_
def watched(cls, class_name, names, **kwargs):
    if class_name == "GlobalColor" and "made" not in seen:
        frames = [f for f in traceback.extract_stack()[:-1] if "zhdesk" in f.filename]
        seen["made"] = [f"{f.filename.rsplit('zhdesk', 1)[-1]}:{f.lineno} {f.line}" for f in frames[-3:]]
        seen["before ready"] = "ready" not in seen
    return make(cls, class_name, names, **kwargs)
enum.EnumType._create_ = watched
from zhdesk.gui import app
attach = app.attach_panels
def attach_and_watch(window, **kwargs):
    window.ready.connect(lambda: seen.setdefault("ready", True))
    attach(window, **kwargs)
app.attach_panels = attach_and_watch
from zhdesk.cli.main import main
code = main(sys.argv[2:])
print(json.dumps({"code": code, **seen}))
"""


@pytest.mark.parametrize(
    "start", [["--demo"], ["STORE"], ["STORE", "--body", "UKB"], []], ids=["demo", "store", "body", "first start"]
)
def test_the_first_screen_comes_before_qts_namespace(start: list[str], imported_store: Path, tmp_path: Path) -> None:
    """PySide makes the namespace's 93 enums at its first use, 30-40 ms (zhdesk/gui/qt_namespace.py)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    args = [arg if arg != "STORE" else f"--db={imported_store}" for arg in start]
    window = loaded(NAMESPACE, (), *args, "--exit-when-ready", env=env)
    assert window["code"] == 0 and window["ready"] is True
    assert window.get("before ready") is not True, f"Qt's namespace made before the first screen at {window['made']}"
