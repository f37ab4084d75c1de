"""How values read in the UI: scales with their range, dates in words, doses with units."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any


def scale(value: int | None, top: int = 10) -> str:
    return "–" if value is None else f"{value}/{top}"


def num(value: Decimal | int | None, unit: str = "") -> str:
    if value is None:
        return "–"
    d = Decimal(value)
    text = format(d.normalize(), "f")
    return f"{text} {unit}".strip()


def long_date(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


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
