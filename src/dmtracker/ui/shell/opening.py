"""Opening the diary when the app starts, with the dialogs that may take: the passphrase of an
encrypted diary, the recovery of a damaged one, or why it cannot be opened at all.

Which diary opens (the user's own or the demo profile, the folder of ``--data-dir``) is the
composition root's business (``dmtracker.startup``): it knows the command line and the storage
layer, which the UI may not import. It hands that knowledge in as :class:`Diaries`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import translate
from dmtracker.ui.kit.errors import error_text

if TYPE_CHECKING:
    from dmtracker.services.app_services import DatabaseDamagedError, Services
    from dmtracker.services.maintenance import PassphraseRequiredError
    from dmtracker.services.profiles import ProfileBook

log = logging.getLogger("dmtracker.app")

Opened = tuple["Services", bool]  # the services, and whether they are the demo profile's


class Diaries(Protocol):
    """How this run of the app opens diaries (made by the composition root)."""

    #: Errors of the storage layer that mean "this diary cannot be opened" (a newer schema, a
    #: failed migration): said in a message box, not a crash.
    cannot_open: tuple[type[Exception], ...]
    #: The user's own data folder (the demo profile lives in its ``demo`` subfolder).
    root: Path
    #: The diaries (profiles) under the base folder.
    book: ProfileBook

    def use(self, root: Path) -> None:
        """Open the profile in ``root`` from now on (its :meth:`start`)."""
        ...

    def claim(self, root: Path) -> bool:
        """This app becomes the one of ``root`` (False: another app window has it)."""
        ...

    def release(self, root: Path) -> None:
        """Let ``root`` go (another profile is shown now)."""
        ...

    def start(self) -> Opened:
        """The diary to show at start: the user's own, or the demo profile."""
        ...

    def own(self) -> Services:
        """The user's own diary (after the demo profile)."""
        ...

    def demo(self) -> Services:
        """The demo profile, filled with made-up data on its first use (File ▸ Explore the
        demo)."""
        ...

    def restore(self, error: DatabaseDamagedError) -> Path:
        """Put the newest good backup in place of the damaged database (which is kept, never
        deleted): returns where the damaged file is kept."""
        ...


def open_at_start(
    window: QWidget,
    diaries: Diaries,
    ask: bool = True,
    before_asking: Callable[[], object] = lambda: None,
) -> Opened:
    """Open the diary to show, asking the user what is needed on the way: the passphrase of an
    encrypted diary, whether to restore a damaged one. Raises when it cannot be opened (after
    saying why) or the user chose to quit. ``ask=False`` (the smoke test): never wait for a
    click, raise instead. ``before_asking`` runs before the first dialog."""
    from dmtracker.services.app_services import DatabaseDamagedError
    from dmtracker.services.maintenance import PassphraseRequiredError

    refused: tuple[type[Exception], ...] = (*diaries.cannot_open, ValidationError)
    while True:
        try:
            return diaries.start()
        except PassphraseRequiredError as exc:  # an encrypted diary: ask, then open it
            before_asking()  # the user may take their time
            if not ask or not unlock(window, exc):
                raise
        except DatabaseDamagedError as exc:
            if not ask:
                raise
            before_asking()
            opened = recover(window, exc, diaries)  # the recovery dialog: restore, or quit
            if opened is None:
                raise
            return opened
        except refused as exc:
            # also a full disk, a read-only folder that needs an upgrade, a diary in use
            log.error("cannot open the database: %s", type(exc).__name__)
            if ask:
                title = translate("AppSession", "dmtracker cannot open your data")
                QMessageBox.critical(window, title, error_text(exc))
            raise


def unlock(window: QWidget, error: PassphraseRequiredError) -> bool:
    """Ask for the passphrase of an encrypted diary until it is right, or the user quits."""
    from dmtracker.services.maintenance import unlock as unlock_diary
    from dmtracker.ui.shell.passphrase_dialog import PassphraseDialog

    paths = error.paths
    dialog = PassphraseDialog("unlock", lambda p: unlock_diary(paths, p), str(paths.root), window)
    return dialog.exec() == QDialog.DialogCode.Accepted


def recover(window: QWidget, error: DatabaseDamagedError, diaries: Diaries) -> Opened | None:
    """Show the recovery dialog for a damaged database until it opens or the user quits.

    Returns the opened diary after a restore, None when the user chose to quit. The damaged
    file is kept in ``backups/`` (never deleted) by the restore.
    """
    from dmtracker.services.app_services import DatabaseDamagedError
    from dmtracker.ui.shell.recovery_dialog import RecoveryDialog

    while True:
        log.error("the database failed its check at start (%d problems)", len(error.problems))

        def restore(error: DatabaseDamagedError = error) -> Path:
            kept = diaries.restore(error)
            taken = error.backup.taken_at if error.backup else None
            log.info("restored the backup taken %s; the damaged file is kept", taken)
            return kept

        dialog = RecoveryDialog(
            error.db, error.problems, error.backup, restore if error.backup else None, window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            log.info("recovery: the user chose to quit")
            return None
        try:
            return diaries.start()
        except DatabaseDamagedError as again:
            error = again
