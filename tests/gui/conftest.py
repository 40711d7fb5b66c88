from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from zhdesk.gui import language


@pytest.fixture(autouse=True, scope="session")
def _ukrainian(qapp: QApplication) -> None:
    """The window's tests run in the default language, Ukrainian."""
    qapp.setOrganizationName("zhdesk-tests")
    qapp.setApplicationName("zhdesk-tests")
    assert language.install(qapp, "uk"), "the Ukrainian translation did not load"


@pytest.fixture(autouse=True)
def _fresh_settings(qapp: QApplication) -> None:
    """Each test starts as a new install: Qt keeps its settings file for the whole process (the window's
    size and splitter, the last store, the recent stores, the officer's panels), so one test's closing
    window would otherwise set up the next one's."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
