"""Observations and questionnaire answers: check-ins, weight, self-tests, labs, clinic scores,
HAQ-DI, TIS and vital signs."""

from __future__ import annotations

from typing import Any

from dmtracker.domain import chaq, cmas, haq, records, vocab
from dmtracker.reports.exports.fhir.base import BundleBase
from dmtracker.reports.exports.fhir.codes import (
    INTERPRETATION,
    LOINC,
    PAIN_LOINC,
    SELF_TEST_UNITS,
    _coding,
    _num,
    _quantity,
)


class ObservationResources(BundleBase):
    def checkins(self) -> None:
        for r in self.tables["daily_checkin"]:
            components = []
            for key in (*vocab.DAILY_SCALES, *vocab.FUNCTION_ITEMS):
                value = r.get(key)
                if value is None:
                    continue
                components.append({"code": self.scale_code(key), "valueInteger": value})
            self.observation(
                "checkin",
                r["id"],
                self.local("daily-checkin"),
                "survey",
                r["day"],
                component=components,
                note=[{"text": r["notes"]}] if r.get("notes") else [],
            )

    def scale_code(self, key: str) -> dict[str, Any]:
        """The code of a daily scale or function item (pain is LOINC, the others local)."""
        if key == "pain":
            return {
                "coding": [_coding(LOINC, PAIN_LOINC, "Pain severity 0-10 verbal numeric rating")],
                "text": "Pain, 0–10 (patient-reported)",
            }
        if key in vocab.FUNCTION_ITEMS:
            return self.local(f"function-{key}")
        return self.local(key.replace("_", "-"))

    def symptom_entries(self) -> None:
        """Entries during the day: one Observation each, at its time, the same codes as the
        check-in's scales."""
        for r in self.tables.get("symptom_entry", ()):
            components = [
                {"code": self.scale_code(key), "valueInteger": r[key]}
                for key in records.ENTRY_SCALES
                if r.get(key) is not None
            ]
            self.observation(
                "symptom-entry",
                r["id"],
                self.local("symptom-entry"),
                "survey",
                r["at"],
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

    def daily_steps(self) -> None:
        for r in self.tables["daily_steps"]:
            self.observation(
                "daily_steps",
                r["id"],
                {
                    "coding": [_coding(LOINC, "41950-7", "Number of steps in 24 hour Measured")],
                    "text": "Steps in a day",
                },
                "activity",
                r["day"],
                valueQuantity=_quantity(r["steps"], "steps/day", "/d"),
                device={"display": r["source"]} if r.get("source") else None,
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
            for key, code in (
                ("physician_global", "physician-global"),
                ("extramuscular_global", "extramuscular-global"),
            ):
                if r.get(key) is not None:
                    self._exam(r, code, code, valueQuantity=_quantity(r[key], "cm", "cm"))
            if r.get("mmt8_total") is not None:
                scale = {"code": self.local("mmt8-scale"), "valueInteger": r["mmt8_scale"]}
                component = [scale] if r.get("mmt8_scale") else []
                self._exam(
                    r, "mmt8", "mmt8-total", valueInteger=r["mmt8_total"], component=component
                )
            for key, code in (
                ("cdasi_activity", "cdasi-activity"),
                ("cdasi_damage", "cdasi-damage"),
                ("das_skin", "das-skin"),
                ("das_muscle", "das-muscle"),
            ):
                if r.get(key) is not None:
                    self._exam(r, code, code, valueInteger=r[key])
            if r.get("parent_global") is not None:
                self._exam(
                    r,
                    "parent-global",
                    "parent-global",
                    valueQuantity=_quantity(r["parent_global"], "cm", "cm"),
                )
            if r.get("cmas_total") is not None:
                items = r.get("cmas_items") or {}
                component = [
                    {
                        "code": self.local(f"cmas-{item.key.replace('_', '-')}"),
                        "valueInteger": items[item.key],
                    }
                    for item in cmas.ITEMS
                    if item.key in items
                ]
                self._exam(
                    r, "cmas", "cmas-total", valueInteger=r["cmas_total"], component=component
                )

    def _exam(self, r: dict[str, Any], kind: str, code: str, **value: Any) -> None:
        """One measure of clinic visit ``r`` (with the clinician as its note)."""
        note = [{"text": f"Clinician: {r['clinician']}"}] if r.get("clinician") else []
        self.observation(
            f"clinic-{kind}", r["id"], self.local(code), "exam", r["visit_date"], **value, note=note
        )

    def questionnaires(self) -> None:
        for r in self.tables["questionnaire_response"]:
            if r["kind"] == "chaq":
                self._chaq(r)
                continue
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

    def _chaq(self, r: dict[str, Any]) -> None:
        """A CHAQ: its answers (1–30, "Not applicable" as text) and who answered, and the
        index with pain and well-being as an Observation derived from them."""
        answers = r.get("answers") or {}
        not_applicable = set(r.get("not_applicable") or [])
        items: list[dict[str, Any]] = []
        for n, (_category, text) in enumerate(chaq.ITEMS, start=1):
            value = answers.get(str(n))
            if str(n) in not_applicable:
                answer: list[dict[str, Any]] = [{"valueString": chaq.NOT_APPLICABLE_LABEL}]
            else:
                answer = [{"valueInteger": value}] if value is not None else []
            items.append({"linkId": str(n), "text": text, "answer": answer})
        aids = [c for c in (*(r.get("aids") or []), *(r.get("help") or [])) if c in haq.CATEGORIES]
        if aids:
            items.append(
                {
                    "linkId": "aids",
                    "text": "Categories with aids, devices or help from another person",
                    "answer": [
                        {"valueString": haq.CATEGORIES[c].label} for c in dict.fromkeys(aids)
                    ],
                }
            )
        if r.get("answered_by"):
            items.append(
                {
                    "linkId": "answered-by",
                    "text": "Answered by",
                    "answer": [{"valueString": r["answered_by"]}],
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
        component = [
            {"code": self.local(code), "valueQuantity": _quantity(r[key], "mm", "mm")}
            for key, code in (("pain_mm", "chaq-pain"), ("well_being_mm", "chaq-well-being"))
            if r.get(key) is not None
        ]
        if r.get("score") is None and not component:
            return
        value = {"valueQuantity": {"value": _num(r["score"])}} if r.get("score") is not None else {}
        self.observation(
            "chaq",
            r["id"],
            self.local("chaq"),
            "survey",
            r["answered_on"],
            **value,
            component=component,
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
