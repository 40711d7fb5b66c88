"""Output is UTF-8 whatever the stream's encoding: a command printing Ukrainian into a pipe under an ASCII
or a Windows code page exits 0 with UTF-8 bytes (on Windows a pipe or a file is written in the ANSI code
page, and it ended with UnicodeEncodeError, exit 3; make windows-check tries the bundle under Wine)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ENCODINGS = {
    "cp1252": {"PYTHONIOENCODING": "cp1252"},  # what Windows gives a pipe on a Western European PC
    "ascii": {"LC_ALL": "C", "PYTHONUTF8": "0"},  # an ASCII locale, UTF-8 mode off
}


def run(entry: list[str], *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL", "LANG")}
    return subprocess.run([*entry, *args], capture_output=True, timeout=180, check=False, cwd=REPO, env={**base, **env})


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, real_report: Path) -> str:
    db = tmp_path_factory.mktemp("utf8") / "store.sqlite3"
    done = run(
        [sys.executable, "-m", "zhdesk"],
        "--db",
        str(db),
        "import-report",
        str(real_report),
        "--period",
        "2023-9M",
        env={},
    )
    assert done.returncode == 0, done.stderr.decode()
    return str(db)


@pytest.mark.parametrize("entry", [["-m", "zhdesk"], ["main.py"]], ids=["python -m zhdesk", "main.py"])
@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_ukrainian_into_a_pipe_is_utf8(store: str, entry: list[str], encoding: str) -> None:
    done = run([sys.executable, *entry], "--db", store, "measures", "--period", "2023-9M", env=ENCODINGS[encoding])
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    text = done.stdout.decode("utf-8")  # strict: raises on anything that is not UTF-8
    assert 'Пріоритет "Ефективне місто"' in text or "Ефективне місто" in text
    assert len(text.splitlines()) >= 173


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_ukrainian_error_message_is_utf8(tmp_path: Path, encoding: str) -> None:
    """stderr too: a message quoting a Ukrainian file name (exit 2, not 3)."""
    missing = tmp_path / "звіт.txt"
    done = run(
        [sys.executable, "-m", "zhdesk"],
        "--db",
        str(tmp_path / "s.sqlite3"),
        "import-report",
        str(missing),
        "--period",
        "2023-9M",
        env=ENCODINGS[encoding],
    )
    assert done.returncode == 2, done.stderr.decode(errors="replace")
    message = done.stderr.decode("utf-8")
    # under the ASCII locale Python itself cannot decode the name's bytes in argv: it is printed escaped
    assert ("звіт.txt" if encoding == "cp1252" else "\\udcd0\\udcb7") in message


def test_utf8_output_without_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed Windows program may have no stdout/stderr at all (None): nothing to reconfigure."""
    from zhdesk.__main__ import utf8_output

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    utf8_output()
