"""What the coordinator's panes need from the window, and nothing more (no pane sets the window's fields)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from zhdesk.periods import Period
    from zhdesk.services.rows import MeasureRow


class ReportExport(Protocol):
    def export(self) -> None: ...


class CoordinatorWindow(Protocol):
    """The main window as the dashboard sees it."""

    @property
    def period(self) -> Period | None: ...

    @property
    def current(self) -> str | None:
        """The measure shown in the card."""

    @property
    def rows(self) -> Mapping[str, MeasureRow]: ...

    @property
    def printing(self) -> ReportExport | None:
        """File → Export, once the window has built it."""

    @property
    def ready(self) -> SignalInstance:
        """Emitted when a period has been read (at the start, on another period, after a reload)."""

    @property
    def files_dropped(self) -> SignalInstance: ...

    @property
    def note_link(self) -> SignalInstance:
        """(measure id, link) clicked in the card's note."""

    def show_only(self, label: str, measure_ids: set[str]) -> None: ...

    def select_measure(self, measure_id: str) -> None:
        """Show the measure in the card (the navigator follows)."""

    def set_notes(self, source: str, notes: dict[str, str]) -> None: ...

    def reload(self, period_code: str | None = None) -> None:
        """Read the period again, or ``period_code`` (a period just opened) instead."""
