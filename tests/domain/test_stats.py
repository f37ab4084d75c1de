import numpy as np
import pytest

from dmtracker.domain.stats import rolling_mean


def test_rolling_mean_by_hand() -> None:
    y = np.array([1, 2, 3, np.nan, 5, 6, 7, 8], dtype=float)
    out = rolling_mean(y, window=3, min_points=2)
    # windows: [1] [1,2] [1,2,3] [2,3,-] [3,-,5] [-,5,6] [5,6,7] [6,7,8]
    expected = [np.nan, 1.5, 2.0, 2.5, 4.0, 5.5, 6.0, 7.0]
    np.testing.assert_allclose(out, expected, equal_nan=True)


def test_gaps_stay_gaps() -> None:
    y = np.array([np.nan] * 5 + [4.0] * 3)
    out = rolling_mean(y, window=7, min_points=3)
    assert np.isnan(out[:7]).all() and out[7] == 4.0


def test_bad_window() -> None:
    with pytest.raises(ValueError, match="window"):
        rolling_mean(np.array([1.0]), window=0)
