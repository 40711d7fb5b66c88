"""The neutral source table every reader produces: rows of cells of paragraphs of formatted runs."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    """A piece of text with the formatting that carries meaning in the official table."""

    text: str
    bold: bool = False
    underline: bool = False


@dataclass
class Cell:
    """One table cell: paragraphs of runs. Empty paragraphs are layout, not content."""

    paragraphs: list[list[Run]] = field(default_factory=list)

    @classmethod
    def plain(cls, text: str, *, bold: bool = False, underline: bool = False) -> Cell:
        lines = text.split("\n") if text else []
        return cls([[Run(line, bold, underline)] for line in lines])

    @property
    def runs(self) -> list[Run]:
        return [run for paragraph in self.paragraphs for run in paragraph]

    @property
    def text(self) -> str:
        lines = ("".join(run.text for run in paragraph).strip() for paragraph in self.paragraphs)
        return "\n".join(line for line in lines if line)

    @property
    def bold(self) -> bool:
        """True when every visible run is bold."""
        visible = [run for run in self.runs if run.text.strip()]
        return bool(visible) and all(run.bold for run in visible)

    @property
    def underline(self) -> bool:
        visible = [run for run in self.runs if run.text.strip()]
        return bool(visible) and all(run.underline for run in visible)

    def leading_bold(self) -> tuple[str, str] | None:
        """Split ``<b>Heading</b> rest`` into ("Heading", "rest") when a bold part starts the cell."""
        runs = [run for run in self.runs if run.text]
        head: list[str] = []
        index = 0
        while index < len(runs) and (runs[index].bold or not runs[index].text.strip()):
            head.append(runs[index].text)
            index += 1
        rest = "".join(run.text for run in runs[index:]).strip()
        bold_text = "".join(head).strip()
        if bold_text and rest:
            return bold_text, rest
        return None


@dataclass
class SourceRow:
    """A row as read from the file, with where it was (``line 12``, ``cell C12``, ``table 1, row 5``)."""

    location: str
    cells: list[Cell]
    cell_locations: list[str] = field(default_factory=list)
    outside_table: bool = False

    @property
    def texts(self) -> list[str]:
        return [cell.text for cell in self.cells]

    def where(self, column: int) -> str:
        if column < len(self.cell_locations):
            return self.cell_locations[column]
        return f"{self.location}, column {column + 1}"
