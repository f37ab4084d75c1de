"""The check-in of a juvenile profile: "Answered by" (the child or a parent), remembered from
the last check-in; a parent answering reads "my child" in the captions; an adult sees neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from dmtracker.ui.today.page import TodayPage


@pytest.fixture
def page(qtbot, services):
    services.profile.save({"juvenile": True, "display_name": "Sam"})
    p = TodayPage()
    qtbot.addWidget(p)
    p.set_services(services)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_a_parent_answers_for_the_child_and_it_is_remembered(qtbot, page, services) -> None:
    assert page.answered_by_row.isVisible()
    assert page.captions["patient_global"].text() == "How active my disease feels"
    page.answered_by.setCurrentIndex(page.answered_by.findData("parent"))
    assert page.captions["patient_global"].text() == "How active my child's disease feels"
    assert page.captions["pain"].text() == "My child's pain"
    assert page.scales_card.title.text() == "How is your child today?"
    page.inputs["patient_global"].set_value(4)
    assert page.save()
    saved = services.checkins.for_day(services.clock.today())
    assert saved.answered_by == "parent" and saved.patient_global == 4
    # the next day starts with the same person answering
    page.answered_by.setCurrentIndex(page.answered_by.findData("child"))
    page.load_day(services.clock.today())
    assert page.answered_by.currentData() == "parent"


def test_an_adult_check_in_has_no_answered_by(qtbot, services, tmp_path: Path) -> None:
    p = TodayPage()
    qtbot.addWidget(p)
    p.set_services(services)
    assert not p.answered_by_row.isVisibleTo(p)
    assert "answered_by" not in p.values()
