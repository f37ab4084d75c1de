"""What every page has: a title, a scroll area, and refresh-on-change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from dmtracker.ui.kit.widgets import heading


class Page(QWidget):
    """A section of the main window. Emit ``changed`` after a write so other pages refresh."""

    title = ""
    changed = Signal(object)  # a services.base.Change (or any summary of a write)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: Any = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.layout_ = QVBoxLayout(inner)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(16)
        self.heading = heading(self.title)
        self.layout_.addWidget(self.heading)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        self.setAccessibleName(self.title)

    def set_services(self, services: Any) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services."""
