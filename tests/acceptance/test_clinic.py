"""The Clinic page, keyboard only: a visit with a typed date, then the HAQ-DI answered with the
number keys and Tab (20 questions), both read back from the database."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from real_desktop import MAIN, Desktop, diary, wait_until

pytestmark = pytest.mark.acceptance


def test_a_clinic_visit_with_a_typed_date_and_a_haq_di_by_keyboard(
    desktop: Desktop, own_diary: Path
) -> None:
    with diary(own_diary) as s:
        visit = s.clock.today() - timedelta(days=9)
        answered = s.clock.today() - timedelta(days=8)
    app = desktop.start_app(own_diary)
    desktop.wait_ready(app, MAIN)
    desktop.keys("ctrl+4", "alt+i", "alt+n")  # Clinic ▸ Visits ▸ New visit…
    desktop.wait_title(r"^New clinic visit$")
    desktop.keys("alt+d", "ctrl+a")
    desktop.type(visit.isoformat())
    desktop.keys("alt+c")
    desktop.type("Dr Weber")
    desktop.keys("alt+p")
    desktop.type("4")
    desktop.keys("ctrl+s")
    desktop.wait_title(MAIN)

    desktop.keys("alt+q", "alt+n")  # HAQ-DI ▸ Fill in the HAQ-DI…
    desktop.wait_title(r"^HAQ-DI questionnaire$")
    desktop.keys("alt+d", "ctrl+a")
    desktop.type(answered.isoformat())
    desktop.keys("Tab")  # to the first question
    answers = [1, 0, 2, 1, 0, 1, 1, 0, 0, 2, 1, 0, 1, 1, 0, 0, 1, 2, 0, 1]
    keys: list[str] = []
    for a in answers:
        keys += [str(a), "Tab"]  # the number chooses the answer; Tab the next question
    desktop.keys(*keys)
    desktop.keys("ctrl+s")
    desktop.wait_title(MAIN)

    def saved():
        with diary(own_diary) as s:
            return (
                s.clinic.list()
                and s.questionnaires.list()
                and (
                    s.clinic.list(),
                    s.questionnaires.list(),
                )
            )

    visits, haqs = wait_until("the visit and the HAQ-DI saved", saved)
    assert desktop.quit_app(app) == 0
    assert len(visits) == 1 and visits[0].visit_date == visit
    assert visits[0].clinician == "Dr Weber" and visits[0].physician_global == Decimal(4)
    assert len(haqs) == 1 and haqs[0].answered_on == answered
    given = {int(k): v for k, v in haqs[0].answers.items()}
    assert [given[i] for i in range(1, 21)] == answers
    assert haqs[0].aids == [] and haqs[0].help == []  # Tab never ticked an aid
    # the HAQ-DI: the mean of the eight categories' highest answers
    assert haqs[0].score is not None and Decimal("0") < haqs[0].score <= Decimal(3)
