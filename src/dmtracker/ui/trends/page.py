"""Trends: the timeline of everything, the infusion-cycle view and the list of possible flares.

pyqtgraph is imported when the page is first shown, so it does not slow the start.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import settings as settings_rules
from dmtracker.domain import vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import Text
from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.ui.charts.measures import cycle_y_range, measure_choices, measure_label
from dmtracker.ui.kit.empty_state import add_empty_state
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.page import Page
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.values import pydate
from dmtracker.ui.kit.widgets import RecordTable
from dmtracker.ui.trends.export import ExportDialog, export_title, save_chart
from dmtracker.ui.trends.layouts import FlowRow, TabPane, group

PRESET_DAYS = (28, 84, 182, 365, 0)  # the preset ranges' days (0: all)
HIDDEN_KEY = settings_rules.TRENDS_HIDDEN
MEAN_KEY = settings_rules.TRENDS_MEAN
THRESHOLD_KEY = settings_rules.FLARE_THRESHOLD
PRELOAD_ROWS = 12  # scales, self-tests, rash, enzymes, TIS, treatments, side effects, drugs
DAY = 86400.0

log = logging.getLogger(__name__)


def preset_labels() -> tuple[str, ...]:
    """The preset buttons' texts, in the order of :data:`PRESET_DAYS`."""
    return (
        translate("TrendsPage", "4 &weeks"),
        translate("TrendsPage", "12 wee&ks"),
        translate("TrendsPage", "6 m&onths"),
        translate("TrendsPage", "1 &year"),
        translate("TrendsPage", "&All"),
    )


def measure_name(label: str) -> str:
    """A measure's label (the domain's vocabulary, or a self-test's own name) as shown."""
    return localize(label) if isinstance(label, Text) else vocabulary(label)


def tenths(value: float) -> str:
    return formats.number(round(value, 1), 1)


def short_number(value: float) -> str:
    """A value as short as it reads (up to 6 digits), with the language's decimal sign."""
    return f"{value:g}".replace(".", formats.decimal_sign())


class TrendsPage(Page):
    title = "Trends"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty = add_empty_state(self)
        self.data: Any = None
        self.chart: Any = None
        self.cycle_chart: Any = None
        self.flares: list[Any] = []  # domain.trends.Flare
        self.stale = True
        self.tis: Any = None

        # three rows (presets; dates; options), each wrapping onto a further line when the
        # page is narrow (1024 pixels at 200 % text): nothing pushes the page sideways
        controls = FlowRow()
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        for i, (text, days) in enumerate(zip(preset_labels(), PRESET_DAYS, strict=True)):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setProperty("days", days)
            b.setAccessibleName(
                translate("TrendsPage", "Show {range}").format(range=text.replace("&", ""))
            )
            self.range_group.addButton(b, i)
            controls.addWidget(b)
        self.range_group.button(len(PRESET_DAYS) - 1).setChecked(True)
        self.custom_start = DateInput(
            translate("TrendsPage", "Custom range start"), key="range_start"
        )
        self.custom_end = DateInput(translate("TrendsPage", "Custom range end"), key="range_end")
        for w in (self.custom_start, self.custom_end):
            w.edit.returnPressed.connect(self._custom)  # Enter in a box shows its range
        self.custom_button = QPushButton(translate("TrendsPage", "Show &range"))
        self.layout_.addLayout(controls)
        dates = FlowRow()
        dates_label = QLabel(translate("TrendsPage", "&Dates shown:"))
        dates_label.setBuddy(self.custom_start)
        # (Alt+T is the Timeline tab)
        to_label = QLabel(translate("TrendsPage", "to", "between the first and the last date"))
        to_label.setBuddy(self.custom_end)
        dates.addWidget(group(dates_label, self.custom_start))
        dates.addWidget(group(to_label, self.custom_end))
        dates.addWidget(self.custom_button)
        self.layout_.addLayout(dates)
        options = FlowRow()
        self.mean_box = QCheckBox(translate("TrendsPage", "7-day m&ean"))
        self.mean_box.setChecked(True)
        self.log_box = QCheckBox(translate("TrendsPage", "&Log scale for enzymes"))
        self.export_button = QPushButton(translate("TrendsPage", "E&xport chart…"))
        options.addWidget(self.mean_box)
        options.addWidget(self.log_box)
        options.addWidget(self.export_button)
        self.layout_.addLayout(options)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("TrendsPage", "Trend views"))
        timeline = TabPane()
        tl = QVBoxLayout(timeline)
        tl.setContentsMargins(0, 0, 0, 0)
        self.readout = QLabel(
            translate(
                "TrendsPage",
                "Move the mouse over the chart, or focus it and use Ctrl+← →, to read the values "
                "of a day.",
            )
        )
        self.readout.setWordWrap(True)
        self.readout.setObjectName("readout")
        self.readout.setMinimumHeight(48)
        self.keys_hint = QLabel(
            translate(
                "TrendsPage",
                "The mouse wheel scrolls the page; Ctrl+wheel zooms the chart (the wheel alone "
                "zooms while the chart has the keyboard focus). Chart keys: ← → pan · ↑ ↓ zoom · "
                "Home shows all · Ctrl+← → move the day marker. Click a legend entry to hide it.",
            )
        )
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)
        tl.addWidget(self.readout)
        tl.addWidget(self.keys_hint)
        self.timeline_host = tl
        self.tabs.addTab(timeline, translate("TrendsPage", "&Timeline"))

        cycle = TabPane()
        cl = QVBoxLayout(cycle)
        row = QHBoxLayout()
        self.measure = QComboBox()
        self.measure.setAccessibleName(translate("TrendsPage", "Measure for the cycle view"))
        mlabel = QLabel(translate("TrendsPage", "Mea&sure:"))
        mlabel.setBuddy(self.measure)
        row.addWidget(mlabel)
        row.addWidget(self.measure, 1)
        cl.addLayout(row)
        self.cycle_note = QLabel(
            translate(
                "TrendsPage",
                "Each IVIG course starts day 0. The bold line is the median over all cycles, the "
                "band the middle half; a rise towards the end of the cycle is the wear-off before "
                "the next course. Days with values from fewer than 3 cycles have no median.",
            )
        )
        self.cycle_note.setWordWrap(True)
        cl.addWidget(self.cycle_note)
        self.cycle_host = cl
        self.tabs.addTab(cycle, translate("TrendsPage", "Infusion &cycle"))

        flares = TabPane()
        fl = QVBoxLayout(flares)
        frow = QHBoxLayout()
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.5, 10)
        self.threshold.setSingleStep(0.5)
        self.threshold.setDecimals(1)
        self.threshold.setAccessibleName(translate("TrendsPage", "Flare threshold in points"))
        tlabel = QLabel(translate("TrendsPage", "A possible flare is a rise of at least"))
        tlabel.setWordWrap(True)  # at 200 % text it was wider than a 1024-pixel window's page
        tlabel.setBuddy(self.threshold)
        frow.addWidget(tlabel)
        frow.addWidget(self.threshold)
        rule = QLabel(
            translate(
                "TrendsPage",
                "points above the mean of the previous 4 logged days, in how active the disease "
                "feels or in fatigue.",
            )
        )
        rule.setWordWrap(True)  # else its one line sets the width of the whole page
        frow.addWidget(rule, 1)
        fl.addLayout(frow)
        self.flare_table = RecordTable(
            [
                Column(translate("TrendsPage", "Date"), lambda f: f.day),
                Column(
                    translate("TrendsPage", "Scale"),
                    lambda f: vocabulary(vocab.DAILY_SCALES[f.scale]),
                ),
                Column(
                    translate("TrendsPage", "Value"),
                    lambda f: f.value,
                    lambda f: f"{short_number(f.value)}/10",
                    numeric=True,
                ),
                Column(
                    translate("TrendsPage", "Mean of previous 4"),
                    lambda f: f.baseline,
                    lambda f: tenths(f.baseline),
                    numeric=True,
                ),
                Column(
                    translate("TrendsPage", "Rise"),
                    lambda f: f.rise,
                    lambda f: f"+{tenths(f.rise)}",
                    numeric=True,
                ),
            ],
            translate("TrendsPage", "Possible flares"),
        )
        self.flare_table.setMinimumHeight(300)
        fl.addWidget(self.flare_table)
        self.tabs.addTab(flares, translate("TrendsPage", "&Possible flares"))
        self.layout_.addWidget(self.tabs, 1)

        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(0)
        self.range_group.idClicked.connect(self._preset)
        self.custom_button.clicked.connect(self._custom)
        self.mean_box.toggled.connect(self._mean_toggled)
        self.log_box.toggled.connect(self._log_toggled)
        self.export_button.clicked.connect(self.export)
        self.measure.currentIndexChanged.connect(self._draw_cycle)
        self.threshold.valueChanged.connect(self._threshold_changed)

    def _tab_changed(self, index: int) -> None:
        """Only the tab shown sets the page's height: the tall timeline made the cycle view
        (a 0-10 scale) three screens tall."""
        for i in range(self.tabs.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            pane = self.tabs.widget(i)
            if pane is not None:
                pane.setSizePolicy(policy, policy)
        self.tabs.updateGeometry()

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Data changed: redraw now if the page is shown, else when it is next shown."""
        self.stale = True
        if self.services is not None:
            self.empty.show_if(self.services.checkins.count() == 0)
        if self.isVisible() and self.services is not None:
            self.load()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_cycle()

    def _fit_cycle(self) -> None:
        """The cycle view never taller than the page's view (scrolled to it, it is whole)."""
        scroll = self.findChild(QScrollArea)
        if self.cycle_chart is not None and scroll is not None:
            self.cycle_chart.fit_height(scroll.viewport().height() - 16)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale and self.services is not None:
            self.load()

    def preload(self) -> None:
        """While the app is idle after start: import pyqtgraph, build the plots and draw the
        data into them, so that opening the page only has to paint."""
        self._ensure_charts()
        self.chart.prepare(PRELOAD_ROWS)
        if self.services is not None and self.stale:
            self.load()  # drawn ahead, while hidden: showing the page only paints it

    def _ensure_charts(self) -> None:
        if self.chart is not None:
            return
        from dmtracker.ui.charts.cycle import CycleChart
        from dmtracker.ui.charts.timeline import TimelineChart

        self.chart = TimelineChart()
        self.chart.hovered.connect(self._readout)
        # the date boxes follow a pan or zoom once it pauses (not in every frame of it)
        self.dates_timer = QTimer(self)
        self.dates_timer.setSingleShot(True)
        self.dates_timer.setInterval(80)
        self.dates_timer.timeout.connect(self._show_dates)
        self.chart.plots_range_changed.connect(self.dates_timer.start)
        self.chart.redrawn.connect(self._chart_redrawn)
        self.chart.rows_sized.connect(self._chart_redrawn)
        self.chart.visibility_changed.connect(self._visibility)
        self.timeline_host.insertWidget(0, self.chart, 1)
        self.cycle_chart = CycleChart()
        # its least height grows with the text (CycleChart); it takes the window's height, no more
        self.cycle_host.addWidget(self.cycle_chart, 1)
        self._fit_cycle()

    def load(self) -> None:
        s = self.svc
        self.stale = False
        self.data, self.tis = s.series.trend_data(), self._tis_series()
        self.mean_box.blockSignals(True)
        self.mean_box.setChecked(s.settings.get(MEAN_KEY))
        self.mean_box.blockSignals(False)
        self.threshold.blockSignals(True)
        self.threshold.setValue(s.settings.get(THRESHOLD_KEY))
        self.threshold.blockSignals(False)
        self.flares = s.series.flares(self.data, self.threshold.value())
        self._ensure_charts()
        self._draw_timeline()
        self.flare_table.set_rows(self.flares)
        if self.data.first_day is not None:
            # any day the chart can be panned to: the boxes show what the chart shows
            last = max(self.data.last_day, s.clock.today()) + timedelta(days=366)
            for w in (self.custom_start, self.custom_end):
                w.setMinimumDate(date(1900, 1, 1))
                w.setMaximumDate(last, translate("TrendsPage", "the last day the chart can show"))
            self._show_dates()
        current = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for key, label in measure_choices(self.data):
            self.measure.addItem(measure_name(label), key)
        idx = self.measure.findData(current) if current else 0
        self.measure.setCurrentIndex(max(0, idx))
        self.measure.blockSignals(False)
        self._draw_cycle()

    def _draw_timeline(self) -> None:
        hidden = set(self.svc.settings.get(HIDDEN_KEY))
        tis = self.tis
        self.chart.set_data(
            self.data,
            mean_on=self.mean_box.isChecked(),
            hidden=hidden,
            flares=self.flares,
            tis=tis,
            tz=self.svc.clock.tz,
            today=self.svc.clock.today(),
        )
        self.chart.setMinimumHeight(self.chart.minimum_height())
        self.chart.set_lab_log(self.log_box.isChecked())
        self._preset(self.range_group.checkedId())

    def _chart_redrawn(self) -> None:
        """Drawn afresh for the app's new theme or text size: its rows may be taller."""
        self.chart.setMinimumHeight(self.chart.minimum_height())

    def _tis_series(self) -> Any:
        scores = getattr(self.services, "scores", None)
        if scores is None:
            return None
        return scores.report().series

    def _draw_cycle(self, *_: Any) -> None:
        if self.data is None or self.cycle_chart is None or not self.measure.count():
            return
        self._profile_into(self.cycle_chart)

    def _profile_into(self, chart: Any) -> None:
        """The cycle view of the measure chosen, drawn into ``chart`` (a CycleChart)."""
        key = self.measure.currentData()
        label, unit = measure_label(self.data, key)
        profile = self.svc.series.cycle_profile(self.data, key)
        chart.set_profile(profile, label, unit, cycle_y_range(key))

    # -- controls -----------------------------------------------------------------------------
    def _preset(self, button_id: int) -> None:
        if self.chart is None or button_id < 0:
            return
        days = PRESET_DAYS[button_id]
        if days:
            self.chart.show_last(days)
        else:
            self.chart.show_all()
        self._show_dates()

    def _show_dates(self) -> None:
        """The date boxes show the days the chart shows (a preset's range, to adjust)."""
        if self.chart is None or self.services is None:
            return
        tz = self.services.clock.tz
        lo, hi = self.chart.x_range()
        # the days shown whole or for the most part (a preset shows whole days)
        for box, moment in ((self.custom_start, lo + DAY / 2), (self.custom_end, hi - DAY / 2 - 1)):
            day = datetime.fromtimestamp(moment, tz).date()
            lo_day, hi_day = pydate(box.minimumDate()), pydate(box.maximumDate())
            box.setDate(min(hi_day, max(lo_day, day)))  # within the days the chart can show

    def _custom(self) -> None:
        if self.chart is None:
            return
        tz = self.svc.clock.tz
        try:  # the dates exactly as typed; one that is not a date is said under its box
            start = self.custom_start.value()
            end = self.custom_end.value()
        except ValidationError:
            return
        if end < start:
            start, end = end, start
        self.range_group.setExclusive(False)
        for b in self.range_group.buttons():
            b.setChecked(False)
        self.range_group.setExclusive(True)
        lo = datetime.combine(start, time(0), tzinfo=tz).timestamp()
        hi = datetime.combine(end, time(0), tzinfo=tz).timestamp() + DAY
        self.chart.set_range(lo, hi)

    def _mean_toggled(self, on: bool) -> None:
        if self.services is not None:
            self.services.settings.set(MEAN_KEY, on)
        if self.chart is not None:
            view = self.chart.x_range()
            self._draw_timeline()
            self.chart.set_range(*view)

    def _log_toggled(self, on: bool) -> None:
        if self.chart is not None:
            self.chart.set_lab_log(on)

    def _threshold_changed(self, value: float) -> None:
        if self.services is None or self.data is None:
            return
        self.services.settings.set(THRESHOLD_KEY, value)
        self.flares = self.services.series.flares(self.data, value)
        self.flare_table.set_rows(self.flares)
        view = self.chart.x_range()
        self._draw_timeline()
        self.chart.set_range(*view)

    def _visibility(self, key: str, visible: bool) -> None:
        hidden = set(self.svc.settings.get(HIDDEN_KEY))
        (hidden.discard if visible else hidden.add)(key)
        try:
            self.svc.settings.set(HIDDEN_KEY, sorted(hidden))
        except ValidationError as exc:  # (more series hidden than a setting keeps): not kept
            log.warning("hidden series not kept: %s", exc.reason)

    def _readout(self, x: float) -> None:
        from dmtracker.ui.trends.readout import day_readout  # (numpy: not before the chart)

        data = self.data
        if data is None or data.first_day is None:
            return
        day = self.svc.series.x_day(x)
        dx = self.svc.series.day_x(day)
        self.readout.setText(day_readout(data, self.flares, day, dx))

    def export(self) -> None:
        if self.chart is None:
            return
        dialog = ExportDialog(self)
        if not dialog.exec():
            return
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            translate("TrendsPage", "Export the chart"),
            "dmtracker-chart.png",
            translate("TrendsPage", "PNG image (*.png);;SVG (*.svg)"),
        )
        if path:
            self.export_to(path, dialog.width_box.value(), dialog.height_box.value())

    def export_to(self, path: str, width: int, height: int) -> None:
        """Draw the chart shown (same data, range and hidden series) afresh at the size asked,
        off screen, and save it as PNG or SVG."""
        from dmtracker.ui.charts.cycle import CycleChart
        from dmtracker.ui.charts.timeline import TimelineChart

        cycles = self.tabs.currentIndex() == 1
        if cycles:
            widget: Any = CycleChart()
            self._profile_into(widget)
        else:
            widget = TimelineChart(interactive=False)
            widget.set_data(
                self.data,
                mean_on=self.mean_box.isChecked(),
                hidden=set(self.svc.settings.get(HIDDEN_KEY)),
                flares=self.flares,
                tis=self.tis,
                tz=self.svc.clock.tz,
                today=self.svc.clock.today(),
            )
            widget.set_lab_log(self.log_box.isChecked())
            # every plot and the dates, at the size asked (taller if they cannot fit in it)
            height = widget.fit_to(width, height)
            widget.set_range(*self.chart.x_range())
        start, end = pydate(self.custom_start.date()), pydate(self.custom_end.date())
        save_chart(widget, path, width, height, export_title(cycles, start, end))

    def current_day(self) -> date | None:
        return self.data.last_day if self.data is not None else None
