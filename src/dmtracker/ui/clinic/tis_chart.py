"""The TIS over time: one point per later visit (a full TIS filled, a partial one hollow and
said in its label), clicked to select the visit in the table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dmtracker.i18n import translate
from dmtracker.ui.clinic.tis_words import point_label

if TYPE_CHECKING:  # the services (and the database layer) load after the window is shown
    from dmtracker.services.scores import TisReport

FULL_COLOUR = "#0072B2"
PARTIAL_COLOUR = "#D55E00"
LINE_COLOUR = "#555555"


def axis_title() -> str:
    return translate("TisChart", "TIS (computed by the app)")


class TisChart(QWidget):
    """TIS over time with the 20/40/60 lines; pyqtgraph is imported on first use."""

    point_clicked = Signal(int)  # index of the row in the report

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.plot: Any = None
        self.items: list[Any] = []
        self.labels: list[Any] = []
        self.lines: list[Any] = []
        self.full_points: Any = None  # filled circles: full TIS
        self.partial_points: Any = None  # hollow squares: partial TIS
        self.report: TisReport | None = None
        self.caption = QLabel(
            translate(
                "TisChart",
                "● filled circle: full TIS (all 6 measures), labelled with its total and "
                "category. □ hollow square: partial TIS, labelled “partial” with the number of "
                "measures (no category). ◆ baseline. Dashed lines: 20 minimal, 40 moderate, 60 "
                "major improvement.",
            )
        )
        self.caption.setWordWrap(True)
        # The plot is made on first show (pyqtgraph loads late); its room is kept from the start
        # so the page does not jump, and the caption is already in place below it.
        self.placeholder = QWidget()
        self.placeholder.setMinimumHeight(360)
        self.layout_.addWidget(self.placeholder, 1)
        self.layout_.addWidget(self.caption)

    def _build(self) -> None:
        import pyqtgraph as pg  # imported on first use: keeps start-up fast

        from dmtracker.ui.charts.date_axis import DayAxis  # (pyqtgraph: on first use too)

        axis = DayAxis("bottom")  # the language's month names, never overlapping
        self.plot = pg.PlotWidget(axisItems={"bottom": axis}, background="w")
        self.plot.setAccessibleName(
            translate("TisChart", "Chart of the Total Improvement Score over time")
        )
        self.plot.setMinimumHeight(360)
        item = self.plot.getPlotItem()
        item.showGrid(x=True, y=False)
        item.setLabel("left", axis_title(), color="#202020")
        item.setYRange(-4, 108, padding=0)
        item.setMouseEnabled(x=True, y=False)
        item.hideButtons()
        for axis_name in ("left", "bottom"):
            ax = item.getAxis(axis_name)
            ax.setPen(pg.mkPen("#202020"))
            ax.setTextPen(pg.mkPen("#202020"))
        levels = (
            (20, translate("TisChart", "20: minimal")),
            (40, translate("TisChart", "40: moderate")),
            (60, translate("TisChart", "60: major")),
        )
        for value, words in levels:
            line = pg.InfiniteLine(
                pos=value,
                angle=0,
                movable=False,
                pen=pg.mkPen(LINE_COLOUR, width=1.5, style=Qt.PenStyle.DashLine),
                label=words,
                labelOpts={
                    "position": 0.02,
                    "color": "#202020",
                    "anchors": [(0, 1), (0, 1)],
                    "fill": pg.mkBrush(255, 255, 255, 200),
                },
            )
            item.addItem(line)
            self.lines.append(line)
        self.layout_.replaceWidget(self.placeholder, self.plot)
        self.placeholder.deleteLater()
        self.layout_.setStretchFactor(self.plot, 1)
        self.updateGeometry()

    def _apply_fonts(self) -> None:
        """Chart text at the app's text size (pyqtgraph does not follow the style sheet)."""
        self.ensurePolished()
        font = QFont(self.font())
        points = font.pointSizeF() if font.pointSizeF() > 0 else 11.0
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            item.getAxis(name).setStyle(tickFont=font)
        metrics = QFontMetrics(font)
        item.getAxis("bottom").setHeight(metrics.height() + 18)
        item.getAxis("left").setWidth(metrics.horizontalAdvance("100") + metrics.height() + 24)
        item.setLabel("left", axis_title(), color="#202020", **{"font-size": f"{points:g}pt"})
        for thing in self.lines:
            thing.label.setFont(font)
        for label in self.labels:
            label.setFont(font)
        self.plot.setMinimumHeight(round(360 * max(1.0, points / 11)))
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.plot is not None:
            self._apply_fonts()

    def set_report(self, report: TisReport) -> None:
        self.report = report
        if self.plot is None:
            self._build()
        import pyqtgraph as pg

        item = self.plot.getPlotItem()
        for old in self.items + self.labels:
            item.removeItem(old)
        self.items, self.labels = [], []
        series = report.series
        xs = list(series.x)
        ys = list(series.y)
        if series.baseline_x is not None:
            xs = [series.baseline_x, *xs]
            ys = [0.0, *ys]
            base = pg.ScatterPlotItem(
                [series.baseline_x],
                [0.0],
                symbol="d",
                size=14,
                pen=pg.mkPen("#202020", width=1.5),
                brush=pg.mkBrush("#202020"),
            )
            self.items.append(base)
            baseline = translate("TisChart", "baseline")
            self.labels.append(self._label(series.baseline_x, 0.0, baseline, "#202020"))
        if len(xs) > 1:
            self.items.append(pg.PlotDataItem(xs, ys, pen=pg.mkPen("#7a7a7a", width=1.5)))
        # Each point carries the index of its row in the report (refused rows have no point).
        rows = [i for i, r in enumerate(report.rows) if r.result is not None]
        full_x = [x for x, p in zip(series.x, series.partial, strict=True) if not p]
        full_y = [y for y, p in zip(series.y, series.partial, strict=True) if not p]
        part_x = [x for x, p in zip(series.x, series.partial, strict=True) if p]
        part_y = [y for y, p in zip(series.y, series.partial, strict=True) if p]
        full = pg.ScatterPlotItem(
            full_x,
            full_y,
            symbol="o",
            size=13,
            pen=pg.mkPen(FULL_COLOUR, width=2),
            brush=pg.mkBrush(FULL_COLOUR),
            data=[rows[i] for i, p in enumerate(series.partial) if not p],
        )
        partial = pg.ScatterPlotItem(
            part_x,
            part_y,
            symbol="s",
            size=13,
            pen=pg.mkPen(PARTIAL_COLOUR, width=2.5),
            brush=pg.mkBrush("w"),
            data=[rows[i] for i, p in enumerate(series.partial) if p],
        )
        for scatter in (full, partial):
            scatter.sigClicked.connect(self._clicked)
            self.items.append(scatter)
        self.full_points, self.partial_points = full, partial
        labels = [point_label(r) for r in report.rows if r.result is not None]
        for i, (x, y, text, p) in enumerate(
            zip(series.x, series.y, labels, series.partial, strict=True)
        ):
            # Alternate above and below so neighbouring labels do not cover each other.
            colour = PARTIAL_COLOUR if p else FULL_COLOUR
            last = i == len(series.x) - 1 and i > 0  # ends at its point: not cut at the edge
            self.labels.append(self._label(x, y, text, colour, below=i % 2 == 1, end=last))
        for thing in self.items + self.labels:
            item.addItem(thing)
        self._apply_fonts()
        if xs:
            pad = max(86400.0 * 10, (max(xs) - min(xs)) * 0.08)
            item.setXRange(min(xs) - pad, max(xs) + pad, padding=0)
        item.setYRange(-4, 108, padding=0)

    @staticmethod
    def _label(
        x: float, y: float, text: str, colour: str, below: bool = False, end: bool = False
    ) -> Any:
        import pyqtgraph as pg

        ax = 1.0 if end else 0.5
        label = pg.TextItem(text, color=colour, anchor=(ax, -0.3) if below else (ax, 1.3))
        label.setPos(x, y)
        return label

    def _clicked(self, scatter: Any, points: Any, *args: Any) -> None:
        if len(points):
            self.point_clicked.emit(int(points[0].data()))
