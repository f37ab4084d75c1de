"""SQLModel tables: everything dmtracker records.

Conventions: every table has ``id``, ``created_at``, ``updated_at`` (aware UTC) and a soft-delete
``deleted_at``. A daily record is keyed by the patient's local calendar ``day``. Quantities are
stored in canonical units (kg, g, mL, U/L, seconds, metres) with the entered unit kept beside them.
Each table has a ``<Name>Fields`` base (its own columns, shared with the read DTOs in services).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from dmtracker.storage.types import ExactDecimal, UTCDateTime


def _dec(**kw: Any) -> Any:
    return Field(default=None, sa_type=ExactDecimal, **kw)


def _ts(**kw: Any) -> Any:
    return Field(default=None, sa_type=UTCDateTime, **kw)


def _json(default_factory: Any) -> Any:
    return Field(default_factory=default_factory, sa_type=sa.JSON)


class Tracked(SQLModel):
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    deleted_at: datetime | None = _ts(index=True)


# --- Profile ------------------------------------------------------------------------------------
class PatientProfileFields(SQLModel):
    display_name: str = ""
    sex: str = "unspecified"
    birth_year: int | None = None
    height_cm: Decimal | None = _dec()
    units: str = "metric"
    tis_baseline_visit_id: int | None = Field(
        default=None, foreign_key="clinic_assessment.id", ondelete="SET NULL"
    )
    # "another reason my doctor gave" (ticked by hand before risk factors were listed)
    thrombosis_risk: bool = False
    kidney_risk: bool = False
    ivig_interval_weeks: int = 4
    # keys of dmtracker.domain.risk.RISK_FACTORS (schema 0002)
    risk_factors: list[str] = _json(list)
    # juvenile dermatomyositis: CMAS and CHAQ, the juvenile TIS thresholds (schema 0003)
    juvenile: bool = False


class PatientProfile(Tracked, PatientProfileFields, table=True):
    __tablename__ = "patient_profile"


class BodyWeightFields(SQLModel):
    day: date = Field(index=True)
    weight_kg: Decimal = Field(sa_type=ExactDecimal)
    entered_unit: str = "kg"
    notes: str = ""


class BodyWeight(Tracked, BodyWeightFields, table=True):
    __tablename__ = "body_weight"


class AppSetting(SQLModel, table=True):
    """Settings that belong with the data (and so travel with backups and exports)."""

    __tablename__ = "app_setting"
    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_type=sa.JSON)
    updated_at: datetime = Field(sa_type=UTCDateTime)


# --- Daily --------------------------------------------------------------------------------------
class CheckInFields(SQLModel):
    day: date = Field(unique=True)
    patient_global: int | None = None
    fatigue: int | None = None
    pain: int | None = None
    itch: int | None = None
    stairs: int | None = None
    rise_chair: int | None = None
    arms_overhead: int | None = None
    head_from_pillow: int | None = None
    swallowing: int | None = None
    voice: int | None = None
    breathlessness: int | None = None
    notes: str = ""
    answered_by: str = ""  # "", "self", "parent", "child" (schema 0003)


class CheckIn(Tracked, CheckInFields, table=True):
    __tablename__ = "daily_checkin"


class SymptomEntryFields(SQLModel):
    """A timestamped entry beside the day's check-in: "a bad afternoon" (schema 0003)."""

    at: datetime = Field(sa_type=UTCDateTime, index=True)
    day: date = Field(index=True)  # the patient's local date of ``at``
    patient_global: int | None = None
    fatigue: int | None = None
    pain: int | None = None
    itch: int | None = None
    notes: str = ""
    device: str = ""  # "" this computer; else the device id of the inbox file it came from
    uid: str = Field(unique=True)  # unique across devices: re-imports change nothing


class SymptomEntry(Tracked, SymptomEntryFields, table=True):
    __tablename__ = "symptom_entry"


class DailyStepsFields(SQLModel):
    """Steps walked in a day, from a phone or a watch (schema 0003)."""

    day: date = Field(unique=True)
    steps: int
    source: str = ""  # "Apple Health", "Google Fit", "openScale", "inbox", ""


class DailySteps(Tracked, DailyStepsFields, table=True):
    __tablename__ = "daily_steps"


class SelfTestFields(SQLModel):
    day: date = Field(index=True)
    performed_at: datetime | None = _ts()
    kind: str
    custom_name: str = ""
    value: Decimal = Field(sa_type=ExactDecimal)
    unit: str
    entered_unit: str = ""
    side: str = "none"
    setting: str = "home"
    aids: str = ""
    exertion: int | None = None
    notes: str = ""


class SelfTest(Tracked, SelfTestFields, table=True):
    __tablename__ = "self_test"


class RashAssessmentFields(SQLModel):
    day: date = Field(index=True)
    site: str
    site_label: str = ""  # the user's words for an "other" site; empty for listed sites
    redness: int = 0
    scaling: int = 0
    open_sore: bool = False
    itch: int | None = None
    hair_loss: bool | None = None
    calcinosis_count: int | None = None
    notes: str = ""
    # the calcinosis log (schema 0003): the largest lump's size, infection, pain 0-10
    calcinosis_size_mm: Decimal | None = _dec()
    calcinosis_infected: bool | None = None
    calcinosis_pain: int | None = None


class RashAssessment(Tracked, RashAssessmentFields, table=True):
    __tablename__ = "rash_assessment"
    __table_args__ = (sa.UniqueConstraint("day", "site", "site_label", name="uq_rash_day_site"),)


class RashPhotoFields(SQLModel):
    rash_assessment_id: int = Field(
        foreign_key="rash_assessment.id", ondelete="CASCADE", index=True
    )
    rel_path: str  # relative to the data directory, always with forward slashes
    sha256: str
    width: int
    height: int
    taken_at: datetime | None = _ts()
    caption: str = ""


class RashPhoto(Tracked, RashPhotoFields, table=True):
    __tablename__ = "rash_photo"


# --- Infusions ----------------------------------------------------------------------------------
class InfusionCourseFields(SQLModel):
    planned_start: date = Field(index=True)
    days_planned: int
    kind: str = "induction"
    g_per_kg: Decimal = Field(sa_type=ExactDecimal)
    weight_kg: Decimal = Field(sa_type=ExactDecimal)
    product: str = ""
    concentration_percent: Decimal = Field(sa_type=ExactDecimal)
    total_g: Decimal = Field(sa_type=ExactDecimal)
    interval_weeks: int = 4
    notes: str = ""
    # schema 0002: the weight the dose used (actual | ideal | adjusted, domain.infusion); the
    # rate stays per actual kg (weight_kg). None: the actual weight (courses before 0002).
    dosing_weight_basis: str = "actual"
    dosing_weight_kg: Decimal | None = _dec()
    high_dose_confirmed: bool = False  # the user confirmed a dose above 2.5 g/kg


class InfusionCourse(Tracked, InfusionCourseFields, table=True):
    __tablename__ = "infusion_course"


class InfusionDayFields(SQLModel):
    course_id: int = Field(foreign_key="infusion_course.id", ondelete="RESTRICT", index=True)
    day: date = Field(index=True)
    day_number: int
    days_in_course: int
    product: str = ""
    concentration_percent: Decimal | None = _dec()
    lot_number: str = Field(default="", index=True)
    expiry: date | None = None
    dose_g: Decimal = Field(sa_type=ExactDecimal)
    weight_kg: Decimal = Field(sa_type=ExactDecimal)
    started_at: datetime | None = _ts()
    stopped_at: datetime | None = _ts()
    total_volume_ml: Decimal | None = _dec()
    hydration_ml: Decimal | None = _dec()
    hydration_notes: str = ""
    setting: str = "infusion_centre"
    nurse_site: str = ""
    notes: str = ""


class InfusionDay(Tracked, InfusionDayFields, table=True):
    __tablename__ = "infusion_day"
    __table_args__ = (
        sa.UniqueConstraint("course_id", "day_number", name="uq_infusion_day_number"),
    )


class RateStepFields(SQLModel):
    infusion_day_id: int = Field(foreign_key="infusion_day.id", ondelete="CASCADE", index=True)
    seq: int
    minute: int  # minutes after the start of the infusion
    rate_ml_per_kg_min: Decimal = Field(sa_type=ExactDecimal)
    rate_ml_per_h: Decimal = Field(sa_type=ExactDecimal)
    entered_unit: str = "ml_per_kg_min"


class RateStep(Tracked, RateStepFields, table=True):
    __tablename__ = "infusion_rate_step"


class PremedicationFields(SQLModel):
    infusion_day_id: int = Field(foreign_key="infusion_day.id", ondelete="CASCADE", index=True)
    drug: str
    dose: Decimal | None = _dec()
    unit: str = "mg"
    taken_at: datetime | None = _ts()


class Premedication(Tracked, PremedicationFields, table=True):
    __tablename__ = "premedication"


class VitalSignFields(SQLModel):
    infusion_day_id: int | None = Field(
        default=None, foreign_key="infusion_day.id", ondelete="CASCADE", index=True
    )
    measured_at: datetime = Field(sa_type=UTCDateTime, index=True)
    phase: str = "before"
    systolic: int | None = None
    diastolic: int | None = None
    heart_rate: int | None = None
    temperature_c: Decimal | None = _dec()
    spo2: int | None = None
    respiratory_rate: int | None = None


class VitalSign(Tracked, VitalSignFields, table=True):
    __tablename__ = "vital_sign"


class FollowUpFields(SQLModel):
    """The short check after an infusion day (days 1–3): it writes side effects."""

    infusion_day_id: int = Field(foreign_key="infusion_day.id", ondelete="CASCADE", index=True)
    day_offset: int  # 1..3 days after the infusion day
    headache: int | None = None  # 0–10
    fever: bool = False
    temperature_c: Decimal | None = _dec()  # schema 0002: asked when fever is ticked
    nausea: bool = False
    other: str = ""
    answered_at: datetime = Field(sa_type=UTCDateTime)


class FollowUp(Tracked, FollowUpFields, table=True):
    __tablename__ = "infusion_follow_up"
    __table_args__ = (
        sa.UniqueConstraint("infusion_day_id", "day_offset", name="uq_follow_up_day"),
    )


class SideEffectFields(SQLModel):
    term: str
    is_custom_term: bool = False
    onset_at: datetime = Field(sa_type=UTCDateTime, index=True)
    ended_at: datetime | None = _ts()
    grade: int = 1
    serious: bool = False
    red_flag: bool = False
    course_id: int | None = Field(
        default=None, foreign_key="infusion_course.id", ondelete="SET NULL", index=True
    )
    link_mode: str = "auto"  # auto | manual (the user chose the link, or chose none)
    action_taken: str = ""
    outcome: str = "unknown"
    follow_up_id: int | None = Field(
        default=None, foreign_key="infusion_follow_up.id", ondelete="SET NULL"
    )
    notes: str = ""


class SideEffect(Tracked, SideEffectFields, table=True):
    __tablename__ = "side_effect"
    # the unique id of a side effect that came from an inbox file (schema 0003): importing the
    # same file again changes nothing
    uid: str | None = Field(default=None, unique=True)


# --- Medications --------------------------------------------------------------------------------
class MedicationFields(SQLModel):
    name: str = Field(index=True)
    form: str = ""
    route: str = "oral"
    notes: str = ""


class Medication(Tracked, MedicationFields, table=True):
    __tablename__ = "medication"


class RegimenFields(SQLModel):
    medication_id: int = Field(foreign_key="medication.id", ondelete="CASCADE", index=True)
    dose: Decimal = Field(sa_type=ExactDecimal)
    unit: str = "mg"
    schedule: str = "daily"  # daily | weekly | course | as_needed
    weekday: int | None = None  # 0 = Monday, for weekly
    times_per_day: int = 1
    start_date: date = Field(index=True)
    end_date: date | None = None
    taper_label: str = ""  # rows made together by the taper builder share a label
    notes: str = ""


class Regimen(Tracked, RegimenFields, table=True):
    __tablename__ = "medication_regimen"


class IntakeFields(SQLModel):
    regimen_id: int = Field(foreign_key="medication_regimen.id", ondelete="CASCADE", index=True)
    day: date
    status: str = "taken"  # taken | skipped
    notes: str = ""


class Intake(Tracked, IntakeFields, table=True):
    __tablename__ = "medication_intake"
    __table_args__ = (sa.UniqueConstraint("regimen_id", "day", name="uq_intake_day"),)


# --- Clinic -------------------------------------------------------------------------------------
class LabResultFields(SQLModel):
    collected_on: date = Field(index=True)
    analyte: str = Field(index=True)
    loinc: str | None = None
    value: Decimal = Field(sa_type=ExactDecimal)  # canonical unit
    unit: str = "U/L"
    entered_value: str = ""
    entered_unit: str = ""
    ref_low: Decimal | None = _dec()
    ref_high: Decimal | None = _dec()
    lab_name: str = ""
    notes: str = ""


class LabResult(Tracked, LabResultFields, table=True):
    __tablename__ = "lab_result"


class ClinicAssessmentFields(SQLModel):
    visit_date: date = Field(index=True)
    clinician: str = ""
    physician_global: Decimal | None = _dec()
    extramuscular_global: Decimal | None = _dec()
    mmt8_scale: int | None = None  # 80 (unilateral) or 150 (bilateral)
    mmt8_total: int | None = None
    mmt_neck_flexors: int | None = None
    mmt_deltoid_right: int | None = None
    mmt_deltoid_left: int | None = None
    mmt_biceps_right: int | None = None
    mmt_biceps_left: int | None = None
    mmt_wrist_extensors_right: int | None = None
    mmt_wrist_extensors_left: int | None = None
    mmt_gluteus_maximus_right: int | None = None
    mmt_gluteus_maximus_left: int | None = None
    mmt_gluteus_medius_right: int | None = None
    mmt_gluteus_medius_left: int | None = None
    mmt_quadriceps_right: int | None = None
    mmt_quadriceps_left: int | None = None
    mmt_ankle_dorsiflexors_right: int | None = None
    mmt_ankle_dorsiflexors_left: int | None = None
    cdasi_activity: int | None = None
    cdasi_damage: int | None = None
    notes: str = ""
    # juvenile DM (schema 0003): CMAS 0-52 with its 14 items, parent global 0-10, DAS
    cmas_total: int | None = None
    cmas_items: dict[str, int] = _json(dict)
    parent_global: Decimal | None = _dec()
    das_skin: int | None = None  # 0-9
    das_muscle: int | None = None  # 0-11


class ClinicAssessment(Tracked, ClinicAssessmentFields, table=True):
    __tablename__ = "clinic_assessment"


class QuestionnaireFields(SQLModel):
    kind: str = "haq_di"
    answered_on: date = Field(index=True)
    answers: dict[str, int | None] = _json(dict)  # item number (as text) -> 0..3 or null
    aids: list[str] = _json(list)  # categories with an aid or device
    help: list[str] = _json(list)  # categories with help from another person
    score: Decimal | None = _dec()  # computed by the app when the answers were saved
    notes: str = ""
    # schema 0003: who answered ("self", "parent", "child"), the CHAQ's two 0-100 mm scales,
    # and the items answered "not applicable"
    answered_by: str = ""
    pain_mm: int | None = None
    well_being_mm: int | None = None
    not_applicable: list[str] = _json(list)


class QuestionnaireResponse(Tracked, QuestionnaireFields, table=True):
    __tablename__ = "questionnaire_response"


# Record kinds in the order exports and backups write them (parents before children).
RECORD_TABLES: tuple[type[Tracked], ...] = (
    ClinicAssessment,
    PatientProfile,
    BodyWeight,
    DailySteps,
    CheckIn,
    SymptomEntry,
    SelfTest,
    RashAssessment,
    RashPhoto,
    InfusionCourse,
    InfusionDay,
    RateStep,
    Premedication,
    VitalSign,
    FollowUp,
    SideEffect,
    Medication,
    Regimen,
    Intake,
    LabResult,
    QuestionnaireResponse,
)
