"""Clinic report times on the 10-year demo (targets: 3 months <= 1 s, 10 years <= 3 s).

    .venv/bin/python benchmarks/bench_report.py [DATA_DIR] [--repeat 5]

DATA_DIR is a 10-year demo folder (``benchmarks/run.py`` passes its own); without it one is
made in a temporary folder. Each figure is the median of ``--repeat`` runs of the whole report
(the best run is printed as a comment): trend data, the charts of the period (GUI thread), the
report data and the PDF.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from dmtracker.reports.clinic.report import write_clinic_report
from dmtracker.services.app_services import open_services
from dmtracker.services.demo import generate_demo
from dmtracker.services.report_data import check_period
from dmtracker.storage.paths import DataPaths
from dmtracker.ui.charts.report_charts import render_report_charts

TARGETS = {"report_3m_s": 1.0, "report_10y_s": 3.0}


def one_report(services, start: date, end: date, out: Path) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    period = check_period(start, end, services.clock.today())
    trend, tis = services.series.trend_data(), services.scores.report()
    images = render_report_charts(services, period, trend, tis)
    data = services.report.gather(period, trend=trend, tis=tis)
    result = write_clinic_report(data, images, out)
    return time.perf_counter() - t, result.pages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", help="a 10-year demo data folder")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    work = Path(tempfile.mkdtemp(prefix="dm-bench-report-"))
    try:
        if args.data:
            services = open_services(DataPaths(Path(args.data)))
        else:
            services = open_services(DataPaths(work / "demo"))
            generate_demo(services, years=10, seed=1)
        first = services.series.trend_data().first_day or services.clock.today()
        end = services.series.trend_data().last_day or services.clock.today()
        end = min(end, services.clock.today())
        cases = {
            "report_3m_s": end - timedelta(days=90),
            "report_10y_s": max(first, end - timedelta(days=round(365.25 * 10) - 1)),
        }
        one_report(services, cases["report_3m_s"], end, work / "warm.pdf")  # imports, fonts
        failed = []
        for key, start in cases.items():
            times, pages = [], 0
            for i in range(args.repeat):
                seconds, pages = one_report(services, start, end, work / f"{key}-{i}.pdf")
                times.append(seconds)
            median = statistics.median(times)
            print(f"{key} {median:.2f}")
            print(f"# {key} best {min(times):.2f} of {len(times)}")
            print(f"{key.replace('_s', '_pages')} {pages}")
            ok = median <= TARGETS[key]
            print(f"# {key} {'pass' if ok else 'FAIL'} (target <= {TARGETS[key]} s)")
            if not ok:
                failed.append(key)
        services.close()
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
