"""The start-up of the Windows bundle under Wine beside the Linux bundle's, as whole processes.

``startup_timing.py OUT.json --exe ZHDESK.EXE [--linux dist/zhdesk/zhdesk] [--runs N]``, run by
``make windows-check`` with WINEPREFIX set: each case is started N times, interleaved (a, b, c, a, b, c, …)
after one warm-up round, and the median wall time of each is written to OUT.json next to the bare
baseline of the same platform measured in the same rounds (``wine cmd /c exit`` under Wine, ``/bin/true``
on Linux). ``make bench`` prints the file of the last check. Exits 1 when a case fails.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _cases(exe: str, linux: str | None, data: Path) -> dict[str, tuple[list[str], dict[str, str]]]:
    linux_env = {"QT_QPA_PLATFORM": "offscreen", "ZHDESK_DATA_DIR": str(data)}
    windows_exe = "Z:" + str(Path(exe).resolve()).replace("/", "\\")
    # the window through cmd, as check.sh starts it (given in the Unix environment, QT_QPA_PLATFORM reaches
    # the program but the process is not seen to end under Wine); the bare case is the same cmd
    window = f"set QT_QPA_PLATFORM=offscreen&& {windows_exe} --demo --exit-when-ready"
    cases = {
        "wine: bare process (cmd /c exit)": (["wine", "cmd", "/c", "exit"], {}),
        "wine: zhdesk.exe --version": (["wine", exe, "--version"], {}),
        "wine: zhdesk.exe --demo --exit-when-ready": (["wine", "cmd", "/c", window], {}),
    }
    if linux:
        cases["linux: bare process (/bin/true)"] = (["/bin/true"], {})
        cases["linux: zhdesk --version"] = ([linux, "--version"], linux_env)
        cases["linux: zhdesk --demo --exit-when-ready"] = ([linux, "--demo", "--exit-when-ready"], linux_env)
    return cases


def _run(command: list[str], env: dict[str, str]) -> float:
    """Seconds until the process ends. Its output goes into pipes (a Windows CPython under Wine needs pipes
    for its standard streams), which are not read to their end: Wine's own background processes, kept by
    the one wineserver, hold them open after the program is gone."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **env}
    )
    try:
        code = process.wait(timeout=300)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    took = time.perf_counter() - started
    assert process.stdout is not None and process.stderr is not None
    said = b""
    for stream in (process.stdout, process.stderr):
        os.set_blocking(stream.fileno(), False)
        said += stream.read() or b""
        stream.close()
    if code != 0:
        raise RuntimeError(f"{' '.join(command)} exited {code}: {said.decode(errors='replace')[-400:]}")
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--exe", required=True)
    parser.add_argument("--linux", help="the Linux bundle's program (dist/zhdesk/zhdesk), if built")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    linux = args.linux if args.linux and Path(args.linux).is_file() else None
    # one wineserver for every run, as a Windows PC has its system running: a start then times the program,
    # not Wine booting its server (it is ended afterwards: check.sh waits for it with wineserver -w)
    subprocess.run(["wineserver", "-p"], check=False)
    try:
        return _timed(args, linux)
    finally:
        subprocess.run(["wineserver", "-k"], check=False)


def _timed(args: argparse.Namespace, linux: str | None) -> int:
    with tempfile.TemporaryDirectory() as data:
        cases = _cases(args.exe, linux, Path(data))
        times: dict[str, list[float]] = {name: [] for name in cases}
        try:
            for command, env in cases.values():  # warm-up: the demo store made, files in the cache
                _run(command, env)
            for _ in range(args.runs):
                for name, (command, env) in cases.items():
                    times[name].append(_run(command, env))
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"startup timing failed: {exc}", file=sys.stderr)
            return 1
    medians = {name: statistics.median(values) for name, values in times.items()}
    result = {
        "runs": args.runs,
        "measured_at": time.strftime("%Y-%m-%d %H:%M:%S"),
        "median_seconds": {name: round(value, 3) for name, value in medians.items()},
    }
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    for name, value in medians.items():
        base = "wine: bare process (cmd /c exit)" if name.startswith("wine") else "linux: bare process (/bin/true)"
        print(f"{name:<45} {value:6.3f} s  ({value / medians[base]:.1f}x the bare {name.split(':')[0]} process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
