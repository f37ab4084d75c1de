from datetime import date, timedelta

import numpy as np
import pytest

from dmtracker.domain.trends import find_flares, flare_days, fold_cycles

NAN = np.nan


def test_flare_rule_by_hand() -> None:
    # previous 4 logged: 2,2,3,3 -> mean 2.5; 4.5 would be +2.0 -> flare; 4 is +1.5 -> not
    v = np.array([2, 2, NAN, 3, 3, 4.5, 3])
    idx, base = flare_days(v)
    assert idx.tolist() == [5] and base.tolist() == [2.5]
    idx, _ = flare_days(np.array([2, 2, 3, 3, 4.0]))
    assert idx.tolist() == []


def test_flare_edges_and_threshold() -> None:
    v = np.array([1, 1, 1, 1, 3.0])  # exactly +2 is a flare
    assert flare_days(v)[0].tolist() == [4]
    assert flare_days(v, threshold=2.5)[0].tolist() == []
    assert flare_days(np.array([1, 1, 1, 9.0]))[0].tolist() == []  # too few logged days
    with pytest.raises(ValueError, match="threshold"):
        flare_days(v, threshold=0)


def test_find_flares_lists_dates_and_scales() -> None:
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(6)]
    flares = find_flares(
        days,
        {
            "patient_global": np.array([2, 2, 2, 2, 5, 2.0]),
            "fatigue": np.array([3, 3, 3, 3, 3, 6.0]),
        },
    )
    assert [(f.day.day, f.scale, f.rise) for f in flares] == [
        (5, "patient_global", 3.0),
        (6, "fatigue", 3.0),
    ]


def test_fold_cycles_median_and_quartiles_by_hand() -> None:
    start = date(2026, 1, 1)
    days = [start + timedelta(days=i) for i in range(12)]
    # three cycles of 4 days: values at offset 0 are 1, 2, 4 -> median 2, q25 1.5, q75 3
    values = np.array([1, 5, 5, 5, 2, 6, 6, 6, 4, 7, NAN, 7.0])
    starts = [start, start + timedelta(days=4), start + timedelta(days=8)]
    p = fold_cycles(days, values, starts, length=4)
    assert p.median[0] == 2 and p.q25[0] == 1.5 and p.q75[0] == 3
    assert p.median[1] == 6
    assert np.isnan(p.median[2])  # only two cycles have offset 2
    assert p.counts.tolist() == [3, 3, 2, 3]


def test_a_cycle_stops_at_the_next_course() -> None:
    start = date(2026, 1, 1)
    days = [start + timedelta(days=i) for i in range(6)]
    p = fold_cycles(
        days, np.arange(6.0), [start, start + timedelta(days=2)], length=28, min_cycles=1
    )
    assert p.cycles[0][:3].tolist()[:2] == [0, 1] and np.isnan(p.cycles[0][2])
    assert p.cycles[1][:4].tolist() == [2, 3, 4, 5]
