"""The answers of a questionnaire's items as groups of radio buttons (the HAQ-DI and the CHAQ):
read, set, clear, and answer by key with the focus on the answer."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup


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
