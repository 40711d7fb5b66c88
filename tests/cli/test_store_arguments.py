"""--db and --db-url as people type them: a typo makes nothing, an import makes the store and says so,
another program's database is refused untouched, and a store nobody may write is read (never written)
by a real non-root process — the commands, --version and the window."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.exchange.util import ok, where, z
from tests.pgserver import PostgresServer
from zhdesk.storage.schema import SCHEMA_HEAD

REPO = Path(__file__).resolve().parents[2]
READING = [
    ["measures", "--period", "2023-9M"],
    ["measures", "--period", "2023-9M", "--retired"],
    ["periods"],
    ["bodies"],
    ["settings"],
    ["export-report", "--period", "2023-9M", "-o", "OUT/r.xlsx"],
    ["validate", "--period", "2023-9M"],
    ["status", "--period", "2023-9M"],
    ["history", "--measure", "some-id"],
    ["merge", "--period", "2023-9M"],
    ["programme", "show", "--year", "2023"],
    ["set-execution", "--measure", "some-id", "--text", "Виконано."],
    ["submit", "-o", "OUT/s.zhsub"],
    ["accept", "UO", "--period", "2023-9M"],
]


def argv(command: list[str], out: Path) -> list[str]:
    return [arg.replace("OUT", str(out)) for arg in command]


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:2]))
def test_a_command_on_a_mistyped_store_makes_nothing(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "Documnets" / "zhdesk.sqlite3"
    done = z("--db", typo, *argv(command, tmp_path))
    assert (done.code, done.err) == (2, f"zhdesk: no store at {typo}\n")
    assert not typo.parent.exists()
    beside = tmp_path / "zhdesk.sqlite3"  # the folder is right, the file name is not
    done = z("--db", beside, *argv(command, tmp_path))
    assert (done.code, done.err) == (2, f"zhdesk: no store at {beside}\n")
    assert {p.name for p in tmp_path.iterdir()} <= {"userdata"}


def test_a_command_on_an_empty_postgresql_database_makes_nothing(postgres: PostgresServer) -> None:
    url = postgres.new_database()
    done = z("--db-url", url, "measures", "--period", "2023-9M")
    assert done.code == 2 and done.err.startswith("zhdesk: no store at postgresql+psycopg://zhdesk@/")
    import psycopg

    name = url.split("/")[3].split("?")[0]
    with psycopg.connect(postgres.conninfo(name)) as c:
        assert c.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)


def test_an_import_makes_the_store_and_says_so(store_url: str, real_report: Path, tmp_path: Path) -> None:
    if store_url.startswith("sqlite"):
        store_url = f"sqlite:///{tmp_path / 'new folder' / 'zhdesk.sqlite3'}"
    shown = store_url.removeprefix("sqlite:///") if store_url.startswith("sqlite") else ""
    first = ok(*where(store_url), "import-report", real_report, "--period", "2023-9M")
    assert "zhdesk: created a new store at " + shown in first.err
    again = ok(*where(store_url), "import-report", real_report, "--period", "2023-9M")
    assert "created" not in again.err
    assert "173 measures" in ok(*where(store_url), "measures", "--period", "2023-9M").out


def test_a_dry_run_makes_no_store(tmp_path: Path, real_report: Path) -> None:
    missing = tmp_path / "s.sqlite3"
    done = z("--db", missing, "import-programme", real_report, "--year", "2023", "--dry-run")
    assert done.code == 2 and f"no store at {missing}" in done.err and not missing.exists()


def test_opening_a_form_package_makes_the_department_store(tmp_path: Path, real_report: Path) -> None:
    coordinator = tmp_path / "coordinator.sqlite3"
    ok("--db", coordinator, "import-report", real_report, "--period", "2023-9M")
    forms = tmp_path / "forms"
    forms.mkdir()
    ok("--db", coordinator, "issue-forms", "--period", "2023-9M", "--out", forms, "--body", "DER")
    package = next(forms.glob("*.zhform"))
    department = tmp_path / "dept" / "uo.sqlite3"
    done = ok("--db", department, "open-form", package)
    assert f"zhdesk: created a new store at {department}" in done.err


def foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        c.execute("INSERT INTO invoices VALUES (1, 99.5)")
    sqlite3.connect(path).close()


@pytest.mark.parametrize(
    "command", [["import-report", "REPORT", "--period", "2023-9M"], ["measures", "--period", "2023-9M"]]
)
def test_another_programs_database_is_refused_untouched(tmp_path: Path, real_report: Path, command: list[str]) -> None:
    other = tmp_path / "other-program.sqlite"
    foreign_sqlite(other)
    before = other.read_bytes()
    done = z("--db", other, *[str(real_report) if a == "REPORT" else a for a in command])
    assert done.code == 2, done
    assert done.err.startswith(f"zhdesk: {other} is not a zhdesk store: it holds tables of another program (invoices)")
    assert "Traceback" not in done.err and "SELECT" not in done.err
    assert other.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir() if p.name != "userdata") == [
        "other-program.sqlite"
    ]


def run_window(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "ZHDESK_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("ZHDESK_DB_URL", None)
    return subprocess.run(
        [sys.executable, "main.py", *args, "--exit-when-ready"],
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )


def test_the_window_on_a_mistyped_store_makes_nothing_but_its_first_start_makes_the_default(tmp_path: Path) -> None:
    typo = tmp_path / "Documnets" / "zhdesk.sqlite3"
    done = run_window(["--db", str(typo)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert not typo.parent.exists()
    first = run_window([], tmp_path)  # no store named, none yet: the first start makes the default store
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "data" / "zhdesk.sqlite3").is_file()


# -- a store a real non-root user cannot write ---------------------------------------------------------

NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all"]


@pytest.fixture(scope="module")
def shipped_store(tmp_path_factory: pytest.TempPathFactory, real_report: Path) -> Path:
    path = tmp_path_factory.mktemp("shipped") / "zhdesk.sqlite3"
    ok("--db", path, "import-report", real_report, "--period", "2023-9M")
    return path


@pytest.fixture(params=["folder-read-only", "file-read-only"])
def unwritable(request: pytest.FixtureRequest, shipped_store: Path) -> Iterator[tuple[Path, Path]]:
    """(the store, a folder nobody may write in): in a folder nobody can write (then only SQLite's
    immutable open reads it: no -shm can be made), or the file alone read-only in a folder open to all."""
    assert shutil.which("setpriv"), "setpriv (util-linux) runs the commands as a real non-root user"
    base = Path(tempfile.mkdtemp(prefix="zhdesk-ro-"))  # /tmp: the test's own tmp_path is root's alone
    try:
        os.chmod(base, 0o755)
        folder = base / "store"
        folder.mkdir()
        store = folder / "zhdesk.sqlite3"
        shutil.copyfile(shipped_store, store)
        store.chmod(0o444)
        folder.chmod(0o555 if request.param == "folder-read-only" else 0o777)
        own = base / "own"  # nobody's: the data folder (error log), HOME, the exported reports
        own.mkdir()
        own.chmod(0o777)
        yield store, own
    finally:
        for path in (base / "store", base / "own"):
            if path.exists():
                path.chmod(0o777)
        shutil.rmtree(base, ignore_errors=True)


def as_nobody(own: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(own),
        "ZHDESK_DATA_DIR": str(own / "data"),
        "XDG_CONFIG_HOME": str(own / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "PYTHONFAULTHANDLER": "1",  # a crash, or the abort below, prints every thread's frames
    }
    command = [*NOBODY, sys.executable, "-m", "zhdesk", *[str(a) for a in args]]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=own
    ) as child:
        try:
            out, err = child.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGABRT)  # hung: say where before failing
            out, err = child.communicate(timeout=30)
            raise AssertionError(f"{command} hung:\n{err[-6000:]}") from None
    return subprocess.CompletedProcess(command, child.returncode, out, err)


def test_the_user_really_cannot_write_there(unwritable: tuple[Path, Path]) -> None:
    store, _own = unwritable
    probe = subprocess.run([*NOBODY, "sh", "-c", f"echo x >> '{store}'"], capture_output=True, check=False)
    assert probe.returncode != 0  # the store is protected from the user the commands run as


def test_a_store_the_user_cannot_write_is_read(unwritable: tuple[Path, Path]) -> None:
    store, own = unwritable
    before = store.read_bytes()
    version = as_nobody(own, "--db", store, "--version")
    assert version.returncode == 0 and f"store: {store} (schema {SCHEMA_HEAD}; read-only)" in version.stdout, version
    listed = as_nobody(own, "--db", store, "measures", "--period", "2023-9M", "--json")
    assert listed.returncode == 0, listed.stderr
    measure = listed.stdout.split('"id": "', 1)[1].split('"', 1)[0]
    assert "173 measures" in as_nobody(own, "--db", store, "measures", "--period", "2023-9M").stdout
    for command in (
        ["validate", "--period", "2023-9M"],
        ["history", "--measure", measure],
        ["export-report", "--period", "2023-9M", "-o", own / "report.xlsx"],
        ["periods"],
    ):
        done = as_nobody(own, "--db", store, *command)
        said = [line for line in done.stderr.splitlines() if not line.startswith("warning: ")]  # export's checklist
        assert done.returncode in (0, 1) and said == [], (command, done.stderr)
    assert (own / "report.xlsx").stat().st_size > 0
    window = as_nobody(own, "--db", store, "--exit-when-ready")
    assert window.returncode == 0 and window.stdout.strip().endswith(f"({store})"), (window.stdout, window.stderr)
    assert store.read_bytes() == before


def test_a_write_to_it_is_refused_in_plain_words(unwritable: tuple[Path, Path], real_report: Path) -> None:
    store, own = unwritable
    before = store.read_bytes()
    for command in (
        ["set-execution", "--measure", "x", "--text", "Виконано."],
        ["import-report", real_report, "--period", "2023-9M"],
        ["settings", "community", "Громада"],
    ):
        done = as_nobody(own, "--db", store, *command)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert done.stderr.startswith(f"zhdesk: the store is read-only: {store}; `{command[0]}` would change it")
        assert "Traceback" not in done.stderr and "Error" not in done.stderr and "attempt to" not in done.stderr
    assert store.read_bytes() == before and not (own / "data" / "zhdesk-errors.log").exists()


def test_an_old_store_the_user_cannot_write_is_not_upgraded_and_says_so(unwritable: tuple[Path, Path]) -> None:
    store, own = unwritable
    folder = store.parent
    mode = folder.stat().st_mode
    folder.chmod(0o777)
    store.chmod(0o644)
    with sqlite3.connect(store) as c:
        c.execute("UPDATE alembic_version SET version_num = '0003'")
    sqlite3.connect(store).close()
    store.chmod(0o444)
    folder.chmod(mode)
    before = store.read_bytes()
    done = as_nobody(own, "--db", store, "measures", "--period", "2023-9M")
    assert done.returncode == 2
    assert "is read-only and was written by an older zhdesk (schema 0003)" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    version = as_nobody(own, "--db", store, "--version")
    assert f"(schema 0003; this zhdesk writes schema {SCHEMA_HEAD}; read-only)" in version.stdout
    assert store.read_bytes() == before
