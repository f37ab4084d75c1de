"""Importing a large Apple Health export (issue 22: 200 MB in under 60 s, under 500 MB).

    .venv/bin/python benchmarks/health_import.py [--mb 200] [--days 730] [--keep DIR]

Generates a synthetic ``export.zip`` (``dmtracker.services.health.synthetic``: made-up steps
from a phone and a watch, weighings in pounds, and heart-rate records with metadata filling
the rest, as in a real export) whose ``export.xml`` is ``--mb`` MB, then imports it into a
fresh diary in a process of its own and prints:

- the import's seconds and that process's peak resident memory (``VmHWM``, else
  ``ru_maxrss``);
- two floors measured in the same run, and the import's ratio to each: reading the zip's bytes
  (the disk), and inflating its ``export.xml`` without parsing it (the least any import of
  this file must do).

Exits non-zero when the import takes 60 s or more, or peaks at 500 MB or more.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

from dmtracker.services.health.apple import export_member
from dmtracker.services.health.synthetic import write_apple_export

LIMIT_S = 60
LIMIT_MB = 500
LAST_DAY = date(2026, 11, 24)
CHILD = """
import json, resource, sys, time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from dmtracker.services.app_services import open_services
from dmtracker.services.clock import Clock
from dmtracker.storage.paths import DataPaths
clock = Clock(tz=ZoneInfo("Europe/Berlin"), fixed=datetime(2026, 11, 25, 10, tzinfo=UTC))
s = open_services(DataPaths(Path(sys.argv[2])), clock)
start = time.perf_counter()
r = s.health.import_file(Path(sys.argv[1]))
seconds = time.perf_counter() - start
again = time.perf_counter()
r2 = s.health.import_file(Path(sys.argv[1]))
again = time.perf_counter() - again
s.close()
try:  # this process's own high-water mark (ru_maxrss may include the parent's, from fork)
    status = Path("/proc/self/status").read_text()
    peak = int(next(ln for ln in status.splitlines() if ln.startswith("VmHWM:")).split()[1]) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "again_s": again, "peak_mb": peak,
                  "steps": r.steps_imported, "weights": r.weights_imported,
                  "again_written": r2.written}))
"""


def read_floor(path: Path) -> float:
    """Seconds to read the zip's bytes."""
    start = time.perf_counter()
    with path.open("rb") as f:
        while f.read(1024 * 1024):
            pass
    return time.perf_counter() - start


def inflate_floor(path: Path) -> float:
    """Seconds to inflate the export.xml without parsing it."""
    start = time.perf_counter()
    with zipfile.ZipFile(path) as zf:
        info = export_member(zf)
        assert info is not None
        with zf.open(info) as member:
            while member.read(1024 * 1024):
                pass
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--days", type=int, default=730)
    ap.add_argument("--keep", type=Path, help="build the files here and keep them")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="dm-bench-health-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        path = work / "export.zip"
        t = time.perf_counter()
        expected = write_apple_export(
            path, args.mb * 1024 * 1024, last_day=LAST_DAY, days=args.days
        )
        print(
            f"synthetic export: {expected.xml_bytes / 2**20:,.0f} MB of XML, "
            f"{expected.records:,} records, zip {path.stat().st_size / 2**20:,.1f} MB "
            f"(made in {time.perf_counter() - t:.1f} s)"
        )
        floor_read = read_floor(path)
        floor_inflate = inflate_floor(path)
        run = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(work / "diary")],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"import: {r['seconds']:.1f} s, peak {r['peak_mb']:.0f} MB")
        print(f"  {r['steps']:,} days of steps, {r['weights']:,} weights")
        print(f"  the same file again: {r['again_s']:.1f} s, {r['again_written']} rows written")
        print(
            f"floor, reading the zip's bytes: {floor_read:.2f} s "
            f"(import = {r['seconds'] / floor_read:,.0f} x)"
        )
        print(
            f"floor, inflating export.xml without parsing: {floor_inflate:.2f} s "
            f"(import = {r['seconds'] / floor_inflate:,.1f} x)"
        )
        ok = r["seconds"] < LIMIT_S and r["peak_mb"] < LIMIT_MB
        ok = ok and r["steps"] == r["weights"] == args.days and r["again_written"] == 0
        print("OK" if ok else f"FAILED (limits: {LIMIT_S} s, {LIMIT_MB} MB)")
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
