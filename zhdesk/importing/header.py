"""The header row of the official table: the six-column report and the five-column approved programme.

The approved programme (and each amendment) is the report's table without column 5 "Виконання
заходів": № з/п · Завдання · Заходи · Відповідальний виконавець · Назва програми або обсяг фінансування,
numbered ``1 … 5``.
"""

from __future__ import annotations

REPORT_COLUMNS = 6
PROGRAMME_COLUMNS = 5
EXECUTION = 4  # the index of "Виконання заходів" in the report's six columns

REPORT_HEADER = (
    "№ з/п, Завдання, Заходи, Відповідальний виконавець, Виконання заходів, Назва програми або обсяг фінансування"
)
PROGRAMME_HEADER = "№ з/п, Завдання, Заходи, Відповідальний виконавець, Назва програми або обсяг фінансування"
_HEADER_WORDS = ("завдання", "заход", "виконавець", "виконання", "програм")


def looks_like_header(texts: list[str]) -> bool:
    """Looks like the table header (to report wrong columns), though maybe not the official one."""
    lowered = [" ".join(text.lower().split()) for text in texts if text]
    if len(lowered) < 3 or not lowered[0].startswith("№"):
        return False
    hits = sum(1 for word in _HEADER_WORDS if any(word in text for text in lowered[1:]))
    return hits >= 2


def header_matches(texts: list[str], columns: int) -> bool:
    """The official header of the report (``columns=6``) or of the approved programme (``columns=5``)."""
    if len(texts) < columns or any(texts[columns:]):
        return False
    lowered = [text.lower() for text in texts[:columns]]
    last = lowered[-1]
    common = (
        lowered[0].startswith("№")
        and "завдання" in lowered[1]
        and "заход" in lowered[2]
        and "виконав" in lowered[3]
        and ("програм" in last or "фінанс" in last)
    )
    if columns == REPORT_COLUMNS:
        return common and "виконання" in lowered[EXECUTION]
    return common and columns == PROGRAMME_COLUMNS and "виконання" not in last


def header_columns(texts: list[str]) -> int | None:
    """6 for the report's header, 5 for the approved programme's, None for any other row."""
    for columns in (REPORT_COLUMNS, PROGRAMME_COLUMNS):
        if header_matches(texts, columns):
            return columns
    return None


def is_number_row(texts: list[str], columns: int) -> bool:
    """The column-number row ``1 … 6`` (``1 … 5`` in the programme) that repeats on every page."""
    return texts[:columns] == [str(n) for n in range(1, columns + 1)]
