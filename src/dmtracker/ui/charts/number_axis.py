"""A value axis whose decimals use the decimal sign of the language in use (0,5 in German and
Spanish; pyqtgraph writes a point whatever the language), and whose numbers never run into
each other on a short row (the report squeezes its rows: "10 8 6 4 2 0" was drawn in 25
pixels, one number on the next)."""

from __future__ import annotations

import re
from typing import Any

import pyqtgraph as pg

from dmtracker.i18n import formats

NUMBER = re.compile(r"[−-]?\d+(?:[.,]\d+)?")
GAP = 1.0  # pixels kept between two numbers, one above the other


def localized(strings: list[str]) -> list[str]:
    """Tick labels with the language's decimal sign."""
    sign = formats.decimal_sign()
    return strings if sign == "." else [text.replace(".", sign) for text in strings]


def apart(specs: list[Any]) -> list[Any]:
    """The text specs of a vertical axis without a number that would overlap the one kept
    below it (bottom up: the baseline, often 0, keeps its number); words (a row's names) are
    all kept."""
    kept: list[Any] = []
    last_top: float | None = None
    for spec in sorted(specs, key=lambda s: -s[0].bottom()):
        rect, _flags, text = spec
        if NUMBER.fullmatch(str(text).strip()):
            # (pyqtgraph measures a label at 0.8 of its line's height: the whole line counts)
            pad = rect.height() * 0.125
            if last_top is not None and rect.bottom() + pad > last_top - GAP:
                continue
            last_top = rect.top() - pad
        kept.append(spec)
    return kept


class NumberAxis(pg.AxisItem):
    """A :class:`pyqtgraph.AxisItem` whose labels follow the language's decimal sign and, on a
    vertical axis, never overlap (a number with no room is left out; its tick stays)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[Any]:
        return localized(super().tickStrings(values, scale, spacing))

    def generateDrawSpecs(self, p: Any) -> Any:
        specs = super().generateDrawSpecs(p)
        if specs is None or self.orientation not in ("left", "right"):
            return specs
        axis, ticks, texts = specs
        return axis, ticks, apart(texts)
