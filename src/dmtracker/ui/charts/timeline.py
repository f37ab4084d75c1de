"""The timeline: stacked plots on one date axis (pyqtgraph).

Rows: the daily scales (with possible flares), one row per self-test, the patient-reported rash
score, muscle enzymes as multiples of the lab's upper limit of normal, then a treatment lane
(prednisone mg/day as a step line, side effects as symbols) and other drugs as bars. IVIG courses
are shaded in every row. Everything is drawn from one :class:`TrendData`; panning and zooming
never touch the database.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem

from dmtracker.domain import trends, vocab
from dmtracker.domain.stats import rolling_mean
from dmtracker.ui.charts.date_axis import DayAxis, local_zone
from dmtracker.ui.charts.legend_row import LegendRow, swatch
from dmtracker.ui.charts.palette import LIGHT, ChartPalette, opaque, palette_for
from dmtracker.ui.charts.wheel import scroll_page, wants_zoom

# A line style and symbol for each series (its colour comes from the theme's palette, Okabe–Ito
# hues): colour never carries meaning alone.
SCALE_STYLES = {
    "patient_global": (Qt.PenStyle.SolidLine, "o"),
    "fatigue": (Qt.PenStyle.DashLine, "s"),
    "pain": (Qt.PenStyle.DotLine, "t"),
    "itch": (Qt.PenStyle.DashDotLine, "d"),
}
LAB_SYMBOLS = {"CK": "o", "aldolase": "s", "LDH": "t", "AST": "d", "ALT": "+"}
GRADE_SYMBOLS = {1: ("o", 8), 2: ("s", 10), 3: ("t", 13), 4: ("star", 16)}
BASE_PT = 11.0  # the app's text size at 100 %: chart text grows with the app's
DAY = 86400.0
LEFT_AXIS = 136  # the same for every row, so the dates line up (drug names need room)
DETAIL_POINTS = 150  # series longer than this show their symbols only when zoomed in
DETAIL_DAYS = 400  # ... to this many days or fewer
LONG_SERIES = 1000  # longer series are clipped to the view and downsampled
# Wide lines (width >= 2: the 7-day means, prednisone) are stroked at about one point per pixel
# when zoomed out (pyqtgraph's default is five): a wide (dashed) stroke costs time per point,
# and at 2.5 px a finer step does not show.
WIDE_LINE_SAMPLES_PER_PIXEL = 0.5


def _pen(colour: str, width: float = 2, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> Any:
    return pg.mkPen(colour, width=width, style=style)


class PiecewiseCurve(pg.PlotCurveItem):
    """A curve that strokes a wide patterned (dashed, dotted) line in short pieces.

    Qt fills the outline of a wide stroke as one polygon, and over a long, jagged line (ten
    years of a daily series, drawn as pyqtgraph's min/max envelope when zoomed out) that
    polygon costs several milliseconds per frame; in pieces of :attr:`PIECE` points it costs a
    fraction. Each piece continues the dash pattern where the one before ended (a pattern
    restarts only where the line has a gap, as Qt does), so the line looks the same. Other
    lines (thin, solid, filled, stepped) are drawn by pyqtgraph as usual.
    """

    PIECE = 32

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._pieces: list[tuple[int, int, Any]] = []
        self._pieces_of: Any = None  # the path the pieces were cut from

    def _piecewise(self) -> bool:
        pen = self.opts["pen"]
        return (
            pen is not None
            and pen.style() not in (Qt.PenStyle.NoPen, Qt.PenStyle.SolidLine)
            and pen.widthF() >= 2
            and pen.isCosmetic()
            and self.opts["shadowPen"] is None
            and self.opts["fillLevel"] is None
            and not self.opts["stepMode"]
            and self.opts["connect"] in ("all", "finite")
            and self.xData is not None
            and len(self.xData) > 2 * self.PIECE
        )

    def _cut(self) -> list[tuple[int, int, Any]]:
        """(first point, first point of its stretch without gaps, polyline) of each piece."""
        path = self.getPath()
        if self._pieces_of is not path:
            x, y = self.getData()
            finite = np.isfinite(x) & np.isfinite(y)
            edges = np.flatnonzero(np.diff(np.r_[0, finite.astype(np.int8), 0]))
            pieces = []
            for a, b in edges.reshape(-1, 2).tolist():  # stretches [a, b) without gaps
                for i0 in range(a, b - 1, self.PIECE):
                    i1 = min(i0 + self.PIECE, b - 1)
                    piece = pg.functions.arrayToQPolygonF(x[i0 : i1 + 1], y[i0 : i1 + 1])
                    pieces.append((i0, a, piece))
            self._pieces, self._pieces_of = pieces, path
        return self._pieces

    def paint(self, painter: Any, option: Any, widget: Any = None) -> None:
        transform = painter.transform()
        if not self._piecewise() or transform.isRotating() or not transform.isAffine():
            super().paint(painter, option, widget)
            return
        pieces = self._cut()
        x, y = self.getData()
        step = np.hypot(np.diff(x) * transform.m11(), np.diff(y) * transform.m22())
        along = np.r_[0.0, np.cumsum(np.nan_to_num(step, nan=0.0))]  # device pixels
        pen = self.opts["pen"]
        width = pen.widthF()
        painter.setRenderHint(painter.RenderHint.Antialiasing, bool(self.opts["antialias"]))
        for i0, start, piece in pieces:
            part = QPen(pen)
            part.setDashOffset(pen.dashOffset() + float(along[i0] - along[start]) / width)
            painter.setPen(part)
            painter.drawPolyline(piece)


class TimelineCurve(pg.PlotDataItem):
    """A PlotDataItem whose line is a :class:`PiecewiseCurve`."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__()
        plain = self.curve
        self.curve = PiecewiseCurve()
        self.curve.setParentItem(self)
        self.curve.sigClicked.connect(self.sigClicked)
        plain.sigClicked.disconnect(self.sigClicked)
        plain.setParentItem(None)
        self.setCurveClickable(kwargs.get("clickable", False))
        self.setData(*args, **kwargs)


class CourseBands(pg.GraphicsObject):
    """IVIG courses as shaded columns from ``bottom`` to ``top``, one item per plot.

    Overlapping courses are merged first (an overlap is not shaded twice). A frame fills one
    rectangle per course in view (found by binary search, all drawn in one call), so panning
    and zooming cost little at any range (a filled step path of every course, or hundreds of
    rectangle items, cost several milliseconds per plot and frame).

    The bands lie under everything else in the plot (grid and axes are drawn above the view),
    straight on the chart's background, so a translucent ``brush`` is drawn as the same colour
    made opaque over ``background``: it looks the same, and Qt fills opaque rectangles many
    times faster than it blends translucent ones.
    """

    def __init__(
        self,
        starts: Any,
        ends: Any,
        top: float,
        bottom: float,
        brush: Any,
        background: Any = "w",
    ):
        super().__init__()
        order = np.argsort(starts, kind="stable")
        starts = np.asarray(starts, dtype=float)[order]
        ends = np.maximum.accumulate(np.asarray(ends, dtype=float)[order])
        keep = np.ones(starts.size, dtype=bool)
        keep[1:] = starts[1:] > ends[:-1]  # a course starting inside the one before merges
        first = np.flatnonzero(keep)
        self.starts = starts[first]
        self.ends = np.append(ends[first[1:] - 1], ends[-1]) if first.size else ends[:0]
        self.top, self.bottom = float(top), float(bottom)
        colour, under = pg.mkBrush(brush).color(), pg.mkColor(background)
        a = colour.alphaF()
        self.brush = pg.mkBrush(
            *(
                round(c * a + u * (1 - a))
                for c, u in zip(colour.getRgb()[:3], under.getRgb()[:3], strict=True)
            )
        )
        height = self.top - self.bottom
        self.rects = [
            QRectF(a, self.bottom, b - a, height)
            for a, b in zip(self.starts.tolist(), self.ends.tolist(), strict=True)
        ]
        self._bounds = QRectF(
            float(self.starts[0]) if self.starts.size else 0.0,
            self.bottom,
            float(self.ends[-1] - self.starts[0]) if self.starts.size else 0.0,
            self.top - self.bottom,
        )

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter: Any, *args: Any) -> None:
        if not self.starts.size:
            return
        view = self.viewRect()
        lo, hi = (view.left(), view.right()) if view is not None else (-np.inf, np.inf)
        i0 = int(np.searchsorted(self.ends, lo, side="left"))
        i1 = int(np.searchsorted(self.starts, hi, side="right"))
        if i1 > i0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.brush)
            painter.drawRects(self.rects[i0:i1])


class DayMark(pg.GraphicsObject):
    """A vertical line at ``x`` through the whole height of its view (today): one cheap item."""

    def __init__(self, x: float, pen: Any):
        super().__init__()
        self.x, self.pen = float(x), pen
        self.label = None

    def value(self) -> float:
        return self.x

    def boundingRect(self) -> QRectF:
        view = self.viewRect()
        if view is None:
            return QRectF(self.x, 0, 0, 0)
        return QRectF(self.x - view.width() * 1e-3, view.top(), view.width() * 2e-3, view.height())

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()

    def paint(self, painter: Any, *args: Any) -> None:
        view = self.viewRect()
        if view is None or not view.left() <= self.x <= view.right():
            return
        painter.setPen(self.pen)
        painter.drawLine(QPointF(self.x, view.top()), QPointF(self.x, view.bottom()))


class TimelineChart(pg.GraphicsLayoutWidget):
    """Stacked, X-linked plots. ``hovered`` reports the day under the crosshair."""

    hovered = Signal(float)  # x (Unix seconds) of the crosshair
    redrawn = Signal()  # drawn afresh for a new theme or text size (its height may change)
    rows_sized = Signal()  # the rows' heights changed (wrapped legends, titles)
    visibility_changed = Signal(str, bool)  # series key, visible
    plots_range_changed = Signal()  # the dates shown changed (pan, zoom, a preset)

    def __init__(self, parent: Any = None, interactive: bool = True):
        super().__init__(parent)
        self.pal: ChartPalette = LIGHT
        self.fixed_palette: ChartPalette | None = None  # the report's: always light
        self.text_pt = BASE_PT
        self.look_timer = QTimer(self)  # (dies with the chart: no call after it is gone)
        self.look_timer.setSingleShot(True)
        self.look_timer.setInterval(0)
        self.look_timer.timeout.connect(self._follow_look)
        self.setBackground(self.pal.background)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Timeline chart")
        self.interactive = interactive
        self.plots: list[pg.PlotItem] = []
        self.items: dict[str, Any] = {}  # series key -> PlotDataItem
        self.lines: list[pg.InfiniteLine] = []
        self.data: Any = None
        self.mean_on = True
        self.hidden: set[str] = set()
        self.row_height = 120
        self.tz: tzinfo = local_zone()
        self.today: date | None = None
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
        """The left axes' width, the same for every row so the dates line up."""
        return round(LEFT_AXIS * max(1.0, self.small_pt / 9))

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        looks = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange)
        ready = self.__dict__.get("_args") and self.__dict__.get("fixed_palette") is None
        if event.type() in looks and ready:  # (not while pyqtgraph builds the widget)
            self.look_timer.start()  # once, after the whole change

    def _follow_look(self) -> None:
        if self.data is None or not getattr(self, "_args", None):
            return
        before = (self.pal, self.text_pt)
        self._choose_look()
        if (self.pal, self.text_pt) == before:
            return
        view = self.x_range()
        self.set_data(**{**self._args, "hidden": set(self.hidden)})
        self.set_range(*view)
        self.redrawn.emit()

    # -- building -----------------------------------------------------------------------------
    def _new_plot(self, row: int) -> pg.PlotItem:
        axes = {"bottom": DayAxis("bottom", self.tz), "top": DayAxis("top", self.tz)}
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
        # follow every change of range (and lay out their labels) for nothing
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
            title = plot.titleLabel
            title.item.setTextWidth(-1)
            if title.item.boundingRect().width() > width:
                title.item.setTextWidth(width)
            title.updateMin()
            # (pyqtgraph fixes the title's row at 30 pixels: a wrapped or larger title ran
            # into the plot)
            height = title.item.boundingRect().height()
            plot.layout.setRowFixedHeight(0, height)
            title.setMaximumHeight(height)
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
        if parent is None or self.items.get(key) is not item:
            return
        explicit = item.isVisibleTo(parent)  # its own flag, whatever its plot shows
        if explicit == (key not in self.hidden):
            return
        (self.hidden.discard if explicit else self.hidden.add)(key)
        self.visibility_changed.emit(key, explicit)

    def _bands(self, plot: pg.PlotItem, top: float, bottom: float = 0.0) -> None:
        """Every IVIG course as one filled step path (one item: replaying a picture of
        hundreds of rectangles on every frame is slow)."""
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

    def set_data(
        self,
        data: Any,
        mean_on: bool = True,
        hidden: set[str] | None = None,
        flare_threshold: float = trends.DEFAULT_FLARE_THRESHOLD,
        flares: list[trends.Flare] | None = None,
        tis: Any = None,
        tz: tzinfo | None = None,
        today: date | None = None,
    ) -> None:
        """Draw everything in ``data`` (a services.series.TrendData); dates in ``tz`` (the
        patient's zone), ``today`` marked."""
        self._args = {
            "data": data,
            "mean_on": mean_on,
            "flare_threshold": flare_threshold,
            "flares": flares,
            "tis": tis,
            "tz": tz,
            "today": today,
        }
        self._choose_look()
        self.tz = tz or self.tz
        self.today = today
        for plot in self.pool:
            for name in ("bottom", "top"):
                plot.getAxis(name).set_zone(self.tz)
        self.plots, self.items, self.lines = [], {}, []
        self.red_flag_texts: list[pg.TextItem] = []
        self.today_sample: pg.PlotDataItem | None = None
        self.detail_items: list[tuple[Any, dict[str, Any]]] = []
        self.detail_on = False
        self.data = data
        self.mean_on = mean_on
        self.hidden = set(hidden or ())
        self._draw_scales(flares or [])
        for series in data.self_tests:
            self._draw_points(series, self.pal.tests)
        if data.rash.x.size:
            self._draw_points(data.rash, self.pal.rash, title="Rash (patient-reported score)")
        if data.labs:
            self._draw_labs()
        if tis is not None and tis.x.size:
            self._draw_tis(tis)
        self._draw_treatments()
        if data.events.x.size:
            self._draw_side_effects()
        if data.other_drugs:
            self._draw_drugs()
        last = self.plots[-1]
        for plot in self.plots[:-1]:
            plot.hideAxis("bottom")  # one date axis, at the bottom; ticks cost time per frame
        last.setLabel("bottom", "")
        if self.interactive and len(self.plots) > 2:
            # the stack is taller than the view: the dates at the top too
            first = self.plots[0]
            first.showAxis("top")
            first.getAxis("top").linkToView(first.vb)
        for r, spare in enumerate(self.pool[len(self.plots) :], start=len(self.plots)):
            spare.clear()
            spare.setVisible(False)
            self.ci.layout.setRowPreferredHeight(r, 0)
            self.ci.layout.setRowMinimumHeight(r, 0)
            self.ci.layout.setRowMaximumHeight(r, 0)
        if not getattr(self, "_detail_connected", False):
            self.plots[0].sigXRangeChanged.connect(self._update_detail)
            self.plots[0].sigXRangeChanged.connect(lambda *_: self.plots_range_changed.emit())
            self.plots[0].sigXRangeChanged.connect(self._place_red_flags)
            self._detail_connected = True
        self.fit_legends()
        self.show_all()
        self._update_detail()
        self._place_red_flags()

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
            free = [p for p in self.plots if excess < 0 or p.data_height > 20.5]
            total = sum(p.data_height for p in free)
            if total <= 0:
                break
            scale = max(0.05, (total - excess) / total)
            for plot in free:
                plot.data_height = max(20.0, plot.data_height * scale)
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

    def _draw_scales(self, flares: list[trends.Flare]) -> None:
        plot = self._plot("How I feel (0 = none, 10 = worst)", "0–10", 260)
        plot.setYRange(-0.3, 11.2, padding=0)  # room above 10 for the flare marks
        plot.setLimits(yMin=-1, yMax=12)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        legend = self._legend(plot)  # entries come from the named curves
        if self.today_sample is not None:
            day = QDate(self.today.year, self.today.month, self.today.day)
            legend.addItem(self.today_sample, f"today ({QLocale().toString(day, 'd MMM')})")
        self._bands(plot, 11.2, -0.3)
        for s in self.data.scales:
            style, symbol = SCALE_STYLES[s.key]
            colour = self.pal.scales[s.key]
            if self.mean_on:
                self._curve(
                    plot,
                    f"{s.key}:daily",
                    s.x,
                    s.y,
                    None,
                    pen=None,
                    symbol="o",
                    symbolSize=3,
                    symbolPen=None,
                    symbolBrush=pg.mkColor(QColor(colour).lighter(130)),
                )
                self.items[f"{s.key}:daily"].setOpacity(0.55)
                self._curve(
                    plot,
                    s.key,
                    s.x,
                    rolling_mean(s.y),
                    f"{s.label} (7-day mean)",
                    downsample="mean",
                    pen=self.pen(colour, 2.5, style),
                    connect="finite",
                )
                self.items[s.key].visibleChanged.connect(
                    lambda k=s.key: self.items[f"{k}:daily"].setVisible(self.items[k].isVisible())
                )
                self.items[f"{s.key}:daily"].setVisible(self.items[s.key].isVisible())
            else:
                self._curve(
                    plot,
                    s.key,
                    s.x,
                    s.y,
                    s.label,
                    pen=self.pen(colour, 1.5, style),
                    connect="finite",
                    symbol=symbol,
                    symbolSize=4,
                    symbolPen=None,
                    symbolBrush=colour,
                )
        if flares:
            xs = self.data.scales[0].x
            fx = np.array([xs[(f.day - self.data.first_day).days] for f in flares])
            self._curve(
                plot,
                "flares",
                fx,
                np.full(fx.size, 10.6),
                "Possible flare ▼",
                pen=None,
                symbol="t",
                symbolSize=11,
                symbolBrush=self.pal.ink,
                symbolPen=pg.mkPen(self.pal.outline),
            )

    def _draw_points(self, series: Any, colour: str, title: str | None = None) -> None:
        kind = vocab.SELF_TESTS.get(series.key.split(":")[0])
        better = ""
        if kind is not None:
            better = " (higher is better)" if kind.higher_is_better else " (lower is better)"
        unit = {"count": "count", "s": "seconds", "m": "metres", "kg": "kg"}.get(
            series.unit, series.unit
        )
        plot = self._plot((title or series.label) + better, unit, 110)
        top = float(np.nanmax(series.y)) * 1.15 if series.y.size else 1.0
        self._bands(plot, top)
        self._curve(
            plot,
            series.key,
            series.x,
            series.y,
            None,
            pen=self.pen(colour, 1.5),
            symbol="o",
            symbolSize=5,
            symbolPen=None,
            symbolBrush=colour,
        )
        plot.setYRange(0, top, padding=0.02)

    def _draw_labs(self) -> None:
        plot = self._plot("Muscle enzymes (× the lab's upper limit of normal)", "× ULN", 160)
        legend = self._legend(plot)
        top = max(float(np.nanmax(s.y)) for s in self.data.labs) * 1.1
        self._bands(plot, top)
        span = self.data.x_range() or (0.0, 1.0)
        normal = pg.BarGraphItem(
            x0=[span[0] - 400 * DAY],
            x1=[span[1] + 400 * DAY],
            y0=[0],
            y1=[1],
            brush=pg.mkBrush(*self.pal.normal),
            pen=pg.mkPen(None),
        )
        normal.setZValue(-15)
        plot.addItem(normal, ignoreBounds=True)
        legend.addItem(self._swatch(self.pal.normal), "normal range (≤ 1 × ULN)")
        for s in self.data.labs:
            colour = self.pal.labs.get(s.key, self.pal.ink)
            symbol = LAB_SYMBOLS.get(s.key, "o")
            self._curve(
                plot,
                f"lab:{s.key}",
                s.x,
                s.y,
                s.key,
                pen=self.pen(colour, 1.5),
                symbol=symbol,
                symbolSize=6,
                symbolPen=None,
                symbolBrush=colour,
            )
        plot.setYRange(0, top, padding=0.02)
        self.lab_plot = plot

    def set_lab_log(self, on: bool) -> None:
        plot = getattr(self, "lab_plot", None)
        if plot is not None:
            plot.setLogMode(y=on)
            plot.enableAutoRange(axis="y")

    def _draw_tis(self, tis: Any) -> None:
        plot = self._plot(
            "Total Improvement Score, computed by the app (dashed: 20 minimal, 40 moderate, "
            "60 major)",
            "TIS",
            140,
        )
        self._legend(plot)  # entries come from the named curves
        self._bands(plot, 100)
        for level in (20, 40, 60):
            line = pg.InfiniteLine(
                pos=level,
                angle=0,
                pen=pg.mkPen(self.pal.muted, width=1, style=Qt.PenStyle.DashLine),
            )
            plot.addItem(line, ignoreBounds=True)
        partial = np.asarray(getattr(tis, "partial", np.zeros(tis.x.size, bool)), dtype=bool)
        full = ~partial
        self._curve(
            plot,
            "tis",
            tis.x[full],
            tis.y[full],
            "TIS (all 6 measures)",
            pen=self.pen(self.pal.ink, 2),
            symbol="o",
            symbolSize=8,
            symbolBrush=self.pal.ink,
        )
        if partial.any():
            self._curve(
                plot,
                "tis:partial",
                tis.x[partial],
                tis.y[partial],
                "partial TIS (fewer than 6 measures, no category)",
                pen=None,
                symbol="s",
                symbolSize=9,
                symbolBrush=None,
                symbolPen=pg.mkPen(self.pal.ink, width=1.5),
            )
        plot.setYRange(0, 100, padding=0.02)

    def _draw_treatments(self) -> None:
        plot = self._plot(
            "Treatment: IVIG courses (shaded) and prednisone-equivalent", "mg/day", 150
        )
        legend = self._legend(plot)
        p = self.data.prednisone
        peak = float(np.nanmax(p.y)) if p.y.size and np.isfinite(p.y).any() else 10.0
        top = peak * 1.15 + 1
        self._bands(plot, top)
        if self.data.courses:
            legend.addItem(self._swatch(self.pal.course), "IVIG course")
        if p.x.size:
            self._curve(
                plot,
                "prednisone",
                p.x,
                p.y,
                "Prednisone-equivalent mg/day",
                pen=self.pen(self.pal.prednisone, 2.5),
                connect="finite",
            )
        plot.setYRange(0, top, padding=0)
        self.treatment_plot = plot

    def _swatch(self, rgba: tuple[int, int, int, int]) -> pg.PlotDataItem:
        """A legend sample of a shading: the shade as drawn on the chart, framed."""
        return swatch(opaque(rgba, self.pal.background), self.pal.axis)

    def _draw_side_effects(self) -> None:
        """Side effects in a lane of their own, at the height of their grade (1–4) on a grade
        axis; the grade is also the symbol's shape and size, a red flag a red ▲ and words."""
        ev = self.data.events
        plot = self._plot("Side effects (height, shape and size: grade 1–4)", "grade", 120)
        plot.getAxis("left").setTicks([[(g, str(g)) for g in range(1, 5)]])
        legend = self._legend(plot)
        self._bands(plot, 5.0, 0.4)
        grades = np.clip(np.asarray(ev.grade, dtype=float), 1, 4)
        item = pg.ScatterPlotItem(
            ev.x,
            grades,
            symbol=[GRADE_SYMBOLS.get(int(g), ("o", 8))[0] for g in grades],
            size=[GRADE_SYMBOLS.get(int(g), ("o", 8))[1] for g in grades],
            brush=[self.pal.red if rf else self.pal.event for rf in ev.red_flag],
            pen=pg.mkPen(self.pal.outline, width=0.5),
        )
        plot.addItem(item)
        item.opts["brush"] = pg.mkBrush(self.pal.event)  # its legend sample's (each has its own)
        self.items["side_effects"] = item
        legend.addItem(item, "Side effect")
        flags = np.flatnonzero(ev.red_flag)
        if flags.size:
            marks = pg.ScatterPlotItem(
                ev.x[flags],
                grades[flags] + 0.5,
                symbol="t1",
                size=14,
                brush=self.pal.red,
                pen=pg.mkPen(self.pal.ink),
            )
            plot.addItem(marks)
            legend.addItem(marks, "Red flag ▲")
            for i in flags:
                text = pg.TextItem("RED FLAG", color=self.pal.red_text, anchor=(-0.1, 0.5))
                text.setFont(self._bold_small())
                text.setPos(float(ev.x[i]), float(grades[i]) + 0.5)
                plot.addItem(text, ignoreBounds=True)
                self.red_flag_texts.append(text)
        plot.setYRange(0.4, 5.0, padding=0)
        self.side_effect_plot = plot

    def _place_red_flags(self, *_: Any) -> None:
        """A "RED FLAG" near the right edge is written to the left of its mark: never cut."""
        lo, hi = self.x_range()
        for text in getattr(self, "red_flag_texts", []):
            left = text.pos().x() > lo + 0.75 * (hi - lo)
            text.setAnchor((1.1, 0.5) if left else (-0.1, 0.5))

    def _bold_small(self) -> QFont:
        font = QFont()  # the application's family: an empty family name crashes Qt's text layout
        font.setPointSizeF(self.small_pt)
        font.setBold(True)
        self._fonts = [*getattr(self, "_fonts", []), font]
        return font

    def _draw_drugs(self) -> None:
        drugs = self.data.other_drugs
        names = sorted({b.name for b in drugs})
        plot = self._plot("Other medicines", "", 40 + 28 * len(names))
        plot.getAxis("left").setTicks([[(i, n) for i, n in enumerate(names)]])
        plot.setLabel("left", "")
        self.drug_font = QFont()
        self.drug_font.setPointSizeF(self.small_pt)
        plot.getAxis("left").setStyle(tickFont=self.drug_font)
        row = {n: i for i, n in enumerate(names)}
        bars = pg.BarGraphItem(
            x0=np.array([b.start for b in drugs]),
            x1=np.array([b.end for b in drugs]),
            y=np.array([row[b.name] for b in drugs], dtype=float),
            height=0.6,
            brush=pg.mkBrush(self.pal.bars),
            pen=pg.mkPen(self.pal.bar_edge),
        )
        plot.addItem(bars)
        plot.setYRange(-0.6, len(names) - 0.4, padding=0)
        self.drug_bars = drugs

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
        if not self.plots or (span is None and self.today is None):
            return
        end = self.day_x(self.today) + DAY if self.today is not None else span[1]  # type: ignore[index]
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
