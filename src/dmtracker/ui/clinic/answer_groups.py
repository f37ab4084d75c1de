"""The answers of a questionnaire's items as groups of radio buttons (the HAQ-DI and the CHAQ):
read, set, clear, and answer by key with the focus on the answer."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup


class AnswerGroups:
    """Mixin: ``groups`` holds each item's button group (button id = the answer 0–3);
    ``_update_score`` shows the score after a change."""

    groups: dict[int, QButtonGroup]

    def _update_score(self) -> None:  # pragma: no cover - the dialog's own
        raise NotImplementedError

    def answer(self, item: int) -> int | None:
        checked = self.groups[item].checkedId()
        return None if checked < 0 else checked

    def set_answer(self, item: int, answer: int | None) -> None:
        group = self.groups[item]
        if answer is None:
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
            self._update_score()
        else:
            button = group.button(answer)
            if button is not None:
                button.setChecked(True)

    def choose(self, item: int, answer: int) -> None:
        """Answer ``item`` and put the focus on that answer."""
        self.set_answer(item, answer)
        button = self.groups[item].button(answer)
        if button is not None:
            button.setFocus()


class AnswerKeys(QObject):
    """The keys of an answer, as the forms' hints say: the arrow keys choose the previous or
    next answer (the focused one when none is chosen), 0–3 choose one directly, ``extra`` keys
    choose their answer (N: "not applicable" in the CHAQ), Delete or Backspace clear the item.
    Installed on each answer button, whose ``item_property`` holds its item number."""

    STEP: Mapping[int, int] = {
        Qt.Key.Key_Left: -1,
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_Down: 1,
    }

    def __init__(
        self,
        dialog: AnswerGroups,
        item_property: str,
        top: int,
        extra: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(dialog if isinstance(dialog, QObject) else None)
        self.dialog = dialog
        self.item_property = item_property
        self.top = top  # the highest answer id the arrows reach
        self.extra = dict(extra or {})

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        item = obj.property(self.item_property)
        if item is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        item = int(item)
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.dialog.set_answer(item, None)
            return True
        if event.text() in {"0", "1", "2", "3"}:
            self.dialog.choose(item, int(event.text()))
            return True
        if key in self.extra:
            self.dialog.choose(item, self.extra[key])
            return True
        if key in self.STEP and isinstance(obj, QAbstractButton):
            current = self.dialog.answer(item)
            here = self.dialog.groups[item].id(obj)
            step = self.STEP[key]
            new = here if current is None else min(self.top, max(0, current + step))
            self.dialog.choose(item, new)
            return True
        return False
