"""The window's forms are built from modules compiled from their .ui files (`make forms`): current, and the
same widgets, names, texts and layout as Qt Designer's own loader makes of the .ui."""

from __future__ import annotations

import subprocess
import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QFile, QMargins, QObject, QSize
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QSizePolicy
from pytestqt.qtbot import QtBot

from zhdesk import paths
from zhdesk.gui.text_editor import ExecutionEditor
from zhdesk.gui.widgets import load_form

REPO = Path(__file__).resolve().parents[2]


def test_every_compiled_form_is_as_new_as_its_ui() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "compile_forms.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def described(root: QObject) -> list[tuple[str, ...]]:
    """Every named object under the form: its class, name, parent's name, and every property of a plain
    value (texts, tooltips, sizes asked for, policies, margins and spacing of its layout)."""
    rows = []
    for found in [root, *root.findChildren(QObject)]:
        if not found.objectName() or found.objectName().startswith("qt_"):
            continue  # Qt's own parts (a status bar's layout, a view's viewport), made as Qt pleases
        meta = found.metaObject()
        values = []
        for index in range(meta.propertyCount()):
            name = meta.property(index).name()
            if name in ("isActiveWindow", "focus"):
                continue  # which of the two windows was shown last
            value = found.property(name)
            if isinstance(value, QSizePolicy):
                value = (value.horizontalPolicy(), value.verticalPolicy(), value.horizontalStretch())
            elif isinstance(value, QSize):
                value = (value.width(), value.height())
            elif isinstance(value, QMargins):
                value = (value.left(), value.top(), value.right(), value.bottom())
            elif not isinstance(value, (str, int, float, bool, Enum)):
                continue
            values.append(f"{name}={value}")
        parent = found.parent()
        rows.append((type(found).__name__, found.objectName(), parent.objectName() if parent else "", *values))
    return sorted(rows)


def test_the_compiled_form_builds_what_designers_loader_builds(qtbot: QtBot) -> None:
    loader = QUiLoader()
    loader.registerCustomWidget(ExecutionEditor)
    ui = QFile(str(paths.resource_file("forms", "main_window.ui")))
    ui.open(QFile.OpenModeFlag.ReadOnly)
    loaded = loader.load(ui)
    ui.close()
    compiled = load_form("main_window.ui")
    for form in (loaded, compiled):
        qtbot.addWidget(form)
        form.show()  # laid out: sizes and size hints as the window shows them
        qtbot.waitExposed(form)
    qtbot.wait(20)  # both laid out
    assert compiled.size() == loaded.size()
    differing = [
        (a[:2], sorted(set(a) - set(b)), sorted(set(b) - set(a)))
        for a, b in zip(described(compiled), described(loaded), strict=True)
        if a != b
    ]
    assert differing == []
    assert len(described(compiled)) > 20
