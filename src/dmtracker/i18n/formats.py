"""Dates, times and numbers as the reader's language writes them (its ``QLocale``).

English keeps the unambiguous ISO date (2026-12-07) dmtracker has always shown; German writes
07.12.2026, Spanish 07/12/2026 (four-digit years everywhere: a birth year must never be read as
a century off). Numbers use the language's decimal sign (3,5 in German and Spanish) and no
thousands separator (1234 U/L, never 1.234, which reads as one and a bit). The week starts on
the language's first day (Monday for all three). Machine formats (CSV, JSON, FHIR) never use
these: they stay ISO with a decimal point.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, QTime

from dmtracker.i18n.language import Language, current, translate

_NUMERIC_DATE = {"en": "yyyy-MM-dd", "de": "dd.MM.yyyy", "es": "dd/MM/yyyy"}
# what a person may type besides the numeric date above (always also ISO yyyy-MM-dd)
_TYPED_DATES = {
    "en": ["yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy"],
    "de": ["d.M.yyyy", "d.M.yy", "yyyy-MM-dd"],
    "es": ["d/M/yyyy", "d/M/yy", "d-M-yyyy", "yyyy-MM-dd"],
}


def _lang() -> Language:
    return current()


def locale() -> QLocale:
    return _lang().locale


def _code() -> str:
    code = _lang().code
    return code if code in _NUMERIC_DATE else "de"  # the pseudo language writes like German


def date_format() -> str:
    """The Qt format of a numeric date (for date inputs and their placeholders)."""
    return _NUMERIC_DATE[_code()]


def date_placeholder() -> str:
    """How the numeric date is typed, in the reader's letters (JJJJ-MM-TT, DD.MM.YYYY…)."""
    return translate("DateFormat", "YYYY-MM-DD") if _code() == "en" else _placeholder()


def _placeholder() -> str:
    pattern = date_format()
    day = translate("DateFormat", "DD", "letters for the day in a date pattern")
    month = translate("DateFormat", "MM", "letters for the month in a date pattern")
    year = translate("DateFormat", "YYYY", "letters for the year in a date pattern")
    return pattern.replace("yyyy", year).replace("MM", month).replace("dd", day)


def typed_date_formats() -> list[str]:
    """Every Qt format a typed date is read with, the language's own first."""
    return [date_format(), *_TYPED_DATES[_code()]]


def parse_date(text: str) -> dt.date | None:
    """A typed date in any accepted format, or None. Two-digit years are this century's."""
    text = text.strip()
    for fmt in typed_date_formats():
        q = QDate.fromString(text, fmt)
        if q.isValid():
            if "yyyy" not in fmt and q.year() < 2000:
                q = q.addYears(100)
            return dt.date(q.year(), q.month(), q.day())
    return None


def day(value: dt.date | None) -> str:
    """A date as numbers: 2026-12-07 / 07.12.2026 / 07/12/2026."""
    if value is None:
        return "–"
    return locale().toString(QDate(value.year, value.month, value.day), date_format())


def day_medium(value: dt.date) -> str:
    """A date with the month's short name: 7 Dec 2026 / 7. Dez. 2026 / 7 dic 2026."""
    fmt = "d. MMM yyyy" if _code() == "de" else "d MMM yyyy"
    return locale().toString(QDate(value.year, value.month, value.day), fmt)


def day_short(value: dt.date) -> str:
    """Day and month only: 7 Dec / 7. Dez. / 7 dic."""
    fmt = "d. MMM" if _code() == "de" else "d MMM"
    return locale().toString(QDate(value.year, value.month, value.day), fmt)


def day_long(value: dt.date) -> str:
    """A date in words: Monday 7 December 2026 / Montag, 7. Dezember 2026."""
    q = QDate(value.year, value.month, value.day)
    if _lang().code == "en":  # en_GB's long format has a comma the app never wrote
        return locale().toString(q, "dddd d MMMM yyyy")
    return locale().toString(q, QLocale.FormatType.LongFormat)


def month(value: dt.date) -> str:
    """A month and year: Dec 2026 / Dez. 2026 / dic 2026."""
    return locale().toString(QDate(value.year, value.month, value.day), "MMM yyyy")


def month_long(value: dt.date) -> str:
    return locale().toString(QDate(value.year, value.month, value.day), "MMMM yyyy")


def weekday(value: dt.date, short: bool = False) -> str:
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return locale().dayName(value.isoweekday(), fmt)


def time(value: dt.time | dt.datetime) -> str:
    """A time of day, 24-hour: 09:30 / 09:30 / 9:30."""
    return locale().toString(QTime(value.hour, value.minute), "HH:mm")


def moment(value: dt.datetime) -> str:
    """A date and time: 2026-12-07 09:30 / 07.12.2026 09:30."""
    return f"{day(value.date())} {time(value)}"


def first_weekday() -> Qt.DayOfWeek:
    return locale().firstDayOfWeek()


def number(value: Decimal | float | int | None, decimals: int | None = None) -> str:
    """A number with the language's decimal sign; ``decimals`` fixes the places (else as few
    as the value needs). None -> "–"."""
    if value is None:
        return "–"
    if isinstance(value, int) and not isinstance(value, bool) and decimals is None:
        return str(value)
    d = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals))
        text = format(d, "f")
    else:
        text = format(d.normalize(), "f")
    if text.startswith("-"):
        text = "−" + text[1:]  # a real minus sign
    return text.replace(".", decimal_sign())


def decimal_sign() -> str:
    return locale().decimalPoint()


def typed_number(text: str) -> str:
    """A typed number with the language's decimal sign turned into a point (for parsing):
    "3,5" -> "3.5" in German. A point is accepted in every language."""
    sign = decimal_sign()
    return text.strip().replace(sign, ".") if sign != "." else text.strip()
