"""Issue 18, the red-flag box: Esc, the close button and "Change my answer" go back to the form
with nothing saved and nothing changed; Save says in words that "I have read" comes first and
works only then; each group is worded for what was logged (an open sore is not a "flare")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from tests.conftest import add_course, add_infusion_day
from tests.ui.conftest import on_modal

from dmtracker.ui.safety.red_flag import RedFlagDialog
from dmtracker.ui.today.follow_up_card import FollowUpCard
from dmtracker.ui.treatments.side_effect import SideEffectDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def when_modal(qtbot, act: Callable[[RedFlagDialog], None]) -> dict[str, Any]:
    """When the red-flag box shows, note what it says and run ``act`` on it."""
    seen: dict[str, Any] = {}

    def handle(modal: RedFlagDialog) -> None:
        qtbot.waitUntil(modal.isActiveWindow, timeout=2000)
        seen["text"] = " ".join(w.text() for w in modal.findChildren(QLabel))
        seen["ok"] = (modal.ok.isEnabled(), modal.ok.text())
        act(modal)
        qtbot.waitUntil(lambda: not modal.isVisible(), timeout=2000)
        seen["done"] = True

    on_modal(RedFlagDialog, handle, looks=200)
    return seen


_course = add_course


def _side_effect(qtbot, show, services) -> SideEffectDialog:
    dialog = show(SideEffectDialog(services))
    qtbot.keyClicks(dialog.term.lineEdit(), "skin ulcer")
    qtbot.keyClicks(dialog.grade, "2")
    dialog.notes.setPlainText("left shin")
    return dialog


def test_esc_returns_to_the_form_unchanged_and_nothing_is_saved(qtbot, services, show) -> None:
    dialog = _side_effect(qtbot, show, services)
    seen = when_modal(
        qtbot, lambda m: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    )
    assert not dialog.save()
    assert seen.get("done")
    assert seen["ok"] == (False, "Save (tick “I have read” first)")
    assert "Dermatomyositis flare" not in seen["text"]
    assert "You logged: “skin ulcer”" in seen["text"]
    assert dialog.isVisible() and services.side_effects.count() == 0
    assert dialog.term.currentText() == "skin ulcer" and dialog.notes.toPlainText() == "left shin"
    assert "you chose to change your answer; nothing was saved" in dialog.status.text()


def test_the_close_button_and_change_my_answer_go_back_too(qtbot, services, show) -> None:
    dialog = _side_effect(qtbot, show, services)
    seen = when_modal(qtbot, lambda m: m.close())
    assert not dialog.save() and seen.get("done")
    seen = when_modal(qtbot, lambda m: qtbot.keyClick(m.read, Qt.Key.Key_C, ALT))
    assert not dialog.save() and seen.get("done")
    assert services.side_effects.count() == 0 and dialog.isVisible()


def test_save_works_only_after_i_have_read(qtbot, services, show) -> None:
    dialog = _side_effect(qtbot, show, services)

    def read_and_save(modal: RedFlagDialog) -> None:
        qtbot.keyClick(modal.read, Qt.Key.Key_S, ALT)  # the disabled Save does nothing
        assert modal.isVisible()
        qtbot.keyClick(modal.read, Qt.Key.Key_Space)
        assert modal.ok.isEnabled() and modal.ok.text() == "&Save with the red-flag mark"
        qtbot.keyClick(modal.read, Qt.Key.Key_S, ALT)

    seen = when_modal(qtbot, read_and_save)
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    assert seen.get("done")
    (effect,) = services.side_effects.list()
    assert effect.term == "skin ulcer" and effect.red_flag


def test_change_my_answer_on_the_follow_up_card_takes_the_tick_back(qtbot, services, show) -> None:
    cid = _course(services)
    for n, day in ((1, "2026-11-23"), (2, "2026-11-24")):
        add_infusion_day(services, cid, day, n)
    card = FollowUpCard()
    card.refresh(services)
    show(card)
    card.headache.set_value(4)
    qtbot.keyClick(card.warnings_head, Qt.Key.Key_Space)
    seen = when_modal(qtbot, lambda m: qtbot.keyClick(m.read, Qt.Key.Key_C, ALT))
    qtbot.keyClick(card.flags["chest pain"], Qt.Key.Key_Space)
    assert seen.get("done")
    assert not card.flags["chest pain"].isChecked() and "chest pain" not in card.acknowledged
    assert card.headache.value() == 4 and services.side_effects.count() == 0
