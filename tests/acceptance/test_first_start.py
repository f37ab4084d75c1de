"""A first start on an empty folder: the welcome screen, then the user's own diary (the
default, Enter) or the demo (Alt+E); closing the app and starting it again opens on the page it
was closed on."""

from __future__ import annotations

from pathlib import Path

import pytest
from real_desktop import DEMO, MAIN, Desktop, diary, wait_until

pytestmark = pytest.mark.acceptance
WELCOME = r"^Welcome to dmtracker$"


def test_the_welcome_screen_starts_my_own_diary_by_default(desktop: Desktop, folder: Path) -> None:
    app = desktop.start_app(folder)
    desktop.wait_title(WELCOME)
    assert not (folder / "dmtracker.sqlite3").exists()  # nothing written while it asks
    desktop.keys("Return")
    desktop.wait_ready(app, MAIN)
    desktop.keys("7", "Tab", "6", "ctrl+s")  # the first scale has the focus
    wait_until("the check-in saved", lambda: _checkin_count(folder) == 1)
    assert desktop.quit_app(app) == 0
    with diary(folder) as s:
        row = s.checkins.for_day(s.clock.today())
        assert row is not None and (row.patient_global, row.fatigue) == (7, 6)
    assert not (folder / "demo").exists(), "the demo was not made"


def test_the_welcome_screen_explores_the_demo_and_file_menu_leads_back(
    desktop: Desktop, folder: Path
) -> None:
    app = desktop.start_app(folder)
    desktop.wait_title(WELCOME)
    desktop.keys("alt+e")
    desktop.wait_ready(app, DEMO)
    desktop.keys("alt+f", "o")  # File ▸ Start my own diary: asked first
    desktop.wait_title(r"^Start your own diary\?$")
    desktop.keys("Escape")  # stay in the demo
    desktop.wait_title(DEMO)
    desktop.keys("alt+f", "o")
    desktop.wait_title(r"^Start your own diary\?$")
    desktop.keys("Return")  # the default: start it
    desktop.wait_title(MAIN)
    desktop.keys("alt+f", "d")  # File ▸ Explore the demo: back to it
    desktop.wait_title(DEMO)
    assert desktop.quit_app(app) == 0
    with diary(folder / "demo") as s:
        assert s.checkins.count() > 300  # a year of made-up days
    with diary(folder) as s:
        assert s.checkins.count() == 0  # the own diary is untouched


def test_the_app_reopens_on_the_page_it_was_closed_on(desktop: Desktop, own_diary: Path) -> None:
    app = desktop.start_app(own_diary)
    desktop.wait_ready(app, MAIN)
    desktop.keys("ctrl+4")  # Clinic
    assert desktop.quit_app(app) == 0
    app = desktop.start_app(own_diary)
    desktop.wait_ready(app, MAIN)
    desktop.keys("alt+n")  # on Clinic: "New visit…" (on Today it would move to the notes)
    desktop.wait_title(r"visit", timeout=30)
    desktop.keys("Escape")
    desktop.wait_title(MAIN)
    assert desktop.quit_app(app) == 0


def _checkin_count(folder: Path) -> int:
    with diary(folder) as s:
        return s.checkins.count()
