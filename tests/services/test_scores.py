"""ScoreService: how the TIS inputs are gathered from the diary (nearest patient global and
HAQ-DI within their windows, the enzyme from labs near the visit), the default baseline, the
saved choice, partial scores, refusals and the ProDERM deterioration warning."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from dmtracker.domain import haq
from dmtracker.services.scores import (
    HAQ_WINDOW_DAYS,
    LAB_WINDOW_DAYS,
    PATIENT_GLOBAL_WINDOW_DAYS,
    band_text,
    percent_text,
)

D = date.fromisoformat


def haq_answers(levels: dict[str, int]) -> dict[str, int | None]:
    """Answers whose category scores are ``levels`` (first item of each category; others 0)."""
    out: dict[str, int | None] = {}
    for key, (_label, items) in haq.CATEGORIES.items():
        if key not in levels:
            continue
        out[str(items[0])] = levels[key]
        for item in items[1:]:
            out[str(item)] = 0
    return out


ALL_ONE = dict.fromkeys(haq.CATEGORIES, 1)
HAQ_1_5 = {**ALL_ONE, "dressing": 2, "arising": 2, "eating": 2, "walking": 2}  # 12 / 8
HAQ_1_125 = {**ALL_ONE, "dressing": 2}  # 9 / 8


def visit(s, day: str, phga="6.0", extra="5.0", mmt=110, scale=150, **more) -> int:
    data = {
        "visit_date": day,
        "physician_global": phga,
        "extramuscular_global": extra,
        "mmt8_scale": scale if mmt is not None else None,
        "mmt8_total": mmt,
        **more,
    }
    return s.clinic.add(data).ids[0]


def checkin(s, day: str, value: int) -> None:
    s.checkins.add({"day": day, "patient_global": value})


def haq_on(s, day: str, levels: dict[str, int]) -> None:
    s.questionnaires.add({"answered_on": day, "answers": haq_answers(levels)})


def lab(s, day: str, analyte: str, value: str, high: str | None = "200", unit: str = "U/L"):
    data = {"collected_on": day, "analyte": analyte, "value": value, "entered_unit": unit}
    if high is not None:
        data["ref_high"] = high
    s.labs.add(data)


@pytest.fixture
def example(services):
    """The worked example of docs/clinical.md §2 (TIS 55, moderate), spread over the diary."""
    s = services
    base = visit(s, "2026-01-10", phga="6.0", extra="5.0", mmt=110)
    checkin(s, "2026-01-10", 7)
    haq_on(s, "2026-01-08", HAQ_1_5)
    lab(s, "2026-01-05", "CK", "1200")
    lab(s, "2026-01-05", "LDH", "300", high="250")
    follow = visit(s, "2026-05-01", phga="3.5", extra="3.0", mmt=125)
    checkin(s, "2026-04-20", 9)  # 11 days before: outside the window and farther anyway
    checkin(s, "2026-04-28", 5)  # 3 days before: the one used
    haq_on(s, "2026-05-03", HAQ_1_125)
    lab(s, "2026-04-25", "CK", "600")
    lab(s, "2026-04-25", "LDH", "100", high="250")
    return s, base, follow


def test_worked_example_scores_55_moderate_from_the_diary(example) -> None:
    s, base, follow = example
    report = s.scores.report()
    assert report.baseline is not None and report.baseline.visit_id == base
    (row,) = report.rows
    assert row.visit_id == follow
    assert row.total == Decimal("55") and row.category == "moderate" and not row.partial
    points = {line.measure: line.points for line in row.lines}
    assert points == {
        "physician_global": Decimal("15"),
        "patient_global": Decimal("5"),
        "mmt8": Decimal("10"),
        "haq": Decimal("5"),
        "enzyme": Decimal("7.5"),
        "extramuscular": Decimal("12.5"),
    }
    lines = {line.measure: line for line in row.lines}
    assert lines["patient_global"].followup == "5"
    assert lines["patient_global"].followup_origin == "check-in of 2026-04-28 (3 days before)"
    assert lines["haq"].baseline == "1.5" and lines["haq"].followup == "1.125"
    assert lines["haq"].followup_origin == "HAQ-DI of 2026-05-03 (2 days after)"
    assert lines["enzyme"].baseline.startswith("CK 1200 U/L = 6 × ULN 200")
    assert lines["enzyme"].followup.startswith("CK 600 U/L = 3 × ULN 200")
    assert lines["mmt8"].baseline == "110 of 150"
    assert lines["haq"].band == "> 5 to 15 %" and lines["haq"].percent == Decimal("12.50")
    assert "computed by the app" in row.summary() and "moderate" in row.summary()


def test_every_total_adds_up_and_every_percentage_follows_from_the_values_shown(
    demo_services,
) -> None:
    """The TIS page can be checked by hand: totals are the sum of the points shown, and each
    percentage follows from the baseline and follow-up values shown beside it."""
    report = demo_services.scores.report()
    assert report.rows
    for row in report.rows:
        assert row.result is not None
        assert sum(line.points for line in row.lines) == row.total
        base, fol = report.baseline, row.visit
        for m in ("physician_global", "patient_global", "extramuscular"):
            b, f = base.source(m).value, fol.source(m).value
            assert row.result.percent_change[m] == ((b - f) * 10).quantize(Decimal("0.01"))
        b, f = base.source("mmt8").value, fol.source("mmt8").value
        assert abs(row.result.percent_change["mmt8"] - (f - b) / 150 * 100) < Decimal("0.005")
        b, f = base.source("haq").value, fol.source("haq").value
        assert abs(row.result.percent_change["haq"] - (b - f) / 3 * 100) < Decimal("0.005")
        name = row.result.enzyme_name
        be, fe = base.enzyme(name), fol.enzyme(name)
        expected = (be.value / be.uln - fe.value / fe.uln) / (be.value / be.uln) * 100
        assert abs(row.result.percent_change["enzyme"] - expected) < Decimal("0.005")


def test_patient_global_is_the_nearest_check_in_within_the_window(services) -> None:
    s = services
    vid = visit(s, "2026-06-10")
    checkin(s, "2026-06-08", 4)  # 2 days before
    checkin(s, "2026-06-12", 8)  # 2 days after: a tie goes to the earlier entry
    checkin(s, "2026-06-01", 9)  # farther
    assert s.scores.measures_for(vid).source("patient_global").value == Decimal(4)
    s.checkins.add({"day": "2026-06-11", "patient_global": 6})  # 1 day after: nearer
    got = s.scores.measures_for(vid).source("patient_global")
    assert got.value == Decimal(6) and got.origin == "check-in of 2026-06-11 (1 day after)"


def test_patient_global_outside_the_window_is_not_used(services) -> None:
    s = services
    vid = visit(s, "2026-06-10")
    edge = D("2026-06-10") + timedelta(days=PATIENT_GLOBAL_WINDOW_DAYS + 1)
    checkin(s, edge.isoformat(), 3)
    s.checkins.add({"day": "2026-06-10", "fatigue": 5})  # a check-in without patient global
    got = s.scores.measures_for(vid).source("patient_global")
    assert got.value is None
    assert got.origin == f"no check-in within {PATIENT_GLOBAL_WINDOW_DAYS} days"
    checkin(s, (D("2026-06-10") - timedelta(days=PATIENT_GLOBAL_WINDOW_DAYS)).isoformat(), 2)
    assert s.scores.measures_for(vid).source("patient_global").value == Decimal(2)


def test_haq_is_the_nearest_scored_answer_within_the_window(services) -> None:
    s = services
    vid = visit(s, "2026-06-10")
    haq_on(s, "2026-06-20", HAQ_1_5)  # 10 days after
    haq_on(s, "2026-06-09", {"dressing": 3, "arising": 3})  # nearest, but only 2 categories
    got = s.scores.measures_for(vid).source("haq")
    assert got.value == Decimal("1.5") and got.origin == "HAQ-DI of 2026-06-20 (10 days after)"
    scored = next(q for q in s.questionnaires.list() if q.score == Decimal("1.5"))
    s.questionnaires.delete(scored.id)
    far = D("2026-06-10") - timedelta(days=HAQ_WINDOW_DAYS + 1)
    haq_on(s, far.isoformat(), HAQ_1_125)
    assert s.scores.measures_for(vid).source("haq").value is None


def test_enzymes_come_from_labs_near_the_visit_with_the_labs_own_upper_limit(services) -> None:
    s = services
    vid = visit(s, "2026-06-10")
    lab(s, "2026-06-01", "CK", "20", high="3.3", unit="µkat/L")  # 1200 U/L, ULN 198 U/L
    lab(s, "2026-06-08", "aldolase", "15", high="7.5")  # 2 × ULN
    lab(s, "2026-06-09", "LDH", "900", high=None)  # no range: cannot be compared
    far = D("2026-06-10") + timedelta(days=LAB_WINDOW_DAYS + 1)
    lab(s, far.isoformat(), "AST", "400", high="40")  # 10 × ULN but too far from the visit
    m = s.scores.measures_for(vid)
    names = {e.name: e for e in m.enzymes}
    assert set(names) == {"CK", "aldolase"}
    assert names["CK"].value == Decimal(1200) and names["CK"].uln == Decimal("198")
    assert m.source("enzyme").value == Decimal(1200)  # CK is the most abnormal
    assert any("LDH" in note and "no upper reference limit" in note for note in m.notes)


def test_the_enzyme_chosen_at_baseline_is_followed_even_when_another_is_worse_later(
    services,
) -> None:
    s = services
    visit(s, "2026-01-10")
    lab(s, "2026-01-10", "CK", "1000", high="200")  # 5 × ULN: chosen
    lab(s, "2026-01-10", "AST", "80", high="40")  # 2 × ULN
    visit(s, "2026-03-10")
    lab(s, "2026-03-09", "CK", "500", high="250")  # the lab changed its range: 2 × ULN
    lab(s, "2026-03-09", "AST", "400", high="40")  # 10 × ULN, not the baseline enzyme
    (row,) = s.scores.report().rows
    assert row.result is not None and row.result.enzyme_name == "CK"
    assert row.result.percent_change["enzyme"] == Decimal("60.00")  # (5 − 2) / 5, in × ULN


def test_missing_measures_give_a_partial_tis_without_category(example) -> None:
    s, _base, _follow = example
    s.questionnaires.delete(s.questionnaires.list(newest_first=True)[0].id)  # follow-up HAQ
    (row,) = s.scores.report().rows
    assert row.partial and row.category is None and row.measures_used == 5
    assert row.total == Decimal("50")
    assert row.summary().startswith("Partial TIS 50 (5 of 6 measures; no category)")
    assert row.category_text() == "partial TIS (5 of 6): no category"
    haq_line = next(line for line in row.lines if line.measure == "haq")
    assert haq_line.points is None and haq_line.band == "not scored"
    series = s.scores.report().series
    assert series.partial.tolist() == [True] and series.labels == ("partial 50 (5 of 6)",)
    assert series.y.tolist() == [50.0] and len(series.x) == 1


def test_mmt8_on_different_scales_is_refused_with_a_message(services) -> None:
    s = services
    visit(s, "2026-01-10", mmt=110, scale=150)
    visit(s, "2026-03-10", mmt=70, scale=80)
    (row,) = s.scores.report().rows
    assert row.result is None and row.total is None
    assert "cannot be compared" in row.error
    assert row.summary().startswith("Not scored:")
    assert len(s.scores.report().series.x) == 0


def test_default_baseline_is_the_last_complete_visit_before_the_first_ivig_course(
    example,
) -> None:
    s, base, follow = example
    early = visit(s, "2025-12-01")  # not complete: no check-in, HAQ or labs near it
    assert s.scores.default_baseline_id() == base  # no IVIG: the first complete visit
    s.courses.add(
        {
            "planned_start": "2026-05-01",
            "days_planned": 2,
            "g_per_kg": "2",
            "weight_kg": "70",
            "concentration_percent": "10",
        }
    )
    assert s.scores.first_ivig_day() == D("2026-05-01")
    assert s.scores.default_baseline_id() == follow  # complete, on the day of the first course
    report = s.scores.report()
    assert report.baseline.visit_id == follow and not report.baseline_chosen
    assert "before the first IVIG course (2026-05-01)" in report.baseline_reason
    assert report.rows == ()
    assert early != base


def test_default_baseline_without_complete_visits(services) -> None:
    s = services
    first = visit(s, "2026-01-10")
    visit(s, "2026-03-10")
    assert s.scores.default_baseline_id() == first
    assert "no visit has all 6 measures" in s.scores.report().baseline_reason
    (row,) = s.scores.report().rows
    assert row.partial and row.measures_used == 3  # PhGA, MMT-8, extramuscular


def test_no_visits_means_no_baseline(services) -> None:
    report = services.scores.report()
    assert report.baseline is None and report.rows == () and report.default_baseline_id is None
    assert len(report.series.x) == 0 and report.series.baseline_x is None


def test_the_chosen_baseline_is_saved_in_the_profile(example) -> None:
    s, base, follow = example
    third = visit(s, "2026-08-01", phga="2.0", extra="1.0", mmt=140)
    change = s.scores.set_baseline(follow)
    assert change.kind == "profile"
    assert s.profile.current().tis_baseline_visit_id == follow
    report = s.scores.report()
    assert report.baseline.visit_id == follow and report.baseline_chosen
    assert [r.visit_id for r in report.rows] == [third]
    assert report.baseline_reason == "Chosen by you."
    s.clinic.delete(follow)  # the chosen visit is deleted: back to the default, said so
    report = s.scores.report()
    assert report.baseline.visit_id == base and not report.baseline_chosen
    assert report.baseline_reason.startswith("The baseline visit you chose was deleted.")
    s.scores.set_baseline(None)
    assert s.profile.current().tis_baseline_visit_id is None


def test_a_baseline_for_one_report_does_not_change_the_saved_choice(example) -> None:
    s, _base, follow = example
    report = s.scores.report(baseline_id=follow)
    assert report.baseline.visit_id == follow and report.rows == ()
    assert s.profile.current().tis_baseline_visit_id is None
    with pytest.raises(ValueError, match="no such clinic visit"):
        s.scores.report(baseline_id=9999)


def test_confirmed_deterioration_is_a_warning_with_the_visit_dates(services) -> None:
    s = services
    visit(s, "2026-01-10", extra="3.0")
    visit(s, "2026-02-10", extra="5.0")  # worse by 2 cm
    assert s.scores.report().deterioration is None  # one visit is not confirmed
    assert "needs two visits" in s.scores.report().deterioration_text
    visit(s, "2026-03-10", extra="5.5")  # again: confirmed
    report = s.scores.report()
    assert report.deterioration is not None
    assert report.deterioration.criterion == "extramuscular"
    text = report.deterioration_text
    assert text.startswith("⚠ Warning")
    assert "2026-02-10 and 2026-03-10" in text and "baseline of 2026-01-10" in text
    assert "not a score" in text and "checked by the app" in text


def test_deterioration_is_still_checked_when_one_visit_has_mmt8_on_the_other_scale(
    services,
) -> None:
    s = services
    visit(s, "2026-01-10", extra="3.0", mmt=110)
    visit(s, "2026-02-10", extra="5.0", mmt=70, scale=80)
    visit(s, "2026-03-10", extra="5.0", mmt=100)
    report = s.scores.report()
    assert report.rows[0].result is None
    assert report.deterioration is not None and report.deterioration.criterion == "extramuscular"


def test_demo_tis_rises_over_the_first_16_weeks_of_ivig(demo_services) -> None:
    s = demo_services
    start = s.scores.first_ivig_day()
    report = s.scores.report()
    assert report.baseline.visit_date <= start and report.baseline.complete
    early = [r for r in report.rows if r.visit_date <= start + timedelta(weeks=16)]
    assert len(early) >= 3
    totals = [r.total for r in early]
    assert all(not r.partial for r in early)
    assert totals == sorted(totals) and totals[-1] > totals[0]
    assert report.deterioration is None


def test_band_and_percent_texts() -> None:
    assert band_text("haq", Decimal("7.5")) == "> 15 to 40 %"  # two bands score 7.5
    assert band_text("enzyme", Decimal("7.5")) == "> 25 %"
    assert band_text("mmt8", Decimal("0")) == "≤ 2 %"
    assert band_text("physician_global", Decimal("17.5")) == "> 25 to 40 %"
    assert percent_text(Decimal("-12.50")) == "-12.5 % (worse)"
    assert percent_text(Decimal("25.00")) == "25 %"
    assert percent_text(None) == "–"


@pytest.fixture(scope="module")
def app_demo(tmp_path_factory):
    """The demo the app opens with ``--demo`` (one year, seed 1), on the tests' clock."""
    from tests.conftest import NOW, TZ

    from dmtracker.services.app_services import open_services
    from dmtracker.services.clock import Clock
    from dmtracker.services.demo import generate_demo
    from dmtracker.storage.paths import DataPaths

    s = open_services(DataPaths(tmp_path_factory.mktemp("app-demo") / "data"), Clock(TZ, NOW))
    generate_demo(s, years=1, seed=1)
    yield s
    s.close()


def _first_16_weeks(s):
    start = s.scores.first_ivig_day()
    report = s.scores.report()
    assert report.baseline.visit_date <= start and report.baseline.complete
    early = [r for r in report.rows if start < r.visit_date <= start + timedelta(weeks=16)]
    assert len(early) == 4 and not any(r.partial for r in early)  # weeks 4, 8, 12, 16 of IVIG
    return [r.total for r in early]


def test_the_app_demo_tis_rises_over_the_first_16_weeks(app_demo) -> None:
    """The demo the app opens: week 16 better than week 4, never back below week 4, every
    visit at least minimal improvement, no deterioration warning."""
    totals = _first_16_weeks(app_demo)
    assert totals[-1] > totals[0] and min(totals) == totals[0] >= 20, totals
    assert app_demo.scores.report().deterioration is None


def test_the_app_demo_tis_never_falls_in_the_first_16_weeks(app_demo) -> None:
    totals = _first_16_weeks(app_demo)
    assert totals == sorted(totals), totals
    # believable: not "major" at week 4 (ProDERM: 32 % reached TIS >= 60 by week 16)
    assert totals[0] < 60 <= totals[-1], totals
