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
