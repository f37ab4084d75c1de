"""How long a writer waits for another (issue 15, item 1: one writer at a time, without failures).

    .venv/bin/python benchmarks/bench_two_writers.py [--saves 300] [--runs 3]

Two processes open the same fresh diary through the services and, released together, each save
``--saves`` check-ins one after the other (as two app windows or a script beside the app
would). Every write transaction begins with ``BEGIN IMMEDIATE``; the time that statement takes
is the time the process waited for the other's write lock (SQLite's busy handler sleeps inside
it). Printed per process: the longest wait, the total waited, the longest save and the wall
time; then the same saves by one process alone for comparison. Exits non-zero when a process
fails or a check-in is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths

PY = sys.executable
CHILD = r"""
import json, sys, time
from datetime import date, timedelta
from pathlib import Path
import sqlalchemy as sa
from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths

root, first, n = Path(sys.argv[1]), date.fromisoformat(sys.argv[2]), int(sys.argv[3])
waits = []

@sa.event.listens_for(sa.engine.Engine, "before_cursor_execute")
def _before(conn, cursor, statement, *args):
    if statement.startswith("BEGIN IMMEDIATE"):
        conn.info["t_begin"] = time.perf_counter()

@sa.event.listens_for(sa.engine.Engine, "after_cursor_execute")
def _after(conn, cursor, statement, *args):
    if statement.startswith("BEGIN IMMEDIATE"):
        waits.append(time.perf_counter() - conn.info.pop("t_begin"))

s = open_services(DataPaths(root))
print("ready", flush=True)
sys.stdin.readline()  # both start together
saves = []
t0 = time.perf_counter()
for i in range(n):
    t = time.perf_counter()
    s.checkins.add({"day": (first + timedelta(days=i)).isoformat(), "fatigue": i % 11,
                    "notes": f"writer {sys.argv[2]} #{i}"})
    saves.append(time.perf_counter() - t)
wall = time.perf_counter() - t0
s.close()
print(json.dumps({"saves": len(saves), "longest_wait_ms": max(waits) * 1000,
                  "total_wait_ms": sum(waits) * 1000, "longest_save_ms": max(saves) * 1000,
                  "median_save_ms": sorted(saves)[len(saves) // 2] * 1000, "wall_s": wall}))
"""


def run(root: Path, firsts: list[str], saves: int) -> list[dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    procs = [
        subprocess.Popen(
            [PY, "-c", CHILD, str(root), first, str(saves)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for first in firsts
    ]
    for p in procs:
        assert p.stdout is not None
        if p.stdout.readline().strip() != "ready":
            raise RuntimeError(p.communicate()[1])
    for p in procs:  # released together
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        if p.returncode != 0:
            raise RuntimeError(err)
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def line(who: str, r: dict) -> str:
    return (
        f"{who}: {r['saves']} saves; longest wait {r['longest_wait_ms']:.0f} ms, "
        f"waited {r['total_wait_ms'] / 1000:.2f} s in all; longest save "
        f"{r['longest_save_ms']:.0f} ms, median {r['median_save_ms']:.1f} ms; "
        f"wall {r['wall_s']:.2f} s"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--saves", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dm-bench-writers-"))
    ok = True
    try:
        for n in range(args.runs):
            paths = DataPaths(work / f"run{n}")
            open_services(paths).close()
            first, second = run(paths.root, ["2024-01-01", "2025-01-01"], args.saves)
            print(f"run {n + 1}, writer A " + line("", first)[2:], flush=True)
            print(f"run {n + 1}, writer B " + line("", second)[2:], flush=True)
            s = open_services(paths)
            try:
                kept = len({c.day for c in s.checkins.list(start=None)})
            finally:
                s.close()
            print(f"run {n + 1}: {kept} of {2 * args.saves} check-ins kept", flush=True)
            ok &= kept == 2 * args.saves
        paths = DataPaths(work / "alone")
        open_services(paths).close()
        print(line("one writer alone", run(paths.root, ["2024-01-01"], args.saves)[0]))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
