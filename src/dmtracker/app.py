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

ICON_PNG = "icons/dmtracker-256.png"  # in src/dmtracker/resources/ (resources/make_icons.py)

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
    backup.add_argument(
        "--plain", action="store_true", help="with --out: an unencrypted copy of an encrypted diary"
    )
    with_dir(sub.add_parser("check", help="check the database and show the newest backup"))
    restore = with_dir(
        sub.add_parser("restore", help="replace the diary with a backup (the current one is kept)")
    )
    restore.add_argument("backup", metavar="FILE", help="a backup file (.sqlite3)")
    with_dir(sub.add_parser("encrypt", help="encrypt the diary and its backups (a passphrase)"))
    with_dir(sub.add_parser("decrypt", help="store the diary and its backups unencrypted again"))
    export = with_dir(sub.add_parser("export", help="export everything: CSV, JSON backup, FHIR"))
    export.add_argument(
        "--format",
        required=True,
        choices=("csv", "json", "fhir"),
        help="csv: one file per record kind (a folder, or a zip if PATH ends in .zip); "
        "json: a complete backup that 'import' restores; fhir: a FHIR R4 bundle",
    )
    export.add_argument("--out", metavar="PATH", required=True, help="a new file or folder")
    export.add_argument(
        "--plain", action="store_true", help="confirm a readable export of an encrypted diary"
    )
    imp = with_dir(
        sub.add_parser("import", help="import a JSON backup or a CSV of daily check-ins")
    )
    imp.add_argument("file", metavar="FILE", help="a .json backup or a check-in .csv")
    report = with_dir(sub.add_parser("report", help="write the clinic report PDF for a period"))
    report.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        required=True,
        help="first day of the period",
    )
    report.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        required=True,
        help="last day of the period (not in the future)",
    )
    report.add_argument("--out", metavar="FILE.pdf", required=True, help="a new PDF file")
    report.add_argument(
        "--appendix", action="store_true", help="add the daily log (and no photos) at the end"
    )
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="default A4")
    report.add_argument("--questions", default="", help="your questions for the visit (text)")
    report.add_argument(
        "--plain", action="store_true", help="confirm a readable report of an encrypted diary"
    )
    return p


def _paths(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dmtracker.storage.paths import DataPaths, resolve_data_dir

    return DataPaths(resolve_data_dir(args.data_dir))


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dmtracker.logs import setup_logging
    from dmtracker.services.app_services import open_services

    paths = _paths(args)
    _cli_unlock(paths)
    services = open_services(paths)
    setup_logging(paths.logs)
    return services


PASSPHRASE_ENV = "DMTRACKER_PASSPHRASE"


def _cli_passphrase(prompt: str, twice: bool = False) -> tuple[str, str | None]:
    """The passphrase from $DMTRACKER_PASSPHRASE, else typed at the terminal (not echoed)."""
    from getpass import getpass

    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env, env if twice else None
    if not sys.stdin.isatty():
        raise UserError(f"this needs the passphrase: run it in a terminal, or set {PASSPHRASE_ENV}")
    first = getpass(prompt)
    return first, getpass("Again: ") if twice else None


def _cli_unlock(paths) -> None:  # type: ignore[no-untyped-def]
    """Ask for the passphrase of an encrypted diary (once per process)."""
    from dmtracker.services.maintenance import is_encrypted, unlock
    from dmtracker.storage.db import passphrase_for

    if is_encrypted(paths) and passphrase_for(paths.db) is None:
        unlock(paths, _cli_passphrase(f"Passphrase of the diary in {paths.root}: ")[0])


def _alone(args: argparse.Namespace, command) -> int:  # type: ignore[no-untyped-def]
    """Run a command that replaces or converts the whole diary with the diary to itself: refused
    in one line, before anything is asked, while another process has it open."""
    from dmtracker.storage.folder_lock import exclusive
    from dmtracker.storage.space import DiskFullError, ReadOnlyDiaryError

    paths = _paths(args)
    if not paths.root.is_dir():
        raise UserError(f"no diary in {paths.root}")
    reason = paths.read_only_reason()
    if reason == "full":
        raise DiskFullError(paths.root, _largest_file(paths) + 1024 * 1024)
    if reason:
        raise ReadOnlyDiaryError(paths.root)
    with exclusive(paths.root):
        return int(command(args, paths))


def _largest_file(paths) -> int:  # type: ignore[no-untyped-def]
    """The largest file a conversion copies at once (it needs that much room)."""
    files = [paths.db, *paths.backups.glob("*.sqlite3"), *paths.photos.rglob("*")]
    return max((f.stat().st_size for f in files if f.is_file()), default=0)


def _resume(paths) -> None:  # type: ignore[no-untyped-def]
    """Finish or undo an encrypt/decrypt that was interrupted (asks for the passphrase when the
    diary is encrypted), saying in one line what was done."""
    from dmtracker.services.maintenance import pending_conversion, resume_conversion

    if pending_conversion(paths) and not paths.read_only:
        _cli_unlock(paths)
        done = resume_conversion(paths)
        if done:
            print(f"dmtracker: {done}", file=sys.stderr)


def cmd_encrypt(args: argparse.Namespace) -> int:
    return _alone(args, _encrypt)


def _encrypt(args: argparse.Namespace, paths) -> int:  # type: ignore[no-untyped-def]
    from dmtracker.services.maintenance import FORGOTTEN_WARNING, encrypt_database, is_encrypted

    if not paths.db.exists():
        raise UserError(f"no database in {paths.root}")
    _resume(paths)
    if is_encrypted(paths):
        raise UserError(f"the diary in {paths.root} is encrypted already")
    print(f"Warning: {FORGOTTEN_WARNING}", file=sys.stderr)
    passphrase, again = _cli_passphrase("New passphrase: ", twice=True)
    n = encrypt_database(paths, passphrase, again)
    print(f"Encrypted {paths.db}, {n} backups and the rash photos. Exports are not encrypted.")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    return _alone(args, _decrypt)


def _decrypt(args: argparse.Namespace, paths) -> int:  # type: ignore[no-untyped-def]
    from dmtracker.services.maintenance import decrypt_database, is_encrypted

    _resume(paths)
    if not is_encrypted(paths):
        raise UserError(f"the diary in {paths.root} is not encrypted")
    from dmtracker.storage.db import passphrase_for

    passphrase = passphrase_for(paths.db)  # known when an interrupted plan was just finished
    if passphrase is None:
        passphrase, _ = _cli_passphrase(f"Passphrase of the diary in {paths.root}: ")
    n = decrypt_database(paths, passphrase)
    print(f"{paths.db}, {n} backups and the rash photos are stored unencrypted now.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from dmtracker.services.demo import DemoError, generate_demo
    from dmtracker.storage.folder_lock import exclusive

    t0 = time.perf_counter()
    paths = _paths(args)
    paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    with exclusive(paths.root):  # a second demo run (or an open app) is refused at once
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
        if args.plain and not args.out:
            raise UserError("--plain needs --out (backups in the data folder stay encrypted)")
        path = services.maintenance.backup_now(
            Path(args.out) if args.out else None, plain=args.plain
        )
    finally:
        services.close()
    print(f"Backup written: {path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from dmtracker.services.clock import Clock
    from dmtracker.services.maintenance import MaintenanceService, remove_stale_copies
    from dmtracker.storage.folder_lock import SharedLock

    paths = _paths(args)
    if not paths.db.exists():
        raise UserError(f"no database in {paths.root}")
    _resume(paths)
    _cli_unlock(paths)
    lock = SharedLock(paths.root)
    try:
        if not paths.read_only:
            remove_stale_copies(paths)  # a killed restore's half copy
        report = MaintenanceService(paths, Clock()).check()
    finally:
        lock.release()
    print(f"Database: {report.db} ({report.size_bytes / 1e6:.1f} MB)")
    print(f"Schema: {report.revision or 'unknown'} (this app: {report.head})")
    if report.problems:
        print("Integrity: FAILED")
        for p in report.problems[:20]:
            print(f"  {p}")
    else:
        print("Integrity: ok")
    if report.read_only:
        why = "the disk is full" if paths.read_only_reason() == "full" else "it cannot be written"
        print(f"Access: read-only ({why}: view and export only)")
    print(f"Encryption: {report.encryption}")
    if report.newest_backup:
        b = report.newest_backup
        print(f"Newest good backup: {b.path} ({b.taken_at:%Y-%m-%d %H:%M} UTC, {b.kind})")
    else:
        print("Newest good backup: none yet")
    return 0 if report.ok else 1


def cmd_restore(args: argparse.Namespace) -> int:
    return _alone(args, _restore)


def _restore(args: argparse.Namespace, paths) -> int:  # type: ignore[no-untyped-def]
    from dmtracker.services.maintenance import restore_database

    _resume(paths)
    _cli_unlock(paths)  # an encrypted diary stays encrypted: its passphrase is needed
    kept = restore_database(paths, Path(args.backup))
    services = _open(args)  # upgrades a backup made by an older version
    services.close()
    print(f"Restored {args.backup}. The diary as it was is kept as {kept}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dmtracker.reports.exporting import export_data

    if not _paths(args).db.exists():
        raise UserError(f"no database in {_paths(args).root}")
    services = _open(args)
    try:
        if services.maintenance.is_encrypted() and not args.plain:
            raise UserError(
                "this diary is encrypted, and an export is a file anyone can read; "
                "add --plain to write it anyway (or use 'backup --out', which stays encrypted)"
            )
        result = export_data(services, args.format, Path(args.out))
    finally:
        services.close()
    print(result.message)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The clinic report PDF from the command line (charts are drawn offscreen)."""
    from dmtracker.domain.errors import ValidationError
    from dmtracker.reports.files import check_destination

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError("out", f"{out} must end in .pdf")
    if not _paths(args).db.exists():
        raise UserError(f"no database in {_paths(args).root}")
    check_destination(out, overwrite=False)
    services = _open(args)
    try:
        if services.maintenance.is_encrypted() and not args.plain:
            raise UserError(
                "this diary is encrypted, and a report is a file anyone can read; "
                "add --plain to write it anyway"
            )
        from dmtracker.services.report_data import check_period

        period = check_period(args.start, args.end, services.clock.today(), "Custom dates")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from dmtracker.reports.clinic_report import write_clinic_report
        from dmtracker.ui.charts.report_charts import render_report_charts

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        trend, tis = services.series.trend_data(), services.scores.report()
        images = render_report_charts(services, period, trend, tis)
        data = services.report.gather(
            period, questions=args.questions, trend=trend, tis=tis, appendix=args.appendix
        )
        result = write_clinic_report(data, images, out, paper=args.paper, appendix=args.appendix)
    finally:
        services.close()
    print(result.message)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dmtracker.services.importer import ImportRejected

    if not Path(args.file).is_file():
        raise UserError(f"{args.file} does not exist or is not a file")
    services = _open(args)
    try:
        result = services.transfer.import_file(Path(args.file))
    except ImportRejected as exc:
        print(f"dmtracker: error: {exc.summary()}", file=sys.stderr)
        for problem in exc.problems[:50]:
            print(f"  {problem}", file=sys.stderr)
        if len(exc.problems) > 50:
            print(f"  … and {len(exc.problems) - 50} more", file=sys.stderr)
        return 1
    finally:
        services.close()
    print(result.message)
    return 0


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
    from dmtracker.storage.space import DiskFullError

    reason = target.read_only_reason()
    if reason == "full":
        services.notice = (
            f"The disk holding {target.root} is full, so this diary is read-only for now: you "
            "can view and export it; saving and today's backup are off. Free some space, "
            "then restart dmtracker."
        )
    elif reason:
        services.notice = (
            f"This diary is read-only: the folder {target.root} cannot be written. You can "
            "view and export it; saving is turned off."
        )
    try:
        services.maintenance.daily_backup()
    except DiskFullError as exc:
        log.warning("the daily backup was skipped: the disk is full")
        services.notice = f"Today's automatic backup was skipped: {exc.reason}."
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
    import gc
    import threading
    import time

    _check_display(args)
    from dmtracker.storage import folder_lock

    root = _paths(args).root
    if root.exists() and not root.is_dir():
        from dmtracker.storage.paths import NotAFolderError

        raise NotAFolderError(root, "is a file, not a folder")
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not folder_lock.claim_app_instance(root):  # one window per diary folder
        folder_lock.request_raise(root)
        print(f"dmtracker: the diary in {root} is open already; its window was brought forward")
        return 0
    # Nearly every object made until the window is ready lives as long as the app (modules,
    # classes, widgets): no cyclic garbage collection until then (collections over the growing
    # heap cost tens of ms of the start); then those objects are frozen out of collections
    # (shorter pauses while the app is used), once at idle after a full collection.
    gc.disable()

    def import_services() -> None:
        """The database's libraries (SQLModel, NumPy, the services) take longer to import
        than the window takes to build and paint: import them meanwhile, on a thread (no
        module of dmtracker imports another in a cycle, so two threads importing cannot
        deadlock). The main thread imports them again below, which raises any error."""
        try:
            from importlib import import_module

            from sqlalchemy.orm import configure_mappers

            for name in (
                "dmtracker.services.app_services",
                "dmtracker.services.demo",
                "dmtracker.logs",
                "dmtracker.storage.migrate",
                "sqlalchemy.dialects.sqlite",  # loaded by the first engine
            ):
                import_module(name)
            configure_mappers()  # else done by the first query, on the main thread
        except Exception:
            pass

    importing = threading.Thread(target=import_services, name="import-services", daemon=True)
    importing.start()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dmtracker import APP_ID, APP_NAME
    from dmtracker.storage.paths import DataPaths
    from dmtracker.ui.shell.main_window import MainWindow

    t0 = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(Path(__file__).with_name("resources") / ICON_PNG)))

    window = MainWindow(settings_path=root / "ui.ini")
    window.apply_look()
    window.show()
    app.processEvents()  # paint the window before the database and charts are loaded
    if os.environ.get("DMTRACKER_EXIT_AFTER_START") == "1":  # benchmarks: first paint
        print(f"window_painted_s {_since_process_start():.3f}", flush=True)
    importing.join()
    from dmtracker.domain.errors import ValidationError
    from dmtracker.services.app_services import DatabaseDamagedError
    from dmtracker.services.maintenance import PassphraseRequiredError
    from dmtracker.storage.migrate import MigrationError, NewerDatabaseError
    from dmtracker.ui.shell import welcome

    if not welcome.choose_profile(window, args, _paths(args)):  # first start: own or demo
        return 0  # the welcome screen was closed: nothing written
    opened = None
    while opened is None:
        try:
            opened = _open_profile(args)
        except PassphraseRequiredError as exc:  # an encrypted diary: ask, then open it
            gc.enable()  # the user may take their time
            if args.smoke_test or not _unlock(window, exc.paths):
                raise
        except DatabaseDamagedError as exc:
            if args.smoke_test:
                raise
            gc.enable()
            opened = _recover(window, exc, args)  # the recovery dialog: restore, or quit
            if opened is None:
                raise
        except (NewerDatabaseError, MigrationError, ValidationError) as exc:
            # also a full disk, a read-only folder that needs an upgrade, a diary in use
            from PySide6.QtWidgets import QMessageBox

            log.error("cannot open the database: %s", type(exc).__name__)
            if not args.smoke_test:
                QMessageBox.critical(window, "dmtracker cannot open your data", str(exc))
            raise
    services, is_demo = opened
    log.info("dmtracker %s started", __version__)
    if not args.smoke_test:  # unattended: an error must not wait for a click
        _install_crash_handler(window)
    window.set_services(services, is_demo)
    gc.freeze()
    gc.enable()
    log.info("window ready in %.2f s (demo=%s)", time.perf_counter() - t0, is_demo)
    if os.environ.get("DMTRACKER_EXIT_AFTER_START") == "1":  # benchmarks/bench_startup.py
        app.processEvents()
        print(f"window_ready_s {_since_process_start():.3f}", flush=True)
        window.close()
        services.close()
        return 0

    def own_diary() -> None:
        nonlocal services
        from dmtracker.services.app_services import open_services

        if not welcome.confirm_leaving_demo(window, root):
            return
        services.close()
        services = open_services(DataPaths(root))
        window.set_services(services, is_demo=False)

    window.start_own_diary.connect(own_diary)

    def demo_again() -> None:
        nonlocal services
        services.close()
        services = welcome.open_demo(DataPaths(root / "demo"))
        window.set_services(services, is_demo=True)

    window.explore_demo.connect(demo_again)
    from dmtracker.ui.shell.instance_watch import RaiseWatcher

    window.raise_watcher = RaiseWatcher(root, folder_lock.RAISE_REQUEST_NAME, window)
    window.preload_at_idle(1500)  # the other pages and the charts, once the window is ready

    def collect_at_idle() -> None:
        gc.unfreeze()
        gc.collect()  # what the start left over
        gc.freeze()

    QTimer.singleShot(1000, collect_at_idle)

    def reopen() -> None:
        """After a restore or an import: open the data folder again, refresh every page."""
        nonlocal services
        from PySide6.QtWidgets import QMessageBox

        from dmtracker.services.app_services import open_services

        services.close()
        try:
            services = open_services(services.paths)
        except (DatabaseDamagedError, NewerDatabaseError, MigrationError) as exc:
            QMessageBox.critical(window, "dmtracker cannot open your data", str(exc))
            return
        window.set_services(services, window.is_demo)

    def encryption() -> None:
        nonlocal services
        services = _change_encryption(window, services)

    window.encrypt_action.triggered.connect(encryption)

    def wire(page) -> None:  # type: ignore[no-untyped-def]
        """Each page as it is made (pages are made when first needed)."""
        if hasattr(page, "reopen_requested"):
            page.reopen_requested.connect(reopen)
        hand_in_reports(page)

    window.on_page(wire)
    if args.smoke_test:
        return _smoke(app, window, services)
    try:
        QTimer.singleShot(0, window.raise_)
        return app.exec()
    finally:
        services.close()
        sys.excepthook = sys.__excepthook__


def hand_in_reports(page) -> None:  # type: ignore[no-untyped-def]
    """Give a page the writers of ``dmtracker.reports`` it asks for (the UI may not import
    that layer): the exports and the clinic report of the Reports page."""
    if hasattr(page, "set_exporter"):
        from dmtracker.reports import exporting

        page.set_exporter(exporting)
    if hasattr(page, "set_report_builder"):
        from dmtracker.reports import clinic_report

        page.set_report_builder(clinic_report)


def _unlock(window, paths) -> bool:  # type: ignore[no-untyped-def]
    """Ask for the passphrase of an encrypted diary until it is right, or the user quits."""
    from PySide6.QtWidgets import QDialog

    from dmtracker.services.maintenance import unlock
    from dmtracker.ui.shell.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog("unlock", lambda p: unlock(paths, p), str(paths.root), window)
    return dialog.exec() == QDialog.DialogCode.Accepted


def _change_encryption(window, services):  # type: ignore[no-untyped-def]
    """File > Encryption: encrypt the diary with a new passphrase, or store it unencrypted
    again. The engine is closed while the files are converted; returns the new services."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from dmtracker.domain.errors import ValidationError
    from dmtracker.services import maintenance as mt
    from dmtracker.services.app_services import open_services
    from dmtracker.ui.shell.passphrase_dialog import PassphraseDialog

    if window.is_demo:
        QMessageBox.information(
            window,
            "Encryption",
            "The demo profile holds made-up data and is not encrypted. Start your own diary "
            "to encrypt it.",
        )
        return services
    paths = services.paths
    encrypted = mt.is_encrypted(paths)
    check = (lambda p: mt.unlock(paths, p)) if encrypted else mt.check_new_passphrase
    dialog = PassphraseDialog("remove" if encrypted else "set", check, str(paths.root), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return services
    services.close()
    try:
        if encrypted:
            n = mt.decrypt_database(paths, dialog.passphrase())
            done = f"Your diary and {n} backups are stored unencrypted now."
        else:
            n = mt.encrypt_database(paths, dialog.passphrase())
            done = f"Your diary and {n} backups are encrypted now."
        log.info("encryption %s", "removed" if encrypted else "set")
    except ValidationError as exc:
        QMessageBox.warning(window, "Encryption", f"Nothing was changed: {exc.describe()}")
        done = ""
    services = open_services(paths)
    window.set_services(services, window.is_demo)
    if done:
        window.statusBar().showMessage(done, 10000)
    return services


def _recover(window, exc, args):  # type: ignore[no-untyped-def]
    """Show the recovery dialog for a damaged database until it opens or the user quits.

    Returns ``(services, is_demo)`` after a restore, None when the user chose to quit. The
    damaged file is kept in ``backups/`` (never deleted) by ``restore_database``.
    """
    from PySide6.QtWidgets import QDialog

    from dmtracker.logs import setup_logging
    from dmtracker.services.app_services import DatabaseDamagedError
    from dmtracker.services.maintenance import restore_database
    from dmtracker.storage.paths import DataPaths
    from dmtracker.ui.shell.recovery_dialog import RecoveryDialog

    while True:
        paths = DataPaths(exc.db.parent)
        setup_logging(paths.logs)
        log.error("the database failed its check at start (%d problems)", len(exc.problems))
        backup = exc.backup

        def restore(paths=paths, backup=backup):  # type: ignore[no-untyped-def]
            kept = restore_database(paths, backup.path)
            log.info("restored the backup taken %s; the damaged file is kept", backup.taken_at)
            return kept

        dialog = RecoveryDialog(exc.db, exc.problems, backup, restore if backup else None, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            log.info("recovery: the user chose to quit")
            return None
        try:
            return _open_profile(args)
        except DatabaseDamagedError as again:
            exc = again


def _install_crash_handler(window):  # type: ignore[no-untyped-def]
    """Unexpected errors: logged (type and traceback only), drafts saved, a dialog with the
    path of the log file in use; the window and what was typed stay."""
    from dmtracker.ui.shell import crash

    return crash.install(
        None, parent=lambda: window, drafts=lambda: [p for _, p in window.pages.made()]
    )


def _smoke(app, window, services) -> int:  # type: ignore[no-untyped-def]
    """Visit every page, draw the window to an image, check the data: 0 when all is well."""
    for i in range(len(window.pages)):
        window.show_page(i)
        app.processEvents()
    image = window.grab().toImage()
    problems = []
    if image.isNull() or image.width() < 100:
        problems.append("the window did not draw")
    elif problem := _smoke_pdf(image, services.paths.root / "smoke-test.pdf"):
        problems.append(problem)
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


def _smoke_pdf(image, path: Path) -> str | None:  # type: ignore[no-untyped-def]
    """Draw the window grab and a title on a one-page PDF: proves QPdfWriter, fonts and image
    drawing work (in the frozen app too). The clinic report will take its place in the smoke
    test. None when ``path`` is a PDF, else the problem."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    writer.setTitle("dmtracker smoke test")
    painter = QPainter(writer)
    if not painter.isActive():
        return f"cannot write {path}"
    area = painter.viewport()
    painter.drawText(0, 0, area.width(), 40, Qt.AlignmentFlag.AlignLeft, "dmtracker smoke test")
    fit = Qt.AspectRatioMode.KeepAspectRatio
    painter.drawImage(0, 48, image.scaled(area.width(), area.height() - 48, fit))
    painter.end()
    with open(path, "rb") as f:
        return None if f.read(5) == b"%PDF-" else f"{path} is not a PDF"


def _since_process_start() -> float:
    """Seconds since this process started, from /proc (10 ms steps); NaN where there is no
    /proc (benchmarks/bench_startup.py also times the start from outside)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return float("nan")


_USER_ERRORS = {
    "dmtracker.services.maintenance": ("PassphraseRequiredError",),
    "dmtracker.domain.errors": ("ValidationError",),
    "dmtracker.storage.migrate": ("NewerDatabaseError", "MigrationError"),
    "dmtracker.services.app_services": ("DatabaseDamagedError",),
    "dmtracker.storage.folder_lock": ("DiaryInUseError",),
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
    handlers = {
        "demo": cmd_demo,
        "backup": cmd_backup,
        "check": cmd_check,
        "restore": cmd_restore,
        "export": cmd_export,
        "import": cmd_import,
        "report": cmd_report,
        "encrypt": cmd_encrypt,
        "decrypt": cmd_decrypt,
    }
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
        said = _user_line(exc, args)
        if said is None:
            raise
        print(f"dmtracker: error: {said}", file=sys.stderr)
        return 1


def _user_line(exc: BaseException, args: argparse.Namespace) -> str | None:
    """The one line for an error the user can act on, None for a bug (which keeps its
    traceback). A full disk or a read-only place, wherever it was met (an export's destination,
    a checkpoint), is named with its folder."""
    if _is_user_error(exc):
        return str(exc)
    from dmtracker.storage import space

    if isinstance(exc, OSError) or type(exc).__module__.startswith(("sqlite", "sqlcipher")):
        out = getattr(args, "out", None)  # an export's, report's or backup's destination
        where = (
            Path(exc.filename).parent
            if getattr(exc, "filename", None)
            else Path(out).resolve().parent
            if out
            else _paths(args).root
        )
        io_error = not isinstance(exc, OSError) and "disk i/o error" in str(exc).lower()
        if io_error and space.free_bytes(where) < space.FULL_BELOW:  # a full disk, to SQLite
            return str(space.DiskFullError(where, space.RECORD_HEADROOM))
        error = space.translate(exc, where)
        if isinstance(error, space.ReadOnlyDiaryError) and out:
            return f"the folder {where} cannot be written (read-only): choose another place"
        if error is not exc:
            return str(error)
        if isinstance(exc, (FileExistsError, NotADirectoryError, IsADirectoryError)):
            return f"{exc.filename} is in the way: {exc.strerror.lower()}"
    return None
