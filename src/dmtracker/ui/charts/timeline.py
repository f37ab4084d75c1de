"""The timeline: stacked plots on one date axis (pyqtgraph).

Rows: the daily scales (with possible flares), one row per self-test, the patient-reported rash
score, muscle enzymes as multiples of the lab's upper limit of normal, then a treatment lane
(prednisone mg/day as a step line, side effects as symbols) and other drugs as bars. IVIG courses
are shaded in every row. Everything is drawn from one :class:`TrendData`; panning and zooming
never touch the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent

from dmtracker.domain import trends, vocab
from dmtracker.domain.stats import rolling_mean

# Okabe–Ito colours, and a line style or symbol for each: colour never carries meaning alone.
SCALE_STYLES = {
    "patient_global": ("#0072B2", Qt.PenStyle.SolidLine, "o"),
    "fatigue": ("#D55E00", Qt.PenStyle.DashLine, "s"),
    "pain": ("#009E73", Qt.PenStyle.DotLine, "t"),
    "itch": ("#CC79A7", Qt.PenStyle.DashDotLine, "d"),
}
LAB_STYLES = {
    "CK": ("#0072B2", "o"),
    "aldolase": ("#D55E00", "s"),
    "LDH": ("#009E73", "t"),
    "AST": ("#CC79A7", "d"),
    "ALT": ("#56B4E9", "+"),
}
GRADE_SYMBOLS = {1: ("o", 8), 2: ("s", 10), 3: ("t", 13), 4: ("star", 16)}
COURSE_BRUSH = (0, 114, 178, 38)
INK = "#202020"
DAY = 86400.0
LEFT_AXIS = 136  # the same for every row, so the dates line up (drug names need room)
DETAIL_POINTS = 150  # series longer than this show their symbols only when zoomed in
DETAIL_DAYS = 400  # ... to this many days or fewer


def _pen(colour: str, width: float = 2, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> Any:
    return pg.mkPen(colour, width=width, style=style)


class TimelineChart(pg.GraphicsLayoutWidget):
    """Stacked, X-linked plots. ``hovered`` reports the day under the crosshair."""

    hovered = Signal(float)  # x (Unix seconds) of the crosshair
    visibility_changed = Signal(str, bool)  # series key, visible

    def __init__(self, parent: Any = None, interactive: bool = True):
        super().__init__(parent)
        self.setBackground("w")
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
        self.pool: list[pg.PlotItem] = []  # plots are kept and reused between draws
        if interactive:
            self.proxy = pg.SignalProxy(
                self.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved
            )

    # -- building -----------------------------------------------------------------------------
    def _new_plot(self, row: int) -> pg.PlotItem:
        axis = pg.DateAxisItem(orientation="bottom")
        plot = self.addPlot(row=row, col=0, axisItems={"bottom": axis})
        plot.showGrid(x=False, y=row == 0, alpha=0.15)  # grid lines cost ~1 ms per row per frame
        plot.setMouseEnabled(x=True, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.getAxis("left").setWidth(LEFT_AXIS)
        for name in ("left", "bottom"):
            plot.getAxis(name).setTextPen(INK)
            plot.getAxis(name).setPen("#808080")
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
            plot.setLogMode(x=False, y=False)
            left = plot.getAxis("left")
            left.setTicks(None)
            left.setStyle(tickFont=None)
            plot.showAxis("bottom")
            plot.setVisible(True)
        else:
            plot = self._new_plot(row)
            self.pool.append(plot)
        plot.setTitle(f"<span style='color:{INK};font-size:11pt'><b>{title}</b></span>")
        plot.setLabel("left", unit, color=INK)
        self.ci.layout.setRowPreferredHeight(row, height)
        self.ci.layout.setRowMinimumHeight(row, height)
        self.ci.layout.setRowMaximumHeight(row, 100000)
        self.plots.append(plot)
        if self.interactive:
            line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#555555", width=1))
            line.setZValue(50)
            plot.addItem(line, ignoreBounds=True)
            self.lines.append(line)
        return plot

    def _legend(self, plot: pg.PlotItem) -> pg.LegendItem:
        legend = plot.addLegend(
            offset=(8, 4), colCount=4, labelTextColor=INK, brush=pg.mkBrush(255, 255, 255, 210)
        )
        legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(8, 4))
        return legend

    def _curve(
        self,
        plot: pg.PlotItem,
        key: str,
        x: np.ndarray,
        y: np.ndarray,
        name: str | None,
        **opts: Any,
    ) -> Any:
        symbol_opts = {}
        if "symbol" in opts and np.size(x) > DETAIL_POINTS:
            # symbols on thousands of points are slow: they appear once the view is zoomed in
            symbol_opts = {k: opts.pop(k) for k in list(opts) if k.startswith("symbol")}
        item = pg.PlotDataItem(x, y, name=name, **opts)
        if symbol_opts:
            self.detail_items.append((item, symbol_opts))
        plot.addItem(item)  # into the view box first: clipping needs to know the view
        if np.size(x) > 1000:
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
        self.items[key] = item
        if key in self.hidden:
            item.setVisible(False)
        item.visibleChanged.connect(
            lambda item=item, key=key: self.visibility_changed.emit(key, item.isVisible())
        )
        return item

    def _bands(self, plot: pg.PlotItem, top: float, bottom: float = 0.0) -> None:
        """Every IVIG course as one filled step path (one item: replaying a picture of
        hundreds of rectangles on every frame is slow)."""
        if not self.data.courses:
            return
        edges = np.empty(2 * len(self.data.courses))
        edges[0::2] = [b.start for b in self.data.courses]
        edges[1::2] = [b.end for b in self.data.courses]
        edges = np.maximum.accumulate(edges)  # overlapping courses stay a valid step path
        levels = np.empty(edges.size - 1)
        levels[0::2] = top
        levels[1::2] = bottom
        bands = pg.PlotCurveItem(
            edges,
            levels,
            stepMode="center",
            fillLevel=bottom,
            pen=pg.mkPen(None),
            brush=pg.mkBrush(*COURSE_BRUSH),
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
    ) -> None:
        """Draw everything in ``data`` (a services.series.TrendData)."""
        self.plots, self.items, self.lines = [], {}, []
        self.detail_items: list[tuple[Any, dict[str, Any]]] = []
        self.detail_on = False
        self.data = data
        self.mean_on = mean_on
        self.hidden = set(hidden or ())
        self._draw_scales(flares or [])
        for series in data.self_tests:
            self._draw_points(series, "#0072B2")
        if data.rash.x.size:
            self._draw_points(data.rash, "#CC79A7", title="Rash (patient-reported score)")
        if data.labs:
            self._draw_labs()
        if tis is not None and tis.x.size:
            self._draw_tis(tis)
        self._draw_treatments()
        if data.other_drugs:
            self._draw_drugs()
        last = self.plots[-1]
        for plot in self.plots[:-1]:
            plot.hideAxis("bottom")  # one date axis, at the bottom; ticks cost time per frame
        last.setLabel("bottom", "")
        for r, spare in enumerate(self.pool[len(self.plots) :], start=len(self.plots)):
            spare.clear()
            spare.setVisible(False)
            self.ci.layout.setRowPreferredHeight(r, 0)
            self.ci.layout.setRowMinimumHeight(r, 0)
            self.ci.layout.setRowMaximumHeight(r, 0)
        if not getattr(self, "_detail_connected", False):
            self.plots[0].sigXRangeChanged.connect(self._update_detail)
            self._detail_connected = True
        self.show_all()
        self._update_detail()

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
        plot.setYRange(-0.3, 13.6, padding=0)  # room above 10 for the legend
        plot.setLimits(yMin=-1, yMax=14)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        legend = self._legend(plot)
        self._bands(plot, 10.9, -0.3)
        for s in self.data.scales:
            colour, style, symbol = SCALE_STYLES[s.key]
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
                    pen=_pen(colour, 2.5, style),
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
                    pen=_pen(colour, 1.5, style),
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
                symbolBrush="#000000",
                symbolPen=pg.mkPen("#ffffff"),
            )
        legend.setParentItem(plot.vb)

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
            pen=_pen(colour, 1.5),
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
            brush=pg.mkBrush(0, 158, 115, 35),
            pen=pg.mkPen(None),
        )
        normal.setZValue(-15)
        plot.addItem(normal, ignoreBounds=True)
        normal_sample = pg.PlotDataItem(
            [], [], pen=None, symbol="s", symbolSize=12, symbolBrush=pg.mkBrush(0, 158, 115, 60)
        )
        legend.addItem(normal_sample, "normal range (≤ 1 × ULN)")
        for s in self.data.labs:
            colour, symbol = LAB_STYLES.get(s.key, ("#000000", "o"))
            self._curve(
                plot,
                f"lab:{s.key}",
                s.x,
                s.y,
                s.key,
                pen=_pen(colour, 1.5),
                symbol=symbol,
                symbolSize=6,
                symbolPen=None,
                symbolBrush=colour,
            )
        plot.setYRange(0, top, padding=0.02)
        self.lab_plot = plot
        legend.setParentItem(plot.vb)
        legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-8, 4))

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
        legend = self._legend(plot)
        self._bands(plot, 100)
        for level in (20, 40, 60):
            line = pg.InfiniteLine(
                pos=level, angle=0, pen=pg.mkPen("#606060", width=1, style=Qt.PenStyle.DashLine)
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
            pen=_pen("#000000", 2),
            symbol="o",
            symbolSize=8,
            symbolBrush="#000000",
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
                symbolPen=pg.mkPen("#000000", width=1.5),
            )
        plot.setYRange(0, 100, padding=0.02)
        legend.setParentItem(plot.vb)
        legend.anchor(itemPos=(1, 1), parentPos=(1, 1), offset=(-8, -4))

    def _draw_treatments(self) -> None:
        plot = self._plot(
            "Treatment: IVIG courses (shaded), prednisone, side effects", "mg/day", 190
        )
        legend = self._legend(plot)
        p = self.data.prednisone
        peak = float(np.nanmax(p.y)) if p.y.size else 10.0
        top = peak * 2.0 + 2  # the legend sits above the side effects, above the line
        self._bands(plot, top)
        if self.data.courses:
            sample = pg.PlotDataItem(
                [],
                [],
                pen=None,
                symbol="s",
                symbolSize=12,
                symbolBrush=pg.mkBrush(*COURSE_BRUSH),
                symbolPen=None,
            )
            legend.addItem(sample, "IVIG course")
        if p.x.size:
            self._curve(
                plot,
                "prednisone",
                p.x,
                p.y,
                "Prednisone mg/day",
                pen=_pen("#E69F00", 2.5),
                connect="finite",
            )
        ev = self.data.events
        if ev.x.size:
            y = np.full(ev.x.size, peak * 1.3 + 1)
            brushes = ["#D00000" if rf else "#404040" for rf in ev.red_flag]
            symbols = [GRADE_SYMBOLS.get(int(g), ("o", 8))[0] for g in ev.grade]
            sizes = [GRADE_SYMBOLS.get(int(g), ("o", 8))[1] for g in ev.grade]
            item = pg.ScatterPlotItem(
                ev.x,
                y,
                symbol=symbols,
                size=sizes,
                brush=brushes,
                pen=pg.mkPen("#ffffff", width=0.5),
            )
            plot.addItem(item)
            self.items["side_effects"] = item
            legend.addItem(item, "Side effect (shape and size: grade 1–4)")
            flags = np.flatnonzero(ev.red_flag)
            if flags.size:
                marks = pg.ScatterPlotItem(
                    ev.x[flags],
                    np.full(flags.size, peak * 1.3 + 1),
                    symbol="t1",
                    size=18,
                    brush="#D00000",
                    pen=pg.mkPen("#000000"),
                )
                plot.addItem(marks)
                legend.addItem(marks, "Red flag ▲")
                for i in flags:
                    text = pg.TextItem("RED FLAG", color="#B00000", anchor=(-0.15, 0.5))
                    text.setFont(self._bold_small())
                    text.setPos(float(ev.x[i]), peak * 1.3 + 1)
                    plot.addItem(text, ignoreBounds=True)
        plot.setYRange(0, top, padding=0)
        legend.setParentItem(plot.vb)

    def _bold_small(self) -> QFont:
        font = QFont()  # the application's family: an empty family name crashes Qt's text layout
        font.setPointSize(8)
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
        self.drug_font.setPointSize(8)
        plot.getAxis("left").setStyle(tickFont=self.drug_font)
        row = {n: i for i, n in enumerate(names)}
        bars = pg.BarGraphItem(
            x0=np.array([b.start for b in drugs]),
            x1=np.array([b.end for b in drugs]),
            y=np.array([row[b.name] for b in drugs], dtype=float),
            height=0.6,
            brush=pg.mkBrush("#999999"),
            pen=pg.mkPen("#555555"),
        )
        plot.addItem(bars)
        plot.setYRange(-0.6, len(names) - 0.4, padding=0)
        self.drug_bars = drugs

    # -- view ---------------------------------------------------------------------------------
    def show_all(self) -> None:
        span = self.data.x_range() if self.data is not None else None
        if span and self.plots:
            self.plots[0].setXRange(span[0] - DAY, span[1] + DAY, padding=0)

    def show_last(self, days: int) -> None:
        span = self.data.x_range() if self.data is not None else None
        if span and self.plots:
            end = span[1]
            self.plots[0].setXRange(end - days * DAY, end + DAY / 2, padding=0)

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
