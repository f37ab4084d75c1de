"""The inbox folder (docs/inbox-format.md): files another device put there, checked and listed
for review; accepted files are imported (one transaction each) and moved to ``done/``, rejected
ones to ``rejected/`` with ``<file>.problems.txt``.

Nothing is written before the user accepts. A file with any problem is never imported; the
other files still are. Importing a file again adds nothing: entries and side effects keep
``"<device>:<id>"`` as their uid, check-ins already logged with the same values are skipped,
steps keep the larger count and a day's weight is not replaced.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from dmtracker.domain import settings as settings_rules
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import Text, joined, translate
from dmtracker.services.base import Change
from dmtracker.services.clock import Clock
from dmtracker.services.commit_guard import refuse_commit
from dmtracker.services.entries import EntryService
from dmtracker.services.inbox_read import InboxRecords, read_jsonl
from dmtracker.services.json_input import JsonRefused, read_bytes_bounded
from dmtracker.services.private_files import write_private_bytes
from dmtracker.services.profile import SettingsService
from dmtracker.services.side_effects import SideEffectService
from dmtracker.services.transfer.checkin_csv import CheckinCsvImport
from dmtracker.services.transfer.common import (
    WHOLE_FILE,
    Collector,
    ImportProblem,
    ImportRejected,
    table_of,
)
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import BodyWeight, DailySteps, SideEffect, SymptomEntry
from dmtracker.storage.paths import DIR_MODE

MAX_INBOX_BYTES = 10 * 1024 * 1024
SETTLE_SECONDS = 2.0  # a file changed more recently than this may still be arriving
SUFFIXES = (".csv", ".jsonl")
DONE, REJECTED = "done", "rejected"
STEPS_SOURCE = "inbox"


@dataclass(frozen=True)
class InboxFile:
    """One file found in the inbox, checked: what it holds or why it cannot be imported."""

    path: Path
    kind: str  # "csv" or "jsonl"
    size: int
    counts: dict[str, int] = field(default_factory=dict)  # "checkin", "entry", "weight", …
    problems: tuple[ImportProblem, ...] = ()
    red_flags: tuple[str, ...] = ()
    device: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def ok(self) -> bool:
        return not self.problems

    def contents(self) -> Text:
        """ "3 entries, 1 weight": what the file holds, in words."""
        c = self.counts
        checkins, entries, weights = c.get("checkin", 0), c.get("entry", 0), c.get("weight", 0)
        steps, effects = c.get("steps", 0), c.get("side_effect", 0)
        words = {
            "checkin": translate("Inbox", "%n check-in(s)", None, checkins),
            "entry": translate("Inbox", "entries during the day: %n", None, entries),
            "weight": translate("Inbox", "%n weight(s)", None, weights),
            "steps": translate("Inbox", "%n day(s) of steps", None, steps),
            "side_effect": translate("Inbox", "%n side effect(s)", None, effects),
        }
        return joined([words[k] for k in words if self.counts.get(k)])

    def problems_text(self) -> str:
        return "\n".join(str(p) for p in self.problems)


@dataclass(frozen=True)
class InboxImport:
    """What accepting one file did."""

    file: str
    added: dict[str, int]
    skipped: int
    moved_to: Path
    change: Change


class InboxService:
    def __init__(
        self,
        engine: sa.Engine,
        clock: Clock,
        settings: SettingsService,
        entries: EntryService,
        side_effects: SideEffectService,
        read_only: bool = False,
    ):
        self.read_only = read_only
        self.engine = engine
        self.clock = clock
        self.settings = settings
        self.settle_seconds = SETTLE_SECONDS
        self._entries = entries
        self._effects = side_effects
        self._checkins = CheckinCsvImport(engine, clock)

    # -- the folder ------------------------------------------------------------------------
    def folder(self) -> Path | None:
        value = self.settings.get(settings_rules.INBOX_FOLDER)
        return Path(value) if value else None

    def set_folder(self, folder: str | Path | None) -> None:
        path = str(Path(folder).absolute()) if folder else ""
        if path and not Path(path).is_dir():
            raise ValidationError(
                "folder", translate("Inbox", "is not a folder: {path}").format(path=path)
            )
        self.settings.set(settings_rules.INBOX_FOLDER, path)

    def pending(self, folder: Path | None = None) -> tuple[list[Path], list[Path]]:
        """The files to look at, and those still arriving (changed in the last seconds)."""
        folder = folder or self.folder()
        if folder is None or not folder.is_dir():
            return [], []
        ready: list[Path] = []
        waiting: list[Path] = []
        now = time.time()
        for p in sorted(folder.iterdir()):
            if p.name.startswith(".") or p.suffix.lower() not in SUFFIXES or not p.is_file():
                continue
            try:
                age = now - p.stat().st_mtime
            except OSError:
                continue
            (ready if age >= self.settle_seconds else waiting).append(p)
        return ready, waiting

    # -- checking --------------------------------------------------------------------------
    def scan(self, folder: Path | None = None) -> list[InboxFile]:
        """Every file ready in the inbox, checked (nothing written)."""
        ready, _waiting = self.pending(folder)
        return [self.check(p) for p in ready]

    def check(self, path: Path) -> InboxFile:
        kind = path.suffix.lower().lstrip(".")
        c = Collector(path.name)
        size = 0
        try:
            size = path.stat().st_size
            raw = read_bytes_bounded(path, MAX_INBOX_BYTES)
            text = raw.decode("utf-8-sig")
        except JsonRefused as exc:
            return InboxFile(
                path, kind, size, problems=(ImportProblem(None, WHOLE_FILE, "", exc.reason),)
            )
        except (OSError, UnicodeDecodeError):
            reason = translate("Inbox", "is not UTF-8 text")
            return InboxFile(
                path, kind, size, problems=(ImportProblem(None, WHOLE_FILE, "", reason),)
            )
        try:
            if kind == "csv":
                rows = self._checkins.parse_checkins(text, c)
                self._dry_run_checkins(text, path.name)
                return InboxFile(path, kind, size, {"checkin": len(rows)})
            data = read_jsonl(text, self.clock.import_context(), c)
        except ImportRejected as exc:
            return InboxFile(path, kind, size, problems=tuple(exc.problems))
        return InboxFile(
            path, kind, size, _counts(data), red_flags=tuple(data.red_flags), device=data.device
        )

    def _dry_run_checkins(self, text: str, source: str) -> None:
        """Import the check-ins and roll back: finds days already logged with other values
        (an :class:`ImportRejected`), writes nothing."""
        if self.read_only:
            return
        try:
            with refuse_commit(self.engine, lambda: True, _DryRun):
                self._checkins.import_checkins_text(text, source)
        except _DryRun:
            pass

    # -- accepting and rejecting -----------------------------------------------------------
    def accept(self, path: Path) -> InboxImport:
        """Import ``path`` (all of it, one transaction) and move it to ``done/``; an
        :class:`ImportRejected` (nothing written, the file left where it is) otherwise."""
        found = self.check(path)
        if not found.ok:
            raise ImportRejected(path.name, found.problems)
        text = read_bytes_bounded(path, MAX_INBOX_BYTES).decode("utf-8-sig")
        if found.kind == "csv":
            result = self._checkins.import_checkins_text(text, path.name)
            added, skipped = {"checkin": result.total_added}, result.skipped
        else:
            data = read_jsonl(text, self.clock.import_context(), Collector(path.name))
            added, skipped = self._write(data)
        moved = _move(path, path.parent / DONE)
        message = translate("Inbox", "Imported {file}: {what}").format(
            file=path.name, what=InboxFile(path, found.kind, 0, added).contents()
        )
        return InboxImport(
            path.name, added, skipped, moved, Change("inbox", "added", (), (), message)
        )

    def reject(self, path: Path, problems: str = "") -> Path:
        """Move ``path`` to ``rejected/`` with ``<file>.problems.txt`` saying why."""
        if not problems:
            problems = self.check(path).problems_text() or str(
                translate("Inbox", "Rejected in the review list (no problems were found).")
            )
        moved = _move(path, path.parent / REJECTED)
        write_private_bytes(
            moved.with_name(moved.name + ".problems.txt"), (problems + "\n").encode()
        )
        return moved

    def _write(self, data: InboxRecords) -> tuple[dict[str, int], int]:
        added = {"entry": 0, "side_effect": 0, "weight": 0, "steps": 0}
        skipped = 0
        with session_scope(self.engine) as s:
            have = _uids(s, SymptomEntry, [r["uid"] for r in data.entries])
            for r in data.entries:
                if r["uid"] in have:
                    skipped += 1
                    continue
                self._entries.insert_in(s, dict(r))
                added["entry"] += 1
            have = _uids(s, SideEffect, [r["uid"] for r in data.side_effects])
            for r in data.side_effects:
                if r["uid"] in have:
                    skipped += 1
                    continue
                self._effects.insert_in(s, dict(r))
                added["side_effect"] += 1
            conn = s.connection()
            now = self.clock.now()
            added["steps"], more = _merge_steps(conn, now, data.steps)
            skipped += more
            added["weight"], more = _merge_weights(conn, now, data.weights, data.device)
            skipped += more
        return {k: v for k, v in added.items() if v}, skipped


class _DryRun(Exception):
    """Raised at the commit of a dry run: the transaction rolls back."""


def _counts(data: InboxRecords) -> dict[str, int]:
    return {
        "entry": len(data.entries),
        "side_effect": len(data.side_effects),
        "weight": len(data.weights),
        "steps": len(data.steps),
    }


def _uids(s: Session, table: Any, uids: list[str]) -> set[str]:
    if not uids:
        return set()
    column = col(table.uid)
    return {u for u in s.exec(select(column).where(column.in_(uids))).all() if u}


def _merge_steps(conn: sa.Connection, now: Any, steps: dict[date, int]) -> tuple[int, int]:
    """A new day is added; a day already there keeps the larger count (docs/inbox-format.md)."""
    if not steps:
        return 0, 0
    t = table_of(DailySteps)
    q = sa.select(t.c.id, t.c.day, t.c.steps, t.c.deleted_at)
    existing = {r.day: r for r in conn.execute(q.where(t.c.day.in_(list(steps))))}
    written = unchanged = 0
    for day, count in sorted(steps.items()):
        old = existing.get(day)
        values = {"steps": count, "source": STEPS_SOURCE, "updated_at": now}
        if old is None:
            conn.execute(sa.insert(t).values(**values, day=day, created_at=now))
        elif old.deleted_at is not None or count > old.steps:
            conn.execute(sa.update(t).where(t.c.id == old.id).values(**values, deleted_at=None))
        else:
            unchanged += 1
            continue
        written += 1
    return written, unchanged


def _merge_weights(
    conn: sa.Connection, now: Any, weights: dict[date, tuple[Decimal, str]], device: str
) -> tuple[int, int]:
    """A day that already has a weight keeps it."""
    if not weights:
        return 0, 0
    t = table_of(BodyWeight)
    q = sa.select(t.c.day).where(t.c.day.in_(list(weights)), t.c.deleted_at.is_(None))
    have = {r.day for r in conn.execute(q)}
    rows = [
        {
            "day": day,
            "weight_kg": kg,
            "entered_unit": unit,
            "notes": str(translate("Inbox", "from the inbox ({device})").format(device=device)),
            "created_at": now,
            "updated_at": now,
        }
        for day, (kg, unit) in sorted(weights.items())
        if day not in have
    ]
    if rows:
        conn.execute(sa.insert(t), rows)
    return len(rows), len(weights) - len(rows)


def _move(path: Path, folder: Path) -> Path:
    """Move ``path`` into ``folder`` (made private if new), never over another file."""
    folder.mkdir(mode=DIR_MODE, exist_ok=True)
    dest = folder / path.name
    n = 2
    while dest.exists() or dest.with_name(dest.name + ".problems.txt").exists():
        dest = folder / f"{path.stem}-{n}{path.suffix}"
        n += 1
    path.replace(dest)
    return dest
