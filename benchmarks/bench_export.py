"""Export and import times on the 10-year demo (the target: JSON export and re-import <= 5 s each).

    .venv/bin/python benchmarks/bench_export.py [--years 10] [--repeat 3]

Prints the best of ``--repeat`` runs for each step; checks the re-imported database is identical.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from dmtracker.reports.exports.exporting import export_data
from dmtracker.services.app_services import open_services
from dmtracker.services.demo import generate_demo
from dmtracker.storage.paths import DataPaths


def rows(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dm-bench-export-"))
    try:
        src = open_services(DataPaths(work / "src"))
        t0 = time.perf_counter()
        summary = generate_demo(src, years=args.years, seed=1)
        print(f"demo: {summary.describe()} ({time.perf_counter() - t0:.1f} s)")
        total = sum(len(v) for k, v in rows(src.paths.db).items() if k != "alembic_version")
        print(f"rows in the database: {total:,}")
        best: dict[str, float] = {}
        sizes: dict[str, int] = {}
        for i in range(args.repeat):
            for fmt, name in (("json", "b.json"), ("csv", "c.zip"), ("fhir", "f.json")):
                out = work / f"{i}-{name}"
                t = time.perf_counter()
                export_data(src, fmt, out)
                best[f"export {fmt}"] = min(best.get(f"export {fmt}", 1e9), time.perf_counter() - t)
                sizes[fmt] = out.stat().st_size
            dst = open_services(DataPaths(work / f"dst{i}"))
            t = time.perf_counter()
            result = dst.transfer.import_file(work / f"{i}-b.json")
            best["import json"] = min(best.get("import json", 1e9), time.perf_counter() - t)
            t = time.perf_counter()
            again = dst.transfer.import_file(work / f"{i}-b.json")
            best["import json again (no-op)"] = min(
                best.get("import json again (no-op)", 1e9), time.perf_counter() - t
            )
            assert again.total_added == 0
            dst.close()
            if i == 0:
                same = rows(src.paths.db) == rows(work / "dst0" / "dmtracker.sqlite3")
                print(f"re-imported {result.total_added:,} records; identical database: {same}")
            checkins = work / f"{i}-c"
            export_data(src, "csv", checkins)
            csv_dst = open_services(DataPaths(work / f"csv{i}"))
            t = time.perf_counter()
            csv_dst.transfer.import_file(checkins / "checkins.csv")
            best["import check-in csv"] = min(
                best.get("import check-in csv", 1e9), time.perf_counter() - t
            )
            csv_dst.close()
        src.close()
        print(f"best of {args.repeat} runs:")
        for step, seconds in best.items():
            print(f"  {step:<28} {seconds:6.2f} s")
        for fmt, size in sizes.items():
            print(f"  size {fmt:<23} {size / 1e6:6.1f} MB")
        # one figure a line for benchmarks/run.py (targets: 10 years in <= 5 s each way)
        print(f"export_json_10y_s {best['export json']:.3f}")
        print(f"import_json_10y_s {best['import json']:.3f}")
        print(f"export_fhir_10y_s {best['export fhir']:.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
