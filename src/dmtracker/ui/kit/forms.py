"""The record form of the clinic (visit, lab result, HAQ-DI): fields in one scrolling body,
the problems above them, Save and Cancel below.

Each dialog writes through its service when Save is pressed. On a validation error nothing is
written, the dialog stays open with what was typed, and a message names every field at fault
(the field is also outlined and described, so colour is not the only sign)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import translate
from dmtracker.ui.kit.errors import StatusLabel, clear_errors, show_errors
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import scroll_body
from dmtracker.ui.kit.read_only import writes

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

COMPUTED = "computed by the app"  # English; shown as computed_words() says it


def computed_words() -> str:
    """ "computed by the app" in the reader's language (beside a score the app worked out)."""
    return translate("FormKit", "computed by the app")


class FormDialog(QDialog):
    """A record form: fields in a scroll area, an error box above, Save and Cancel below.

    Subclasses fill ``self.form`` (a QVBoxLayout), register inputs with :meth:`field`, and
    implement :meth:`values` and :meth:`write`.
    """

    saved = Signal(object)  # the services.base.Change of the write
    notes: QPlainTextEdit  # the last field, from notes_input (every form has one)

    def __init__(self, services: Services, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.change: Any = None
        self.setWindowTitle(title)
        self.setModal(True)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.outer = outer = QVBoxLayout(self)  # the error box, the form, the buttons
        self.error = StatusLabel(boxed=True)
        outer.addWidget(self.error)
        self.scroll_area = scroll_body(outer, margins=4, spacing=10)
        self.form = self.scroll_area.form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        writes(self.save_button)
        self.save_button.setText(translate("FormKit", "&Save"))
        self.save_button.setDefault(True)
        self.save_button.setObjectName("primary")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("FormKit", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for seq in ("Ctrl+S", "Ctrl+Return"):  # as in every other form
            QShortcut(QKeySequence(seq), self).activated.connect(self.accept)

    # -- building ---------------------------------------------------------------------------
    def field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """Register ``widget`` as the input of ``key`` (for error messages and marking)."""
        self.fields[key] = widget
        self.labels[key] = label
        widget.setAccessibleName(label.replace("&", ""))
        return widget

    def line(self, key: str, label: str, width: int | None = None) -> QLineEdit:
        edit = QLineEdit()
        if width is not None:
            edit.setMaximumWidth(width)
        self.field(key, label, edit)
        return edit

    def date_input(self, key: str, label: str, value: date) -> DateInput:
        edit = DateInput(label, value, key=key)
        self.field(key, label, edit)
        return edit

    def finish(self) -> None:
        """Tab runs through the form in reading order, then Save, then Cancel; the first field
        has the focus."""
        self.setTabOrder(self.notes, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        first = next(iter(self.fields.values()))
        first.setFocus()

    def notes_input(self, text: str = "") -> QPlainTextEdit:
        notes = QPlainTextEdit(text)
        notes.setTabChangesFocus(True)
        notes.setMaximumHeight(110)
        self.field("notes", translate("FormKit", "N&otes"), notes)
        return notes

    # -- saving -----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def write(self, data: Mapping[str, Any]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.change = self.write(self.values())
        except ValidationError as exc:
            self.show_errors(exc)
            return
        self.saved.emit(self.change)
        super().accept()

    def label_for(self, key: str) -> str:
        return self.labels.get(key, key.replace("_", " ")).replace("&", "")

    def widget_for(self, key: str) -> QWidget | None:
        return self.fields.get(key)

    def show_errors(self, exc: ValidationError) -> None:
        keys = [key for key, _reason in exc.errors]
        widgets = {k: w for k in keys if (w := self.widget_for(k)) is not None}
        labels = {k: self.label_for(k) for k in keys}
        if show_errors(exc, self.error, widgets, labels, scroll=self.scroll_area) is None:
            self.error.setFocus()

    def clear_errors(self) -> None:
        clear_errors(self.error, self.fields)

    def problems(self) -> str:
        """The error text shown (empty when none)."""
        return self.error.shown()
