"""What each record kind may hold: field rules and the checks that span fields.

Services call :func:`validate` before any write. Checks that need the database (does the
linked infusion exist? is this day already logged?) live in the services.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from dmtracker.domain import chaq, cmas, haq, infusion, medications, risk, side_effects, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, term, translate
from dmtracker.domain.validation import (
    Bool,
    Choice,
    ChoiceList,
    Context,
    Custom,
    Day,
    Dec,
    Int,
    IntChoice,
    Moment,
    Reject,
    Rule,
    Text,
    clean,
)

ID = Int(lo=1, hi=2**62)
# the daily scales an entry during the day may hold (a subset of vocab.DAILY_SCALES)
ENTRY_SCALES = ("patient_global", "fatigue", "pain", "itch")
NOTES = Text(max_len=2000, multiline=True)


def _term(value: Any, ctx: Context) -> str:
    if not isinstance(value, str):
        raise Reject(translate("Validation", "must be text"))
    return side_effects.normalise_term(value)


def _item_list(value: Any, ctx: Context) -> list[str]:
    """Item numbers (the CHAQ's "not applicable" answers): 1–30, each once, in order."""
    if not isinstance(value, list | tuple):
        raise Reject(translate("Validation", "must be a list of item numbers 1–30"))
    out: set[int] = set()
    for key in value:
        try:
            item = int(key)
        except (TypeError, ValueError):
            item = 0
        if isinstance(key, bool) or not 1 <= item <= len(chaq.ITEMS):
            raise Reject(
                translate("Validation", "has an unknown item {item} (items are 1–30)").format(
                    item=repr(key)
                )
            )
        out.add(item)
    return [str(i) for i in sorted(out)]


def _cmas_items(value: Any, ctx: Context) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise Reject(translate("Validation", "must map CMAS items to their scores"))
    try:
        result = cmas.score(dict(value))
    except ValidationError as exc:
        raise Reject(
            translate("Validation", "{item}: {reason}").format(item=exc.field, reason=exc.reason)
        ) from None
    return {k: result.scores[k] for k in (i.key for i in cmas.ITEMS) if k in result.scores}


def _haq_answers(value: Any, ctx: Context) -> dict[str, int | None]:
    if not isinstance(value, Mapping):
        raise Reject(
            translate("Validation", "must map item numbers (1–20, the CHAQ 1–30) to answers 0–3")
        )
    out: dict[str, int | None] = {}
    for key, answer in value.items():
        try:
            item = int(key)
        except (TypeError, ValueError):
            raise Reject(
                translate("Validation", "has an unknown item {item} (items are 1–20)").format(
                    item=repr(key)
                )
            ) from None
        if not 1 <= item <= len(chaq.ITEMS):  # the HAQ-DI's 20: checked with the kind
            raise Reject(
                translate("Validation", "has an unknown item {item} (items are 1–20)").format(
                    item=item
                )
            )
        if answer is None or answer == "":
            out[str(item)] = None
            continue
        try:
            out[str(item)] = Int(lo=0, hi=3).parse(answer, ctx)
        except Reject as exc:
            raise Reject(
                translate("Validation", "item {item} {reason}").format(item=item, reason=exc.reason)
            ) from None
    return dict(sorted(out.items(), key=lambda kv: int(kv[0])))


def _birth_year(value: Any, ctx: Context) -> int:
    return Int(lo=1900, hi=ctx.latest_day.year).parse(value, ctx)


HAQ_CATEGORIES = tuple(haq.CATEGORIES)


def _answered_by(value: Any, ctx: Context) -> str:
    return str(Choice(options=tuple(vocab.ANSWERED_BY)).parse(value, ctx))


ANSWERED_BY = Custom(fn=_answered_by, empty_value="")

SCHEMAS: dict[str, dict[str, Rule]] = {
    "profile": {
        "display_name": Text(max_len=80),
        "sex": Choice(options=tuple(vocab.SEXES)),
        "birth_year": Custom(fn=_birth_year),
        "height_cm": Dec(lo=50, hi=250, places=1),
        "units": Choice(options=tuple(vocab.UNIT_SYSTEMS)),
        "tis_baseline_visit_id": ID,
        "thrombosis_risk": Bool(),
        "kidney_risk": Bool(),
        "ivig_interval_weeks": Int(lo=1, hi=26),
        "risk_factors": ChoiceList(options=tuple(risk.RISK_FACTORS)),
        "juvenile": Bool(),
    },
    "body_weight": {
        "day": Day(required=True),
        "weight_kg": Dec(required=True, lo=20, hi=400, places=2),
        "entered_unit": Choice(options=("kg", "lb")),
        "notes": Text(max_len=500, multiline=True),
    },
    "daily_steps": {
        "day": Day(required=True),
        "steps": Int(required=True, lo=0, hi=200_000),
        "source": Text(max_len=40),
    },
    "checkin": {
        "day": Day(required=True),
        **{k: Int(lo=0, hi=10) for k in vocab.DAILY_SCALES},
        **{k: Int(lo=0, hi=3) for k in vocab.FUNCTION_ITEMS},
        "notes": NOTES,
        "answered_by": ANSWERED_BY,
    },
    "self_test": {
        "day": Day(required=True),
        "performed_at": Moment(),
        "kind": Choice(required=True, options=tuple(vocab.SELF_TESTS)),
        "custom_name": Text(max_len=60),
        "value": Dec(required=True, lo=0, hi=100000, places=2),
        "unit": Text(max_len=20),
        "entered_unit": Text(max_len=20),
        "side": Choice(options=tuple(vocab.SIDES)),
        "setting": Choice(options=tuple(vocab.SETTINGS)),
        "aids": Text(max_len=200),
        "exertion": Int(lo=0, hi=10),
        "notes": NOTES,
    },
    "rash": {
        "day": Day(required=True),
        "site": Choice(required=True, options=tuple(vocab.RASH_SITES)),
        "site_label": Text(max_len=60),
        "redness": Int(lo=0, hi=3),
        "scaling": Int(lo=0, hi=2),
        "open_sore": Bool(),
        "itch": Int(lo=0, hi=10),
        "hair_loss": Bool(),
        "calcinosis_count": Int(lo=0, hi=500),
        "notes": NOTES,
        "calcinosis_size_mm": Dec(lo=0, hi=300, places=1),
        "calcinosis_infected": Bool(),
        "calcinosis_pain": Int(lo=0, hi=10),
    },
    "rash_photo": {
        "rash_assessment_id": ID,
        "caption": Text(max_len=200),
        "taken_at": Moment(),
    },
    "course": {
        "planned_start": Day(required=True, not_future=False),
        "days_planned": Int(required=True, lo=1, hi=infusion.MAX_DAYS),
        "kind": Choice(options=tuple(vocab.COURSE_KINDS)),
        "g_per_kg": Dec(required=True, lo=0, lo_open=True, hi=3, places=3),
        "weight_kg": Dec(required=True, lo=20, hi=400, places=2),
        "product": Text(max_len=80),
        "concentration_percent": Dec(required=True, lo=1, hi=30, places=1),
        "interval_weeks": Int(lo=1, hi=26),
        "notes": NOTES,
        "dosing_weight_basis": Choice(options=tuple(infusion.DOSING_BASES)),
        # computed by the service from the basis (kept here so backups check and carry it)
        "dosing_weight_kg": Dec(lo=20, hi=400, places=2),
        "high_dose_confirmed": Bool(),
    },
    "infusion_day": {
        "course_id": ID,
        "day": Day(required=True),
        "day_number": Int(required=True, lo=1, hi=5),
        "days_in_course": Int(required=True, lo=1, hi=5),
        "product": Text(max_len=80),
        "concentration_percent": Dec(lo=1, hi=30, places=1),
        "lot_number": Text(max_len=64),
        "expiry": Day(not_future=False),
        "dose_g": Dec(required=True, lo=0, lo_open=True, hi=400, places=2),
        "weight_kg": Dec(required=True, lo=20, hi=400, places=2),
        "started_at": Moment(),
        "stopped_at": Moment(),
        "total_volume_ml": Dec(lo=0, lo_open=True, hi=5000, places=1),
        "hydration_ml": Dec(lo=0, hi=5000, places=0),
        "hydration_notes": Text(max_len=200),
        "setting": Choice(options=tuple(vocab.INFUSION_SETTINGS)),
        "nurse_site": Text(max_len=120),
        "notes": NOTES,
    },
    "rate_step": {
        "minute": Int(required=True, lo=0, hi=1440),
        "rate_ml_per_kg_min": Dec(lo=0, lo_open=True, hi="0.2", places=4),
        "rate_ml_per_h": Dec(lo=0, lo_open=True, hi=2000, places=2),
        "entered_unit": Choice(options=tuple(vocab.RATE_UNITS)),
    },
    "premedication": {
        "drug": Text(required=True, max_len=80),
        "dose": Dec(lo=0, lo_open=True, hi=100000, places=3),
        "unit": Choice(options=tuple(medications.DOSE_UNITS)),
        "taken_at": Moment(),
    },
    "vital": {
        "infusion_day_id": ID,
        "measured_at": Moment(required=True),
        "phase": Choice(options=tuple(vocab.VITAL_PHASES)),
        "systolic": Int(lo=50, hi=260),
        "diastolic": Int(lo=20, hi=160),
        "heart_rate": Int(lo=20, hi=250),
        "temperature_c": Dec(lo=30, hi=45, places=1),
        "spo2": Int(lo=50, hi=100),
        "respiratory_rate": Int(lo=4, hi=60),
    },
    "follow_up": {
        "infusion_day_id": ID,
        "day_offset": Int(required=True, lo=1, hi=vocab.FOLLOW_UP_DAYS),
        "headache": Int(lo=0, hi=10),
        "fever": Bool(),
        "temperature_c": Dec(lo=30, hi=45, places=1),
        "nausea": Bool(),
        "other": Text(max_len=200),
    },
    "symptom_entry": {
        "at": Moment(required=True),
        **{k: Int(lo=0, hi=10) for k in ENTRY_SCALES},
        "notes": NOTES,
        "device": Text(max_len=40),
        "uid": Text(max_len=120),
    },
    "side_effect": {
        "term": Custom(required=True, fn=_term),
        "onset_at": Moment(required=True),
        "ended_at": Moment(),
        "grade": Int(lo=1, hi=4),
        "serious": Bool(),
        "red_flag": Bool(),
        "course_id": ID,
        "link_mode": Choice(options=("auto", "manual")),
        "action_taken": Text(max_len=200),
        "outcome": Choice(options=tuple(side_effects.OUTCOMES)),
        "notes": NOTES,
    },
    "medication": {
        "name": Text(required=True, max_len=80),
        "form": Text(max_len=40),
        "route": Choice(options=tuple(medications.ROUTES)),
        "notes": NOTES,
    },
    "regimen": {
        "medication_id": ID,
        "dose": Dec(required=True, lo=0, lo_open=True, hi=100000, places=3),
        "unit": Choice(options=tuple(medications.DOSE_UNITS)),
        "schedule": Choice(options=tuple(medications.SCHEDULES)),
        "weekday": Int(lo=0, hi=6),
        "times_per_day": Int(lo=1, hi=6),
        "start_date": Day(required=True, not_future=False),
        "end_date": Day(not_future=False),
        "taper_label": Text(max_len=60),
        "notes": NOTES,
    },
    "intake": {
        "regimen_id": ID,
        "day": Day(required=True),
        "status": Choice(options=("taken", "skipped")),
        "notes": Text(max_len=200),
    },
    "lab": {
        "collected_on": Day(required=True),
        "analyte": Text(required=True, max_len=40),
        "value": Dec(required=True, lo=0, hi=10_000_000, places=3),
        "entered_unit": Text(max_len=20),
        "unit": Text(max_len=20),
        "ref_low": Dec(lo=0, hi=10_000_000, places=3),
        "ref_high": Dec(lo=0, hi=10_000_000, places=3),
        "lab_name": Text(max_len=80),
        "notes": NOTES,
    },
    "clinic": {
        "visit_date": Day(required=True),
        "clinician": Text(max_len=80),
        "physician_global": Dec(lo=0, hi=10, places=1),
        "extramuscular_global": Dec(lo=0, hi=10, places=1),
        "mmt8_scale": IntChoice(options=vocab.MMT8_SCALES),
        "mmt8_total": Int(lo=0, hi=150),
        **{c: Int(lo=0, hi=10) for c in vocab.mmt8_columns()},
        "cdasi_activity": Int(lo=0, hi=100),
        "cdasi_damage": Int(lo=0, hi=32),
        "notes": NOTES,
        "cmas_total": Int(lo=0, hi=cmas.TOTAL_MAX),
        "cmas_items": Custom(fn=_cmas_items, empty_value={}),
        "parent_global": Dec(lo=0, hi=10, places=1),
        "das_skin": Int(lo=0, hi=9),
        "das_muscle": Int(lo=0, hi=11),
    },
    "questionnaire": {
        "kind": Choice(options=tuple(vocab.QUESTIONNAIRES)),
        "answered_on": Day(required=True),
        "answers": Custom(required=True, fn=_haq_answers, empty_value={}),
        "aids": ChoiceList(options=HAQ_CATEGORIES),
        "help": ChoiceList(options=HAQ_CATEGORIES),
        "notes": NOTES,
        "answered_by": ANSWERED_BY,
        "pain_mm": Int(lo=0, hi=chaq.VAS_MAX),
        "well_being_mm": Int(lo=0, hi=chaq.VAS_MAX),
        "not_applicable": Custom(fn=_item_list, empty_value=[]),
    },
}


# --- Checks across fields (given the whole record as it would be saved) ------------------------
def _fail(field: str, reason: str) -> None:  # reason: a Text (translate)
    raise ValidationError(field, reason)


def _check_checkin(r: dict[str, Any]) -> None:
    keys = (*vocab.DAILY_SCALES, *vocab.FUNCTION_ITEMS)
    if all(r.get(k) is None for k in keys) and not r.get("notes"):
        _fail(
            "patient_global",
            translate("Validation", "a check-in needs at least one answer or a note"),
        )


def _check_self_test(r: dict[str, Any]) -> None:
    kind = vocab.SELF_TESTS[r["kind"]]
    if kind.key == "custom":
        if not r.get("custom_name"):
            _fail("custom_name", translate("Validation", "is required for a custom test"))
        if not r.get("unit"):
            _fail("unit", translate("Validation", "is required for a custom test"))
    elif r.get("unit") not in (None, "", kind.unit):
        _fail(
            "unit",
            translate("Validation", "must be {unit} for {test}, got {value}").format(
                unit=kind.unit, test=term(kind.label), value=repr(r["unit"])
            ),
        )
    unit = r.get("unit") or kind.unit
    limit = vocab.FI3_MAX.get(kind.key, vocab.SELF_TEST_MAX.get(unit, vocab.SELF_TEST_MAX[""]))
    if r["value"] > limit:
        _fail(
            "value",
            translate("Validation", "must be at most {limit} for {test}, got {value}").format(
                limit=limit, test=term(kind.label), value=r["value"]
            ),
        )
    if unit == "count" and r["value"] != r["value"].to_integral_value():
        _fail(
            "value",
            translate("Validation", "must be a whole count, got {value}").format(value=r["value"]),
        )


def _check_rash(r: dict[str, Any]) -> None:
    if r["site"] == "other" and not r.get("site_label"):
        _fail("site_label", translate("Validation", "describe the site when it is 'other'"))
    if r["site"] != "other" and r.get("site_label"):
        _fail("site_label", translate("Validation", "is only for an 'other' site"))


def _check_infusion_day(r: dict[str, Any]) -> None:
    if r["day_number"] > r["days_in_course"]:
        _fail(
            "day_number",
            translate("Validation", "day {day} of {days} is not possible").format(
                day=r["day_number"], days=r["days_in_course"]
            ),
        )
    start, stop = r.get("started_at"), r.get("stopped_at")
    if start and stop and stop < start:
        _fail("stopped_at", translate("Validation", "is before the start time"))


def _check_rate_step(r: dict[str, Any]) -> None:
    if r.get("rate_ml_per_kg_min") is None and r.get("rate_ml_per_h") is None:
        _fail(
            "rate_ml_per_kg_min", translate("Validation", "give the rate in mL/kg/min or in mL/h")
        )


def _check_vital(r: dict[str, Any]) -> None:
    values = ("systolic", "diastolic", "heart_rate", "temperature_c", "spo2", "respiratory_rate")
    if all(r.get(k) is None for k in values):
        _fail("systolic", translate("Validation", "give at least one measurement"))
    if (r.get("systolic") is None) != (r.get("diastolic") is None):
        _fail("diastolic", translate("Validation", "blood pressure needs both numbers"))
    if r.get("systolic") is not None and r["diastolic"] >= r["systolic"]:
        _fail("diastolic", translate("Validation", "must be lower than the systolic pressure"))


def _check_side_effect(r: dict[str, Any]) -> None:
    if r.get("ended_at") and r["ended_at"] < r["onset_at"]:
        _fail("ended_at", translate("Validation", "is before the onset"))


def _check_follow_up(r: dict[str, Any]) -> None:
    if r.get("temperature_c") is not None and not r.get("fever"):
        _fail("temperature_c", translate("Validation", "is only asked when fever is ticked"))


def _check_regimen(r: dict[str, Any], medication_name: str = "") -> None:
    if r.get("schedule") == "weekly" and r.get("weekday") is None:
        _fail("weekday", translate("Validation", "a weekly dose needs the day of the week"))
    if r.get("schedule") != "weekly" and r.get("weekday") is not None:
        _fail("weekday", translate("Validation", "is only for a weekly dose"))
    if r.get("end_date") and r["end_date"] < r["start_date"]:
        _fail("end_date", translate("Validation", "is before the start date"))
    warning = medications.methotrexate_daily_warning(medication_name, r.get("schedule", ""))
    if warning:
        _fail("schedule", warning)


def _check_lab(r: dict[str, Any]) -> None:
    low, high = r.get("ref_low"), r.get("ref_high")
    if low is not None and high is not None and low > high:
        _fail("ref_high", translate("Validation", "is below the reference low"))


def mmt8_sum(r: Mapping[str, Any]) -> int | None:
    """The MMT-8 total from the muscles entered, on the record's scale; None if incomplete.

    0–150 needs all 15 (neck once, seven muscles each side); 0–80 needs the neck and one whole
    side (the right side when both are complete).
    """
    scale = r.get("mmt8_scale")
    cols = vocab.mmt8_columns()
    if scale == 150:
        values: list[int | None] = [r.get(c) for c in cols]
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)
    if scale == 80:
        for side in ("right", "left"):
            values = [r.get("mmt_neck_flexors")] + [
                r.get(f"mmt_{m}_{side}") for m in list(vocab.MMT8_MUSCLES)[1:]
            ]
            if all(v is not None for v in values):
                return sum(v for v in values if v is not None)
    return None


def _check_questionnaire(r: dict[str, Any]) -> None:
    answers = r.get("answers") or {}
    if r.get("kind", "haq_di") == "haq_di":
        for key in answers:
            if int(key) > len(haq.ITEMS):
                _fail(
                    "answers",
                    translate("Validation", "has an unknown item {item} (items are 1–20)").format(
                        item=int(key)
                    ),
                )
        for name in ("pain_mm", "well_being_mm"):
            if r.get(name) is not None:
                _fail(name, translate("Validation", "belongs to the CHAQ, not the HAQ-DI"))
        if r.get("not_applicable"):
            _fail("not_applicable", translate("Validation", "belongs to the CHAQ, not the HAQ-DI"))
    both = set(r.get("not_applicable") or ()) & {k for k, v in answers.items() if v is not None}
    if both:
        _fail(
            "not_applicable",
            translate("Validation", "item {item} has an answer and is also not applicable").format(
                item=min(both, key=int)
            ),
        )


def _check_cmas(r: dict[str, Any]) -> None:
    items = r.get("cmas_items") or {}
    total = r.get("cmas_total")
    complete = bool(items) and len(items) == len(cmas.ITEMS)
    if complete and total is not None and sum(items.values()) != total:
        _fail(
            "cmas_total",
            translate(
                "Validation", "is {total} but the CMAS items entered add up to {computed}"
            ).format(total=total, computed=sum(items.values())),
        )


def _check_clinic(r: dict[str, Any]) -> None:
    _check_cmas(r)
    scale = r.get("mmt8_scale")
    muscles = [c for c in vocab.mmt8_columns() if r.get(c) is not None]
    if (muscles or r.get("mmt8_total") is not None) and scale is None:
        _fail(
            "mmt8_scale",
            translate("Validation", "choose 0–80 (one side) or 0–150 (both sides) for the MMT-8"),
        )
    total = r.get("mmt8_total")
    if scale is not None and total is not None and total > scale:
        _fail(
            "mmt8_total",
            translate(
                "Validation", "must be at most {scale} on the 0–{scale} scale, got {total}"
            ).format(scale=scale, total=total),
        )
    computed = mmt8_sum(r)
    if computed is not None and total is not None and computed != total:
        _fail(
            "mmt8_total",
            translate(
                "Validation", "is {total} but the muscles entered add up to {computed}"
            ).format(total=total, computed=computed),
        )


def _check_symptom_entry(r: dict[str, Any]) -> None:
    if all(r.get(k) is None for k in ENTRY_SCALES) and not (r.get("notes") or "").strip():
        _fail("pain", translate("Validation", "give at least one of the scales or a note"))


CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "symptom_entry": _check_symptom_entry,
    "checkin": _check_checkin,
    "self_test": _check_self_test,
    "rash": _check_rash,
    "infusion_day": _check_infusion_day,
    "rate_step": _check_rate_step,
    "vital": _check_vital,
    "side_effect": _check_side_effect,
    "follow_up": _check_follow_up,
    "regimen": _check_regimen,
    "lab": _check_lab,
    "clinic": _check_clinic,
    "questionnaire": _check_questionnaire,
}

KIND_NAMES: dict[str, str] = {
    "profile": QT_TRANSLATE_NOOP("Vocabulary", "profile"),
    "body_weight": QT_TRANSLATE_NOOP("Vocabulary", "weight"),
    "daily_steps": QT_TRANSLATE_NOOP("Vocabulary", "daily steps"),
    "checkin": QT_TRANSLATE_NOOP("Vocabulary", "check-in"),
    "self_test": QT_TRANSLATE_NOOP("Vocabulary", "self-test"),
    "rash": QT_TRANSLATE_NOOP("Vocabulary", "rash entry"),
    "rash_photo": QT_TRANSLATE_NOOP("Vocabulary", "rash photo"),
    "course": QT_TRANSLATE_NOOP("Vocabulary", "infusion course"),
    "infusion_day": QT_TRANSLATE_NOOP("Vocabulary", "infusion day"),
    "rate_step": QT_TRANSLATE_NOOP("Vocabulary", "rate step"),
    "premedication": QT_TRANSLATE_NOOP("Vocabulary", "premedication"),
    "vital": QT_TRANSLATE_NOOP("Vocabulary", "vital signs"),
    "follow_up": QT_TRANSLATE_NOOP("Vocabulary", "follow-up"),
    "side_effect": QT_TRANSLATE_NOOP("Vocabulary", "side effect"),
    "symptom_entry": QT_TRANSLATE_NOOP("Vocabulary", "entry during the day"),
    "medication": QT_TRANSLATE_NOOP("Vocabulary", "medication"),
    "regimen": QT_TRANSLATE_NOOP("Vocabulary", "dose"),
    "intake": QT_TRANSLATE_NOOP("Vocabulary", "dose log"),
    "lab": QT_TRANSLATE_NOOP("Vocabulary", "lab result"),
    "clinic": QT_TRANSLATE_NOOP("Vocabulary", "clinic visit"),
    "questionnaire": QT_TRANSLATE_NOOP("Vocabulary", "questionnaire"),
}


def validate(
    kind: str, data: Mapping[str, Any], ctx: Context, *, partial: bool = False
) -> dict[str, Any]:
    """Field rules only (``partial`` for an edit): the clean values of the fields given."""
    return clean(SCHEMAS[kind], data, ctx, partial=partial, kind=term(KIND_NAMES[kind]))


def check_record(kind: str, record: dict[str, Any], **extra: Any) -> None:
    """Cross-field checks on the whole record as it would be saved."""
    fn = CHECKS.get(kind)
    if fn is not None:
        fn(record, **extra)
