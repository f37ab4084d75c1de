"""Rows that wrap: widgets side by side that go onto a further line when the window is too
narrow for them (long languages, large text, a small screen), instead of pushing the page
sideways. Used for rows of buttons and of controls on every page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QWidget


class FlowRow(QLayout):
    """Widgets side by side that wrap onto a further line when the page is too narrow for them
    (at 1024 pixels and 200 % text one row of the presets or the dates was wider than the page
    and pushed it sideways)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._shown()) + self.spacing() * max(
            0, len(self._shown()) - 1
        )
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item: the rest wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not ((w := i.widget()) and w.isHidden())]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in lines of ``rect``'s width, each centred on its line's height
        (a button beside a shorter field); return the height taken."""
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x, gap = rect.x(), self.spacing()
        for item in self._shown():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            size = QSize(min(hint.width(), rect.width()), hint.height())
            if lines[-1] and x + size.width() > rect.right() + 1:
                lines.append([])
                x = rect.x()
            lines[-1].append((item, size))
            x += size.width() + gap
        y = rect.y()
        for line in lines:
            height = max((size.height() for _item, size in line), default=0)
            x = rect.x()
            for item, size in line:
                if move:
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += size.width() + gap
            y += height + gap
        return max(0, y - gap - rect.y())


def group(*widgets: QWidget) -> QWidget:
    """Widgets kept together on one line of a FlowRow (a label with its field)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    return box


def flow(*widgets: QWidget, spacing: int = 8) -> QWidget:
    """A widget holding ``widgets`` in a :class:`FlowRow`: a row of buttons that wraps."""
    box = QWidget()
    row = FlowRow(box, spacing)
    for w in widgets:
        row.addWidget(w)
    policy = box.sizePolicy()
    policy.setHeightForWidth(True)
    box.setSizePolicy(policy)
    return box
