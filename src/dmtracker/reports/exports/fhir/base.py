"""The bundle being built: its entries, stable ``urn:uuid:`` references and an Observation."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from dmtracker.reports.exports.fhir.codes import (
    LOCAL_SYSTEM,
    OBS_CATEGORY,
    _coding,
    _prune,
    local_concepts,
)


class BundleBase:
    """Entries and references; the resource builders are its subclasses."""

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
