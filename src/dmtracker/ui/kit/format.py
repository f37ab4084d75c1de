"""How values read in the UI: scales with their range, dates in words, doses with units — in the
reader's language (``dmtracker.i18n.formats``: 3,5 and Montag, 7. Dezember 2026 in German)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate

from dmtracker.i18n import current, formats


def scale(value: int | None, top: int = 10) -> str:
    return "–" if value is None else f"{value}/{top}"


def num(value: Decimal | int | None, unit: str = "") -> str:
    """A number as the language writes it (no exponent, no trailing zeros), with its unit."""
    if value is None:
        return "–"
    text = formats.number(Decimal(value))
    return f"{text} {unit}".strip()


def long_date(d: date) -> str:
    """A date in words: Monday 7 December 2026 / Montag, 7. Dezember 2026 / lunes, 7 de
    diciembre de 2026."""
    if current().code == "en":  # as the app always wrote it (en_GB's long form has a comma)
        return formats.locale().toString(QDate(d.year, d.month, d.day), "dddd d MMMM yyyy")
    return formats.day_long(d)


def day(d: date | None) -> str:
    """A date as numbers: 2026-12-07 / 07.12.2026 / 07/12/2026."""
    return formats.day(d)


def excerpt(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def range_text(low: Any, high: Any) -> str:
    if low is None and high is None:
        return "–"
    if low is None:
        return f"≤ {num(high)}"
    if high is None:
        return f"≥ {num(low)}"
    return f"{num(low)}–{num(high)}"
