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
    def __init__(self, folder: Path, request_name: str, window: QWidget):
        super().__init__(window)
        self.request = Path(folder) / request_name
        self.window = window
        self._remove()  # one left by a start while none was running
        self.watcher = QFileSystemWatcher([str(folder)], self)
        self.watcher.directoryChanged.connect(self._changed)

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
