"""The JSON backup: every row of every table, written out and imported again; restoring a
backup file.

**JSON backup** (``format`` ``dmtracker-backup``, ``version`` 1, plus the Alembic
``schema_revision``): every row of every table, soft-deleted rows included, with ids, timestamps
and rash photos (base64), so that importing it into an empty diary gives an identical database.
Importing is allowed only into an *empty* diary (no records; an untouched default profile and
stored settings are replaced) or into one that already holds exactly these data, where it
changes nothing. Anything else is refused: to go back to an earlier state of the same diary,
restore a backup instead.
Settings are checked like records (:mod:`dmtracker.domain.settings`): a bad value is refused
naming its key, and a key that is not a setting of this version is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from dmtracker import __version__
from dmtracker.domain import records
from dmtracker.domain import settings as settings_rules
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.domain.validation import Context, clean
from dmtracker.services.base import Change
from dmtracker.services.clock import Clock
from dmtracker.services.json_input import JsonRefused, load_backup
from dmtracker.services.transfer.backup_photos import decode_photos, photo_entries, write_photos
from dmtracker.services.transfer.backup_rules import (
    COMMON_RULES,
    EXTRA_RULES,
    KIND_OF_TABLE,
    TABLES,
)
from dmtracker.services.transfer.common import WHOLE_FILE, Collector, ImportResult, table_of
from dmtracker.storage.db import session_scope
from dmtracker.storage.migrate import current_revision, known_revisions
from dmtracker.storage.models import RECORD_TABLES, AppSetting, PatientProfile
from dmtracker.storage.paths import DataPaths

FORMAT_NAME = "dmtracker-backup"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class TableRows:
    """One table's rows as Python values (dates, aware UTC datetimes, Decimals)."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]


def _to_json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _model_default(model: type[SQLModel], column: str) -> Any:
    info = model.model_fields[column]
    if info.is_required():
        return None
    return info.get_default(call_default_factory=True)


class BackupTransfer:
    """The whole diary as a JSON backup and back, and restoring a backup file."""

    def __init__(self, engine: sa.Engine, clock: Clock, paths: DataPaths):
        self.engine = engine
        self.clock = clock
        self.paths = paths

    # -- reading everything ---------------------------------------------------------------
    def tables(self, *, include_deleted: bool = False) -> list[TableRows]:
        """Every table's rows ordered by id (by key for settings), in insert order.

        Exports of records use ``include_deleted=False``; the backup keeps deleted rows too.
        """
        out = []
        with self.engine.connect() as conn:
            for model in TABLES:
                out.append(self._read(conn, table_of(model), include_deleted))
        return out

    @staticmethod
    def _read(conn: sa.Connection, table: sa.Table, include_deleted: bool) -> TableRows:
        q = sa.select(table).order_by(*table.primary_key.columns)
        if not include_deleted and "deleted_at" in table.c:
            q = q.where(table.c.deleted_at.is_(None))
        rows = tuple(dict(r._mapping) for r in conn.execute(q))
        return TableRows(table.name, tuple(c.name for c in table.columns), rows)

    def schema_revision(self) -> str | None:
        return current_revision(self.paths.db)

    def backup_document(self, *, include_photos: bool = True) -> dict[str, Any]:
        """The complete JSON backup as a plain dict (values JSON-ready: decimals as text)."""
        tables = self.tables(include_deleted=True)
        doc: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "schema_revision": self.schema_revision(),
            "app_version": __version__,
            "exported_at": self.clock.now().isoformat(),
            "time_zone": str(self.clock.tz),
            "tables": {
                t.name: [
                    {k: _to_json(v) for k, v in row.items()}
                    for row in t.rows
                    if t.name != "app_setting" or _valid_setting(row)
                ]
                for t in tables
            },
            "photos": [],
        }
        if include_photos:
            doc["photos"] = photo_entries(
                self.paths.root, next(t for t in tables if t.name == "rash_photo").rows
            )
        return doc

    # -- JSON backup ----------------------------------------------------------------------
    def import_backup(self, path: str | Path) -> ImportResult:
        p = Path(path)
        source = p.name
        c = Collector(source)
        try:
            doc, lines = load_backup(p)
        except JsonRefused as exc:
            c.fail(exc.line, "" if exc.line else WHOLE_FILE, "", exc.reason)
        return self.import_backup_document(doc, source, lines)

    def import_backup_document(
        self,
        doc: Any,
        source: str = "backup",
        lines: Mapping[tuple[str, int], int] | None = None,
    ) -> ImportResult:
        """Import a parsed backup; ``lines`` maps (table, record number) to its line in the
        file, so that problems name the line."""
        c = Collector(source)
        lines = lines or {}
        self._check_header(doc, c)
        decoded = self._decode_tables(doc["tables"], c, lines)
        photos = decode_photos(doc.get("photos") or [], decoded, c, lines)
        c.raise_if_any()
        counts = {name: len(rows) for name, rows in decoded.items() if rows}
        created: list[Path] = []
        try:
            with session_scope(self.engine) as s:
                conn = s.connection()
                state = self._state(conn, decoded)
                if state == "same":
                    return ImportResult(
                        "backup",
                        source,
                        {},
                        sum(counts.values()),
                        translate(
                            "Import", "{source} is already in this diary: nothing was changed"
                        ).format(source=source),
                    )
                if state == "other":
                    c.fail(
                        None,
                        WHOLE_FILE,
                        "",
                        translate(
                            "Import",
                            "this diary already has records. A backup is imported only into an "
                            "empty diary (so nothing is mixed up or duplicated). To go back to an "
                            "earlier copy of this diary, restore a backup instead; to add days "
                            "from a spreadsheet, import a check-in CSV. (In the demo profile, "
                            "choose 'Start my own diary' first.)",
                        ),
                    )
                conn.execute(sa.delete(table_of(AppSetting)))
                conn.execute(sa.delete(table_of(PatientProfile)))
                for model in TABLES:
                    table = table_of(model)
                    rows = decoded.get(table.name) or []
                    if rows:
                        conn.execute(sa.insert(table), rows)
                write_photos(self.paths.root, photos, created, c)
        except sa.exc.IntegrityError as exc:
            for p in created:
                p.unlink(missing_ok=True)
            reason = str(exc.orig) if exc.orig is not None else str(exc)
            c.fail(
                None,
                WHOLE_FILE,
                "",
                translate("Import", "breaks a rule of the database ({reason})").format(
                    reason=reason
                ),
            )
        except BaseException:
            for p in created:
                p.unlink(missing_ok=True)
            raise
        total = sum(counts.values())
        message = (
            translate(
                "Import", "Imported {total:,} records from {source} and {photos} photos"
            ).format(total=total, source=source, photos=len(photos))
            if photos
            else translate("Import", "Imported {total:,} records from {source}").format(
                total=total, source=source
            )
        )
        return ImportResult("backup", source, counts, 0, message, Change("all", "added", ()))

    def _check_header(self, doc: Any, c: Collector) -> None:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
            c.fail(
                None,
                WHOLE_FILE,
                "format",
                translate("Import", 'is not a dmtracker backup (no "format": "{name}")').format(
                    name=FORMAT_NAME
                ),
            )
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            c.fail(
                None,
                WHOLE_FILE,
                "version",
                translate("Import", "must be a whole number, got {value!r}").format(value=version),
            )
        if version > FORMAT_VERSION:
            c.fail(
                None,
                WHOLE_FILE,
                "version",
                translate(
                    "Import",
                    "this backup was written by a newer dmtracker (backup format {version}); this "
                    "version reads format {known}. Install the newer version to import it.",
                ).format(version=version, known=FORMAT_VERSION),
            )
        revision = doc.get("schema_revision")
        if not isinstance(revision, str) or revision not in known_revisions():
            c.fail(
                None,
                WHOLE_FILE,
                "schema_revision",
                translate(
                    "Import",
                    "this backup holds data of database schema {revision!r}, which this version "
                    "of dmtracker does not know (it may be newer). Install the newer version.",
                ).format(revision=revision),
            )
        if not isinstance(doc.get("tables"), dict):
            c.fail(
                None,
                WHOLE_FILE,
                "tables",
                translate("Import", "is missing or is not an object of tables"),
            )
        unknown = sorted(set(doc["tables"]) - {table_of(m).name for m in TABLES})
        for name in unknown:
            c.add(
                None,
                WHOLE_FILE,
                "tables",
                translate("Import", "has an unknown table {name!r}").format(name=name),
            )
        c.raise_if_any()

    def _decode_tables(
        self, raw: Mapping[str, Any], c: Collector, lines: Mapping[tuple[str, int], int]
    ) -> dict[str, list[dict[str, Any]]]:
        ctx = self.clock.import_context()
        decoded: dict[str, list[dict[str, Any]]] = {}
        for model in TABLES:
            table = table_of(model)
            rows = raw.get(table.name) or []
            if not isinstance(rows, list):
                c.add(None, table.name, "", translate("Import", "must be a list of records"))
                continue
            decoded[table.name] = self._decode_rows(model, table, rows, ctx, c, lines)
        self._check_references(decoded, c)
        return decoded

    def _decode_rows(
        self,
        model: type[SQLModel],
        table: sa.Table,
        rows: list[Any],
        ctx: Context,
        c: Collector,
        lines: Mapping[tuple[str, int], int],
    ) -> list[dict[str, Any]]:
        rules = _TableRules.of(table)
        key = rules.key
        out: list[dict[str, Any]] = []
        seen: set[Any] = set()
        for n, row in enumerate(rows, start=1):
            line = lines.get((rules.name, n))
            where = rules.place(n, row)
            if not isinstance(row, dict):
                c.add(line, where, "", translate("Import", "must be an object of column values"))
                continue
            record = _decode_row(model, rules, row, ctx, _Place(c, line, where))
            if record is None:
                continue
            if record[key] in seen:
                c.add(
                    line,
                    where,
                    key,
                    translate("Import", "{value!r} appears twice in {table}").format(
                        value=record[key], table=rules.name
                    ),
                )
                continue
            seen.add(record[key])
            record["_where"] = (line, where)
            out.append(record)
        return out

    def _check_references(self, decoded: dict[str, list[dict[str, Any]]], c: Collector) -> None:
        ids = {name: {r["id"] for r in rows if "id" in r} for name, rows in decoded.items()}
        for model in TABLES:
            table = table_of(model)
            for fk in table.foreign_keys:
                col = fk.parent.name
                target = fk.column.table.name
                for r in decoded.get(table.name, []):
                    ref = r.get(col)
                    if ref is not None and ref not in ids.get(target, set()):
                        line, where = r["_where"]
                        c.add(
                            line,
                            where,
                            col,
                            translate("Import", "refers to {table} {id}, which is missing").format(
                                table=target, id=ref
                            ),
                        )
        names = {r["id"]: r["name"] for r in decoded.get("medication", [])}
        for r in decoded.get("medication_regimen", []):
            try:
                records.check_record(
                    "regimen", r, medication_name=names.get(r["medication_id"], "")
                )
            except ValidationError as exc:
                line, where = r["_where"]
                c.from_error(line, where, exc)
        unique = {
            "daily_checkin": ("day",),
            "rash_assessment": ("day", "site", "site_label"),
            "infusion_day": ("course_id", "day_number"),
            "infusion_follow_up": ("infusion_day_id", "day_offset"),
            "medication_intake": ("regimen_id", "day"),
            "symptom_entry": ("uid",),
        }
        for name, cols in unique.items():
            seen: dict[tuple[Any, ...], str] = {}
            for r in decoded.get(name, []):
                k = tuple(r[col] for col in cols)
                if k in seen:
                    line, where = r["_where"]
                    c.add(
                        line,
                        where,
                        cols[0],
                        translate("Import", "repeats {record} ({columns})").format(
                            record=seen[k], columns=", ".join(cols)
                        ),
                    )
                seen.setdefault(k, r["_where"][1])
        for rows in decoded.values():
            for r in rows:
                r.pop("_where", None)

    def _state(self, conn: sa.Connection, decoded: Mapping[str, list[dict[str, Any]]]) -> str:
        """'empty' (nothing but an untouched profile and settings), 'same' (exactly the
        backup's rows), or 'other'."""
        counts = {}
        for model in RECORD_TABLES:
            table = table_of(model)
            counts[table.name] = conn.execute(
                sa.select(sa.func.count()).select_from(table)
            ).scalar_one()
        others = {k: n for k, n in counts.items() if k != "patient_profile" and n}
        if not others and counts["patient_profile"] <= 1:
            profile = conn.execute(sa.select(table_of(PatientProfile))).first()
            if profile is None or self._is_default_profile(dict(profile._mapping)):
                return "empty"
        for table_model in TABLES:
            current = self._read(conn, table_of(table_model), include_deleted=True)
            if _comparable(current.name, current.rows) != _comparable(
                current.name, decoded.get(current.name) or []
            ):
                return "other"
        return "same"

    @staticmethod
    def _is_default_profile(row: Mapping[str, Any]) -> bool:
        return row.get("deleted_at") is None and all(
            row[k] == _model_default(PatientProfile, k)
            for k in records.SCHEMAS["profile"]
            if k in row
        )

    # -- restore ------------------------------------------------------------------------------
    def restore_backup(self, backup: str | Path) -> Path:
        """Replace the database with the backup file ``backup``; the current database is kept in
        ``backups/pre-restore-…`` first. Returns that file.

        The engine is closed: the caller must open the data folder again (``open_services``),
        which also upgrades a backup made by an older version.
        """
        from dmtracker.services.maintenance import restore_database

        self.engine.dispose()  # no open connection while the file is replaced (reopens on use)
        # checks the backup first (a refusal changes nothing); an encrypted diary stays so
        return restore_database(self.paths, Path(backup), self.clock.now())


def _valid_setting(row: Mapping[str, Any]) -> bool:
    """A stored setting the backup may carry: a bad or unknown one is left out (the app uses
    its default), so that every backup made can be imported again."""
    try:
        settings_rules.check(row.get("key"), row.get("value"))
    except ValidationError:
        return False
    return True


@dataclass(frozen=True)
class _TableRules:
    """How the rows of one table of a backup are checked."""

    name: str
    kind: str | None  # the record kind (domain/records.py), None for a table without one
    columns: list[str]
    schema: dict[str, Any]  # the kind's field rules
    other: dict[str, Any]  # the common and table-specific column rules
    key: str

    @classmethod
    def of(cls, table: sa.Table) -> _TableRules:
        name = table.name
        columns = [col.name for col in table.columns]
        kind = KIND_OF_TABLE.get(name)
        extra = EXTRA_RULES.get(name, {})
        schema = {k: v for k, v in records.SCHEMAS[kind].items() if k not in extra} if kind else {}
        other = {**{k: v for k, v in COMMON_RULES.items() if k in columns}, **extra}
        key = "key" if name == "app_setting" else "id"
        return cls(name, kind, columns, schema, other, key)

    def place(self, n: int, row: Any) -> str:
        """Where row ``n`` is, for a problem: its number, and its id when it is short."""
        ident = row.get(self.key) if isinstance(row, dict) else None
        short = (isinstance(ident, int) and abs(ident) < 10**20) or (
            isinstance(ident, str) and len(ident) <= 100
        )
        shown = ident if short else None
        if shown is None:
            return translate("Import", "{table} record {n}").format(table=self.name, n=n)
        return translate("Import", "{table} record {n}, {key} {id}").format(
            table=self.name, n=n, key=self.key, id=shown
        )


@dataclass(frozen=True)
class _Place:
    """The collector, and where in the file the row being read is."""

    c: Collector
    line: int | None
    where: str

    def add(self, fld: str, reason: str) -> None:
        self.c.add(self.line, self.where, fld, reason)

    def from_error(self, exc: ValidationError) -> None:
        self.c.from_error(self.line, self.where, exc)


def _decode_row(
    model: type[SQLModel], rules: _TableRules, row: dict[str, Any], ctx: Context, at: _Place
) -> dict[str, Any] | None:
    """One row as the database holds it (every column), or None when it is left out: refused
    (the problems are collected) or a setting this version does not know."""
    record = _clean_row(rules, row, ctx, at)
    if record is None:
        return None
    if rules.name == "app_setting" and not _take_setting(record, row, at):
        return None
    for col in rules.columns:
        if col not in record:
            record[col] = _model_default(model, col)
    # a dose row is checked with its medication's name, in _check_references
    if rules.kind and rules.kind != "regimen":
        try:
            records.check_record(rules.kind, record)
        except ValidationError as exc:
            at.from_error(exc)
            return None
    return record


def _clean_row(
    rules: _TableRules, row: dict[str, Any], ctx: Context, at: _Place
) -> dict[str, Any] | None:
    """The row's values through the field rules, or None when a column is unknown or a value
    is refused (each problem collected)."""
    problems = [k for k in row if k not in rules.columns]
    for k in problems:
        at.add(k, translate("Import", "is not a column of {table}").format(table=rules.name))
    record: dict[str, Any] = {}
    ok = not problems
    try:
        if rules.kind and rules.schema:
            part = {k: row[k] for k in rules.schema if k in row}
            record.update(records.validate(rules.kind, part, ctx))
    except ValidationError as exc:
        at.from_error(exc)
        ok = False
    try:
        part = {k: row[k] for k in rules.other if k in row}
        record.update(clean(rules.other, part, ctx, kind=rules.name))
    except ValidationError as exc:
        at.from_error(exc)
        ok = False
    return record if ok else None


def _take_setting(record: dict[str, Any], row: dict[str, Any], at: _Place) -> bool:
    """Check a stored setting's value into ``record``; False to leave the row out (a setting
    this version does not know, from an older one or another tool, or a refused value)."""
    if not settings_rules.is_setting(record["key"]):
        return False
    try:
        record["value"] = settings_rules.check(record["key"], row.get("value"))
    except ValidationError as exc:
        at.add("value", exc.reason)
        return False
    return True


def _comparable(table: str, rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The rows that make a diary what it is: the settings the app keeps about itself (when
    the last copy to the second backup folder was made) leave a backup "the same"."""
    if table != "app_setting":
        return list(rows)
    return [r for r in rows if r.get("key") not in settings_rules.STATUS_KEYS]
