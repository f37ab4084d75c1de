"""A red flag, keyboard only: the urgent-care box is left with Esc (back to the form, nothing
saved), then read and confirmed (saved with the red-flag mark)."""

from __future__ import annotations

from pathlib import Path

import pytest
from real_desktop import MAIN, Desktop, diary, wait_until

pytestmark = pytest.mark.acceptance
FORM = r"^Log a side effect$"
URGENT = r"^Seek urgent medical care now$"


def test_a_red_flag_cancelled_with_esc_then_confirmed(desktop: Desktop, own_diary: Path) -> None:
    app = desktop.start_app(own_diary)
    desktop.wait_ready(app, MAIN)
    desktop.keys("ctrl+3", "alt+e", "alt+l")  # Treatments ▸ Side effects ▸ Log side effect…
    desktop.wait_title(FORM)
    desktop.keys("alt+e")  # Side effect
    desktop.type("skin ulcer")
    # Tab closes the list of matching words; grade 2; save: the red-flag box
    desktop.keys("Tab", "alt+g", "2", "ctrl+s")
    desktop.wait_title(URGENT)
    desktop.keys("Escape")  # back to the form, unchanged
    desktop.wait_title(FORM)
    with diary(own_diary) as s:
        assert s.side_effects.count() == 0
    desktop.keys("ctrl+s")
    desktop.wait_title(URGENT)
    desktop.keys("alt+r", "alt+s")  # I have read this message; Save with the red-flag mark
    desktop.wait_title(MAIN)

    def saved():
        with diary(own_diary) as s:
            return s.side_effects.list()

    effects = wait_until("the side effect saved", saved)
    assert len(effects) == 1
    effect = effects[0]
    assert effect.term == "skin ulcer" and effect.red_flag and effect.grade == 2
    assert desktop.quit_app(app) == 0
