"""Statistics for charts and reports (numpy; no Qt, no database)."""

from __future__ import annotations

import numpy as np


def rolling_mean(y: np.ndarray, window: int = 7, min_points: int = 3) -> np.ndarray:
    """Trailing mean over ``window`` days, ignoring missing days (NaN).

    A day gets a mean only when at least ``min_points`` of its window were logged; otherwise
    NaN, so gaps stay gaps.
    """
    if window < 1:
        raise ValueError("window: must be at least 1")
    y = np.asarray(y, dtype=float)
    if y.size == 0:
        return y.copy()
    valid = ~np.isnan(y)
    sums = np.cumsum(np.where(valid, y, 0.0))
    counts = np.cumsum(valid)
    sums = np.concatenate(([0.0], sums))
    counts = np.concatenate(([0], counts))
    idx = np.arange(1, y.size + 1)
    lo = np.maximum(idx - window, 0)
    n = counts[idx] - counts[lo]
    total = sums[idx] - sums[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        out: np.ndarray = total / n
    out[n < min_points] = np.nan
    return out
