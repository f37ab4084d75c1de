"""Long work off the GUI thread: one task runner for the whole app.

Writes (import, restore, backups, encryption) run one at a time, in the order they were asked
for, on a pool of one thread; reads (exports, the clinic report) run on a second pool, beside
them. A task's work gets a :class:`Control` to report progress and to see whether Cancel was
pressed; it never touches a widget: its result, its failure or its cancellation comes back to
the GUI thread by signal, where the page's callbacks run. A window-modal
:class:`ProgressDialog` shows the progress and keeps the window painting.

How Cancel works depends on the task (:class:`Task`'s ``cancel``):

- ``"drop"`` (exports, the report): the dialog closes at once and the output is dropped: the
  work writes into a :class:`StagedOutput` that is moved into place only when the work ended and
  Cancel was not pressed;
- ``"commit"`` (import): honoured until the task's one write transaction commits (the work
  raises :class:`TaskCancelled` at a safe point, e.g. through
  ``dmtracker.services.commit_guard``); the dialog waits and says what happened;
- ``"never"`` (backups, restore, encryption): the dialog has no Cancel button and says why.

Tests use ``TaskRunner(synchronous=True)`` (the work runs at once on the calling thread) or wait
for a real runner with :meth:`TaskRunner.wait`. The application's runner (:func:`app_runner`)
cancels what it can and waits for its threads when the application quits.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)
from shiboken6 import Shiboken

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import localize
from dmtracker.ui.kit.errors import error_text
from dmtracker.ui.kit.progress import CancelPolicy, ProgressDialog

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised in a task's work at a safe point after Cancel was pressed."""


class Control:
    """What a task's work is given: :meth:`progress` to report, :meth:`check` (or
    :attr:`cancelled`) to stop at a safe point once Cancel was pressed."""

    def __init__(self, report: Callable[[int, str], None]):
        self._stop = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def check(self) -> None:
        if self._stop.is_set():
            raise TaskCancelled()

    def progress(self, percent: int, text: str = "") -> None:
        self._report(int(percent), text)


@dataclass
class Task:
    """One piece of long work and what to do with its outcome (callbacks run on the GUI
    thread). ``title`` names the progress dialog. ``failed`` gets the exception; without it
    the failure is shown with :func:`one_line` in a warning titled ``failed_title`` (or
    ``title``). ``ended`` runs last, whatever happened (cleanup such as
    :meth:`StagedOutput.drop`)."""

    title: str
    label: str
    work: Callable[[Control], Any]
    writes: bool = False
    cancel: CancelPolicy = "never"
    done: Callable[[Any], None] | None = None
    failed: Callable[[BaseException], None] | None = None
    cancelled: Callable[[], None] | None = None
    ended: Callable[[], None] | None = None
    failed_title: str = ""


def one_line(exc: BaseException) -> str:
    """A failure as one line for the user (never a traceback)."""
    if isinstance(exc, ValidationError):
        return localize(exc.reason)
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    text = error_text(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class StagedOutput:
    """A file written first into a private folder beside ``dest`` (``path``), and moved to
    ``dest`` by :meth:`commit` (on the GUI thread, when the task was not cancelled). Made before
    the task starts, so that a folder that cannot be written is said at once."""

    def __init__(self, dest: Path):
        self.dest = dest
        self.folder = Path(tempfile.mkdtemp(prefix=".dmtracker-", dir=dest.parent))
        self.path = self.folder / dest.name

    def commit(self) -> Path:
        os.replace(self.path, self.dest)
        self.drop()
        return self.dest

    def drop(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _ignore(_percent: int, _text: str) -> None:
    """Progress reported when no one listens."""


class _Emitter(QObject):
    """Made by the work's thread for one run and gone with it: the worker emits only through
    this object, never through the handle (which the GUI thread deletes when the task ended),
    so no object is deleted while another thread emits its signal. Its signals reach the
    handle queued from a worker thread, directly in the synchronous mode."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    raised = Signal(object)
    stopped = Signal()


class TaskHandle(QObject):
    """One task started by the runner (lives on the GUI thread)."""

    progressed = Signal(int, str)
    ended = Signal()  # after every callback ran

    def __init__(self, runner: TaskRunner, task: Task, dialog: ProgressDialog | None, owns: bool):
        super().__init__(runner)
        self.runner, self.task = runner, task
        self.dialog, self.owns_dialog = dialog, owns
        self.control = Control(_ignore)
        self.state = "queued"  # running, done, failed, cancelled
        self.cancel_pressed = False
        self.finished = threading.Event()  # set by the worker when it has returned
        if dialog is not None:
            dialog.set_task(task.label, task.cancel)
            self.progressed.connect(dialog.set_progress)
            dialog.cancel_requested.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.state in ("queued", "running")

    def job(self) -> Callable[[], None]:
        """What the pool runs: the work, with an emitter of its own thread."""
        task, control, finished = self.task, self.control, self.finished
        slots = (self._on_progress, self._on_success, self._on_failure, self._on_stopped)

        def run() -> None:
            try:
                _run()
            finally:
                finished.set()  # the runner lets the garbage collector run again after this

        def _run() -> None:
            emitter = _Emitter()
            emitter.progressed.connect(slots[0])
            emitter.succeeded.connect(slots[1])
            emitter.raised.connect(slots[2])
            emitter.stopped.connect(slots[3])
            control._report = emitter.progressed.emit
            try:
                if control.cancelled and task.cancel != "never":
                    raise TaskCancelled()
                result = task.work(control)
            except TaskCancelled:
                emitter.stopped.emit()
            except BaseException as exc:  # every failure comes back as a message
                emitter.raised.emit(exc)
            else:
                emitter.succeeded.emit(result)
            finally:
                control._report = _ignore
                Shiboken.delete(emitter)  # here, in the thread that made it, after its signals

        return run

    # -- GUI thread ---------------------------------------------------------------------------
    @Slot(int, str)
    def _on_progress(self, percent: int, text: str) -> None:
        if self.running:
            self.state = "running"
            self.progressed.emit(percent, text)

    def cancel(self) -> None:
        """Cancel where the task allows it (see the module's note on the three kinds)."""
        if self.task.cancel == "never" or not self.running or self.cancel_pressed:
            return
        self.cancel_pressed = True
        self.control.cancel()
        if self.task.cancel == "drop":  # the output will be dropped: nothing to wait for
            self._close_dialog()
            if self.task.cancelled:
                self.task.cancelled()

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        if self.cancel_pressed and self.task.cancel == "drop":
            self._end("cancelled")  # cancelled() ran when Cancel was pressed
            return
        self._close_dialog()
        self.state = "done"
        if self.task.done:
            self.task.done(result)
        self._end("done")

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        if self.cancel_pressed and self.task.cancel == "drop":
            self._end("cancelled")
            return
        self._close_dialog()
        if not isinstance(exc, ValidationError | OSError):
            log.error("%s failed", self.task.title, exc_info=exc)
        if self.task.failed:
            self.task.failed(exc)
        else:
            title = self.task.failed_title or self.task.title
            self.runner.show_message(title, one_line(exc), self._parent_widget())
        self._end("failed")

    @Slot()
    def _on_stopped(self) -> None:
        self._close_dialog()
        told = self.task.cancel == "drop" and self.cancel_pressed  # told when it was pressed
        if self.task.cancelled and not told:
            self.task.cancelled()
        self._end("cancelled")

    def _parent_widget(self) -> QWidget | None:
        return self.dialog.parentWidget() if self.dialog is not None else None

    def _close_dialog(self) -> None:
        # a dialog deleted meanwhile (with its parent window) is gone already: the task still
        # ends (a slot raising here left it running for ever, and run_modal waiting for it)
        if self.dialog is not None and Shiboken.isValid(self.dialog):
            if self.owns_dialog:
                self.dialog.finish()
            self.progressed.disconnect(self.dialog.set_progress)
            self.dialog.cancel_requested.disconnect(self.cancel)
        self.dialog = None

    def _end(self, state: str) -> None:
        self.state = state
        try:
            if self.task.ended:
                self.task.ended()
        finally:
            self.runner._forget(self)
            self.ended.emit()


_GC_HELD = [0, False]  # tasks not yet settled, whether the collector was on before


def _gc_hold() -> None:
    """The cyclic garbage collector is off from a task's start until its worker has returned,
    switched on and off by the GUI thread only. A collection can start in any thread that
    allocates: in a worker it would destroy Qt objects whose last reference was in a cycle
    (widgets among them) off the GUI thread; and a full collection walks every object holding
    the GIL (a parsed 10-year backup is over a million), which froze the window 100–200 ms in
    the middle of an import. The tasks' objects are freed by reference counting meanwhile."""
    if _GC_HELD[0] == 0:
        _GC_HELD[1] = gc.isenabled()
        gc.disable()
    _GC_HELD[0] += 1


def _gc_release() -> None:
    _GC_HELD[0] -= 1
    if _GC_HELD[0] == 0 and _GC_HELD[1]:
        gc.enable()


def _release_when_returned(finished: threading.Event) -> None:
    """Release the hold once the worker has returned (it emits its last signal just before)."""
    if finished.is_set():
        _gc_release()
    else:
        QTimer.singleShot(5, lambda: _release_when_returned(finished))


class TaskRunner(QObject):
    """Runs :class:`Task` objects: writes one at a time in order, reads beside them.

    ``synchronous``: each task runs to its end inside :meth:`start` on the calling thread
    (for tests; the callbacks still run, in the same order)."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False):
        # owned by the application unless given a parent: never deleted by Python's garbage
        # collector, which may run on any thread
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self.synchronous = synchronous
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self.writers = QThreadPool(self)
        self.writers.setMaxThreadCount(1)  # one at a time, first asked first run
        self.active: list[TaskHandle] = []
        self.show_message: Callable[[str, str, QWidget | None], None] = _warn

    @property
    def idle(self) -> bool:
        return not self.active

    def start(
        self,
        task: Task,
        parent: QWidget | None = None,
        dialog: ProgressDialog | None = None,
    ) -> TaskHandle:
        """Start ``task``. With ``parent`` a progress dialog is shown over it and closed at the
        end; with ``dialog`` that dialog shows the task and stays open (tasks in a row)."""
        owns = dialog is None and parent is not None
        if owns:
            dialog = ProgressDialog(parent, task.title, task.label)
            dialog.show()
        handle = TaskHandle(self, task, dialog, owns)
        self.active.append(handle)
        job = handle.job()
        _gc_hold()
        if self.synchronous:
            job()
            _gc_release()
        else:
            (self.writers if task.writes else self.readers).start(job)
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        if handle in self.active:
            self.active.remove(handle)
            if not self.synchronous:
                _release_when_returned(handle.finished)
        handle.deleteLater()

    def wait(self, timeout_ms: int = 60000) -> bool:
        """Process events until every task has ended (True) or ``timeout_ms`` passed."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.active and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        QCoreApplication.processEvents()
        return not self.active

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Cancel what can be cancelled and wait for the threads (before the engine goes)."""
        for handle in list(self.active):
            if handle.task.cancel != "never":
                handle.control.cancel()
        self.readers.waitForDone(timeout_ms)
        self.writers.waitForDone(timeout_ms)


def _warn(title: str, text: str, parent: QWidget | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


_APP_RUNNER: TaskRunner | None = None


def app_runner() -> TaskRunner:
    """The application's one runner (one writer queue for every page and the shell)."""
    global _APP_RUNNER
    app = QApplication.instance()
    if _APP_RUNNER is None or _APP_RUNNER.parent() is not app:
        _APP_RUNNER = TaskRunner(app)
        if app is not None:
            app.aboutToQuit.connect(_APP_RUNNER.shutdown)
    return _APP_RUNNER


def run_modal(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[], Any],
    *,
    runner: TaskRunner | None = None,
) -> Any:
    """Run ``work()`` on the writer queue with a modal progress dialog and no Cancel, and
    return its result, or raise its exception here; the window keeps painting meanwhile (for
    the shell's encryption and decryption)."""
    runner = runner or app_runner()
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def keep(key: str) -> Callable[[Any], None]:
        return lambda value: outcome.__setitem__(key, value)

    task = Task(
        title,
        label,
        lambda _control: work(),
        writes=True,
        done=keep("result"),
        failed=keep("error"),
    )
    # ``parent`` None: a window of its own (not the active window, which may be a dialog on
    # its way out, e.g. the welcome screen: its deletion took the progress dialog with it)
    dialog = ProgressDialog(parent, title, label)
    dialog.show()
    handle = runner.start(task, dialog=dialog)
    if handle.running:
        handle.ended.connect(loop.quit)
        loop.exec()
    if Shiboken.isValid(dialog):
        dialog.finish()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
