"""The user guide's screenshots, taken from the real window (offscreen), so that they stay current.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/guide_screenshots.py      (or: make guide-screenshots)

Builds a coordinator's store from the real report (data/zhytomyr-2023-9m-report.txt, or the demo copy in the
package), opens the year's period, issues forms to three bodies; one body (DO) fills and submits, is returned
with comments, opens the returned form and leaves a few measures for the marks ○ ✗ ⚠; another (DSP) submits.
Then it grabs the officer's window and the coordinator's window at 1024x700 in each language and writes
``zhdesk/resources/guide/<language>/img/*.png`` (256-colour PNGs, a few tens of KB each).

``--language uk`` (or en) takes one language's shots in this process; without it, each language runs in a
process of its own (Qt's translators are installed once per process)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "zhdesk" / "resources" / "guide"
REPORT = Path(os.environ.get("ZHDESK_REAL_REPORT", "/work/shared/data/zhytomyr-2023-9m-report.txt"))
SIZE = (1024, 700)  # the window's shots, scaled down to WIDTH
WIDTH = 640  # the widest image: the guide's window is at least this wide (guide.GuideWindow._place)
PANEL = (640, 400)  # the panels (Виконавчі органи, Звіт) in windows of their own, shown at their own size
BODY, OTHER = "DO", "DSP"
YEAR = "2023-Y"


def z(*args: str | Path) -> str:
    """A zhdesk command, in this process; its output (the command must succeed)."""
    from zhdesk.cli.main import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main([str(a) for a in args])
    if code != 0:
        raise SystemExit(f"zhdesk {' '.join(map(str, args))} failed ({code}): {out.getvalue()}")
    return out.getvalue()


def report_file() -> Path:
    if REPORT.is_file():
        return REPORT
    from zhdesk import paths

    return paths.demo_report_path()


def fill(store: Path, body: str) -> list[dict[str, object]]:
    """Every measure of the body's form gets a text that updates last period's."""
    measures = json.loads(z("--db", store, "measures", "--period", YEAR, "--body", body, "--json"))
    for m in measures:
        previous = (m.get("previous") or {}).get("text", "") or str(m["text"])
        text = (
            f"{str(previous).rstrip(' .')}. У IV кварталі роботу продовжено, станом на 31.12.2023 заплановане "
            "на рік виконано."
        )
        z("--db", store, "set-execution", "--measure", m["id"], "--text", text)
    return list(measures)


def build_stores(work: Path) -> dict[str, object]:
    """The coordinator's store, the officer's store, the measure with the coordinator's comment, the measure in
    conflict."""
    coordinator, officer, other = work / "coordinator.sqlite3", work / f"{BODY}.sqlite3", work / f"{OTHER}.sqlite3"
    forms, returned = work / "forms", work / "returned"
    forms.mkdir()
    returned.mkdir()
    z("--db", coordinator, "import-report", report_file(), "--period", "2023-9M")
    deadline = dt.date.today() + dt.timedelta(days=12)  # days left, not "late by 1,000 days"
    z("--db", coordinator, "open-period", YEAR, "--deadline", deadline.isoformat())
    z("--db", coordinator, "issue-forms", "--period", YEAR, "--out", forms)  # to every reporting body
    for store, body in ((officer, BODY), (other, OTHER)):
        z("--db", store, "open-form", forms / f"{body}-{YEAR}.zhform")
    measures = fill(officer, BODY)
    conflict = str(fill(other, OTHER)[0]["id"])
    # the coordinator wrote this measure's text before the body's came: a conflict in Звіт
    z(
        "--db",
        coordinator,
        "set-execution",
        "--measure",
        conflict,
        "--text",
        "Текст, уточнений координатором до подання.",
    )
    for store, body in ((officer, BODY), (other, OTHER)):
        z("--db", store, "submit", "-o", work / f"{body}.zhsub")
        z("--db", coordinator, "receive", work / f"{body}.zhsub")
    commented = str(measures[1]["id"])
    z(
        "--db", coordinator, "return", BODY, "--period", YEAR, "--out", returned,
        "--comment", "Уточніть, будь ласка, кількість закладів і суму видатків.",
        "--on-measure", commented, "Додайте, скільки укриттів облаштовано і за які кошти.",
    )  # fmt: skip
    z("--db", officer, "open-form", returned / f"{BODY}-{YEAR}.zhform")
    # the marks: an empty measure (○), an error (✗: a text of one dash) and a warning (⚠: a date after the period)
    z("--db", officer, "set-execution", "--measure", measures[3]["id"], "--text", "")
    z("--db", officer, "set-execution", "--measure", measures[4]["id"], "--text", "-")
    z(
        "--db", officer, "set-execution", "--measure", measures[5]["id"],
        "--text", "Роботи тривають, їх завершення заплановано на 15.02.2024.",
    )  # fmt: skip
    return {"coordinator": coordinator, "officer": officer, "commented": commented, "conflict": conflict}


def save(widget: object, path: Path, *, rows_only: bool = False) -> int:
    """The widget as a 256-colour PNG (text stays sharp, the file small), at most ``WIDTH`` pixels wide (a wider
    one is scaled down smoothly here: the guide shows its images at their own size); its size in bytes.
    ``rows_only``: a tree view without the empty space under its last row."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QTreeView, QWidget

    assert isinstance(widget, QWidget)
    area = widget.rect()
    if rows_only and isinstance(widget, QTreeView):
        index, bottom = widget.indexAt(widget.viewport().rect().topLeft()), 0
        while index.isValid():
            bottom = max(bottom, widget.visualRect(index).bottom())
            index = widget.indexBelow(index)
        area = QRect(0, 0, widget.width(), min(widget.height(), widget.viewport().y() + bottom + 8))
    image = widget.grab(area).toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG", 0):  # quality 0: the strongest compression
        raise SystemExit(f"could not write {path}")
    return path.stat().st_size


def shoot(language: str, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="zhdesk-guide-") as folder:
        work = Path(folder)
        os.environ["ZHDESK_DATA_DIR"] = str(work / "data")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        app.setOrganizationName("zhdesk-guide-screenshots")
        app.setApplicationName("zhdesk-guide-screenshots")
        from PySide6.QtCore import QSettings

        QSettings().clear()  # a new install: default window layout
        from zhdesk.gui import language as languages

        languages.install(app, language)
        stores = build_stores(work)
        written = {}
        window = open_window(stores["officer"], BODY)
        window.select_measure(stores["commented"])
        settle(window)
        written["officer-window.png"] = save(window, out / "officer-window.png")
        written["navigator.png"] = save(window.navigator, out / "navigator.png", rows_only=True)
        close(window)

        window = open_window(stores["coordinator"], None)
        window.select_measure(stores["commented"])
        from zhdesk.gui.coordinator.dashboard import Dashboard
        from zhdesk.gui.coordinator.review_view import ReviewDock

        dashboard = window.findChild(Dashboard)
        review = window.findChild(ReviewDock)
        assert dashboard is not None and review is not None
        wait(lambda: dashboard.overview is not None)
        dashboard.raise_()
        settle(window)
        written["coordinator-window.png"] = save(window, out / "coordinator-window.png")
        dashboard.setFloating(True)  # the panel in a window of its own, at a size the guide shows as it is
        dashboard.resize(*PANEL)
        settle(window)
        written["coordinator-dashboard.png"] = save(dashboard, out / "coordinator-dashboard.png")
        dashboard.setFloating(False)
        review.raise_()
        settle(window, 800)
        review.setFloating(True)  # In a window of its own: the main window's docks leave it little height
        review.resize(PANEL[0], PANEL[1] + 60)
        settle(window, 800)
        review.select(str(stores["conflict"]))
        settle(window, 500)
        written["coordinator-report.png"] = save(review, out / "coordinator-report.png")
        close(window)
        for name, size in written.items():
            print(f"{out / name}  {size // 1024} KB")


def open_window(store: Path, body: str | None) -> object:
    from zhdesk.gui.app import attach_panels
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.runner import Runner
    from zhdesk.storage.database import open_store

    window = MainWindow(lambda: open_store(f"sqlite:///{store}"), Runner(), quick_path=store, body=body)
    attach_panels(window, coordinator=body is None)
    shown: list[bool] = []
    window.ready.connect(lambda: shown.append(True))
    window.resize(*SIZE)
    window.show()
    wait(lambda: bool(shown))
    from PySide6.QtWidgets import QDockWidget

    wait(lambda: window.findChild(QDockWidget, "historyDock") is not None)  # the panels follow the first screen
    window.resize(*SIZE)
    settle(window)
    return window


def wait(condition: object, timeout_ms: int = 30000) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    assert callable(condition)
    ends = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > ends:
            raise SystemExit("the window did not get ready in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(window: object, ms: int = 800) -> None:
    """Let the runner's answers and the timers (the problems panel, the spelling) come in."""
    import time

    from PySide6.QtWidgets import QApplication

    ends = time.monotonic() + ms / 1000
    while time.monotonic() < ends:
        QApplication.processEvents()
        time.sleep(0.01)


def close(window: object) -> None:
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    window.close()
    settle(window, 300)
    runner = getattr(window, "runner", None)
    if runner is not None:
        runner.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("uk", "en"), help="one language, in this process")
    parser.add_argument("--out", type=Path, help="the folder for the images (default: the guide's img/)")
    args = parser.parse_args(argv)
    if args.language:
        shoot(args.language, args.out or GUIDE / args.language / "img")
        return 0
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for language in ("uk", "en"):
        command = [sys.executable, __file__, "--language", language]
        if args.out:
            command += ["--out", str(args.out / language)]
        subprocess.run(command, check=True, env=environment, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
