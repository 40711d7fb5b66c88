"""`make bench`: import timings and peak memory for the real report and its 10× and 50× enlargements.

Each figure stands next to its baseline measured in the same run: the bare time of reading the file
(bytes → text → tab-split cells). Every scenario runs in a fresh process so peak memory is its own. The
last part (tests/bench_start.py; ``--start-only`` runs it alone) times whole processes as the user waits
for them: the window, --version, --help and export-report, each against its bare baseline.
Benchmarks, not tests: nothing here passes or fails on time.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "data" / "zhytomyr-2023-9m-report.txt"
TARGETS = {1: (0.5, None), 10: (None, None), 50: (10.0, 400)}


def enlarge(source: Path, factor: int, target: Path) -> None:
    """The report with every sector repeated ``factor`` times under renamed sectors (same priorities)."""
    from zhdesk.importing.readers import read_report

    parsed = read_report(source)
    lines = source.read_text(encoding="utf-8").splitlines()

    def line_no(location: str) -> int:
        return int(re.match(r"line (\d+)", location).group(1))  # type: ignore[union-attr]

    starts = [(line_no(s.location), s.name) for s in parsed.sectors]
    priority_lines = {line_no(p.location) for p in parsed.priorities}
    footnote_at = max(i for i, text in enumerate(lines, 1) if text.lstrip("\\").startswith("*"))
    out: list[str] = lines[: starts[0][0] - 1]
    for index, (start, name) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else footnote_at
        block = lines[start - 1 : end - 1]
        tail_at = next((i for i, n in enumerate(range(start, end)) if n in priority_lines), len(block))
        body, next_priority = block[:tail_at], block[tail_at:]
        for copy in range(1, factor + 1):
            if copy == 1:
                out.extend(body)
            else:
                out.append(body[0].replace(name, f"{name} ({copy})", 1))
                out.extend(body[1:])
        out.extend(next_priority)
    out.extend(lines[footnote_at - 1 :])
    target.write_text("\n".join(out) + "\n", encoding="utf-8")


CHILD = r"""
import json, resource, sys, time
path, db = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
data = open(path, "rb").read()
cells = [line.split("\t") for line in data.decode("utf-8").splitlines()]
bare = time.perf_counter() - t0
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import open_store
t1 = time.perf_counter()
report = read_report(path)
parse = time.perf_counter() - t1
store = open_store("sqlite:///" + db)
t2 = time.perf_counter()
result = import_report(store, report, Period.parse("2023-9M"))
write = time.perf_counter() - t2
t3 = time.perf_counter()
again = import_report(store, read_report(path), Period.parse("2023-9M"))
reimport = time.perf_counter() - t3
store.close()
print(json.dumps({"bare": bare, "parse": parse, "write": write, "reimport": reimport,
                  "measures": len(report.measures), "unchanged": not again.changed_anything,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(path: Path, work: Path) -> dict[str, float]:
    best: dict[str, float] | None = None
    for attempt in range(3):
        db = work / f"bench-{path.stem}-{attempt}.sqlite3"
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(db)], capture_output=True, text=True, check=True, cwd=REPO
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        figures["attempt"] = attempt
        if best is None or figures["parse"] + figures["write"] < best["parse"] + best["write"]:
            best = figures
    assert best is not None
    return best


EXPORT_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
store_path, kind, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
from zhdesk.periods import Period
from zhdesk.services.report_builder import build_report_model
from zhdesk.storage.database import open_store
store = open_store("sqlite:///" + store_path)
t0 = time.perf_counter()
with store.reading() as session:
    document = build_report_model(session, Period.parse("2023-9M"))
model = time.perf_counter() - t0
cells = [[m.numbered_text, m.executors, m.execution, m.programme_or_funding] for m in document.measures]
t1 = time.perf_counter()
if kind == "pdf-bare":
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape
    from zhdesk.reports.pdf_writer import FONT, register_fonts
    register_fonts()
    style = ParagraphStyle("c", fontName=FONT, fontSize=10, leading=12)
    rows = [[Paragraph(escape(c).replace(chr(10), "<br/>"), style) for c in row] for row in cells]
    table = LongTable(rows, colWidths=[140, 110, 270, 130], repeatRows=1, splitInRow=1)
    SimpleDocTemplate(str(out), pagesize=landscape(A4)).build([table])
elif kind == "xlsx-bare":
    from openpyxl import Workbook
    wb = Workbook(); ws = wb.active
    for row in cells:
        ws.append(row)
    wb.save(out)
else:
    from zhdesk.reports.export import export_report
    export_report(document, out)
write = time.perf_counter() - t1
print(json.dumps({"model": model, "write": write, "size": out.stat().st_size,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_export(store: Path, kind: str, work: Path, repeat: int) -> dict[str, float]:
    best: dict[str, float] | None = None
    suffix = kind.split("-")[0]
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", EXPORT_CHILD, str(store), kind, str(work / f"out.{suffix}")],
            capture_output=True,
            text=True,
            check=False,
            cwd=REPO,
        )
        if done.returncode:
            raise SystemExit(f"export bench {kind} failed:\n{done.stderr[-3000:]}")
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        if best is None or figures["write"] < best["write"]:
            best = figures
    assert best is not None
    return best


def export_bench(stores: dict[int, Path], work: Path) -> None:
    print()
    print("export of the consolidated report (best of 3; 50×: 1 run; fresh process each)")
    print(
        f"{'file':<8}{'format':<7}{'export':>9}{'bare':>9}{'ratio':>8}{'model':>8}{'size':>9}{'peak RSS':>10}  target"
    )
    targets = {(1, "pdf"): "<1 s, ≤1.3× bare", (1, "xlsx"): "<0.5 s", (50, "pdf"): "<40 s, <500 MB"}
    for factor, store in stores.items():
        repeat = 1 if factor == 50 else 3
        for kind in ("pdf", "xlsx", "docx"):
            figures = run_export(store, kind, work, repeat)
            bare = run_export(store, f"{kind}-bare", work, repeat) if kind != "docx" else None
            ratio = f"{figures['write'] / bare['write']:.2f}×" if bare else "—"
            bare_text = f"{bare['write']:.2f}s" if bare else "—"
            target = targets.get((factor, kind), "")
            verdict = ""
            if target:
                ok = {
                    (1, "pdf"): figures["write"] < 1 and bare is not None and figures["write"] <= 1.3 * bare["write"],
                    (1, "xlsx"): figures["write"] < 0.5,
                    (50, "pdf"): figures["write"] < 40 and figures["peak_mb"] < 500,
                }[(factor, kind)]
                verdict = f"{target} {'met' if ok else 'MISSED'}"
            name = "real" if factor == 1 else f"{factor}×"
            print(
                f"{name:<8}{kind:<7}{figures['write']:>8.2f}s{bare_text:>9}{ratio:>8}{figures['model']:>7.2f}s"
                f"{figures['size'] / 2**20:>7.1f}MB{figures['peak_mb']:>8.0f}MB  {verdict}"
            )
    print("bare = reportlab LongTable / openpyxl rows of the same cell texts, no layout logic")


HOSTILE_CHILD = r"""
import dataclasses, json, resource, sys, time
from pathlib import Path
store_path, kind, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
from zhdesk.periods import Period
from zhdesk.reports.export import export_report
from zhdesk.services.report_builder import build_report_model
from zhdesk.storage.database import open_store
store = open_store("sqlite:///" + store_path)
with store.reading() as session:
    document = build_report_model(session, Period.parse("2023-9M"))
words = "виконано заходів щодо ремонту доріг міської ради у 2023 році, протяжністю 12,5 км (ділянка №".split()
if kind == "chars":  # one paragraph of 100,000 characters, as much as a submission may carry
    text = " ".join(f"{words[n % len(words)]}{n}" for n in range(12000))[:100_000]
elif kind == "lines":  # 10,000 short lines
    text = "\n".join(f"{n}. так" for n in range(10_000))
else:
    text = None
if text is not None:  # ten measures spread over the report get the text as their execution
    measures = document.measures
    chosen = {measures[i * len(measures) // 10].id for i in range(10)}
    def task_with(t):
        return dataclasses.replace(t, measures=tuple(
            dataclasses.replace(m, execution=text) if m.id in chosen else m for m in t.measures))
    document = dataclasses.replace(document, priorities=tuple(
        dataclasses.replace(p, sectors=tuple(
            dataclasses.replace(s, tasks=tuple(task_with(t) for t in s.tasks)) for s in p.sectors))
        for p in document.priorities))
t0 = time.perf_counter()
export_report(document, out)
write = time.perf_counter() - t0
from pypdf import PdfReader
print(json.dumps({"write": write, "pages": len(PdfReader(str(out)).pages), "size": out.stat().st_size,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def hostile_bench(store: Path, work: Path) -> None:
    """Issue 11: the 50× report's PDF with ten hostile execution texts against the same report without
    them, each export timed inside a fresh process (model built before the clock starts)."""
    print()
    print("PDF of the 50× report with ten hostile execution texts (1 run each, fresh process; export only)")
    print(f"{'texts':<34}{'export':>9}{'× plain':>9}{'pages':>7}{'size':>9}{'peak RSS':>10}  target")
    plain: dict[str, float] | None = None
    for kind, label in (
        ("none", "none (plain 50×)"),
        ("chars", "ten of 100,000 characters"),
        ("lines", "ten of 10,000 lines"),
    ):
        done = subprocess.run(
            [sys.executable, "-c", HOSTILE_CHILD, str(store), kind, str(work / "hostile.pdf")],
            capture_output=True,
            text=True,
            check=False,
            cwd=REPO,
        )
        if done.returncode:
            raise SystemExit(f"hostile bench {kind} failed:\n{done.stderr[-3000:]}")
        f = json.loads(done.stdout.strip().splitlines()[-1])
        plain = plain or f
        ratio = f["write"] / plain["write"]
        target = "" if kind == "none" else f"<2× plain {'met' if ratio < 2 else 'MISSED'}"
        print(
            f"{label:<34}{f['write']:>8.2f}s{ratio:>8.2f}×{f['pages']:>7.0f}{f['size'] / 2**20:>7.1f}MB"
            f"{f['peak_mb']:>8.0f}MB  {target}"
        )
    print("before the fix (issue 11): one such text alone, real report: 55 s (100,000 characters), 50 s (10,000 lines)")


def main() -> None:
    if "--start-only" in sys.argv:  # issue 12's whole-process figures alone (about 20 s)
        from tests.bench_start import start_bench

        with tempfile.TemporaryDirectory(prefix="zhdesk-bench-") as tmp:
            start_bench(Path(tmp))
        return
    print(f"zhdesk bench — import of the official table (best of 3, fresh process each; {time.strftime('%Y-%m-%d')})")
    print(
        f"{'file':<10}{'measures':>9}{'size':>9}{'bare read':>11}{'parse':>9}{'store':>9}{'import':>9}"
        f"{'× bare':>9}{'re-import':>11}{'peak RSS':>10}  target"
    )
    stores: dict[int, Path] = {}
    with tempfile.TemporaryDirectory(prefix="zhdesk-bench-") as tmp:
        work = Path(tmp)
        for factor in (1, 10, 50):
            path = REAL if factor == 1 else work / f"report-x{factor}.txt"
            if factor > 1:
                enlarge(REAL, factor, path)
            f = run(path, work)
            stores[factor] = work / f"bench-{path.stem}-{f['attempt']:.0f}.sqlite3"
            total = f["parse"] + f["write"]
            seconds, megabytes = TARGETS[factor]
            target = " ".join(
                filter(None, [f"<{seconds} s" if seconds else "", f"<{megabytes} MB" if megabytes else ""])
            )
            verdict = ""
            if seconds or megabytes:
                ok = (not seconds or total < seconds) and (not megabytes or f["peak_mb"] < megabytes)
                verdict = f"{target} {'met' if ok else 'MISSED'}"
            name = "real" if factor == 1 else f"{factor}×"
            print(
                f"{name:<10}{f['measures']:>9.0f}{path.stat().st_size / 2**20:>7.1f}MB{f['bare'] * 1000:>9.1f}ms"
                f"{f['parse']:>8.3f}s{f['write']:>8.3f}s{total:>8.3f}s{total / f['bare']:>8.0f}×"
                f"{f['reimport']:>10.3f}s{f['peak_mb']:>8.0f}MB  {verdict}"
            )
            if not f["unchanged"]:
                print("  !! the second import changed the store")
        print("import = parse + store write (one transaction); re-import = the same file again (changes nothing)")
        if "--no-programme" not in sys.argv:
            from tests.bench_programme import programme_bench

            programme_bench(stores[50], work / "report-x50.txt", work)
        if "--no-export" not in sys.argv:
            export_bench(stores, work)
        if "--no-hostile" not in sys.argv:
            hostile_bench(stores[50], work)
        if "--no-exchange" not in sys.argv:
            from tests.bench_exchange import exchange_bench

            exchange_bench(stores[50], work)
        if "--no-gui" not in sys.argv:
            from tests.bench_gui import gui_bench

            (work / "demo-data").mkdir()
            gui_bench(work / "demo-data", stores.get(50))
        if "--no-spelling" not in sys.argv:
            from tests.bench_spelling import spelling_bench

            spelling_bench(stores[1], work)
        if "--no-start" not in sys.argv:
            from tests.bench_start import start_bench

            (work / "start").mkdir()
            start_bench(work / "start")


if __name__ == "__main__":
    main()
