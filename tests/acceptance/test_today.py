"""Today, keyboard only: a past day typed into the date field, four scales, one everyday task,
Ctrl+S; the database holds that day."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from real_desktop import MAIN, Desktop, diary, wait_until

pytestmark = pytest.mark.acceptance


def test_a_past_day_logged_keyboard_only(desktop: Desktop, own_diary: Path) -> None:
    with diary(own_diary) as s:
        past = s.clock.today() - timedelta(days=4)
    app = desktop.start_app(own_diary)
    desktop.wait_ready(app, MAIN)
    desktop.keys("alt+d", "ctrl+a")  # the Day field, its text selected
    desktop.type(past.isoformat())
    # Tab leaves the date (taken whole), then "Back to today", then the first scale
    desktop.keys("Tab", "Tab", "5", "Tab", "3", "Tab", "2", "Tab", "4", "Tab", "1", "ctrl+s")

    def saved():
        with diary(own_diary) as s:
            return s.checkins.for_day(past)

    row = wait_until("the past day saved", saved)
    assert (row.patient_global, row.fatigue, row.pain, row.itch) == (5, 3, 2, 4)
    assert row.stairs == 1
    assert desktop.quit_app(app) == 0
    with diary(own_diary) as s:
        assert s.checkins.count() == 1 and s.checkins.for_day(s.clock.today()) is None
