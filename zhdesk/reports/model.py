"""The neutral report model: what the official table says, independent of any file format."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

COLUMN_TITLES = (
    "№ з/п",
    "Завдання",
    "Заходи",
    "Відповідальний виконавець",
    "Виконання заходів",
    "Назва міської цільової програми до якої включено захід або обсяг фінансових ресурсів, тис. грн",
)
# Shares of the table width: the execution column gets the room.
COLUMN_SHARES = (0.045, 0.15, 0.175, 0.14, 0.33, 0.16)

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; the target file is left as it was."""


@dataclass(frozen=True)
class MeasureLine:
    """One measure row: columns 3–6 (the measure with its number, executors, execution, programme)."""

    id: str
    no: str
    text: str
    executors: str
    execution: str
    programme_or_funding: str

    @property
    def numbered_text(self) -> str:
        return f"{self.no}. {self.text}"


@dataclass(frozen=True)
class TaskBlock:
    """Завдання: columns 1–2, merged down over its measures."""

    no: str
    text: str
    measures: tuple[MeasureLine, ...]


@dataclass(frozen=True)
class SectorBlock:
    name: str
    tasks: tuple[TaskBlock, ...]


@dataclass(frozen=True)
class PriorityBlock:
    name: str
    goal: str
    sectors: tuple[SectorBlock, ...]


@dataclass(frozen=True)
class Signature:
    """The signature block per ДСТУ 4163-2020: position (may span lines), space, `Власне ім'я ПРІЗВИЩЕ`."""

    position: str
    name: str


@dataclass(frozen=True)
class ReportDocument:
    """Everything a writer needs to print the official table."""

    title: str
    subtitle: str
    period_code: str
    priorities: tuple[PriorityBlock, ...]
    footnote: str = ""
    signature: Signature | None = None
    columns: tuple[str, ...] = field(default=COLUMN_TITLES)

    @property
    def measures(self) -> list[MeasureLine]:
        return [m for p in self.priorities for s in p.sectors for t in s.tasks for m in t.measures]

    @property
    def row_count(self) -> int:
        """Table rows below the two header rows: priority, sector and measure rows."""
        return sum(
            1 + sum(1 + len([m for t in s.tasks for m in t.measures]) for s in p.sectors) for p in self.priorities
        )


def signatory_name(name: str) -> str:
    """``Вікторія Сичова`` → ``Вікторія СИЧОВА`` (ДСТУ 4163-2020: given name, then the surname in capitals)."""
    words = name.split()
    if len(words) < 2:
        return " ".join(words)
    return " ".join([*words[:-1], words[-1].upper()])


def priority_heading(priority: PriorityBlock) -> str:
    return f"{priority.name} {priority.goal}".strip()
