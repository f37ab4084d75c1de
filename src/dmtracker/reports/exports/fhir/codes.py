"""FHIR code systems, the app's local codes and the small JSON helpers every resource uses."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from dmtracker.domain import cmas, vocab

LOCAL_SYSTEM = "http://dmtracker.invalid/fhir/CodeSystem/measures"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
UCUM = "http://unitsofmeasure.org"
ATC = "http://www.whocc.no/atc"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
AE_SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity"
AE_SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness"
AE_OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome"
# A side effect the patient logged as a red flag ("seek urgent medical care now", clinical.md §5,
# §8): R4 AdverseEvent has no element for it, so a local extension carries it (issue 16).
RED_FLAG_EXTENSION = "http://dmtracker.invalid/fhir/StructureDefinition/red-flag"
RED_FLAG_GROUP_EXTENSION = "http://dmtracker.invalid/fhir/StructureDefinition/red-flag-group"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"

DM_SNOMED = "396230008"
# Juvenile dermatomyositis (a juvenile profile). ICD-10 M33.0 "Juvenile dermatomyositis" (WHO
# ICD-10 2019, block M33 Dermatopolymyositis; the US ICD-10-CM splits it into M33.00-M33.09). A
# SNOMED CT concept of its own for JDM could not be verified when this was written (searches of
# the HL7 value sets and public SNOMED browsers found only 396230008 "Dermatomyositis
# (disorder)", e.g. in the HL7 COVID-19 Library IG's immune-condition value set; the candidate
# 403776005 was not confirmed anywhere), so the SNOMED coding stays the verified parent
# disorder and the juvenile form is carried by the ICD-10 code and the text.
JDM_ICD10 = ("M33.0", "Juvenile dermatomyositis")
IVIG_ATC = "J06BA02"
PAIN_LOINC = "72514-3"

ROUTE_SNOMED: dict[str, tuple[str, str]] = {
    "oral": ("26643006", "Oral route"),
    "subcutaneous": ("34206005", "Subcutaneous route"),
    "intravenous": ("47625008", "Intravenous route"),
    "intramuscular": ("78421000", "Intramuscular route"),
    "topical": ("6064005", "Topical route"),
}
UCUM_UNITS: dict[str, str] = {"mg": "mg", "g": "g", "mcg": "ug", "mL": "mL", "kg": "kg"}
SELF_TEST_UNITS: dict[str, tuple[str, str]] = {
    "count": ("count", "{count}"),
    "s": ("s", "s"),
    "m": ("m", "m"),
    "kg": ("kg", "kg"),
}
WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
GENDERS = {"female": "female", "male": "male", "other": "other", "unspecified": "unknown"}


def local_concepts() -> dict[str, str]:
    """The app's local codes and their display text (no LOINC code exists for these)."""
    concepts = {
        "daily-checkin": "Daily check-in (patient-reported)",
        "symptom-entry": "Entry during the day: how the patient felt at that time "
        "(patient-reported)",
        "patient-global": "Patient global disease activity, 0–10 (patient-reported)",
        "fatigue": "Fatigue, 0–10 (patient-reported)",
        "itch": "Worst itch, 0–10 (patient-reported)",
    }
    for key, label in vocab.FUNCTION_ITEMS.items():
        concepts[f"function-{key}"] = f"{label}: difficulty 0–3 (patient-reported)"
    for key, kind in vocab.SELF_TESTS.items():
        concepts[f"self-test-{key}"] = f"{kind.label} (self-test)"
    concepts.update(
        {
            "borg-exertion": "Perceived exertion, Borg 0–10",
            "haq-di": "HAQ-DI disability index, 0–3 (computed by the app from the answers)",
            "physician-global": "Physician global activity, 0–10 cm VAS (from the clinic)",
            "extramuscular-global": "Extramuscular global activity, 0–10 cm VAS (from the clinic)",
            "mmt8-total": "MMT-8 manual muscle testing total (from the clinic)",
            "mmt8-scale": "MMT-8 scale maximum: 80 (one side) or 150 (both sides)",
            "cdasi-activity": "CDASI activity score, 0–100 (from the clinic)",
            "cdasi-damage": "CDASI damage score, 0–32 (from the clinic)",
            # JDM measures (no LOINC code verified for the CMAS or the CHAQ: local codes)
            "cmas-total": "CMAS Childhood Myositis Assessment Scale total, 0–52, higher is "
            "better (Lovell et al. 1999; from the clinic)",
            "parent-global": "Parent global disease activity, 0–10 cm VAS (from the clinic; "
            "stands in for the patient global in JDM)",
            "das-skin": "Disease Activity Score (JDM), skin, 0–9 (from the clinic)",
            "das-muscle": "Disease Activity Score (JDM), muscle, 0–11 (from the clinic)",
            "chaq": "CHAQ disability index, 0–3 (Singh et al. 1994; computed by the app from "
            "the answers)",
            "chaq-pain": "CHAQ pain, 0–100 mm visual analogue scale",
            "chaq-well-being": "CHAQ overall well-being, 0–100 mm visual analogue scale",
            "tis": "Total Improvement Score, 2016 ACR/EULAR myositis response criteria, 0–100 "
            "(computed by the app)",
        }
    )
    for item in cmas.ITEMS:
        concepts[f"cmas-{item.key.replace('_', '-')}"] = (
            f"CMAS item {item.name!s}, 0–{item.maximum}"
        )
    return concepts


def _num(value: Decimal | int | float) -> int | float:
    d = Decimal(value)
    return int(d) if d == d.to_integral_value() else float(d)


def _empty(value: Any) -> bool:
    return value is None or (type(value) in (str, list, dict) and not value)


def _prune(value: Any) -> Any:
    """Drop empty values (FHIR allows no empty strings, lists or objects)."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            v = _prune(v) if isinstance(v, dict | list) else v
            if not _empty(v):
                out[k] = v
        return out
    if isinstance(value, list):
        items = (_prune(v) if isinstance(v, dict | list) else v for v in value)
        return [v for v in items if not _empty(v)]
    return value


def _coding(system: str, code: str, display: str = "") -> dict[str, Any]:
    return {"system": system, "code": code, "display": display}


def _quantity(value: Any, unit: str, code: str | None = None) -> dict[str, Any]:
    q: dict[str, Any] = {"value": _num(value), "unit": unit}
    if code is not None:
        q.update(system=UCUM, code=code)
    return q
