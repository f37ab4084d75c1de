"""Issue 16, the clinical safety net, in the domain: red-flag terms, thrombosis events, the
follow-up card's rules, dosing weight, glucocorticoid equivalents, risk factors."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dmtracker.domain import infusion, medications, risk, side_effects
from dmtracker.domain.errors import ValidationError

NEW_TERMS = {
    "new or worse breathlessness": "trali_lung_clot",
    "trouble breathing within 6 hours of an infusion": "trali_lung_clot",
    "blue lips": "trali_lung_clot",
    "face drooping": "stroke_fast",
    "sudden confusion": "stroke_fast",
    "severe headache": "meningitis",
    "mouth ulcers": "methotrexate_toxicity",
    "unusual bruising or bleeding": "methotrexate_toxicity",
    "sore throat with fever": "methotrexate_toxicity",
}


# --- red flags ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("term", "group"), NEW_TERMS.items())
def test_each_new_term_is_a_red_flag_in_its_group(term: str, group: str) -> None:
    assert term == term.lower()
    assert term in side_effects.RED_FLAG_TERMS
    assert side_effects.is_red_flag(term) and side_effects.is_red_flag(term.upper())
    g = side_effects.red_flag_group(term)
    assert g is not None and g.key == group
    assert g.message.startswith(side_effects.URGENT)


def test_breathlessness_is_a_red_flag_now() -> None:
    # the reproduction in issue 16: is_red_flag("breathlessness") was False
    assert side_effects.is_red_flag("breathlessness")
    assert side_effects.is_red_flag("Shortness of breath")
    assert side_effects.normalise_term("Breathlessness") == "new or worse breathlessness"
    assert "breathlessness" not in side_effects.COMMON_TERMS


def test_old_fever_term_keeps_its_red_flag() -> None:
    assert side_effects.is_red_flag("fever above 38 °C")
    assert side_effects.red_flag_group("fever above 38 °C").key == "infection"  # type: ignore[union-attr]
    assert "38.0 °C or more" in side_effects.RED_FLAG_GROUPS["infection"].message


def test_trali_and_stroke_messages_say_what_to_do() -> None:
    trali = side_effects.RED_FLAG_GROUPS["trali_lung_clot"].message
    assert "6 hours" in trali and "nurse" in trali and "emergency number" in trali
    fast = side_effects.RED_FLAG_GROUPS["stroke_fast"].message
    assert "Face, Arms, Speech, Time" in fast
    mtx = side_effects.RED_FLAG_GROUPS["methotrexate_toxicity"].message
    assert "methotrexate" in mtx and "stop" not in mtx.lower()


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("swollen painful arm or leg", True),
        ("chest pain", True),
        ("face drooping", True),
        ("sudden confusion", True),
        ("DVT left calf", True),
        ("Pulmonary embolism", True),
        ("a blood clot in my leg", True),
        ("stroke", True),
        ("stiff neck", False),
        ("new or worse breathlessness", False),
        ("headache", False),
        ("clothing rash", False),
        (None, False),
    ],
)
def test_thrombosis_events(term: str, expected: bool) -> None:
    assert side_effects.is_thrombosis_event(term) is expected


def test_follow_up_red_flags_fever_threshold_is_38_0_inclusive() -> None:
    rule = side_effects.follow_up_red_flags
    assert rule(None, True, Decimal("38.0")) == ["fever of 38 °C or more"]
    assert rule(None, True, Decimal("37.9")) == []
    assert rule(None, True, None) == []  # fever not measured: plain fever
    assert rule(None, False, Decimal("39")) == []


@pytest.mark.parametrize(("score", "flag"), [(7, False), (8, True), (9, True), (10, True)])
def test_follow_up_severe_headache_from_8(score: int, flag: bool) -> None:
    assert (side_effects.follow_up_red_flags(score, False, None) == ["severe headache"]) is flag


def test_hospital_proposes_serious() -> None:
    assert side_effects.proposes_serious("hospital")
    assert side_effects.proposes_serious("Went to hospital")
    assert not side_effects.proposes_serious("Saw a doctor")
    assert not side_effects.proposes_serious("")


def test_grade_3_is_hospital_not_a_doctor_visit() -> None:
    assert side_effects.GRADES[3].startswith("Severe or medically significant")
    assert "hospital" in side_effects.GRADES[3] and "doctor" not in side_effects.GRADES[3]
    assert side_effects.GRADES[1].startswith("Mild")
    assert side_effects.GRADES[2].startswith("Moderate")
    assert side_effects.GRADES[4].startswith("Life-threatening")


# --- dosing weight ------------------------------------------------------------------------------
def test_dosing_weight_example_from_the_issue() -> None:
    ideal = infusion.ideal_body_weight(160, "female")
    adjusted = infusion.adjusted_body_weight(130, 160, "female")
    assert isinstance(ideal, Decimal) and isinstance(adjusted, Decimal)
    assert abs(ideal - Decimal("52.4")) <= Decimal("0.1")
    assert abs(adjusted - Decimal("83.4")) <= Decimal("0.1")
    w = infusion.dosing_weights(130, 160, "female")
    assert w.suggested == "adjusted" and w.bmi == Decimal("50.8")
    assert w.weight_for("adjusted") * 2 == Decimal("166.8")  # "about 167 g" in the issue


def test_ideal_weight_devine() -> None:
    assert infusion.ideal_body_weight("152.4", "male") == Decimal("50.0")  # exactly 60 in
    assert infusion.ideal_body_weight("177.8", "male") == Decimal("73.0")  # 70 in: 50 + 23
    assert infusion.ideal_body_weight(140, "female") == Decimal("45.5")  # below 60 in: base
    # actual below ideal: the adjusted weight is the actual weight
    assert infusion.adjusted_body_weight(60, "177.8", "male") == Decimal(60)


def test_dosing_weight_suggests_actual_below_bmi_30() -> None:
    assert infusion.dosing_weights(70, 170, "male").suggested == "actual"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((170, "other"), "sex"),
        ((170, "unspecified"), "sex"),
        (("abc", "male"), "height_cm"),
        ((20, "male"), "height_cm"),
    ],
)
def test_ideal_weight_refuses_bad_input_naming_the_field(args: tuple, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        infusion.ideal_body_weight(*args)
    assert info.value.field == field


def test_dose_check() -> None:
    assert infusion.dose_check("2") is None
    assert infusion.dose_check("1") is None
    assert infusion.dose_check("2.1")[0] == "flag"  # type: ignore[index]
    assert infusion.dose_check("2.5")[0] == "flag"  # type: ignore[index]
    kind, message = infusion.dose_check("2.6")  # type: ignore[misc]
    assert kind == "confirm" and "confirm" in message


# --- glucocorticoid equivalents -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("drug", "dose", "prednisone"),
    [
        ("Prednisone", "5", "5"),
        ("prednisolone", "5", "5"),
        ("Methylprednisolone", "4", "5"),
        ("methyl-prednisolone", "16", "20"),
        ("Medrol", "4", "5"),
        ("Solu-Medrol", "500", "625"),
        ("triamcinolone", "4", "5"),
        ("Dexamethasone", "0.75", "5"),
        ("hydrocortisone", "20", "5"),
        ("Cortef", "10", "2.5"),
    ],
)
def test_prednisone_equivalent(drug: str, dose: str, prednisone: str) -> None:
    assert medications.prednisone_equivalent_mg(drug, dose) == Decimal(prednisone)


@pytest.mark.parametrize("drug", ["methotrexate", "Hydroxychloroquine", "Folic acid", ""])
def test_prednisone_equivalent_none_for_other_drugs(drug: str) -> None:
    assert medications.prednisone_equivalent_mg(drug, "5") is None


def test_methyl_prednisolone_is_not_prednisone() -> None:
    assert not medications.is_prednisone("methyl-prednisolone")
    assert not medications.is_prednisone("Medrol")
    assert medications.is_prednisone("Prednisolone 5 mg")


def test_alternate_day_schedule() -> None:
    start = date(2026, 1, 1)
    regimen = medications.Regimen(Decimal(20), "alternate_day", None, start, None)
    # 1 Jan … 10 Jan: doses on the 1st, 3rd, 5th, 7th, 9th
    assert medications.cumulative_dose([regimen], start, date(2026, 1, 10)) == Decimal(100)
    # from the 2nd: the 3rd, 5th, 7th, 9th
    assert medications.cumulative_dose([regimen], date(2026, 1, 2), date(2026, 1, 10)) == 80
    assert medications.daily_equivalent_mg(20, "alternate_day") == Decimal(10)
    assert medications.is_dose_day("alternate_day", start, date(2026, 1, 3))
    assert not medications.is_dose_day("alternate_day", start, date(2026, 1, 4))


@pytest.mark.parametrize(
    "name",
    [
        "Metoject",
        "Metotrexato",
        "Methoblastin",
        "Zlatal",
        "Ebetrex",
        "Otrexup",
        "Rasuvo",
        "Trexall",
        "Jylamvo",
        "Xatmep",
        "Nordimet",
        "Maxtrex",
        "Trexan",
        "Ledertrexate",
        "Emthexate",
        "Lantarel 7.5 mg",
    ],
)
def test_methotrexate_brands_are_refused_daily(name: str) -> None:
    assert medications.is_methotrexate(name)
    assert medications.methotrexate_daily_warning(name, "daily")
    # every other day is 3–4 doses a week: refused as well
    assert medications.methotrexate_daily_warning(name, "alternate_day")
    assert medications.methotrexate_daily_warning(name, "weekly") is None


# --- risk factors -------------------------------------------------------------------------------
def test_risk_factors_from_the_label() -> None:
    keys = set(risk.RISK_FACTORS)
    assert {
        "thrombosis_history",
        "age_65",
        "oestrogens",
        "immobilisation",
        "hypercoagulable",
        "central_catheter",
        "hyperviscosity",
        "cardiovascular",
        "kidney_disease",
        "diabetes",
        "volume_depletion",
        "sepsis",
        "paraproteinaemia",
        "nephrotoxic_drugs",
    } == keys


def test_any_one_factor_sets_the_cap() -> None:
    assert risk.risk_status([]).cap == Decimal("0.04")
    assert not risk.risk_status([]).at_risk
    for key in risk.RISK_FACTORS:
        status = risk.risk_status([key])
        assert status.at_risk and status.cap == Decimal("0.03"), key
    assert risk.risk_status(["diabetes"]).kidney and not risk.risk_status(["diabetes"]).thrombosis
    assert risk.risk_status([], thrombosis_other=True).cap == Decimal("0.03")


def test_unknown_factor_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        risk.risk_status(["flying"])
    assert info.value.field == "risk_factors"
