"""The dashboard's completeness chart (Заповненість): filled measures per body, fullest at the top (QtCharts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalPercentBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QScrollArea, QWidget

if TYPE_CHECKING:
    from zhdesk.exchange.review import BodyStatus

FILLED_COLOUR, MISSING_COLOUR = "#2e7d32", "#e0e0e0"
BAR_HEIGHT, MARGINS_HEIGHT = 26, 140  # pixels per body, and for the title, the legend and the axis


def shown_bodies(statuses: list[BodyStatus]) -> list[BodyStatus]:
    """The bodies on the chart, fullest first: those with a form issued (every body before any was issued)."""
    shown = [s for s in statuses if s.status != "not issued"] or statuses
    return sorted(shown, key=lambda s: (s.filled / s.total if s.total else 0, s.code), reverse=True)


class CompletenessChart(QChart):
    """Horizontal percent bars: filled and not filled measures of each body shown."""

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
        series = QHorizontalPercentBarSeries()
        series.append(filled)
        series.append(missing)
        self.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{s.code}  {s.filled}/{s.total}" for s in reversed(shown)])
        categories.setTruncateLabels(False)
        values = QValueAxis()
        values.setLabelFormat("%d%%")
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
