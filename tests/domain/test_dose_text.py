"""A dose row's schedule in words, in the wording of each place that shows it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dmtracker.domain.dose_text import dose_number, dose_schedule_text, schedule_words

START = date(2026, 1, 5)


@pytest.mark.parametrize(
    ("schedule", "times", "weekday", "phrase", "short", "table", "statement"),
    [
        ("daily", 1, None, "every day", "", "daily", "every day"),
        ("daily", 2, None, "2 times a day", "2× a day", "2× daily", "every day, 2 times a day"),
        (
            "weekly",
            1,
            4,
            "once a week, on Friday",
            "once a week",
            "weekly (Fri)",
            "once a week on Friday",
        ),
        ("weekly", 1, None, "once a week, on ?", "once a week", "weekly", "once a week"),
        (
            "alternate_day",
            1,
            None,
            "every other day from 2026-01-05",
            "every other day",
            "every other day",
            "every other day",
        ),
        (
            "course",
            1,
            None,
            "in courses (e.g. ivig)",
            "in courses (e.g. ivig)",
            "per course",
            "in courses (e.g. ivig)",
        ),
        ("as_needed", 1, None, "when needed", "when needed", "as needed", "when needed"),
    ],
)
def test_each_style_keeps_its_words(
    schedule: str,
    times: int,
    weekday: int | None,
    phrase: str,
    short: str,
    table: str,
    statement: str,
) -> None:
    def words(style: str) -> str:
        return schedule_words(schedule, times, weekday, START, style=style)  # type: ignore[arg-type]

    assert words("phrase") == phrase
    assert words("short") == short
    assert words("table") == table
    assert words("statement") == statement


def test_dose_and_schedule_together() -> None:
    assert dose_schedule_text(Decimal("5.0"), "mg", "daily", 2) == "5 mg 2× daily"
    assert dose_schedule_text(Decimal("5.0"), "mg", "daily", 1, style="short") == "5 mg"
    assert dose_schedule_text(15, "mg", "weekly", 1, 4, style="short") == "15 mg once a week"
    assert dose_schedule_text("0.125", "mg", "as_needed") == "0.125 mg as needed"


def test_an_unknown_schedule_is_shown_as_it_is() -> None:
    assert schedule_words("monthly", style="table") == "monthly"
    assert schedule_words("monthly") == "monthly"


def test_dose_number_has_no_trailing_zeros_or_exponent() -> None:
    assert (dose_number(Decimal("7.50")), dose_number(Decimal("1E+2")), dose_number(3)) == (
        "7.5",
        "100",
        "3",
    )
