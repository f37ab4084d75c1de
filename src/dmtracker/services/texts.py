"""Small helpers to put values into a :class:`~dmtracker.domain.messages.Text`: a stored
vocabulary term, a list, a decimal — each shown the reader's way by ``dmtracker.i18n.localize``
(the services have no Qt: the message stays English until it is shown)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from dmtracker.domain.messages import Text


def term(label: str) -> Text:
    """A stored vocabulary term (marked ``QT_TRANSLATE_NOOP("Vocabulary", label)`` where it is
    defined) as a :class:`Text` to put into a message: translated with it when shown."""
    return Text("Vocabulary", label)


def joined(items: Sequence[Any], separator: str = ", ") -> Text:
    """A list for a message, each :class:`Text` item translated when shown (a plain ``str`` as
    it is). Its source is placeholders only: no entry in the catalogues."""
    values = tuple(items)
    sep = separator.replace("{", "{{").replace("}", "}}")
    return Text("Join", sep.join(f"{{{i}}}" for i in range(len(values))), args=values)


class Number(Decimal):
    """A decimal for a message: plain in English (no exponent, no trailing zeros: ``1E+2``
    reads "100"), with the reader's decimal sign when shown ("6,5" in German)."""

    def __str__(self) -> str:
        return format(Decimal(self).normalize(), "f")

    def __format__(self, spec: str, context: Any = None, /) -> str:
        return str(self) if not spec else format(Decimal(self), spec)


def number(value: Decimal | int | str) -> Number:
    return Number(value)
