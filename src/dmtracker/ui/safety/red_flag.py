"""The red-flag message: shown at once and modal; a record is saved with its red-flag mark only
when "I have read" is ticked and Save pressed.

Used wherever a red-flag term is logged (side effects, the follow-up card, an open sore in the
rash log). The caller saves the record (with its red-flag mark) only after ``acknowledge``
returned True. "Change my answer", Esc and the window's close button return to the form with
nothing saved and nothing changed (issue 18): the caller keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import side_effects
from dmtracker.i18n import localize, translate
from dmtracker.ui.kit.layout import fit, scroll_body

SAVE_TEXT = "&Save with the red-flag mark"  # English; shown as save_text()
SAVE_WAITING = "Save (tick “I have read” first)"  # English; shown as save_waiting()


def save_text() -> str:
    return translate("RedFlagDialog", "&Save with the red-flag mark")


def save_waiting() -> str:
    return translate("RedFlagDialog", "Save (tick “I have read” first)")


class RedFlagDialog(QDialog):
    """One message per red-flag group of the terms given. Save works only after ticking "I have
    read" (until then it is disabled and says so in words); "Change my answer", Esc or closing
    the window go back to the form (the dialog is rejected)."""

    def __init__(self, terms: Iterable[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("RedFlagDialog", "Seek urgent medical care now"))
        self.setModal(True)
        outer = QVBoxLayout(self)
        self.scroll_area = scroll_body(outer, margins=0, wrap=True)  # scrolls with very large text
        layout = self.scroll_area.form
        groups = []
        logged: dict[str, list[str]] = {}
        # the groups and their messages: clinical.md §5 (red flags) and §8 (TRALI, FAST,
        # meningitis, infection on immunosuppressants, methotrexate toxicity)
        for term in terms:
            group = side_effects.red_flag_group(term)
            if group is not None and group not in groups:
                groups.append(group)
            if group is not None:
                logged.setdefault(group.key, []).append(side_effects.normalise_term(term))
        self.groups = groups
        title = QLabel(translate("RedFlagDialog", "⚠ RED FLAG: seek urgent medical care now"))
        title.setObjectName("h1")
        title.setWordWrap(True)
        layout.addWidget(title)
        for group in groups:
            head = QLabel(localize(group.title))
            head.setObjectName("h2")
            head.setWordWrap(True)
            terms_said = ", ".join(f"“{t}”" for t in logged[group.key])
            what = QLabel(
                translate("RedFlagDialog", "You logged: {terms}").format(terms=terms_said)
            )
            what.setWordWrap(True)
            body = QLabel(localize(group.message))
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(head)
            layout.addWidget(what)
            layout.addWidget(body)
        self.read = QCheckBox(translate("RedFlagDialog", "I have &read this message"))
        self.read.setAccessibleName(self.read.text().replace("&", ""))
        outer.addWidget(self.read)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.change = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.change.setText(translate("RedFlagDialog", "&Change my answer"))
        self.change.setToolTip(
            translate("RedFlagDialog", "Back to the form; nothing is saved (Esc does the same)")
        )
        self.change.setAutoDefault(False)
        self.ok.setObjectName("primary")
        self._read_changed(False)
        self.read.toggled.connect(self._read_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.read.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit(self, 65)  # the style sheet's text size is known now

    def _read_changed(self, read: bool) -> None:
        self.ok.setEnabled(read)
        self.ok.setText(save_text() if read else save_waiting())
        self.ok.setAccessibleName(self.ok.text().replace("&", ""))

    def accept(self) -> None:
        """Only once "I have read" is ticked."""
        if self.read.isChecked():
            super().accept()


def acknowledge(terms: Iterable[str], parent: QWidget | None = None) -> bool:
    """Show the message for any red-flag term among ``terms``; True when there is none or it
    was acknowledged."""
    terms = [t for t in terms if side_effects.is_red_flag(t)]
    if not terms:
        return True
    dialog = RedFlagDialog(terms, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm_red_flags(terms: Iterable[str], parent: QWidget | None, marked: bool = False) -> bool:
    """Show the urgent-care message for any red-flag term (modal).

    ``marked``: the user ticked "red flag" by hand for words not on the list; the message is
    then the general one. True when there was nothing to show or it was acknowledged; False
    when the user chose "change my answer" (or Esc, or closed it): save nothing then.
    """
    terms = [t for t in terms if t]
    listed = [t for t in terms if side_effects.is_red_flag(t)]
    if listed:
        return acknowledge(listed, parent)
    if not marked:
        return True
    dialog = RedFlagDialog([], parent)
    words = ", ".join(f"“{t}”" for t in terms) or translate("RedFlagDialog", "this")
    body = QLabel(
        translate(
            "RedFlagDialog",
            "{urgent}. You marked {terms} as a red flag. Call your doctor, out-of-hours "
            "service or emergency number now, and say which treatments you have had (for "
            "example IVIG in the last days).",
        ).format(urgent=localize(side_effects.URGENT), terms=words)
    )
    body.setWordWrap(True)
    dialog.scroll_area.form.insertWidget(1, body)
    return dialog.exec() == QDialog.DialogCode.Accepted
