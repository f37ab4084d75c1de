"""What the UI tests share: a widget shown in an active window, as a person sees it, and the
answers to the modal boxes a save opens (the red-flag box, the thrombosis-history question)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from dmtracker.ui.safety.red_flag import RedFlagDialog

W = TypeVar("W", bound=QWidget)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def show(qtbot) -> Callable[[W], W]:
    """``show(widget)``: the widget shown, exposed and the active window (closed after the
    test); returns the widget."""

    def shown(widget: W) -> W:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(widget.isActiveWindow)
        return widget

    return shown


def on_modal(cls: type[W], act: Callable[[W], None], looks: int, every_ms: int = 10) -> None:
    """Once a modal ``cls`` is the active modal widget, run ``act`` on it: from the event loop,
    so it works while ``exec()`` blocks the test. Looks ``looks`` times at most, every
    ``every_ms`` ms, then gives up (the test then fails on what ``act`` did not do)."""
    tries = 0

    def look() -> None:
        nonlocal tries
        tries += 1
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, cls):
            if tries < looks:
                QTimer.singleShot(every_ms, look)
            return
        act(modal)

    QTimer.singleShot(0, look)


def acknowledge_red_flag(qtbot, check: Callable[[RedFlagDialog], None] | None = None) -> dict:
    """When the red-flag modal shows, run ``check`` on it, then tick "I have read" and press
    "Save with the red-flag mark" with the keyboard. Returns what was seen."""
    seen: dict[str, Any] = {}

    def handle(modal: RedFlagDialog) -> None:
        seen["groups"] = [g.key for g in modal.groups]
        seen["text"] = " ".join(w.text() for w in modal.findChildren(QLabel))
        seen["ok_enabled_before"] = modal.ok.isEnabled()
        if check is not None:
            check(modal)
        qtbot.waitUntil(modal.isActiveWindow, timeout=2000)
        seen["focus_on_read"] = QApplication.focusWidget() is modal.read
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # tick "I have read"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, ALT)  # Save with the mark
        # a mnemonic "animates" the click: it lands about 100 ms later (a timeout shows in "done")
        with contextlib.suppress(Exception):
            qtbot.waitUntil(lambda: not modal.isVisible(), timeout=2000)
        seen["done"] = not modal.isVisible()
        if modal.isVisible():  # never leave a modal open: the test fails on "done"
            modal.done(0)

    on_modal(RedFlagDialog, handle, looks=200)
    return seen


def answer_history_prompt(qtbot, yes: bool) -> dict:
    """When "Record a history of blood clots?" shows, press Yes (Alt+Y) or Not now (Alt+N)."""
    from dmtracker.ui.safety.risk_prompt import ThrombosisHistoryDialog

    seen: dict[str, Any] = {}

    def handle(modal: ThrombosisHistoryDialog) -> None:
        qtbot.waitUntil(modal.isActiveWindow, timeout=2000)
        seen["focus_on_yes"] = QApplication.focusWidget() is modal.yes
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y if yes else Qt.Key.Key_N, ALT)
        with contextlib.suppress(Exception):
            qtbot.waitUntil(lambda: not modal.isVisible(), timeout=2000)
        seen["done"] = not modal.isVisible()
        if modal.isVisible():
            modal.done(0)

    on_modal(ThrombosisHistoryDialog, handle, looks=300)
    return seen
