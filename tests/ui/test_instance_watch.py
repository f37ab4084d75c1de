"""A second start on the same diary folder brings the running window forward, also when it came
while that window was still being made (found from outside: a request written between the first
app's claim of the folder and its watcher was removed as a leftover, and nothing was raised)."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtWidgets import QWidget

from dmtracker.storage import folder_lock
from dmtracker.ui.shell.instance_watch import RaiseWatcher

NAME = folder_lock.RAISE_REQUEST_NAME


def minimized_window(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.showMinimized()
    assert w.isMinimized()
    return w


def test_a_request_written_while_the_window_was_being_made_is_heard(
    qtbot, tmp_path: Path, caplog
) -> None:
    assert folder_lock.claim_app_instance(tmp_path)
    try:
        since = folder_lock.app_claimed_at(tmp_path)
        assert since > 0
        folder_lock.request_raise(tmp_path)  # a quick second start, before the watcher
        window = minimized_window(qtbot)
        with caplog.at_level(logging.INFO, logger="dmtracker.instance"):
            RaiseWatcher(tmp_path, NAME, window, since)
        assert not window.isMinimized()
        assert not (tmp_path / NAME).exists()
        assert any("brought forward" in r.getMessage() for r in caplog.records)
    finally:
        folder_lock.release_app_instance(tmp_path)
    assert folder_lock.app_claimed_at(tmp_path) == 0.0


def test_a_request_left_from_before_the_claim_is_removed_unheard(
    qtbot, tmp_path: Path, caplog
) -> None:
    folder_lock.request_raise(tmp_path)
    old = time.time() - 3600
    os.utime(tmp_path / NAME, (old, old))  # left by a start while no app ran
    window = minimized_window(qtbot)
    with caplog.at_level(logging.INFO, logger="dmtracker.instance"):
        RaiseWatcher(tmp_path, NAME, window, since=time.time())
    assert window.isMinimized()
    assert not (tmp_path / NAME).exists()
    assert not caplog.records


def test_a_request_after_the_watcher_started_is_heard(qtbot, tmp_path: Path) -> None:
    window = minimized_window(qtbot)
    RaiseWatcher(tmp_path, NAME, window, since=time.time())
    folder_lock.request_raise(tmp_path)
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=10_000)
    assert not (tmp_path / NAME).exists()
