"""A date axis a person reads: one level of labelled ticks (days, weeks, months or years) chosen
by the room there is, in the local calendar and the month names and date forms of the language in
use (``dmtracker.i18n.formats``: 7 Dec · 7. Dez. · 7 dic; Dec 2026 · Dez. 2026 · dic 2026), never
overlapping.

pyqtgraph's ``DateAxisItem`` draws UTC ticks in two levels whose labels can run together
("29Oct04"); this one measures its widest label first and takes the finest step whose labels
all fit with a gap between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFont, QFontMetricsF

from dmtracker.i18n import formats
from dmtracker.services.clock import system_zone

DAY = 86400.0
GAP = 14.0  # pixels at least between two labels


@dataclass(frozen=True)
class Step:
    unit: str  # "day", "month" or "year"
    count: int  # days, months or years between two ticks
    seconds: float  # about how long a step is


STEPS = (
    Step("day", 1, DAY),
    Step("day", 2, 2 * DAY),
    Step("day", 7, 7 * DAY),  # Mondays
    Step("day", 14, 14 * DAY),
    Step("month", 1, 30.4 * DAY),
    Step("month", 2, 60.9 * DAY),
    Step("month", 3, 91.3 * DAY),
    Step("month", 6, 182.6 * DAY),
    Step("year", 1, 365.25 * DAY),
    Step("year", 2, 730.5 * DAY),
    Step("year", 5, 1826.2 * DAY),
    Step("year", 10, 3652.5 * DAY),
    Step("year", 50, 18262.5 * DAY),
)


def label_format(unit: str, locale: QLocale) -> str:
    """The ``QLocale`` format of a tick label of ``unit`` (as ``dmtracker.i18n.formats`` writes
    a short day and a month: German puts a point after the day)."""
    if unit == "day":
        return "d. MMM" if locale.language() == QLocale.Language.German else "d MMM"
    return "MMM yyyy" if unit == "month" else "yyyy"


def local_zone() -> tzinfo:
    """The system's zone with its rules (``services.clock``): a day's tick sits at its local
    midnight on either side of a DST change, where the services put the day's point (a fixed
    offset from now put summer days' ticks an hour off in winter)."""
    return system_zone()


def _day(x: float, tz: tzinfo) -> date:
    return datetime.fromtimestamp(x, tz).date()


def _x(d: date, tz: tzinfo) -> float:
    return datetime(d.year, d.month, d.day, tzinfo=tz).timestamp()


def tick_days(lo: float, hi: float, step: Step, tz: tzinfo) -> list[date]:
    """The days of the ticks between ``lo`` and ``hi`` (Unix seconds) for ``step``."""
    if not hi > lo:
        return []
    first, last = _day(lo, tz), _day(hi, tz)
    days: list[date] = []
    if step.unit == "day":
        d = first
        if step.count >= 7:
            d -= timedelta(days=d.weekday())  # weeks start on Monday
            if step.count == 14:
                d -= timedelta(days=7 * ((d.toordinal() // 7) % 2))  # every other Monday
        elif step.count == 2:
            d -= timedelta(days=d.toordinal() % 2)
        while d <= last:
            days.append(d)
            d += timedelta(days=step.count)
    elif step.unit == "month":
        m = (first.year * 12 + first.month - 1) // step.count * step.count
        while True:
            d = date(m // 12, m % 12 + 1, 1)
            if d > last:
                break
            days.append(d)
            m += step.count
    else:
        y = first.year // step.count * step.count
        while y <= last.year and y <= 9999:
            if y >= 1:
                days.append(date(y, 1, 1))
            y += step.count
    return [d for d in days if lo <= _x(d, tz) <= hi]


class DayAxis(pg.AxisItem):
    """A horizontal axis of local calendar days (x in Unix seconds)."""

    def __init__(self, orientation: str = "bottom", tz: tzinfo | None = None, **kwargs: Any):
        super().__init__(orientation, **kwargs)
        self.tz = tz or local_zone()
        # None: the language in use when the labels are made (a report in another language
        # draws its charts in that language); a QLocale set here fixes the axis' own
        self.date_locale: QLocale | None = None
        self.tick_step: Step | None = None
        self.widths: dict[tuple[str, str, Step], float] = {}
        self.enableAutoSIPrefix(False)

    def set_zone(self, tz: tzinfo) -> None:
        self.tz = tz
        self.picture = None
        self.update()

    def _font(self) -> QFont:
        return self.style["tickFont"] or QFont()  # (an axis font read while painting crashes Qt)

    def label_width(self, step: Step, font_key: str | None = None) -> float:
        """The widest label ``step`` can have (the longest month name of the locale)."""
        font = self._font()
        key = (font_key or font.toString(), self.locale_().name(), step)
        if key not in self.widths:
            metrics = QFontMetricsF(font)
            samples = [QDate(2028, m, 28) for m in range(1, 13)]
            self.widths[key] = max(
                metrics.horizontalAdvance(self.date_text(d, step)) for d in samples
            )
        return self.widths[key]

    def locale_(self) -> QLocale:
        """The locale of the labels: the axis' own, else the language in use."""
        return self.date_locale if self.date_locale is not None else formats.locale()

    def date_text(self, d: QDate | date, step: Step) -> str:
        day = d if isinstance(d, QDate) else QDate(d.year, d.month, d.day)
        locale = self.locale_()
        return locale.toString(day, label_format(step.unit, locale))

    def pick_step(self, lo: float, hi: float, size: float) -> Step:
        """The finest step whose labels fit ``size`` pixels without touching."""
        span = max(hi - lo, 1.0)
        font_key = self._font().toString()
        for step in STEPS:
            ticks = span / step.seconds + 1
            if ticks * (self.label_width(step, font_key) + GAP) <= size:
                return step
        return STEPS[-1]

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        if size <= 0 or not maxVal > minVal:
            return []
        self.tick_step = self.pick_step(minVal, maxVal, size)
        values = [_x(d, self.tz) for d in tick_days(minVal, maxVal, self.tick_step, self.tz)]
        return [(self.tick_step.seconds, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = self.tick_step or STEPS[0]
        return [self.date_text(_day(v, self.tz), step) for v in values]
