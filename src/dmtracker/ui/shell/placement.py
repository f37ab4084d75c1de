"""Where the window opens: on the page it was closed on, at a size that fits the screen.

The main window calls :func:`first_size` when it has no remembered geometry (so a first window
on a 1024×700 screen is not cut off), :func:`last_page` when it opens and :func:`remember_page`
when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1366, 900)  # clamped to the screen: a 1366×900 screen is filled
PAGE_KEY = "window/page"


def first_size(window: QWidget, preferred: QSize = PREFERRED) -> QSize:
    """``preferred``, made smaller where the screen's free area (less panels, less the window
    frame) is smaller; never below the window's minimum size."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return preferred
    free = screen.availableGeometry().size()
    frame = QSize(16, 48)  # title bar and borders drawn by the window manager
    width = min(preferred.width(), free.width() - frame.width())
    height = min(preferred.height(), free.height() - frame.height())
    minimum = window.minimumSize()
    return QSize(max(width, minimum.width()), max(height, minimum.height()))


def last_page(settings: QSettings, pages: int) -> int:
    """The page the window was closed on (0, Today, when none or not a page)."""
    try:
        index = int(str(settings.value(PAGE_KEY, 0)))
    except ValueError:
        return 0
    return index if 0 <= index < pages else 0


def remember_page(settings: QSettings, index: int) -> None:
    settings.setValue(PAGE_KEY, index)
