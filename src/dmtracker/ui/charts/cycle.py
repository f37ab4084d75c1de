"""The infusion-cycle view: every cycle folded onto "days since the course started", the median
as a bold line with dots, the 25–75 % band shaded, each cycle faint behind it. Coloured by the
app's theme (``palette.py``); the report's is always light."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QWheelEvent

from dmtracker.domain.messages import Text
from dmtracker.i18n import localize, translate, vocabulary
from dmtracker.ui.charts.legend_row import LegendRow, fit_title, swatch
from dmtracker.ui.charts.measures import unit_name
from dmtracker.ui.charts.number_axis import NumberAxis
from dmtracker.ui.charts.palette import LIGHT, ChartPalette, opaque, palette_for
from dmtracker.ui.charts.wheel import scroll_page, wants_zoom

BASE_PT = 11.0


#: The view's least height at 100 % text; it grows with the text size.
MIN_HEIGHT = 300


def measure_name(label: str) -> str:
    """A measure's name (a label of the domain's vocabulary, or a Text) in the reader's
    language; a self-test's own name stays as typed."""
    return localize(label) if isinstance(label, Text) else vocabulary(label)


class CycleChart(pg.PlotWidget):
    def __init__(self, parent: Any = None, fixed_palette: ChartPalette | None = None):
        axes = {"left": NumberAxis("left")}  # decimals with the language's sign (0,5)
        super().__init__(parent, background="w", enableMenu=False, axisItems=axes)
        self.setAccessibleName(translate("CycleChart", "Infusion cycle chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fixed_palette = fixed_palette
        self.pal = LIGHT
        self.text_pt = BASE_PT
        self.title = ("", 0, "")  # label, cycles, unit
        item = self.getPlotItem()
        item.hideButtons()
        self.legend = LegendRow(self.pal.ink)  # under the plot: never over the cycles
        item.layout.addItem(self.legend, 4, 1)
        item.legend = self.legend
        self.faint = pg.PlotDataItem([], [], connect="finite")
        self.q25 = pg.PlotDataItem([], [], pen=pg.mkPen(None))
        self.q75 = pg.PlotDataItem([], [], pen=pg.mkPen(None))
        self.band = pg.FillBetweenItem(self.q25, self.q75)
        self.median = pg.PlotDataItem([], [], symbol="o", symbolSize=5)
        for it in (self.faint, self.band, self.q25, self.q75, self.median):
            item.addItem(it)
        self._restyle()

    def _restyle(self) -> None:
        """Colours and text sizes of the theme the app shows (or of the report)."""
        if self.fixed_palette is not None:
            self.pal, self.text_pt = self.fixed_palette, BASE_PT
        else:
            self.ensurePolished()
            self.pal = palette_for(self.palette())
            self.text_pt = max(BASE_PT, self.font().pointSizeF())
        pal, small = self.pal, round(self.text_pt * 0.82 * 2) / 2
        if self.fixed_palette is None:  # room for the data when the text grows (200 %)
            self.fit_height()
        self.setBackground(pal.background)
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=pal.grid_alpha)
        self.tick_font = QFont()  # kept: pyqtgraph keeps no reference
        self.tick_font.setPointSizeF(small)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTextPen(pal.ink)
            axis.setPen(pal.axis)
            axis.setStyle(tickFont=self.tick_font)
        self.label_style = {"color": pal.ink, "font-size": f"{small:g}pt"}  # grows at 200 %
        item.setLabel(
            "bottom",
            translate("CycleChart", "days since the IVIG course started"),
            **self.label_style,
        )
        item.getAxis("bottom").setHeight(round(small * 4.4 + 8))  # ticks and the label
        tests = QColor(pal.tests)
        r, g, b = tests.red(), tests.green(), tests.blue()
        self.faint.setPen(pg.mkPen(r, g, b, 70, width=1))
        self.band.setBrush(pg.mkBrush(r, g, b, 70))
        median = pal.ink if pal.name != "light" else "#0b3c5d"
        self.median.setPen(pg.mkPen(median, width=3 * pal.width))
        self.median.setSymbolBrush(median)
        self.median.setSymbolPen(None)
        self.band_sample = swatch(opaque((r, g, b, 70), pal.background), pal.axis)
        self.legend.clear()
        self.legend.set_style(pal.ink, small)
        self.legend.addItem(self.median, translate("CycleChart", "median of the cycles"))
        self.legend.addItem(
            self.band_sample, translate("CycleChart", "middle half of the cycles (25–75 %)")
        )
        self.legend.addItem(self.faint, translate("CycleChart", "each cycle"))
        self.legend.fit(max(200.0, self.width() - 100.0))
        self._set_title()

    def fit_height(self, room: int | None = None) -> None:
        """Its least height: more with larger text, but never more than ``room`` (the height
        of the page's view, when the page says it): at 1024 x 700 and 200 % text it was taller
        than the window, its axis below the edge however the page was scrolled."""
        if room is not None:
            self.room = room
        want = round(MIN_HEIGHT * max(1.0, self.text_pt / BASE_PT))
        room = getattr(self, "room", None)
        self.setMinimumHeight(min(want, room) if room else want)

    def _fit_title(self, chart_width: float) -> None:
        """The title wrapped to the plot's width when longer (at 200 % text in a 1024-pixel
        window "…: 13 cycles" was cut at the right edge)."""
        item = self.getPlotItem()
        fit_title(item, max(160.0, chart_width - item.getAxis("left").width() - 30.0))

    def _set_title(self) -> None:
        label, cycles, unit = self.title
        item = self.getPlotItem()
        if label:
            words = translate("CycleChart", "<b>{measure}</b>: %n cycle(s)", None, cycles)
            item.setTitle(
                f"<span style='color:{self.pal.ink};font-size:{self.text_pt:g}pt'>"
                f"{words.format(measure=measure_name(label))}</span>"
            )
            self._fit_title(self.width())
        item.setLabel(
            "left", unit_name(unit), **getattr(self, "label_style", {"color": self.pal.ink})
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        looks = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange)
        built = "legend" in self.__dict__  # (not while pyqtgraph builds the widget)
        if event.type() in looks and built and self.fixed_palette is None:
            self._restyle()

    def sizeHint(self) -> QSize:
        """Small: the view grows into the window's height, never past it (the page's height
        is what its parts ask for, and a taller wish made the page scroll)."""
        return QSize(640, 320)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if wants_zoom(self, event):
            super().wheelEvent(event)
        else:
            scroll_page(self, event)

    def resizeEvent(self, event: Any) -> None:
        legend = self.__dict__.get("legend")
        if legend is not None:
            legend.fit(max(200.0, event.size().width() - 100.0))
            self._fit_title(event.size().width())
        super().resizeEvent(event)
        if legend is not None:  # its rows may have changed: the plot makes room for them now
            self.getPlotItem().layout.invalidate()
            self.getPlotItem().layout.activate()

    def set_profile(
        self, profile: Any, label: str, unit: str, y_range: tuple | None = None
    ) -> None:
        n = profile.offsets.size
        xs, ys = [], []
        for cycle in profile.cycles:
            # each cycle's values joined across its empty days (a measure taken weekly is a
            # line, not lone points: a lone point was an empty path that PDF readers reject)
            y = np.asarray(cycle, dtype=float)
            have = np.isfinite(y)
            if not have.any():
                continue
            x, y = profile.offsets.astype(float)[have], y[have]
            if x.size == 1:
                x, y = np.repeat(x, 2), np.repeat(y, 2)
            xs += [x, np.array([np.nan])]
            ys += [y, np.array([np.nan])]
        self.faint.setData(
            np.concatenate(xs) if xs else [], np.concatenate(ys) if ys else [], connect="finite"
        )
        ok = ~np.isnan(profile.median)
        x = profile.offsets[ok].astype(float)
        self.median.setData(x, profile.median[ok])
        self.q25.setData(x, profile.q25[ok])
        self.q75.setData(x, profile.q75[ok])
        # no band without two medians (an empty fill is an empty path: a PDF reader complains)
        self.band.setVisible(x.size > 1)
        self.title = (label, len(profile.cycles), unit)
        self._set_title()
        item = self.getPlotItem()
        item.setXRange(-0.5, n - 0.5, padding=0)
        if y_range:
            item.setYRange(*y_range, padding=0.02)
        else:
            item.enableAutoRange(axis="y")
