"""FHIR R4 export: a Bundle of type ``collection`` with the whole diary (deleted records left out).

Resources (codes from docs/clinical.md §7):

- Patient (name, gender, birth year) and Condition: dermatomyositis, SNOMED CT 396230008 and
  ICD-10 M33.
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
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from dmtracker.domain import haq, medications, side_effects, vocab
from dmtracker.domain.dose_text import schedule_words
from dmtracker.reports.files import ExportResult, private_file

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
            "tis": "Total Improvement Score, 2016 ACR/EULAR myositis response criteria, 0–100 "
            "(computed by the app)",
        }
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


class BundleBuilder:
    def __init__(self, services: Any):
        self.services = services
        self.clock = services.clock
        self.tables = {t.name: list(t.rows) for t in services.transfer.tables()}
        profiles = self.tables["patient_profile"]
        self.profile = profiles[0] if profiles else {}
        seed = self.profile.get("created_at")
        self.ns = uuid.uuid5(uuid.NAMESPACE_URL, f"dmtracker:{seed.isoformat() if seed else '-'}")
        self.entries: list[dict[str, Any]] = []
        self.concepts = local_concepts()

    # -- helpers ------------------------------------------------------------------------------
    def url(self, kind: str, ident: Any) -> str:
        return f"urn:uuid:{uuid.uuid5(self.ns, f'{kind}/{ident}')}"

    def ref(self, kind: str, ident: Any) -> dict[str, str]:
        return {"reference": self.url(kind, ident)}

    def add(self, kind: str, ident: Any, resource: dict[str, Any]) -> None:
        full = self.url(kind, ident)
        resource = _prune({**resource, "id": full.removeprefix("urn:uuid:")})
        self.entries.append({"fullUrl": full, "resource": resource})

    def local(self, code: str) -> dict[str, Any]:
        return {"coding": [_coding(LOCAL_SYSTEM, code, self.concepts[code])]}

    def moment(self, value: datetime | None) -> str | None:
        return None if value is None else self.clock.local(value).isoformat()

    @property
    def patient(self) -> dict[str, str]:
        return self.ref("Patient", "patient")

    def observation(
        self,
        kind: str,
        ident: Any,
        code: dict[str, Any],
        category: str,
        when: date | datetime,
        **fields: Any,
    ) -> None:
        effective = self.moment(when) if isinstance(when, datetime) else when.isoformat()
        self.add(
            kind,
            ident,
            {
                "resourceType": "Observation",
                "status": "final",
                "category": [{"coding": [_coding(OBS_CATEGORY, category)]}],
                "code": code,
                "subject": self.patient,
                "effectiveDateTime": effective,
                **fields,
            },
        )

    # -- the bundle ---------------------------------------------------------------------------
    def build(self) -> dict[str, Any]:
        self.patient_and_condition()
        self.code_system()
        self.checkins()
        self.weights()
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
                "code": {
                    "coding": [
                        _coding(SNOMED, DM_SNOMED, "Dermatomyositis (disorder)"),
                        _coding(ICD10, "M33", "Dermatopolymyositis"),
                    ],
                    "text": "Dermatomyositis",
                },
                "subject": self.patient,
            },
        )

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

    def checkins(self) -> None:
        for r in self.tables["daily_checkin"]:
            components = []
            for key in (*vocab.DAILY_SCALES, *vocab.FUNCTION_ITEMS):
                value = r.get(key)
                if value is None:
                    continue
                if key == "pain":
                    code = {
                        "coding": [
                            _coding(LOINC, PAIN_LOINC, "Pain severity 0-10 verbal numeric rating")
                        ],
                        "text": "Pain, 0–10 (patient-reported)",
                    }
                elif key in vocab.FUNCTION_ITEMS:
                    code = self.local(f"function-{key}")
                else:
                    code = self.local(key.replace("_", "-"))
                components.append({"code": code, "valueInteger": value})
            self.observation(
                "checkin",
                r["id"],
                self.local("daily-checkin"),
                "survey",
                r["day"],
                component=components,
                note=[{"text": r["notes"]}] if r.get("notes") else [],
            )

    def weights(self) -> None:
        for r in self.tables["body_weight"]:
            self.observation(
                "weight",
                r["id"],
                {"coding": [_coding(LOINC, "29463-7", "Body weight")], "text": "Body weight"},
                "vital-signs",
                r["day"],
                valueQuantity=_quantity(r["weight_kg"], "kg", "kg"),
            )

    def self_tests(self) -> None:
        for r in self.tables["self_test"]:
            kind = vocab.SELF_TESTS[r["kind"]]
            unit, code = SELF_TEST_UNITS.get(r["unit"], (r["unit"], None))
            notes = [
                f"Setting: {vocab.SETTINGS.get(r['setting'], r['setting'])}",
                f"Aids: {r['aids']}" if r.get("aids") else "",
                r.get("notes") or "",
            ]
            name = r["custom_name"] if kind.key == "custom" else kind.label
            when = r["performed_at"] or r["day"]
            self.observation(
                "self_test",
                r["id"],
                {**self.local(f"self-test-{kind.key}"), "text": name},
                "exam",
                when,
                valueQuantity=_quantity(r["value"], unit, code),
                bodySite={"text": vocab.SIDES[r["side"]]} if r["side"] != "none" else None,
                component=[{"code": self.local("borg-exertion"), "valueInteger": r["exertion"]}]
                if r.get("exertion") is not None
                else [],
                note=[{"text": "\n".join(n for n in notes if n)}],
            )

    def labs(self) -> None:
        for r in self.tables["lab_result"]:
            analyte = vocab.ANALYTES.get(r["analyte"])
            label = analyte.label if analyte else r["analyte"]
            coding = [_coding(LOINC, r["loinc"], label)] if r.get("loinc") else []
            unit_code = "U/L" if r["unit"] == "U/L" else None
            low, high = r.get("ref_low"), r.get("ref_high")
            flag = None
            if high is not None and r["value"] > high:
                flag = ("H", "High")
            elif low is not None and r["value"] < low:
                flag = ("L", "Low")
            elif low is not None or high is not None:
                flag = ("N", "Normal")
            ref_range = {
                "low": _quantity(low, r["unit"], unit_code) if low is not None else None,
                "high": _quantity(high, r["unit"], unit_code) if high is not None else None,
                "text": f"Reference range of {r['lab_name']}" if r.get("lab_name") else None,
            }
            self.observation(
                "lab",
                r["id"],
                {"coding": coding, "text": label},
                "laboratory",
                r["collected_on"],
                valueQuantity=_quantity(r["value"], r["unit"], unit_code),
                referenceRange=[ref_range] if low is not None or high is not None else [],
                interpretation=[{"coding": [_coding(INTERPRETATION, *flag)]}] if flag else [],
                note=[{"text": r["notes"]}] if r.get("notes") else [],
            )

    def clinic(self) -> None:
        for r in self.tables["clinic_assessment"]:
            day = r["visit_date"]
            note = [{"text": f"Clinician: {r['clinician']}"}] if r.get("clinician") else []
            for key, code in (
                ("physician_global", "physician-global"),
                ("extramuscular_global", "extramuscular-global"),
            ):
                if r.get(key) is not None:
                    self.observation(
                        f"clinic-{code}",
                        r["id"],
                        self.local(code),
                        "exam",
                        day,
                        valueQuantity=_quantity(r[key], "cm", "cm"),
                        note=note,
                    )
            if r.get("mmt8_total") is not None:
                self.observation(
                    "clinic-mmt8",
                    r["id"],
                    self.local("mmt8-total"),
                    "exam",
                    day,
                    valueInteger=r["mmt8_total"],
                    component=[{"code": self.local("mmt8-scale"), "valueInteger": r["mmt8_scale"]}]
                    if r.get("mmt8_scale")
                    else [],
                    note=note,
                )
            for key, code in (
                ("cdasi_activity", "cdasi-activity"),
                ("cdasi_damage", "cdasi-damage"),
            ):
                if r.get(key) is not None:
                    self.observation(
                        f"clinic-{code}",
                        r["id"],
                        self.local(code),
                        "exam",
                        day,
                        valueInteger=r[key],
                        note=note,
                    )

    def questionnaires(self) -> None:
        for r in self.tables["questionnaire_response"]:
            if r["kind"] != "haq_di":
                continue
            answers = r.get("answers") or {}
            items: list[dict[str, Any]] = []
            for n in range(1, 21):
                value = answers.get(str(n))
                items.append(
                    {
                        "linkId": str(n),
                        "text": haq.question_text(n),
                        "answer": [{"valueInteger": value}] if value is not None else [],
                    }
                )
            for key, text in (
                ("aids", "Categories with an aid or device"),
                ("help", "Categories with help from another person"),
            ):
                chosen = r.get(key) or []
                if chosen:
                    items.append(
                        {
                            "linkId": key,
                            "text": text,
                            "answer": [
                                {"valueString": haq.CATEGORIES[c].label}
                                for c in chosen
                                if c in haq.CATEGORIES
                            ],
                        }
                    )
            self.add(
                "QuestionnaireResponse",
                r["id"],
                {
                    "resourceType": "QuestionnaireResponse",
                    "status": "completed",
                    "subject": self.patient,
                    "authored": r["answered_on"].isoformat(),
                    "item": items,
                },
            )
            if r.get("score") is not None:
                self.observation(
                    "haq",
                    r["id"],
                    self.local("haq-di"),
                    "survey",
                    r["answered_on"],
                    valueQuantity={"value": _num(r["score"])},
                    derivedFrom=[self.ref("QuestionnaireResponse", r["id"])],
                )

    def tis(self) -> None:
        """The TIS of every clinic visit after the baseline (ScoreService), computed by the app.

        A partial TIS (fewer than six measures) says so in its note and has no category.
        """
        report = self.services.scores.report()
        if report.baseline is None:
            return
        base = report.baseline.visit_date.isoformat()
        for row in report.rows:
            if row.total is None:
                continue
            self.observation(
                "tis",
                row.visit_id,
                self.local("tis"),
                "exam",
                row.visit_date,
                valueQuantity={"value": _num(row.total)},
                interpretation=[{"text": row.category_text()}],
                note=[{"text": f"{row.summary()}. Baseline: the clinic visit of {base}."}],
            )

    # -- treatments ---------------------------------------------------------------------------
    def infusions(self) -> dict[int, list[dict[str, Any]]]:
        """MedicationAdministration per infusion day; returns the days of each course."""
        steps: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for s in self.tables["infusion_rate_step"]:
            steps[s["infusion_day_id"]].append(s)
        premeds: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for p in self.tables["premedication"]:
            premeds[p["infusion_day_id"]].append(p)
        courses = {c["id"]: c for c in self.tables["infusion_course"]}
        medications_seen: dict[tuple[Any, ...], str] = {}
        by_course: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for d in self.tables["infusion_day"]:
            by_course[d["course_id"]].append(d)
            course = courses.get(d["course_id"], {})
            product = d.get("product") or course.get("product") or "IVIG"
            conc = d.get("concentration_percent") or course.get("concentration_percent")
            key = (product, conc, d.get("lot_number") or "", d.get("expiry"))
            if key not in medications_seen:
                ident = len(medications_seen) + 1
                medications_seen[key] = self.url("Medication", ident)
                text = f"{product} {_num(conc)} %" if conc is not None else product
                self.add(
                    "Medication",
                    ident,
                    {
                        "resourceType": "Medication",
                        "code": {
                            "coding": [
                                _coding(
                                    ATC,
                                    IVIG_ATC,
                                    "immunoglobulins, normal human, for intravascular adm.",
                                )
                            ],
                            "text": text,
                        },
                        "batch": {
                            "lotNumber": d.get("lot_number"),
                            "expirationDate": d["expiry"].isoformat() if d.get("expiry") else None,
                        },
                    },
                )
            day_steps = sorted(steps.get(d["id"], []), key=lambda s: s["seq"])
            step_text = "; ".join(
                f"from minute {s['minute']}: {_num(s['rate_ml_per_kg_min'])} mL/kg/min "
                f"({_num(s['rate_ml_per_h'])} mL/h)"
                for s in day_steps
            )
            top = max((s["rate_ml_per_h"] for s in day_steps), default=None)
            start, stop = d.get("started_at"), d.get("stopped_at")
            effective: dict[str, Any]
            if start is not None:
                effective = {
                    "effectivePeriod": {"start": self.moment(start), "end": self.moment(stop)}
                }
            else:
                effective = {"effectiveDateTime": d["day"].isoformat()}
            notes = [
                f"Day {d['day_number']} of {d['days_in_course']} of the IVIG course starting "
                f"{course['planned_start'].isoformat()}"
                if course
                else "",
                f"Body weight used: {_num(d['weight_kg'])} kg",
                f"Total volume: {_num(d['total_volume_ml'])} mL"
                if d.get("total_volume_ml")
                else "",
                f"Setting: {vocab.INFUSION_SETTINGS.get(d['setting'], d['setting'])}",
                f"Hydration: {_num(d['hydration_ml'])} mL" if d.get("hydration_ml") else "",
                d.get("hydration_notes") or "",
                d.get("notes") or "",
            ]
            self.add(
                "MedicationAdministration",
                d["id"],
                {
                    "resourceType": "MedicationAdministration",
                    "status": "completed",
                    "medicationReference": {"reference": medications_seen[key], "display": product},
                    "subject": self.patient,
                    **effective,
                    "dosage": {
                        "text": f"Rate steps: {step_text}" if step_text else None,
                        "route": {"coding": [_coding(SNOMED, *ROUTE_SNOMED["intravenous"])]},
                        "dose": _quantity(d["dose_g"], "g", "g"),
                        "rateQuantity": _quantity(top, "mL/h", "mL/h") if top is not None else None,
                    },
                    "note": [{"text": "\n".join(n for n in notes if n)}],
                },
            )
            for p in premeds.get(d["id"], []):
                dose = None
                if p.get("dose") is not None:
                    dose = _quantity(p["dose"], p["unit"], UCUM_UNITS.get(p["unit"]))
                taken = self.moment(p["taken_at"]) if p.get("taken_at") else d["day"].isoformat()
                self.add(
                    "MedicationAdministration/premedication",
                    p["id"],
                    {
                        "resourceType": "MedicationAdministration",
                        "status": "completed",
                        "partOf": [self.ref("MedicationAdministration", d["id"])],
                        "medicationCodeableConcept": {"text": p["drug"]},
                        "subject": self.patient,
                        "effectiveDateTime": taken,
                        "dosage": {"text": "Premedication before IVIG", "dose": dose},
                    },
                )
        return by_course

    def vitals(self) -> None:
        for v in self.tables["vital_sign"]:
            part_of = (
                [self.ref("MedicationAdministration", v["infusion_day_id"])]
                if v.get("infusion_day_id")
                else []
            )
            note = (
                [{"text": f"{vocab.VITAL_PHASES.get(v['phase'], v['phase'])} the infusion"}]
                if part_of
                else []
            )
            common = {"partOf": part_of, "note": note}
            when = v["measured_at"]
            if v.get("systolic") is not None and v.get("diastolic") is not None:
                self.observation(
                    "vital-bp",
                    v["id"],
                    {
                        "coding": [_coding(LOINC, "85354-9", "Blood pressure panel")],
                        "text": "Blood pressure",
                    },
                    "vital-signs",
                    when,
                    component=[
                        {
                            "code": {
                                "coding": [_coding(LOINC, "8480-6", "Systolic blood pressure")]
                            },
                            "valueQuantity": _quantity(v["systolic"], "mmHg", "mm[Hg]"),
                        },
                        {
                            "code": {
                                "coding": [_coding(LOINC, "8462-4", "Diastolic blood pressure")]
                            },
                            "valueQuantity": _quantity(v["diastolic"], "mmHg", "mm[Hg]"),
                        },
                    ],
                    **common,
                )
            for key, loinc, display, unit, code in (
                ("heart_rate", "8867-4", "Heart rate", "beats/min", "/min"),
                ("temperature_c", "8310-5", "Body temperature", "°C", "Cel"),
                ("spo2", "2708-6", "Oxygen saturation in Arterial blood", "%", "%"),
                ("respiratory_rate", "9279-1", "Respiratory rate", "breaths/min", "/min"),
            ):
                if v.get(key) is None:
                    continue
                self.observation(
                    f"vital-{key}",
                    v["id"],
                    {"coding": [_coding(LOINC, loinc, display)], "text": display},
                    "vital-signs",
                    when,
                    valueQuantity=_quantity(v[key], unit, code),
                    **common,
                )

    def medication_statements(self) -> None:
        meds = {m["id"]: m for m in self.tables["medication"]}
        today = self.clock.today()
        for r in self.tables["medication_regimen"]:
            med = meds.get(r["medication_id"])
            if med is None:
                continue
            if r["start_date"] > today:
                status = "intended"
            elif r.get("end_date") is not None and r["end_date"] < today:
                status = "completed"
            else:
                status = "active"
            timing: dict[str, Any] | None = None
            schedule = r["schedule"]
            if schedule == "daily":
                timing = {
                    "repeat": {"frequency": r["times_per_day"], "period": 1, "periodUnit": "d"}
                }
            elif schedule == "alternate_day":
                timing = {"repeat": {"frequency": 1, "period": 2, "periodUnit": "d"}}
            elif schedule == "weekly":
                repeat: dict[str, Any] = {"frequency": 1, "period": 1, "periodUnit": "wk"}
                if r.get("weekday") is not None:
                    repeat["dayOfWeek"] = [WEEKDAY_CODES[r["weekday"]]]
                timing = {"repeat": repeat}
            route = med.get("route") or "oral"
            route_cc: dict[str, Any] = {"text": medications.ROUTES.get(route, route)}
            if route in ROUTE_SNOMED:
                route_cc["coding"] = [_coding(SNOMED, *ROUTE_SNOMED[route])]
            weekday, times = r.get("weekday"), r["times_per_day"]
            words = schedule_words(schedule, times, weekday, style="statement")
            dose_text = f"{_num(r['dose'])} {r['unit']} {words}"
            self.add(
                "MedicationStatement",
                r["id"],
                {
                    "resourceType": "MedicationStatement",
                    "status": status,
                    "medicationCodeableConcept": {"text": med["name"]},
                    "subject": self.patient,
                    "effectivePeriod": {
                        "start": r["start_date"].isoformat(),
                        "end": r["end_date"].isoformat() if r.get("end_date") else None,
                    },
                    "dosage": [
                        {
                            "text": dose_text,
                            "timing": timing,
                            "asNeededBoolean": True if schedule == "as_needed" else None,
                            "route": route_cc,
                            "doseAndRate": [
                                {
                                    "doseQuantity": _quantity(
                                        r["dose"], r["unit"], UCUM_UNITS.get(r["unit"])
                                    )
                                }
                            ],
                        }
                    ],
                    "note": [
                        {"text": "; ".join(t for t in (r.get("taper_label"), r.get("notes")) if t)}
                    ],
                },
            )

    def adverse_events(self, by_course: dict[int, list[dict[str, Any]]]) -> None:
        for se in self.tables["side_effect"]:
            suspect = self.infusion_before(by_course.get(se["course_id"] or -1, []), se["onset_at"])
            extension: list[dict[str, Any]] = [
                {"url": RED_FLAG_EXTENSION, "valueBoolean": bool(se["red_flag"])}
            ]
            group = side_effects.red_flag_group(se["term"]) if se["red_flag"] else None
            if group is not None:
                extension.append(
                    {
                        "url": RED_FLAG_GROUP_EXTENSION,
                        "valueString": f"{group.title}: {side_effects.URGENT.lower()}",
                    }
                )
            self.add(
                "AdverseEvent",
                se["id"],
                {
                    "resourceType": "AdverseEvent",
                    "extension": extension,
                    "actuality": "actual",
                    "event": {"text": se["term"]},
                    "subject": self.patient,
                    "date": self.moment(se["onset_at"]),
                    "recordedDate": self.moment(se["created_at"]),
                    "seriousness": {
                        "coding": [
                            _coding(AE_SERIOUSNESS, "serious", "Serious")
                            if se["serious"]
                            else _coding(AE_SERIOUSNESS, "non-serious", "Non-serious")
                        ]
                    },
                    "severity": {
                        "coding": [_coding(AE_SEVERITY, side_effects.fhir_severity(se["grade"]))],
                        "text": f"CTCAE grade {se['grade']}: {side_effects.GRADES[se['grade']]}",
                    },
                    "outcome": {
                        "coding": [_coding(AE_OUTCOME, side_effects.fhir_outcome(se["outcome"]))]
                    },
                    "suspectEntity": [
                        {
                            "instance": self.ref("MedicationAdministration", suspect["id"]),
                            "causality": [
                                {
                                    "assessment": {
                                        "text": "Linked by the app: started during the IVIG "
                                        "course or within 72 hours after it"
                                        if se["link_mode"] == "auto"
                                        else "Linked to the IVIG course by the patient"
                                    }
                                }
                            ],
                        }
                    ]
                    if suspect is not None
                    else [],
                },
            )

    def infusion_before(self, days: list[dict[str, Any]], onset: datetime) -> dict[str, Any] | None:
        """The last infusion day of the course that started at or before ``onset``."""
        if not days:
            return None
        ordered = sorted(days, key=lambda d: (d["day"], d["day_number"]))
        before = [
            d for d in ordered if (d.get("started_at") or self.clock.start_of(d["day"])) <= onset
        ]
        return before[-1] if before else ordered[0]


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
