"""The FHIR export of a juvenile (JDM) profile: the Condition is juvenile dermatomyositis
(ICD-10 M33.0, the SNOMED CT parent 396230008), the CMAS (with a component per item), parent
global, DAS and CHAQ (with pain and well-being, "not applicable" answers, who answered) are
Observations and a QuestionnaireResponse; the bundle validates. An adult's is unchanged."""

from __future__ import annotations

from typing import Any

from fhir.resources.R4B.bundle import Bundle

from dmtracker.domain import cmas
from dmtracker.reports.exports.fhir import LOCAL_SYSTEM, fhir_bundle

ICD10 = "http://hl7.org/fhir/sid/icd-10"
SNOMED = "http://snomed.info/sct"


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def local(resource: dict[str, Any]) -> str:
    return next(c["code"] for c in resource["code"]["coding"] if c["system"] == LOCAL_SYSTEM)


def test_a_juvenile_bundle_marks_jdm_and_carries_cmas_and_chaq(services) -> None:
    s = services
    s.profile.save({"display_name": "Sam", "birth_year": 2017, "juvenile": True})
    items = {i.key: i.maximum for i in cmas.ITEMS}
    s.clinic.add(
        {
            "visit_date": "2026-11-20",
            "parent_global": "3",
            "cmas_items": items,
            "das_skin": "2",
            "das_muscle": "1",
        }
    )
    s.questionnaires.add(
        {
            "kind": "chaq",
            "answered_on": "2026-11-18",
            "answered_by": "parent",
            "answers": {str(n): 1 for n in range(2, 31)},
            "not_applicable": ["1"],
            "pain_mm": 40,
            "well_being_mm": 25,
        }
    )
    bundle = fhir_bundle(s)
    Bundle.model_validate(bundle)
    (condition,) = resources(bundle, "Condition")
    coding = {(c["system"], c["code"]) for c in condition["code"]["coding"]}
    assert (ICD10, "M33.0") in coding and (SNOMED, "396230008") in coding
    assert condition["code"]["text"] == "Juvenile dermatomyositis"
    obs = {local(o): o for o in resources(bundle, "Observation")}
    assert obs["cmas-total"]["valueInteger"] == 52
    assert len(obs["cmas-total"]["component"]) == 14
    assert obs["parent-global"]["valueQuantity"]["value"] == 3
    assert obs["das-skin"]["valueInteger"] == 2 and obs["das-muscle"]["valueInteger"] == 1
    chaq_obs = obs["chaq"]
    assert chaq_obs["valueQuantity"]["value"] == 1
    pain = {local(c): c["valueQuantity"]["value"] for c in chaq_obs["component"]}
    assert pain == {"chaq-pain": 40, "chaq-well-being": 25}
    (qr,) = resources(bundle, "QuestionnaireResponse")
    by_link = {i["linkId"]: i for i in qr["item"]}
    assert by_link["1"]["answer"] == [{"valueString": "Not applicable"}]
    assert by_link["answered-by"]["answer"] == [{"valueString": "parent"}]
    (system,) = resources(bundle, "CodeSystem")
    declared = {c["code"] for c in system["concept"]}
    assert {"cmas-total", "chaq", "cmas-head-elevation"} <= declared


def test_an_adult_bundle_stays_dermatomyositis(services) -> None:
    services.profile.save({"display_name": "Alex"})
    (condition,) = resources(fhir_bundle(services), "Condition")
    assert condition["code"]["text"] == "Dermatomyositis"
