"""A legend in rows of its own under a plot, outside the data: a legend laid over a plot covered
its values (flare markers under it turned grey), and no place inside the plot stays free at every
range. It wraps into as many columns as the plot's width holds, so it never widens the chart."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt

SPACING = 6.0  # pixels between a sample and its label, and between entries


def swatch(fill: Any, edge: Any, size: int = 12) -> pg.PlotDataItem:
    """A legend sample that is a filled square (a shading), with no data of its own. (The
    sample is drawn from the item's scatter options, which an empty item never fills in.)"""
    sample = pg.PlotDataItem([], [], pen=None, symbol="s", symbolSize=size)
    sample.scatter.opts.update(brush=pg.mkBrush(fill), pen=pg.mkPen(edge), size=size)
    return sample


class LegendRow(pg.LegendItem):
    """A :class:`pyqtgraph.LegendItem` for a layout cell (no anchor, no frame)."""

    items: list[tuple[Any, Any]]  # LegendItem's (sample, label) pairs
    columnCount: int  # LegendItem's number of columns

    def __init__(self, ink: Any, text_pt: float = 9.0):
        super().__init__(
            offset=None,
            labelTextColor=ink,
            labelTextSize=f"{text_pt:g}pt",
            frame=False,
            horSpacing=SPACING,
            colCount=1,
        )
        self.setFlag(self.GraphicsItemFlag.ItemIgnoresTransformations, False)

    def set_style(self, ink: Any, text_pt: float) -> None:
        """Text colour and size for the entries added from now on."""
        self.opts["labelTextColor"] = ink
        self.opts["labelTextSize"] = f"{text_pt:g}pt"

    def _addItemToLayout(self, sample: Any, label: Any) -> None:
        row, col = divmod(len(self.items) - 1, self.columnCount)
        self.layout.addItem(sample, row, 2 * col, alignment=Qt.AlignmentFlag.AlignVCenter)
        self.layout.addItem(label, row, 2 * col + 1)
        self.rowCount = row + 1

    def setColumnCount(self, columnCount: int) -> None:
        columnCount = max(1, columnCount)
        if columnCount == self.columnCount:
            return
        self.columnCount = columnCount
        for i in range(self.layout.count() - 1, -1, -1):
            self.layout.removeAt(i)
        items, self.items = self.items, []
        for sample, label in items:
            self.items.append((sample, label))
            self._addItemToLayout(sample, label)
        self.updateSize()

    def updateSize(self) -> None:
        """Its height from its entries' (pyqtgraph's reads the heights the layout gave them,
        nothing yet for a new row: a second row was cut off)."""
        heights = [
            max(sample.boundingRect().height(), label.itemRect().height())
            for sample, label in self.items
        ]
        cols = max(1, self.columnCount)
        height = sum(max(heights[i : i + cols]) + 2 for i in range(0, len(heights), cols))
        self.setMinimumHeight(height)  # no taller in the plot's layout than its rows
        self.setMaximumHeight(height)
        self.updateGeometry()  # the plot's layout asks for the new size

    def entry_widths(self) -> list[float]:
        return [
            sample.boundingRect().width() + label.itemRect().width() + 2 * SPACING
            for sample, label in self.items
        ]

    def width_for(self, columns: int) -> float:
        widths = self.entry_widths()
        return sum(max(widths[c::columns], default=0.0) for c in range(columns))

    def fit(self, width: float) -> None:
        """As many columns as ``width`` pixels hold (at least one); in one column, a label
        wider than that wraps (a long entry at 200 % text in a 1024-pixel window made the
        chart wider than its window, cut off on the right)."""
        if not self.items:
            return
        for sample, label in self.items:
            room = width - sample.boundingRect().width() - 2 * SPACING
            label.item.setTextWidth(-1)
            if label.item.boundingRect().width() > room:
                label.item.setTextWidth(max(40.0, room))
            label.updateMin()
        columns = len(self.items)
        while columns > 1 and self.width_for(columns) > width:
            columns -= 1
        self.setColumnCount(columns)
        self.updateSize()


def fit_title(plot: Any, width: float) -> None:
    """Wrap ``plot``'s title to ``width`` when it is wider, and give its row the height it then
    needs (pyqtgraph fixes the title's row at 30 pixels: a wrapped or larger title ran into the
    plot, and a long one was cut at the right edge)."""
    title = plot.titleLabel
    title.item.setTextWidth(-1)
    if title.item.boundingRect().width() > width:
        title.item.setTextWidth(width)
    title.updateMin()
    height = title.item.boundingRect().height()
    plot.layout.setRowFixedHeight(0, height)
    title.setMaximumHeight(height)
