"""The longest stall of the GUI thread while long work runs FROM THE UI (issue 17 item 8): a
10-year JSON import, a JSON export, a backup to a file and a 3-month clinic report, each started
from the Reports page and run through the task runner (worker threads), as a user would.

    .venv/bin/python benchmarks/bench_ui_stall.py [DATA_DIR] [--repeat 3]

A 10 ms QTimer on the GUI thread records the gaps between its ticks from the click to the end
of the task; the figure is the longest gap, the median of ``--repeat`` runs (target: <= 100 ms
each). DATA_DIR is a 10-year demo folder (``benchmarks/run.py`` passes its own); without it one
is made in a temporary folder. The import goes into a fresh empty diary each run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from dmtracker.reports.clinic import report as clinic_report
from dmtracker.reports.exports import exporting
from dmtracker.services.app_services import open_services
from dmtracker.services.demo import generate_demo
from dmtracker.storage.paths import DataPaths
from dmtracker.ui.kit.tasks import TaskRunner
from dmtracker.ui.reports.page import ReportsPage

TARGET_MS = 100.0
TICK_MS = 10


class StallMeter:
    """Ticks every 10 ms on the GUI thread and keeps the longest gap between two ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last = 0.0
        self.longest = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.clock.start()
        self.last, self.longest, self.ticks = 0.0, 0.0, 0
        self.timer.start()

    def stop(self) -> float:
        self._tick()  # the gap up to the end counts too
        self.timer.stop()
        return self.longest


def make_page(services: Any, runner: TaskRunner, work: Path) -> ReportsPage:
    page = ReportsPage(tasks=runner)
    page.set_exporter(exporting)
    page.set_report_builder(clinic_report)
    page.set_services(services)
    page.resize(1200, 850)
    page.answers = []  # type: ignore[attr-defined]
    page._ask_save_path = lambda *a: page.answers.pop(0)  # type: ignore[method-assign]
    page._ask_open_path = lambda *a: page.answers.pop(0)  # type: ignore[method-assign]
    page._confirm = lambda *a: True  # type: ignore[method-assign]
    page.said = []  # type: ignore[attr-defined]
    page._inform = lambda t, x: page.said.append((t, x))  # type: ignore[method-assign]
    page._warn = lambda t, x: page.said.append(("WARN " + t, x))  # type: ignore[method-assign]
    page._open_file = lambda path: page.said.append(("opened", str(path)))  # type: ignore[method-assign]
    page.show()
    return page


def measure(app: QApplication, runner: TaskRunner, click: Any) -> tuple[float, float]:
    """(longest GUI stall in ms, wall seconds) from a click to the end of its tasks."""
    meter = StallMeter()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    started = [0.0]

    def check() -> None:
        if started[0] and runner.idle:
            loop.quit()

    def go() -> None:
        started[0] = time.perf_counter()
        click()

    poll.timeout.connect(check)
    meter.start()
    QTimer.singleShot(50, go)  # a few ticks first: the click's own work is measured too
    poll.start()
    loop.exec()
    poll.stop()
    seconds = time.perf_counter() - started[0]
    return meter.stop(), seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", help="a 10-year demo data folder")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="dm-bench-stall-"))
    try:
        if args.data:
            services = open_services(DataPaths(Path(args.data)))
        else:
            services = open_services(DataPaths(work / "demo"))
            generate_demo(services, years=10, seed=1)
        runner = TaskRunner()
        page = make_page(services, runner, work)
        app.processEvents()
        backup_json = work / "ten-years.json"
        exporting.export_data(services, "json", backup_json)
        end = services.clock.today()
        trend = services.series.trend_data()
        end = min(trend.last_day or end, end)
        results: dict[str, list[float]] = {}
        seconds: dict[str, list[float]] = {}

        def run(key: str, target: ReportsPage, click: Any) -> None:
            stall, wall = measure(app, runner, click)
            results.setdefault(key, []).append(stall)
            seconds.setdefault(key, []).append(wall)
            said = target.said[-1] if target.said else ("(nothing said)", "")
            if said[0].startswith("WARN"):
                raise RuntimeError(f"{key}: {said}")

        page.report_preset.setCurrentIndex(page.report_preset.findData("custom"))
        page.report_from.setDate(QDate(end - timedelta(days=90)))
        page.report_to.setDate(QDate(end))
        page.answers.append(str(work / "warm.pdf"))  # imports, fonts
        measure(app, runner, page.report_button.click)
        for i in range(args.repeat):
            page.format.setCurrentIndex(page.format.findData("json"))
            page.answers.append(str(work / f"export-{i}.json"))
            run("ui_stall_export_json_10y_ms", page, page.export_button.click)
            page.answers.append(str(work / f"backup-{i}.sqlite3"))
            run("ui_stall_backup_10y_ms", page, page.backup_file_button.click)
            page.answers.append(str(work / f"report-{i}.pdf"))
            run("ui_stall_report_3m_ms", page, page.report_button.click)
            empty = open_services(DataPaths(work / f"empty-{i}"))
            target = make_page(empty, runner, work)
            app.processEvents()
            target.answers.append(str(backup_json))
            run("ui_stall_import_json_10y_ms", target, target.import_button.click)
            assert target.said[-1][0] == "Import finished", target.said
            target.close()
            target.deleteLater()
            empty.close()
        missed = []
        for key, values in results.items():
            median = statistics.median(values)
            print(f"{key} {median:.0f}")
            print(
                f"# {key} worst {max(values):.0f} of {len(values)}; task took "
                f"{statistics.median(seconds[key]):.2f} s"
            )
            if median > TARGET_MS:
                missed.append(key)
        page.close()
        runner.shutdown()
        services.close()
        for key in missed:
            print(f"# {key} FAIL (target <= {TARGET_MS:.0f} ms)")
        return 1 if missed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
