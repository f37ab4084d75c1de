"""The domain's user-facing texts: English values that still know how to be translated."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from dmtracker.domain import (
    core_set,
    decimal_input,
    infusion,
    medications,
    records,
    risk,
    settings,
    side_effects,
    tis,
)
from dmtracker.domain.dose_text import dose_schedule_text, schedule_words
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import (
    QT_TRANSLATE_NOOP,
    Amount,
    Text,
    amount,
    english,
    joined,
    term,
    translate,
)
from dmtracker.domain.validation import Context, Day, Dec, Int, Moment, clean
from dmtracker.domain.validation import Text as TextRule

CTX = Context(today=date(2026, 3, 10), now=datetime(2026, 3, 10, 12, 0, tzinfo=UTC))


# --- Text ---------------------------------------------------------------------------------------
def test_a_text_is_its_english_source() -> None:
    text = translate("Validation", "is required")
    assert isinstance(text, str)
    assert isinstance(text, Text)
    assert text == "is required"
    assert (text.context, text.source, text.disambiguation, text.n) == (
        "Validation",
        "is required",
        None,
        -1,
    )


def test_format_fills_the_english_and_keeps_the_arguments() -> None:
    text = translate("Validation", "must be between {low} and {high}, got {value}").format(
        low=0, high=10, value=Decimal("12.5")
    )
    assert text == "must be between 0 and 10, got 12.5"
    assert isinstance(text, Text)
    assert text.source == "must be between {low} and {high}, got {value}"
    assert text.kwargs == {"low": 0, "high": 10, "value": Decimal("12.5")}


def test_a_text_survives_pickling_with_its_arguments() -> None:
    text = translate("Medications", "%n dose(s)", None, 3).format()
    again = pickle.loads(pickle.dumps(text))
    assert again == "3 doses"
    assert isinstance(again, Text)
    assert (again.context, again.source, again.n) == ("Medications", "%n dose(s)", 3)
    reason = translate("Validation", "must not be before {earliest}").format(
        earliest=date(1900, 1, 1)
    )
    error = pickle.loads(pickle.dumps(ValidationError("day", reason)))
    assert (error.field, error.reason, str(error)) == ("day", reason, "day: " + reason)
    assert isinstance(error.reason, Text) and error.reason.kwargs == reason.kwargs


@pytest.mark.parametrize(
    ("source", "n", "expected"),
    [
        ("%n day(s)", 1, "1 day"),
        ("%n day(s)", 0, "0 days"),
        ("%n day(s)", 2, "2 days"),
        ("%n box(es) left", 1, "1 box left"),
        ("%n box(es) left", 5, "5 boxes left"),
        ("no count (s)", -1, "no count (s)"),
    ],
)
def test_english_plurals(source: str, n: int, expected: str) -> None:
    assert english(source, n) == expected
    assert translate("Ctx", source, None, n) == expected


def test_vocabulary_marks_return_the_plain_term() -> None:
    label = QT_TRANSLATE_NOOP("Vocabulary", "Knuckles (Gottron's papules)")
    assert type(label) is str
    assert term(label) == label
    assert term(label).context == "Vocabulary"


def test_amount_reads_plain_in_english() -> None:
    assert str(amount(Decimal("0.0400"))) == "0.04"
    assert f"{amount(Decimal('1E+2'))}" == "100"
    assert f"{amount('2.50'):.2f}" == "2.50"
    assert isinstance(amount(3), Decimal) and isinstance(amount(3), Amount)
    assert pickle.loads(pickle.dumps(amount("0.030"))) == Decimal("0.03")


def test_joined_keeps_each_item() -> None:
    items = joined([term("Fatigue"), "free text {not a field}", term("Pain")], "; ")
    assert items == "Fatigue; free text {not a field}; Pain"
    assert isinstance(items, Text)
    assert items.args[0].context == "Vocabulary"


# --- Validation errors carry a Text -------------------------------------------------------------
def _reason(call: Callable[[], Any]) -> str:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.reason


CASES: list[tuple[Callable[[], Any], str]] = [
    (
        lambda: clean({"n": Int(lo=0, hi=10)}, {"n": "11"}, CTX),
        "must be a whole number from 0 to 10, got '11'",
    ),
    (
        lambda: clean({"x": Dec(lo=0, hi=45, places=1)}, {"x": "3.25"}, CTX),
        "may have at most 1 decimal place, got 3.25",
    ),
    (
        lambda: clean({"x": Dec(lo=0, lo_open=True, hi="0.2")}, {"x": "0"}, CTX),
        "must be a number above 0 and at most 0.2, got 0",
    ),
    (
        lambda: clean({"t": TextRule(max_len=3)}, {"t": "abcd"}, CTX),
        "must be at most 3 characters, got 4",
    ),
    (
        lambda: clean({"t": TextRule(required=True)}, {}, CTX),
        "is required",
    ),
    (
        lambda: clean({"d": Day()}, {"d": "2026-03-12"}, CTX),
        "cannot be in the future (2026-03-12 is after today)",
    ),
    (
        lambda: clean({"d": Day()}, {"d": "12.03.2026"}, CTX),
        "must be a date (YYYY-MM-DD), got '12.03.2026'",
    ),
    (
        lambda: clean({"m": Moment()}, {"m": "2026-03-10T10:00"}, CTX),
        "must include a time zone",
    ),
    (
        lambda: clean({}, {"nope": 1}, CTX, kind="check-in"),
        "is not a field of a check-in",
    ),
    (
        lambda: records.validate("vital", {"spo2": 101, "measured_at": CTX.now}, CTX),
        "must be a whole number from 50 to 100, got 101",
    ),
    (
        lambda: records.check_record("vital", {"systolic": 120}),
        "blood pressure needs both numbers",
    ),
    (
        lambda: decimal_input.read_decimal(
            "abc", "weight_kg", lo=Decimal(0), hi=Decimal(400), unit="kg"
        ),
        "must be a number greater than 0 and at most 400 kg, got 'abc'",
    ),
    (
        lambda: decimal_input.read_whole("2.5", "days", lo=1, hi=5),
        "must be a whole number from 1 to 5, got '2.5'",
    ),
    (
        lambda: core_set.CoreSetMeasures(haq="4"),
        "must be between 0 and 3, got 4",
    ),
    (
        lambda: side_effects.normalise_term("x" * 121),
        "must be at most 120 characters, got 121",
    ),
    (
        lambda: side_effects.fhir_severity(5),
        "must be a whole number from 1 to 4, got 5",
    ),
    (
        lambda: infusion.ml_per_kg_min(70, 1000),
        "1000 mL/h at 70 kg is 0.2381 mL/kg/min, above the 0.2 mL/kg/min the app accepts",
    ),
    (
        lambda: infusion.plan_course(70, 2, 1),
        "a dose of 2 g/kg must be split over 2–5 consecutive days (Octagam 10% label);"
        " a single day is only for up to 1 g/kg (maintenance)",
    ),
    (
        lambda: medications.taper_steps(10, [(5, 7, 20)], date(2026, 1, 1)),
        "must be below the dose this stage starts from (10), got 20",
    ),
    (
        lambda: risk.clean_factors(["flying"]),
        "has an unknown risk factor 'flying'",
    ),
    (
        lambda: settings.check(settings.TRENDS_MEAN, "yes"),
        "must be true or false, got text",
    ),
    (
        lambda: tis.category_for(Decimal(101)),
        "must be between 0 and 100, got 101",
    ),
]


@pytest.mark.parametrize(("call", "english_text"), CASES)
def test_validation_errors_carry_a_text(call: Callable[[], Any], english_text: str) -> None:
    reason = _reason(call)
    assert reason == english_text
    assert isinstance(reason, Text), f"{reason!r} is a plain str"


def test_every_error_of_a_record_is_a_text() -> None:
    with pytest.raises(ValidationError) as info:
        records.validate("vital", {"systolic": "high", "diastolic": 300, "extra": 1}, CTX)
    assert len(info.value.errors) == 4  # extra, measured_at, systolic, diastolic
    assert all(isinstance(reason, Text) for _, reason in info.value.errors)


def test_a_custom_rule_keeps_the_text_of_a_nested_error() -> None:
    with pytest.raises(ValidationError) as info:
        records.validate("side_effect", {"term": "a\x01b", "onset_at": CTX.now}, CTX)
    assert info.value.reason == "contains a control character"
    assert isinstance(info.value.reason, Text)


# --- Messages and labels ------------------------------------------------------------------------
def test_red_flag_advice_and_grades_are_texts() -> None:
    group = side_effects.RED_FLAG_GROUPS["clot_stroke"]
    assert isinstance(group.title, Text) and isinstance(group.message, Text)
    assert group.message.startswith(f"{side_effects.URGENT}. ")
    assert all(isinstance(g, Text) for g in side_effects.GRADES.values())
    assert all(type(t) is str for t in side_effects.TERMS)  # stored terms stay plain English


def test_warnings_and_flags_are_texts() -> None:
    assert isinstance(medications.methotrexate_daily_warning("methotrexate", "daily"), Text)
    hcq = medications.hydroxychloroquine_check(400, 70)
    assert isinstance(hcq, Text) and hcq.startswith(
        "Hydroxychloroquine 400 mg a day at 70 kg is 5.71"
    )
    ladder = infusion.rate_ladder(70, 700, start_rate="0.02", max_rate="0.05", at_risk=True)
    assert all(isinstance(f, Text) for f in ladder.flags)
    assert ladder.flags[0] == (
        "max rate 0.05 mL/kg/min is above the label cap of 0.03 mL/kg/min "
        "for patients at risk of thrombosis or kidney problems"
    )
    check = infusion.dose_check("2.6")
    assert check is not None and isinstance(check[1], Text)
    outside = infusion.day_outside_course(date(2026, 1, 1), date(2026, 1, 20), 2)
    assert outside == (
        "2026-01-01 is before this course (2026-01-20 to 2026-01-21): check the date, choose the "
        "course it belongs to, or plan a course that starts on that day"
    )
    assert isinstance(outside, Text)


def test_summaries_put_translatable_pieces_together() -> None:
    status = risk.risk_status(["diabetes"], thrombosis_other=True)
    summary = status.summary()
    assert summary == (
        "At risk of thrombosis and kidney problems: I have diabetes; "
        "another thrombosis risk my doctor told me about"
    )
    assert isinstance(summary, Text)
    reasons = summary.kwargs["reasons"]
    assert all(isinstance(r, Text) and r.context == "Vocabulary" for r in reasons.args)
    assert isinstance(tis.CATEGORY_LABELS["major"], Text)


def test_dose_words_are_texts_with_the_same_english() -> None:
    weekly = schedule_words("weekly", 1, 4, style="table")
    assert weekly == "weekly (Fri)" and isinstance(weekly, Text)
    assert isinstance(weekly, Text) and weekly.kwargs["day"].context == "Vocabulary"
    assert schedule_words("daily", 3) == "3 times a day"
    both = dose_schedule_text(Decimal("7.50"), "mg", "daily", 2)
    assert both == "7.5 mg 2× daily" and isinstance(both, Text)
