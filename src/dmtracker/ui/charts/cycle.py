"""The infusion-cycle view: every cycle folded onto "days since the course started", the median
as a bold line, the 25–75 % band shaded, each cycle faint behind it."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent

from dmtracker.ui.charts.legend_row import LegendRow
from dmtracker.ui.charts.wheel import scroll_page, wants_zoom

INK = "#202020"


class CycleChart(pg.PlotWidget):
    def __init__(self, parent: Any = None):
        super().__init__(parent, background="w", enableMenu=False)
        self.setAccessibleName("Infusion cycle chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.hideButtons()
        for name in ("left", "bottom"):
            item.getAxis(name).setTextPen(INK)
        item.setLabel("bottom", "days since the IVIG course started", color=INK)
        self.legend = LegendRow(INK)  # under the plot: never over the cycles
        item.layout.addItem(self.legend, 4, 1)
        item.legend = self.legend
        self.faint = pg.PlotDataItem(
            [], [], pen=pg.mkPen(0, 114, 178, 45, width=1), connect="finite", name="each cycle"
        )
        self.q25 = pg.PlotDataItem([], [], pen=pg.mkPen(None))
        self.q75 = pg.PlotDataItem([], [], pen=pg.mkPen(None))
        self.band = pg.FillBetweenItem(self.q25, self.q75, brush=pg.mkBrush(0, 114, 178, 60))
        self.median = pg.PlotDataItem(
            [],
            [],
            pen=pg.mkPen("#0b3c5d", width=3),
            symbol="o",
            symbolSize=5,
            symbolBrush="#0b3c5d",
            name="median of the cycles",
        )
        for it in (self.faint, self.band, self.q25, self.q75, self.median):
            item.addItem(it)
        band_sample = pg.PlotDataItem(
            [],
            [],
            pen=None,
            symbol="s",
            symbolSize=12,
            symbolBrush=pg.mkBrush(0, 114, 178, 60),
            symbolPen=None,
        )
        self.legend.addItem(band_sample, "middle half of the cycles (25–75 %)")

    def wheelEvent(self, event: QWheelEvent) -> None:
        if wants_zoom(self, event):
            super().wheelEvent(event)
        else:
            scroll_page(self, event)

    def resizeEvent(self, event: Any) -> None:
        legend = getattr(self, "legend", None)
        if legend is not None:
            legend.fit(max(200.0, event.size().width() - 100.0))
        super().resizeEvent(event)

    def set_profile(
        self, profile: Any, label: str, unit: str, y_range: tuple | None = None
    ) -> None:
        n = profile.offsets.size
        xs, ys = [], []
        for cycle in profile.cycles:
            xs.append(profile.offsets.astype(float))
            ys.append(np.asarray(cycle, dtype=float))
            xs.append(np.array([np.nan]))
            ys.append(np.array([np.nan]))
        self.faint.setData(
            np.concatenate(xs) if xs else [], np.concatenate(ys) if ys else [], connect="finite"
        )
        ok = ~np.isnan(profile.median)
        x = profile.offsets[ok].astype(float)
        self.median.setData(x, profile.median[ok])
        self.q25.setData(x, profile.q25[ok])
        self.q75.setData(x, profile.q75[ok])
        item = self.getPlotItem()
        item.setTitle(
            f"<span style='color:{INK};font-size:11pt'><b>{label}</b>: "
            f"{len(profile.cycles)} cycles</span>"
        )
        item.setLabel("left", unit, color=INK)
        item.setXRange(-0.5, n - 0.5, padding=0)
        if y_range:
            item.setYRange(*y_range, padding=0.02)
        else:
            item.enableAutoRange(axis="y")
