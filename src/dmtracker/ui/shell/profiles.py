"""Several diaries on one computer (profiles): the chooser at start and File ▸ Switch diary…,
and the dialogs of File ▸ New diary…, Rename diary… and Remove diary….

The profiles themselves are :class:`dmtracker.services.profiles.ProfileBook`'s (handed in by
the composition root); these dialogs only ask. Every dialog is keyboard-only: Enter does the
main thing, Esc cancels, a refused name is said in one line naming the field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import translate, vocabulary
from dmtracker.ui.kit.errors import describe_errors, error_text
from dmtracker.ui.kit.layout import fit
from dmtracker.ui.kit.widgets import heading

if TYPE_CHECKING:
    from dmtracker.services.profiles import DiaryEntry, ProfileBook

NAME_MAX = 40  # as the profiles' own rule (a longer name is refused with a message)


def kind_text(juvenile: bool) -> str:
    return (
        translate("Profiles", "child (juvenile dermatomyositis)")
        if juvenile
        else translate("Profiles", "adult")
    )


def name_label() -> str:
    return translate("Profiles", "&Name of the diary")


def _error_line(exc: BaseException, verb: str, label: str | None = None) -> str:
    if isinstance(exc, ValidationError):
        plain = (label or name_label()).replace("&", "")
        labels = {"name": plain, "profile": plain}
        said = "; ".join(describe_errors(exc, labels))
    else:
        said = error_text(exc)
    return translate("Profiles", "⚠ {verb} – {reason}").format(verb=verb, reason=said)


def _enter_is(button: QPushButton, box: QDialogButtonBox) -> None:
    """Enter presses ``button`` wherever the focus is (never Cancel)."""
    for other in box.buttons():
        if isinstance(other, QPushButton):
            other.setAutoDefault(False)
            other.setDefault(other is button)


class _Dialog(QDialog):
    """A small dialog: a heading, a body, an error line (text, not colour), OK and Cancel."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(10)
        self.body.addWidget(heading(title))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(ok_text)
        self.ok.setObjectName("primary")
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        _enter_is(self.ok, self.buttons)

    def finish(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def say(self, text: str, focus: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.error.setAccessibleName(text)
        if self.isVisible():
            fit(self, 48)  # as high as the words need, the error line too
        if focus is not None:
            focus.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        fit(self, 48)
        super().showEvent(event)

    def _ok(self) -> None:  # pragma: no cover - each dialog has its own
        self.accept()


def _name_field(dialog: _Dialog, text: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setMaxLength(NAME_MAX + 20)  # a longer one is said to be too long, not cut silently
    label = QLabel(name_label())
    label.setBuddy(field)
    field.setAccessibleName(name_label().replace("&", ""))
    dialog.body.addWidget(label)
    dialog.body.addWidget(field)
    return field


class NewDiaryDialog(_Dialog):
    """File ▸ New diary…: a name and adult or child; ``created`` once made."""

    def __init__(self, book: ProfileBook, parent: QWidget | None = None):
        super().__init__(
            translate("Profiles", "New diary"), translate("Profiles", "&Create"), parent
        )
        self.book = book
        self.created: DiaryEntry | None = None
        intro = QLabel(
            translate(
                "Profiles",
                "A diary of its own, in a folder of its own: for example one for you and one "
                "for your child. Nothing is shared between diaries.",
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.name = _name_field(self)
        self.adult = QRadioButton(translate("Profiles", "&Adult"))
        self.juvenile = QRadioButton(
            translate("Profiles", "&Child: juvenile dermatomyositis (JDM)")
        )
        self.adult.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.adult, self.juvenile):
            group.addButton(button)
            self.body.addWidget(button)
        hint = QLabel(
            translate(
                "Profiles",
                "A child's diary uses the JDM measures and thresholds; a parent may answer "
                "for the child.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.finish()
        self.name.setFocus()

    def _ok(self) -> None:
        try:
            self.created = self.book.create(self.name.text(), juvenile=self.juvenile.isChecked())
        except (ValidationError, OSError) as exc:
            self.say(_error_line(exc, translate("Profiles", "Not created")), self.name)
            return
        self.accept()


def _combo(entries: list[DiaryEntry], current: Path | None) -> QComboBox:
    combo = QComboBox()
    for entry in entries:
        combo.addItem(f"{vocabulary(entry.name)} ({kind_text(entry.juvenile)})", entry)
    for i, entry in enumerate(entries):
        if entry.root == current:
            combo.setCurrentIndex(i)
    return combo


class RenameDiaryDialog(_Dialog):
    """File ▸ Rename diary…: which diary, and its new name; ``renamed`` once done."""

    def __init__(self, book: ProfileBook, current: Path | None, parent: QWidget | None = None):
        super().__init__(
            translate("Profiles", "Rename diary"), translate("Profiles", "&Rename"), parent
        )
        self.book = book
        self.renamed: DiaryEntry | None = None
        self.which = _combo(book.all(), current)
        which_label = QLabel(translate("Profiles", "&Diary"))
        which_label.setBuddy(self.which)
        self.which.setAccessibleName(translate("Profiles", "Diary"))
        self.body.addWidget(which_label)
        self.body.addWidget(self.which)
        self.name = _name_field(self)
        self.which.currentIndexChanged.connect(self._fill)
        self._fill()
        self.finish()
        self.name.setFocus()

    def _fill(self) -> None:
        entry = self.which.currentData()
        if entry is not None:
            self.name.setText(entry.name)
            self.name.selectAll()

    def _ok(self) -> None:
        entry = self.which.currentData()
        if entry is None:
            self.reject()
            return
        try:
            self.renamed = self.book.rename(entry, self.name.text())
        except (ValidationError, OSError) as exc:
            self.say(_error_line(exc, translate("Profiles", "Not renamed")), self.name)
            return
        self.accept()


class RemoveDiaryDialog(_Dialog):
    """File ▸ Remove diary…: a diary that is not the open one, confirmed by typing its name; a
    copy is kept first (``kept``: where)."""

    def __init__(self, book: ProfileBook, current: Path | None, parent: QWidget | None = None):
        super().__init__(
            translate("Profiles", "Remove diary"), translate("Profiles", "&Remove"), parent
        )
        self.book = book
        self.kept: Path | None = None
        self.removed: DiaryEntry | None = None
        others = [e for e in book.all() if e.root != current]
        intro = QLabel(
            translate(
                "Profiles",
                "The diary is removed from this computer after a copy of its database is kept "
                "in the folder removed-profiles. The diary open now cannot be removed: switch "
                "to another one first.",
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.which = _combo(others, None)
        which_label = QLabel(translate("Profiles", "&Diary to remove"))
        which_label.setBuddy(self.which)
        self.which.setAccessibleName(translate("Profiles", "Diary to remove"))
        self.body.addWidget(which_label)
        self.body.addWidget(self.which)
        self.typed = QLineEdit()
        typed_label = QLabel(translate("Profiles", "&Type its name to confirm"))
        typed_label.setBuddy(self.typed)
        self.typed.setAccessibleName(translate("Profiles", "Type its name to confirm"))
        self.body.addWidget(typed_label)
        self.body.addWidget(self.typed)
        self.finish()
        if not others:
            self.which.setEnabled(False)
            self.typed.setEnabled(False)
            self.ok.setEnabled(False)
            self.say(translate("Profiles", "There is no other diary to remove."))
        else:
            self.typed.setFocus()

    def _ok(self) -> None:
        entry = self.which.currentData()
        if entry is None:
            return
        try:
            self.kept = self.book.remove(entry, self.typed.text())
        except Exception as exc:  # a wrong name, the diary open elsewhere, a disk error
            if not isinstance(exc, (ValidationError, OSError)) and not hasattr(exc, "reason"):
                raise
            said = _error_line(
                exc, translate("Profiles", "Not removed"), self.typed.accessibleName()
            )
            self.say(said, self.typed)
            return
        self.removed = entry
        self.accept()


class ProfileChooser(QDialog):
    """Which diary to open: at start when there is more than one, and File ▸ Switch diary….
    The last one used is preselected; Enter opens it; "New diary…" makes one and opens it."""

    def __init__(
        self,
        book: ProfileBook,
        current: Path | None = None,
        parent: QWidget | None = None,
        new_dialog: Callable[[QWidget], NewDiaryDialog] | None = None,
    ):
        super().__init__(parent)
        self.book = book
        self.chosen: DiaryEntry | None = None
        self.new_dialog = new_dialog or (lambda owner: NewDiaryDialog(book, owner))
        title = translate("Profiles", "Choose a diary")
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(title))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Profiles", "Diaries"))
        last = book.last()
        for entry in book.all():
            text = f"{vocabulary(entry.name)} – {kind_text(entry.juvenile)}"
            if entry.root == current:
                text += " " + translate("Profiles", "(open now)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
            if (current is not None and entry.root == current) or (
                current is None and last is not None and entry.folder == last.folder
            ):
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._open())
        layout.addWidget(self.list, 1)
        hint = QLabel(translate("Profiles", "Arrow keys choose, Enter opens, Esc cancels."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(translate("Profiles", "&Open"))
        self.open_button.setObjectName("primary")
        self.open_button.setDefault(True)
        self.new_button = QPushButton(translate("Profiles", "&New diary…"))
        self.new_button.setAutoDefault(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._open)
        _enter_is(self.open_button, buttons)
        buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self._new)
        layout.addWidget(buttons)
        self.list.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        fit(self, 44)
        super().showEvent(event)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    def _new(self) -> None:
        dialog = self.new_dialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.chosen = dialog.created
            self.accept()


def choose_at_start(book: ProfileBook) -> tuple[bool, DiaryEntry | None]:
    """The chooser before the window, when there is more than one diary: (go on, the chosen
    one). (True, None): nothing to choose (the last one used opens); (False, None): closed."""
    if len(book.all()) < 2:
        return True, None
    dialog = ProfileChooser(book)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.chosen
