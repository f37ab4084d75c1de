"""Screenshots of every page on a demo profile (for the README and for looking at).

QT_QPA_PLATFORM=offscreen .venv/bin/python resources/make_screenshots.py [OUT_DIR] [--scale 200]
    [--language de]

``make screenshots`` runs it in a real window (Xvfb + openbox, see real_screenshots.sh); with
``--only trends`` it makes just the Trends timeline and infusion-cycle view, named by window
size, text size and theme (trends-1024x700-200-dark.png). ``--language de`` (or es, or xx
for the pseudo language built by ``tools/i18n.py pseudo``) shows the app in that language:
``make screenshots LANG_CODE=de`` writes every page in German to build/screenshots-de/.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default=str(Path(__file__).parent / "screenshots"))
    ap.add_argument("--scale", type=int, default=100, help="text size in percent")
    ap.add_argument("--theme", default="light", help="light, dark or contrast")
    ap.add_argument("--years", type=int, default=1)
    ap.add_argument("--end", default="2026-11-25")
    ap.add_argument("--size", default="1280x860", help="window size, e.g. 1024x700 or 1920x1080")
    ap.add_argument(
        "--only",
        choices=("trends", "today"),
        help="only the Trends timeline and cycle view, or only Today and the welcome screen",
    )
    ap.add_argument("--language", default="en", help="en, de, es (or xx: the pseudo language)")
    ap.add_argument("--catalogs", help="the folder of dmtracker_<language>.qm (for xx)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication, QScrollArea

    from dmtracker.services.app_services import open_services
    from dmtracker.services.demo import generate_demo
    from dmtracker.storage.paths import DataPaths
    from dmtracker.ui.shell.main_window import MainWindow
    from dmtracker.ui.shell.style import apply_look

    app = QApplication(sys.argv[:1])
    _use_language(args.language, args.catalogs)
    apply_look(app, args.scale, args.theme)
    tmp = Path(tempfile.mkdtemp())
    services = open_services(DataPaths(tmp / "data"))
    generate_demo(services, years=args.years, seed=1, end=date.fromisoformat(args.end))
    services.maintenance.daily_backup()  # the Backups list as after a first start
    window = MainWindow(settings_path=tmp / "ui.ini")
    width, height = (int(n) for n in args.size.lower().split("x"))
    window.resize(width, height)
    window.show()
    window.set_services(services, is_demo=True)
    if app.platformName() != "offscreen":  # (offscreen says it cannot, on every run)
        window.raise_()
        window.activateWindow()
    suffix = "" if args.theme == "light" else f"-{args.theme}"

    def settle(seconds: float = 0.4) -> None:
        """Let a real window map, lay out and paint (the window manager answers in its time)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    if args.only == "today":  # Today (with the follow-up card) and the first start's welcome
        from dmtracker.ui.shell.welcome import WelcomeDialog

        window.show_page(0)
        settle(1.0)
        path = out / f"today-{args.size}-{args.scale}{suffix}.png"
        window.grab().save(str(path))
        print(path)
        welcome = WelcomeDialog(tmp / "data", window)
        welcome.show()
        settle(1.0)
        path = out / f"welcome-{args.size}-{args.scale}{suffix}.png"
        welcome.grab().save(str(path))
        print(path)
        welcome.reject()
        window.close()
        services.close()
        return 0
    if args.only == "trends":
        trends_index = next(i for i, p in enumerate(window.pages) if _name(p) == "trends")
        trends = window.pages[trends_index]
        window.show_page(trends_index)
        scroll = trends.findChild(QScrollArea)
        for tab, view in ((0, "trends"), (1, "trends-cycle")):
            trends.tabs.setCurrentIndex(tab)
            scroll.verticalScrollBar().setValue(0)
            settle(1.0)
            path = out / f"{view}-{args.size}-{args.scale}{suffix}.png"
            window.grab().save(str(path))
            print(path)
            # the page scrolled down to the chart, as a person does where the controls above it
            # take the window (1024 x 700, 200 % text)
            target = trends.tabs if tab == 0 else trends.cycle_chart  # (the cycle view's note
            top = target.mapTo(scroll.widget(), target.rect().topLeft()).y()  # is above it)
            scroll.verticalScrollBar().setValue(top)
            settle(0.6)
            path = out / f"{view}-{args.size}-{args.scale}{suffix}-scrolled.png"
            window.grab().save(str(path))
            print(path)
        # the whole timeline at once (every row, as drawn at this width; a real window shows it
        # a screen at a time)
        trends.tabs.setCurrentIndex(0)
        scroll.verticalScrollBar().setValue(0)
        settle(0.6)
        path = out / f"trends-{args.size}-{args.scale}{suffix}-whole.png"
        trends.chart.grab().save(str(path))
        print(path)
        window.close()
        services.close()
        return 0
    settle(1.0)
    for i, page in enumerate(window.pages):
        window.show_page(i)
        settle()
        name = _name(page)
        path = out / f"{name}-{args.scale}{suffix}.png"
        window.grab().save(str(path))
        print(path)
    # the Trends page's infusion-cycle view (it takes the window's height)
    trends_index = next(i for i, p in enumerate(window.pages) if _name(p) == "trends")
    trends = window.pages[trends_index]
    window.show_page(trends_index)
    trends.tabs.setCurrentIndex(1)
    settle()
    path = out / f"trends-cycle-{args.scale}{suffix}.png"
    window.grab().save(str(path))
    print(path)
    trends.tabs.setCurrentIndex(0)
    # the dialogs of the Today page
    window.show_page(0)
    today = window.pages[0]
    today.add_self_test()
    dialog = today._dialog
    dialog.toggle_timer()
    dialog.clock_label.setText("0:17")
    app.processEvents()
    path = out / f"selftest-{args.scale}{suffix}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.reject()
    today.log_rash()
    dialog = today._dialog
    app.processEvents()
    path = out / f"rash-{args.scale}{suffix}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.reject()
    window.close()
    services.close()
    return 0


def _name(page: object) -> str:
    """The page's file name (its class, in every language): TodayPage -> today."""
    return type(page).__name__.removesuffix("Page").lower()


def _use_language(code: str, catalogs: str | None) -> None:
    import importlib

    from dmtracker import i18n

    if catalogs:  # the pseudo language is built into a folder of its own, never shipped
        module = importlib.import_module("dmtracker.i18n.language")
        module.CATALOG_DIR = Path(catalogs)
        module.language.cache_clear()
    i18n.use(code)


if __name__ == "__main__":
    sys.exit(main())
