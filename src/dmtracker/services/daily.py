"""Daily records: check-ins (one per local date), self-tests, rash by site, rash photos."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlmodel import Session, col, select

from dmtracker.domain import rash as rash_rules
from dmtracker.domain import records, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import amount as number
from dmtracker.domain.messages import joined, translate
from dmtracker.services.base import Change, RecordService, stored_id, term, to_dto
from dmtracker.services.clock import Clock
from dmtracker.services.dto import (
    CheckInRead,
    RashPhotoRead,
    RashRead,
    SelfTestRead,
    SymptomEntryRead,
)
from dmtracker.services.entries import EntryDay, summarise
from dmtracker.services.photo_files import MAX_PHOTO_BYTES, check_photo, store_photo
from dmtracker.storage import photo_store
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import CheckIn, RashAssessment, RashPhoto, SelfTest, SymptomEntry


class CheckInService(RecordService[CheckIn, CheckInRead]):
    """One check-in per local date: saving a day that exists edits it, never duplicates it."""

    kind = "checkin"
    table = CheckIn
    read = CheckInRead
    date_field = "day"
    order_by = ("day",)

    def _any_for_day(self, s: Session, day: Any) -> CheckIn | None:
        return s.exec(select(CheckIn).where(CheckIn.day == day)).first()

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        super()._check(s, record, existing)
        other = self._any_for_day(s, record["day"])
        if other is not None and other is not existing:
            if other.deleted_at is None:
                raise ValidationError(
                    "day",
                    translate("Daily", "{day} already has a check-in").format(day=record["day"]),
                )
            s.delete(other)  # a deleted day is replaced by the new entry for that date
            s.flush()

    def _check_restore(self, s: Session, row: Any) -> None:
        other = self._any_for_day(s, row.day)
        if other is not None and other is not row:
            raise ValidationError(
                "day", translate("Daily", "{day} has a newer check-in").format(day=row.day)
            )

    def save_day(self, data: Mapping[str, Any]) -> Change:
        """Insert or update the check-in of ``data['day']`` (the whole form is given)."""
        clean = records.validate(self.kind, data, self.clock.context())
        with session_scope(self.engine) as s:
            row = self._any_for_day(s, clean["day"])
            if row is None or row.deleted_at is not None:
                return self._insert(s, clean)
        return self.update(stored_id(row), data)

    def for_day(self, day: Any) -> CheckInRead | None:
        with Session(self.engine) as s:
            row = s.exec(
                select(CheckIn).where(CheckIn.day == day, col(CheckIn.deleted_at).is_(None))
            ).first()
            return to_dto(CheckInRead, row) if row else None

    def latest_before(self, day: Any) -> CheckInRead | None:
        rows = self.list(
            where=[CheckIn.day < day],
            newest_first=True,
            limit=1,
        )
        return rows[0] if rows else None


class SelfTestService(RecordService[SelfTest, SelfTestRead]):
    kind = "self_test"
    table = SelfTest
    read = SelfTestRead
    date_field = "day"
    order_by = ("day", "id")

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        kind = vocab.SELF_TESTS[record["kind"]]
        if kind.key != "custom":
            record["unit"] = kind.unit
            record["custom_name"] = ""
        record["entered_unit"] = record.get("entered_unit") or record["unit"]

    def describe(self, row: Any) -> str:
        kind = vocab.SELF_TESTS[row.kind]
        name = row.custom_name if kind.key == "custom" else term(kind.label)
        return translate("Daily", "{what} on {day}").format(what=name, day=row.day)


class RashService(RecordService[RashAssessment, RashRead]):
    """Rash per site per day. The patient rash score is defined in :mod:`dmtracker.domain.rash`."""

    kind = "rash"
    table = RashAssessment
    read = RashRead
    date_field = "day"
    order_by = ("day", "id")

    def _same_site(self, s: Session, record: Mapping[str, Any]) -> RashAssessment | None:
        return s.exec(
            select(RashAssessment).where(
                RashAssessment.day == record["day"],
                RashAssessment.site == record["site"],
                RashAssessment.site_label == (record.get("site_label") or ""),
            )
        ).first()

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        super()._check(s, record, existing)
        other = self._same_site(s, record)
        if other is not None and other is not existing:
            if other.deleted_at is None:
                raise ValidationError(
                    "site", translate("Daily", "this site already has an entry for that day")
                )
            s.delete(other)
            s.flush()

    def _check_restore(self, s: Session, row: Any) -> None:
        other = self._same_site(s, fields_for(row))
        if other is not None and other is not row:
            raise ValidationError(
                "site", translate("Daily", "this site has a newer entry for that day")
            )

    def describe(self, row: Any) -> str:
        site = row.site_label or term(vocab.RASH_SITES[row.site])
        return translate("Daily", "rash at {site} on {day}").format(site=site, day=row.day)

    def save_day(self, day: Any, entries: list[Mapping[str, Any]]) -> Change:
        """Make ``entries`` (one per site) the rash log of ``day``, in one transaction.

        Sites logged before but missing from ``entries`` are deleted (soft). Errors name the
        entry: ``entries[2].redness``.
        """
        ctx = self.clock.context()
        errors: list[tuple[str, str]] = []
        cleaned = []
        for i, entry in enumerate(entries):
            try:
                one = records.validate(self.kind, {**entry, "day": day}, ctx)
                records.check_record(self.kind, self._full(None, one))
                cleaned.append(one)
            except ValidationError as exc:
                errors += [(f"entries[{i}].{f}", r) for f, r in exc.errors]
        if not errors:
            keys = [(c["site"], c.get("site_label", "")) for c in cleaned]
            if len(set(keys)) != len(keys):
                errors.append(("entries", translate("Daily", "a site is listed twice")))
        if errors:
            raise ValidationError.from_errors(errors)
        now = self.clock.now()
        ids: list[int] = []
        with session_scope(self.engine) as s:
            day_value = (
                cleaned[0]["day"]
                if cleaned
                else records.validate(self.kind, {"day": day}, ctx, partial=True)["day"]
            )
            live = {
                (r.site, r.site_label): r
                for r in s.exec(
                    select(RashAssessment).where(
                        RashAssessment.day == day_value,
                        col(RashAssessment.deleted_at).is_(None),
                    )
                ).all()
            }
            for clean in cleaned:
                key = (clean["site"], clean.get("site_label", ""))
                row = live.pop(key, None)
                if row is None:
                    ids += self._insert(s, clean).ids
                    continue
                for field, value in self._full(row, clean).items():
                    setattr(row, field, value)
                row.updated_at = now
                ids.append(stored_id(row))
            for row in live.values():
                row.deleted_at = now
                ids.append(stored_id(row))
        saved = translate("Daily", "Saved the rash log")
        return Change(self.kind, "updated", tuple(ids), (day_value,), saved)


def fields_for(row: Any) -> dict[str, Any]:
    return {"day": row.day, "site": row.site, "site_label": row.site_label}


# --- Photos --------------------------------------------------------------------------------------
class RashPhotoService(RecordService[RashPhoto, RashPhotoRead]):
    """Photos are copied into ``<data>/photos/YYYY/`` and referenced by relative path."""

    kind = "rash_photo"
    table = RashPhoto
    read = RashPhotoRead
    order_by = ("id",)

    def __init__(self, engine: sa.Engine, clock: Clock, data_root: Path):
        super().__init__(engine, clock)
        self.data_root = data_root

    def add(self, data: Mapping[str, Any]) -> Change:  # pragma: no cover - use attach()
        raise ValidationError("file", "attach a photo with attach(assessment_id, path)")

    def attach(self, rash_assessment_id: int, source: str | Path, caption: str = "") -> Change:
        """Copy an image file in and link it to a rash entry. Nothing is copied on refusal."""
        clean = records.validate(
            self.kind,
            {"rash_assessment_id": rash_assessment_id, "caption": caption},
            self.clock.context(),
        )
        src = Path(source)
        if not src.is_file():
            raise ValidationError(
                "file",
                translate("Photos", "{name} does not exist or is not a file").format(name=src.name),
            )
        if src.stat().st_size > MAX_PHOTO_BYTES:
            raise ValidationError(
                "file", translate("Photos", "{name} is larger than 40 MB").format(name=src.name)
            )
        try:
            data = src.read_bytes()
        except OSError:
            raise ValidationError(
                "file", translate("Photos", "{name} cannot be read").format(name=src.name)
            ) from None
        fmt, width, height = check_photo(data, src.name)
        digest = hashlib.sha256(data).hexdigest()
        with session_scope(self.engine) as s:
            rash = self.require(
                s, RashAssessment, clean["rash_assessment_id"], "rash_assessment_id"
            )
            rel = Path(
                "photos",
                str(rash.day.year),
                f"{rash.day.isoformat()}-{rash.site}-{digest[:12]}.{fmt}",
            )
            copied: Path | None = None
            try:
                copied = store_photo(self.data_root, rel.as_posix(), data)
                now = self.clock.now()
                row = RashPhoto(
                    rash_assessment_id=stored_id(rash),
                    rel_path=rel.as_posix(),
                    sha256=digest,
                    width=width,
                    height=height,
                    caption=clean.get("caption", ""),
                    taken_at=None,
                    created_at=now,
                    updated_at=now,
                )
                s.add(row)
                s.flush()
            except BaseException:
                if copied:
                    photo_store.remove(self.data_root, rel.as_posix())
                raise
            added = translate("Photos", "Added a photo to {day}").format(day=rash.day)
            return self._change("added", [row], added)

    def read_bytes(self, photo: RashPhotoRead) -> bytes | None:
        """The image, decrypted in memory for an encrypted diary; None when it cannot be read
        (missing, damaged)."""
        try:
            return photo_store.read(self.data_root, photo.rel_path)
        except photo_store.PhotoError:
            return None

    def for_assessment(self, rash_assessment_id: int) -> list[RashPhotoRead]:
        return self.list(where=[RashPhoto.rash_assessment_id == rash_assessment_id])


# --- Whole days ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DayRow:
    """Everything logged on one day, for the history table."""

    day: date
    checkin: CheckInRead | None
    tests: tuple[SelfTestRead, ...]
    rash: tuple[RashRead, ...]
    entries: tuple[SymptomEntryRead, ...] = ()  # entries during the day, earliest first

    @property
    def entries_summary(self) -> EntryDay | None:
        """How many entries the day has and the highest of each scale (None without any)."""
        return summarise(self.entries).get(self.day) if self.entries else None

    @property
    def rash_score(self) -> int | None:
        return rash_rules.day_score(self.rash)

    @property
    def tests_text(self) -> str:
        parts = []
        for t in self.tests:
            kind = vocab.SELF_TESTS[t.kind]
            name = t.custom_name if kind.key == "custom" else term(kind.label)
            value = number(t.value)
            parts.append(
                translate("Daily", "{test} {value}", "a self-test and its count").format(
                    test=name, value=value
                )
                if t.unit == "count"
                else translate("Daily", "{test} {value} {unit}", "a self-test, value, unit").format(
                    test=name, value=value, unit=t.unit
                )
            )
        return joined(parts, "; ")

    @property
    def notes(self) -> str:
        return self.checkin.notes if self.checkin else ""


@dataclass(frozen=True)
class DayDeletion:
    """What ``DayService.delete_day`` hid, so that undo restores exactly these rows."""

    day: date
    checkin_ids: tuple[int, ...]
    test_ids: tuple[int, ...]
    rash_ids: tuple[int, ...]
    entry_ids: tuple[int, ...] = ()


class DayService:
    """Use cases over a whole day: the history table, delete a day, undo that."""

    TABLES: ClassVar[
        tuple[tuple[type[CheckIn | SelfTest | RashAssessment | SymptomEntry], str], ...]
    ] = (
        (CheckIn, "checkin_ids"),
        (SelfTest, "test_ids"),
        (RashAssessment, "rash_ids"),
        (SymptomEntry, "entry_ids"),
    )

    def __init__(self, engine: sa.Engine, clock: Clock):
        self.engine = engine
        self.clock = clock

    def history(self, start: date | None = None, end: date | None = None) -> list[DayRow]:
        """One row per day with anything logged, oldest first."""

        def rows(table: Any, read: Any) -> dict[date, list[Any]]:
            q = select(table).where(table.deleted_at.is_(None))
            if start:
                q = q.where(table.day >= start)
            if end:
                q = q.where(table.day <= end)
            out: dict[date, list[Any]] = {}
            for r in s.exec(q.order_by(table.day, table.id)).all():
                out.setdefault(r.day, []).append(to_dto(read, r))
            return out

        with Session(self.engine) as s:
            checkins = rows(CheckIn, CheckInRead)
            tests = rows(SelfTest, SelfTestRead)
            rash = rows(RashAssessment, RashRead)
            entries = rows(SymptomEntry, SymptomEntryRead)
        days = sorted(set(checkins) | set(tests) | set(rash) | set(entries))
        return [
            DayRow(
                d,
                (checkins.get(d) or [None])[0],
                tuple(tests.get(d, ())),
                tuple(rash.get(d, ())),
                tuple(sorted(entries.get(d, ()), key=lambda e: e.at)),
            )
            for d in days
        ]

    def delete_day(self, day: date) -> DayDeletion:
        """Hide the check-in, self-tests and rash entries of ``day`` (soft delete), in one go."""
        now = self.clock.now()
        found: dict[str, tuple[int, ...]] = {}
        with session_scope(self.engine) as s:
            for table, key in self.TABLES:
                live = s.exec(
                    select(table).where(table.day == day, col(table.deleted_at).is_(None))
                ).all()
                for r in live:
                    r.deleted_at = now
                found[key] = tuple(stored_id(r) for r in live)
        return DayDeletion(day, **found)

    def undo_delete(self, deletion: DayDeletion) -> Change:
        """Bring back exactly the rows ``delete_day`` hid."""
        with session_scope(self.engine) as s:
            for table, key in self.TABLES:
                for row_id in getattr(deletion, key):
                    row = s.get(table, row_id)
                    if row is None:
                        continue
                    if isinstance(row, CheckIn):
                        other = s.exec(
                            select(CheckIn).where(
                                CheckIn.day == row.day, col(CheckIn.deleted_at).is_(None)
                            )
                        ).first()
                        if other is not None and other.id != row.id:
                            raise ValidationError(
                                "day",
                                translate("Daily", "{day} was logged again since").format(
                                    day=row.day
                                ),
                            )
                    row.deleted_at = None
        ids = deletion.checkin_ids + deletion.test_ids + deletion.rash_ids + deletion.entry_ids
        restored = translate("Records", "Restored {what}").format(what=deletion.day)
        return Change("day", "restored", ids, (deletion.day,), restored)
