"""Reading entered numbers exactly: ``Decimal`` from the text, within bounds, or a ValidationError.

Shared by the medication and IVIG arithmetic. Inputs may be ``Decimal``, ``int`` or ``str``; a
``float`` is read through ``str()`` (``0.1`` becomes ``Decimal("0.1")``). ``bool``, NaN and
infinity are refused. The message starts with the parameter name and says what was expected,
e.g. ``"weight_kg: must be a number greater than 0 and at most 400 kg, got 'abc'"``.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import Text, amount, translate

__all__ = ["plain", "read_decimal", "read_whole", "show"]


def show(value: Any) -> str:
    """The entered value for a message: quoted when text, cut to 40 characters."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def plain(d: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 0.0400 -> '0.04', 1E+2 -> '100'."""
    return f"{d.normalize():f}"


def read_decimal(
    value: Any,
    name: str,
    *,
    lo: Decimal,
    hi: Decimal,
    lo_open: bool = True,
    unit: str = "",
) -> Decimal:
    """Read ``value`` as an exact finite decimal within the bounds, or raise naming ``name``."""

    def refuse(got: object) -> ValidationError:
        text: Text
        if lo_open:
            text = translate(
                "Validation",
                "must be a number greater than {low} and at most {high}{unit}, got {value}",
            )
        else:
            text = translate(
                "Validation", "must be a number from {low} to {high}{unit}, got {value}"
            )
        suffix = f" {unit}" if unit else ""
        return ValidationError(
            name, text.format(low=amount(lo), high=amount(hi), unit=suffix, value=got)
        )

    if isinstance(value, bool) or not isinstance(value, Decimal | int | str | float):
        raise refuse(show(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise refuse(show(value))
        value = str(value)
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise refuse(show(value)) from None
    if not d.is_finite():
        raise refuse(show(value))
    if d > hi or d < lo or (lo_open and d == lo):
        raise refuse(amount(d))
    return d


def read_whole(value: Any, name: str, *, lo: int, hi: int) -> int:
    """Read ``value`` as a whole number from ``lo`` to ``hi`` (no bool, no fractions)."""

    def refuse(got: object) -> ValidationError:
        text = translate("Validation", "must be a whole number from {low} to {high}, got {value}")
        return ValidationError(name, text.format(low=lo, high=hi, value=got))

    if isinstance(value, bool):
        raise refuse(show(value))
    if isinstance(value, int):
        n = value
    else:
        try:
            d = read_decimal(value, name, lo=Decimal(lo), hi=Decimal(hi), lo_open=False)
        except ValidationError:
            raise refuse(show(value)) from None
        if d != d.to_integral_value():
            raise refuse(show(value))
        n = int(d)
    if not lo <= n <= hi:
        raise refuse(n)
    return n
