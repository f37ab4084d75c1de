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
    QGridLayout,
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


def wrapped(label: QLabel) -> QLabel:
    """``label`` with word wrap on: a caption in a form grid that takes two lines rather than
    pushing the form wider than the window (German and Spanish run a third longer)."""
    label.setWordWrap(True)
    return label


class FieldGrid(QGridLayout):
    """Rows of caption, field and an optional hint beside the field; when the grid is narrower
    than ``wide_chars`` characters of its text (a small screen, large text, a long language)
    each hint moves under its field, so it is not squeezed into a column of single words.
    Captions wrap."""

    def __init__(self, wide_chars: int = 100) -> None:
        super().__init__()
        self.wide_chars = wide_chars
        self._rows: list[tuple[QWidget, QWidget | None]] = []
        self._narrow: bool | None = None
        self.setColumnStretch(2, 1)

    def add_row(self, caption: QLabel, field: QWidget, hint: QWidget | None = None) -> None:
        r = 2 * len(self._rows)
        self.addWidget(wrapped(caption), r, 0)
        self.addWidget(field, r, 1)
        self._rows.append((field, hint))
        if hint is not None:
            self.addWidget(hint, r, 2)

    def _place(self, narrow: bool) -> None:
        self._narrow = narrow
        for i, (_field, hint) in enumerate(self._rows):
            if hint is None:
                continue
            self.removeWidget(hint)
            if narrow:
                self.addWidget(hint, 2 * i + 1, 1, 1, 2)
            else:
                self.addWidget(hint, 2 * i, 2)

    def setGeometry(self, rect: QRect) -> None:
        owner = self.parentWidget()
        chars = owner.fontMetrics().averageCharWidth() if owner is not None else 7
        narrow = rect.width() < self.wide_chars * chars
        if narrow != self._narrow:
            self._place(narrow)
        # captions get their width in one line up to 24 characters (at most 40 % of the
        # grid): a wide hint beside must not squeeze "Sex (for ideal weight)" onto two lines
        widest = max((self._caption_width(r) for r in range(len(self._rows))), default=0)
        column = min(widest, 24 * chars, int(rect.width() * 0.4))
        if column != self.columnMinimumWidth(0):
            self.setColumnMinimumWidth(0, column)
        super().setGeometry(rect)

    def _caption_width(self, index: int) -> int:
        item = self.itemAtPosition(2 * index, 0)
        label = item.widget() if item is not None else None
        if not isinstance(label, QLabel):
            return 0
        return label.fontMetrics().horizontalAdvance(label.text().replace("&", "")) + 2
