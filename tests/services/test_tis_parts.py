"""The TIS report's parts on their own: the texts, the sources of a visit's measures, and the
profile the score service keeps the chosen baseline in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dmtracker.domain import tis
from dmtracker.services.scores import ScoreService
from dmtracker.services.tis_results import days_text, num_text
from dmtracker.services.tis_sources import load_sources, measures_of


def test_numbers_and_days_read_plainly() -> None:
    assert (num_text(None), num_text(Decimal("6.50")), num_text(12)) == ("–", "6.5", "12")
    assert days_text(0) == "same day"
    assert (days_text(-1), days_text(3)) == ("1 day before", "3 days after")


def test_a_visits_measures_come_from_the_visit_and_the_nearest_check_in(services) -> None:
    services.clinic.add(
        {"visit_date": date(2026, 11, 20), "physician_global": "4", "extramuscular_global": "2"}
    )
    services.checkins.add({"day": date(2026, 11, 18), "patient_global": 6})
    visits, patient, haq_pool, labs = load_sources(services.engine)
    (visit,) = visits
    measures = measures_of(visit, patient, haq_pool, labs)
    assert measures == services.scores.measures_for(visit.id)
    by_measure = {s.measure: s for s in measures.sources}
    assert set(by_measure) == set(tis.MEASURES)
    assert by_measure["patient_global"].value == 6
    assert "2 days before" in by_measure["patient_global"].origin


def test_the_app_gives_the_score_service_its_profile_service(services) -> None:
    assert services.scores.profile is services.profile
    alone = ScoreService(services.engine, services.clock, services.profile)
    assert alone.chosen_baseline_id() is None
    services.clinic.add({"visit_date": date(2026, 11, 20), "physician_global": "4"})
    visit = services.clinic.list()[0].id
    alone.set_baseline(visit)
    assert (
        services.scores.chosen_baseline_id()
        == visit
        == services.profile.current().tis_baseline_visit_id
    )
