"""In one process: the Trends page's first draw of everything over "all", frame times while
panning and zooming, and the peak memory, on a data folder given as argv[1]."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from dmtracker.services.app_services import open_services
    from dmtracker.storage.paths import DataPaths
    from dmtracker.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    services = open_services(DataPaths(Path(sys.argv[1])))
    # window settings of its own each run: settings kept in the data folder (``--keep``) would
    # reopen the window on Trends, already drawn, and the first draw would measure nothing
    settings = Path(tempfile.mkdtemp(prefix="dm-trends-bench-")) / "bench-ui.ini"
    window = MainWindow(settings_path=settings)
    window.resize(1400, 900)
    window.show()
    window.set_services(services)
    app.processEvents()
    window.preload()  # what the app does at idle 1.5 s after the window is ready
    app.processEvents()  # (and the event loop turns on before the user opens Trends)

    page = window.pages[4]
    t0 = time.perf_counter()
    window.show_page(4)  # loads the data and builds every plot
    app.processEvents()
    page.chart.viewport().repaint()  # a real, synchronous paint of all series
    first_draw = time.perf_counter() - t0
    chart = page.chart
    frames = []
    per_preset = {}
    for button, name in ((1, "12w"), (2, "6m"), (3, "1y"), (4, "all")):
        page.range_group.button(button).click()
        chart.viewport().repaint()
        these = []
        for i in range(40):
            t = time.perf_counter()
            if i % 4 == 0:
                chart.zoom(0.85)
            elif i % 4 == 2:
                chart.zoom(1 / 0.85)
            else:
                chart.pan(0.05 if i % 8 < 4 else -0.05)
            chart.viewport().repaint()
            these.append(time.perf_counter() - t)
        per_preset[name] = statistics.median(these)
        frames += these
    page.range_group.button(4).click()
    chart.viewport().repaint()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"trends_first_draw_ms {first_draw * 1000:.0f}")
    print(f"trends_frame_median_ms {statistics.median(frames) * 1000:.1f}")
    print(f"trends_frame_p90_ms {sorted(frames)[int(len(frames) * 0.9)] * 1000:.1f}")
    for name, value in per_preset.items():
        print(f"trends_frame_median_{name}_ms {value * 1000:.1f}")
    print(f"peak_memory_mb {peak_mb:.0f}")
    window.close()
    services.close()
    shutil.rmtree(settings.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
