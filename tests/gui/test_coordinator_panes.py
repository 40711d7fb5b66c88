"""The dashboard's table model and completeness chart, with bodies in them."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.qtbot import QtBot

from zhdesk.exchange.review import BodyStatus
from zhdesk.gui.coordinator.chart import CompletenessView, shown_bodies
from zhdesk.gui.coordinator.status_model import CODE_ROLE, SORT_ROLE, StatusModel


def body(code: str, status: str, filled: int, total: int, **more: object) -> BodyStatus:
    values: dict = {
        "name": f"Орган {code}",
        "last_submission": None,
        "sequence": 0,
        "author": "",
        "errors": 0,
        "warnings": 0,
        "comment": "",
    }
    values.update(more)
    return BodyStatus(code=code, status=status, filled=filled, total=total, **values)


ROWS = [
    body("UOS", "accepted", 12, 12, last_submission="2024-01-10T09:00:00+00:00", sequence=2),
    body("DER", "submitted", 3, 8, last_submission="2024-01-12T14:30:00+00:00", sequence=1, errors=2, warnings=1),
    body("FIN", "returned", 5, 5, comment="Додайте суми", last_submission="2024-01-11T08:00:00+00:00", sequence=1),
    body("KUL", "issued", 0, 4),
    body("ZEM", "not issued", 0, 0),
]


def test_the_status_model_with_rows(qtmodeltester: object) -> None:
    model = StatusModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    sorted_ = QSortFilterProxyModel()
    sorted_.setSourceModel(model)
    sorted_.setSortRole(SORT_ROLE)
    qtmodeltester.check(sorted_)  # type: ignore[attr-defined]

    assert model.rowCount() == 5 and model.columnCount() == 7
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Стан"
    der = model.index(1, 0)
    assert [model.index(1, c).data() for c in (0, 1, 3, 4, 5)] == ["DER", "подано", "3/8", 2, 1]
    assert "№1" in model.index(1, 2).data()
    assert model.index(0, 4).data() == "" and model.index(4, 3).data() == "0/0"
    assert der.data(CODE_ROLE) == "DER" and model.index(1, 6).data(CODE_ROLE) == "DER"
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) is not None  # errors in red
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # returned
    assert model.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # issued: no colour
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) == "Орган FIN\nДодайте суми"

    sorted_.sort(1)  # by status: what needs the coordinator first
    assert [sorted_.index(r, 0).data() for r in range(5)] == ["FIN", "DER", "UOS", "KUL", "ZEM"]
    sorted_.sort(3, Qt.SortOrder.DescendingOrder)  # by share filled
    assert [sorted_.index(r, 0).data() for r in range(5)][:2] in (["UOS", "FIN"], ["FIN", "UOS"])

    model.set_rows(ROWS[:2])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2


def test_the_chart_shows_the_bodies_issued_fullest_on_top(qtbot: QtBot) -> None:
    view = CompletenessView()
    qtbot.addWidget(view)
    view.draw(ROWS)
    bars = view.chart.series()[0].barSets()
    shown = shown_bodies(ROWS)
    assert [s.code for s in shown] == ["UOS", "FIN", "DER", "KUL"]  # not issued left out; fullest first
    assert [bars[0].at(i) for i in range(bars[0].count())] == [0, 3, 5, 12]  # drawn bottom up
    assert [bars[1].at(i) for i in range(bars[1].count())] == [4, 5, 0, 0]
    assert view.chart.title() == "Заповнені заходи за органами"
    assert view.view.minimumHeight() == 140 + 26 * 4
    view.draw([ROWS[4]])  # before any form is issued, every body is shown
    assert view.chart.series()[0].barSets()[0].count() == 1
