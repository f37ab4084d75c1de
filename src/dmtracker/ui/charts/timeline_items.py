"""The timeline's own graphics items (pyqtgraph), each made to keep a frame cheap over ten
years of data: a patterned wide line stroked in pieces, IVIG courses as one item of opaque
rectangles, and today as one line through the whole height of its plot."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPen


class PiecewiseCurve(pg.PlotCurveItem):
    """A curve that strokes a wide patterned (dashed, dotted) line in short pieces.

    Qt fills the outline of a wide stroke as one polygon, and over a long, jagged line (ten
    years of a daily series, drawn as pyqtgraph's min/max envelope when zoomed out) that
    polygon costs several milliseconds per frame; in pieces of :attr:`PIECE` points it costs a
    fraction. Each piece continues the dash pattern where the one before ended (a pattern
    restarts only where the line has a gap, as Qt does), so the line looks the same. Other
    lines (thin, solid, filled, stepped) are drawn by pyqtgraph as usual.
    """

    PIECE = 32

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._pieces: list[tuple[int, int, Any]] = []
        self._pieces_of: Any = None  # the path the pieces were cut from

    def _piecewise(self) -> bool:
        pen = self.opts["pen"]
        return (
            pen is not None
            and pen.style() not in (Qt.PenStyle.NoPen, Qt.PenStyle.SolidLine)
            and pen.widthF() >= 2
            and pen.isCosmetic()
            and self.opts["shadowPen"] is None
            and self.opts["fillLevel"] is None
            and not self.opts["stepMode"]
            and self.opts["connect"] in ("all", "finite")
            and self.xData is not None
            and len(self.xData) > 2 * self.PIECE
        )

    def _cut(self) -> list[tuple[int, int, Any]]:
        """(first point, first point of its stretch without gaps, polyline) of each piece."""
        path = self.getPath()
        if self._pieces_of is not path:
            x, y = self.getData()
            finite = np.isfinite(x) & np.isfinite(y)
            edges = np.flatnonzero(np.diff(np.r_[0, finite.astype(np.int8), 0]))
            pieces = []
            for a, b in edges.reshape(-1, 2).tolist():  # stretches [a, b) without gaps
                for i0 in range(a, b - 1, self.PIECE):
                    i1 = min(i0 + self.PIECE, b - 1)
                    piece = pg.functions.arrayToQPolygonF(x[i0 : i1 + 1], y[i0 : i1 + 1])
                    pieces.append((i0, a, piece))
            self._pieces, self._pieces_of = pieces, path
        return self._pieces

    def paint(self, painter: Any, option: Any, widget: Any = None) -> None:
        transform = painter.transform()
        if not self._piecewise() or transform.isRotating() or not transform.isAffine():
            super().paint(painter, option, widget)
            return
        pieces = self._cut()
        x, y = self.getData()
        step = np.hypot(np.diff(x) * transform.m11(), np.diff(y) * transform.m22())
        along = np.r_[0.0, np.cumsum(np.nan_to_num(step, nan=0.0))]  # device pixels
        pen = self.opts["pen"]
        width = pen.widthF()
        painter.setRenderHint(painter.RenderHint.Antialiasing, bool(self.opts["antialias"]))
        for i0, start, piece in pieces:
            part = QPen(pen)
            part.setDashOffset(pen.dashOffset() + float(along[i0] - along[start]) / width)
            painter.setPen(part)
            painter.drawPolyline(piece)


class TimelineCurve(pg.PlotDataItem):
    """A PlotDataItem whose line is a :class:`PiecewiseCurve`."""

    curve: Any  # PlotDataItem's line item: here a PiecewiseCurve

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__()
        plain = self.curve
        self.curve = PiecewiseCurve()
        self.curve.setParentItem(self)
        self.curve.sigClicked.connect(self.sigClicked)
        plain.sigClicked.disconnect(self.sigClicked)
        plain.setParentItem(None)
        self.setCurveClickable(kwargs.get("clickable", False))
        self.setData(*args, **kwargs)


class CourseBands(pg.GraphicsObject):
    """IVIG courses as shaded columns from ``bottom`` to ``top``, one item per plot.

    Overlapping courses are merged first (an overlap is not shaded twice). A frame fills one
    rectangle per course in view (found by binary search, all drawn in one call), so panning
    and zooming cost little at any range (a filled step path of every course, or hundreds of
    rectangle items, cost several milliseconds per plot and frame).

    The bands lie under everything else in the plot (grid and axes are drawn above the view),
    straight on the chart's background, so a translucent ``brush`` is drawn as the same colour
    made opaque over ``background``: it looks the same, and Qt fills opaque rectangles many
    times faster than it blends translucent ones.
    """

    def __init__(
        self,
        starts: Any,
        ends: Any,
        top: float,
        bottom: float,
        brush: Any,
        background: Any = "w",
    ):
        super().__init__()
        order = np.argsort(starts, kind="stable")
        starts = np.asarray(starts, dtype=float)[order]
        ends = np.maximum.accumulate(np.asarray(ends, dtype=float)[order])
        keep = np.ones(starts.size, dtype=bool)
        keep[1:] = starts[1:] > ends[:-1]  # a course starting inside the one before merges
        first = np.flatnonzero(keep)
        self.starts = starts[first]
        self.ends = np.append(ends[first[1:] - 1], ends[-1]) if first.size else ends[:0]
        self.top, self.bottom = float(top), float(bottom)
        colour, under = pg.mkBrush(brush).color(), pg.mkColor(background)
        a = colour.alphaF()
        self.brush = pg.mkBrush(
            *(
                round(c * a + u * (1 - a))
                for c, u in zip(colour.getRgb()[:3], under.getRgb()[:3], strict=True)
            )
        )
        height = self.top - self.bottom
        self.rects = [
            QRectF(a, self.bottom, b - a, height)
            for a, b in zip(self.starts.tolist(), self.ends.tolist(), strict=True)
        ]
        self._bounds = QRectF(
            float(self.starts[0]) if self.starts.size else 0.0,
            self.bottom,
            float(self.ends[-1] - self.starts[0]) if self.starts.size else 0.0,
            self.top - self.bottom,
        )

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter: Any, *args: Any) -> None:
        if not self.starts.size:
            return
        view = self.viewRect()
        lo, hi = (view.left(), view.right()) if view is not None else (-np.inf, np.inf)
        i0 = int(np.searchsorted(self.ends, lo, side="left"))
        i1 = int(np.searchsorted(self.starts, hi, side="right"))
        if i1 > i0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.brush)
            painter.drawRects(self.rects[i0:i1])


class DayMark(pg.GraphicsObject):
    """A vertical line at ``x`` through the whole height of its view (today): one cheap item."""

    def __init__(self, x: float, pen: Any):
        super().__init__()
        self.x, self.pen = float(x), pen
        self.label = None

    def value(self) -> float:
        return self.x

    def boundingRect(self) -> QRectF:
        view = self.viewRect()
        if view is None:
            return QRectF(self.x, 0, 0, 0)
        return QRectF(self.x - view.width() * 1e-3, view.top(), view.width() * 2e-3, view.height())

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()

    def paint(self, painter: Any, *args: Any) -> None:
        view = self.viewRect()
        if view is None or not view.left() <= self.x <= view.right():
            return
        painter.setPen(self.pen)
        painter.drawLine(QPointF(self.x, view.top()), QPointF(self.x, view.bottom()))
