"""Composition root: command line, paths, logging, database, services, then the window.

``dmtracker`` with no sub-command starts the desktop app. Sub-commands work without Qt.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dmtracker import __version__

log = logging.getLogger("dmtracker.app")


class UserError(Exception):
    """A mistake the user can fix: printed as one line, no traceback."""


def _years(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if not 1 <= n <= 30:
        raise argparse.ArgumentTypeError(f"must be from 1 to 30, got {n}")
    return n


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date YYYY-MM-DD, got {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dmtracker",
        description="A private diary for dermatomyositis. With no command, opens the app.",
    )
    p.add_argument("--version", action="version", version=f"dmtracker {__version__}")
    data_help = "data folder (default: $DMTRACKER_HOME or the platform's user data folder)"
    p.add_argument("--data-dir", metavar="DIR", help=data_help)
    p.add_argument(
        "--demo",
        action="store_true",
        help="open the demo profile (made on first use) instead of your own data",
    )
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="migrate, load demo data, open the window, exit 0 (non-zero on error)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def with_dir(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--data-dir", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
        return sp

    demo = with_dir(sub.add_parser("demo", help="write a realistic demo history"))
    demo.add_argument("--years", type=_years, default=1, help="years of history (1–30, default 1)")
    demo.add_argument("--seed", type=_seed, default=1, help="random seed (default 1)")
    demo.add_argument(
        "--end", type=_iso_date, default=None, help="last day of the history (default today)"
    )
    backup = with_dir(sub.add_parser("backup", help="make a backup now"))
    backup.add_argument("--out", metavar="FILE", help="write the backup to FILE instead")
    with_dir(sub.add_parser("check", help="check the database and show the newest backup"))
    return p


def _paths(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dmtracker.storage.paths import DataPaths, resolve_data_dir

    return DataPaths(resolve_data_dir(args.data_dir))


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dmtracker.logs import setup_logging
    from dmtracker.services.app_services import open_services

    paths = _paths(args)
    services = open_services(paths)
    setup_logging(paths.logs)
    return services


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from dmtracker.services.demo import DemoError, generate_demo

    t0 = time.perf_counter()
    services = _open(args)
    try:
        summary = generate_demo(services, years=args.years, seed=args.seed, end=args.end)
    except DemoError as exc:
        raise UserError(str(exc)) from None
    finally:
        services.close()
    took = time.perf_counter() - t0
    size = services.paths.db.stat().st_size / 1e6
    print(f"Wrote {summary.describe()} to {services.paths.db} in {took:.1f} s ({size:.1f} MB)")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        if args.out and Path(args.out).exists():
            raise UserError(f"{args.out} already exists; choose a new file name")
        path = services.maintenance.backup_now(Path(args.out) if args.out else None)
    finally:
        services.close()
    print(f"Backup written: {path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from dmtracker.services.clock import Clock
    from dmtracker.services.maintenance import MaintenanceService

    paths = _paths(args)
    if not paths.db.exists():
        raise UserError(f"no database in {paths.root}")
    report = MaintenanceService(paths, Clock()).check()
    print(f"Database: {report.db} ({report.size_bytes / 1e6:.1f} MB)")
    print(f"Schema: {report.revision or 'unknown'} (this app: {report.head})")
    if report.problems:
        print("Integrity: FAILED")
        for p in report.problems[:20]:
            print(f"  {p}")
    else:
        print("Integrity: ok")
    if report.newest_backup:
        b = report.newest_backup
        print(f"Newest good backup: {b.path} ({b.taken_at:%Y-%m-%d %H:%M} UTC, {b.kind})")
    else:
        print("Newest good backup: none yet")
    return 0 if report.ok else 1


def _open_profile(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The services to show: the user's own data, or the demo profile.

    The demo profile (in ``<data>/demo``) opens with ``--demo``, and when the user has no data
    yet; "Start my own diary" leaves it for good. ``--smoke-test`` fills its folder with demo data.
    """
    from dmtracker.logs import setup_logging
    from dmtracker.services.app_services import open_services
    from dmtracker.services.demo import generate_demo
    from dmtracker.storage.paths import DataPaths

    paths = _paths(args)
    demo = bool(args.demo) or (not args.smoke_test and not paths.db.exists())
    target = DataPaths(paths.root / "demo") if demo else paths
    services = open_services(target)
    setup_logging(target.logs)
    if (demo or args.smoke_test) and services.checkins.count() == 0:
        generate_demo(services, years=1, seed=1)
    services.maintenance.daily_backup()
    return services, demo


def _check_display(args: argparse.Namespace) -> None:
    """Qt aborts the process when there is no screen; say so in one line instead."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(
            "no desktop display found (DISPLAY and WAYLAND_DISPLAY are not set). Start "
            "dmtracker from a desktop session, or try it without a screen: "
            "QT_QPA_PLATFORM=offscreen dmtracker --smoke-test --data-dir /tmp/dm"
        )


def run_gui(args: argparse.Namespace) -> int:
    import time

    from dmtracker.storage.migrate import MigrationError, NewerDatabaseError

    _check_display(args)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dmtracker import APP_ID, APP_NAME
    from dmtracker.storage.paths import DataPaths

    t0 = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from dmtracker.ui.main_window import MainWindow

    root = _paths(args).root
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    window = MainWindow(settings_path=root / "ui.ini")
    window.apply_look()
    window.show()
    app.processEvents()  # paint the window before the database and charts are loaded
    from dmtracker.services.app_services import DatabaseDamagedError

    try:
        services, is_demo = _open_profile(args)
    except (DatabaseDamagedError, NewerDatabaseError, MigrationError) as exc:
        from PySide6.QtWidgets import QMessageBox

        log.error("cannot open the database: %s", type(exc).__name__)
        if not args.smoke_test:
            QMessageBox.critical(window, "dmtracker cannot open your data", str(exc))
        raise
    window.set_services(services, is_demo)
    log.info("window ready in %.2f s (demo=%s)", time.perf_counter() - t0, is_demo)

    def own_diary() -> None:
        nonlocal services
        from dmtracker.services.app_services import open_services

        services.close()
        services = open_services(DataPaths(root))
        window.set_services(services, is_demo=False)

    window.start_own_diary.connect(own_diary)
    if args.smoke_test:
        return _smoke(app, window, services)
    try:
        QTimer.singleShot(0, window.raise_)
        return app.exec()
    finally:
        services.close()


def _smoke(app, window, services) -> int:  # type: ignore[no-untyped-def]
    """Visit every page, draw the window to an image, check the data: 0 when all is well."""
    for i in range(len(window.pages)):
        window.show_page(i)
        app.processEvents()
    image = window.grab().toImage()
    problems = []
    if image.isNull() or image.width() < 100:
        problems.append("the window did not draw")
    if services.checkins.count() == 0:
        problems.append("no demo data")
    report = services.maintenance.check()
    if not report.ok:
        problems.append(f"database check failed: {report.problems[:1]}")
    window.close()
    services.close()
    for p in problems:
        print(f"smoke test: {p}", file=sys.stderr)
    print("smoke test: ok" if not problems else "smoke test: FAILED")
    return 1 if problems else 0


_USER_ERRORS = {
    "dmtracker.domain.errors": ("ValidationError",),
    "dmtracker.storage.migrate": ("NewerDatabaseError", "MigrationError"),
    "dmtracker.services.app_services": ("DatabaseDamagedError",),
}


def _is_user_error(exc: BaseException) -> bool:
    """Errors the user can act on: shown as one line. Looked up lazily so that starting the
    app does not import the database layer before the window is painted."""
    if isinstance(exc, UserError):
        return True
    classes = [
        getattr(sys.modules[mod], name)
        for mod, names in _USER_ERRORS.items()
        if mod in sys.modules
        for name in names
    ]
    return isinstance(exc, tuple(classes))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    os.umask(0o077)  # everything the app creates is private to the user
    handlers = {"demo": cmd_demo, "backup": cmd_backup, "check": cmd_check}
    try:
        if args.command:
            return handlers[args.command](args)
        if args.smoke_test and not args.data_dir:
            raise UserError("--smoke-test needs --data-dir (it writes demo data there)")
        return run_gui(args)
    except PermissionError as exc:
        print(f"dmtracker: error: no permission to use {exc.filename}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if not _is_user_error(exc):
            raise
        print(f"dmtracker: error: {exc}", file=sys.stderr)
        return 1
