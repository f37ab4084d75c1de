"""The Clinic section of a juvenile (JDM) profile with real services: the visit form's CMAS
(levels by keyboard, the stopwatch filling a timed item, the total live), parent global and DAS;
the CHAQ form (not applicable, aids, pain and well-being, who answered) in place of the HAQ-DI;
the TIS tab's juvenile thresholds. An adult profile keeps its forms."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dmtracker.domain import chaq, cmas
from dmtracker.ui.clinic.chaq_form import ChaqDialog
from dmtracker.ui.clinic.haq_form import ORIGINAL, HaqDialog
from dmtracker.ui.clinic.page import ClinicPage
from dmtracker.ui.clinic.visit_form import VisitDialog


@pytest.fixture
def juvenile(services):
    services.profile.save({"juvenile": True, "display_name": "Sam", "birth_year": 2017})
    return services


@pytest.fixture
def page(qtbot, juvenile):
    p = ClinicPage()
    qtbot.addWidget(p)
    p.resize(1100, 900)
    p.set_services(juvenile)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_cmas_by_keyboard_with_the_stopwatch_and_a_live_total(qtbot, page, juvenile) -> None:
    dialog = page.new_visit()
    assert isinstance(dialog, VisitDialog) and dialog.cmas is not None
    section = dialog.cmas
    assert "not entered" in section.total_text.text()
    qtbot.keyClicks(dialog.physician, "3")
    qtbot.keyClicks(dialog.parent_global, "4,5")
    # every item's levels by keyboard: focus the combo, press End (its highest level)
    for item in cmas.ITEMS:
        combo = section.items[item.key]
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_End)
    assert section.total_text.text().startswith("CMAS 52 of 52 (computed by the app")
    # the stopwatch on a timed item: Space starts, Space stops; 45 s held -> 3 points
    watch = section.watches["head_elevation"]
    watch.setFocus()
    qtbot.keyClick(watch, Qt.Key.Key_Space)
    assert watch.running() and "Stop" in watch.text()
    watch.stop(seconds=45)
    assert not watch.running()
    assert section.seconds["head_elevation"].text() == "45"
    assert section.score("head_elevation") == 3
    assert section.total_text.text().startswith("CMAS 50 of 52")
    # typed seconds score the item too
    section.seconds["straight_leg_lift"].setFocus()
    section.seconds["straight_leg_lift"].clear()
    qtbot.keyClicks(section.seconds["straight_leg_lift"], "8")
    assert section.score("straight_leg_lift") == 1
    qtbot.keyClicks(dialog.das_skin, "4")
    qtbot.keyClicks(dialog.das_muscle, "6")
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.problems()
    (saved,) = juvenile.clinic.list()
    assert saved.cmas_total == 46 and saved.cmas_items["head_elevation"] == 3
    assert saved.parent_global == Decimal("4.5")
    assert saved.das_skin == 4 and saved.das_muscle == 6
    # editing loads every item back
    page.visits.selectRow(0)
    page.visits.setCurrentIndex(page.visits.model().index(0, 0))
    again = page.edit_visit()
    assert again.cmas.item_scores() == saved.cmas_items
    assert again.parent_global.text() == "4.5"
    again.reject()


def test_cmas_total_alone_and_over_52_is_refused(qtbot, page, juvenile) -> None:
    dialog = page.new_visit()
    qtbot.keyClicks(dialog.cmas.total, "53")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "CMAS total" in dialog.problems()
    assert juvenile.clinic.count() == 0
    dialog.cmas.total.setText("38")
    assert "as given in the letter: 38 of 52" in dialog.cmas.total_text.text()
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.problems()
    assert juvenile.clinic.list()[0].cmas_total == 38


def test_adult_visit_form_has_no_cmas(qtbot, services) -> None:
    p = ClinicPage()
    qtbot.addWidget(p)
    p.set_services(services)
    dialog = p.new_visit()
    assert dialog.cmas is None and not hasattr(dialog, "parent_global")
    assert isinstance(p.new_haq(), HaqDialog)


def test_chaq_form_with_not_applicable_aids_and_scales(qtbot, page, juvenile) -> None:
    assert page.tabs.tabText(page.tabs.index_of(page.haq_tab)) == "CHA&Q"
    dialog = page.new_haq()
    assert isinstance(dialog, ChaqDialog)
    dialog.save_button.click()
    assert "answer at least one question" in dialog.problems()
    # keyboard: the digit keys answer, N is "not applicable"
    first = dialog.groups[1].button(0)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_1)
    assert dialog.answer(1) == 1
    qtbot.keyClick(dialog.groups[1].button(1), Qt.Key.Key_N)
    assert dialog.answer(1) == 4 and dialog.not_applicable() == ["1"]
    for item in range(2, 31):
        dialog.set_answer(item, 1)
    assert dialog.score_text.text().startswith("CHAQ 1.000 of 3")
    dialog.aids["walking"].setChecked(True)
    assert dialog.score_text.text().startswith("CHAQ 1.125 of 3")
    assert dialog.score_footer.text() == dialog.score_text.text()
    dialog.pain.setValue(35)
    dialog.well_being.setValue(20)
    dialog.answered_by.setCurrentIndex(dialog.answered_by.findData("child"))
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.problems()
    (saved,) = juvenile.questionnaires.list()
    assert saved.kind == "chaq" and saved.score == Decimal("1.125")
    assert saved.not_applicable == ["1"] and saved.answers["1"] is None
    assert saved.pain_mm == 35 and saved.well_being_mm == 20 and saved.answered_by == "child"
    assert page.haq.model().index(0, 2).data() == "8 of 8"
    # the next CHAQ remembers who answered
    nxt = page.new_haq()
    assert nxt.answered_by.currentData() == "child"
    nxt.reject()


def test_chaq_in_german_keeps_the_english_items_with_a_note(qtbot, page) -> None:
    from dmtracker import i18n

    i18n.use("de")
    dialog = page.new_haq()
    assert dialog.note.isVisibleTo(dialog) and "CHAQ" in dialog.note.text()
    originals = [w.text() for w in dialog.findChildren(QLabel) if w.property(ORIGINAL)]
    assert f"1. {chaq.CATEGORIES['dressing'][0]}" in originals
    assert all(b.property(ORIGINAL) for g in dialog.groups.values() for b in g.buttons())
    dialog.reject()


def test_tis_tab_shows_the_juvenile_thresholds_and_sources(page) -> None:
    page.tabs.setCurrentWidget(page.tis)
    text = page.tis.intro.text()
    assert "Juvenile TIS (2016 ACR/EULAR juvenile criteria)" in text
    assert "≥ 30 minimal, ≥ 45 moderate, ≥ 70 major" in text
    sources = page.tis.sources.text()
    assert "CMAS" in sources and "CHAQ" in sources and "parent global" in sources


def test_a_child_s_clinic_page_names_the_chaq_and_lists_the_cmas(page) -> None:
    page.refresh()
    score_header = page.haq.model_.headerData(1, Qt.Orientation.Horizontal)
    assert score_header == "CHAQ"
    assert not page.visits.isColumnHidden(4)  # CMAS
    assert page.visits.isColumnHidden(3)  # MMT-8 (an adult measure)
