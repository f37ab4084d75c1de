"""The rules a JSON backup's rows are checked with: each table's record kind
(:mod:`dmtracker.domain.records`) plus the columns the kinds do not declare (ids, timestamps,
derived values)."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import SQLModel

from dmtracker.domain.messages import translate
from dmtracker.domain.validation import (
    Bool,
    Context,
    Custom,
    Day,
    Dec,
    Int,
    Moment,
    Reject,
    Rule,
    Text,
)
from dmtracker.storage.models import RECORD_TABLES, AppSetting

# Every table in the order a backup writes and an import inserts it (parents before children).
TABLES: tuple[type[SQLModel], ...] = (*RECORD_TABLES, AppSetting)

# The record kind (domain/records.py) whose rules check each table's columns.
KIND_OF_TABLE: dict[str, str] = {
    "clinic_assessment": "clinic",
    "patient_profile": "profile",
    "body_weight": "body_weight",
    "daily_steps": "daily_steps",
    "daily_checkin": "checkin",
    "symptom_entry": "symptom_entry",
    "self_test": "self_test",
    "rash_assessment": "rash",
    "rash_photo": "rash_photo",
    "infusion_course": "course",
    "infusion_day": "infusion_day",
    "infusion_rate_step": "rate_step",
    "premedication": "premedication",
    "vital_sign": "vital",
    "infusion_follow_up": "follow_up",
    "side_effect": "side_effect",
    "medication": "medication",
    "medication_regimen": "regimen",
    "medication_intake": "intake",
    "lab_result": "lab",
    "questionnaire_response": "questionnaire",
}


# --- Rules for the columns the record kinds do not declare (ids, timestamps, derived values) --
_ID = Int(lo=1, hi=2**62)
_HEX64 = re.compile(r"[0-9a-f]{64}")
_PHOTO_PATH = re.compile(r"photos/[0-9]{4}/[A-Za-z0-9][A-Za-z0-9._-]{0,200}")
_LOINC = re.compile(r"[0-9]{1,8}-[0-9]")


def _photo_path(value: Any, ctx: Context) -> str:
    if not isinstance(value, str) or not _PHOTO_PATH.fullmatch(value) or ".." in value:
        raise Reject(
            translate(
                "Import", "must be a photo path like photos/2026/name.png, got {value!r}"
            ).format(value=value)
        )
    return value


def _sha256(value: Any, ctx: Context) -> str:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise Reject(translate("Import", "must be 64 lower-case hexadecimal digits"))
    return value


def _loinc(value: Any, ctx: Context) -> str:
    if not isinstance(value, str) or not _LOINC.fullmatch(value):
        raise Reject(
            translate("Import", "must be a LOINC code like 2157-6, got {value!r}").format(
                value=value
            )
        )
    return value


def _uid(value: Any, ctx: Context) -> str | None:
    """A record's id across devices (``"<device>:<id>"``), or none (an empty one is none)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 120:
        raise Reject(translate("Import", "must be text of at most 120 characters"))
    return value


COMMON_RULES: dict[str, Rule] = {
    "id": Int(required=True, lo=1, hi=2**62),
    "created_at": Moment(required=True, not_future=False),
    "updated_at": Moment(required=True, not_future=False),
    "deleted_at": Moment(not_future=False),
}
# Columns a table holds beyond its record kind's fields. Derived values (computed by the app)
# are checked for range but not for the decimal places of a typed value.
EXTRA_RULES: dict[str, dict[str, Rule]] = {
    "rash_photo": {
        "rash_assessment_id": Int(required=True, lo=1, hi=2**62),
        "rel_path": Custom(required=True, fn=_photo_path),
        "sha256": Custom(required=True, fn=_sha256),
        "width": Int(required=True, lo=1, hi=100_000),
        "height": Int(required=True, lo=1, hi=100_000),
    },
    "infusion_course": {"total_g": Dec(required=True, lo=0, lo_open=True, hi=2000, places=None)},
    "infusion_day": {"course_id": Int(required=True, lo=1, hi=2**62)},
    "infusion_rate_step": {
        "infusion_day_id": Int(required=True, lo=1, hi=2**62),
        "seq": Int(required=True, lo=0, hi=10_000),
        "rate_ml_per_kg_min": Dec(required=True, lo=0, lo_open=True, hi="0.2", places=None),
        "rate_ml_per_h": Dec(required=True, lo=0, lo_open=True, hi=2000, places=None),
    },
    "premedication": {"infusion_day_id": Int(required=True, lo=1, hi=2**62)},
    "infusion_follow_up": {
        "infusion_day_id": Int(required=True, lo=1, hi=2**62),
        "answered_at": Moment(required=True, not_future=False),
    },
    "side_effect": {"is_custom_term": Bool(), "follow_up_id": _ID, "uid": Custom(fn=_uid)},
    "symptom_entry": {"day": Day(required=True), "uid": Text(required=True, max_len=120)},
    "medication_regimen": {"medication_id": Int(required=True, lo=1, hi=2**62)},
    "medication_intake": {"regimen_id": Int(required=True, lo=1, hi=2**62)},
    "lab_result": {
        "loinc": Custom(fn=_loinc),
        "entered_value": Text(max_len=40),
    },
    "questionnaire_response": {"score": Dec(lo=0, hi=3, places=None)},
    "app_setting": {
        "key": Text(required=True, max_len=100),
        "updated_at": Moment(required=True, not_future=False),
    },
}
