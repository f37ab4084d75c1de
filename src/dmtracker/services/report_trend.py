"""The trend arrays cut to what a report needs: its period (the cycle view) or the period and
a margin (its charts), and the main measures the cycle view shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import numpy as np

from dmtracker.domain import vocab
from dmtracker.services.report_period import Period
from dmtracker.services.series import Series, TrendData

CYCLE_KEYS = ("patient_global", "fatigue", "rash", "chair_stand_30s")
CHART_MARGIN_DAYS = 28  # drawn either side of the period (7-day means, the flare rule)
DAY = 86400.0
DayX = Callable[[date], float]


def in_window(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return (x >= lo) & (x < hi)


def mean_of(values: np.ndarray) -> tuple[float | None, int]:
    v = values[~np.isnan(values)]
    return (float(v.mean()), int(v.size)) if v.size else (None, 0)


def slice_trend(data: TrendData, start: date, end: date, day_x: DayX) -> TrendData:
    """``data`` restricted to the days ``start``..``end`` (for the period's cycle profile)."""
    part = _cut_trend(data, start, end, day_x)
    return replace(part, courses=[c for c in data.courses if start <= c.first_day <= end])


def chart_trend(
    data: TrendData, period: Period, day_x: DayX, margin_days: int = CHART_MARGIN_DAYS
) -> TrendData:
    """What the report's charts of ``period`` need: every series cut to the period and
    ``margin_days`` on each side (7-day means and the flare rule look back; lines run on past
    the edges). Self-tests and enzymes with nothing in that window are left out, so the chart
    has no empty rows; courses, side effects, prednisone and other drugs are those that overlap.
    Drawing ten years of history only to show three months of it cost most of a second."""
    if data.first_day is None:
        return data
    start = period.start - timedelta(days=margin_days)
    end = period.end + timedelta(days=margin_days)
    part = _cut_trend(data, start, end, day_x)
    lo, hi = day_x(start), day_x(end) + DAY
    m = in_window(data.events.x, lo, hi)
    events = replace(
        data.events,
        x=data.events.x[m],
        grade=data.events.grade[m],
        red_flag=data.events.red_flag[m],
        terms=tuple(t for t, keep in zip(data.events.terms, m, strict=True) if keep),
    )
    labs_raw = {}
    for name, (x, y) in data.labs_raw.items():
        k = in_window(x, lo, hi)
        if k.any():
            labs_raw[name] = (x[k], y[k])
    return replace(
        part,
        self_tests=[s for s in part.self_tests if s.x.size],
        labs=[s for s in (_cut_series(s, lo, hi) for s in data.labs) if s.x.size],
        labs_raw=labs_raw,
        courses=[b for b in data.courses if b.end > lo and b.start < hi],
        events=events,
        prednisone=_cut_steps(data.prednisone, lo, hi),
        other_drugs=[b for b in data.other_drugs if b.end > lo and b.start < hi],
        extra={k: _cut_series(s, lo, hi) for k, s in data.extra.items()},
        entries={k: _cut_series(s, lo, hi) for k, s in data.entries.items()},
    )


def _cut_series(s: Series, lo: float, hi: float) -> Series:
    m = in_window(s.x, lo, hi)
    return replace(s, x=s.x[m], y=s.y[m])


def _cut_steps(s: Series, lo: float, hi: float) -> Series:
    """A step line (pairs of points) cut to ``lo``..``hi``, keeping the point before and the
    point after, so the dose in effect at the edges is still drawn."""
    x = s.x
    if x.size == 0 or np.any(np.diff(x) < 0):
        return s  # empty, or overlapping steps: small, kept whole
    j0 = max(0, int(np.searchsorted(x, lo, side="right")) - 1)
    j1 = min(x.size - 1, int(np.searchsorted(x, hi, side="left")))
    y = s.y[j0 : j1 + 1]
    if not np.any(~np.isnan(y)):
        return replace(s, x=x[:0], y=s.y[:0])
    return replace(s, x=x[j0 : j1 + 1], y=y)


def _cut_trend(data: TrendData, start: date, end: date, day_x: DayX) -> TrendData:
    """Days, daily scales, self-tests and the rash score cut to ``start``..``end``."""
    if data.first_day is None:
        i0 = i1 = 0
    else:
        i0 = min(len(data.days), max(0, (start - data.first_day).days))
        i1 = max(i0, min(len(data.days), (end - data.first_day).days + 1))
    days = data.days[i0:i1]
    lo, hi = day_x(start), day_x(end) + DAY
    return replace(
        data,
        first_day=days[0] if days else None,
        last_day=days[-1] if days else None,
        days=days,
        # the daily scales hold one value per day of ``days``: cut by index, the rest by time
        scales=[replace(s, x=s.x[i0:i1], y=s.y[i0:i1]) for s in data.scales],
        self_tests=[_cut_series(s, lo, hi) for s in data.self_tests],
        rash=_cut_series(data.rash, lo, hi),
        steps=_cut_series(data.steps, lo, hi),
    )


def cycle_measures(trend: TrendData) -> list[str]:
    """The main measures for the cycle view: those of :data:`CYCLE_KEYS` with data."""
    keys = []
    for key in CYCLE_KEYS:
        if key in vocab.DAILY_SCALES:
            ok = bool(np.any(~np.isnan(trend.scale(key).y)))
        elif key == "rash":
            ok = trend.rash.x.size > 0
        else:
            ok = any(s.key == key and s.x.size for s in trend.self_tests)
        if ok:
            keys.append(key)
    return keys
