"""The FHIR R4 export validates with fhir.resources (R4B models, wire-compatible with R4 for these
resources) and carries the codes clinicians look for."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pydantic
import pytest
from fhir.resources.R4B.bundle import Bundle
from tests.reports.exports.test_export import fill_extras, mode

from dmtracker.reports.exports.exporting import export_data
from dmtracker.reports.exports.fhir import LOCAL_SYSTEM, fhir_bundle

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"


@pytest.fixture
def demo(demo_services, tmp_path: Path):
    fill_extras(demo_services, tmp_path)
    return demo_services


@pytest.fixture
def bundle(demo) -> dict[str, Any]:
    return fhir_bundle(demo)


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def codes(resource: dict[str, Any], system: str) -> set[str]:
    found = {c["code"] for c in resource.get("code", {}).get("coding", []) if c["system"] == system}
    for comp in resource.get("component", []):
        found |= {c["code"] for c in comp["code"].get("coding", []) if c["system"] == system}
    return found


def test_the_bundle_validates_with_a_fhir_library(bundle) -> None:
    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection"
    kinds = Counter(type(e.resource).__name__ for e in parsed.entry)
    for kind in (
        "Patient",
        "Condition",
        "CodeSystem",
        "Observation",
        "QuestionnaireResponse",
        "Medication",
        "MedicationAdministration",
        "MedicationStatement",
        "AdverseEvent",
    ):
        assert kinds[kind] >= 1, kind
    urls = [e.fullUrl for e in parsed.entry]
    assert len(urls) == len(set(urls))


def test_the_validator_is_strict_enough_to_fail(bundle) -> None:
    """A spoiled copy is refused, so the passing test above means something."""
    spoiled = json.loads(json.dumps(bundle))
    obs = next(e for e in spoiled["entry"] if e["resource"]["resourceType"] == "Observation")
    obs["resource"]["effectiveDateTime"] = "yesterday"
    with pytest.raises(pydantic.ValidationError):
        Bundle.model_validate(spoiled)
    spoiled = json.loads(json.dumps(bundle))
    med = next(e for e in spoiled["entry"] if e["resource"]["resourceType"] == "Medication")
    med["resource"]["batch"]["lot"] = med["resource"]["batch"].pop("lotNumber")
    with pytest.raises(pydantic.ValidationError):
        Bundle.model_validate(spoiled)
    spoiled = json.loads(json.dumps(bundle))
    ae = next(e for e in spoiled["entry"] if e["resource"]["resourceType"] == "AdverseEvent")
    del ae["resource"]["subject"]
    with pytest.raises(pydantic.ValidationError):
        Bundle.model_validate(spoiled)


def test_condition_is_dermatomyositis(bundle) -> None:
    (condition,) = resources(bundle, "Condition")
    assert "396230008" in codes(condition, SNOMED)
    (patient,) = resources(bundle, "Patient")
    assert condition["subject"]["reference"] == next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"] is patient
    )


def test_labs_carry_loinc_and_the_labs_reference_range(bundle, demo) -> None:
    labs = [
        o
        for o in resources(bundle, "Observation")
        if o["category"][0]["coding"][0]["code"] == "laboratory"
    ]
    assert len(labs) == demo.labs.count()  # the deleted lab is left out
    ck = [o for o in labs if "2157-6" in codes(o, LOINC)]
    assert len(ck) == len([r for r in demo.labs.list() if r.analyte == "CK"]) > 0
    first = ck[0]
    assert first["valueQuantity"]["unit"] == "U/L" and first["valueQuantity"]["code"] == "U/L"
    assert "high" in first["referenceRange"][0]
    assert first["interpretation"][0]["coding"][0]["code"] in ("H", "L", "N")
    for code in ("1761-6", "2532-0", "1920-8", "1742-6"):
        assert any(code in codes(o, LOINC) for o in labs), code


def test_vitals_weight_and_the_daily_scales(bundle, demo) -> None:
    obs = resources(bundle, "Observation")
    all_loinc = set().union(*(codes(o, LOINC) for o in obs))
    for code in ("29463-7", "8867-4", "8480-6", "8462-4", "72514-3", "85354-9"):
        assert code in all_loinc, code
    checkins = [o for o in obs if "daily-checkin" in codes(o, LOCAL_SYSTEM)]
    assert len(checkins) == demo.checkins.count()
    last = next(o for o in checkins if o["effectiveDateTime"] == "2026-11-25")
    assert last["note"][0]["text"].startswith("=SUM(A1)")  # FHIR is not a spreadsheet
    pain = next(c for c in last["component"] if "72514-3" in codes({"code": c["code"]}, LOINC))
    assert pain["valueInteger"] == 2


def test_daily_steps_are_loinc_41950_7(bundle) -> None:
    Bundle.model_validate(bundle)
    steps = [o for o in resources(bundle, "Observation") if "41950-7" in codes(o, LOINC)]
    assert [(o["effectiveDateTime"], o["valueQuantity"]["value"]) for o in steps] == [
        ("2026-11-23", 4321),
        ("2026-11-24", 987),
    ]
    assert steps[0]["valueQuantity"]["code"] == "/d"
    assert steps[0]["category"][0]["coding"][0]["code"] == "activity"
    assert steps[0]["device"] == {"display": "Google Fit"}


def test_local_codes_are_declared_with_display_text(bundle) -> None:
    (system,) = resources(bundle, "CodeSystem")
    assert system["url"] == LOCAL_SYSTEM
    declared = {c["code"]: c["display"] for c in system["concept"]}
    used = set()
    for o in resources(bundle, "Observation"):
        used |= codes(o, LOCAL_SYSTEM)
    assert used <= declared.keys()
    for code in ("haq-di", "mmt8-total", "self-test-chair_stand_30s", "patient-global"):
        assert code in used, code
    assert "computed by the app" in declared["haq-di"] and "computed by the app" in declared["tis"]


def test_haq_and_tis(bundle, demo) -> None:
    responses = resources(bundle, "QuestionnaireResponse")
    assert len(responses) == demo.questionnaires.count()
    items = {i["linkId"] for i in responses[0]["item"]}
    assert {str(n) for n in range(1, 21)} <= items
    haq = [o for o in resources(bundle, "Observation") if "haq-di" in codes(o, LOCAL_SYSTEM)]
    response_urls = {
        e["fullUrl"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    }
    assert haq and all(o["derivedFrom"][0]["reference"] in response_urls for o in haq)
    tis = [o for o in resources(bundle, "Observation") if "tis" in codes(o, LOCAL_SYSTEM)]
    scored = [r for r in demo.scores.report().rows if r.total is not None]
    assert len(tis) == len(scored) > 0
    assert all("computed by the app" in o["note"][0]["text"] for o in tis)


def test_infusions_have_lot_numbers_and_rates(bundle, demo) -> None:
    meds = {
        e["fullUrl"]: e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Medication"
    }
    lots = {r.lot_number for r in demo.infusions.list() if r.lot_number}
    assert lots and lots == {m["batch"]["lotNumber"] for m in meds.values()}
    assert all(m["code"]["coding"][0]["code"] == "J06BA02" for m in meds.values())
    ivig = [a for a in resources(bundle, "MedicationAdministration") if "medicationReference" in a]
    assert len(ivig) == demo.infusions.count()
    for a in ivig:
        assert a["medicationReference"]["reference"] in meds
        assert a["dosage"]["dose"]["unit"] == "g"
    with_rate = [a for a in ivig if "rateQuantity" in a["dosage"]]
    assert with_rate and all(a["dosage"]["rateQuantity"]["code"] == "mL/h" for a in with_rate)
    assert "mL/kg/min" in with_rate[0]["dosage"]["text"]
    statements = resources(bundle, "MedicationStatement")
    assert len(statements) == demo.regimens.count()
    assert {s["status"] for s in statements} <= {"active", "completed", "intended"}


def test_adverse_events_point_at_the_infusion_before_them(bundle, demo) -> None:
    admin = {
        e["fullUrl"]: e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "MedicationAdministration"
    }
    days = {d.id: d for d in demo.infusions.list()}
    by_url = {}
    for day in days.values():
        url = next(
            u
            for u, a in admin.items()
            if "medicationReference" in a
            and a.get("effectivePeriod", {}).get("start", a.get("effectiveDateTime", ""))[:10]
            == day.day.isoformat()
            and f"Day {day.day_number} of" in a["note"][0]["text"]
        )
        by_url[url] = day
    events = resources(bundle, "AdverseEvent")
    effects = demo.side_effects.list()
    assert len(events) == len(effects)
    linked = [se for se in effects if se.course_id is not None]
    assert linked
    with_suspect = [ev for ev in events if ev.get("suspectEntity")]
    assert len(with_suspect) == len(linked)
    for ev in with_suspect:
        ref = ev["suspectEntity"][0]["instance"]["reference"]
        assert ref in admin and ref in by_url
        day = by_url[ref]
        onset = ev["date"]
        assert day.day.isoformat() <= onset[:10]
    severities = {ev["severity"]["coding"][0]["code"] for ev in events}
    assert severities <= {"mild", "moderate", "severe"}


def test_no_empty_values_anywhere(bundle) -> None:
    def walk(value: Any, path: str) -> None:
        assert value not in ("", [], {}, None), path
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{path}[{i}]")

    walk(bundle, "bundle")


def test_written_file_is_private_and_parses(demo, tmp_path: Path) -> None:
    out = tmp_path / "fhir.json"
    result = export_data(demo, "fhir", out)
    assert mode(out) == 0o600 and result.counts["AdverseEvent"] >= 1
    text = out.read_text(encoding="utf-8")
    parsed = Bundle.model_validate_json(text)
    assert len(parsed.entry) == result.total
    again = fhir_bundle(demo)
    assert [e["fullUrl"] for e in again["entry"]] == [e.fullUrl for e in parsed.entry]


def test_adverse_event_carries_seriousness_and_the_red_flag(bundle) -> None:
    """Issue 16: the FHIR export kept seriousness but dropped the red-flag mark."""
    from dmtracker.reports.exports.fhir import RED_FLAG_EXTENSION, RED_FLAG_GROUP_EXTENSION

    events = resources(bundle, "AdverseEvent")
    flagged = [
        ev
        for ev in events
        if any(x["url"] == RED_FLAG_EXTENSION and x["valueBoolean"] for x in ev["extension"])
    ]
    (clot,) = flagged
    assert clot["event"]["text"] == "swollen painful arm or leg"
    assert clot["seriousness"]["coding"][0]["code"] == "serious"
    group = next(x for x in clot["extension"] if x["url"] == RED_FLAG_GROUP_EXTENSION)
    assert group["valueString"].startswith("Blood clot or stroke")
    others = [ev for ev in events if ev is not clot]
    assert all(x["valueBoolean"] is False for ev in others for x in ev["extension"]), (
        "every other event says it is not a red flag"
    )
