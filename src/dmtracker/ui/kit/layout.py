"""How a form is laid out and sized: its fields in one scrolling body, the window sized in
characters and lines of its text (so it grows with the text size, never beyond the screen),
tabs whose pages scroll, and the small rules every input follows (the click target, a label
whose Alt+letter reaches its field, combo boxes that do not force the form wide)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

TARGET = 32  # px: the smallest click target
WIDE = HIGH = 0.95  # the most of the screen's free area a window takes


class _Body(QWidget):
    """What scrolls: its preferred height is the height its words need at its width
    (QScrollArea asks the size hint, which for wrapped text guesses a narrower width)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        layout = self.layout()
        if layout is not None and self.width() > 0 and layout.hasHeightForWidth():
            return QSize(hint.width(), layout.totalHeightForWidth(self.width()))
        return hint


class ScrollBody(QScrollArea):
    """A frameless scrolling area holding a form: ``body`` is the widget that scrolls,
    ``form`` its layout (forms never clip with large text or on a small screen)."""

    def __init__(
        self, margins: int | None = None, spacing: int | None = None, wrap: bool = False
    ) -> None:
        super().__init__()
        self.body = _Body()
        self.form = QVBoxLayout(self.body)
        if margins is not None:
            self.form.setContentsMargins(margins, margins, margins, margins)
        if spacing is not None:
            self.form.setSpacing(spacing)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        if wrap:  # text that wraps to the width: never a horizontal scroll bar
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.body)

    def needed_height(self, width: int) -> int:
        """The height the body needs to show all of it when the area is ``width`` wide."""
        inner = width - self.verticalScrollBar().sizeHint().width()
        needed = self.form.totalHeightForWidth(inner) if self.form.hasHeightForWidth() else -1
        return needed if needed >= 0 else self.body.sizeHint().height()


def scroll_body(
    outer: QVBoxLayout, margins: int | None = None, spacing: int | None = None, wrap: bool = False
) -> ScrollBody:
    """The one scrolling body of a form, added to ``outer`` (it takes the spare height); lay the
    fields out in its ``form``."""
    area = ScrollBody(margins, spacing, wrap)
    outer.addWidget(area, 1)
    return area


def free_area(window: QWidget) -> QRect:
    """The screen's free area (a usual laptop screen when there is no screen)."""
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 900)


def fit(window: QWidget, chars: int, lines: int | None = None) -> None:
    """The one sizing rule of a window: ``chars`` characters of its text wide and ``lines``
    lines high, so it grows with the text size; at least what its content asks for; never more
    than 95 % of the screen's free area. Without ``lines`` it is as high as its content
    needs at that width (all the words of its scrolling body, wrapped). Call it again when
    shown if the text size may have changed since."""
    window.ensurePolished()
    metrics = window.fontMetrics()
    area = free_area(window)
    hint = window.sizeHint()
    width = min(max(metrics.averageCharWidth() * chars, hint.width()), int(area.width() * WIDE))
    if lines is not None:
        height = max(metrics.lineSpacing() * lines, hint.height())
    else:
        height = _needed_height(window, width)
    window.resize(width, min(height, int(area.height() * HIGH)))


def _needed_height(window: QWidget, width: int) -> int:
    """The height ``window`` needs at ``width``: its scrolling body in full plus what sits
    around it (fields, buttons), with two lines of slack: no needless scroll bar shows, not
    even when a status line appears under the form after Save."""
    outer = window.layout()
    scroll = window.findChild(ScrollBody)
    if outer is None or scroll is None:
        if outer is not None and outer.hasHeightForWidth():
            return outer.totalHeightForWidth(width)
        return window.sizeHint().height()
    m = outer.contentsMargins()
    spacing = max(0, outer.spacing()) if isinstance(outer, QVBoxLayout) else 0
    height = scroll.needed_height(width - m.left() - m.right())
    height += m.top() + m.bottom() + 2 * window.fontMetrics().height()
    for i in range(outer.count()):
        item = outer.itemAt(i)
        w = item.widget() if item is not None else None
        if item is None or w is scroll or (w is not None and w.isHidden()):
            continue
        height += item.sizeHint().height() + spacing
    return height


class ScrollingTabs(QTabWidget):
    """Tabs whose pages scroll on their own. In a plain QTabWidget the tallest page (the course
    planner, the TIS chart) makes every page as tall, so a short table sits above an empty area
    and its horizontal scroll bar ends up below the window. ``setCurrentWidget`` and
    ``page_at`` take and give the page itself, not its scroll area."""

    def addTab(self, widget: QWidget, label: str) -> int:  # type: ignore[override]  # no icon tabs
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return super().addTab(area, label)

    def sizeHint(self) -> QSize:
        """Wide as the pages want, but low: the page around scrolls only when even this does
        not fit (word-wrapped labels make it take the height asked for as a minimum, so the
        full height of the tallest tab gave the window a second scroll bar)."""
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.minimumSizeHint().height() + 320))

    def page_at(self, index: int) -> QWidget | None:
        area = self.widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def index_of(self, widget: QWidget) -> int:
        """The index of the tab of ``widget`` (the page or its scroll area), -1 if none."""
        return next(
            (i for i in range(self.count()) if widget in (self.widget(i), self.page_at(i))), -1
        )

    def setCurrentWidget(self, widget: QWidget) -> None:
        for i in range(self.count()):
            if widget in (self.widget(i), self.page_at(i)):
                self.setCurrentIndex(i)
                return


def compact(combo: QComboBox, chars: int = 16) -> QComboBox:
    """A combo box whose long items do not force the form wide (the popup shows them whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def form_rows(layout: QFormLayout) -> None:
    """Make each row label of a form the buddy of its input, so Alt+letter jumps to the input;
    with large text a row that does not fit puts its input under its label."""
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        text, widget = label.widget(), field.widget()
        if isinstance(text, QLabel) and widget is not None:
            text.setBuddy(widget)


def buddy(text: str, widget: QWidget, accessible: str | None = None) -> QLabel:
    """A label whose &-mnemonic moves focus to ``widget``; the widget gets an accessible name."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(accessible or text.replace("&", "").rstrip(":"))
    return label
