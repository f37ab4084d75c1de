"""A writer for the crash-safety tests: saves records through the services until it is killed.

    python tests/storage/crash_writer.py DATA_DIR RUN [--big-wal]

Opens the data folder with ``open_services`` (integrity check, migration, engine: the app's own
start), then adds check-ins (one per day, going back from today) and side effects in a loop.
After each save returns it prints one acknowledgement line and flushes it:

    ack checkin <id> <day> <notes>
    ack side_effect <id> <term>

A line that reached the parent is a save the app told the user about: it must survive the kill.
``--big-wal`` turns automatic checkpoints off, so every commit stays in the ``-wal`` file.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dmtracker.services.app_services import open_services
from dmtracker.services.clock import Clock
from dmtracker.storage.paths import DataPaths

# A fixed clock keeps the days far from "today" rules and the same on every run.
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def oldest_day(db: Path):  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT min(day) FROM daily_checkin").fetchone()
    finally:
        conn.close()
    return datetime.fromisoformat(row[0]).date() if row and row[0] else None


def main() -> int:
    root, run = Path(sys.argv[1]), int(sys.argv[2])
    big_wal = "--big-wal" in sys.argv[3:]
    services = open_services(DataPaths(root), Clock(tz=UTC, fixed=NOW))
    if big_wal:
        from sqlalchemy import event

        def no_autocheckpoint(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.execute("PRAGMA wal_autocheckpoint=0")

        event.listen(services.engine, "connect", no_autocheckpoint)
    services.maintenance.daily_backup()
    first = oldest_day(services.paths.db)
    day = (first - timedelta(days=1)) if first else NOW.date()
    out = sys.stdout
    out.write(f"ready {run}\n")
    out.flush()
    i = 0
    while True:
        i += 1
        notes = f"run {run} save {i}"
        change = services.checkins.add(
            {"day": day, "pain": i % 11, "fatigue": (i * 7) % 11, "notes": notes}
        )
        out.write(f"ack checkin {change.ids[0]} {day.isoformat()} {notes}\n")
        out.flush()
        day -= timedelta(days=1)
        if i % 3 == 0:
            term = f"crash test {run}-{i}"
            onset = NOW - timedelta(minutes=i)
            change = services.side_effects.add({"term": term, "onset_at": onset, "grade": 1})
            out.write(f"ack side_effect {change.ids[0]} {term}\n")
            out.flush()


if __name__ == "__main__":
    sys.exit(main())
