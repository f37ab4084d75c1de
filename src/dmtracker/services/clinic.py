"""Clinic results: lab values (converted to U/L), clinic visits with MMT-8, HAQ-DI answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from dmtracker.domain import chaq, cmas, haq, records, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.domain.units import ukat_to_u_per_l
from dmtracker.services.base import RecordService, term
from dmtracker.services.dto import ClinicRead, LabRead, QuestionnaireRead
from dmtracker.storage.models import ClinicAssessment, LabResult, QuestionnaireResponse


def canonical_analyte(name: str) -> str:
    """'ck' -> 'CK', 'Aldolase' -> 'aldolase'; free analytes are kept as typed."""
    for key in vocab.ANALYTES:
        if key.lower() == name.strip().lower():
            return key
    return name.strip()


class LabService(RecordService[LabResult, LabRead]):
    kind = "lab"
    table = LabResult
    read = LabRead
    date_field = "collected_on"
    order_by = ("collected_on", "analyte", "id")

    def _convert(self, clean: dict[str, Any]) -> dict[str, Any]:
        """Values and ranges come in ``entered_unit`` (U/L when not given); enzymes are stored
        in U/L (1 µkat/L = 60 U/L) with the entered value and unit kept for display."""
        out = dict(clean)
        if "analyte" in out:
            out["analyte"] = canonical_analyte(out["analyte"])
            analyte = vocab.ANALYTES.get(out["analyte"])
            out["loinc"] = analyte.loinc if analyte else None
        unit = (out.get("entered_unit") or out.get("unit") or "").strip()
        if unit.lower() in ("ukat/l", "µkat/l", "μkat/l"):
            unit = "µkat/L"
            for key in ("value", "ref_low", "ref_high"):
                if out.get(key) is not None:
                    out[key] = ukat_to_u_per_l(out[key])
            out["unit"] = "U/L"
        elif unit.upper() in ("U/L", "IU/L") or (not unit and "value" in out):
            unit = "U/L"
            out["unit"] = "U/L"
        elif unit:
            out["unit"] = unit
        if unit:
            out["entered_unit"] = unit
        if "value" in clean:
            out["entered_value"] = str(clean["value"])
        return out

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        analyte = vocab.ANALYTES.get(record["analyte"])
        if analyte is not None and record.get("unit") != analyte.unit:
            raise ValidationError(
                "entered_unit",
                translate("Clinic", "{analyte} must be in U/L or µkat/L, got {unit!r}").format(
                    analyte=term(analyte.label), unit=record["unit"]
                ),
            )

    def describe(self, row: Any) -> str:
        return translate("Clinic", "{what} on {day}").format(what=row.analyte, day=row.collected_on)


class ClinicService(RecordService[ClinicAssessment, ClinicRead]):
    kind = "clinic"
    table = ClinicAssessment
    read = ClinicRead
    date_field = "visit_date"
    order_by = ("visit_date", "id")

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        computed = records.mmt8_sum(record)
        if computed is not None:
            record["mmt8_total"] = computed
        items = record.get("cmas_items") or {}
        if len(items) == len(cmas.ITEMS):  # all 14 items: the total is their sum
            record["cmas_total"] = sum(items.values())

    def describe(self, row: Any) -> str:
        return translate("Clinic", "clinic visit on {day}").format(day=row.visit_date)


class QuestionnaireService(RecordService[QuestionnaireResponse, QuestionnaireRead]):
    """HAQ-DI and CHAQ answers with the score the app computed from them, stored beside them."""

    kind = "questionnaire"
    table = QuestionnaireResponse
    read = QuestionnaireRead
    date_field = "answered_on"
    order_by = ("answered_on", "id")

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        answers: Mapping[str, int | None] = record.get("answers") or {}
        categories = set(record.get("aids") or ()) | set(record.get("help") or ())
        if record.get("kind") == "chaq":
            given: dict[int, int | str | None] = {int(k): v for k, v in answers.items()}
            for item in record.get("not_applicable") or ():
                given[int(item)] = chaq.NOT_APPLICABLE
            record["score"] = chaq.score(given, categories).index
        else:
            record["score"] = haq.haq_di({int(k): v for k, v in answers.items()}, categories)

    def describe(self, row: Any) -> str:
        if row.kind == "chaq":
            return translate("Clinic", "CHAQ on {day}").format(day=row.answered_on)
        return translate("Clinic", "HAQ-DI on {day}").format(day=row.answered_on)
