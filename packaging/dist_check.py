"""`make dist-check`: the built one-folder bundle works on its own.

The bundle is copied to a temporary folder and run with an empty environment (no virtualenv, no
PYTHONPATH, nothing of the repository on the path): it must open the window offscreen with
``--exit-when-ready``, write the report from the demo data in all three formats, issue and open a form
package, talk to a PostgreSQL server through its own psycopg, and carry reportlab's C accelerator; none of
its libraries may resolve to anything outside the bundle but the operating system. Prints the bundle's size
and start time next to ``python main.py``. Exits non-zero on the first failure.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "dist" / "zhdesk"


def fail(message: str) -> None:
    sys.exit(f"dist-check FAILED: {message}")


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    if done.returncode != 0:
        fail(f"`zhdesk {' '.join(args)}` exited {done.returncode}: {done.stderr.strip()[-800:]}")
    return done.stdout


def ready_ms(command: list[str], env: dict[str, str], cwd: Path) -> float:
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=300, check=True)
    line = next(line for line in done.stdout.splitlines() if line.startswith("ready in"))
    return float(line.split()[2])


def foreign_libraries(root: Path) -> list[str]:
    """Libraries of the bundle that resolve into the repository or a virtualenv instead of the bundle/OS."""
    found = []
    for path in root.rglob("*.so*"):
        if not path.is_file():
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for line in done.stdout.splitlines():
            if "=>" in line and (str(REPO) in line or "/.venv/" in line or "site-packages" in line):
                found.append(f"{path.relative_to(root)}: {line.strip()}")
    return found


def main() -> None:
    if not (BUNDLE / "zhdesk").exists():
        fail(f"{BUNDLE} has no zhdesk executable; run `make dist` first")
    with tempfile.TemporaryDirectory(prefix="zhdesk-dist-") as tmp:
        work = Path(tmp)
        bundle = work / "zhdesk"
        shutil.copytree(BUNDLE, bundle, symlinks=True)
        exe = bundle / "zhdesk"
        data = work / "data"
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(work),
            "LANG": "C.UTF-8",
            "ZHDESK_DATA_DIR": str(data),
            "QT_QPA_PLATFORM": "offscreen",
        }
        print(run(exe, "--version", env=env, cwd=work).strip().splitlines()[0])
        first = run(exe, "--demo", "--exit-when-ready", env=env, cwd=work)
        if "ready in" not in first:
            fail(f"the window did not report ready: {first!r}")
        demo = data / "demo.sqlite3"
        for suffix in ("pdf", "xlsx", "docx"):
            target = work / f"report.{suffix}"
            run(exe, "--db", str(demo), "export-report", "--period", "2023-9M", "-o", str(target), env=env, cwd=work)
            head = target.read_bytes()[:4]
            if head != (b"%PDF" if suffix == "pdf" else b"PK\x03\x04"):
                fail(f"{target.name} is not a {suffix} file")
        pages = subprocess.run(["pdfinfo", str(work / "report.pdf")], capture_output=True, text=True, check=True)
        print("report.pdf:", next(line for line in pages.stdout.splitlines() if line.startswith("Pages")))
        forms = work / "forms"
        forms.mkdir()
        run(
            exe,
            "--db",
            str(demo),
            "issue-forms",
            "--period",
            "2023-Y",
            "--out",
            str(forms),
            "--body",
            "UKB",
            env=env,
            cwd=work,
        )
        with zipfile.ZipFile(forms / "UKB-2023-Y.zhform") as package:
            package.testzip()
        run(exe, "--db", str(work / "ukb.sqlite3"), "open-form", str(forms / "UKB-2023-Y.zhform"), env=env, cwd=work)

        sys.path.insert(0, str(REPO))
        from tests.pgserver import PostgresServer

        server = PostgresServer().start()
        try:
            url = server.new_database()
            run(
                exe,
                "--db-url",
                url,
                "import-report",
                str(REPO / "zhdesk/resources/demo/zhytomyr-2023-9m-report.txt"),
                "--period",
                "2023-9M",
                env=env,
                cwd=work,
            )
            periods = run(exe, "--db-url", url, "periods", env=env, cwd=work)
            if "2023-9M" not in periods:
                fail(f"the PostgreSQL store does not list the period: {periods!r}")
        finally:
            server.stop()
        print("PostgreSQL through the bundle's psycopg: ok")

        # the Ukrainian spell-check: chunspell (a hidden import) and the dictionary (zhdesk/resources/spelling);
        # the demo report's texts have misspelled words, each a `spelling` warning of `validate`
        checked = run(exe, "--db", str(demo), "validate", "--period", "2023-9M", "--json", env=env, cwd=work)
        spelling = checked.count('"code": "spelling"')
        if not spelling:
            fail(f"validate gave no spelling warning in the bundle (no binding or no dictionary?): {checked[:300]!r}")
        print(f"spell-check: {spelling} spelling warnings on the demo report")

        # reportlab imports its C accelerator through exec(), unseen by PyInstaller: a hidden import in the spec
        accelerator = sorted(p.name for p in (bundle / "_internal").glob("_rl_accel*.so"))
        if not accelerator:
            fail("the bundle has no _rl_accel (reportlab's C accelerator; PDFs 3-4x slower without it)")
        print("pdf accelerator:", ", ".join(accelerator))

        # the package data (zhdesk/resources) where importlib.resources looks for it in the bundle
        shipped, inside = REPO / "zhdesk" / "resources", bundle / "_internal" / "zhdesk" / "resources"
        missing = [
            str(path.relative_to(shipped))
            for path in shipped.rglob("*")
            if path.is_file() and not (inside / path.relative_to(shipped)).is_file()
        ]
        if missing:
            fail("the bundle lacks package data of zhdesk/resources: " + ", ".join(missing))

        foreign = foreign_libraries(bundle)
        if foreign:
            fail("libraries resolved outside the bundle:\n  " + "\n  ".join(foreign[:20]))
        size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
        bundled = statistics.median(ready_ms([str(exe), "--demo", "--exit-when-ready"], env, work) for _ in range(5))
        source_env = {**os.environ, "ZHDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
        source = statistics.median(
            ready_ms([sys.executable, str(REPO / "main.py"), "--demo", "--exit-when-ready"], source_env, REPO)
            for _ in range(5)
        )
        print(f"bundle: {size / 2**20:.0f} MB in {sum(1 for _ in bundle.rglob('*'))} files")
        print(f"start-up to a ready window (median of 5): bundle {bundled:.0f} ms, python main.py {source:.0f} ms")
        print("dist-check: ok")


if __name__ == "__main__":
    main()
