"""Start-up time of the frozen app (PyInstaller bundle) against the venv, to an interactive
window showing a year of data.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--platform offscreen|xcb]
        [--frozen dist/dmtracker/dmtracker] [--venv .venv/bin/dmtracker]

Build the bundle first (``make package`` or ``packaging/build_linux.sh``). Both programs open the
same data folder (a one-year demo written once) with ``DMTRACKER_EXIT_AFTER_START=1``: the app
prints ``window_ready_s`` once the window is shown with the data and exits 0. The time is taken
from outside, from spawning the process to reading that line (the app's own figure, since its
process started, is printed beside it). One warm-up run each, then ``--runs`` alternating runs;
medians. ``--platform xcb`` runs a real X11 window under Xvfb.

Target (issue 8): the frozen start is no slower than the venv start (ratio <= 1).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_once(command: list[str], data: Path, env: dict[str, str]) -> tuple[float, float]:
    """(seconds from spawn to the window_ready_s line, the app's own window_ready_s)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*command, "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("window_ready_s "):
            outside = time.perf_counter() - t0
            inside = float(line.split()[1])
            break
    else:
        proc.wait()
        raise SystemExit(f"{command[0]} exited {proc.returncode}: {proc.stderr.read()[-2000:]}")
    proc.communicate(timeout=60)
    if proc.returncode != 0:
        raise SystemExit(f"{command[0]} exited {proc.returncode} after the window was ready")
    return outside, inside


def start_xvfb() -> tuple[subprocess.Popen, str]:
    if shutil.which("Xvfb") is None:
        raise SystemExit("--platform xcb needs Xvfb (apt-get install xvfb)")
    for n in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{n}").exists():
            proc = subprocess.Popen(
                ["Xvfb", f":{n}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{n}").exists():
                    return proc, f":{n}"
                time.sleep(0.05)
            proc.terminate()
    raise SystemExit("could not start Xvfb")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen")
    p.add_argument("--frozen", default=str(ROOT / "dist" / "dmtracker" / "dmtracker"))
    p.add_argument("--venv", default=str(ROOT / ".venv" / "bin" / "dmtracker"))
    args = p.parse_args()
    for exe in (args.frozen, args.venv):
        if not os.access(exe, os.X_OK):
            raise SystemExit(f"{exe} is missing: build the bundle first (make package)")

    env = dict(os.environ, DMTRACKER_EXIT_AFTER_START="1")
    env.pop("DMTRACKER_HOME", None)
    xvfb = None
    if args.platform == "xcb":
        xvfb, display = start_xvfb()
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
        env.pop("WAYLAND_DISPLAY", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"

    programs = {"frozen": [args.frozen], "venv": [args.venv]}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            subprocess.run(
                [args.venv, "demo", "--data-dir", str(data), "--years", "1"],
                check=True,
                stdout=subprocess.DEVNULL,
                env=env,
            )
            for command in programs.values():  # warm-up: disk cache, the day's automatic backup
                start_once(command, data, env)
            for _ in range(args.runs):
                for name, command in programs.items():
                    times[name].append(start_once(command, data, env))
    finally:
        if xvfb is not None:
            xvfb.terminate()

    medians = {}
    for name, runs in times.items():
        outside = statistics.median(t for t, _ in runs)
        inside = statistics.median(t for _, t in runs)
        spread = f"{min(t for t, _ in runs):.3f}–{max(t for t, _ in runs):.3f}"
        medians[name] = outside
        print(
            f"{name}_start_s {outside:.3f}   (median of {len(runs)}, range {spread} s; "
            f"the app's own window_ready_s {inside:.3f})"
        )
    ratio = medians["frozen"] / medians["venv"]
    print(f"ratio {ratio:.2f}   (frozen / venv, platform {args.platform}; target <= 1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
