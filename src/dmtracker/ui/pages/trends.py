"""Trends: the daily scales over time with IVIG courses shaded (pyqtgraph)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from dmtracker.ui.pages.base import Page

# Colour-blind-safe (Okabe–Ito) with a distinct line style each: colour never carries meaning alone.
STYLES = {
    "patient_global": ("#0072B2", Qt.PenStyle.SolidLine),
    "fatigue": ("#D55E00", Qt.PenStyle.DashLine),
    "pain": ("#009E73", Qt.PenStyle.DotLine),
    "itch": ("#CC79A7", Qt.PenStyle.DashDotLine),
}


class TrendsPage(Page):
    title = "Trends"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.explain = QLabel(
            "Daily scales (0 = none, 10 = worst): lines are 7-day means, dots the values of "
            "each day. Shaded bands are IVIG courses. Drag to pan, scroll to zoom."
        )
        self.explain.setWordWrap(True)
        self.layout_.addWidget(self.explain)
        self.plot: Any = None
        self.curves: dict[str, Any] = {}
        self.dots: dict[str, Any] = {}
        self.bands: list[Any] = []

    def _build_plot(self) -> None:
        import pyqtgraph as pg  # imported on first use: keeps start-up fast

        axis = pg.DateAxisItem(orientation="bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": axis}, background="w")
        self.plot.setAccessibleName("Chart of the daily scales with IVIG courses")
        self.plot.setMinimumHeight(420)
        item = self.plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("left", "0–10")
        item.setYRange(0, 10.5)
        item.setMouseEnabled(y=False)
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        legend = item.addLegend(offset=(10, 10))
        legend.setLabelTextColor("#202020")
        from dmtracker.domain import vocab

        for key, label in vocab.DAILY_SCALES.items():
            colour, style = STYLES[key]
            pen = pg.mkPen(colour, width=3, style=style)
            self.dots[key] = self.plot.plot(
                [],
                [],
                pen=None,
                symbol="o",
                symbolSize=3,
                symbolPen=None,
                symbolBrush=pg.mkColor(colour + "60"),
            )
            self.curves[key] = self.plot.plot([], [], pen=pen, name=label, connect="finite")
        self.layout_.addWidget(self.plot, 1)

    def refresh(self) -> None:
        s = self.services
        if s is None or (not self.isVisible() and self.plot is None):
            return
        if self.plot is None:
            self._build_plot()
        import pyqtgraph as pg

        from dmtracker.domain.stats import rolling_mean

        for series in s.series.daily_scales():
            self.dots[series.key].setData(series.x, series.y)
            self.curves[series.key].setData(series.x, rolling_mean(series.y), connect="finite")
        for band in self.bands:
            self.plot.removeItem(band)
        self.bands = []
        for b in s.series.course_bands():
            region = pg.LinearRegionItem(
                (b.start, b.end),
                movable=False,
                brush=pg.mkBrush(0, 114, 178, 40),
                pen=pg.mkPen(None),
            )
            region.setZValue(-10)
            self.plot.addItem(region)
            self.bands.append(region)
        self.plot.getPlotItem().enableAutoRange(axis="x")

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.plot is None and self.services is not None:
            self.refresh()
