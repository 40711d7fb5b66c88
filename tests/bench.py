"""`make bench`: import timings and peak memory for the real report and its 10× and 50× enlargements.

Each figure stands next to its baseline measured in the same run: the bare time of reading the file
(bytes → text → tab-split cells). Every scenario runs in a fresh process so peak memory is its own.
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
        if best is None or figures["parse"] + figures["write"] < best["parse"] + best["write"]:
            best = figures
    assert best is not None
    return best


def main() -> None:
    print(f"zhdesk bench — import of the official table (best of 3, fresh process each; {time.strftime('%Y-%m-%d')})")
    print(
        f"{'file':<10}{'measures':>9}{'size':>9}{'bare read':>11}{'parse':>9}{'store':>9}{'import':>9}"
        f"{'× bare':>9}{'re-import':>11}{'peak RSS':>10}  target"
    )
    with tempfile.TemporaryDirectory(prefix="zhdesk-bench-") as tmp:
        work = Path(tmp)
        for factor in (1, 10, 50):
            path = REAL if factor == 1 else work / f"report-x{factor}.txt"
            if factor > 1:
                enlarge(REAL, factor, path)
            f = run(path, work)
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


if __name__ == "__main__":
    main()
