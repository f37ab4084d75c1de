"""Composition root: the command line, then either a sub-command (``dmtracker.cli``: no widgets;
Qt's core only, for the translations of its messages) or the desktop app: its window painted
first, then the diary opened into it.

Where things are: the arguments and sub-commands in :mod:`dmtracker.cli`; what happens before
the window has data in :mod:`dmtracker.startup`; the open diary and the dialogs opening it may
take in :mod:`dmtracker.ui.shell.session`; ``--smoke-test`` in :mod:`dmtracker.smoke`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from dmtracker import __version__
from dmtracker.cli import COMMANDS, UserError, build_parser, user_line

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from dmtracker.ui.shell.main_window import MainWindow

ICON_PNG = "icons/dmtracker-256.png"  # in src/dmtracker/resources/ (resources/make_icons.py)

log = logging.getLogger("dmtracker.app")


def main(argv: Sequence[str] | None = None) -> int:
    from dmtracker import i18n
    from dmtracker.cli.parser import language_of

    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.use(language_of(argv))  # before the parser is built: its help texts are translated
    args = build_parser().parse_args(argv)
    i18n.use(args.language)  # None (not given): the system's language
    os.umask(0o077)  # everything the app creates is private to the user
    try:
        if args.command:
            return COMMANDS[args.command](args)
        if args.smoke_test and not args.data_dir:
            raise UserError(
                i18n.translate("Cli", "--smoke-test needs --data-dir (it writes demo data there)")
            )
        return run_gui(args)
    except PermissionError as exc:
        refusal = i18n.translate("Cli", "no permission to use {file}").format(file=exc.filename)
        print(
            i18n.translate("Cli", "dmtracker: error: {reason}").format(reason=refusal),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (``dmtracker check | head -3``): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return 1
    except Exception as exc:
        said = user_line(exc, args)
        if said is None:
            raise
        print(
            i18n.translate("Cli", "dmtracker: error: {reason}").format(reason=said), file=sys.stderr
        )
        return 1


def run_gui(args: argparse.Namespace) -> int:
    """The desktop app: returns its exit code when its window is closed."""
    import gc
    import time

    from dmtracker import startup
    from dmtracker.cli.common import paths_of

    startup.check_display()
    if not _choose_profile(args):
        return 0  # the chooser was closed: nothing opened
    root = paths_of(args).root
    if not startup.claim_folder(root):
        return 0
    # Nearly every object made until the window is ready lives as long as the app (modules,
    # classes, widgets): no cyclic garbage collection until then (collections over the growing
    # heap cost tens of ms of the start); then those objects are frozen out of collections
    # (shorter pauses while the app is used), once at idle after a full collection.
    gc.disable()
    importing = startup.import_while_painting()
    t0 = time.perf_counter()
    app, window = _paint_window(root, args)
    startup.print_time("window_painted_s")
    from dmtracker.ui.kit import wheel_guard

    wheel_guard.install(app)  # its application-wide filter sees every event: after the paint
    importing.join()

    from PySide6.QtCore import QTimer

    from dmtracker.ui.shell import welcome
    from dmtracker.ui.shell.session import AppSession

    if not welcome.choose_profile(window, args, paths_of(args)):  # first start: own or demo
        return 0  # the welcome screen was closed: nothing written
    session = AppSession(window, startup.StartDiaries(args))
    session.open(ask=not args.smoke_test, before_asking=gc.enable)
    log.info("dmtracker %s started", __version__)
    if not args.smoke_test:  # unattended: an error must not wait for a click
        _install_crash_handler(window)
    session.show()
    gc.freeze()
    gc.enable()
    log.info("window ready in %.2f s (demo=%s)", time.perf_counter() - t0, session.is_demo)
    if startup.timing_run():  # benchmarks: the window shows its data, then exit
        app.processEvents()
        startup.print_time("window_ready_s")
        window.close()
        session.close()
        return 0
    session.connect()
    _watch_second_starts(window, root)
    session.switched = lambda folder: _watch_second_starts(window, folder)
    if not args.smoke_test:
        session.offer_juvenile()  # the birth year says under 18: a child's diary? (once)
    window.preload_at_idle(1500)  # the other pages and the charts, once the window is ready
    QTimer.singleShot(1000, _collect_at_idle)
    if args.smoke_test:
        from dmtracker.smoke import run_smoke_test

        return run_smoke_test(app, window, session.services)
    try:
        QTimer.singleShot(0, window.raise_)
        return app.exec()
    finally:
        session.close()
        sys.excepthook = sys.__excepthook__
        if window.restart_requested:  # View ▸ Language ▸ Restart now: the diary is closed
            startup.restart()


def _choose_profile(args: argparse.Namespace) -> bool:
    """With several diaries and no ``--profile`` (nor ``--demo`` or ``--smoke-test``): the
    chooser, before the window; the one chosen opens and is remembered. False: closed."""
    from dmtracker.cli.common import base_of
    from dmtracker.services.profiles import ProfileBook

    book = ProfileBook(base_of(args))
    if args.profile:
        entry = book.of_root(paths_of_profile(args))
        if entry is not None:
            book.remember(entry)
        return True
    if args.demo or args.smoke_test or len(book.all()) < 2:
        return True
    from PySide6.QtWidgets import QApplication

    from dmtracker.ui.shell.language import use_at_start
    from dmtracker.ui.shell.profiles import choose_at_start

    cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    last = book.last()
    use_at_start((last.root if last else book.base) / "ui.ini", getattr(args, "language", None))
    go_on, chosen = choose_at_start(book)
    if chosen is not None:
        args.profile = chosen.folder
        book.remember(chosen)
    return go_on


def paths_of_profile(args: argparse.Namespace) -> Path:
    from dmtracker.cli.common import paths_of

    return paths_of(args).root


def _paint_window(
    root: Path, args: argparse.Namespace | None = None
) -> tuple[QApplication, MainWindow]:
    """The application and its window, shown and painted (before the diary is opened), in the
    language of ``--language``, else of View ▸ Language (``view/language`` in ``ui.ini``), else
    the system's."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from dmtracker import APP_ID, APP_NAME
    from dmtracker.ui.shell.language import use_at_start
    from dmtracker.ui.shell.main_window import MainWindow

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(Path(__file__).with_name("resources") / ICON_PNG)))
    command_line = getattr(args, "language", None)  # None: not given on the command line
    use_at_start(root / "ui.ini", command_line)  # before any text of the window is made
    # While the services import on their thread, every call from Qt into Python (event filters,
    # resize handlers) waits for the interpreter lock: at the default 5 ms switch interval the
    # first paint took 0.3 s longer (measured). Hand the lock over quickly until it is painted.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)
    try:
        window = MainWindow(settings_path=root / "ui.ini", command_line_language=command_line)
        window.apply_look(guard_wheel=False)  # installed after the first paint (run_gui)
        window.show()
        app.processEvents()  # paint the window before the database and charts are loaded
    finally:
        sys.setswitchinterval(switch)
    return app, window


def _collect_at_idle() -> None:
    import gc

    gc.unfreeze()
    gc.collect()  # what the start left over
    gc.freeze()


def _watch_second_starts(window: MainWindow, root: Path) -> None:
    """A second start on this diary folder brings this window forward."""
    from dmtracker.storage.folder_lock import RAISE_REQUEST_NAME, app_claimed_at
    from dmtracker.ui.shell.instance_watch import RaiseWatcher

    window.raise_watcher = RaiseWatcher(root, RAISE_REQUEST_NAME, window, app_claimed_at(root))


def _install_crash_handler(window: MainWindow) -> None:
    """Unexpected errors: logged (type and traceback only), drafts saved, a dialog with the
    path of the log file in use; the window and what was typed stay."""
    from dmtracker.ui.shell import crash

    crash.install(None, parent=lambda: window, drafts=lambda: [p for _, p in window.pages.made()])
