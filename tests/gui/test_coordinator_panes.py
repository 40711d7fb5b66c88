"""The dashboard's table model and completeness chart, with bodies in them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.qtbot import QtBot

from zhdesk.exchange.review import BodyStatus
from zhdesk.gui.coordinator.chart import CompletenessView, shown_bodies
from zhdesk.gui.coordinator.status_model import CODE_ROLE, SORT_ROLE, StatusFilter, StatusModel


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
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Термін"
    der = model.index(1, 0)
    assert [model.index(1, c).data() for c in (0, 1, 4, 5, 6)] == ["Орган DER", "подано", "3/8", 2, 1]
    assert "№1" in model.index(1, 3).data()
    assert model.index(0, 5).data() == "" and model.index(4, 4).data() == "0/0"
    assert der.data(CODE_ROLE) == "DER" and model.index(1, 6).data(CODE_ROLE) == "DER"
    assert model.index(1, 5).data(Qt.ItemDataRole.ForegroundRole) is not None  # errors in red
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # returned
    assert model.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # issued: no colour
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) == "FIN — Орган FIN\nДодайте суми"  # the code

    sorted_.sort(1)  # by status: what needs the coordinator first
    assert [sorted_.index(r, 0).data(CODE_ROLE) for r in range(5)] == ["FIN", "DER", "UOS", "KUL", "ZEM"]
    sorted_.sort(4, Qt.SortOrder.DescendingOrder)  # by share filled
    assert [sorted_.index(r, 0).data(CODE_ROLE) for r in range(5)][:2] in (["UOS", "FIN"], ["FIN", "UOS"])

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
    # in measures, not in per cent: the bar of a body with 12 is three times as long as one with 4
    assert isinstance(view.chart.series()[0], QHorizontalStackedBarSeries)
    values = next(a for a in view.chart.axes() if isinstance(a, QValueAxis))
    assert values.min() == 0 and values.max() == 12
    assert view.chart.title() == "Заповнені заходи за органами"
    assert view.view.minimumHeight() == 140 + 26 * 4
    view.draw([ROWS[4]])  # before any form is issued, every body is shown
    assert view.chart.series()[0].barSets()[0].count() == 1


def test_the_deadline_column_and_the_show_box(qtmodeltester: object) -> None:
    today = dt.date.today()
    soon = (today + dt.timedelta(days=5)).isoformat()
    gone = (today - dt.timedelta(days=3)).isoformat()
    rows = [
        body("UKB", "issued", 0, 41, deadline=soon, days_left=5),
        body("UKH", "issued", 2, 23, deadline=gone, days_left=-3),
        body("DER", "submitted", 8, 8, deadline=gone, days_left=-3, on_time=True, sequence=1),
        body("UOZ", "returned", 8, 12, deadline=gone, days_left=-3, on_time=False, sequence=1),
        body("UK", "accepted", 16, 16, deadline=gone, days_left=-3, on_time=True, sequence=1),
        body("BF", "not issued", 0, 2, reporting=False, deadline=gone, days_left=-3),
        body("KP-PARK", "issued", 0, 1, reporting=False, deadline=gone, days_left=-3),  # named: issued anyway
    ]
    model = StatusModel()
    model.set_rows(rows)
    shown = StatusFilter()
    shown.setSourceModel(model)
    qtmodeltester.check(shown)  # type: ignore[attr-defined]
    deadline = {r.code: model.index(i, 2).data() for i, r in enumerate(rows)}
    day = f"{today + dt.timedelta(days=5):%d.%m.%Y}"
    assert deadline["UKB"] == f"{day} · залишилося днів: 5"
    assert deadline["UKH"].endswith("прострочено днів: 3") and deadline["DER"].endswith("подано вчасно")
    assert deadline["UOZ"].endswith("подано із запізненням") and deadline["BF"] == ""
    late = {r.code for i, r in enumerate(rows) if model.index(i, 2).data(Qt.ItemDataRole.ForegroundRole) is not None}
    assert late == {"UKH", "UOZ", "KP-PARK"}
    assert "співвиконавець" in model.index(5, 0).data(Qt.ItemDataRole.ToolTipRole)

    def codes(kind: str) -> set[str]:
        shown.set_kind(kind)
        qtmodeltester.check(shown)  # type: ignore[attr-defined]
        listed = {shown.index(r, 0).data(CODE_ROLE) for r in range(shown.rowCount())}
        assert listed == {r.code for r in shown.shown_rows()}
        return listed

    assert codes("reporting") == {"UKB", "UKH", "DER", "UOZ", "UK", "KP-PARK"}  # no co-executor without a form
    assert codes("attention") == {"DER", "UOZ"}
    assert codes("waiting") == {"UKB", "UKH", "KP-PARK"}
    assert codes("late") == {"UKH", "UOZ", "KP-PARK"}
    assert codes("accepted") == {"UK"}
    assert codes("all") == {r.code for r in rows}
