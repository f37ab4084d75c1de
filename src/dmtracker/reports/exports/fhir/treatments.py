"""Treatments: IVIG Medication and MedicationAdministration (with premedications),
MedicationStatement per dose row of the other drugs, and AdverseEvent per side effect."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from dmtracker.domain import medications, side_effects, vocab
from dmtracker.domain.dose_text import schedule_words
from dmtracker.reports.exports.fhir.base import BundleBase
from dmtracker.reports.exports.fhir.codes import (
    AE_OUTCOME,
    AE_SERIOUSNESS,
    AE_SEVERITY,
    ATC,
    IVIG_ATC,
    RED_FLAG_EXTENSION,
    RED_FLAG_GROUP_EXTENSION,
    ROUTE_SNOMED,
    SNOMED,
    UCUM_UNITS,
    WEEKDAY_CODES,
    _coding,
    _num,
    _quantity,
)


class TreatmentResources(BundleBase):
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

    def medication_statements(self) -> None:
        meds = {m["id"]: m for m in self.tables["medication"]}
        today = self.clock.today()
        for r in self.tables["medication_regimen"]:
            med = meds.get(r["medication_id"])
            if med is None:
                continue
            status = _statement_status(r, today)
            timing = _timing(r)
            schedule = r["schedule"]
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
            # the red-flag mark and its group (clinical.md §5, §8) beside seriousness; severity
            # from the CTCAE v5 grade (§5: 1 mild, 2 moderate, 3-4 severe; grade words §8)
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


def _statement_status(regimen: dict[str, Any], today: date) -> str:
    """MedicationStatement.status of a dose row on ``today``."""
    if regimen["start_date"] > today:
        return "intended"
    if regimen.get("end_date") is not None and regimen["end_date"] < today:
        return "completed"
    return "active"


def _timing(regimen: dict[str, Any]) -> dict[str, Any] | None:
    """The FHIR Timing of a dose row (None for courses and doses when needed)."""
    schedule = regimen["schedule"]
    if schedule == "daily":
        return {"repeat": {"frequency": regimen["times_per_day"], "period": 1, "periodUnit": "d"}}
    if schedule == "alternate_day":
        return {"repeat": {"frequency": 1, "period": 2, "periodUnit": "d"}}
    if schedule == "weekly":
        repeat: dict[str, Any] = {"frequency": 1, "period": 1, "periodUnit": "wk"}
        if regimen.get("weekday") is not None:
            repeat["dayOfWeek"] = [WEEKDAY_CODES[regimen["weekday"]]]
        return {"repeat": repeat}
    return None
