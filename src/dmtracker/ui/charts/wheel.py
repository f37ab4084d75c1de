"""The mouse wheel over a chart: it scrolls the page the chart is on, and zooms the chart only
with Ctrl held or while the chart has the keyboard focus (a page of stacked plots is read by
scrolling; a chart that swallowed the wheel trapped the reader and changed the dates shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def wants_zoom(chart: QWidget, event: QWheelEvent) -> bool:
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    return ctrl or chart.hasFocus()


def scroll_page(chart: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the scroll bar of the nearest scroll area around ``chart``."""
    parent = chart.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        event.ignore()
        return
    horizontal = abs(event.angleDelta().x()) > abs(event.angleDelta().y())
    bar = parent.horizontalScrollBar() if horizontal else parent.verticalScrollBar()
    QApplication.sendEvent(bar, event)
    event.accept()
