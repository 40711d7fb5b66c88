"""The dashboard's completeness chart (Заповненість): filled and empty measures per body, fullest at the top,
each bar as long as the body's number of measures (a body with 41 measures is not drawn as one with 1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QScrollArea, QWidget

from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.exchange.review import BodyStatus

FILLED_COLOUR, MISSING_COLOUR = "#2e7d32", "#e0e0e0"
LABEL_CHARACTERS = 38  # of a body's name on the chart (the table has the whole name)
BAR_HEIGHT, MARGINS_HEIGHT = 26, 140  # pixels per body, and for the title, the legend and the axis


def shown_bodies(statuses: list[BodyStatus]) -> list[BodyStatus]:
    """The bodies on the chart, fullest first: those with a form issued (every body before any was issued)."""
    shown = [s for s in statuses if s.status != "not issued"] or statuses
    return sorted(shown, key=lambda s: (s.filled / s.total if s.total else 0, s.code), reverse=True)


class CompletenessChart(QChart):
    """Horizontal stacked bars: filled and not filled measures of each body shown, in measures."""

    def __init__(self) -> None:
        super().__init__()
        self.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def draw(self, statuses: list[BodyStatus]) -> int:
        """Show these bodies' figures; returns how many bars are drawn."""
        shown = shown_bodies(statuses)
        self.removeAllSeries()
        for axis in self.axes():
            self.removeAxis(axis)
        filled, missing = QBarSet(self.tr("Filled")), QBarSet(self.tr("Not filled"))
        filled.setColor(QColor(FILLED_COLOUR))
        missing.setColor(QColor(MISSING_COLOUR))
        for status in reversed(shown):  # the chart draws the first category at the bottom
            filled.append(status.filled)
            missing.append(status.total - status.filled)
        series = QHorizontalStackedBarSeries()
        series.append(filled)
        series.append(missing)
        self.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{_short(s.name)}  {s.filled}/{s.total}" for s in reversed(shown)])
        categories.setTruncateLabels(False)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max([s.total for s in shown] + [1]))
        values.setTitleText(self.tr("measures"))
        self.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.setTitle(self.tr("Filled measures per body"))
        return len(shown)


class CompletenessView(QScrollArea):
    """The chart in a scroll area, as tall as its bars need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = CompletenessChart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setWidgetResizable(True)
        self.setWidget(self.view)

    def draw(self, statuses: list[BodyStatus]) -> None:
        bars = self.chart.draw(statuses)
        self.view.setMinimumHeight(MARGINS_HEIGHT + BAR_HEIGHT * bars)


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARACTERS else name[: LABEL_CHARACTERS - 1].rstrip() + "…"
