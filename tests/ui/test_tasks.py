"""The task runner (ui/kit/tasks.py): writes one at a time in order, reads beside them, progress
and Cancel by kind, failures as one line, the synchronous mode, and run_modal for the shell."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from dmtracker.domain.errors import ValidationError
from dmtracker.ui.kit.progress import NOT_CANCELLABLE, ProgressDialog
from dmtracker.ui.kit.tasks import (
    Control,
    Task,
    TaskRunner,
    app_runner,
    one_line,
    run_modal,
)


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def test_two_writes_queued_run_in_order_and_a_read_runs_beside(runner, parent) -> None:
    gate = threading.Event()
    order: list[str] = []

    def write(name: str, wait: bool = False):  # type: ignore[no-untyped-def]
        def work(_c: Control) -> str:
            order.append(f"{name} start")
            if wait:
                assert gate.wait(10)
            time.sleep(0.02)
            order.append(f"{name} end")
            return name

        return work

    done: list[str] = []
    runner.start(Task("w", "first", write("first", wait=True), writes=True, done=done.append))
    runner.start(Task("w", "second", write("second"), writes=True, done=done.append))
    read = runner.start(Task("r", "read", lambda _c: "read", done=done.append), parent)
    deadline = time.monotonic() + 10
    while read.running and time.monotonic() < deadline:  # the read ends while a write waits
        runner.wait(20)
    assert done == ["read"]
    assert order == ["first start"]
    gate.set()
    assert runner.wait(10000)
    assert order == ["first start", "first end", "second start", "second end"]
    assert done == ["read", "first", "second"]
    assert runner.idle


def test_the_synchronous_mode_ends_each_task_inside_start(qapp) -> None:
    runner = TaskRunner(synchronous=True)
    seen: list[object] = []
    handle = runner.start(
        Task("t", "t", lambda c: (c.progress(50, "half"), 42)[1], done=seen.append)
    )
    assert seen == [42] and handle.state == "done" and runner.idle


def test_a_failure_is_one_line_without_a_traceback(runner, parent) -> None:
    shown: list[tuple[str, str]] = []
    runner.show_message = lambda title, text, _parent: shown.append((title, text))

    def boom(_c: Control) -> None:
        raise RuntimeError("the disk said no\nTraceback (most recent call last): ...")

    handle = runner.start(Task("Export not written", "Writing…", boom), parent)
    assert runner.wait(10000)
    assert shown == [("Export not written", "the disk said no")]
    assert handle.state == "failed"
    assert one_line(ValidationError("day", "must be a date")) == "must be a date"
    assert one_line(FileNotFoundError(2, "No such file or directory", "/x/y")) == (
        "/x/y: No such file or directory"
    )


def test_progress_reaches_the_dialog_and_drop_cancel_closes_it_at_once(runner, parent) -> None:
    gate, went_on = threading.Event(), threading.Event()
    told: list[str] = []

    def work(c: Control) -> str:
        c.progress(40, "Half way")
        assert gate.wait(10)
        went_on.set()
        return "result"

    dialog = ProgressDialog(parent, "Export")
    dialog.show()
    handle = runner.start(
        Task(
            "Export",
            "Writing…",
            work,
            cancel="drop",
            done=lambda r: told.append("done"),
            cancelled=lambda: told.append("cancelled"),
            ended=lambda: told.append("ended"),
        ),
        dialog=dialog,
    )
    deadline = time.monotonic() + 10
    while dialog.bar.value() != 40 and time.monotonic() < deadline:
        runner.wait(20)
    assert dialog.label.text() == "Half way" and dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    assert told == ["cancelled"]  # at once; the work is still running
    gate.set()
    assert runner.wait(10000) and went_on.is_set()
    assert told == ["cancelled", "ended"]  # its result was dropped
    assert handle.state == "cancelled"


def test_a_write_that_cannot_be_cancelled_says_so(runner, parent) -> None:
    gate = threading.Event()
    handle = runner.start(
        Task("Backup", "Making a backup…", lambda _c: gate.wait(10), writes=True), parent
    )
    dialog = handle.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.cancel_button.isVisible() and dialog.note.text() == NOT_CANCELLABLE
    dialog.reject()  # Escape does not close it
    dialog.close()
    assert dialog.isVisible() and handle.running
    gate.set()
    assert runner.wait(10000) and handle.state == "done"


def test_a_commit_cancel_waits_for_the_work_and_a_queued_task_never_starts(runner, parent) -> None:
    gate = threading.Event()
    ran: list[str] = []
    told: list[str] = []

    def first(c: Control) -> None:
        assert gate.wait(10)
        c.check()  # the safe point: nothing was committed

    runner.start(
        Task(
            "Import",
            "Importing…",
            first,
            writes=True,
            cancel="commit",
            cancelled=lambda: told.append("first"),
        ),
        parent,
    )
    queued = runner.start(
        Task(
            "Import",
            "Importing…",
            lambda _c: ran.append("second"),
            writes=True,
            cancel="commit",
            cancelled=lambda: told.append("second"),
        ),
        parent,
    )
    dialog = queued.dialog
    assert dialog is not None
    queued.cancel()
    for handle in list(runner.active):
        handle.cancel()
    assert told == []  # a commit cancel is said when the work has stopped
    gate.set()
    assert runner.wait(10000)
    assert told == ["first", "second"] and ran == []


def test_run_modal_returns_the_result_or_raises_here(qapp, parent) -> None:
    runner = TaskRunner()
    main = threading.get_ident()
    where: list[int] = []

    def work() -> int:
        where.append(threading.get_ident())
        time.sleep(0.05)
        return 7

    assert run_modal(parent, "Encryption", "Encrypting your diary…", work, runner=runner) == 7
    assert where and where[0] != main  # off the GUI thread

    def fails() -> None:
        raise ValidationError("passphrase", "is wrong")

    with pytest.raises(ValidationError, match="is wrong"):
        run_modal(parent, "Encryption", "Decrypting…", fails, runner=runner)
    assert runner.idle
    runner.shutdown()


def test_run_modal_ends_when_its_dialog_goes_with_its_parent(qapp) -> None:
    """The demo's first use ran under the welcome screen, deleted meanwhile with the progress
    dialog as its child: the task's end raised in its slot and run_modal waited for ever."""
    from PySide6.QtCore import QTimer

    runner = TaskRunner()
    doomed = QWidget()
    doomed.show()

    def work() -> int:
        time.sleep(0.3)
        return 5

    QTimer.singleShot(50, doomed.deleteLater)
    assert run_modal(doomed, "Demo", "Preparing…", work, runner=runner) == 5
    assert runner.idle
    runner.shutdown()


def test_the_app_runner_is_one_for_the_app(qapp) -> None:
    assert app_runner() is app_runner()
    assert app_runner().writers.maxThreadCount() == 1


def test_the_garbage_collector_waits_while_a_task_runs(runner) -> None:
    import gc

    seen: list[bool] = []
    runner.start(Task("t", "t", lambda _c: seen.append(gc.isenabled())))
    assert runner.wait(10000)
    deadline = time.monotonic() + 5
    while not gc.isenabled() and time.monotonic() < deadline:  # after the worker returned
        runner.wait(20)
    assert seen == [False] and gc.isenabled()
    TaskRunner(synchronous=True).start(Task("t", "t", lambda _c: seen.append(gc.isenabled())))
    assert seen == [False, False] and gc.isenabled()


def test_closing_the_dialog_cancels_where_allowed(runner, parent) -> None:
    """Quitting the app closes every window: an export stops, a write keeps its dialog."""
    gate = threading.Event()
    told: list[str] = []
    read = runner.start(
        Task(
            "Export",
            "x",
            lambda _c: gate.wait(10),
            cancel="drop",
            cancelled=lambda: told.append("cancelled"),
        ),
        parent,
    )
    dialog = read.dialog
    assert dialog is not None and dialog.close()  # accepted: the export is cancelled
    assert told == ["cancelled"]
    write = runner.start(Task("Backup", "y", lambda _c: gate.wait(10), writes=True), parent)
    assert write.dialog is not None and not write.dialog.close()  # refused while it runs
    gate.set()
    assert runner.wait(10000)
