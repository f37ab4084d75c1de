"""What every page has: a title, a scroll area, refresh-on-change, and what the window asks of
its pages (one interface; a page overrides what it does)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from dmtracker import i18n
from dmtracker.ui.kit.widgets import heading

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


class UsesServices:
    """A widget handed the open diary (``services``) after it is built, by the window or by
    its page. :attr:`svc` is the diary for code that runs only once it was handed: a page's
    loading, its buttons and the dialogs they open (all built or shown after ``set_services``)."""

    services: Services | None = None

    @property
    def svc(self) -> Services:
        """The open diary; an error if asked before the widget was handed one (a bug)."""
        if self.services is None:
            raise RuntimeError(f"{type(self).__name__}: no diary open yet")
        return self.services


class Page(UsesServices, QWidget):
    """A section of the main window. Emit ``changed`` after a write so other pages refresh.

    The window (``ui/shell``) calls only what is declared here: it hands every page the open
    diary (``services``), calls :meth:`refresh` before a page is shown with new data, and
    :meth:`preload` at idle for a page that overrides it. The defaults do nothing, so a page
    overrides only what it does.
    """

    title = ""
    changed = Signal(object)  # a services.base.Change (or any summary of a write)
    open_day = Signal(object)  # a date: show that day on the Today page (History's lists)
    reopen_requested = Signal()  # the database file was replaced: open the data folder again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: Services | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.layout_ = QVBoxLayout(inner)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(16)
        shown = self.shown_title()
        self.heading = heading(shown)
        self.layout_.addWidget(self.heading)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        self.setAccessibleName(shown)

    def shown_title(self) -> str:
        """``title`` in the reader's language (the sections' names are marked for translation
        in the context "Pages", ``ui/shell/pages.py``; a title without a translation shows as
        it is)."""
        return i18n.current().translate("Pages", self.title) if self.title else ""

    def set_services(self, services: Services) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def first_input(self) -> QWidget:
        """The control that takes the keyboard focus when the page is shown."""
        return self

    def load_day(self, day: date) -> None:
        """Show ``day`` (a page that shows one day at a time)."""

    def update_reminder(self, due: bool = False) -> None:
        """The daily reminder is ``due`` (a page that shows it)."""

    @property
    def preloads(self) -> bool:
        """Whether the page has work for :meth:`preload` (it overrides it)."""
        return type(self).preload is not Page.preload

    def preload(self) -> None:
        """While the app is idle after start, and the page is hidden: prepare what is slow to
        show (the Trends charts), so that showing the page only paints it."""

    def save_draft(self) -> None:
        """Keep what was typed but not saved yet, so an unexpected error loses nothing (a page
        with a form)."""
