"""`dmtracker demo --juvenile`: a child's history, marked juvenile, with CMAS visits (per item),
CHAQs a parent answered, a child's weight and height, methotrexate at about 15 mg/m², and the
juvenile TIS computed from them. The adult demo is unchanged by the option."""

from __future__ import annotations

from decimal import Decimal

from dmtracker.domain import body_surface, cmas
from dmtracker.services.demo import generate_demo


def test_the_juvenile_demo_is_a_childs_history(services) -> None:
    summary = generate_demo(services, years=1, seed=3, juvenile=True)
    assert summary.counts["clinic visits"] >= 5
    profile = services.profile.current()
    assert profile.juvenile and profile.display_name == "Sam (demo)"
    assert services.clock.today().year - profile.birth_year == 9
    visits = services.clinic.list()
    assert all(v.mmt8_total is None for v in visits)
    assert all(len(v.cmas_items) == len(cmas.ITEMS) for v in visits)
    assert visits[0].cmas_total < visits[4].cmas_total <= cmas.TOTAL_MAX
    assert all(v.parent_global is not None and v.das_skin is not None for v in visits)
    questionnaires = services.questionnaires.list()
    assert questionnaires and {q.kind for q in questionnaires} == {"chaq"}
    assert {q.answered_by for q in questionnaires} == {"parent"}
    assert {c.answered_by for c in services.checkins.list()} == {"parent"}  # a parent's diary
    assert all(q.pain_mm is not None for q in questionnaires)
    weight = services.weights.latest(services.clock.today())
    assert Decimal(25) < weight.weight_kg < Decimal(35)
    (mtx,) = [m for m in services.medications.list() if m.name == "Methotrexate"]
    doses = {r.dose for r in services.regimens.list() if r.medication_id == mtx.id}
    assert doses == {Decimal(15)}
    per = body_surface.methotrexate_per_m2(Decimal(15), profile.height_cm, weight.weight_kg)
    assert Decimal(13) <= per.mg_per_m2 <= Decimal(16) and not per.high
    report = services.scores.report()
    scored = [r for r in report.rows if r.result is not None and not r.partial]
    assert scored and all(r.result.juvenile for r in scored)


def test_the_adult_demo_is_not_juvenile(demo_services) -> None:
    assert not demo_services.profile.current().juvenile
    assert {c.answered_by for c in demo_services.checkins.list()} == {""}
    assert all(v.cmas_total is None for v in demo_services.clinic.list())


def test_the_command_line_makes_a_juvenile_demo(tmp_path, capsys) -> None:
    import sqlite3

    from dmtracker.app import main

    d = tmp_path / "child"
    assert main(["demo", "--data-dir", str(d), "--juvenile", "--end", "2026-11-25"]) == 0
    assert "CHAQ answers" in capsys.readouterr().out
    with sqlite3.connect(d / "dmtracker.sqlite3") as conn:
        (juvenile,) = conn.execute("SELECT juvenile FROM patient_profile").fetchone()
        (visits,) = conn.execute(
            "SELECT count(*) FROM clinic_assessment WHERE cmas_total IS NOT NULL"
        ).fetchone()
    assert juvenile == 1 and visits >= 5
