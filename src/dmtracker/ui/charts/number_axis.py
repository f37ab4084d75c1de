"""A value axis whose decimals use the decimal sign of the language in use (0,5 in German and
Spanish; pyqtgraph writes a point whatever the language)."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from dmtracker.i18n import formats


def localized(strings: list[str]) -> list[str]:
    """Tick labels with the language's decimal sign."""
    sign = formats.decimal_sign()
    return strings if sign == "." else [text.replace(".", sign) for text in strings]


class NumberAxis(pg.AxisItem):
    """A :class:`pyqtgraph.AxisItem` whose labels follow the language's decimal sign."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[Any]:
        return localized(super().tickStrings(values, scale, spacing))
