"""Entries during the day (schema 0003, ``symptom_entry``): "a bad afternoon", "headache 3 h
after the infusion" — a time, any of the daily scales and a note, several a day, beside the
day's one check-in.

An entry made here gets a fresh ``uid`` (a UUID) and ``device`` ""; one from the inbox keeps
``"<device>:<id>"`` so that importing its file again adds nothing. Its ``day`` is the patient's
local date of ``at`` (the clock's zone), so the entries of a day follow the wall clock also in
the week daylight saving changes.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from dmtracker.domain import records
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.services.base import RecordService
from dmtracker.services.dto import SymptomEntryRead
from dmtracker.storage.models import SymptomEntry

SCALES = records.ENTRY_SCALES


@dataclass(frozen=True)
class EntryDay:
    """A day's entries in short: how many, and the highest of each scale given that day."""

    day: date
    count: int
    highest: dict[str, int] = field(default_factory=dict)

    @property
    def peak(self) -> tuple[str, int] | None:
        """The scale with the highest value of the day (the first of the scales on a tie)."""
        if not self.highest:
            return None
        key = max(SCALES, key=lambda k: (self.highest.get(k, -1), -SCALES.index(k)))
        return key, self.highest[key]


def summarise(entries: Iterable[SymptomEntryRead]) -> dict[date, EntryDay]:
    """Entries grouped by their day: the count and the highest of each scale."""
    counts: dict[date, int] = {}
    highest: dict[date, dict[str, int]] = {}
    for e in entries:
        counts[e.day] = counts.get(e.day, 0) + 1
        top = highest.setdefault(e.day, {})
        for k in SCALES:
            v = getattr(e, k)
            if v is not None and v > top.get(k, -1):
                top[k] = v
    return {d: EntryDay(d, counts[d], highest[d]) for d in sorted(counts)}


class EntryService(RecordService[SymptomEntry, SymptomEntryRead]):
    """Timestamped symptom entries: several a day, each with its own time."""

    kind = "symptom_entry"
    table = SymptomEntry
    read = SymptomEntryRead
    date_field = "day"
    order_by = ("at", "id")

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        super()._check(s, record, existing)
        uid = record.get("uid")
        if uid:
            other = s.exec(select(SymptomEntry).where(col(SymptomEntry.uid) == uid)).first()
            if other is not None and other is not existing:
                raise ValidationError(
                    "uid", translate("Entries", "an entry with this id is already in the diary")
                )

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        record["day"] = self.clock.local(record["at"]).date()
        record.setdefault("device", "")
        if not record.get("uid"):
            record["uid"] = uuid.uuid4().hex
        record["notes"] = record.get("notes") or ""

    def for_day(self, day: date) -> builtins.list[SymptomEntryRead]:
        """The day's entries, earliest first."""
        return self.list(day, day)

    def by_day(self, start: date | None = None, end: date | None = None) -> dict[date, EntryDay]:
        """Each day with entries from ``start`` to ``end``: their count and highest values."""
        return summarise(self.list(start, end))
