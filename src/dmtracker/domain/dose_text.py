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
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, Text, amount, joined, term, translate

Style = Literal["phrase", "short", "table", "statement"]

#: The schedule's label (:data:`SCHEDULES`) in lower case, as a phrase says it.
LOWER_WORDS: dict[str, Text] = {
    "daily": translate("Dosing", "every day"),
    "alternate_day": translate("Dosing", "every other day"),
    "weekly": translate("Dosing", "once a week"),
    "course": translate("Dosing", "in courses (e.g. ivig)"),
    "as_needed": translate("Dosing", "when needed"),
}

TABLE_WORDS: dict[str, Text] = {
    "alternate_day": translate("Dosing", "every other day"),
    "course": translate("Dosing", "per course"),
    "as_needed": translate("Dosing", "as needed"),
}

#: The day of the week in three letters, as the report's table writes it ("weekly (Fri)").
WEEKDAYS_SHORT: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Vocabulary", "Mon"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "Tue"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Wed"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Thu"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "Fri"),
    5: QT_TRANSLATE_NOOP("Vocabulary", "Sat"),
    6: QT_TRANSLATE_NOOP("Vocabulary", "Sun"),
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
    schedule key is shown as it is. ``"short"`` has no words for once a day ("").

    The words are a :class:`~dmtracker.domain.messages.Text` (English; ``localize`` puts them
    in the reader's language)."""
    label: str = LOWER_WORDS.get(schedule) or SCHEDULES.get(schedule, schedule).lower()
    if style == "phrase":
        return _phrase(schedule, times_per_day, weekday, start_date) or label
    if style == "short":
        if schedule == "daily":
            return (
                translate("Dosing", "%n× a day", None, times_per_day) if times_per_day > 1 else ""
            )
        return label
    if style == "table":
        return _table(schedule, times_per_day, weekday)
    if schedule == "weekly" and weekday is not None:
        return translate("Dosing", "once a week on {day}").format(day=term(WEEKDAYS[weekday]))
    if schedule == "daily" and times_per_day > 1:
        return translate("Dosing", "every day, %n time(s) a day", None, times_per_day)
    return label


def _phrase(schedule: str, times: int, weekday: int | None, start_date: date | None) -> str:
    """The Treatments page's words ("" where the lower-case label says it)."""
    if schedule == "weekly":
        day = term(WEEKDAYS[weekday]) if weekday in WEEKDAYS else "?"
        return translate("Dosing", "once a week, on {day}").format(day=day)
    if schedule == "daily":
        return (
            LOWER_WORDS["daily"]
            if times == 1
            else translate("Dosing", "%n time(s) a day", None, times)
        )
    if schedule == "alternate_day" and start_date is not None:
        return translate("Dosing", "every other day from {day}").format(day=start_date)
    return ""


def _table(schedule: str, times: int, weekday: int | None) -> str:
    """The report table's words."""
    if schedule == "daily":
        return (
            translate("Dosing", "daily")
            if times == 1
            else translate("Dosing", "%n× daily", None, times)
        )
    if schedule == "weekly":
        if weekday is None:
            return translate("Dosing", "weekly")
        return translate("Dosing", "weekly ({day})").format(day=term(WEEKDAYS_SHORT[weekday]))
    return TABLE_WORDS.get(schedule, schedule)


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
    return joined((part for part in (amount(Decimal(dose)), unit, words) if part), " ")
