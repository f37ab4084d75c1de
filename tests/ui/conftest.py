"""What the UI tests share: a widget shown in an active window, as a person sees it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


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
