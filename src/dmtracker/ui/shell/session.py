"""The open diary of the running app: the one place that opens, replaces and closes the
:class:`~dmtracker.services.app_services.Services` the window and its pages use."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from dmtracker.i18n import translate
from dmtracker.ui.kit.errors import error_text
from dmtracker.ui.kit.page import Page
from dmtracker.ui.shell import welcome
from dmtracker.ui.shell.encryption import change_encryption
from dmtracker.ui.shell.opening import Diaries, open_at_start

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services
    from dmtracker.ui.shell.main_window import MainWindow

log = logging.getLogger("dmtracker.app")


class AppSession:
    """The diary shown in ``window``, opened the way ``diaries`` says.

    :meth:`open` opens it at start (with the dialogs that may take), :meth:`show` hands it to
    the window, :meth:`connect` wires what replaces it while the app runs: Start my own diary
    (after the demo profile), File ▸ Encryption, and a page that replaced the database file (a
    restore, an import). :meth:`close` closes it.
    """

    def __init__(
        self,
        window: MainWindow,
        diaries: Diaries,
        confirm_leaving: Callable[[QWidget, Path], bool] = welcome.confirm_leaving_demo,
    ) -> None:
        self.window = window
        self.diaries = diaries
        self.confirm_leaving = confirm_leaving  # asked before "Start my own diary"
        self._services: Services | None = None
        self.is_demo = False

    @property
    def services(self) -> Services:
        """The services of the open diary (after :meth:`open`)."""
        if self._services is None:
            raise RuntimeError("no diary is open yet")
        return self._services

    def open(self, ask: bool = True, before_asking: Callable[[], object] = lambda: None) -> None:
        """Open the diary to show (see :func:`~dmtracker.ui.shell.opening.open_at_start`)."""
        self._services, self.is_demo = open_at_start(self.window, self.diaries, ask, before_asking)

    def show(self) -> None:
        """Hand the open diary to the window and its pages."""
        self.window.set_services(self.services, self.is_demo)

    def connect(self) -> None:
        self.window.start_own_diary.connect(self.switch_to_own)
        self.window.explore_demo.connect(self.switch_to_demo)
        self.window.encrypt_action.triggered.connect(self.change_encryption)
        self.window.on_page(self._wire)

    def _wire(self, page: Page) -> None:
        page.reopen_requested.connect(self.reopen)

    def switch_to_own(self) -> None:
        """Leave the demo profile for the user's own diary (made when it is opened first), once
        the user said yes."""
        if not self.confirm_leaving(self.window, self.diaries.root):
            return
        self.services.close()
        self._services, self.is_demo = self.diaries.own(), False
        self.show()

    def switch_to_demo(self) -> None:
        """File ▸ Explore the demo: the demo profile (the user's diary stays as it is)."""
        self.services.close()
        self._services, self.is_demo = self.diaries.demo(), True
        self.show()

    def reopen(self) -> None:
        """After a restore or an import: open the data folder again, refresh every page."""
        from dmtracker.services.app_services import DatabaseDamagedError, open_services

        refused: tuple[type[Exception], ...] = (DatabaseDamagedError, *self.diaries.cannot_open)
        services = self.services
        services.close()
        try:
            self._services = open_services(services.paths)
        except refused as exc:
            title = translate("AppSession", "dmtracker cannot open your data")
            QMessageBox.critical(self.window, title, error_text(exc))
            return
        self.show()

    def change_encryption(self) -> None:
        """File ▸ Encryption (the window shows the diary opened again after it)."""
        self._services = change_encryption(self.window, self.services)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
