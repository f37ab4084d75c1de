"""Entries during the day in the exports: symptom_entries.csv and FHIR Observations at their
time, with the codes of the daily scales."""

from __future__ import annotations

import csv
import io

from fhir.resources.R4B.bundle import Bundle
from tests.conftest import local

from dmtracker.reports.exports.csv_export import csv_files
from dmtracker.reports.exports.fhir import LOCAL_SYSTEM, fhir_bundle


def _two_entries(services) -> None:
    services.entries.add({"at": local(2026, 11, 24, 15, 30), "pain": 6, "notes": "=afternoon"})
    services.entries.add({"at": local(2026, 11, 25, 8), "fatigue": 4, "itch": 2})
    gone = services.entries.add({"at": local(2026, 11, 25, 9), "itch": 9}).ids[0]
    services.entries.delete(gone)


def test_csv_has_the_entries(services) -> None:
    _two_entries(services)
    files, counts = csv_files(services)
    rows = list(csv.DictReader(io.StringIO(files["symptom_entries.csv"].lstrip("\ufeff"))))
    assert counts["symptom_entries.csv"] == 2
    first = rows[0]
    assert (first["at"], first["day"], first["pain"], first["notes"]) == (
        "2026-11-24 15:30:00",
        "2026-11-24",
        "6",
        "'=afternoon",
    )
    assert rows[1]["fatigue"] == "4" and rows[1]["device"] == ""
    assert "symptom_entries.csv" in files["README.txt"]


def test_fhir_observations_at_their_time(services) -> None:
    _two_entries(services)
    bundle = fhir_bundle(services)
    Bundle.model_validate(bundle)
    obs = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Observation"
        and any(c["code"] == "symptom-entry" for c in e["resource"]["code"]["coding"])
    ]
    assert [o["effectiveDateTime"] for o in obs] == [
        "2026-11-24T15:30:00+01:00",
        "2026-11-25T08:00:00+01:00",
    ]
    pain = obs[0]["component"][0]
    assert pain["code"]["coding"][0]["code"] == "72514-3" and pain["valueInteger"] == 6
    fatigue = obs[1]["component"][0]["code"]["coding"][0]
    assert (fatigue["system"], fatigue["code"]) == (LOCAL_SYSTEM, "fatigue")
    assert obs[0]["note"] == [{"text": "=afternoon"}]
