"""Crash safety: a writer process killed with SIGKILL at random moments loses no saved record.

``tests/storage/crash_writer.py`` opens the data folder through the services (the app's own start:
integrity check, migration, engine) and saves check-ins and side effects in a loop, printing
one line per acknowledged save. The test kills it at a random moment (during start-up, during
the daily backup, mid-transaction, mid-checkpoint: wherever the clock falls), then checks:

- the file passes ``PRAGMA integrity_check`` and ``foreign_key_check``, as the app checks it at
  start, and opens again through ``open_services``;
- every record whose save was acknowledged before the kill is there, with the values saved.

With WAL and ``synchronous=NORMAL`` a commit is in the ``-wal`` file (in the OS page cache)
when ``commit()`` returns, so it survives the death of the process; it is not yet fsynced, so
a power cut or a kernel crash may lose the last commits (never the file's consistency).

The quick run (5 kills) runs by default; the 100-kill run is ``slow``. Each run prints its
figures (kills, acknowledged saves, lost records).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dmtracker.storage.db import integrity_check

WRITER = Path(__file__).with_name("crash_writer.py")


@dataclass
class Acks:
    lines: list[str] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)


def _pump(stream, acks: Acks) -> None:  # type: ignore[no-untyped-def]
    for line in stream:
        if line.startswith("ready"):
            acks.ready.set()
        elif line.startswith("ack "):
            acks.lines.append(line.rstrip("\n"))


def start_writer(
    root: Path, run: int, *extra: str
) -> tuple[subprocess.Popen, Acks, threading.Thread]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(root), str(run), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    acks = Acks()
    reader = threading.Thread(target=_pump, args=(proc.stdout, acks), daemon=True)
    reader.start()
    return proc, acks, reader


def kill(proc: subprocess.Popen, reader: threading.Thread) -> str:
    """SIGKILL; then read every line the writer had flushed (they were acknowledged)."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    err = proc.stderr.read() if proc.stderr else ""
    return err


def missing_records(db: Path, acks: list[str]) -> list[str]:
    """The acknowledged saves that are not in ``db`` exactly as saved."""
    conn = sqlite3.connect(db)
    try:
        checkins = {
            r[0]: (r[1], r[2])
            for r in conn.execute(
                "SELECT id, day, notes FROM daily_checkin WHERE deleted_at IS NULL"
            )
        }
        effects = {
            r[0]: r[1].lower()
            for r in conn.execute("SELECT id, term FROM side_effect WHERE deleted_at IS NULL")
        }
    finally:
        conn.close()
    lost = []
    for line in acks:
        _ack, kind, ident, rest = line.split(" ", 3)
        if kind == "checkin":
            day, notes = rest.split(" ", 1)
            if checkins.get(int(ident)) != (day, notes):
                lost.append(line)
        elif effects.get(int(ident)) != rest.lower():
            lost.append(line)
    return lost


@dataclass
class Figures:
    kills: int = 0
    survived: int = 0
    acknowledged: int = 0
    lost: int = 0
    during_start: int = 0
    unacknowledged: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"crash safety: {self.survived}/{self.kills} kills survived "
            f"({self.during_start} during start-up), {self.acknowledged} saves acknowledged, "
            f"{self.lost} records lost ({self.unacknowledged} saved in the instant before a "
            f"kill, unacknowledged, also kept), {self.seconds:.0f} s"
        )


def kill_loop(root: Path, kills: int, seed: int) -> Figures:
    rng = random.Random(seed)
    figures = Figures()
    all_acks: list[str] = []
    t0 = time.perf_counter()
    db = root / "dmtracker.sqlite3"
    for run in range(1, kills + 1):
        proc, acks, reader = start_writer(root, run)
        if rng.random() < 0.15:
            # Anywhere in start-up: imports, integrity check, migration, daily backup.
            time.sleep(rng.uniform(0.0, 1.5))
            if not acks.ready.is_set():
                figures.during_start += 1
        else:
            assert acks.ready.wait(60), f"the writer did not start (run {run})"
            time.sleep(rng.uniform(0.0, 0.4))
        err = kill(proc, reader)
        assert proc.returncode == -signal.SIGKILL, f"run {run}: the writer died early:\n{err}"
        figures.kills += 1
        all_acks += acks.lines
        if db.exists():
            problems = integrity_check(db)
            assert problems == [], f"run {run}: integrity check failed: {problems[:3]}"
            lost = missing_records(db, all_acks)
            figures.lost += len(lost)
            assert not lost, f"run {run}: {len(lost)} acknowledged saves lost: {lost[:3]}"
        figures.survived += 1
    figures.acknowledged = len(all_acks)
    figures.seconds = time.perf_counter() - t0
    # The folder opens through the services as the app would, with every record in it.
    from dmtracker.services.app_services import open_services
    from dmtracker.storage.paths import DataPaths

    services = open_services(DataPaths(root))
    try:
        n_checkins = sum(1 for a in all_acks if a.startswith("ack checkin"))
        stored = services.checkins.count()
        # A kill between the commit and the print leaves a saved but unacknowledged record:
        # allowed (at most one per kill), never the other way round.
        assert n_checkins <= stored <= n_checkins + kills
        figures.unacknowledged = stored - n_checkins
    finally:
        services.close()
    return figures


def report(capsys: pytest.CaptureFixture[str], figures: Figures) -> None:
    with capsys.disabled():
        print(f"\n{figures.line()}")


def test_five_kills_lose_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = kill_loop(tmp_path / "data", kills=5, seed=20261125)
    report(capsys, figures)
    assert figures.lost == 0 and figures.survived == 5
    assert figures.acknowledged > 0


@pytest.mark.slow
def test_hundred_kills_lose_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = kill_loop(tmp_path / "data", kills=100, seed=9)
    report(capsys, figures)
    assert figures.lost == 0 and figures.survived == 100
    assert figures.acknowledged > 1000


def test_the_check_can_fail(tmp_path: Path) -> None:
    """A save acknowledged but not in the file is counted as lost."""
    proc, acks, reader = start_writer(tmp_path / "data", 1)
    assert acks.ready.wait(60)
    deadline = time.monotonic() + 60  # under load the first save can take a while
    while not acks.lines and time.monotonic() < deadline:
        time.sleep(0.05)
    kill(proc, reader)
    db = tmp_path / "data" / "dmtracker.sqlite3"
    assert acks.lines and missing_records(db, acks.lines) == []
    first = acks.lines[0].split()[2]
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM daily_checkin WHERE id = ?", (int(first),))
    assert missing_records(db, acks.lines) == [acks.lines[0]]
