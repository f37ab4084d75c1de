"""The start of the desktop app, before and around its first window: the checks that come
first, the database's libraries imported while the window paints, which diary opens, and the
timing lines the start-up benchmarks read."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from dmtracker.cli.common import UserError, paths_of
from dmtracker.i18n import translate

if TYPE_CHECKING:
    from dmtracker.services.app_services import DatabaseDamagedError, Services
    from dmtracker.storage.paths import DataPaths

log = logging.getLogger("dmtracker.app")


def check_display() -> None:
    """Qt aborts the process when there is no screen; say so in one line instead."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(
            translate(
                "Startup",
                "no desktop display found (DISPLAY and WAYLAND_DISPLAY are not set). Start "
                "dmtracker from a desktop session, or try it without a screen: "
                "QT_QPA_PLATFORM=offscreen dmtracker --smoke-test --data-dir /tmp/dm",
            )
        )


#: Set for the new process by :func:`restart`: it waits for this one to let the folder go.
RESTARTED = "DMTRACKER_RESTARTED"
RESTART_WAIT_S = 20.0


def claim_folder(root: Path) -> bool:
    """Make the data folder and claim it for this process: one window per diary folder. False
    when another window has it (that window was asked to come forward). Started by
    :func:`restart`, it waits (up to ``RESTART_WAIT_S``) for the app it replaces to end."""
    from dmtracker.storage import folder_lock

    if root.exists() and not root.is_dir():
        from dmtracker.storage.paths import NotAFolderError

        raise NotAFolderError(root, "is a file, not a folder")
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    restarted = os.environ.pop(RESTARTED, "") == "1"  # not handed on to a later start
    deadline = time.monotonic() + (RESTART_WAIT_S if restarted else 0.0)
    while not folder_lock.claim_app_instance(root):
        if time.monotonic() < deadline:
            time.sleep(0.1)
            continue
        said = (
            translate(
                "Startup",
                "dmtracker: the diary in {folder} is open already; its window was brought forward",
            )
            if folder_lock.request_raise(root)
            else translate(  # a read-only folder: no request can be left there
                "Startup", "dmtracker: the diary in {folder} is open already in another window"
            )
        )
        print(said.format(folder=root))
        return False
    return True


def restart_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start this app again as it was started, less a
    ``--language`` (the language just chosen in the menu is the one to start in). In a frozen
    bundle the program is the bundle's executable."""
    argv = list(sys.argv if argv is None else argv)
    rest: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--language":
            skip = True
        elif not arg.startswith("--language="):
            rest.append(arg)
    if getattr(sys, "frozen", False):
        return sys.executable, rest
    script = argv[0] if argv else ""
    if not script or script.endswith("__main__.py") or script == "-m" or script == "-c":
        return sys.executable, ["-m", "dmtracker", *rest]
    return sys.executable, [script, *rest]


def restart() -> bool:
    """Start the app again (View ▸ Language ▸ Restart now), after this one closed its diary;
    the new process waits until this one has ended and let the folder go."""
    from PySide6.QtCore import QProcess

    program, arguments = restart_command()
    os.environ[RESTARTED] = "1"  # inherited by the new process only
    try:
        started, _pid = QProcess.startDetached(program, arguments, os.getcwd())
    finally:
        os.environ.pop(RESTARTED, None)
    if not started:
        log.error("the app could not be started again")
    return bool(started)


def _import_services() -> None:
    """The database's libraries (SQLModel, NumPy, the services) take longer to import than the
    window takes to build and paint: import them meanwhile, on a thread (no module of dmtracker
    imports another in a cycle, so two threads importing cannot deadlock). The main thread
    imports them again when it opens the diary, which raises any error."""
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


def import_while_painting() -> threading.Thread:
    """Start importing the database's libraries on a thread; join it before opening."""
    thread = threading.Thread(target=_import_services, name="import-services", daemon=True)
    thread.start()
    return thread


class StartDiaries:
    """Which diary this run opens (``--data-dir``, ``--demo``, ``--smoke-test``): the
    :class:`dmtracker.ui.shell.opening.Diaries` the session uses.

    The demo profile (in ``<data>/demo``) opens with ``--demo``, and when the user has no data
    yet; "Start my own diary" leaves it for good. ``--smoke-test`` fills its folder with demo
    data.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        from dmtracker.cli.common import base_of
        from dmtracker.services.profiles import ProfileBook
        from dmtracker.storage.migrate import MigrationError, NewerDatabaseError

        self.paths = paths_of(args)
        self.root = self.paths.root
        self.demo_first = bool(args.demo)
        self.smoke_test = bool(args.smoke_test)
        #: the diaries (profiles) under the base folder: File ▸ Switch, New, Rename, Remove
        self.book = ProfileBook(base_of(args))
        self.switched = False  # a profile chosen in the app: never the demo in its place
        self.cannot_open: tuple[type[Exception], ...] = (NewerDatabaseError, MigrationError)

    def start(self) -> tuple[Services, bool]:
        from dmtracker.logs import setup_logging
        from dmtracker.services.app_services import DatabaseDamagedError, open_services
        from dmtracker.services.demo import generate_demo
        from dmtracker.storage.paths import DataPaths

        paths = self.paths
        demo = self.demo_first or (
            not self.smoke_test and not self.switched and not paths.db.exists()
        )
        target = DataPaths(paths.root / "demo") if demo else paths
        try:
            services = open_services(target)
        except DatabaseDamagedError:
            setup_logging(target.logs)  # the recovery is logged next to the damaged file
            raise
        setup_logging(target.logs)
        if (demo or self.smoke_test) and services.checkins.count() == 0:
            if self.smoke_test:
                generate_demo(services, years=1, seed=1)
            else:  # on the writer thread, with a progress window
                from dmtracker.ui.shell.welcome import fill_demo

                fill_demo(services)
        self._notice(services, target)
        return services, demo

    @staticmethod
    def _notice(services: Services, target: DataPaths) -> None:
        """The banner's line for a diary that cannot be written; today's backup, unless the
        disk is full."""
        from dmtracker.i18n import localize
        from dmtracker.storage.space import DiskFullError

        reason = target.read_only_reason()
        if reason == "full":
            services.notice = translate(
                "Startup",
                "The disk holding {folder} is full, so this diary is read-only for now: "
                "you can view and export it; saving and today's backup are off. Free some "
                "space, then restart dmtracker.",
            ).format(folder=target.root)
        elif reason:
            services.notice = translate(
                "Startup",
                "This diary is read-only: the folder {folder} cannot be written. You can "
                "view and export it; saving is turned off.",
            ).format(folder=target.root)
        try:
            services.maintenance.daily_backup()
        except DiskFullError as exc:
            log.warning("the daily backup was skipped: the disk is full")
            services.notice = translate(
                "Startup", "Today's automatic backup was skipped: {reason}."
            ).format(reason=localize(exc.reason))
        # the copy to the second backup folder runs on a thread: a slow or missing folder
        # (a network share, a drive not plugged in) never holds up the window
        services.backup_copies.copy_in_background()

    def use(self, root: Path) -> None:
        """Open the profile in ``root`` from now on (File ▸ Switch diary)."""
        from dmtracker.storage.paths import DataPaths

        self.paths = DataPaths(root)
        self.root = root
        self.demo_first = False
        self.switched = True

    @staticmethod
    def claim(root: Path) -> bool:
        """This app becomes the one of ``root`` (False: another window has it, asked to come
        forward)."""
        from dmtracker.storage import folder_lock

        if folder_lock.claim_app_instance(root):
            return True
        folder_lock.request_raise(root)
        return False

    @staticmethod
    def release(root: Path) -> None:
        from dmtracker.storage import folder_lock

        folder_lock.release_app_instance(root)

    def own(self) -> Services:
        from dmtracker.services.app_services import open_services

        return open_services(self.paths)

    def demo(self) -> Services:
        from dmtracker.storage.paths import DataPaths
        from dmtracker.ui.shell import welcome

        return welcome.open_demo(DataPaths(self.root / "demo"))

    def restore(self, error: DatabaseDamagedError) -> Path:
        from dmtracker.services.maintenance import restore_database
        from dmtracker.storage.paths import DataPaths

        if error.backup is None:
            raise ValueError(translate("Startup", "there is no good backup to restore"))
        return restore_database(DataPaths(error.db.parent), error.backup.path)


# -- timing, for benchmarks/run.py and benchmarks/bench_startup.py ---------------------------


def timing_run() -> bool:
    """``DMTRACKER_EXIT_AFTER_START=1``: print when the window is painted and when it is ready
    with data, then exit."""
    return os.environ.get("DMTRACKER_EXIT_AFTER_START") == "1"


def print_time(name: str) -> None:
    """``name seconds-since-the-process-started`` on stdout, in a timing run only."""
    if timing_run():
        print(f"{name} {since_process_start():.3f}", flush=True)


def since_process_start() -> float:
    """Seconds since this process started, from /proc (10 ms steps); NaN where there is no
    /proc (benchmarks/bench_startup.py also times the start from outside)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return float("nan")
