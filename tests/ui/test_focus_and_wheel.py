"""Every control shows where the keyboard is (WCAG 2.2 focus appearance: a ring of at least
2 px at a contrast of 3:1 or more, in every theme), and the mouse wheel scrolls the page, not
the value of a combo or spin box it passes over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.ui.kit.inputs import ScaleInput
from dmtracker.ui.shell.style import FOCUSABLE, _palette, apply_look, resolved_theme, stylesheet


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _ring_colour(theme: str) -> QColor:
    return (
        QColor("#000000")
        if theme == "contrast"
        else _palette(theme).color(QPalette.ColorRole.Highlight)
    )


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_the_focus_ring_contrasts_3_to_1_with_what_is_around_it(theme: str) -> None:
    p = _palette(theme)
    ring = _ring_colour(theme)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert contrast(ring, p.color(role)) >= 3, (theme, role)


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_every_focusable_kind_has_a_ring_of_at_least_2_px(theme: str) -> None:
    css = stylesheet(100, theme)
    for kind in FOCUSABLE:
        assert f"{kind}:focus" in css
    widths = [int(w) for w in __import__("re").findall(r"border: (\d+)px solid", css)]
    assert min(w for w in widths if w > 1) >= 2


CONTROLS = [
    lambda: QPushButton("Save"),
    lambda: QToolButton(text="▾"),
    lambda: QCheckBox("Fever"),
    lambda: QRadioButton("Left"),
    lambda: QLineEdit("text"),
    lambda: QComboBox(),
    lambda: QSpinBox(),
    lambda: ScaleInput("Pain", 10, {0: "none"}),
]


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
@pytest.mark.parametrize("make", CONTROLS)
def test_a_focused_control_is_drawn_with_its_ring(qtbot, theme: str, make) -> None:
    app = QApplication.instance()
    apply_look(app, 100, theme)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        other = QLineEdit()
        control = make()
        if isinstance(control, QComboBox):
            control.addItems(["one", "two"])
        layout.addWidget(other)
        layout.addWidget(control)
        host.resize(300, 160)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        QApplication.processEvents()
        image = control.grab().toImage()
        ring = _ring_colour(resolved_theme(theme))
        x = image.width() // 2
        # the top edge: two rows of the ring colour (rounded corners aside, mid-width)
        rows = [QColor(image.pixel(x, y)) for y in range(4)]
        close = [contrast(c, ring) < 1.2 for c in rows]
        assert sum(close) >= 2, (theme, type(control).__name__, [c.name() for c in rows])
    finally:
        apply_look(app, 100, "light")


def _wheel(widget: QWidget, steps: int = -1) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(QPoint(int(pos.x()), int(pos.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_past_combos_and_spin_boxes(qtbot) -> None:
    apply_look(QApplication.instance(), 100, "light")
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    combos = []
    spins = []
    for i in range(15):
        combo = QComboBox()
        combo.addItems(["a", "b", "c"])
        spin = QSpinBox()
        spin.setValue(5)
        layout.addWidget(QLabel(f"row {i}"))
        layout.addWidget(combo)
        layout.addWidget(spin)
        combos.append(combo)
        spins.append(spin)
    scroll.setWidget(inner)
    scroll.resize(300, 300)
    scroll.show()
    qtbot.waitExposed(scroll)
    bar = scroll.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    assert combos[0].focusPolicy() == Qt.FocusPolicy.StrongFocus  # not WheelFocus
    _wheel(combos[0])
    assert combos[0].currentIndex() == 0, "an unfocused combo kept its value"
    assert bar.value() > 0, "the page scrolled instead"
    before = bar.value()
    _wheel(spins[1].lineEdit())
    assert spins[1].value() == 5 and bar.value() > before
    # focused (clicked or tabbed into), the control takes the wheel as before
    scroll.activateWindow()
    combos[2].setFocus()
    qtbot.waitUntil(combos[2].hasFocus)
    _wheel(combos[2])
    assert combos[2].currentIndex() == 1
