"""File ▸ Encryption: encrypt the diary with a new passphrase, or store it unencrypted again."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import localize, translate
from dmtracker.ui.kit.tasks import run_modal

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services
    from dmtracker.ui.shell.main_window import MainWindow

log = logging.getLogger("dmtracker.app")


def change_encryption(window: MainWindow, services: Services) -> Services:
    """Ask for the passphrase (a new one, or the one to remove), then convert the diary, its
    backups and photos on the task runner's writer queue (a progress dialog; the window keeps
    painting). The database is closed while its files are converted and opened again
    after, whatever happened: returns the services now open (``services`` when nothing was
    done), which the window shows already."""
    from dmtracker.services import maintenance as mt
    from dmtracker.services.app_services import open_services
    from dmtracker.ui.shell.passphrase_dialog import PassphraseDialog

    if window.is_demo:
        QMessageBox.information(
            window,
            translate("Encryption", "Encryption"),
            translate(
                "Encryption",
                "The demo profile holds made-up data and is not encrypted. Start your own "
                "diary to encrypt it.",
            ),
        )
        return services
    paths = services.paths
    encrypted = mt.is_encrypted(paths)
    check = (lambda p: mt.unlock(paths, p)) if encrypted else mt.check_new_passphrase
    dialog = PassphraseDialog("remove" if encrypted else "set", check, str(paths.root), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return services
    passphrase = dialog.passphrase()
    services.close()
    window.reminder_timer.stop()  # nothing reads the diary while its files are converted
    title = translate("Encryption", "Encryption")
    try:
        if encrypted:
            label = translate(
                "Encryption", "Storing your diary, its backups and photos unencrypted…"
            )
            n = run_modal(window, title, label, lambda: mt.decrypt_database(paths, passphrase))
            done = translate(
                "Encryption", "Your diary and %n backup(s) are stored unencrypted now.", None, n
            )
        else:
            label = translate("Encryption", "Encrypting your diary, its backups and photos…")
            n = run_modal(window, title, label, lambda: mt.encrypt_database(paths, passphrase))
            done = translate(
                "Encryption", "Your diary and %n backup(s) are encrypted now.", None, n
            )
        log.info("encryption %s", "removed" if encrypted else "set")
    except ValidationError as exc:
        problems = "\n".join(f"{field}: {localize(reason)}" for field, reason in exc.errors)
        QMessageBox.warning(
            window,
            title,
            translate("Encryption", "Nothing was changed: {problems}").format(problems=problems),
        )
        done = ""
    finally:
        window.reminder_timer.start()
    services = open_services(paths)
    window.set_services(services, window.is_demo)
    if done:
        window.statusBar().showMessage(done, 10000)
    return services
