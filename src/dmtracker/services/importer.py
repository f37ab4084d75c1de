"""Bringing data in and taking all of it out: the JSON backup, the check-in CSV, restores.

**JSON backup** (``format`` ``dmtracker-backup``, ``version`` 1, plus the Alembic
``schema_revision``): every row of every table, soft-deleted rows included, with ids, timestamps
and rash photos (base64), so that importing it into an empty diary gives an identical database.
Importing is allowed only into an *empty* diary (no records; an untouched default profile and
stored settings are replaced) or into one that already holds exactly these data, where it
changes nothing. Anything else is refused: to go back to an earlier state of the same diary,
restore a backup instead.
Settings are checked like records (:mod:`dmtracker.domain.settings`): a bad value is refused
naming its key, and a key that is not a setting of this version is left out.

**Check-in CSV** (``resources/templates/checkins-template.csv``): one row per day, keyed by the
date. A day already logged with the same values is skipped; a day logged with *different*
values is an error naming the line (the diary is never overwritten silently); a day whose
check-in was deleted is replaced.

Both imports are all-or-nothing: every row is validated with :mod:`dmtracker.domain.records`
first, every problem is reported by line (or record) and field, and only a file without
problems is written, in one transaction.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import csv
import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from dmtracker import __version__
from dmtracker.domain import records, vocab
from dmtracker.domain import settings as settings_rules
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.validation import (
    Bool,
    Context,
    Custom,
    Dec,
    Int,
    Moment,
    Reject,
    Rule,
    Text,
    clean,
)
from dmtracker.services.base import Change
from dmtracker.services.clock import Clock
from dmtracker.services.json_input import JsonRefused, load_backup, read_bytes_bounded
from dmtracker.services.photo_files import MAX_PHOTO_BYTES, check_photo, store_photo
from dmtracker.storage import photo_store
from dmtracker.storage.db import session_scope
from dmtracker.storage.migrate import current_revision, known_revisions
from dmtracker.storage.models import RECORD_TABLES, AppSetting, CheckIn, PatientProfile
from dmtracker.storage.paths import DIR_MODE, FILE_MODE, DataPaths

_MAX_PHOTO_BASE64 = (MAX_PHOTO_BYTES + 2) // 3 * 4  # the longest base64 text of a photo
FORMAT_NAME = "dmtracker-backup"
FORMAT_VERSION = 1
# Check-in CSV bounds: one row per day, and fewer than 50,000 days have passed since 1900 (the
# earliest day taken); notes hold at most 2,000 characters. The file at most 50 MB keeps an
# import under 500 MB of memory even when a character outside Latin-1 makes Python hold the
# text at 4 bytes per character (benchmarks/bench_import_memory.py).
MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_CSV_ROWS = 50_000
MAX_CSV_CELL = 10_000  # characters
MAX_CSV_CELLS = 64 * MAX_CSV_ROWS  # separators in the whole file (13 columns a row are used)
MAX_PROBLEMS = 1000  # stop collecting after this many (the file is refused anyway)

CHECKIN_COLUMNS: tuple[str, ...] = (
    "day",
    *vocab.DAILY_SCALES,
    *vocab.FUNCTION_ITEMS,
    "notes",
)
# A cell starting with one of these gets a leading ' in the CSV export, so that a spreadsheet does
# not run it as a formula (a tab or carriage return before one would hide it from a plain check).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Every table in the order a backup writes and an import inserts it (parents before children).
TABLES: tuple[type[SQLModel], ...] = (*RECORD_TABLES, AppSetting)

# The record kind (domain/records.py) whose rules check each table's columns.
KIND_OF_TABLE: dict[str, str] = {
    "clinic_assessment": "clinic",
    "patient_profile": "profile",
    "body_weight": "body_weight",
    "daily_checkin": "checkin",
    "self_test": "self_test",
    "rash_assessment": "rash",
    "rash_photo": "rash_photo",
    "infusion_course": "course",
    "infusion_day": "infusion_day",
    "infusion_rate_step": "rate_step",
    "premedication": "premedication",
    "vital_sign": "vital",
    "infusion_follow_up": "follow_up",
    "side_effect": "side_effect",
    "medication": "medication",
    "medication_regimen": "regimen",
    "medication_intake": "intake",
    "lab_result": "lab",
    "questionnaire_response": "questionnaire",
}


# --- Rules for the columns the record kinds do not declare (ids, timestamps, derived values) --
_ID = Int(lo=1, hi=2**62)
_HEX64 = re.compile(r"[0-9a-f]{64}")
_PHOTO_PATH = re.compile(r"photos/[0-9]{4}/[A-Za-z0-9][A-Za-z0-9._-]{0,200}")
_LOINC = re.compile(r"[0-9]{1,8}-[0-9]")


def _photo_path(value: Any, ctx: Context) -> str:
    if not isinstance(value, str) or not _PHOTO_PATH.fullmatch(value) or ".." in value:
        raise Reject(f"must be a photo path like photos/2026/name.png, got {value!r}")
    return value


def _sha256(value: Any, ctx: Context) -> str:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise Reject("must be 64 lower-case hexadecimal digits")
    return value


def _loinc(value: Any, ctx: Context) -> str:
    if not isinstance(value, str) or not _LOINC.fullmatch(value):
        raise Reject(f"must be a LOINC code like 2157-6, got {value!r}")
    return value


COMMON_RULES: dict[str, Rule] = {
    "id": Int(required=True, lo=1, hi=2**62),
    "created_at": Moment(required=True, not_future=False),
    "updated_at": Moment(required=True, not_future=False),
    "deleted_at": Moment(not_future=False),
}
# Columns a table holds beyond its record kind's fields. Derived values (computed by the app)
# are checked for range but not for the decimal places of a typed value.
EXTRA_RULES: dict[str, dict[str, Rule]] = {
    "rash_photo": {
        "rash_assessment_id": Int(required=True, lo=1, hi=2**62),
        "rel_path": Custom(required=True, fn=_photo_path),
        "sha256": Custom(required=True, fn=_sha256),
        "width": Int(required=True, lo=1, hi=100_000),
        "height": Int(required=True, lo=1, hi=100_000),
    },
    "infusion_course": {"total_g": Dec(required=True, lo=0, lo_open=True, hi=2000, places=None)},
    "infusion_day": {"course_id": Int(required=True, lo=1, hi=2**62)},
    "infusion_rate_step": {
        "infusion_day_id": Int(required=True, lo=1, hi=2**62),
        "seq": Int(required=True, lo=0, hi=10_000),
        "rate_ml_per_kg_min": Dec(required=True, lo=0, lo_open=True, hi="0.2", places=None),
        "rate_ml_per_h": Dec(required=True, lo=0, lo_open=True, hi=2000, places=None),
    },
    "premedication": {"infusion_day_id": Int(required=True, lo=1, hi=2**62)},
    "infusion_follow_up": {
        "infusion_day_id": Int(required=True, lo=1, hi=2**62),
        "answered_at": Moment(required=True, not_future=False),
    },
    "side_effect": {"is_custom_term": Bool(), "follow_up_id": _ID},
    "medication_regimen": {"medication_id": Int(required=True, lo=1, hi=2**62)},
    "medication_intake": {"regimen_id": Int(required=True, lo=1, hi=2**62)},
    "lab_result": {
        "loinc": Custom(fn=_loinc),
        "entered_value": Text(max_len=40),
    },
    "questionnaire_response": {"score": Dec(lo=0, hi=3, places=None)},
    "app_setting": {
        "key": Text(required=True, max_len=100),
        "updated_at": Moment(required=True, not_future=False),
    },
}


# --- Results and problems ------------------------------------------------------------------
@dataclass(frozen=True)
class ImportProblem:
    """One reason a file was refused: where (a line, or a record of a backup), field, reason."""

    line: int | None
    record: str
    field: str
    reason: str

    @property
    def where(self) -> str:
        if self.line is not None:
            place = f"line {self.line} ({self.record})" if self.record else f"line {self.line}"
        else:
            place = self.record
        return f"{place}, {self.field}" if self.field else place

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ImportRejected(ValidationError):
    """The whole file was refused; nothing was written. ``problems`` lists every reason."""

    def __init__(self, source: str, problems: Sequence[ImportProblem]):
        self.source = source
        self.problems = sorted(problems, key=lambda p: (p.line is None, p.line or 0))
        errors = [(p.where, p.reason) for p in self.problems]
        super().__init__(errors[0][0], errors[0][1], errors=errors)

    def summary(self) -> str:
        n = len(self.problems)
        many = f"{n} problems" if n != 1 else "1 problem"
        return f"{self.source} was not imported ({many}); nothing was changed"

    def describe(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def __str__(self) -> str:
        return self.summary()


@dataclass(frozen=True)
class ImportResult:
    kind: str  # "backup" or "checkins"
    source: str
    added: dict[str, int]
    skipped: int = 0
    message: str = ""
    change: Change | None = None

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


@dataclass(frozen=True)
class TableRows:
    """One table's rows as Python values (dates, aware UTC datetimes, Decimals)."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]


@dataclass
class _Collector:
    source: str
    problems: list[ImportProblem] = field(default_factory=list)

    def add(self, line: int | None, record: str, fld: str, reason: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(ImportProblem(line, record, fld, reason))

    def from_error(self, line: int | None, record: str, exc: ValidationError) -> None:
        for fld, reason in exc.errors:
            self.add(line, record, fld, reason)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ImportRejected(self.source, self.problems)

    def fail(self, line: int | None, record: str, fld: str, reason: str) -> None:
        """Stop here with this reason (listed even when ``MAX_PROBLEMS`` were collected)."""
        self.problems.append(ImportProblem(line, record, fld, reason))
        self.raise_if_any()


def _table_of(model: type[SQLModel]) -> sa.Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


def _to_json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _model_default(model: type[SQLModel], column: str) -> Any:
    info = model.model_fields[column]
    if info.default_factory is not None:
        return info.default_factory()  # type: ignore[call-arg]
    return None if info.is_required() else info.default


def unescape_cell(text: str) -> str:
    """Undo the spreadsheet-formula guard of the CSV export: ``'=x`` -> ``=x``."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        return text[1:]
    return text


def write_private_bytes(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` atomically, readable by the user only (0600)."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class DataTransferService:
    """Whole-diary reads for exports, the two imports, and restoring a backup file."""

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
                out.append(self._read(conn, _table_of(model), include_deleted))
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
            seen: set[str] = set()
            photo_rows = next(t for t in tables if t.name == "rash_photo").rows
            for row in photo_rows:
                rel = row["rel_path"]
                if rel in seen:
                    continue
                seen.add(rel)
                try:  # decrypted in memory for an encrypted diary
                    data: bytes | None = photo_store.read(self.paths.root, rel)
                except photo_store.PhotoError:
                    data = None
                doc["photos"].append(
                    {
                        "path": rel,
                        "sha256": row["sha256"],
                        "data": base64.b64encode(data).decode("ascii") if data else None,
                    }
                )
        return doc

    # -- one entry point for the UI and the command line -----------------------------------
    def import_file(self, path: str | Path) -> ImportResult:
        """Import a JSON backup (``.json`` or text starting with ``{``) or a check-in CSV."""
        p = Path(path)
        if not p.is_file():
            raise ImportRejected(p.name, [ImportProblem(None, "file", "", "does not exist")])
        if p.suffix.lower() == ".json":
            return self.import_backup(p)
        if p.suffix.lower() in (".csv", ".txt", ".tsv"):
            return self.import_checkins_csv(p)
        with p.open("rb") as f:
            head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        return self.import_backup(p) if head.startswith(b"{") else self.import_checkins_csv(p)

    # -- JSON backup ----------------------------------------------------------------------
    def import_backup(self, path: str | Path) -> ImportResult:
        p = Path(path)
        source = p.name
        c = _Collector(source)
        try:
            doc, lines = load_backup(p)
        except JsonRefused as exc:
            c.fail(exc.line, "" if exc.line else "file", "", exc.reason)
        return self.import_backup_document(doc, source, lines)

    def import_backup_document(
        self,
        doc: Any,
        source: str = "backup",
        lines: Mapping[tuple[str, int], int] | None = None,
    ) -> ImportResult:
        """Import a parsed backup; ``lines`` maps (table, record number) to its line in the
        file, so that problems name the line."""
        c = _Collector(source)
        lines = lines or {}
        self._check_header(doc, c)
        decoded = self._decode_tables(doc["tables"], c, lines)
        photos = self._decode_photos(doc.get("photos") or [], decoded, c, lines)
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
                        f"{source} is already in this diary: nothing was changed",
                    )
                if state == "other":
                    c.fail(
                        None,
                        "file",
                        "",
                        "this diary already has records. A backup is imported only into an "
                        "empty diary (so nothing is mixed up or duplicated). To go back to an "
                        "earlier copy of this diary, restore a backup instead; to add days from "
                        "a spreadsheet, import a check-in CSV. (In the demo profile, choose "
                        "'Start my own diary' first.)",
                    )
                conn.execute(sa.delete(_table_of(AppSetting)))
                conn.execute(sa.delete(_table_of(PatientProfile)))
                for model in TABLES:
                    table = _table_of(model)
                    rows = decoded.get(table.name) or []
                    if rows:
                        conn.execute(sa.insert(table), rows)
                self._write_photos(photos, created, c)
        except sa.exc.IntegrityError as exc:
            for p in created:
                p.unlink(missing_ok=True)
            reason = str(exc.orig) if exc.orig is not None else str(exc)
            c.fail(None, "file", "", f"breaks a rule of the database ({reason})")
        except BaseException:
            for p in created:
                p.unlink(missing_ok=True)
            raise
        total = sum(counts.values())
        message = f"Imported {total:,} records from {source}"
        if photos:
            message += f" and {len(photos)} photos"
        return ImportResult("backup", source, counts, 0, message, Change("all", "added", ()))

    def _check_header(self, doc: Any, c: _Collector) -> None:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
            c.fail(
                None, "file", "format", f'is not a dmtracker backup (no "format": "{FORMAT_NAME}")'
            )
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            c.fail(None, "file", "version", f"must be a whole number, got {version!r}")
        if version > FORMAT_VERSION:
            c.fail(
                None,
                "file",
                "version",
                f"this backup was written by a newer dmtracker (backup format {version}); this "
                f"version reads format {FORMAT_VERSION}. Install the newer version to import it.",
            )
        revision = doc.get("schema_revision")
        if not isinstance(revision, str) or revision not in known_revisions():
            c.fail(
                None,
                "file",
                "schema_revision",
                f"this backup holds data of database schema {revision!r}, which this version "
                "of dmtracker does not know (it may be newer). Install the newer version.",
            )
        if not isinstance(doc.get("tables"), dict):
            c.fail(None, "file", "tables", "is missing or is not an object of tables")
        unknown = sorted(set(doc["tables"]) - {_table_of(m).name for m in TABLES})
        for name in unknown:
            c.add(None, "file", "tables", f"has an unknown table {name!r}")
        c.raise_if_any()

    def _decode_tables(
        self, raw: Mapping[str, Any], c: _Collector, lines: Mapping[tuple[str, int], int]
    ) -> dict[str, list[dict[str, Any]]]:
        ctx = self.clock.import_context()
        decoded: dict[str, list[dict[str, Any]]] = {}
        for model in TABLES:
            table = _table_of(model)
            rows = raw.get(table.name) or []
            if not isinstance(rows, list):
                c.add(None, table.name, "", "must be a list of records")
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
        c: _Collector,
        lines: Mapping[tuple[str, int], int],
    ) -> list[dict[str, Any]]:
        name = table.name
        columns = [col.name for col in table.columns]
        kind = KIND_OF_TABLE.get(name)
        extra = EXTRA_RULES.get(name, {})
        schema = {k: v for k, v in records.SCHEMAS[kind].items() if k not in extra} if kind else {}
        other_rules = {
            **({k: v for k, v in COMMON_RULES.items() if k in columns}),
            **extra,
        }
        key = "key" if name == "app_setting" else "id"
        out: list[dict[str, Any]] = []
        seen: set[Any] = set()
        for n, row in enumerate(rows, start=1):
            ident = row.get(key) if isinstance(row, dict) else None
            short = (isinstance(ident, int) and abs(ident) < 10**20) or (
                isinstance(ident, str) and len(ident) <= 100
            )
            shown = ident if short else None
            where = f"{name} record {n}" + (f", {key} {shown}" if shown is not None else "")
            line = lines.get((name, n))
            if not isinstance(row, dict):
                c.add(line, where, "", "must be an object of column values")
                continue
            problems = [k for k in row if k not in columns]
            for k in problems:
                c.add(line, where, k, f"is not a column of {name}")
            record: dict[str, Any] = {}
            ok = not problems
            try:
                if schema:
                    part = {k: row[k] for k in schema if k in row}
                    record.update(records.validate(kind, part, ctx))  # type: ignore[arg-type]
            except ValidationError as exc:
                c.from_error(line, where, exc)
                ok = False
            try:
                part = {k: row[k] for k in other_rules if k in row}
                record.update(clean(other_rules, part, ctx, kind=name))
            except ValidationError as exc:
                c.from_error(line, where, exc)
                ok = False
            if not ok:
                continue
            if name == "app_setting":
                if not settings_rules.is_setting(record["key"]):
                    continue  # not a setting of this version (an older one, or another tool)
                try:
                    record["value"] = settings_rules.check(record["key"], row.get("value"))
                except ValidationError as exc:
                    c.add(line, where, "value", exc.reason)
                    continue
            for col in columns:
                if col not in record:
                    record[col] = _model_default(model, col)
            try:
                if kind == "regimen":
                    pass  # checked with the medication's name in _check_references
                elif kind:
                    records.check_record(kind, record)
            except ValidationError as exc:
                c.from_error(line, where, exc)
                continue
            if record[key] in seen:
                c.add(line, where, key, f"{record[key]!r} appears twice in {name}")
                continue
            seen.add(record[key])
            record["_where"] = (line, where)
            out.append(record)
        return out

    def _check_references(self, decoded: dict[str, list[dict[str, Any]]], c: _Collector) -> None:
        ids = {name: {r["id"] for r in rows if "id" in r} for name, rows in decoded.items()}
        for model in TABLES:
            table = _table_of(model)
            for fk in table.foreign_keys:
                col = fk.parent.name
                target = fk.column.table.name
                for r in decoded.get(table.name, []):
                    ref = r.get(col)
                    if ref is not None and ref not in ids.get(target, set()):
                        c.add(*r["_where"], col, f"refers to {target} {ref}, which is missing")
        names = {r["id"]: r["name"] for r in decoded.get("medication", [])}
        for r in decoded.get("medication_regimen", []):
            try:
                records.check_record(
                    "regimen", r, medication_name=names.get(r["medication_id"], "")
                )
            except ValidationError as exc:
                c.from_error(*r["_where"], exc)
        unique = {
            "daily_checkin": ("day",),
            "rash_assessment": ("day", "site", "site_label"),
            "infusion_day": ("course_id", "day_number"),
            "infusion_follow_up": ("infusion_day_id", "day_offset"),
            "medication_intake": ("regimen_id", "day"),
        }
        for name, cols in unique.items():
            seen: dict[tuple[Any, ...], str] = {}
            for r in decoded.get(name, []):
                k = tuple(r[col] for col in cols)
                if k in seen:
                    c.add(*r["_where"], cols[0], f"repeats {seen[k]} ({', '.join(cols)})")
                seen.setdefault(k, r["_where"][1])
        for rows in decoded.values():
            for r in rows:
                r.pop("_where", None)

    def _decode_photos(
        self,
        raw: Any,
        decoded: dict[str, list[dict[str, Any]]],
        c: _Collector,
        lines: Mapping[tuple[str, int], int],
    ) -> list[tuple[str, str]]:
        """Check every photo as attaching one does (at most 40 MB, a real image) and against
        its checksum; returns (path, base64 text) of each, decoded again when written (one
        photo in memory at a time)."""
        if not isinstance(raw, list):
            c.add(None, "file", "photos", "must be a list")
            return []
        wanted = {r["rel_path"]: r["sha256"] for r in decoded.get("rash_photo", [])}
        out: list[tuple[str, str]] = []
        for i, item in enumerate(raw, start=1):
            where = f"photo {i}"
            line = lines.get(("photos", i))
            if not isinstance(item, dict):
                c.add(line, where, "", "must be an object with path, sha256 and data")
                continue
            rel = item.get("path")
            if not isinstance(rel, str) or rel not in wanted:
                shown = repr(rel)[:60] if isinstance(rel, str) else f"a {type(rel).__name__}"
                c.add(line, where, "path", f"{shown} is not the photo of any rash entry")
                continue
            text = item.get("data")
            if text is None:
                continue  # the photo file was missing when the backup was made
            if not isinstance(text, str):
                c.add(line, where, "data", "is not base64 text")
                continue
            if len(text) > _MAX_PHOTO_BASE64:
                c.add(line, where, "data", f"{rel} is larger than 40 MB")
                continue
            data = _b64(text)
            if data is None:
                c.add(line, where, "data", "is not base64 text")
                continue
            try:
                check_photo(data, rel)
            except ValidationError as exc:
                c.add(line, where, "data", exc.reason)
                continue
            if hashlib.sha256(data).hexdigest() != wanted[rel]:
                c.add(line, where, "data", f"does not match the checksum of {rel}")
                continue
            out.append((rel, text))
        return out

    def _write_photos(
        self, photos: Iterable[tuple[str, str]], created: list[Path], c: _Collector
    ) -> None:
        """Store each photo the way attaching one does (:func:`store_photo`)."""
        for rel, text in photos:
            data = _b64(text)
            assert data is not None  # checked in _decode_photos
            if photo_store.exists(self.paths.root, rel):
                have = photo_store.read(self.paths.root, rel)
                if hashlib.sha256(have).hexdigest() == hashlib.sha256(data).hexdigest():
                    continue
                c.fail(None, "file", "photos", f"{rel} already exists with other content")
            # encrypted under an opaque name in an encrypted diary
            written = store_photo(self.paths.root, rel, data)
            if written is not None:
                created.append(written)

    def _state(self, conn: sa.Connection, decoded: Mapping[str, list[dict[str, Any]]]) -> str:
        """'empty' (nothing but an untouched profile and settings), 'same' (exactly the
        backup's rows), or 'other'."""
        counts = {}
        for model in RECORD_TABLES:
            table = _table_of(model)
            counts[table.name] = conn.execute(
                sa.select(sa.func.count()).select_from(table)
            ).scalar_one()
        others = {k: n for k, n in counts.items() if k != "patient_profile" and n}
        if not others and counts["patient_profile"] <= 1:
            profile = conn.execute(sa.select(_table_of(PatientProfile))).first()
            if profile is None or self._is_default_profile(dict(profile._mapping)):
                return "empty"
        for model in TABLES:
            current = self._read(conn, _table_of(model), include_deleted=True)
            if list(current.rows) != list(decoded.get(current.name) or []):
                return "other"
        return "same"

    @staticmethod
    def _is_default_profile(row: Mapping[str, Any]) -> bool:
        return row.get("deleted_at") is None and all(
            row[k] == _model_default(PatientProfile, k)
            for k in records.SCHEMAS["profile"]
            if k in row
        )

    # -- check-in CSV ---------------------------------------------------------------------
    def import_checkins_csv(self, path: str | Path) -> ImportResult:
        p = Path(path)
        source = p.name
        c = _Collector(source)
        try:
            raw = read_bytes_bounded(p, MAX_CSV_BYTES)
        except JsonRefused as exc:
            c.fail(None, "file", "", exc.reason)
        _check_utf8(raw, c)
        return self.import_checkins_text(raw, source)

    def import_checkins_text(self, text: str | bytes, source: str = "check-ins") -> ImportResult:
        """Import check-ins from CSV text, or from its UTF-8 bytes (read line by line, so the
        whole text is never held as one string)."""
        c = _Collector(source)
        rows = self._parse_checkins(text, c)
        now = self.clock.now()
        with session_scope(self.engine) as s:
            conn = s.connection()
            table = _table_of(CheckIn)
            existing: dict[date, dict[str, Any]] = {}
            if rows:
                days = [r["day"] for _line, r in rows]
                q = sa.select(table).where(table.c.day >= min(days), table.c.day <= max(days))
                existing = {r.day: dict(r._mapping) for r in conn.execute(q)}
            new: list[dict[str, Any]] = []
            replace: list[int] = []
            skipped = 0
            for line, record in rows:
                old = existing.get(record["day"])
                if old is not None and old["deleted_at"] is None:
                    diffs = [k for k in CHECKIN_COLUMNS if old[k] != record[k]]
                    if not diffs:
                        skipped += 1
                        continue
                    shown = "; ".join(
                        f"{k} {_cell(record[k])} here, {_cell(old[k])} in the diary"
                        for k in diffs[:3]
                    )
                    c.add(
                        line,
                        "",
                        "day",
                        f"{record['day'].isoformat()} already has a check-in with other values "
                        f"({shown}). Change that day in the app, or remove this line.",
                    )
                    continue
                if old is not None:
                    replace.append(old["id"])
                new.append({**record, "created_at": now, "updated_at": now})
            c.raise_if_any()
            if replace:
                conn.execute(sa.delete(table).where(table.c.id.in_(replace)))
            if new:
                conn.execute(sa.insert(table), new)
        days = tuple(r["day"] for r in new)
        message = f"Imported {len(new):,} check-ins from {source}"
        if skipped:
            message += f"; {skipped:,} days were already in the diary with the same values"
        change = Change("checkin", "added", (), days, message)
        return ImportResult(
            "checkins", source, {"daily_checkin": len(new)}, skipped, message, change
        )

    def _parse_checkins(self, text: str | bytes, c: _Collector) -> list[tuple[int, dict[str, Any]]]:
        expected = ", ".join(CHECKIN_COLUMNS)
        header_line = next((ln for ln in _csv_lines(text) if ln.strip()), None)
        if header_line is None:
            c.fail(
                1, "", "", f"the file is empty; its first line must name the columns: {expected}"
            )
        delimiter = max((",", ";", "\t"), key=header_line.count)  # type: ignore[union-attr]
        sep: str | bytes = delimiter.encode("ascii") if isinstance(text, bytes) else delimiter
        if text.count(sep) > MAX_CSV_CELLS:  # type: ignore[arg-type]
            c.fail(None, "file", "", f"has more than {MAX_CSV_CELLS:,} cells")
        reader = csv.reader(_csv_lines(text), delimiter=delimiter, strict=True)
        header: list[str] | None = None
        header_at = 0
        previous = 0
        ctx = self.clock.import_context()
        out: list[tuple[int, dict[str, Any]]] = []
        seen: dict[date, int] = {}
        rows_read = 0
        try:
            for cells in reader:
                line = previous + 1
                previous = reader.line_num
                if not any(cell.strip() for cell in cells):
                    continue
                long = next((i for i, cell in enumerate(cells) if len(cell) > MAX_CSV_CELL), None)
                if long is not None:
                    name = header[long] if header and long < len(header) else ""
                    c.add(line, "", name, f"is longer than {MAX_CSV_CELL:,} characters")
                    continue
                if header is None:
                    header = [cell.strip().lower() for cell in cells]
                    header_at = line
                    self._check_header_cells(header, line, c)
                    continue
                rows_read += 1
                if rows_read > MAX_CSV_ROWS:
                    c.fail(line, "", "", f"the file has more than {MAX_CSV_ROWS:,} rows")
                record = self._checkin_row(header, cells, line, ctx, c)
                if record is None:
                    continue
                if record["day"] in seen:
                    c.add(
                        line,
                        "",
                        "day",
                        f"{record['day'].isoformat()} is also on line {seen[record['day']]}",
                    )
                    continue
                seen[record["day"]] = line
                out.append((line, record))
        except csv.Error as exc:
            c.add(previous + 1, "", "", f"cannot be read as CSV ({exc})")
        if header is not None and not out and not c.problems:
            c.add(header_at + 1, "", "", "there are no check-ins below the header line")
        c.raise_if_any()
        return out

    @staticmethod
    def _check_header_cells(header: list[str], line: int, c: _Collector) -> None:
        expected = ", ".join(CHECKIN_COLUMNS)
        for name in header:
            if name and name not in CHECKIN_COLUMNS:
                c.add(line, "", name, f"is not a check-in column (the columns are: {expected})")
            elif name and header.count(name) > 1:
                c.add(line, "", name, "appears twice in the header")
        if "day" not in header:
            c.add(line, "", "day", "the header must have a 'day' column (dates as YYYY-MM-DD)")
        named = [i for i, h in enumerate(header) if h]
        if named and any(not h for h in header[: named[-1]]):
            c.add(line, "", "", "a column in the header has no name")
        c.raise_if_any()

    @staticmethod
    def _checkin_row(
        header: list[str], cells: list[str], line: int, ctx: Context, c: _Collector
    ) -> dict[str, Any] | None:
        if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            c.add(line, "", "", f"has {len(cells)} cells but the header has {len(header)} columns")
            return None
        data: dict[str, Any] = {}
        for name, cell in zip(header, cells, strict=False):
            if not name:
                if cell.strip():
                    c.add(line, "", "", f"has a value in a column without a name: {cell!r}")
                    return None
                continue
            value = unescape_cell(cell) if name == "notes" else cell
            data[name] = None if value.strip() == "" else value
        try:
            clean_row = records.validate("checkin", data, ctx)
        except ValidationError as exc:
            c.from_error(line, "", exc)
            return None
        record = {k: clean_row.get(k) for k in CHECKIN_COLUMNS}
        record["notes"] = record["notes"] or ""
        try:
            records.check_record("checkin", record)
        except ValidationError as exc:
            c.from_error(line, "", exc)
            return None
        return record

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


_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+$")
_BYTES_LINE = re.compile(rb"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+$")


def _csv_lines(text: str | bytes) -> Iterator[str]:
    """The lines of CSV text with their line ends (as ``newline=""`` reads them), one at a time;
    from UTF-8 bytes (checked by :func:`_check_utf8`) each line is decoded on its own."""
    if isinstance(text, bytes):
        start = 3 if text.startswith(codecs.BOM_UTF8) else 0
        for m in _BYTES_LINE.finditer(text, start):
            yield m.group().decode("utf-8")
    else:
        for m in _LINE.finditer(text, 1 if text.startswith("\ufeff") else 0):
            yield m.group()


def _check_utf8(raw: bytes, c: _Collector) -> None:
    """Refuse bytes that are not UTF-8, naming the line (decoded in chunks, not kept)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for at in range(0, len(raw), 4 * 1024 * 1024):
        try:
            decoder.decode(raw[at : at + 4 * 1024 * 1024], final=at + 4 * 1024 * 1024 >= len(raw))
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, at + max(exc.start, 0)) + 1
            c.fail(line, "file", "", "is not UTF-8 text; save it as 'CSV UTF-8' and try again")


def _b64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    return repr(value) if isinstance(value, str) else str(value)


def checkin_template_text() -> str:
    """The documented CSV template for check-ins (header and two example rows)."""
    from importlib import resources

    return (
        resources.files("dmtracker")
        .joinpath("resources/templates/checkins-template.csv")
        .read_text(encoding="utf-8")
    )


def _valid_setting(row: Mapping[str, Any]) -> bool:
    """A stored setting the backup may carry: a bad or unknown one is left out (the app uses
    its default), so that every backup made can be imported again."""
    try:
        settings_rules.check(row.get("key"), row.get("value"))
    except ValidationError:
        return False
    return True
