"""`make bench`, start-up as the user waits for it (issue 12): whole processes, each next to its bare baseline.

Every figure is a fresh process timed from outside, from its start to its exit (the window: to its "ready"
line, the first usable screen; its exit is shown too), the median of ``RUNS`` runs, each run of ours paired
with one of its baseline in turn (A B A B …, the order swapped every other round), so the machine's drift
falls on both; the ratio is the median of the pairs' ratios. The baselines:

- a bare PySide6 window: QApplication, a QMainWindow shown, a "ready" line on the first turn of the event
  loop, then quit;
- ``python -c pass``;
- a bare reportlab process: Python, ``import reportlab``, the regular face of the same TTF font, one
  LongTable of the same cell texts (the four columns of every measure, read from a JSON file), written.

The processes run with bytecode caching on (PYTHONDONTWRITEBYTECODE unset), as an installed zhdesk runs:
otherwise zhdesk's own modules, unlike the libraries', are compiled anew at every start.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "data" / "zhytomyr-2023-9m-report.txt"
RUNS = 7

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

BARE_PDF = r"""
import json, sys
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate
cells_path, font, out = sys.argv[1:4]
with open(cells_path, encoding="utf-8") as handle:
    cells = json.load(handle)
pdfmetrics.registerFont(TTFont("Serif", font))
style = ParagraphStyle("c", fontName="Serif", fontSize=10, leading=12)
rows = [[Paragraph(escape(c).replace("\n", "<br/>"), style) for c in row] for row in cells]
table = LongTable(rows, colWidths=[140, 110, 270, 130], repeatRows=1, splitInRow=1)
SimpleDocTemplate(out, pagesize=landscape(A4)).build([table])
"""

CELLS = r"""
import json, sys
from zhdesk.periods import Period
from zhdesk.services.report_builder import build_report_model
from zhdesk.storage.database import open_store
store = open_store("sqlite:///" + sys.argv[1])
with store.reading() as session:
    document = build_report_model(session, Period.parse("2023-9M"))
store.close()
cells = [[m.numbered_text, m.executors, m.execution, m.programme_or_funding] for m in document.measures]
with open(sys.argv[2], "w", encoding="utf-8") as handle:
    json.dump(cells, handle, ensure_ascii=False)
"""


def timed(command: list[str], env: dict[str, str], until: str | None = None) -> tuple[float, float]:
    """Seconds from starting the process to its first output line that starts with ``until`` (its exit
    when None), and to its exit."""
    started = time.perf_counter()
    seen = None
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        for line in child.stdout:
            if until is not None and seen is None and line.startswith(until):
                seen = time.perf_counter() - started
        errors = child.stderr.read()
        code = child.wait(timeout=300)
    ended = time.perf_counter() - started
    if code or (until is not None and seen is None):
        raise SystemExit(f"{' '.join(command)} failed (exit {code}):\n{errors[-3000:]}")
    return (seen if seen is not None else ended), ended


class Pair:
    """One of our commands and its baseline, run in turn; the figures of every run kept."""

    def __init__(self, label: str, ours: Callable[[], tuple[float, float]], bare: Callable[[], tuple[float, float]]):
        self.label, self.ours, self.bare = label, ours, bare
        self.ours_runs: list[tuple[float, float]] = []
        self.bare_runs: list[tuple[float, float]] = []

    def run(self, swapped: bool) -> None:
        if swapped:
            self.bare_runs.append(self.bare())
            self.ours_runs.append(self.ours())
        else:
            self.ours_runs.append(self.ours())
            self.bare_runs.append(self.bare())

    def figures(self, which: int = 0) -> tuple[float, float, float]:
        """Median of ours, median of the baseline, median of the pairs' ratios (``which``: 0 ready, 1 exit)."""
        ours = [run[which] for run in self.ours_runs]
        bare = [run[which] for run in self.bare_runs]
        ratio = statistics.median(a / b for a, b in zip(ours, bare, strict=True))
        return statistics.median(ours), statistics.median(bare), ratio


def start_bench(work: Path, runs: int = RUNS) -> None:
    """The three targets of issue 12, whole processes; ``work``: an empty folder."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ZHDESK_DATA_DIR"] = str(work / "data")
    python, zhdesk = sys.executable, [sys.executable, "main.py"]
    store = work / "data" / "zhdesk.sqlite3"  # the default store: `zhdesk --version` reads its schema
    subprocess.run(
        [*zhdesk, "import-report", str(REAL), "--period", "2023-9M"], env=env, cwd=REPO, capture_output=True, check=True
    )
    subprocess.run(
        [*zhdesk, "--demo", "--exit-when-ready"], env=env, cwd=REPO, capture_output=True, check=True, timeout=300
    )  # builds the demo store once, and the bytecode
    cells = work / "cells.json"
    subprocess.run([python, "-c", CELLS, str(store), str(cells)], env=env, cwd=REPO, check=True)
    from zhdesk import paths

    font = str(paths.resource_file("fonts", "LiberationSerif-Regular.ttf"))
    out_pdf, bare_pdf = work / "report.pdf", work / "bare.pdf"
    bare_python = [python, "-c", "pass"]
    pairs = [
        Pair(
            "window, demo store: start to a usable window",
            lambda: timed([*zhdesk, "--demo", "--exit-when-ready"], env, until="ready"),
            lambda: timed([python, "-c", BARE_WINDOW], env, until="ready"),
        ),
        Pair("zhdesk --version", lambda: timed([*zhdesk, "--version"], env), lambda: timed(bare_python, env)),
        Pair("zhdesk --help", lambda: timed([*zhdesk, "--help"], env), lambda: timed(bare_python, env)),
        Pair(
            "export-report to PDF, real report",
            lambda: timed([*zhdesk, "export-report", "--period", "2023-9M", "-o", str(out_pdf)], env),
            lambda: timed([python, "-c", BARE_PDF, str(cells), font, str(bare_pdf)], env),
        ),
    ]
    for pair in pairs:
        pair.run(False)  # a warm-up of each, not counted
        pair.ours_runs.clear()
        pair.bare_runs.clear()
    for round_no in range(runs):
        for pair in pairs:
            pair.run(swapped=bool(round_no % 2))

    print()
    print(f"start-up as the user waits: whole processes (median of {runs}, interleaved with the baseline)")
    print(f"{'':<46}{'zhdesk':>9}{'bare':>9}{'ratio':>8}  target")
    targets = [("bare PySide6 window", 2.0), ("python -c pass", 3.0), ("python -c pass", 3.0), ("bare reportlab", 1.3)]
    for pair, (baseline, limit) in zip(pairs, targets, strict=True):
        ours, bare, ratio = pair.figures()
        verdict = "PASS" if ratio <= limit else "MISS"
        print(f"{pair.label:<46}{ours:>8.3f}s{bare:>8.3f}s{ratio:>7.2f}×  ≤{limit}× {baseline}: {verdict}")
    ours, bare, ratio = pairs[0].figures(1)
    print(f"{'  the same window, start to exit':<46}{ours:>8.3f}s{bare:>8.3f}s{ratio:>7.2f}×  (not a target)")
    print(
        "the window's exit waits for what it does after the first screen (the store opened, the docks built); "
        "bare reportlab: one LongTable of the same cells, regular face only; bytecode cached"
    )
    windows_bundle()


def windows_bundle(path: Path = Path("dist/windows/startup.json")) -> None:
    """The Windows bundle's start-up under Wine beside the Linux bundle's, as the last `make windows-check`
    measured them (packaging/windows/startup_timing.py: whole processes, interleaved, one wineserver)."""
    import json

    if not path.is_file():
        print(f"the Windows bundle under Wine: not measured here (no {path}; run make windows-check)")
        return
    measured = json.loads(path.read_text(encoding="utf-8"))
    print(
        f"the bundles' start-up, from the last make windows-check ({measured['measured_at']}, "
        f"median of {measured['runs']}, interleaved):"
    )
    medians = measured["median_seconds"]
    for name, seconds in medians.items():
        platform = name.split(":")[0]
        bare = next((v for k, v in medians.items() if k.startswith(platform) and "bare" in k), None)
        ratio = f"{seconds / bare:7.1f}× the bare {platform} process" if bare else ""
        print(f"  {name:<44}{seconds:>8.3f}s {ratio}")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="zhdesk-start-") as tmp:
        start_bench(Path(tmp), int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
