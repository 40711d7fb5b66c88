"""`make forms`: the window's Qt Designer forms (zhdesk/resources/forms/*.ui) compiled to Python modules
(zhdesk/gui/forms/*.py) by pyside6-uic, so that the window builds its widgets without QUiLoader.

QUiLoader reads the XML at every start and makes PySide create a Python type for every widget class it
knows (the calendar, the wizard, the MDI area… about fifty, each with its enums): about a tenth of the
window's start. The compiled module creates only the form's widgets. It imports only the names it uses
(pyside6-uic imports some twenty it never uses, and each name imported is a type made at start).

It does without Qt's namespace (zhdesk/gui/qt_namespace.py says why): an enum property is set by its
keys' names (``set_enum(label, "textFormat", "RichText")`` for ``label.setTextFormat(Qt.RichText)``), a
splitter is made with its parent as a keyword (``QSplitter(parent)`` matches the overload that takes an
orientation first, and the match makes the namespace), a dock is placed by ``add_dock_widget``.

The .ui stays the source: edit it in Qt Designer, run ``make forms``; tests/gui/test_forms.py fails while
a compiled module is older than its form. ``python packaging/compile_forms.py --check`` says which.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMS = REPO / "zhdesk" / "resources" / "forms"
OUT = REPO / "zhdesk" / "gui" / "forms"
HEADER = '"""Compiled from zhdesk/resources/forms/{name} by `make forms` (packaging/compile_forms.py)."""\n'
ENUM_SETTER = re.compile(r"\b([\w.]+)\.set(\w)(\w*)\(((?:Qt\.\w+(?:\.\w+)?\|?)+)\)")
ENUM_FIRST = re.compile(r"= (QSplitter)\(([\w.]+)\)")  # widgets with a constructor that takes a Qt enum first
ADD_DOCK = re.compile(r"(\w+)\.addDockWidget\(Qt\.DockWidgetArea\.(\w+), ([\w.]+)\)")
IMPORT = re.compile(r"^from (PySide6\.\w+) import \(?([^)]*?)\)?\n(?=\S|\n)", re.M | re.S)


def uic() -> str:
    found = Path(sys.executable).with_name("pyside6-uic")
    return str(found) if found.exists() else "pyside6-uic"


def without_namespace(code: str) -> str:
    """pyside6-uic's code with no use of Qt's namespace; what is left of it fails the compilation."""

    def by_name(match: re.Match[str]) -> str:
        keys = "|".join(key.rsplit(".", 1)[-1] for key in match.group(4).split("|"))
        return f'set_enum({match.group(1)}, "{match.group(2).lower()}{match.group(3)}", "{keys}")'

    code = ENUM_SETTER.sub(by_name, code)
    code = ENUM_FIRST.sub(r"= \1(parent=\2)", code)
    code = ADD_DOCK.sub(r'add_dock_widget(\1, "\2", \3)', code)
    left = re.findall(r".*\bQt\.\w.*", code)
    if left:
        raise SystemExit("compile_forms: Qt's namespace still used in:\n" + "\n".join(left))
    if "set_enum(" in code or "add_dock_widget(" in code:
        names = "from zhdesk.gui.qt_namespace import add_dock_widget, set_enum\n"
        code = code.replace("\nclass ", f"\n{names}\n\nclass ", 1)
    return code


def compiled(form: Path) -> str:
    """The module for one form: pyside6-uic's code, its banner replaced, unused imports left out, Qt's
    namespace not used."""
    code = subprocess.run([uic(), str(form)], capture_output=True, text=True, check=True).stdout
    code = code[re.search(r"^from ", code, re.M).start() :]  # type: ignore[union-attr]  # the banner names the generator's version and says "do not edit"
    code = without_namespace(code)
    body = IMPORT.sub("", code)
    used = set(re.findall(r"\b\w+\b", body))

    def only_used(match: re.Match[str]) -> str:
        names = [name.strip() for name in match.group(2).replace("\n", " ").split(",") if name.strip()]
        kept = [name for name in names if name in used]
        return f"from {match.group(1)} import {', '.join(kept)}\n" if kept else ""

    code = IMPORT.sub(only_used, code)
    return HEADER.format(name=form.name) + "\n" + code.rstrip() + "\n"


def modules() -> dict[Path, str]:
    return {OUT / f"{form.stem}.py": compiled(form) for form in sorted(FORMS.glob("*.ui"))}


def main(argv: list[str]) -> int:
    stale = [path for path, code in modules().items() if not path.is_file() or path.read_text("utf-8") != code]
    if "--check" in argv:
        for path in stale:
            print(f"{path.relative_to(REPO)} is older than its form: run make forms", file=sys.stderr)
        return 1 if stale else 0
    for path, code in modules().items():
        path.write_text(code, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
