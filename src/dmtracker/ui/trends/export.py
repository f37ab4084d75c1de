"""Export of the chart shown on the Trends page: the size dialog, the title written into the
file, and the file itself (PNG or SVG, by the name's ending)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from dmtracker.i18n import formats, translate


class ExportDialog(QDialog):
    """Choose the size of the exported chart."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ChartExport", "Export the chart"))
        form = QFormLayout(self)
        self.width_box = QSpinBox()
        self.height_box = QSpinBox()
        for box, value in ((self.width_box, 1600), (self.height_box, 1000)):
            box.setRange(300, 8000)
            box.setValue(value)
            box.setSuffix(" px")
        self.width_box.setAccessibleName(translate("ChartExport", "Width in pixels"))
        self.height_box.setAccessibleName(translate("ChartExport", "Height in pixels"))
        form.addRow(translate("ChartExport", "&Width:"), self.width_box)
        form.addRow(translate("ChartExport", "&Height:"), self.height_box)
        note = QLabel(
            translate(
                "ChartExport",
                "The image shows every plot of the timeline with its dates; it is made taller "
                "than this when they do not fit.",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def export_title(cycles: bool, start: date, end: date) -> str:
    """The title written into the file: which view, and the dates shown."""
    if cycles:
        title = translate("ChartExport", "dmtracker infusion cycles, {start} to {end}")
    else:
        title = translate("ChartExport", "dmtracker timeline, {start} to {end}")
    return title.format(start=formats.day_long(start), end=formats.day_long(end))


def save_chart(widget: Any, path: str, width: int, height: int, title: str) -> None:
    """``widget`` (a chart drawn for this export) saved to ``path`` as SVG when the name ends
    in .svg, else as PNG (.png added when missing); then the widget is let go."""
    from dmtracker.ui.charts.export import save_png, save_svg

    try:
        if path.lower().endswith(".svg"):
            save_svg(widget, path, width, height, title)
        else:
            if not path.lower().endswith(".png"):
                path += ".png"
            save_png(widget, path, width, height, title)
    finally:
        widget.deleteLater()
