"""The window's store: opened lazily on the runner (the first screen may come from the quick reader),
the one runner every store access goes through, and one signal saying what changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from zhdesk.gui.loading import Loaded
    from zhdesk.gui.runner import Runner
    from zhdesk.storage.database import Store

Progress = Callable[[int, int], None]


class StoreSession(QObject):
    """``key``: the store's name for the recovery journal (its file, or its URL)."""

    changing = Signal(object)  # what an operation about to run will change
    changed = Signal(object, object)  # (what changed, the initiator or None)

    def __init__(
        self,
        open_store: Callable[[], Store],
        runner: Runner,
        quick_path: Path | None = None,
        key: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_store, self.runner, self.quick_path = open_store, runner, quick_path
        self.key = key or (str(quick_path) if quick_path else "")
        self.store: Store | None = None

    def open(self) -> Store:
        """The store, opened now if the quick reader showed the first screen. Only on the runner."""
        if self.store is None:
            self.store = self._open_store()
        return self.store

    def work(self, task: Callable[[Store, Progress], Any]) -> Callable[[Progress], Any]:
        """Work for the runner that needs the store (opened first if it is not yet)."""

        def run(progress: Progress) -> Any:
            return task(self.open(), progress)

        return run

    def read_period(self, period_code: str | None, body: str | None) -> Callable[[Progress], Loaded]:
        """Work for the runner: the period's rows (the latest period by default), from the quick reader
        while the store is not open yet, else from the store."""

        def run(_progress: Progress) -> Loaded:
            from zhdesk.gui.loading import load, quick_load

            loaded = quick_load(self.quick_path, period_code, body) if self.store is None else None
            return loaded if loaded is not None else load(self.open(), period_code, body)

        return run

    @property
    def location(self) -> str:
        return self.store.location if self.store is not None else str(self.quick_path)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
