"""The Clinic section with real services: the visit form (MMT-8 per muscle, total computed), the
lab form (µkat/L converted, out-of-range flagged in words), the HAQ-DI form (scored at once) and
the TIS page (baseline choice, partial scores, the deterioration warning, the chart)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dmtracker.domain import haq, vocab
from dmtracker.ui.clinic import page as clinic_page
from dmtracker.ui.clinic.haq_form import HaqDialog
from dmtracker.ui.clinic.lab_form import LabDialog
from dmtracker.ui.clinic.page import ClinicPage
from dmtracker.ui.clinic.tis import total_line
from dmtracker.ui.clinic.visit_form import VisitDialog
from dmtracker.ui.kit import values
from dmtracker.ui.kit.widgets import RecordTable


@pytest.fixture
def page(qtbot, services):
    p = ClinicPage()
    qtbot.addWidget(p)
    p.resize(1100, 900)
    p.set_services(services)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def demo_page(qtbot, demo_services):
    p = ClinicPage()
    qtbot.addWidget(p)
    p.resize(1100, 900)
    p.set_services(demo_services)
    p.show()
    qtbot.waitExposed(p)
    return p


def cell(table: RecordTable, row: int, col: int) -> str:
    return table.model().index(row, col).data()


def column(table: RecordTable, col: int) -> list[str]:
    return [cell(table, r, col) for r in range(table.model().rowCount())]


def select_first(table: RecordTable) -> None:
    table.selectRow(0)
    table.setCurrentIndex(table.model().index(0, 0))


# --- Visit form ----------------------------------------------------------------------------------


def type_muscles(qtbot, dialog: VisitDialog, values: dict[str, int]) -> None:
    for key, value in values.items():
        qtbot.keyClicks(dialog.muscles[key], str(value))


def test_visit_form_computes_the_mmt8_total_and_saves(qtbot, page, services) -> None:
    dialog = page.new_visit()
    assert isinstance(dialog, VisitDialog) and dialog.isVisible()
    dialog.date.setDate(dialog.date.date().addDays(-3))
    qtbot.keyClicks(dialog.clinician, "Dr B. Keller")
    qtbot.keyClicks(dialog.physician, "4,5")  # a decimal comma from a German letter
    qtbot.keyClicks(dialog.extramuscular, "3")
    values = {c: 8 for c in vocab.mmt8_columns()}
    values["mmt_quadriceps_left"] = 6
    type_muscles(qtbot, dialog, dict(list(values.items())[:-1]))
    assert "not yet computed – 14 of 15 muscles" in dialog.total_text.text()
    type_muscles(qtbot, dialog, dict(list(values.items())[-1:]))
    assert dialog.total_text.text().startswith("Total: 118 of 150 (computed by the app")
    qtbot.keyClicks(dialog.cdasi_activity, "12")
    dialog.save_button.click()
    assert not dialog.isVisible()
    (saved,) = services.clinic.list()
    assert saved.mmt8_total == 118 and saved.mmt8_scale == 150
    assert saved.physician_global == Decimal("4.5") and saved.clinician == "Dr B. Keller"
    assert saved.cdasi_activity == 12 and saved.mmt_quadriceps_left == 6
    assert page.visits.model().rowCount() == 1
    assert "118/150" in column(page.visits, 3)


def test_visit_form_errors_name_the_field_and_keep_the_input(qtbot, page, services) -> None:
    dialog = page.new_visit()
    qtbot.keyClicks(dialog.physician, "12")
    qtbot.keyClicks(dialog.muscles["mmt_biceps_left"], "x")
    dialog.save_button.click()
    assert dialog.isVisible()
    problems = dialog.problems()
    assert "Physician global activity (0–10): must be a number from 0 to 10, got 12" in problems
    assert "Biceps, left side, 0–10" in problems and "⚠" in problems
    assert dialog.physician.text() == "12" and dialog.muscles["mmt_biceps_left"].text() == "x"
    assert dialog.physician.property("invalid") is True
    assert "must be" in dialog.physician.accessibleDescription()
    assert services.clinic.count() == 0
    dialog.physician.setText("5")
    dialog.muscles["mmt_biceps_left"].setText("9")
    dialog.save_button.click()
    assert not dialog.isVisible() and services.clinic.count() == 1


def test_visit_form_one_side_on_the_0_to_80_scale(qtbot, page, services) -> None:
    dialog = page.new_visit()
    dialog.scale.setCurrentIndex(dialog.scale.findData(80))
    dialog.side.setCurrentIndex(dialog.side.findData("left"))
    assert dialog.side.isVisible()
    assert not dialog.muscles["mmt_deltoid_right"].isEnabled()
    assert dialog.muscles["mmt_deltoid_left"].isEnabled()
    left = {"mmt_neck_flexors": 9} | {f"mmt_{m}_left": 10 for m in list(vocab.MMT8_MUSCLES)[1:]}
    type_muscles(qtbot, dialog, left)
    assert dialog.total_text.text().startswith("Total: 79 of 80")
    dialog.save_button.click()
    (saved,) = services.clinic.list()
    assert saved.mmt8_scale == 80 and saved.mmt8_total == 79
    assert saved.mmt_deltoid_right is None and saved.mmt_deltoid_left == 10


def test_visit_form_total_only_and_editing(qtbot, page, services) -> None:
    services.clinic.add({"visit_date": "2026-10-01", "mmt8_scale": 150, "mmt8_total": 132})
    page.refresh()
    select_first(page.visits)
    assert page.visits_tab.edit_button.isEnabled()
    dialog = page.edit_visit()
    assert dialog.total.text() == "132"
    assert "Total as given in the letter: 132 of 150" in dialog.total_text.text()
    dialog.total.setText("135")
    dialog.physician.setText("2.5")
    dialog.save_button.click()
    (saved,) = services.clinic.list()
    assert saved.mmt8_total == 135 and saved.physician_global == Decimal("2.5")


def test_visit_form_keyboard_mnemonic_reaches_the_field(qtbot, page) -> None:
    dialog = page.new_visit()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.physician


def test_visit_form_tab_order_follows_the_clinic_letter(qtbot, page) -> None:
    dialog = page.new_visit()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.clinician.setFocus()
    expected = [
        dialog.physician,
        dialog.extramuscular,
        dialog.scale,
        dialog.muscles["mmt_neck_flexors"],
        dialog.muscles["mmt_deltoid_right"],
        dialog.muscles["mmt_deltoid_left"],
        dialog.muscles["mmt_biceps_right"],
    ]
    for widget in expected:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is widget
    dialog.notes.setFocus()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.save_button


# --- Lab form ------------------------------------------------------------------------------------


def test_lab_form_converts_ukat_and_flags_out_of_range(qtbot, page, services) -> None:
    dialog = page.new_lab()
    assert isinstance(dialog, LabDialog)
    dialog.analyte.setCurrentIndex(dialog.analyte.findData("CK"))
    qtbot.keyClicks(dialog.value, "20")
    dialog.unit.setCurrentText("µkat/L")
    qtbot.keyClicks(dialog.ref_low, "0.5")
    qtbot.keyClicks(dialog.ref_high, "3.3")
    assert "Stored as 1200 U/L (1 µkat/L = 60 U/L)" in dialog.preview.text()
    assert "▲ high" in dialog.preview.text()
    dialog.lab_name.setText("Uni lab")
    dialog.save_button.click()
    assert not dialog.isVisible()
    (saved,) = services.labs.list()
    assert saved.value == Decimal(1200) and saved.ref_high == Decimal(198)
    assert saved.entered_value == "20" and saved.entered_unit == "µkat/L"
    assert cell(page.labs, 0, 4) == "▲ high"
    assert cell(page.labs, 0, 5) == "6.06 × ULN"
    select_first(page.labs)
    edit = page.edit_lab()
    assert edit.value.text() == "20" and edit.unit.currentText() == "µkat/L"
    assert edit.ref_high.text() == "3.3" and edit.analyte_key() == "CK"


def test_lab_form_free_analyte_and_errors(qtbot, page, services) -> None:
    dialog = page.new_lab()
    dialog.analyte.setEditText("CRP")
    dialog.unit.setEditText("mg/L")
    dialog.save_button.click()
    assert "⚠ Value: is required" in dialog.problems()
    assert services.labs.count() == 0
    qtbot.keyClicks(dialog.value, "3")
    qtbot.keyClicks(dialog.ref_high, "5")
    dialog.save_button.click()
    (saved,) = services.labs.list()
    assert saved.analyte == "CRP" and saved.unit == "mg/L" and saved.loinc is None
    assert cell(page.labs, 0, 4) == "in range"


def test_lab_form_refuses_an_enzyme_in_another_unit(qtbot, page, services) -> None:
    dialog = page.new_lab()
    dialog.analyte.setCurrentIndex(dialog.analyte.findData("LDH"))
    qtbot.keyClicks(dialog.value, "300")
    dialog.unit.setEditText("mg/dL")
    dialog.save_button.click()
    assert "⚠ Unit: Lactate dehydrogenase (LDH) must be in U/L or µkat/L" in dialog.problems()
    assert dialog.unit.property("invalid") is True and services.labs.count() == 0


# --- HAQ-DI form ---------------------------------------------------------------------------------


def test_haq_form_scores_at_once_and_stores_answers(qtbot, page, services) -> None:
    dialog = page.new_haq()
    assert isinstance(dialog, HaqDialog)
    assert "not scored yet" in dialog.score_text.text()
    words = [dialog.groups[1].button(a).text() for a in range(4)]
    assert words == list(haq.ANSWER_OPTIONS.values())  # the official wording
    for item in haq.ITEMS:
        qtbot.mouseClick(dialog.groups[item].button(1), Qt.MouseButton.LeftButton)
    assert dialog.score_text.text().startswith("HAQ-DI 1.000 (computed by the app")
    dialog.aids["walking"].setChecked(True)  # an aid raises walking to at least 2
    dialog.help["activities"].setChecked(True)
    assert dialog.score_text.text().startswith("HAQ-DI 1.250 (computed by the app")
    dialog.groups[20].button(1).setFocus()
    qtbot.keyClick(dialog.groups[20].button(1), Qt.Key.Key_Delete)  # clears the item
    assert dialog.answer(20) is None
    assert dialog.score_text.text().startswith("HAQ-DI 1.250")  # items 18 and 19 still answered
    dialog.save_button.click()
    assert not dialog.isVisible()
    (saved,) = services.questionnaires.list()
    assert saved.score == Decimal("1.250") and saved.aids == ["walking"]
    assert saved.help == ["activities"] and saved.answers["20"] is None
    assert saved.answers["1"] == 1
    assert cell(page.haq, 0, 1) == "1.250 (computed by the app)"
    assert cell(page.haq, 0, 2) == "8 of 8"
    assert cell(page.haq, 0, 3) == "Walking"


def test_haq_form_with_too_few_categories_is_kept_but_not_scored(qtbot, page, services) -> None:
    dialog = page.new_haq()
    dialog.save_button.click()
    assert "answer at least one question" in dialog.problems()
    for item in (1, 3, 5):
        dialog.set_answer(item, 2)
    assert "needs answers in at least 6 of the 8 categories (3 so far" in dialog.score_text.text()
    dialog.save_button.click()
    (saved,) = services.questionnaires.list()
    assert saved.score is None
    assert cell(page.haq, 0, 1) == "not scored (fewer than 6 categories answered)"


def test_haq_form_in_german_keeps_the_english_original_and_says_why(qtbot, page) -> None:
    """No validated German HAQ-DI is in dmtracker: the items, answers, categories and aids are
    the English original (marked as such), with a note above them; the rest is German."""
    from dmtracker import i18n
    from dmtracker.ui.clinic.haq_form import ORIGINAL

    english = page.new_haq()
    assert english.note.isHidden() and not english.note.text()  # no note in English
    english.reject()
    i18n.use("de")
    dialog = page.new_haq()
    assert dialog.note.isVisibleTo(dialog)
    note = dialog.note.text()
    assert "HAQ-DI" in note and "Deutsch" in note and "{" not in note
    # the note comes before the questions
    layout = dialog.form
    positions = {layout.itemAt(i).widget(): i for i in range(layout.count())}
    first_box = dialog.groups[1].button(0).parentWidget().parentWidget()
    assert positions[dialog.note] < positions[first_box]
    # the validated wording, exactly as the English questionnaire has it
    words = [dialog.groups[1].button(a).text() for a in range(4)]
    assert words == list(haq.ANSWER_OPTIONS.values())
    questions = [w.text() for w in dialog.findChildren(QLabel) if w.property(ORIGINAL)]
    for item, text in haq.ITEMS.items():
        assert f"{item}. {text}" in questions
    assert haq.LEAD_IN in questions and haq.HELP_QUESTION in questions
    assert all(b.property(ORIGINAL) for g in dialog.groups.values() for b in g.buttons())
    assert dialog.aids["walking"].text() == "Walking" and dialog.aids["walking"].property(ORIGINAL)
    # the score is the app's, in German writing (a decimal comma)
    for item in haq.ITEMS:
        dialog.set_answer(item, 1)
    assert "1,000" in dialog.score_text.text()


def test_haq_form_edit_loads_the_answers(qtbot, page, services) -> None:
    answers = {str(i): 2 for i in range(1, 21)}
    services.questionnaires.add(
        {"answered_on": "2026-11-01", "answers": answers, "aids": ["grip"], "help": ["reach"]}
    )
    page.refresh()
    select_first(page.haq)
    dialog = page.edit_haq()
    assert dialog.answer(7) == 2 and dialog.aids["grip"].isChecked()
    assert dialog.help["reach"].isChecked() and not dialog.help["grip"].isChecked()
    dialog.set_answer(7, 3)
    dialog.save_button.click()
    (saved,) = services.questionnaires.list()
    assert saved.answers["7"] == 3 and saved.score == Decimal("2.125")


# --- delete and undo -----------------------------------------------------------------------------


def test_delete_asks_and_can_be_undone(qtbot, page, services, monkeypatch) -> None:
    services.clinic.add({"visit_date": "2026-10-01", "physician_global": "3"})
    page.refresh()
    select_first(page.visits)
    monkeypatch.setattr(clinic_page, "confirm_delete", lambda parent, what: False)
    assert not page.delete_visit() and services.clinic.count() == 1
    asked: list[str] = []
    monkeypatch.setattr(
        clinic_page, "confirm_delete", lambda parent, what: asked.append(what) or True
    )
    with qtbot.waitSignal(page.changed):
        assert page.delete_visit()
    assert asked == ["the clinic visit of 2026-10-01"]
    assert services.clinic.count() == 0 and page.visits.model().rowCount() == 0
    assert page.undo_bar.isVisible()
    page.undo_button.click()
    assert services.clinic.count() == 1 and page.visits.model().rowCount() == 1
    assert not page.undo_bar.isVisible()


def test_edit_and_delete_need_a_selected_row(page, services) -> None:
    services.labs.add({"collected_on": "2026-10-01", "analyte": "CK", "value": "100"})
    page.refresh()
    assert not page.labs_tab.edit_button.isEnabled()
    select_first(page.labs)
    assert page.labs_tab.edit_button.isEnabled() and page.labs_tab.delete_button.isEnabled()


# --- TIS page ------------------------------------------------------------------------------------


def test_tis_page_shows_the_demo_history_traceably(qtbot, demo_page, demo_services) -> None:
    page = demo_page
    page.tabs.setCurrentWidget(page.tis)
    panel = page.tis
    report = demo_services.scores.report()
    assert panel.table.model().rowCount() == len(report.rows) >= 5
    assert column(panel.table, 1)[0] == "5"  # weeks after baseline
    totals = column(panel.table, 2)
    assert totals == [format(r.total.normalize(), "f") for r in report.rows]
    for r in range(panel.table.model().rowCount()):
        points = [Decimal(cell(panel.table, r, c)) for c in range(4, 10)]
        assert sum(points) == Decimal(totals[r])
    # the last visit is selected: its six measures, then the total, in the published order
    last = report.rows[-1]
    assert panel.detail.model().rowCount() == 7
    assert column(panel.detail, 0)[:6] == [line.label for line in last.lines]
    shown = [Decimal(p) for p in column(panel.detail, 4)]
    assert sum(shown[:6]) == shown[6] == last.total
    assert column(panel.detail, 0)[6] == "TIS (computed by the app)"
    assert "computed by the app" in panel.detail_summary.text()
    assert "\n" in cell(panel.detail, 1, 1)  # each value has its source on the next line
    assert "check-in of" in cell(panel.detail, 1, 2)
    # chart: one point per scored visit, labelled, with the baseline diamond and 20/40/60 lines
    chart = panel.chart
    assert chart.plot is not None
    assert [line.value() for line in chart.lines] == [20, 40, 60]
    assert [line.label.toPlainText() for line in chart.lines] == [
        "20: minimal",
        "40: moderate",
        "60: major",
    ]
    texts = [label.toPlainText() for label in chart.labels]
    assert texts[0] == "baseline" and texts[1:] == list(report.series.labels)
    assert len(chart.full_points.points()) == len(report.rows)
    assert chart.full_points.opts["symbol"] == "o" and len(chart.partial_points.points()) == 0
    assert "No confirmed deterioration" in panel.warning.text()


def test_selecting_another_visit_shows_its_measures(qtbot, demo_page, demo_services) -> None:
    panel = demo_page.tis
    report = demo_services.scores.report()
    panel.select_index(0)
    first = report.rows[0]
    assert first.visit_date.isoformat() in panel.detail_heading.text()
    assert Decimal(cell(panel.detail, 6, 4)) == first.total


def test_choosing_a_baseline_saves_it_and_rescoring_follows(qtbot, demo_page, demo_services):
    panel = demo_page.tis
    report = demo_services.scores.report()
    second = report.visits[1]
    with qtbot.waitSignal(demo_page.changed):
        panel.baseline.setCurrentIndex(panel.baseline.findData(second.visit_id))
    assert demo_services.profile.current().tis_baseline_visit_id == second.visit_id
    assert panel.table.model().rowCount() == len(report.rows) - 1
    assert "Chosen by you." in panel.baseline_text.text()
    assert panel.default_button.isEnabled()
    panel.default_button.click()
    assert demo_services.profile.current().tis_baseline_visit_id is None
    assert panel.table.model().rowCount() == len(report.rows)
    assert "Default:" in panel.baseline_text.text()
    assert "– default" in panel.baseline.currentText()


def test_partial_tis_is_marked_in_table_and_chart(qtbot, page, services) -> None:
    services.clinic.add(
        {"visit_date": "2026-01-10", "physician_global": "6", "extramuscular_global": "5"}
    )
    services.clinic.add(
        {"visit_date": "2026-03-10", "physician_global": "3.5", "extramuscular_global": "3"}
    )
    page.refresh()
    page.tabs.setCurrentWidget(page.tis)
    panel = page.tis
    assert cell(panel.table, 0, 2) == "partial 27.5 (2 of 6)"
    assert cell(panel.table, 0, 3) == "no category (partial)"
    assert cell(panel.table, 0, 5) == "missing"  # patient global points
    assert "Partial TIS 27.5 (2 of 6 measures; no category)" in panel.detail_summary.text()
    assert cell(panel.detail, 6, 5) == "partial TIS (2 of 6): no category"
    assert "not scored" in column(panel.detail, 4)
    texts = [label.toPlainText() for label in panel.chart.labels]
    assert "partial 27.5 (2 of 6)" in texts
    partial, full = panel.chart.partial_points, panel.chart.full_points
    assert len(partial.points()) == 1 and len(full.points()) == 0
    assert partial.opts["symbol"] == "s" and partial.points()[0].brush().color().name() == "#ffffff"
    assert "Missing at baseline" in panel.baseline_text.text()


def test_clicking_a_chart_point_shows_that_visit(qtbot, page, services) -> None:
    for day, phga, scale, total in (
        ("2026-01-10", "6", 150, 100),
        ("2026-02-10", "5", 80, 60),  # the other MMT-8 scale: refused, no point
        ("2026-03-10", "4", 150, 110),
    ):
        services.clinic.add(
            {"visit_date": day, "physician_global": phga, "mmt8_scale": scale, "mmt8_total": total}
        )
    page.refresh()
    page.tabs.setCurrentWidget(page.tis)
    panel = page.tis
    assert cell(panel.table, 0, 3) == "not scored (see below)"
    panel.select_index(0)
    assert "cannot be compared" in panel.detail_summary.text()
    chart = panel.chart
    spots = chart.partial_points.points()
    assert len(spots) == 1
    chart.partial_points.sigClicked.emit(chart.partial_points, spots, None)
    assert "Visit of 2026-03-10" in panel.detail_heading.text()


def test_deterioration_warning_is_shown_in_words(qtbot, page, services) -> None:
    for day, extra in (("2026-01-10", "3"), ("2026-02-10", "5"), ("2026-03-10", "5.5")):
        services.clinic.add({"visit_date": day, "extramuscular_global": extra})
    page.refresh()
    text = page.tis.warning.text()
    assert text.startswith("⚠ Warning – confirmed deterioration (ProDERM rule)")
    assert "2026-02-10 and 2026-03-10" in text and "not a score" in text
    # issue 16 item 7: the rule's text is shown next to the warning
    assert "Rule (ProDERM, as the app applies it)" in text


def test_saving_a_visit_updates_the_tis_tab(qtbot, page, services) -> None:
    services.clinic.add({"visit_date": "2026-01-10", "physician_global": "6"})
    page.refresh()
    assert page.tis.table.model().rowCount() == 0
    dialog = page.new_visit()
    qtbot.keyClicks(dialog.physician, "1.5")  # 45 % better: 20 points
    with qtbot.waitSignal(page.changed):
        dialog.save_button.click()
    assert page.tis.table.model().rowCount() == 1
    assert cell(page.tis.table, 0, 2) == "partial 20 (1 of 6)"


def test_no_visits_is_said_in_words(page) -> None:
    assert "No clinic visits yet" in page.tis.baseline_text.text()
    assert not page.tis.baseline.isEnabled()
    assert page.tis.detail.model().rowCount() == 0


def test_every_clinic_table_model_passes_the_model_tester(demo_page, qtmodeltester) -> None:
    tables = demo_page.findChildren(RecordTable)
    assert len(tables) == 5
    for table in tables:
        qtmodeltester.check(table.model_)
        qtmodeltester.check(table.proxy)


def test_total_line_of_a_refused_score(services) -> None:
    services.clinic.add({"visit_date": "2026-01-10", "mmt8_scale": 150, "mmt8_total": 100})
    services.clinic.add({"visit_date": "2026-02-10", "mmt8_scale": 80, "mmt8_total": 60})
    (row,) = services.scores.report().rows
    line = total_line(row)
    assert line.points is None and "cannot be compared" in line.band


def test_numbers_typed_with_a_comma_are_read_as_decimals() -> None:
    assert values.typed_number(" 3,5 ") == "3.5"
    assert values.parse_int("8") == 8 and values.parse_int("x") is None


# --- the demo TIS, traced by hand ----------------------------------------------------------------
# docs/clinical.md §2, typed in from the published table (PMC5577002 Table 3): the upper edges of
# the bands in %, and the points of each band. A band includes its upper edge.
EDGES = {"mmt8": (2, 10, 20, 30)}
DEFAULT_EDGES = (5, 15, 25, 40)
POINTS = {
    "Physician global activity": ("physician_global", (0, 7.5, 15, 17.5, 20)),
    "Patient global activity": ("patient_global", (0, 2.5, 5, 7.5, 10)),
    "Manual muscle testing (MMT-8)": ("mmt8", (0, 10, 20, 27.5, 32.5)),
    "Physical function (HAQ-DI)": ("haq", (0, 5, 7.5, 7.5, 10)),
    "Muscle enzyme (most abnormal)": ("enzyme", (0, 2.5, 5, 7.5, 7.5)),
    "Extramuscular global activity": ("extramuscular", (0, 7.5, 12.5, 15, 20)),
}


D = date.fromisoformat


def by_hand(label: str, baseline: str, followup: str) -> tuple[Fraction, Decimal]:
    """Percent improvement and points from the two values as the page shows them."""
    measure, points = POINTS[label]
    b_text, f_text = baseline.split("\n")[0], followup.split("\n")[0]
    if measure == "mmt8":  # "98 of 150"
        (b, top), (f, _top) = (map(Fraction, t.split(" of ")) for t in (b_text, f_text))
        percent = (f - b) / top * 100
    elif measure == "enzyme":  # "CK 1713 U/L ≈ 8.56 × ULN 200": value ÷ ULN, not the rounded ×
        b_name, f_name = b_text.split()[0], f_text.split()[0]
        assert b_name == f_name  # the same enzyme at follow-up
        bm, fm = (Fraction(t.split()[1]) / Fraction(t.split()[-1]) for t in (b_text, f_text))
        percent = (bm - fm) / bm * 100
    else:
        top = 3 if measure == "haq" else 10
        percent = (Fraction(b_text) - Fraction(f_text)) / top * 100
    band = sum(percent > edge for edge in EDGES.get(measure, DEFAULT_EDGES))
    return percent, Decimal(str(points[band]))


def test_every_number_on_the_demo_tis_page_can_be_traced_by_hand(demo_page) -> None:
    """For every visit: each measure's percent and points follow, by the published table, from
    the baseline and follow-up values the page shows; the points add up to the total; the total
    gives the category shown; and the visit table repeats the same points."""
    panel = demo_page.tis
    demo_page.tabs.setCurrentWidget(panel)
    rows = panel.table.model().rowCount()
    assert rows >= 5
    for r in range(rows):
        panel.select_index(r)
        total = Decimal(0)
        for line in range(6):
            label = cell(panel.detail, line, 0)
            percent, points = by_hand(
                label, cell(panel.detail, line, 1), cell(panel.detail, line, 2)
            )
            shown = Fraction(cell(panel.detail, line, 3).split(" %")[0])  # rounded to 0.01
            assert abs(shown - percent) <= Fraction(1, 200), (r, label, shown, percent)
            assert Decimal(cell(panel.detail, line, 4)) == points, (r, label, percent)
            assert Decimal(cell(panel.table, r, 4 + line)) == points
            total += points
        assert Decimal(cell(panel.detail, 6, 4)) == total == Decimal(cell(panel.table, r, 2))
        category = next(
            (w for t, w in ((60, "major"), (40, "moderate"), (20, "minimal")) if total >= t), "none"
        )
        assert cell(panel.table, r, 3) == category
        assert category in panel.detail_summary.text()


def test_the_demo_tis_rises_over_the_first_16_weeks_on_the_page(demo_page, demo_services) -> None:
    """What the patient sees: the visits 4, 8, 12 and 16 weeks into IVIG (5–17 weeks after the
    baseline a week before the first course), each a full TIS, rising."""
    panel = demo_page.tis
    demo_page.tabs.setCurrentWidget(panel)
    start = demo_services.scores.first_ivig_day()
    weeks = [Decimal(w) for w in column(panel.table, 1)]
    early = [i for i, w in enumerate(weeks) if w <= 17]
    assert [weeks[i] for i in early] == [5, 9, 13, 17]
    assert all(
        D(v) > start for v in (cell(panel.table, i, 0) for i in early)
    )  # all after IVIG began
    totals = [Decimal(cell(panel.table, i, 2)) for i in early]  # a partial would not parse
    assert totals == sorted(totals) and totals[-1] > totals[0], totals
    assert all(cell(panel.table, i, 3) != "none" for i in early)
    assert "No confirmed deterioration" in panel.warning.text()


def test_only_the_tab_scrolls_not_the_page_around_it(qtbot, demo_page) -> None:
    """A tall tab (the TIS chart) scrolls inside the tabs: no second scroll bar for the page."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    font = demo_page.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200 % text, as View ▸ Larger text sets it
    demo_page.setFont(font)
    demo_page.resize(1000, 700)
    demo_page.tabs.setCurrentWidget(demo_page.tis)
    qtbot.wait(50)
    outer = demo_page.findChild(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert outer.widget().height() <= outer.viewport().height()
    assert not outer.verticalScrollBar().isVisible()
