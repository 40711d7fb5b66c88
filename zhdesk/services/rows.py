"""Measure rows as the report shows them: plain data, shared by the store queries and the window."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class MeasureRow:
    """One measure as the report shows it (the `measures --json` object)."""

    id: str
    priority: str
    priority_goal: str
    sector: str
    task_no: str
    task: str
    no: str
    text: str
    executors: str
    execution: str
    programme_or_funding: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def assemble(parts: list[tuple[int, str]]) -> str:
    """Several executors' texts, lead executor first (by position in column 4)."""
    return "\n".join(text for _, text in sorted(parts) if text.strip())


def parent_keys(rows: list[MeasureRow]) -> set[tuple[str, str, str]]:
    """(sector, task, no) of measures that have sub-measures (1.1 of 1.1.1, 1.1.2 …)."""
    numbers = {(row.sector, row.task_no, row.no) for row in rows}
    found = set()
    for sector, task_no, no in numbers:
        parts = no.split(".")
        for cut in range(1, len(parts)):
            found.add((sector, task_no, ".".join(parts[:cut])))
    return found & numbers
