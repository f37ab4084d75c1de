"""Immutable read models (DTOs) that services return: never live ORM rows.

Each is the table's own fields plus id and timestamps, frozen.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import ConfigDict
from sqlmodel import SQLModel

from dmtracker.storage import models as m


class ReadFields(SQLModel):
    # SQLModel types model_config as its own (private) SQLModelConfig; ConfigDict has its keys
    model_config = ConfigDict(frozen=True)  # type: ignore[assignment]
    id: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None


class ProfileRead(ReadFields, m.PatientProfileFields):
    pass


class BodyWeightRead(ReadFields, m.BodyWeightFields):
    pass


class CheckInRead(ReadFields, m.CheckInFields):
    pass


class SymptomEntryRead(ReadFields, m.SymptomEntryFields):
    pass


class SelfTestRead(ReadFields, m.SelfTestFields):
    pass


class RashRead(ReadFields, m.RashAssessmentFields):
    pass


class RashPhotoRead(ReadFields, m.RashPhotoFields):
    pass


class CourseRead(ReadFields, m.InfusionCourseFields):
    pass


class InfusionDayRead(ReadFields, m.InfusionDayFields):
    pass


class RateStepRead(ReadFields, m.RateStepFields):
    pass


class PremedicationRead(ReadFields, m.PremedicationFields):
    pass


class VitalRead(ReadFields, m.VitalSignFields):
    pass


class FollowUpRead(ReadFields, m.FollowUpFields):
    pass


class SideEffectRead(ReadFields, m.SideEffectFields):
    uid: str | None = None  # "<device>:<id>" of one that came from an inbox file


class MedicationRead(ReadFields, m.MedicationFields):
    pass


class RegimenRead(ReadFields, m.RegimenFields):
    pass


class IntakeRead(ReadFields, m.IntakeFields):
    pass


class LabRead(ReadFields, m.LabResultFields):
    pass


class ClinicRead(ReadFields, m.ClinicAssessmentFields):
    pass


class QuestionnaireRead(ReadFields, m.QuestionnaireFields):
    pass


class InfusionDayDetail(SQLModel):
    """An infusion day with what was recorded inside it."""

    # SQLModel types model_config as its own (private) SQLModelConfig; ConfigDict has its keys
    model_config = ConfigDict(frozen=True)  # type: ignore[assignment]
    day: InfusionDayRead
    rate_steps: tuple[RateStepRead, ...] = ()
    premedications: tuple[PremedicationRead, ...] = ()
    vitals: tuple[VitalRead, ...] = ()
