"""The open diary of the running app: the one place that opens, replaces and closes the
:class:`~dmtracker.services.app_services.Services` the window and its pages use."""

from __future__ import annotations

import logging
import sys
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
    from dmtracker.services.profiles import DiaryEntry
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
        #: called with the new folder after File ▸ Switch diary (app.py: the raise watcher)
        self.switched: Callable[[Path], object] = lambda _root: None

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
        self.window.profile_name = self._profile_name()
        self.window.set_services(self.services, self.is_demo)

    def _profile_name(self) -> str | None:
        """The open diary's name when there are several diaries (else None)."""
        book = getattr(self.diaries, "book", None)
        if book is None:
            return None
        entries = book.all()
        if len(entries) < 2:
            return None
        entry = book.of_root(self.diaries.root)
        return entry.name if entry is not None else None

    def connect(self) -> None:
        self.window.start_own_diary.connect(self.switch_to_own)
        self.window.explore_demo.connect(self.switch_to_demo)
        self.window.encrypt_action.triggered.connect(self.change_encryption)
        self.window.switch_diary.connect(self.switch_diary)
        self.window.new_diary.connect(self.new_diary)
        self.window.rename_diary.connect(self.rename_diary)
        self.window.remove_diary.connect(self.remove_diary)
        self.window.person_details.connect(self.person_details)
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

    # -- several diaries (profiles) ---------------------------------------------------------

    def switch_diary(self) -> None:
        """File ▸ Switch diary…: the chooser; the chosen diary opens in this window."""
        from dmtracker.ui.shell.profiles import ProfileChooser

        dialog = ProfileChooser(self.diaries.book, self.diaries.root, self.window)
        if dialog.exec() == ProfileChooser.DialogCode.Accepted and dialog.chosen is not None:
            self.open_profile(dialog.chosen)

    def new_diary(self) -> None:
        """File ▸ New diary…: name it, adult or child, then switch to it."""
        from dmtracker.ui.shell.profiles import NewDiaryDialog

        dialog = NewDiaryDialog(self.diaries.book, self.window)
        if dialog.exec() == NewDiaryDialog.DialogCode.Accepted and dialog.created is not None:
            self.open_profile(dialog.created)

    def rename_diary(self) -> None:
        from dmtracker.ui.shell.profiles import RenameDiaryDialog

        dialog = RenameDiaryDialog(self.diaries.book, self.diaries.root, self.window)
        if dialog.exec() == RenameDiaryDialog.DialogCode.Accepted:
            self.show()  # the title and the status bar name it anew

    def remove_diary(self) -> None:
        """File ▸ Remove diary…: another diary, after a copy was kept (said where)."""
        from dmtracker.ui.shell.profiles import RemoveDiaryDialog

        dialog = RemoveDiaryDialog(self.diaries.book, self.diaries.root, self.window)
        if dialog.exec() != RemoveDiaryDialog.DialogCode.Accepted or dialog.removed is None:
            return
        QMessageBox.information(
            self.window,
            translate("AppSession", "Diary removed"),
            translate(
                "AppSession", "The diary {name} was removed. A copy of it is kept in {file}."
            ).format(name=dialog.removed.name, file=dialog.kept),
        )
        self.show()

    def person_details(self) -> bool:
        """File ▸ Person details…: name, birth year, sex and height of the diary's person
        (then the pages show them; a birth year under 18 offers a child's diary). True: saved."""
        from dmtracker.ui.shell.person import PersonDialog

        dialog = PersonDialog(self.services, self.window)
        if dialog.exec() != PersonDialog.DialogCode.Accepted:
            return False
        self.show()
        self.offer_juvenile()
        return True

    def offer_juvenile(self) -> bool:
        """When the open diary's birth year says under 18 and it is not marked juvenile, ask
        once (per diary) whether to mark it as a child's diary (JDM). True: marked."""
        from dmtracker.services.profiles import suggests_juvenile

        if self.is_demo or self.services.read_only:
            return False
        profile = self.services.profile.current()
        today = self.services.clock.today()
        if not suggests_juvenile(profile.birth_year, bool(profile.juvenile), today.year):
            return False
        key = f"profiles/juvenile_offered/{self.diaries.root}"
        if self.window.settings.value(key, False, type=bool):
            return False
        self.window.settings.setValue(key, True)  # asked once, whatever the answer
        answer = QMessageBox.question(
            self.window,
            translate("AppSession", "A child's diary?"),
            translate(
                "AppSession",
                "The birth year {year} says this diary is for someone under 18. Mark it as a "
                "child's diary (juvenile dermatomyositis)? It then uses the JDM measures and "
                "thresholds.",
            ).format(year=profile.birth_year),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.services.profile.save({"juvenile": True})
        book = getattr(self.diaries, "book", None)
        if book is not None:
            entry = book.of_root(self.diaries.root)
            if entry is not None:
                book.set_juvenile(entry, True)
        self.show()
        return True

    def open_profile(self, entry: DiaryEntry) -> bool:
        """Close the open diary cleanly and open ``entry``'s in this window (its passphrase
        asked if it has one). False, with the old diary open again, when it cannot be opened
        (another window has it: that window comes forward)."""
        diaries = self.diaries
        old = diaries.root
        if entry.root == old and not self.is_demo:
            return True
        if entry.root != old and not diaries.claim(entry.root):
            QMessageBox.information(
                self.window,
                translate("AppSession", "Diary open already"),
                translate(
                    "AppSession",
                    "The diary {name} is open in another dmtracker window; that window was "
                    "brought forward.",
                ).format(name=entry.name),
            )
            return False
        self.services.close()
        diaries.use(entry.root)
        try:
            self._services, self.is_demo = open_at_start(self.window, diaries)
        except Exception:  # said already (a message box), or the passphrase was not given
            log.info("the chosen diary was not opened: %s", type(sys.exc_info()[1]).__name__)
            if entry.root != old:
                diaries.release(entry.root)
            diaries.use(old)
            self._services, self.is_demo = open_at_start(self.window, diaries)
            self.show()
            return False
        if entry.root != old:
            diaries.release(old)
        diaries.book.remember(entry)
        self.show()
        self.switched(entry.root)
        self.offer_juvenile()
        return True

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
