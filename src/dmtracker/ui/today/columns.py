"""Two columns side by side when the page is wide enough for both, one above the other when not.

Today's scales go in the left column and the everyday tasks in the right one (the self-tests
beside the rash and IVIG further down), so the whole check-in fits one screen at 1366×900 and
100 % text; at 200 % text or in a narrow window the right column moves below the left one (the
reading and Tab order stay the same: left column first).
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

#: A band (px) inside which the arrangement stays as it is, so that a scroll bar appearing or
#: going (which changes the width a little) does not flip it back and forth.
HYSTERESIS = 12


class Columns(QWidget):
    """``left`` and ``right`` are vertical layouts to fill."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(12)
        self.left = QVBoxLayout()
        self.left.setSpacing(16)
        self.right = QVBoxLayout()
        self.right.setSpacing(16)
        self.box.addLayout(self.left, 1)
        self.box.addLayout(self.right, 1)

    def needed_width(self) -> int:
        """The width that holds both columns side by side."""
        return (
            self.left.minimumSize().width() + self.box.spacing() + self.right.minimumSize().width()
        )

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def arrange(self, width: int) -> None:
        need = self.needed_width()
        wide = width >= (need if self.side_by_side() else need + HYSTERESIS)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction != self.box.direction():
            self.box.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())
