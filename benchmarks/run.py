"""dmtracker's speed figures, each on its own line, with the ratios to a floor measured in the
same run. Exits non-zero when a target is missed.

    .venv/bin/python benchmarks/run.py [--runs 5] [--keep DIR]

Targets (issue 17, raised from issue 6's): Trends first draw <= 60 ms and median frame <= 8 ms
on the 10-year demo; window painted <= 0.5 x the floor, Today ready with data <= 1.0 x the
floor; peak memory <= 180 MB with the 10 years open; the longest stall of the GUI thread <= 100 ms
while a 10-year JSON import, a JSON export, a backup and a 3-month report run from the Reports
page (``bench_ui_stall.py``). The floor is a process that imports PySide6, pyqtgraph and
sqlmodel and shows an empty QMainWindow. Start-up times are wall-clock, from launching the
process to the line it prints, medians of --runs runs. Other benchmark scripts in this folder
are run too when present.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
TARGETS = {
    "trends_first_draw_ms": 60,
    "trends_frame_median_ms": 8,
    "startup_painted_ratio": 0.5,
    "startup_ready_ratio": 1.0,
    "peak_memory_mb": 180,
    "ui_stall_import_json_10y_ms": 100,
    "ui_stall_export_json_10y_ms": 100,
    "ui_stall_backup_10y_ms": 100,
    "ui_stall_report_3m_ms": 100,
    "report_3m_s": 1.0,
    "report_10y_s": 3.0,
    "export_json_10y_s": 5.0,
    "import_json_10y_s": 5.0,
}


def timed_lines(cmd: list[str], env: dict) -> dict[str, float]:
    """Start ``cmd``; the wall time from launch at which each first word was printed."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip():
            seen.setdefault(line.split()[0], time.perf_counter() - t0)
    proc.wait(timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} exited {proc.returncode}")
    return seen


def figures_of(cmd: list[str]) -> dict[str, float]:
    """The ``name value`` lines a script printed. A script that missed its own target exits
    non-zero but its figures count (the targets are checked here); one that printed none
    failed."""
    out = subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=900)
    figures = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            with contextlib.suppress(ValueError):
                figures[parts[0]] = float(parts[1])
    if out.returncode != 0 and not figures:
        raise RuntimeError(f"{cmd} failed:\n{out.stderr[-2000:]}")
    return figures


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", help="reuse or keep the 10-year demo folder here")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dmbench-"))
    data = work / "demo10"
    if not (data / "dmtracker.sqlite3").exists():
        t = time.perf_counter()
        subprocess.run(
            [
                PY,
                "-m",
                "dmtracker",
                "demo",
                "--data-dir",
                str(data),
                "--years",
                "10",
                "--end",
                "2026-11-25",
            ],
            check=True,
            env=ENV,
            capture_output=True,
        )
        print(f"demo_10y_write_s {time.perf_counter() - t:.2f}")
    print(f"demo_10y_db_mb {(data / 'dmtracker.sqlite3').stat().st_size / 1e6:.1f}")

    floor, painted, ready = [], [], []
    app_env = {**ENV, "DMTRACKER_EXIT_AFTER_START": "1"}
    for _ in range(args.runs):
        floor.append(timed_lines([PY, str(HERE / "floor_app.py")], ENV)["painted"])
        seen = timed_lines([PY, "-m", "dmtracker", "--data-dir", str(data)], app_env)
        painted.append(seen["window_painted_s"])
        ready.append(seen["window_ready_s"])
    f, p, r = (statistics.median(v) for v in (floor, painted, ready))
    results = {
        "startup_floor_s": f,
        "startup_painted_s": p,
        "startup_ready_s": r,
        "startup_painted_ratio": p / f,
        "startup_ready_ratio": r / f,
    }
    results.update(figures_of([PY, str(HERE / "trends_bench.py"), str(data)]))
    # the scripts that take the demo folder get it; bench_export.py writes its own 10 years
    for name, script_args in (
        ("bench_today.py", [str(data)]),
        ("bench_export.py", []),
        ("bench_report.py", [str(data)]),
        ("bench_ui_stall.py", [str(data)]),
    ):
        script = HERE / name
        if script.exists():
            try:
                results.update(figures_of([PY, str(script), *script_args]))
            except RuntimeError as exc:
                print(f"# {name} failed: {exc}", file=sys.stderr)
                results[f"{script.stem}_failed"] = 1
    missed = []
    for key, value in results.items():
        print(
            f"{key} {value:.3f}"
            if isinstance(value, float) and value < 10
            else f"{key} {value:.0f}"
            if isinstance(value, float)
            else f"{key} {value}"
        )
        if key in TARGETS and value > TARGETS[key]:
            missed.append(f"{key} {value:.3g} > target {TARGETS[key]}")
    for m in missed:
        print(f"MISSED {m}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    failed = any(k.endswith("_failed") for k in results)
    return 1 if missed or failed else 0


if __name__ == "__main__":
    sys.exit(main())
