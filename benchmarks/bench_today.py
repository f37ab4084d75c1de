"""How many keystrokes and how long to log a typical day, keyboard only.

A typical day: four scales, one 30-second chair-stand test, two rash sites. The script drives
the real main window (offscreen) with key events, counts them (a chord such as Ctrl+S is one
keystroke), and times the work the app does (the 30-second countdown itself is skipped).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_today.py
Target (issue 3): <= 25 keystrokes.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_KEYSTROKES = 25


def run_once(app, services_factory) -> tuple[int, float, dict]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from dmtracker.ui.shell.main_window import MainWindow

    services, root = services_factory()
    window = MainWindow(settings_path=root / "ui.ini")
    window.show()
    window.set_services(services)
    window.activateWindow()
    QApplication.processEvents()
    count = 0

    def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        nonlocal count
        count += 1
        target = QApplication.focusWidget()
        for _ in range(50):
            if target is not None:
                break
            QApplication.processEvents()
            target = QApplication.focusWidget() or QApplication.activeModalWidget()
        QTest.keyClick(target or window, key, modifier)
        QApplication.processEvents()

    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    today = window.pages[0]
    t0 = time.perf_counter()
    # four scales, saved
    for i, digit in enumerate("5324"):
        press(digit)
        if i < 3:
            press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_S, ctrl)
    # one chair-stand test
    press(Qt.Key.Key_T, ctrl)
    dialog = today._dialog
    press(Qt.Key.Key_Space)
    dialog.finish()  # the 30 seconds of standing up and sitting down
    press("1")
    press("2")
    press(Qt.Key.Key_Return)
    # two rash sites
    press(Qt.Key.Key_R, ctrl)
    press(Qt.Key.Key_Y, alt)
    press("2")
    press(Qt.Key.Key_K, alt)
    press("3")
    press(Qt.Key.Key_S, ctrl)
    spent = time.perf_counter() - t0
    day = services.clock.today()
    checkin = services.checkins.for_day(day)
    stored = {
        "scales": (checkin.patient_global, checkin.fatigue, checkin.pain, checkin.itch)
        if checkin
        else None,
        "tests": [(t.kind, int(t.value)) for t in services.self_tests.list(day, day)],
        "rash": sorted((r.site, r.redness) for r in services.rash.list(day, day)),
    }
    window.close()
    services.close()
    return count, spent, stored


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from dmtracker.services.app_services import open_services
    from dmtracker.storage.paths import DataPaths

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def factory():  # type: ignore[no-untyped-def]
        root = Path(tempfile.mkdtemp())
        return open_services(DataPaths(root / "data")), root

    runs = [run_once(app, factory) for _ in range(5)]
    keys, _t, stored = runs[0]
    expected = {
        "scales": (5, 3, 2, 4),
        "tests": [("chair_stand_30s", 12)],
        "rash": [("eyelids", 2), ("knuckles", 3)],
    }
    ok_data = stored == expected
    median_ms = statistics.median(r[1] for r in runs) * 1000
    print(f"typical_day_keystrokes {keys}")
    print(f"typical_day_keystrokes_target {TARGET_KEYSTROKES}")
    print(f"typical_day_app_time_ms {median_ms:.0f}")
    print(f"typical_day_stored_correctly {ok_data}")
    if not ok_data:
        print(f"stored {stored}", file=sys.stderr)
    return 0 if ok_data and keys <= TARGET_KEYSTROKES else 1


if __name__ == "__main__":
    sys.exit(main())
