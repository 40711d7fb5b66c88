"""A window whose store became a body's (a form package opened into it) saves what is typed as that
body's own part, not as the consolidated text: the body is asked at every save."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.gui.test_main_window import open_window, store_url  # noqa: F401 - the filled store fixture
from zhdesk.storage.database import open_store
from zhdesk.storage.models import Execution, ExecutionPart, ExecutiveBody, MeasureExecutor


def test_typed_text_goes_to_the_body_the_window_now_belongs_to(qtbot: QtBot, store_url: str) -> None:  # noqa: F811
    window = open_window(qtbot, store_url)
    measure_id = window.current
    assert measure_id is not None
    store = open_store(store_url)
    try:
        with store.reading() as session:
            code = session.scalar(
                select(ExecutiveBody.code)
                .join(MeasureExecutor, MeasureExecutor.body_id == ExecutiveBody.id)
                .where(MeasureExecutor.measure_id == measure_id)
            )
            before = session.scalar(select(Execution.text).where(Execution.measure_id == measure_id))
        window.body = code  # as the department panel does once a package is opened
        with qtbot.waitSignal(window.saved, timeout=10000):
            window.editor.setPlainText("Власна частина органу.")
            window.flush()
        with store.reading() as session:
            part = session.scalar(select(ExecutionPart.text).where(ExecutionPart.measure_id == measure_id))
            after = session.scalar(select(Execution.text).where(Execution.measure_id == measure_id))
        assert part == "Власна частина органу." and after == before
    finally:
        store.close()
    window.body = None
