"""The running app hears a second start on the same diary folder and brings its window forward.

The second start (``app.py``) finds the folder's app lock taken, writes a small request file
in the folder and exits; this watcher (inotify through ``QFileSystemWatcher``, no socket) sees
the file appear, removes it and raises the window.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject
from PySide6.QtWidgets import QWidget

log = logging.getLogger("dmtracker.instance")


class RaiseWatcher(QObject):
    """``since``: when this app claimed the folder (``time.time()``). A request file written
    since then is a second start's that came while this window was still being made: it is
    heard (it was removed unheard before, so a quick second start raised nothing); an older
    one was left by a start while no app ran, and is removed."""

    # file times may lag the clock by a timer tick; a second's margin is plenty
    MARGIN_S = 1.0

    def __init__(self, folder: Path, request_name: str, window: QWidget, since: float = 0.0):
        super().__init__(window)
        self.request = Path(folder) / request_name
        self.window = window
        self.watcher = QFileSystemWatcher([str(folder)], self)  # first: nothing slips past
        self.watcher.directoryChanged.connect(self._changed)
        if self._written_since(since):
            self._changed(str(folder))
        else:
            self._remove()

    def _written_since(self, since: float) -> bool:
        try:
            return self.request.stat().st_mtime >= since - self.MARGIN_S
        except OSError:
            return False

    def _changed(self, _folder: str) -> None:
        if not self.request.exists():
            return
        self._remove()
        log.info("a second start on this diary: window brought forward")
        w = self.window
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()

    def _remove(self) -> None:
        if self.request.exists():
            with contextlib.suppress(OSError):  # a read-only folder: the file stays
                self.request.unlink()
