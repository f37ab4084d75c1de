"""The mouse wheel scrolls the page, not the value under the pointer.

Qt gives a wheel turn to the combo box or spin box under the pointer even when it has no focus,
so scrolling a long form changes answers on the way down without a word. Installed once on the
application (see :func:`install`), this filter lets those controls take the wheel only while
they have the keyboard focus (clicked or tabbed into); otherwise the turn goes to the widget
around them (the page's scroll area), as if the control were not there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


def _guarded(obj: QObject) -> QWidget | None:
    """The combo or spin box ``obj`` is (or is part of, e.g. a spin box's text field)."""
    widget = obj if isinstance(obj, QWidget) else None
    for _ in range(2):
        if widget is None:
            return None
        if isinstance(widget, GUARDED):
            return widget
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(obj, GUARDED):
            _no_wheel_focus(obj)  # every new one, before it is first shown
            return False
        if event.type() != QEvent.Type.Wheel:
            return False
        control = _guarded(obj)
        if control is None or control.hasFocus():
            return False
        parent = control.parentWidget()
        while parent is not None:  # up to the first one that takes it (the scroll area)
            event.ignore()
            QCoreApplication.sendEvent(parent, event)
            if event.isAccepted():
                break
            parent = parent.parentWidget()
        return True


def install(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` once (a second call returns the same guard)."""
    guard = app.findChild(WheelGuard, "wheelGuard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheelGuard")
        app.installEventFilter(guard)
    for widget in app.allWidgets():
        if isinstance(widget, GUARDED):
            _no_wheel_focus(widget)
    return guard


def _no_wheel_focus(widget: QWidget) -> None:
    """A click or Tab (not the wheel) gives the control the focus: Qt would focus a
    WheelFocus widget before any filter sees the turn."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
