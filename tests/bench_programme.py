"""`make bench`, programme: amending the 50× store with a 50× programme of a few hundred changes.

Whole processes, as the user runs them (`zhdesk import-programme FILE --year 2023`), each on a fresh copy
of the 50× store, interleaved and reported as medians: the amendment, a plain re-import of the same
file (nothing to change: matching only), and the bare baseline (a Python process reading the file).
"""

from __future__ import annotations

import copy
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNS = 3


def write_files(report_50: Path, work: Path) -> tuple[Path, Path, dict[str, int]]:
    """The 50× programme as it stands, and amended: inserts at N.2, renamed sectors, re-worded and
    dropped measures, spread over the whole programme."""
    from tests.programme_files import write_programme
    from zhdesk.importing.readers import read_report
    from zhdesk.importing.structure import ParsedMeasure

    report = read_report(report_50)
    report.footnote, report.closing = "", ""
    for measure in report.measures:
        measure.execution = ""
    same = write_programme(report, work / "programme-x50.txt", year=2023)
    amended = copy.deepcopy(report)
    made = {"inserted": 0, "renumbered": 0, "renamed sectors": 0, "re-worded": 0, "dropped": 0}
    tasks = [task for sector in amended.sectors for task in sector.tasks]
    for index, task in enumerate(tasks):
        if index % 25 == 0 and len(task.measures) >= 2 and task.measures[0].no.count(".") == 1:
            prefix = task.measures[0].no.split(".")[0]
            for measure in task.measures[1:]:
                head, last = measure.no.rsplit(".", 1)
                measure.no = f"{head}.{int(last) + 1}"
                made["renumbered"] += 1
            new = ParsedMeasure(
                f"{prefix}.2", f"Новий захід № {index}: облаштування укриттів", task.measures[0].executors, "", "", ""
            )
            task.measures.insert(1, new)
            made["inserted"] += 1
    for index, sector in enumerate(amended.sectors):
        if index % 5 == 0:
            sector.name += " і сервіси"
            made["renamed sectors"] += 1
    for index, measure in enumerate(amended.measures):
        if index % 50 == 7:
            measure.text = measure.text.rstrip(".") + ", зокрема для внутрішньо переміщених осіб"
            made["re-worded"] += 1
    for index, task in enumerate(tasks):
        if len(task.measures) >= 4 and index % 12 == 5:
            task.measures.pop()
            made["dropped"] += 1
    changed = write_programme(amended, work / "programme-x50-amended.txt", year=2023)
    return same, changed, made


def _timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{command[3:]} failed: {done.stderr.strip()[-400:]}")
    return elapsed, done.stdout


def programme_bench(store_50: Path, report_50: Path, work: Path) -> None:
    print(
        "\nprogramme: amending the 50× store with a 50× programme (whole process, fresh store copy, "
        f"median of {RUNS} interleaved runs)"
    )
    same, amended, made = write_files(report_50, work)
    zhdesk = [sys.executable, "-m", "zhdesk"]
    times: dict[str, list[float]] = {"amend": [], "reimport": [], "bare": []}
    plan: dict[str, object] = {}
    for run in range(RUNS):
        for name, file in (("amend", amended), ("reimport", same)):
            db = work / f"programme-{name}-{run}.sqlite3"
            shutil.copy(store_50, db)
            elapsed, out = _timed(
                [*zhdesk, "--db", str(db), "import-programme", str(file), "--year", "2023", "--confirm", "--json"]
            )
            times[name].append(elapsed)
            if name == "amend":
                plan = json.loads(out)
        elapsed, _ = _timed([sys.executable, "-c", f"open({str(amended)!r}, 'rb').read().decode().split()"])
        times["bare"].append(elapsed)
    median = {name: statistics.median(values) for name, values in times.items()}
    counts = plan.get("counts", {})
    assert isinstance(counts, dict)
    changes = sum(n for kind, n in counts.items() if kind != "matched") + len(plan.get("not_in_file", []))  # type: ignore[arg-type]
    verdict = "met" if median["amend"] < 5.0 else "MISSED"
    print(
        f"  the file: {sum(1 for _ in amended.open(encoding='utf-8'))} lines; made: "
        + ", ".join(f"{n} {what}" for what, n in made.items())
    )
    print(f"  plan: {', '.join(f'{n} {k}' for k, n in counts.items())}, {len(plan.get('not_in_file', []))} retired")  # type: ignore[arg-type]
    print(f"  amend ({changes} changes, one transaction): {median['amend']:.2f} s; target <5 s {verdict}")
    print(f"  re-import of the unchanged programme (match only, nothing written): {median['reimport']:.2f} s")
    print(f"  bare: a Python process reading the file: {median['bare']:.2f} s")
