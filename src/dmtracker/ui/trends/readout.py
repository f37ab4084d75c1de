"""The line under the timeline that reads out one day: every value logged that day (scales,
self-tests, rash, labs), the prednisone dose, the IVIG course day, side effects, a possible
flare, in the reader's language. Plain Python over the trend data (no widgets). It imports
numpy: the page imports it when the chart is first hovered."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.ui.charts.measures import analyte_name

DAY = 86400.0


def _g(value: float) -> str:
    """A measured value as short as it reads (up to 6 digits), with the language's decimal
    sign."""
    text = f"{value:g}"
    return text.replace(".", formats.decimal_sign())


def day_readout(data: Any, flares: list[Any], day: date, dx: float) -> str:
    """What ``data`` (a services.series.TrendData) holds for ``day``, whose midnight is at
    ``dx`` (Unix seconds); ``flares`` are the possible flares shown (domain.trends.Flare)."""
    parts = [
        *_scales(data, day),
        *_measured(data, dx),
        *_treatment(data, dx),
        *_side_effects(data, dx),
    ]
    if any(f.day == day for f in flares):
        parts.append(translate("TrendsPage", "possible flare"))
    return translate("TrendsPage", "{date}: {values}").format(
        date=formats.day_long(day),
        values=" · ".join(parts) or translate("TrendsPage", "nothing logged"),
    )


def _scales(data: Any, day: date) -> list[str]:
    """The daily scales of ``day`` (– for one not answered)."""
    i = (day - data.first_day).days
    if not 0 <= i < len(data.days):
        return []
    parts = []
    for s in data.scales:
        v = s.y[i]
        parts.append(f"{vocabulary(s.label)}: {'–' if np.isnan(v) else f'{_g(v)}/10'}")
    return parts


def _measured(data: Any, dx: float) -> list[str]:
    """The self-tests, the rash score and the lab results of the day at ``dx``."""
    parts = []
    steps = getattr(data, "steps", None)
    for s in (*data.self_tests, data.rash, *([steps] if steps is not None else [])):
        hit = np.flatnonzero(np.abs(s.x - dx) < DAY / 2)
        if hit.size:
            unit = "" if s.unit in ("count", "score", "steps/day") else f" {s.unit}"
            parts.append(f"{vocabulary(s.label)}: {_g(s.y[hit[-1]])}{unit}")
    for analyte, (lx, lv) in data.labs_raw.items():
        hit = np.flatnonzero(np.abs(lx - dx) < DAY / 2)
        if hit.size:
            parts.append(f"{analyte_name(analyte)}: {_g(lv[hit[-1]])} U/L")
    return parts


def _treatment(data: Any, dx: float) -> list[str]:
    """The prednisone dose taken that day and the day of an IVIG course it falls in."""
    parts = []
    p = data.prednisone
    if p.x.size:
        j = np.searchsorted(p.x, dx + DAY / 2) - 1
        if 0 <= j < p.y.size and not np.isnan(p.y[j]) and dx < p.x[-1]:
            parts.append(
                translate("TrendsPage", "Prednisone {dose} mg/day").format(dose=_g(p.y[j]))
            )
    for band in data.courses:
        if band.start <= dx < band.end:
            n = int((dx - band.start) // DAY) + 1
            parts.append(
                translate("TrendsPage", "{course}, course day {day}").format(
                    course=localize(band.label), day=n
                )
            )
    return parts


def _side_effects(data: Any, dx: float) -> list[str]:
    """The side effects that started that day, red flags marked."""
    ev = data.events
    if not ev.x.size:
        return []
    near = np.flatnonzero(np.abs(ev.x - (dx + DAY / 2)) < DAY / 2)
    return [
        (
            translate("TrendsPage", "Side effect: {term}, grade {grade} (RED FLAG)")
            if ev.red_flag[k]
            else translate("TrendsPage", "Side effect: {term}, grade {grade}")
        ).format(term=vocabulary(ev.terms[k]), grade=int(ev.grade[k]))
        for k in near
    ]
