"""An IVIG course typed by hand (planned, then its first day recorded with a typed date), and a
headache the next day entered from both screens, Today's follow-up card and the side-effect
form: both are linked to that course, by the same rule."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from real_desktop import MAIN, Desktop, diary, wait_until

pytestmark = pytest.mark.acceptance


def test_an_infusion_course_and_a_next_day_headache_from_both_screens(
    desktop: Desktop, own_diary: Path
) -> None:
    with diary(own_diary) as s:
        infusion_day = s.clock.today() - timedelta(days=1)
    app = desktop.start_app(own_diary)
    desktop.wait_ready(app, MAIN)
    # Treatments ▸ Plan course: weight 70 kg, first day typed, Ctrl+S
    desktop.keys("ctrl+3", "alt+p", "alt+w")
    desktop.type("70")
    desktop.keys("alt+a", "ctrl+a")
    desktop.type(infusion_day.isoformat())
    desktop.keys("ctrl+s")
    wait_until("the course saved", lambda: _count(own_diary, "courses") == 1)
    # Infusions ▸ Record infusion day…: lot number and date typed, the rest from the plan
    desktop.keys("alt+i", "alt+r")
    desktop.wait_title(r"^Record an infusion day$")
    desktop.keys("alt+l")
    desktop.type("L123")
    desktop.keys("alt+d", "ctrl+a")
    desktop.type(infusion_day.isoformat())
    desktop.keys("ctrl+s")
    desktop.wait_title(MAIN)
    wait_until("the infusion day saved", lambda: _count(own_diary, "infusions") == 1)
    # the next day (today): Today's follow-up card, headache 4 of 10, Save follow-up
    desktop.keys("ctrl+1", "alt+a", "4", "alt+w")
    wait_until("the follow-up saved", lambda: _count(own_diary, "side_effects") == 1)
    # and the side-effect form: headache, grade 1, started now (the default)
    desktop.keys("ctrl+3", "alt+e", "alt+l")
    desktop.wait_title(r"^Log a side effect$")
    desktop.keys("alt+e")
    desktop.type("headache")
    desktop.keys("Tab", "alt+g", "1", "ctrl+s")  # Tab closes the list of matching words
    desktop.wait_title(MAIN)
    wait_until("the side effect saved", lambda: _count(own_diary, "side_effects") == 2)
    assert desktop.quit_app(app) == 0
    with diary(own_diary) as s:
        (course,) = s.courses.list()
        assert course.planned_start == infusion_day
        (day,) = s.infusions.list()
        assert day.day == infusion_day and day.lot_number == "L123" and day.course_id == course.id
        effects = s.side_effects.list()
        assert [e.term for e in effects] == ["headache", "headache"]
        assert {e.course_id for e in effects} == {course.id}, "one rule, the same course"


def _count(folder: Path, service: str) -> int:
    with diary(folder) as s:
        return len(getattr(s, service).list())
