"""The calcinosis log in the rash dialog: beside the count, the largest lump's size (mm),
infection and pain 0–10 are saved, loaded back, and a bad size is refused naming the field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dmtracker.ui.today.rash_dialog import RashDialog

DAY = date(2026, 11, 25)


@pytest.fixture
def dialog(qtbot, services):
    d = RashDialog(services, DAY)
    qtbot.addWidget(d)
    d.show()
    return d


def calcinosis(dialog: RashDialog):
    return next(r for r in dialog.rows if r.site == "calcinosis")


def test_calcinosis_size_infection_and_pain_are_logged(qtbot, services, dialog) -> None:
    row = calcinosis(dialog)
    assert row.calcinosis is not None and row.calcinosis.isVisible()
    row.redness.set_value(1)
    row.extra.setValue(3)
    qtbot.keyClicks(row.calcinosis.size_mm, "12,5")
    row.calcinosis.infected.setChecked(True)
    row.calcinosis.pain.set_value(6)
    assert dialog.save()
    (saved,) = services.rash.list()
    assert saved.calcinosis_count == 3 and saved.calcinosis_size_mm == Decimal("12.5")
    assert saved.calcinosis_infected is True and saved.calcinosis_pain == 6
    again = RashDialog(services, DAY)
    qtbot.addWidget(again)
    loaded = calcinosis(again).calcinosis
    assert loaded.size_mm.text() == "12.5" and loaded.infected.isChecked()
    assert loaded.pain.value() == 6


def test_a_bad_size_is_refused_naming_the_field(qtbot, services, dialog) -> None:
    row = calcinosis(dialog)
    row.redness.set_value(1)
    qtbot.keyClicks(row.calcinosis.size_mm, "900")
    assert not dialog.save()
    assert "size of the largest" in dialog.error.text()
    assert services.rash.list() == []
