"""Rules for the trend views: possible flares, and infusion cycles folded onto one axis.

Flare rule (app rule, documented for patients): a day is marked as a *possible flare* when its
patient global activity or its fatigue is at least ``threshold`` points (default 2) above the
mean of the previous 4 *logged* values of that scale. Missing days are skipped, not counted as
zeros; the first 4 logged days cannot be judged. The threshold is a setting.

Cycle folding: every IVIG course start begins a cycle; a day belongs to the cycle of the latest
course that started on or before it, at offset = days since that start. Days at or beyond the
cycle length (default 28) are left out, and so are days before the first course.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from dmtracker.domain.settings import DEFAULT_FLARE_THRESHOLD  # the one default, kept there

FLARE_SCALES = ("patient_global", "fatigue")

FLARE_WINDOW = 4
DEFAULT_CYCLE_DAYS = 28


@dataclass(frozen=True)
class Flare:
    day: date
    scale: str
    value: float
    baseline: float  # mean of the previous 4 logged values

    @property
    def rise(self) -> float:
        return self.value - self.baseline


def flare_days(
    values: np.ndarray, threshold: float = DEFAULT_FLARE_THRESHOLD, window: int = FLARE_WINDOW
) -> tuple[np.ndarray, np.ndarray]:
    """Indexes of flare days in ``values`` (NaN = not logged) and the baseline of each."""
    if threshold <= 0:
        raise ValueError("threshold: must be above 0")
    values = np.asarray(values, dtype=float)
    logged = np.flatnonzero(~np.isnan(values))
    if logged.size <= window:
        return np.array([], dtype=int), np.array([])
    v = values[logged]
    csum = np.concatenate(([0.0], np.cumsum(v)))
    k = np.arange(window, v.size)
    baseline = (csum[k] - csum[k - window]) / window
    hit = v[k] - baseline >= threshold - 1e-9
    return logged[k[hit]], baseline[hit]


def find_flares(
    days: Sequence[date], series: dict[str, np.ndarray], threshold: float = DEFAULT_FLARE_THRESHOLD
) -> list[Flare]:
    """Possible flares over the scales in ``series`` (each aligned with ``days``), by date."""
    out: list[Flare] = []
    for scale, values in series.items():
        idx, base = flare_days(values, threshold)
        out += [
            Flare(days[i], scale, float(values[i]), float(b))
            for i, b in zip(idx, base, strict=True)
        ]
    out.sort(key=lambda f: (f.day, f.scale))
    return out


@dataclass(frozen=True)
class CycleProfile:
    offsets: np.ndarray  # 0 .. length-1
    cycles: list[np.ndarray]  # one array per cycle (NaN where not logged)
    cycle_starts: list[date]
    median: np.ndarray
    q25: np.ndarray
    q75: np.ndarray
    counts: np.ndarray  # how many cycles had a value at each offset


def fold_cycles(
    days: Sequence[date],
    values: np.ndarray,
    course_starts: Sequence[date],
    length: int = DEFAULT_CYCLE_DAYS,
    min_cycles: int = 3,
) -> CycleProfile:
    """Fold a daily series onto "days since the course started".

    The median and quartiles at an offset need values from at least ``min_cycles`` cycles;
    otherwise they are NaN (too little data to say).
    """
    if length < 1:
        raise ValueError("length: must be at least 1 day")
    starts = sorted(set(course_starts))
    grid = np.full((len(starts), length), np.nan)
    index = {d: i for i, d in enumerate(days)}
    values = np.asarray(values, dtype=float)
    for c, start in enumerate(starts):
        nxt = starts[c + 1] if c + 1 < len(starts) else None
        for off in range(length):
            d = date.fromordinal(start.toordinal() + off)
            if nxt is not None and d >= nxt:
                break
            i = index.get(d)
            if i is not None:
                grid[c, off] = values[i]
    counts = np.sum(~np.isnan(grid), axis=0) if starts else np.zeros(length, dtype=int)
    median = np.full(length, np.nan)
    q25 = np.full(length, np.nan)
    q75 = np.full(length, np.nan)
    for off in range(length):
        col = grid[:, off][~np.isnan(grid[:, off])] if starts else np.array([])
        if col.size >= min_cycles:
            q25[off], median[off], q75[off] = np.percentile(col, [25, 50, 75])
    return CycleProfile(np.arange(length), list(grid), starts, median, q25, q75, counts)
