"""The kit's layouts for long languages and large text: a tick box whose text wraps, a field
grid whose hints move under their fields when narrow, and rows of buttons that wrap."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from dmtracker.ui.kit.flow import flow
from dmtracker.ui.kit.layout import FieldGrid
from dmtracker.ui.kit.widgets import WrapCheckBox

LONG = (
    "Ich nehme Medikamente, die den Nieren schaden können, z. B. regelmäßig entzündungshemmende "
    "Schmerzmittel (nierenschädigende Arzneimittel)"
)


def test_a_wrapping_tick_box_gets_taller_not_wider_and_ticks_on_every_line(show, qtbot) -> None:
    page = QWidget()
    box = WrapCheckBox(LONG)
    QVBoxLayout(page).addWidget(box)
    one_line = box.sizeHint()
    assert box.minimumSizeHint().width() < one_line.width() // 3
    assert box.heightForWidth(one_line.width() // 3) > 2 * box.heightForWidth(one_line.width())
    page.resize(one_line.width() // 3, 400)
    show(page)
    qtbot.waitUntil(lambda: box.width() <= one_line.width() // 3)
    assert box.height() >= box.heightForWidth(box.width()) - 1  # every line shown
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2, box.height() - 4))
    assert box.isChecked()  # the last line of the text ticks it too
    assert box.text() == LONG  # the text is the box's own (accessible, found by tests)


def test_field_grid_puts_hints_under_their_fields_when_narrow(show, qtbot) -> None:
    page = QWidget()
    grid = FieldGrid(wide_chars=100)
    field = QLineEdit()
    hint = QLabel("letztes Gewicht: 73,2 kg am 03.12.2026")
    hint.setWordWrap(True)
    grid.add_row(QLabel("&Gewicht (kg)"), field, hint)
    QVBoxLayout(page).addLayout(grid)
    chars = page.fontMetrics().averageCharWidth()
    page.resize(140 * chars, 300)
    show(page)
    qtbot.waitUntil(lambda: hint.x() > field.x() + field.width() // 2)  # beside the field
    assert abs(hint.y() - field.y()) < field.height()
    page.resize(60 * chars, 300)
    qtbot.waitUntil(lambda: hint.y() >= field.y() + field.height())  # under the field
    assert hint.x() == field.x()
    page.resize(140 * chars, 300)
    qtbot.waitUntil(lambda: hint.x() > field.x() + field.width() // 2)  # and back


def test_a_row_of_buttons_wraps_when_narrow(show, qtbot) -> None:
    page = QWidget()
    buttons = [QPushButton(f"Den ausgewählten Eintrag bearbeiten {i}") for i in range(3)]
    QVBoxLayout(page).addWidget(flow(*buttons))
    widest = max(b.sizeHint().width() for b in buttons)
    page.resize(4 * widest, 200)
    show(page)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)  # one line
    page.resize(widest + 40, 300)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 3)  # one under the other
    assert all(b.width() >= b.sizeHint().width() for b in buttons)
