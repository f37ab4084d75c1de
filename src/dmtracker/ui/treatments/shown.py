"""Numbers of the treatment forms as the reader's language writes and types them (a decimal
comma in German and Spanish): shown amounts, the text put into a field, a typed number read."""

from __future__ import annotations

from decimal import Decimal

from dmtracker.domain.messages import Text
from dmtracker.i18n import current, formats, localize, vocabulary
from dmtracker.ui.kit.values import decimal_or_none


def amount(value: Decimal | int | float | None, unit: str = "") -> str:
    """A shown amount with its unit: "2 g/kg", "0,03 mL/kg/min" in German; None -> "–"."""
    if value is None:
        return "–"
    return f"{formats.number(value)} {unit}".strip()


def typed(value: Decimal | int | float | str | None) -> str:
    """A stored number as the reader types it into a field ("" for none)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = Decimal(value)
    return formats.number(value).replace("−", "-")


def read(text: str) -> str:
    """A typed number with the language's decimal sign as a point (for the domain)."""
    return formats.typed_number(text)


def decimal(text: str) -> Decimal | None:
    """A typed number, or None when it is not one."""
    return decimal_or_none(read(text))


def words(label: object) -> str:
    """A label from the domain in the reader's language: a ``Text`` (grades, red-flag titles)
    is localized, a stored English term (symptoms, outcomes, routes) is looked up as
    vocabulary."""
    if isinstance(label, Text):
        return localize(label)
    return vocabulary(str(label))


def lowered(text: str) -> str:
    """A label inside a sentence: its first letter small (not in German, where a sentence's
    noun keeps its capital)."""
    return text if current().code == "de" else text[:1].lower() + text[1:]
