"""A dose row's schedule (and dose) in words: one function for every place that shows it.

Each place has its own wording, kept as it was:

* ``"phrase"``: the schedule alone, as the Treatments page says it ("once a week, on Friday",
  "2 times a day", "every other day from 2026-01-05");
* ``"short"``: the report's at-a-glance box ("5 mg 2× a day", "15 mg once a week");
* ``"table"``: the report's medication table and its changes ("5 mg 2× daily",
  "15 mg weekly (Fri)", "1 g per course");
* ``"statement"``: the FHIR MedicationStatement's dosage text ("15 mg once a week on Friday",
  "5 mg every day, 2 times a day").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from dmtracker.domain.medications import SCHEDULES, WEEKDAYS

Style = Literal["phrase", "short", "table", "statement"]

TABLE_WORDS: dict[str, str] = {
    "alternate_day": "every other day",
    "course": "per course",
    "as_needed": "as needed",
}


def dose_number(dose: Decimal | int | str) -> str:
    """A dose without exponent or trailing zeros: ``Decimal("7.50")`` -> ``7.5``."""
    return format(Decimal(dose).normalize(), "f")


def schedule_words(
    schedule: str,
    times_per_day: int = 1,
    weekday: int | None = None,
    start_date: date | None = None,
    *,
    style: Style = "phrase",
) -> str:
    """The schedule of a dose row in the words of ``style`` (see the module); an unknown
    schedule key is shown as it is. ``"short"`` has no words for once a day ("")."""
    label = SCHEDULES.get(schedule, schedule).lower()
    if style == "phrase":
        if schedule == "weekly":
            day = WEEKDAYS.get(weekday if weekday is not None else -1, "?")
            return f"once a week, on {day}"
        if schedule == "daily":
            return "every day" if times_per_day == 1 else f"{times_per_day} times a day"
        if schedule == "alternate_day" and start_date is not None:
            return f"every other day from {start_date.isoformat()}"
        return label
    if style == "short":
        if schedule == "daily":
            return f"{times_per_day}× a day" if times_per_day > 1 else ""
        return label
    if style == "table":
        if schedule == "daily":
            return "daily" if times_per_day == 1 else f"{times_per_day}× daily"
        if schedule == "weekly":
            short = f" ({WEEKDAYS[weekday][:3]})" if weekday is not None else ""
            return "weekly" + short
        return TABLE_WORDS.get(schedule, schedule)
    text = label
    if schedule == "weekly" and weekday is not None:
        text += f" on {WEEKDAYS[weekday]}"
    if schedule == "daily" and times_per_day > 1:
        text += f", {times_per_day} times a day"
    return text


def dose_schedule_text(
    dose: Decimal | int | str,
    unit: str,
    schedule: str,
    times_per_day: int = 1,
    weekday: int | None = None,
    start_date: date | None = None,
    *,
    style: Style = "table",
) -> str:
    """The dose, its unit and its schedule in the words of ``style``: ``5 mg 2× daily``."""
    words = schedule_words(schedule, times_per_day, weekday, start_date, style=style)
    return " ".join(part for part in (dose_number(dose), unit, words) if part)
