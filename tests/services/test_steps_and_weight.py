"""Daily steps and weights from phones reach the rest of the app (issue 22): the Trends data
(a series of its own, in steps a day), the cycle view, the clinic report's weekly average, and
an imported weight is the planner's latest weight."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np

from dmtracker.services.report_glance import weekly_steps

FIT = (
    "Date,Step count,Average weight (kg)\n"
    "2026-11-16,4000,\n"
    "2026-11-17,6000,\n"
    "2026-11-20,2000,71.5\n"
    "2026-11-23,3000,\n"
)


def _import(services, tmp_path: Path) -> None:
    path = tmp_path / "Daily activity metrics.csv"
    path.write_text(FIT, encoding="utf-8")
    services.health.import_file(path)


def test_steps_are_a_trends_series_of_their_own(services, tmp_path: Path) -> None:
    empty = services.series.trend_data()
    assert empty.steps.key == "steps" and empty.steps.x.size == 0
    _import(services, tmp_path)
    data = services.series.trend_data()
    assert data.steps.label == "Steps" and data.steps.unit == "steps/day"
    assert list(data.steps.y) == [4000, 6000, 2000, 3000]
    assert [services.series.x_day(x) for x in data.steps.x] == [
        date(2026, 11, 16),
        date(2026, 11, 17),
        date(2026, 11, 20),
        date(2026, 11, 23),
    ]
    assert data.first_day == date(2026, 11, 16)  # steps alone make a history to show
    daily = services.series.daily_values(data, "steps")
    assert daily[0] == 4000 and np.isnan(daily[2])  # a day without a count is a gap, not 0
    x0, _x1 = data.x_range()
    assert x0 == data.steps.x[0]


def test_the_week_average_counts_only_counted_days() -> None:
    days = [(date(2026, 11, 16), 4000), (date(2026, 11, 17), 6000), (date(2026, 11, 23), 3000)]
    assert weekly_steps(days) == ((date(2026, 11, 16), 5000, 2), (date(2026, 11, 23), 3000, 1))


def test_an_imported_weight_is_the_latest_weight_for_dosing(services, tmp_path: Path) -> None:
    services.weights.add({"day": "2026-11-01", "weight_kg": "70"})
    _import(services, tmp_path)
    latest = services.weights.latest(services.clock.today())
    assert (latest.day, latest.weight_kg) == (date(2026, 11, 20), Decimal("71.50"))
    assert services.weights.latest_kg() == Decimal("71.50")
