"""Treatments for a juvenile profile: the planner says the Octagam DM licence covers adults only;
the medication list shows the weekly methotrexate per m² of body surface (Mosteller, from the
profile's height and the latest weight). An adult sees neither."""

from __future__ import annotations

from datetime import date

from dmtracker.ui.treatments.medications import MedicationsPanel
from dmtracker.ui.treatments.planner import CoursePlanner


def child(services, juvenile: bool = True):
    services.profile.save({"juvenile": juvenile, "height_cm": "130"})
    services.weights.add({"day": date(2026, 11, 20), "weight_kg": "28"})
    services.medications.add({"name": "Methotrexate"})
    mtx = services.medications.list()[0].id
    services.regimens.add(
        {
            "medication_id": mtx,
            "dose": "15",
            "unit": "mg",
            "schedule": "weekly",
            "weekday": 4,
            "start_date": date(2026, 11, 1),
        }
    )
    return services


def test_planner_says_the_octagam_licence_covers_adults_only(qtbot, services, show) -> None:
    child(services)
    planner = show(CoursePlanner())
    planner.set_services(services)
    assert planner.juvenile_note.isVisible()
    assert "covers adults only" in planner.juvenile_note.text()
    assert "ask the clinic" in planner.juvenile_note.text()


def test_methotrexate_per_square_metre(qtbot, services, show) -> None:
    child(services)
    panel = show(MedicationsPanel())
    panel.refresh(services)
    # BSA = sqrt(130 × 28 / 3600) = 1.01 m²; 15 mg / 1.01 = 14.9 mg/m²
    assert panel.per_m2.isVisible()
    assert "Methotrexate: 14.9 mg/m² a week (body surface 1.01 m²" in panel.per_m2.text()


def test_an_adult_sees_neither(qtbot, services, show) -> None:
    child(services, juvenile=False)
    planner = show(CoursePlanner())
    planner.set_services(services)
    assert not planner.juvenile_note.isVisible()
    panel = show(MedicationsPanel())
    panel.refresh(services)
    assert not panel.per_m2.isVisible()
