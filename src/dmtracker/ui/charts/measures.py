"""The measures a chart can show one at a time (the infusion-cycle view): their names, units
and y range, from the trend data alone. Plain Python (no widgets, no pyqtgraph): the Trends page
and the report's charts both read it (it lived in the Trends page, which the charts then had to
import). Names and units are the stored English ones; :func:`unit_name` says a unit in the
reader's language."""

from __future__ import annotations

from typing import Any

from dmtracker.domain import vocab
from dmtracker.domain.rash import LABEL as RASH_LABEL
from dmtracker.i18n.words import analyte_name, unit_name

__all__ = ["SCALE_RANGE", "analyte_name", "measure_choices", "measure_label", "unit_name"]

#: The y range of a daily 0–10 scale in the cycle view (room above 10 for the dots).
SCALE_RANGE = (0.0, 10.5)


def measure_label(data: Any, key: str) -> tuple[str, str]:
    """(label, unit) of the measure ``key`` of ``data`` (a services.series.TrendData)."""
    if key in vocab.DAILY_SCALES:
        return vocab.DAILY_SCALES[key], "0–10"
    if key == "rash":
        return RASH_LABEL, "score"
    if key == "steps":
        return data.steps.label, data.steps.unit
    series = next((s for s in data.self_tests if s.key == key), None)
    if series is not None:
        return series.label, series.unit
    return key, ""


def measure_choices(data: Any) -> list[tuple[str, str]]:
    """(key, label) of every measure of ``data`` the cycle view can show, in the order offered:
    the daily scales, the rash score, then each self-test."""
    choices = list(vocab.DAILY_SCALES.items())
    choices.append(("rash", RASH_LABEL))
    choices += [(series.key, series.label) for series in data.self_tests]
    steps = getattr(data, "steps", None)
    if steps is not None and steps.x.size:
        choices.append((steps.key, steps.label))
    return choices


def cycle_y_range(key: str) -> tuple[float, float] | None:
    """The fixed y range of the cycle view of ``key`` (a daily scale), or None to fit the data."""
    return SCALE_RANGE if key in vocab.DAILY_SCALES else None
