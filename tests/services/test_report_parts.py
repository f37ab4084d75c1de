"""The clinic report's data parts on their own: the period and the trend arrays."""

from __future__ import annotations

from datetime import date

import numpy as np

from dmtracker.services import report_data
from dmtracker.services.report_period import Period, period_for
from dmtracker.services.report_trend import in_window, mean_of


def test_window_and_mean_over_logged_values() -> None:
    x = np.array([0.0, 1.0, 2.0, 3.0])
    assert in_window(x, 1.0, 3.0).tolist() == [False, True, True, False]
    assert mean_of(np.array([1.0, np.nan, 3.0])) == (2.0, 2)
    assert mean_of(np.array([np.nan])) == (None, 0)


def test_the_report_module_still_offers_the_period() -> None:
    period = period_for("4w", date(2026, 11, 25))
    assert period == Period(date(2026, 10, 29), date(2026, 11, 25), "4 weeks (one cycle)")
    assert report_data.Period is Period and report_data.period_for is period_for
