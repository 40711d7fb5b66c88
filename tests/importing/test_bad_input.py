"""Bad input exits with code 2 and one line naming the file and place; the store is left exactly as it was."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import dump_store
from tests.official_layout import write_docx, write_xlsx
from zhdesk.cli.main import main

HEADER = "№ з/п\tЗавдання\tЗаходи\tВідповідальний виконавець\tВиконання заходів\tНазва програми\n"
GOOD_HEAD = (
    HEADER + '1\t2\t3\t4\t5\t6\n<b><u>Пріоритет "А"</u></b> <b><u>Ціль</u></b>\t\t\t\t\t\n<b>Сектор</b>\t\t\t\t\t\n'
)
MEASURES = [
    {
        "priority": 'Пріоритет "А"',
        "priority_goal": "Ціль",
        "sector": "Сектор",
        "task_no": "1",
        "task": "Завдання",
        "no": "1.1",
        "text": "Захід",
        "executors": "Департамент",
        "execution": "Зроблено",
        "programme_or_funding": "1,0",
    }
]


def _zip_with(member: str, data: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, data)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _xlsx_bytes(tmp: Path) -> bytes:
    write_xlsx(tmp / "ok.xlsx", MEASURES)
    return (tmp / "ok.xlsx").read_bytes()


def _docx_bytes(tmp: Path) -> bytes:
    write_docx(tmp / "ok.docx", MEASURES)
    return (tmp / "ok.docx").read_bytes()


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    b"<worksheet>&lol2;</worksheet>"
)

CASES: dict[str, tuple[str, Callable[[Path], bytes], str]] = {
    "not a table": ("notes.txt", lambda t: "Просто текст\nбез таблиці\n".encode(), "no header row"),
    "wrong columns": (
        "cols.txt",
        lambda t: "№ з/п\tЗавдання\tЗаходи\tВиконання заходів\n1\t2\t3\t4\n".encode(),
        "wrong columns",
    ),
    "seven columns": (
        "seven.txt",
        lambda t: (GOOD_HEAD + "1\tЗ\t1.1. М\tД\tВ\tП\tзайве\n").encode(),
        "line 5: 7 columns",
    ),
    "no measures": ("empty-table.txt", lambda t: HEADER.encode(), "no measures"),
    "measure before sector": (
        "order.txt",
        lambda t: (HEADER + "1\tЗ\t1.1. М\tД\tВ\tП\n").encode(),
        "line 2: a task before any sector",
    ),
    "measure without number": (
        "nonum.txt",
        lambda t: (GOOD_HEAD + "1\tЗ\tМ без номера\tД\tВ\tП\n").encode(),
        "line 5, column 3",
    ),
    "invalid utf-8": (
        "cp1251.txt",
        lambda t: GOOD_HEAD.encode() + "1\tЗ\t1.1. М\tД\tВ\tП\n".encode("cp1251"),
        "line 5, column 3: not valid UTF-8",
    ),
    "control character": (
        "ctl.txt",
        lambda t: (GOOD_HEAD + "1\tЗ\t1.1. М\x07\tД\tВ\tП\n").encode(),
        "line 5, column 11: control character",
    ),
    "binary junk": ("junk.txt", lambda t: bytes(range(256)) * 40, "binary data"),
    "empty file": ("empty.txt", lambda t: b"", "empty"),
    "50 MB file": ("huge.txt", lambda t: b"a" * (50 * 1024 * 1024), "50.0 MB"),
    "truncated xlsx": ("cut.xlsx", lambda t: _xlsx_bytes(t)[:2000], "damaged or truncated XLSX"),
    "truncated docx": ("cut.docx", lambda t: _docx_bytes(t)[:3000], "damaged or truncated DOCX"),
    "xlsx not a zip": ("fake.xlsx", lambda t: b"hello, I am not a workbook", "not a valid XLSX"),
    "corrupt xlsx member": ("bad.xlsx", lambda t: _zip_with("xl/workbook.xml", b"<workbook><sheets>"), "damaged XLSX"),
    "corrupt docx member": ("bad.docx", lambda t: _zip_with("word/document.xml", b"\x00\x01garbage"), "damaged DOCX"),
    "xml bomb": ("bomb.xlsx", lambda t: _zip_with("xl/workbook.xml", BOMB), "xl/workbook.xml: XML with a DTD"),
    "zip bomb": (
        "zbomb.docx",
        lambda t: _zip_with("word/document.xml", b"<a>" + b" " * 120_000_000 + b"</a>"),
        "zip bomb",
    ),
    "other zip": ("photos.xlsx", lambda t: _zip_with("photo.txt", b"x"), "neither an XLSX"),
    "old excel": ("old.xls", lambda t: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel/Word"),
}


@pytest.fixture
def seeded_store(tmp_path: Path, real_report: Path) -> Path:
    db = tmp_path / "store.sqlite3"
    assert main(["--db", str(db), "import-report", str(real_report), "--period", "2023-9M"]) == 0
    return db


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_refused_and_store_unchanged(
    case: str, seeded_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, make, expected = CASES[case]
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    before = dump_store(f"sqlite:///{seeded_store}")
    capsys.readouterr()
    code = main(["--db", str(seeded_store), "import-report", str(path), "--period", "2023-9M"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"zhdesk: {name}: "), lines[0]
    assert expected in lines[0], lines[0]
    assert dump_store(f"sqlite:///{seeded_store}") == before


def test_missing_file_and_bad_period(seeded_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(seeded_store), "import-report", "/nonexistent/x.txt", "--period", "2023-9M"]) == 2
    assert "x.txt: cannot read the file" in capsys.readouterr().err
    assert main(["--db", str(seeded_store), "import-report", "/nonexistent/x.txt", "--period", "2023-Q5"]) == 2
    assert "unknown period '2023-Q5'" in capsys.readouterr().err


def test_no_traceback_reaches_the_user(tmp_path: Path) -> None:
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"PK\x03\x04" + b"\xff" * 500)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "zhdesk",
            "--db",
            str(tmp_path / "s.sqlite3"),
            "import-report",
            str(junk),
            "--period",
            "2023-9M",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("zhdesk: junk.docx: ")
    assert not (tmp_path / "s.sqlite3").exists()
