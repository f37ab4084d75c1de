"""The timeline: stacked plots on one date axis (pyqtgraph).

Rows: the daily scales (with possible flares), one row per self-test, the patient-reported rash
score, muscle enzymes as multiples of the lab's upper limit of normal, then a treatment lane
(prednisone mg/day as a step line, side effects as symbols) and other drugs as bars. IVIG courses
are shaded in every row. Everything is drawn from one :class:`TrendData`; panning and zooming
never touch the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, tzinfo
from functools import partial
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF

from dmtracker.domain import trends, vocab
from dmtracker.domain.settings import DEFAULT_FLARE_THRESHOLD
from dmtracker.domain.stats import rolling_mean
from dmtracker.i18n import formats, translate, vocabulary
from dmtracker.ui.charts.measures import analyte_name, unit_name
from dmtracker.ui.charts.plot_stack import DAY, PlotStack

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
DRUG_LANE = 36  # pixels of a medicine's lane at 100 % text: its name above its bar


class TimelineChart(PlotStack):
    """The rows of the timeline, drawn from one :class:`TrendData` into a :class:`PlotStack`,
    and drawn again when the app's theme or text size changes."""

    redrawn = Signal()  # drawn afresh for a new theme or text size (its height may change)

    def __init__(self, parent: Any = None, interactive: bool = True):
        super().__init__(parent, interactive)
        self.look_timer = QTimer(self)  # (dies with the chart: no call after it is gone)
        self.look_timer.setSingleShot(True)
        self.look_timer.setInterval(0)
        self.look_timer.timeout.connect(self._follow_look)
        self.setAccessibleName(translate("Timeline", "Timeline chart"))
        self.mean_on = True

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

    def set_data(
        self,
        data: Any,
        mean_on: bool = True,
        hidden: set[str] | None = None,
        flare_threshold: float = DEFAULT_FLARE_THRESHOLD,
        flares: list[trends.Flare] | None = None,
        tis: Any = None,
        tz: tzinfo | None = None,
        today: date | None = None,
    ) -> None:
        """Draw everything in ``data`` (a services.series.TrendData); dates in ``tz`` (the
        patient's zone), ``today`` marked."""
        steps = self.set_data_steps(data, mean_on, hidden, flare_threshold, flares, tis, tz, today)
        for _ in steps:
            pass

    def set_data_steps(
        self,
        data: Any,
        mean_on: bool = True,
        hidden: set[str] | None = None,
        flare_threshold: float = DEFAULT_FLARE_THRESHOLD,
        flares: list[trends.Flare] | None = None,
        tis: Any = None,
        tz: tzinfo | None = None,
        today: date | None = None,
    ) -> Iterator[None]:
        """:meth:`set_data` in steps: each ``next()`` draws one row (the caller may run the
        event loop between them: the report draws on the GUI thread in short steps)."""
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
        self.drug_names: list[tuple[pg.TextItem, list[tuple[float, float]]]] = []
        self.today_sample: pg.PlotDataItem | None = None
        self.detail_items: list[tuple[Any, dict[str, Any]]] = []
        self.detail_on = False
        self.data = data
        self.mean_on = mean_on
        self.hidden = set(hidden or ())
        for draw in self._row_drawers(data, flares or [], tis):
            draw()
            yield
        self._lay_out_rows()
        if not getattr(self, "_detail_connected", False):
            self.plots[0].sigXRangeChanged.connect(self._update_detail)
            self.plots[0].sigXRangeChanged.connect(lambda *_: self.plots_range_changed.emit())
            self.plots[0].sigXRangeChanged.connect(self._place_red_flags)
            self.plots[0].sigXRangeChanged.connect(self._place_drug_names)
            self._detail_connected = True
        self.fit_legends()
        self.show_all()
        self._update_detail()
        self._place_red_flags()
        self._place_drug_names()

    def _row_drawers(
        self, data: Any, flares: list[trends.Flare], tis: Any
    ) -> list[Callable[[], None]]:
        """What draws each plot (a row of the stack), top to bottom: one per kind of data
        there is."""
        rows: list[Callable[[], None]] = [partial(self._draw_scales, flares)]
        rows += [partial(self._draw_points, series, self.pal.tests) for series in data.self_tests]
        if data.rash.x.size:
            rash = translate("Timeline", "Rash (patient-reported score)")
            rows.append(partial(self._draw_points, data.rash, self.pal.rash, rash))
        steps = getattr(data, "steps", None)
        if steps is not None and steps.x.size:  # its own row, its own axis: steps a day
            rows.append(partial(self._draw_points, steps, self.pal.tests))
        if data.labs:
            rows.append(self._draw_labs)
        if tis is not None and tis.x.size:
            rows.append(partial(self._draw_tis, tis))
        rows.append(self._draw_treatments)
        if data.events.x.size:
            rows.append(self._draw_side_effects)
        if data.other_drugs:
            rows.append(self._draw_drugs)
        return rows

    def row_count(self, data: Any, tis: Any = None) -> int:
        """The plots :meth:`set_data` will draw for ``data`` (for :meth:`prepare`)."""
        return len(self._row_drawers(data, [], tis))

    def _lay_out_rows(self) -> None:
        """Date axes at the bottom (and the top of a tall stack); the unused plots of the pool
        hidden and given no height."""
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

    def _draw_scales(self, flares: list[trends.Flare]) -> None:
        plot = self._plot(translate("Timeline", "How I feel (0 = none, 10 = worst)"), "0–10", 260)
        plot.setYRange(-0.3, 11.2, padding=0)  # room above 10 for the flare marks
        plot.setLimits(yMin=-1, yMax=12)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        legend = self._legend(plot)  # entries come from the named curves
        if self.today_sample is not None and self.today is not None:
            today = translate("Timeline", "today ({date})").format(
                date=formats.day_short(self.today)
            )
            legend.addItem(self.today_sample, today)
        self._bands(plot, 11.2, -0.3)
        for s in self.data.scales:
            style, symbol = SCALE_STYLES[s.key]
            name = vocabulary(s.label)
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
                    translate("Timeline", "{scale} (7-day mean)").format(scale=name),
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
                    name,
                    pen=self.pen(colour, 1.5, style),
                    connect="finite",
                    symbol=symbol,
                    symbolSize=4,
                    symbolPen=None,
                    symbolBrush=colour,
                )
        self._draw_entries(plot, legend)
        if flares:
            xs = self.data.scales[0].x
            fx = np.array([xs[(f.day - self.data.first_day).days] for f in flares])
            self._curve(
                plot,
                "flares",
                fx,
                np.full(fx.size, 10.6),
                translate("Timeline", "Possible flare"),  # the legend draws the ▼ beside it
                pen=None,
                symbol="t",
                symbolSize=11,
                symbolBrush=self.pal.ink,
                symbolPen=pg.mkPen(self.pal.outline),
            )

    def _draw_entries(self, plot: Any, legend: Any) -> None:
        """Entries during the day: ◆ at their time, in their scale's colour, shown and hidden
        with their scale; one legend entry for all."""
        entries = getattr(self.data, "entries", {})
        for key, s in entries.items():
            if not s.x.size or key not in self.items:
                continue
            colour = self.pal.scales[key]
            item = self._curve(
                plot,
                f"{key}:entries",
                s.x,
                s.y,
                None,
                pen=None,
                symbol="d",
                symbolSize=9,
                symbolPen=pg.mkPen(self.pal.outline, width=0.8),
                symbolBrush=colour,
            )
            self.items[key].visibleChanged.connect(
                lambda k=key: self.items[f"{k}:entries"].setVisible(self.items[k].isVisible())
            )
            item.setVisible(self.items[key].isVisible())
        if any(s.x.size for s in entries.values()):
            sample = pg.ScatterPlotItem(
                [0.0], [0.0], symbol="d", size=9, brush=self.pal.ink, pen=pg.mkPen(self.pal.outline)
            )
            legend.addItem(sample, translate("Timeline", "◆ entries during the day"))

    def _draw_points(self, series: Any, colour: str, title: str | None = None) -> None:
        kind = vocab.SELF_TESTS.get(series.key.split(":")[0])
        name = title or vocabulary(series.label)
        if kind is not None and kind.higher_is_better:
            name = translate("Timeline", "{measure} (higher is better)").format(measure=name)
        elif kind is not None:
            name = translate("Timeline", "{measure} (lower is better)").format(measure=name)
        plot = self._plot(name, unit_name(series.unit), 110)
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
        plot = self._plot(
            translate("Timeline", "Muscle enzymes (× the lab's upper limit of normal)"),
            "× ULN",
            160,
        )
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
        legend.addItem(
            self._swatch(self.pal.normal), translate("Timeline", "normal range (≤ 1 × ULN)")
        )
        for s in self.data.labs:
            colour = self.pal.labs.get(s.key, self.pal.ink)
            symbol = LAB_SYMBOLS.get(s.key, "o")
            self._curve(
                plot,
                f"lab:{s.key}",
                s.x,
                s.y,
                analyte_name(s.key),
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
            translate(
                "Timeline",
                "Total Improvement Score, computed by the app (dashed: 20 minimal, 40 moderate, "
                "60 major)",
            ),
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
            translate("Timeline", "TIS (all 6 measures)"),
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
                translate("Timeline", "partial TIS (fewer than 6 measures, no category)"),
                pen=None,
                symbol="s",
                symbolSize=9,
                symbolBrush=None,
                symbolPen=pg.mkPen(self.pal.ink, width=1.5),
            )
        plot.setYRange(0, 100, padding=0.02)

    def _draw_treatments(self) -> None:
        plot = self._plot(
            translate("Timeline", "Treatment: IVIG courses (shaded) and prednisone-equivalent"),
            translate("Timeline", "mg/day"),
            150,
        )
        legend = self._legend(plot)
        p = self.data.prednisone
        peak = float(np.nanmax(p.y)) if p.y.size and np.isfinite(p.y).any() else 10.0
        top = peak * 1.15 + 1
        self._bands(plot, top)
        if self.data.courses:
            legend.addItem(self._swatch(self.pal.course), translate("Timeline", "IVIG course"))
        if p.x.size:
            self._curve(
                plot,
                "prednisone",
                p.x,
                p.y,
                translate("Timeline", "Prednisone-equivalent mg/day"),
                pen=self.pen(self.pal.prednisone, 2.5),
                connect="finite",
            )
        plot.setYRange(0, top, padding=0)
        self.treatment_plot = plot

    def _draw_side_effects(self) -> None:
        """Side effects in a lane of their own, at the height of their grade (1–4) on a grade
        axis; the grade is also the symbol's shape and size, a red flag a red ▲ and words."""
        ev = self.data.events
        plot = self._plot(
            translate("Timeline", "Side effects (height, shape and size: grade 1–4)"),
            translate("Timeline", "grade", "axis title: the grade (severity) of a side effect"),
            120,
        )
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
        legend.addItem(item, translate("Timeline", "Side effect"))
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
            legend.addItem(marks, translate("Timeline", "Red flag ▲"))
            red_flag = translate("Timeline", "RED FLAG")
            for i in flags:
                text = pg.TextItem(red_flag, color=self.pal.red_text, anchor=(-0.1, 0.5))
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

    def _draw_drugs(self) -> None:
        """Each other medicine in a lane of its own: its name written in the lane above its
        bars, at the left of what is shown (names on the axis made every row's axis as wide as
        the longest name: a strip of empty room beside every plot)."""
        drugs = self.data.other_drugs
        names = sorted({b.name for b in drugs})
        plot = self._plot(translate("Timeline", "Other medicines"), "", 40 + DRUG_LANE * len(names))
        plot.getAxis("left").setTicks([[(i, "") for i in range(len(names))]])
        plot.setLabel("left", "")
        row = {n: i for i, n in enumerate(names)}
        bars = pg.BarGraphItem(
            x0=np.array([b.start for b in drugs]),
            x1=np.array([b.end for b in drugs]),
            # the lower part of the lane; its name above the bar
            y=np.array([row[b.name] for b in drugs], dtype=float) - 0.2,
            height=0.3,
            brush=pg.mkBrush(self.pal.bars),
            pen=pg.mkPen(self.pal.bar_edge),
        )
        plot.addItem(bars)
        self.drug_names = []
        font = self._small_font()
        # a fitted image (the report's page) keeps each lane a name and a bar high
        plot.data_floor = len(names) * QFontMetricsF(font).height() * 1.8
        for name in names:
            spans = sorted((b.start, b.end) for b in drugs if b.name == name)
            text = pg.TextItem(name, color=self.pal.ink, anchor=(0, 1))
            text.setFont(font)
            text.setPos(spans[0][0], row[name])
            plot.addItem(text, ignoreBounds=True)
            self.drug_names.append((text, spans))
        plot.setYRange(-0.5, len(names) - 0.3, padding=0)  # (room above the top name)
        self.drug_bars = drugs

    def _place_drug_names(self, *_: Any) -> None:
        """Each medicine's name at the left of its first bar in view (at the view's left edge
        while a bar runs on from before it); hidden while none of its bars is in view."""
        lo, hi = self.x_range()
        for text, spans in getattr(self, "drug_names", []):
            start = next((max(a, lo) for a, b in spans if b > lo and a < hi), None)
            text.setVisible(start is not None)
            if start is not None:
                text.setPos(start, text.pos().y())
