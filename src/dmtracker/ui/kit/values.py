"""Values of form fields: dates and times between Qt and Python, times typed as text, and
numbers as the user types and reads them (a decimal comma is a point; no exponent, no trailing
zeros)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, translate

_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


# --- dates and times ---------------------------------------------------------------------------
def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def qdatetime(moment: datetime, tz: Any) -> QDateTime:
    """A QDateTime showing ``moment`` as wall-clock time in the patient's zone."""
    local = moment.astimezone(tz)
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute))


def pydatetime(q: QDateTime, tz: Any) -> datetime:
    """The wall-clock value of a QDateTime, in the patient's zone (aware)."""
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


def parse_time(text: str, name: str) -> time | None:
    """'9:30' or '09.30' -> 09:30; blank -> None; anything else -> ValidationError(name)."""
    if not text.strip():
        return None
    m = _TIME.match(text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValidationError(
            name,
            translate("FormKit", "must be a time like 09:30, got {text!r}").format(
                text=text.strip()
            ),
        )
    return time(int(m.group(1)), int(m.group(2)))


def moment_on(day: date, text: str, tz: Any, name: str) -> datetime | None:
    t = parse_time(text, name)
    return None if t is None else datetime.combine(day, t, tzinfo=tz)


def hhmm(moment: datetime | None, tz: Any) -> str:
    return "" if moment is None else f"{moment.astimezone(tz):%H:%M}"


# --- numbers -----------------------------------------------------------------------------------
def text_of(value: Decimal | int | float | str | None) -> str:
    """A stored number as the user would type it: no exponent, no trailing zeros."""
    if value is None:
        return ""
    return format(Decimal(value).normalize(), "f")


def decimal_or_none(text: str) -> Decimal | None:
    """A typed number (the language's decimal sign, a comma or a point), or None."""
    try:
        d = Decimal(typed_number(text))
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def round_to(value: Decimal, places: str = "0.1") -> Decimal:
    """A computed number rounded half up for showing (a number: format it when shown)."""
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def rounded(value: Decimal, places: str = "0.1") -> str:
    """A computed number to show, rounded (the language's decimal sign)."""
    return formats.number(value.quantize(Decimal(places), rounding=ROUND_HALF_UP))


def duration_text(minutes: Decimal) -> str:
    total = int(minutes.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    h, m = divmod(total, 60)
    if not h:
        return f"{m} min"
    return f"{h} h {m:02d} min" if m else f"{h} h"


def typed_number(text: str) -> str:
    """What the user typed, as the domain reads numbers: the language's decimal sign (and a
    decimal comma, in every language) read as a point ("3,5" -> "3.5")."""
    return formats.typed_number(text).replace(",", ".")


def parse_decimal(text: str) -> Decimal | None:
    """A typed number (a decimal comma allowed); None when it is not a finite number."""
    return decimal_or_none(typed_number(text))


def parse_int(text: str) -> int | None:
    value = parse_decimal(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)
