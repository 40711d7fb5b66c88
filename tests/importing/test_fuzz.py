"""Whatever bytes arrive, the reader either returns a report or raises ImportFailure: never a traceback."""

from __future__ import annotations

import contextlib
import functools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.readers import parse_bytes

HEADER = "№ з/п\tЗавдання\tЗаходи\tВідповідальний виконавець\tВиконання заходів\tНазва програми\n"
CELL = st.text(alphabet=st.sampled_from(list('1.2 <b>u</p>"«»,Пріоритет-Сектор*\\&;#x')), max_size=30)
ROW = st.lists(CELL, min_size=0, max_size=8).map("\t".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ROW, max_size=25))
def test_table_like_text_never_crashes(rows: list[str]) -> None:
    data = (HEADER + "\n".join(rows)).encode()
    try:
        report = parse_bytes("fuzz.txt", data)
    except ImportFailure as failure:
        assert str(failure).startswith("fuzz.txt")
    else:
        assert report.measures


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["x.txt", "x.xlsx", "x.docx"]))
def test_arbitrary_bytes_never_crash(data: bytes, name: str) -> None:
    with contextlib.suppress(ImportFailure):
        parse_bytes(name, data)


@functools.cache
def _office_file(kind: str) -> bytes:
    from tests.importing.test_bad_input import MEASURES
    from tests.official_layout import write_docx, write_xlsx

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"f.{kind}"
        (write_xlsx if kind == "xlsx" else write_docx)(path, MEASURES)
        return path.read_bytes()


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["xlsx", "docx"]),
    st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=20),
)
def test_damaged_office_files_never_crash(kind: str, damage: list[tuple[float, int]]) -> None:
    original = bytearray(_office_file(kind))
    for where, value in damage:
        original[int(where * len(original))] = value
    with contextlib.suppress(ImportFailure):
        parse_bytes(f"f.{kind}", bytes(original))
