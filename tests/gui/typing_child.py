"""A real window in its own process that types with real key events (for the kill tests).

``python -m tests.gui.typing_child STORE SECONDS PAUSE_AFTER [BODY]``: opens the window on the SQLite
STORE as ``zhdesk`` does (the coordinator's window with its dashboard, or BODY's), goes to the unfilled
measure and types for SECONDS without a pause (one key every 15 ms); after PAUSE_AFTER seconds (0: never)
it stops typing and waits. Each keystroke is printed as ``MONOTONIC_TIME COUNT`` after its events were
handled, so the killing test knows what was typed when.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

TEXT = "Виконано ремонт покрівлі школи № 12; замінено вікна, утеплено фасад. "


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from zhdesk.gui import language
    from zhdesk.gui.app import attach_panels
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.runner import Runner
    from zhdesk.storage.database import open_store

    store, seconds, pause_after = Path(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
    body = sys.argv[4] if len(sys.argv) > 4 else None
    app = QApplication(sys.argv[:1])
    language.install(app)
    window = MainWindow(
        lambda: open_store(f"sqlite:///{store}"), Runner(), quick_path=store, body=body, store_key=str(store)
    )
    attach_panels(window, coordinator=body is None)
    state = {"count": 0, "started": 0.0}
    timer = QTimer(interval=15)

    def key() -> None:
        elapsed = time.monotonic() - state["started"]
        if elapsed > seconds or (pause_after and elapsed > pause_after):
            timer.stop()
            print("stopped", flush=True)
            return
        char = TEXT[int(state["count"]) % len(TEXT)]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(window.editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        state["count"] += 1
        print(f"{time.monotonic():.4f} {state['count']}", flush=True)

    def ready() -> None:
        window.ready.disconnect(ready)
        window._next_unfilled()
        window.editor.setFocus()
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        print(f"measure {window.current}", flush=True)
        state["started"] = time.monotonic()
        timer.timeout.connect(key)
        timer.start()

    window.ready.connect(ready)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
