"""Stacked plots on one date axis (pyqtgraph), the frame of the timeline: rows made ahead and
reused, the app's look (theme, text size), legends in rows of their own, row heights that
follow wrapped titles and legends, a crosshair through every row, symbols only when zoomed in,
long series clipped and downsampled, panning and zooming by mouse, wheel and keyboard. What
the rows show is drawn by :class:`~dmtracker.ui.charts.timeline.TimelineChart`."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem

from dmtracker.ui.charts.date_axis import DayAxis, local_zone
from dmtracker.ui.charts.legend_row import LegendRow, fit_title, swatch
from dmtracker.ui.charts.number_axis import NumberAxis
from dmtracker.ui.charts.palette import LIGHT, ChartPalette, opaque, palette_for
from dmtracker.ui.charts.timeline_items import CourseBands, DayMark, TimelineCurve
from dmtracker.ui.charts.wheel import scroll_page, wants_zoom

BASE_PT = 11.0  # the app's text size at 100 %: chart text grows with the app's
DAY = 86400.0
DETAIL_POINTS = 150  # series longer than this show their symbols only when zoomed in
DETAIL_DAYS = 400  # ... to this many days or fewer
LONG_SERIES = 1000  # longer series are clipped to the view and downsampled
# Wide lines (width >= 2: the 7-day means, prednisone) are stroked at about one point per pixel
# when zoomed out (pyqtgraph's default is five): a wide (dashed) stroke costs time per point,
# and at 2.5 px a finer step does not show.
WIDE_LINE_SAMPLES_PER_PIXEL = 0.5


def _pen(colour: str, width: float = 2, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> Any:
    return pg.mkPen(colour, width=width, style=style)


class PlotStack(pg.GraphicsLayoutWidget):
    """Stacked, X-linked plots. ``hovered`` reports the day under the crosshair."""

    hovered = Signal(float)  # x (Unix seconds) of the crosshair
    rows_sized = Signal()  # the rows' heights changed (wrapped legends, titles)
    visibility_changed = Signal(str, bool)  # series key, visible
    plots_range_changed = Signal()  # the dates shown changed (pan, zoom, a preset)

    def __init__(self, parent: Any = None, interactive: bool = True):
        super().__init__(parent)
        self.pal: ChartPalette = LIGHT
        self.fixed_palette: ChartPalette | None = None  # the report's: always light
        self.text_pt = BASE_PT
        self.setBackground(self.pal.background)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.interactive = interactive
        self.plots: list[pg.PlotItem] = []
        self.items: dict[str, Any] = {}  # series key -> PlotDataItem
        self.lines: list[pg.InfiniteLine] = []
        self.data: Any = None
        self.hidden: set[str] = set()
        self.row_height = 120
        self.tz: tzinfo = local_zone()
        self.today: date | None = None
        self.today_sample: pg.PlotDataItem | None = None  # today's legend sample, first row
        self.detail_items: list[tuple[Any, dict[str, Any]]] = []  # symbols when zoomed in
        self.detail_on = False
        self.pool: list[pg.PlotItem] = []  # plots are kept and reused between draws
        if interactive:
            self.proxy = pg.SignalProxy(
                self.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved
            )

    # -- look ---------------------------------------------------------------------------------
    @property
    def small_pt(self) -> float:
        """Axis, legend and label text: a little smaller than the titles, growing with them."""
        return round(self.text_pt * 0.82 * 2) / 2

    @property
    def left_width(self) -> int:
        """The left axes' width, the same for every row so the dates line up: room for a
        number of five digits (steps a day) and the unit written beside it, growing with the
        text (the medicines' names are written in their lanes, not on the axis)."""
        font = QFont()
        font.setPointSizeF(self.small_pt)
        metrics = QFontMetricsF(font)
        return math.ceil(metrics.horizontalAdvance("00000") + 2 * metrics.height() + 14)

    def _small_font(self) -> QFont:
        font = QFont()  # the application's family: an empty family name crashes Qt's text layout
        font.setPointSizeF(self.small_pt)
        self._fonts = [*getattr(self, "_fonts", []), font]  # pyqtgraph keeps no reference
        return font

    def _style_axes(self, plot: pg.PlotItem) -> None:
        font = self._small_font()
        plot.getAxis("left").setWidth(self.left_width)
        for name in ("left", "bottom", "top"):
            axis = plot.getAxis(name)
            axis.setTextPen(self.pal.ink)
            axis.setPen(self.pal.axis)
            axis.setStyle(tickFont=font)
            if name != "left":  # room for the larger text of 200 %
                axis.setHeight(round(self.small_pt * 2.2 + 8))

    def pen(self, colour: str, width: float = 2, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> Any:
        return _pen(colour, width * self.pal.width, style)

    def _choose_look(self) -> None:
        """The palette of the app's theme (or the fixed one of a report) and its text size."""
        if self.fixed_palette is not None:
            self.pal, self.text_pt = self.fixed_palette, BASE_PT
        else:
            self.ensurePolished()  # the app's style sheet sets the text size
            self.pal = palette_for(self.palette())
            self.text_pt = max(BASE_PT, self.font().pointSizeF())
        self.setBackground(self.pal.background)

    # -- building -----------------------------------------------------------------------------
    def _new_plot(self, row: int) -> pg.PlotItem:
        axes = {
            "bottom": DayAxis("bottom", self.tz),
            "top": DayAxis("top", self.tz),
            "left": NumberAxis("left"),  # decimals with the language's sign (0,5)
        }
        # no context menus: built unused, they cost ~4 ms per plot
        plot = self.addPlot(row=row, col=0, axisItems=axes, enableMenu=False)
        plot.showGrid(x=False, y=row == 0, alpha=self.pal.grid_alpha)  # ~1 ms per row per frame
        plot.setMouseEnabled(x=True, y=False)
        plot.hideButtons()
        # the units are in the label text: no "(x0.001)" rescaling of small values (× ULN)
        plot.getAxis("left").enableAutoSIPrefix(False)
        self._style_axes(plot)
        # the left axes do not change while the dates pan and zoom: kept as pixmaps (redrawn
        # when their range, ticks or labels change); the hidden top and right axes would
        # follow every change of range (and lay out their labels) for nothing. Not in a report
        # or an export: a cached axis is a pixmap there, its numbers no text
        if self.interactive:
            plot.getAxis("left").setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        for name in ("top", "right"):
            plot.hideAxis(name)
            plot.getAxis(name).unlinkFromView()
        if self.pool:
            plot.setXLink(self.pool[0])
        return plot

    def prepare(self, rows: int) -> None:
        """Create empty plots ahead of time (at idle), so the first draw only adds data."""
        while len(self.pool) < rows:
            self.pool.append(self._new_plot(len(self.pool)))

    def _plot(self, title: str, unit: str, height: int) -> pg.PlotItem:
        row = len(self.plots)
        if row < len(self.pool):
            plot = self.pool[row]
            plot.clear()
            if plot.legend is not None:
                plot.legend.clear()
                plot.legend = None  # a row drawn without a legend this time keeps it empty
            plot.setLogMode(x=False, y=False)
            left = plot.getAxis("left")
            left.setTicks(None)
            left.setStyle(tickFont=None)
            plot.showAxis("bottom")
            plot.hideAxis("top")
            plot.setVisible(True)
            self._style_axes(plot)
        else:
            plot = self._new_plot(row)
            self.pool.append(plot)
        plot.setTitle(
            f"<span style='color:{self.pal.ink};font-size:{self.text_pt:g}pt'><b>{title}</b></span>"
        )
        plot.setLabel("left", unit, **{"color": self.pal.ink, "font-size": f"{self.small_pt:g}pt"})
        # the data area: the row's height less its title and axis at 100 %, a little taller
        # with larger text (its tick labels need the room); titles and legends come on top
        plot.data_height = max(60.0, height - 40) * (1 + (self.text_pt / BASE_PT - 1) * 0.6)
        plot.data_floor = 20.0  # the least a fitted image squeezes it to (fit_to)
        self.ci.layout.setRowPreferredHeight(row, height)
        self.ci.layout.setRowMinimumHeight(row, height)
        self.ci.layout.setRowMaximumHeight(row, 100000)
        self.plots.append(plot)
        if self.interactive:
            line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(self.pal.muted, width=1))
            line.setZValue(50)
            plot.addItem(line, ignoreBounds=True)
            self.lines.append(line)
        self._today_line(plot, row == 0)
        return plot

    def _today_line(self, plot: pg.PlotItem, labelled: bool) -> None:
        """Today as a dashed line through every plot ("today" written beside it on the first)."""
        if self.today is None:
            return
        x = self.day_x(self.today)
        pen = pg.mkPen(self.pal.muted, width=1.5 * self.pal.width, style=Qt.PenStyle.DashLine)
        mark = DayMark(x, pen)  # (an InfiniteLine per plot cost time in every frame)
        mark.setZValue(40)
        plot.addItem(mark, ignoreBounds=True)
        if labelled:  # named in the legend row (a label in the plot sat on the flare marks)
            self.today_sample = pg.PlotDataItem([], [], pen=pen)

    def day_x(self, day: date) -> float:
        """x of a local calendar day (its midnight, in Unix seconds), as services.series has it."""
        return datetime(day.year, day.month, day.day, tzinfo=self.tz).timestamp()

    def _legend(self, plot: pg.PlotItem) -> LegendRow:
        """The plot's legend, in a row of its own under the plot (never over the data)."""
        legend = getattr(plot, "legend_row", None)
        if legend is None:
            legend = LegendRow(self.pal.ink)
            plot.layout.addItem(legend, 4, 1)
            plot.legend_row = legend
        legend.set_style(self.pal.ink, self.small_pt)
        plot.legend = legend
        return legend

    def fit_legends(self, width: float | None = None) -> None:
        """Wrap every legend and title to the width of the plots (a long title or a wide
        legend widened the chart beyond the window, cut off on the right)."""
        width = max(200.0, width if width is not None else self.width() - self.left_width - 40)
        for plot in self.plots:
            legend = getattr(plot, "legend_row", None)
            if legend is not None and plot.legend is legend:
                legend.fit(width)
            fit_title(plot, width)
        self._size_rows()

    def _size_rows(self) -> None:
        """Each row: its data area and what the plot shows around it (title, legend rows,
        date axes), so a wrapped title or legend, or larger text, never squeezes the data."""
        layout = self.ci.layout
        changed = False
        for row, plot in enumerate(self.plots):
            plot.layout.invalidate()
            need = plot.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize).height()
            chrome = need - plot.vb.minimumHeight() + 6
            height = float(round(getattr(plot, "data_height", 80.0) + chrome))
            if layout.rowMinimumHeight(row) != height:
                layout.setRowMinimumHeight(row, height)
                layout.setRowPreferredHeight(row, height)
                changed = True
        if changed and self.plots:
            self.rows_sized.emit()

    def resizeEvent(self, event: Any) -> None:
        # (also called while pyqtgraph builds the widget, and with no event on show; a change
        # of height alone, as the page gives the chart the height it asked for, wraps nothing)
        width = event.size().width() if event is not None else self.width()
        if getattr(self, "plots", None) and width != getattr(self, "fitted_width", None):
            self.fitted_width = width
            self.fit_legends(width - self.left_width - 40)
        super().resizeEvent(event)

    def _curve(
        self,
        plot: pg.PlotItem,
        key: str,
        x: np.ndarray,
        y: np.ndarray,
        name: str | None,
        downsample: str = "peak",
        **opts: Any,
    ) -> Any:
        """A series on ``plot``; a long one is clipped to the view and downsampled by
        ``downsample`` ("peak" keeps every high and low; "mean" suits a line that is already
        smooth, such as a 7-day mean, and strokes half as many points)."""
        symbol_opts = {}
        if "symbol" in opts and np.size(x) > DETAIL_POINTS:
            # symbols on thousands of points are slow: they appear once the view is zoomed in
            symbol_opts = {k: opts.pop(k) for k in list(opts) if k.startswith("symbol")}
        item = TimelineCurve(x, y, name=name, **opts)
        if symbol_opts:
            self.detail_items.append((item, symbol_opts))
        plot.addItem(item)  # into the view box first: clipping needs to know the view
        pen = opts.get("pen")
        if np.size(x) > LONG_SERIES and pen is not None:
            # (points alone are not clipped: the scatter skips what is out of view by itself,
            # and clipping would rebuild every point on every frame)
            if pg.mkPen(pen).widthF() >= 2:
                item.opts["autoDownsampleFactor"] = WIDE_LINE_SAMPLES_PER_PIXEL
            item.setClipToView(True)
            item.setDownsampling(auto=True, method=downsample)
        self.items[key] = item
        if key in self.hidden:
            item.setVisible(False)
        item.visibleChanged.connect(lambda item=item, key=key: self._visible_changed(item, key))
        return item

    def _visible_changed(self, item: Any, key: str) -> None:
        """A series shown or hidden by the user (its legend entry): hiding a whole plot, or
        tearing the chart down, changes what is seen but is no choice of the user's."""
        parent = item.parentItem()
        if parent is None or key not in self.items or self.items[key] is not item:
            return
        explicit = item.isVisibleTo(parent)  # its own flag, whatever its plot shows
        if explicit == (key not in self.hidden):
            return
        (self.hidden.discard if explicit else self.hidden.add)(key)
        self.visibility_changed.emit(key, explicit)

    def _bands(self, plot: pg.PlotItem, top: float, bottom: float = 0.0) -> None:
        """Every IVIG course shaded from ``bottom`` to ``top`` of ``plot``, all in one
        :class:`CourseBands` item (replaying a picture of hundreds of rectangles on every frame
        is slow)."""
        if not self.data.courses:
            return
        bands = CourseBands(
            [b.start for b in self.data.courses],
            [b.end for b in self.data.courses],
            top,
            bottom,
            self.pal.course,
            self.pal.background,
        )
        bands.setZValue(-20)
        plot.addItem(bands, ignoreBounds=True)

    def fit_to(self, width: int, height: int) -> int:
        """Every row within ``width`` × ``height`` pixels (an exported image, the report's
        page): titles, legends and the date axis keep their size, the data areas share the
        rest (a fixed-size image used to stop at the muscle enzymes, without dates). Returns
        the height it needs: more than ``height`` when even the smallest rows do not fit."""
        self.resize(width, height)
        self.fit_legends(width - self.left_width - 40)
        layout = self.ci.layout
        for _ in range(8):  # (spacing and margins are found by measuring: a few rounds)
            layout.invalidate()
            excess = layout.effectiveSizeHint(Qt.SizeHint.MinimumSize).height() - (height - 6)
            if -4 < excess <= 0:
                break
            free = [p for p in self.plots if excess < 0 or p.data_height > p.data_floor + 0.5]
            total = sum(p.data_height for p in free)
            if total <= 0:
                break
            scale = max(0.05, (total - excess) / total)
            for plot in free:
                plot.data_height = max(plot.data_floor, plot.data_height * scale)
            self.fit_legends(width - self.left_width - 40)
        layout.invalidate()
        need = math.ceil(layout.effectiveSizeHint(Qt.SizeHint.MinimumSize).height())
        return height if need <= height else need + 4

    def minimum_height(self) -> int:
        """Pixels the stacked plots need at their row heights (with the spacing between them
        and the date axes): less, and the last rows and the dates are cut off."""
        layout = self.ci.layout
        layout.invalidate()
        need = layout.effectiveSizeHint(Qt.SizeHint.MinimumSize).height()
        return int(need) + 2 * self.frameWidth() + 4

    def _update_detail(self, *_: Any) -> None:
        """Symbols on long series only when zoomed in to DETAIL_DAYS or fewer."""
        lo, hi = self.x_range()
        want = (hi - lo) / DAY <= DETAIL_DAYS
        if want == self.detail_on:
            return
        self.detail_on = want
        for item, symbol_opts in self.detail_items:
            if want:
                item.setSymbol(symbol_opts.get("symbol"))
                item.setSymbolSize(symbol_opts.get("symbolSize", 5))
                item.setSymbolPen(symbol_opts.get("symbolPen"))
                item.setSymbolBrush(symbol_opts.get("symbolBrush"))
            else:
                item.setSymbol(None)

    def _swatch(self, rgba: tuple[int, int, int, int]) -> pg.PlotDataItem:
        """A legend sample of a shading: the shade as drawn on the chart, framed."""
        return swatch(opaque(rgba, self.pal.background), self.pal.axis)

    def _bold_small(self) -> QFont:
        font = QFont()  # the application's family: an empty family name crashes Qt's text layout
        font.setPointSizeF(self.small_pt)
        font.setBold(True)
        self._fonts = [*getattr(self, "_fonts", []), font]
        return font

    # -- view ---------------------------------------------------------------------------------
    def show_all(self) -> None:
        span = self.data.x_range() if self.data is not None else None
        if span and self.plots:
            end = span[1] if self.today is None else max(span[1], self.day_x(self.today) + DAY)
            self.plots[0].setXRange(span[0] - DAY / 2, end + DAY / 2, padding=0)

    def show_last(self, days: int) -> None:
        """The last ``days`` days ending with today (or with the last day of data when the chart
        has no today): 4 weeks are the 28 days up to and including today."""
        span = self.data.x_range() if self.data is not None else None
        if not self.plots:
            return
        if self.today is not None:
            end = self.day_x(self.today) + DAY
        elif span is not None:
            end = span[1]
        else:
            return
        self.plots[0].setXRange(end - days * DAY, end, padding=0)

    def set_range(self, start: float, end: float) -> None:
        if self.plots:
            self.plots[0].setXRange(start, end, padding=0)

    def x_range(self) -> tuple[float, float]:
        lo, hi = self.plots[0].viewRange()[0]
        return float(lo), float(hi)

    def pan(self, fraction: float) -> None:
        lo, hi = self.x_range()
        shift = (hi - lo) * fraction
        self.set_range(lo + shift, hi + shift)

    def zoom(self, factor: float) -> None:
        lo, hi = self.x_range()
        mid, half = (lo + hi) / 2, (hi - lo) / 2 * factor
        half = max(half, 3 * DAY)
        self.set_range(mid - half, mid + half)

    def move_crosshair(self, x: float) -> None:
        for line in self.lines:
            line.setPos(x)
        self.hovered.emit(x)

    def crosshair_x(self) -> float | None:
        return float(self.lines[0].value()) if self.lines else None

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls the page; it zooms the chart only with Ctrl held or while the
        chart has the keyboard focus."""
        if wants_zoom(self, event):
            super().wheelEvent(event)
        else:
            scroll_page(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        actions: dict[Any, Callable[[], None]] = {
            Qt.Key.Key_Left: lambda: self._step_crosshair(-1) if ctrl else self.pan(-0.2),
            Qt.Key.Key_Right: lambda: self._step_crosshair(1) if ctrl else self.pan(0.2),
            Qt.Key.Key_Up: lambda: self.zoom(0.7),
            Qt.Key.Key_Plus: lambda: self.zoom(0.7),
            Qt.Key.Key_Equal: lambda: self.zoom(0.7),
            Qt.Key.Key_Down: lambda: self.zoom(1 / 0.7),
            Qt.Key.Key_Minus: lambda: self.zoom(1 / 0.7),
            Qt.Key.Key_Home: self.show_all,
        }
        action = actions.get(key)
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def _step_crosshair(self, days: int) -> None:
        x = self.crosshair_x()
        lo, hi = self.x_range()
        if x is None or not lo <= x <= hi:
            x = (lo + hi) / 2
        self.move_crosshair(x + days * DAY)

    def _mouse_moved(self, args: Any) -> None:
        pos: QPointF = args[0]
        for plot in self.plots:
            if plot.sceneBoundingRect().contains(pos):
                x = plot.vb.mapSceneToView(pos).x()
                self.move_crosshair(x)
                return
