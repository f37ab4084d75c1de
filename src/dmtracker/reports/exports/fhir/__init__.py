"""FHIR R4 export: a Bundle of type ``collection`` with the whole diary (deleted records left out).

Resources (codes from docs/clinical.md §7):

- Patient (name, gender, birth year) and Condition: dermatomyositis, SNOMED CT 396230008 and
  ICD-10 M33; for a juvenile profile juvenile dermatomyositis, ICD-10 M33.0 (with the SNOMED CT
  parent 396230008: no JDM concept of its own could be verified), and the JDM measures as
  Observations with local codes (CMAS with a component per item, parent global, DAS, the CHAQ
  with pain and well-being; no LOINC code for them was verified).
- CodeSystem: the app's local codes for measures that have no LOINC code (patient-reported
  scales, function items, self-tests, HAQ-DI, MMT-8, physician and extramuscular global
  activity, CDASI, TIS), each with a clear display text.
- Observation: labs (LOINC CK 2157-6, aldolase 1761-6, LDH 2532-0, AST 1920-8, ALT 1742-6) with
  the lab's reference range and an H/L/N interpretation; vital signs (blood-pressure panel
  85354-9 with 8480-6/8462-4, heart rate 8867-4, temperature 8310-5, SpO2 2708-6, respiratory
  rate 9279-1); body weight 29463-7; one daily check-in per day with a component per scale
  (pain 0–10 is LOINC 72514-3); self-tests; clinic scores; HAQ-DI (derived from its
  QuestionnaireResponse); TIS when the app can compute it.
- QuestionnaireResponse: HAQ-DI answers per item, with aids and help per category.
- Medication (IVIG, ATC J06BA02, one per product and lot with ``batch.lotNumber``) and
  MedicationAdministration per infusion day (dose in g, the highest rate as ``rateQuantity`` in
  mL/h, every rate step in the dosage text); premedications as MedicationAdministration
  ``partOf`` the infusion.
- MedicationStatement per dose row of the other drugs (dose, timing, route, period).
- AdverseEvent per side effect: severity from the CTCAE grade, seriousness, outcome, and
  ``suspectEntity`` -> the MedicationAdministration of the infusion day before it when the app
  linked it to a course.

References are ``urn:uuid:`` full URLs, stable for the same diary (derived from the profile's
creation time and each record's id).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from dmtracker.reports.exports.fhir.codes import (
    CONDITION_CATEGORY,
    CONDITION_CLINICAL,
    CONDITION_VERIFICATION,
    DM_SNOMED,
    GENDERS,
    ICD10,
    JDM_ICD10,
    LOCAL_SYSTEM,
    RED_FLAG_EXTENSION,
    RED_FLAG_GROUP_EXTENSION,
    SNOMED,
    _coding,
    local_concepts,
)
from dmtracker.reports.exports.fhir.observations import ObservationResources
from dmtracker.reports.exports.fhir.treatments import TreatmentResources
from dmtracker.reports.exports.files import ExportResult, private_file

__all__ = [
    "LOCAL_SYSTEM",
    "RED_FLAG_EXTENSION",
    "RED_FLAG_GROUP_EXTENSION",
    "BundleBuilder",
    "bundle_text",
    "fhir_bundle",
    "local_concepts",
    "write_fhir_bundle",
]


class BundleBuilder(ObservationResources, TreatmentResources):
    """The whole diary, one resource kind after another."""

    # -- the bundle ---------------------------------------------------------------------------
    def build(self) -> dict[str, Any]:
        self.patient_and_condition()
        self.code_system()
        self.checkins()
        self.symptom_entries()
        self.weights()
        self.daily_steps()
        self.self_tests()
        self.labs()
        self.clinic()
        self.questionnaires()
        self.tis()
        admins = self.infusions()
        self.vitals()
        self.medication_statements()
        self.adverse_events(admins)
        return {
            "resourceType": "Bundle",
            "id": str(uuid.uuid5(self.ns, f"bundle/{self.clock.now().isoformat()}")),
            "type": "collection",
            "timestamp": self.moment(self.clock.now()),
            "entry": self.entries,
        }

    def patient_and_condition(self) -> None:
        p = self.profile
        birth = str(p["birth_year"]) if p.get("birth_year") else None
        self.add(
            "Patient",
            "patient",
            {
                "resourceType": "Patient",
                "name": [{"text": p.get("display_name")}] if p.get("display_name") else [],
                "gender": GENDERS.get(p.get("sex") or "unspecified", "unknown"),
                "birthDate": birth,
            },
        )
        self.add(
            "Condition",
            "dm",
            {
                "resourceType": "Condition",
                "clinicalStatus": {"coding": [_coding(CONDITION_CLINICAL, "active", "Active")]},
                "verificationStatus": {
                    "coding": [_coding(CONDITION_VERIFICATION, "confirmed", "Confirmed")]
                },
                "category": [
                    {
                        "coding": [
                            _coding(CONDITION_CATEGORY, "problem-list-item", "Problem List Item")
                        ]
                    }
                ],
                "code": self.condition_code(),
                "subject": self.patient,
            },
        )

    def condition_code(self) -> dict[str, Any]:
        """Dermatomyositis; for a juvenile profile juvenile dermatomyositis (ICD-10 M33.0 and
        the text; the SNOMED CT coding stays the parent disorder: see ``codes.JDM_ICD10``)."""
        if self.profile.get("juvenile"):
            code, display = JDM_ICD10
            return {
                "coding": [
                    _coding(SNOMED, DM_SNOMED, "Dermatomyositis (disorder)"),
                    _coding(ICD10, code, display),
                ],
                "text": "Juvenile dermatomyositis",
            }
        return {
            "coding": [
                _coding(SNOMED, DM_SNOMED, "Dermatomyositis (disorder)"),
                _coding(ICD10, "M33", "Dermatopolymyositis"),
            ],
            "text": "Dermatomyositis",
        }

    def code_system(self) -> None:
        self.add(
            "CodeSystem",
            "measures",
            {
                "resourceType": "CodeSystem",
                "url": LOCAL_SYSTEM,
                "name": "DmtrackerMeasures",
                "title": "dmtracker measures without a LOINC code",
                "status": "active",
                "content": "complete",
                "description": "Patient-reported scales, self-tests and clinic scores recorded "
                "in dmtracker. Scores marked 'computed by the app' were calculated by dmtracker "
                "from the values entered.",
                "concept": [{"code": k, "display": v} for k, v in self.concepts.items()],
            },
        )


def fhir_bundle(services: Any) -> dict[str, Any]:
    """The whole diary as a FHIR R4 Bundle (a plain dict, ready for ``json.dumps``)."""
    return BundleBuilder(services).build()


def bundle_text(bundle: dict[str, Any]) -> str:
    """JSON text with one entry per line."""
    head = {k: v for k, v in bundle.items() if k != "entry"}
    dumps = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    lines = ",\n".join(dumps(e) for e in bundle.get("entry", []))
    return dumps(head)[:-1] + ',"entry":[\n' + lines + "\n]}\n"


def write_fhir_bundle(services: Any, dest: Path, *, overwrite: bool = False) -> ExportResult:
    bundle = fhir_bundle(services)
    counts: dict[str, int] = defaultdict(int)
    for e in bundle["entry"]:
        counts[e["resource"]["resourceType"]] += 1
    with private_file(Path(dest), overwrite=overwrite) as f:
        f.write(bundle_text(bundle).encode("utf-8"))
    return ExportResult(Path(dest), "fhir", dict(counts))
