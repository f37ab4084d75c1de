"""The passphrase of an encrypted diary: asked at start ("unlock"), chosen when encrypting
("set", twice, with the warning that a forgotten passphrase cannot be recovered), and given
again to store the diary unencrypted ("remove").

The dialog does not touch files: it is handed a ``check`` function that returns None when the
passphrase is right (or acceptable) and raises ``ValidationError`` otherwise; the message is
shown under the field it names and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import localize, translate
from dmtracker.services.maintenance import FORGOTTEN_WARNING, MIN_PASSPHRASE
from dmtracker.ui.kit.layout import fit, scroll_body

MODES = ("unlock", "set", "remove")


class PassphraseDialog(QDialog):
    """After ``exec()`` returns Accepted, ``passphrase()`` is what the user typed (and
    ``check`` accepted)."""

    def __init__(
        self,
        mode: str,
        check: Callable[..., Any],
        where: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode = mode
        self._check = check
        self.setModal(True)
        outer = QVBoxLayout(self)
        self.scroll_area = scroll_body(outer, margins=0, wrap=True)
        self.body, layout = self.scroll_area.body, self.scroll_area.form
        title = QLabel()
        title.setObjectName("h1")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.warning = QLabel(f"⚠ {localize(FORGOTTEN_WARNING)}")
        self.warning.setObjectName("h2")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(translate("PassphraseDialog", "Warning"))
        layout.addWidget(self.warning)

        form = QFormLayout()
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(translate("PassphraseDialog", "Passphrase"))
        form.addRow(translate("PassphraseDialog", "&Passphrase:"), self.field)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(translate("PassphraseDialog", "Passphrase again"))
        self.repeat_label = QLabel(translate("PassphraseDialog", "&Again:"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.repeat_label, self.repeat)
        self.show_text = QCheckBox(translate("PassphraseDialog", "&Show what I type"))
        self.show_text.toggled.connect(self._show)
        form.addRow(self.show_text)
        outer.addLayout(form)
        self.understood_text = QLabel(
            translate(
                "PassphraseDialog",
                "If I forget the passphrase, my diary cannot be recovered by anyone.",
            )
        )
        self.understood_text.setWordWrap(True)
        self.understood = QCheckBox(translate("PassphraseDialog", "I &understand"))
        self.understood.setAccessibleName(
            translate(
                "PassphraseDialog",
                "I understand: if I forget the passphrase, my diary cannot be recovered",
            )
        )
        outer.addWidget(self.understood_text)
        outer.addWidget(self.understood)
        self.error = QLabel("")
        self.error.setObjectName("status")
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("PassphraseDialog", "Problem"))
        self.error.setVisible(False)
        outer.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.ok = QPushButton()
        self.ok.setObjectName("primary")
        self.cancel = QPushButton()
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.try_accept)
        self.cancel.clicked.connect(self.reject)
        self.ok.setDefault(True)
        outer.addWidget(self.buttons)

        setting = mode == "set"
        self.repeat.setVisible(setting)
        self.repeat_label.setVisible(setting)
        self.understood.setVisible(setting)
        self.understood_text.setVisible(setting)
        self.warning.setVisible(mode != "remove")
        if mode == "unlock":
            self.warning.setObjectName("")  # a reminder here, not the headline
            self.setWindowTitle(translate("PassphraseDialog", "dmtracker: enter your passphrase"))
            title.setText(translate("PassphraseDialog", "This diary is encrypted"))
            self.text.setText(
                translate("PassphraseDialog", "Enter the passphrase to open it.")
                + (f"<br><code>{where}</code>" if where else "")
            )
            self.ok.setText(translate("PassphraseDialog", "&Open"))
            self.cancel.setText(translate("PassphraseDialog", "&Quit"))
        elif mode == "set":
            self.setWindowTitle(translate("PassphraseDialog", "dmtracker: encrypt your diary"))
            title.setText(translate("PassphraseDialog", "Encrypt your diary with a passphrase"))
            self.text.setText(
                translate(
                    "PassphraseDialog",
                    "Your diary, its backups and its rash photos will be stored encrypted: "
                    "without the passphrase nobody can read them, even with your files. "
                    "dmtracker asks for it each time it starts. Use at least {count} "
                    "characters; a few unrelated words are easy to remember and hard to "
                    "guess.<br>Not encrypted: exports you make (CSV, JSON, FHIR, PDF), which "
                    "are meant to be read.",
                ).format(count=MIN_PASSPHRASE)
            )
            self.ok.setText(translate("PassphraseDialog", "&Encrypt"))
            self.cancel.setText(translate("PassphraseDialog", "&Cancel"))
        else:
            self.setWindowTitle(
                translate("PassphraseDialog", "dmtracker: store your diary unencrypted")
            )
            title.setText(translate("PassphraseDialog", "Remove the passphrase"))
            self.text.setText(
                translate(
                    "PassphraseDialog",
                    "Your diary, its backups and its rash photos will be stored unencrypted "
                    "again: anyone who can read your files can read them. Enter the passphrase "
                    "to confirm.",
                )
            )
            self.ok.setText(translate("PassphraseDialog", "&Remove encryption"))
            self.cancel.setText(translate("PassphraseDialog", "&Cancel"))
        self.field.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        fit(self, 72)

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def passphrase(self) -> str:
        return self.field.text()

    def show_error(self, text: str, field: QLineEdit | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        target = field or self.field
        target.setFocus()
        target.selectAll()

    def try_accept(self) -> None:
        if self.mode == "set" and not self.understood.isChecked():
            self.show_error(
                translate("PassphraseDialog", "Tick the box to confirm you understand the warning.")
            )
            self.understood.setFocus()
            return
        try:
            if self.mode == "set":
                self._check(self.field.text(), self.repeat.text())
            else:
                self._check(self.field.text())
        except ValidationError as exc:
            where = self.repeat if exc.field == "repeat" else self.field
            reason = localize(exc.reason)
            if exc.field == "repeat":
                said = translate("PassphraseDialog", "Passphrase again {reason}.").format(
                    reason=reason
                )
            else:
                said = translate("PassphraseDialog", "Passphrase {reason}.").format(reason=reason)
            self.show_error(said, where)
            return
        self.accept()
