"""The patient profile (one per data folder), body weight history and stored settings."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from dmtracker.domain import records, risk
from dmtracker.domain import settings as settings_rules
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.services.base import Change, RecordService, live_profile, term, to_dto
from dmtracker.services.clock import Clock
from dmtracker.services.dto import BodyWeightRead, ProfileRead
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import AppSetting, BodyWeight, ClinicAssessment, PatientProfile

log = logging.getLogger(__name__)


class ProfileService(RecordService[PatientProfile, ProfileRead]):
    kind = "profile"
    table = PatientProfile
    read = ProfileRead

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        if record.get("tis_baseline_visit_id") is not None:
            self.require(
                s, ClinicAssessment, record["tis_baseline_visit_id"], "tis_baseline_visit_id"
            )

    def _row(self, s: Session) -> PatientProfile:
        row = live_profile(s)
        if row is None:
            now = self.clock.now()
            row = PatientProfile(created_at=now, updated_at=now)
            s.add(row)
            s.flush()
        return row

    def current(self) -> ProfileRead:
        """The profile, created empty on first use (read without the write lock when it
        exists: a read-only diary can be viewed, and readers never wait for a writer)."""
        with Session(self.engine) as s:
            row = live_profile(s)
            if row is not None:
                return to_dto(ProfileRead, row)
        with session_scope(self.engine) as s:
            return to_dto(ProfileRead, self._row(s))

    def save(self, data: Mapping[str, Any]) -> Change:
        clean = records.validate(self.kind, data, self.clock.context(), partial=True)
        with session_scope(self.engine) as s:
            row = self._row(s)
            self._check(s, self._full(row, clean), row)
            for key, value in clean.items():
                setattr(row, key, value)
            row.updated_at = self.clock.now()
            s.flush()
            return self._change("updated", [row], translate("Profile", "Saved the profile"))

    def risk(self) -> risk.RiskStatus:
        """Thrombosis and kidney risk from the profile: any factor sets the 0.03 mL/kg/min cap
        (clinical.md §4, §8). Used by the planner, the infusion form and the report."""
        p = self.current()
        return risk.risk_status(p.risk_factors or [], p.thrombosis_risk, p.kidney_risk)

    def add_risk_factor(self, key: str) -> Change:
        """Tick one risk factor (e.g. ``thrombosis_history`` after a clot was logged)."""
        factors = risk.clean_factors([*(self.current().risk_factors or []), key])
        change = self.save({"risk_factors": factors})
        label = term(risk.RISK_FACTORS[key].label)
        saved = translate("Profile", "Saved to your profile: {what}").format(what=label)
        return Change(change.kind, change.action, change.ids, change.days, saved)


class BodyWeightService(RecordService[BodyWeight, BodyWeightRead]):
    kind = "body_weight"
    table = BodyWeight
    read = BodyWeightRead
    date_field = "day"
    order_by = ("day", "id")

    def latest(self, on_or_before: date | None = None) -> BodyWeightRead | None:
        rows = self.list(end=on_or_before, newest_first=True, limit=1)
        return rows[0] if rows else None

    def latest_kg(self, on_or_before: date | None = None) -> Decimal | None:
        row = self.latest(on_or_before)
        return row.weight_kg if row else None


class SettingsService:
    """Key/value settings stored with the data (they travel with backups and exports).

    Every key, its type, range and default are in :mod:`dmtracker.domain.settings`.
    """

    def __init__(self, engine: sa.Engine, clock: Clock):
        self.engine = engine
        self.clock = clock

    def get(self, key: str) -> Any:
        """The stored value, or the setting's default when none is stored or the stored one is
        not valid (logged by key and reason, never the value)."""
        if not settings_rules.is_setting(key):
            raise ValidationError(
                "key", translate("Profile", "{key!r} is not a setting of dmtracker").format(key=key)
            )
        try:
            with Session(self.engine) as s:
                row = s.get(AppSetting, key)
                if row is None:
                    return settings_rules.default(key)
                stored = row.value
        except (ValueError, RecursionError):  # not JSON, or nested beyond reading
            log.warning("setting %s: the stored value cannot be read; using the default", key)
            return settings_rules.default(key)
        try:
            return settings_rules.check(key, stored)
        except ValidationError as exc:
            log.warning("setting %s: the stored value %s; using the default", key, exc.reason)
            return settings_rules.default(key)

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` for ``key``; a value the setting does not allow is refused with a
        :class:`ValidationError` naming the key, and nothing is written."""
        value = settings_rules.check(key, value)
        with session_scope(self.engine) as s:
            row = s.get(AppSetting, key)
            if row is None:
                s.add(AppSetting(key=key, value=value, updated_at=self.clock.now()))
            else:
                row.value = value
                row.updated_at = self.clock.now()
