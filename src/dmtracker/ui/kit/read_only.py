"""Read-only mode: every control that would change the diary is disabled and says why.

A diary in a folder that cannot be written (or on a full disk) is opened read-only: it can be
viewed and exported. Controls that write are marked with :func:`writes` where they are made;
while a reason is set (:func:`set_reason`), one application-wide event filter keeps each marked
control disabled with the reason as its tooltip and accessible description, however the page
tries to enable it. The services refuse every write as well (a shortcut such as Ctrl+S reaches
the service and gets the same reason back as a message).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

WRITES = "dmtracker_writes"
_SAVED_TIP = "dmtracker_tip"


def writes(*widgets: QWidget) -> None:
    """Mark controls that change the diary (Save, Delete, Import, Back up …)."""
    for w in widgets:
        w.setProperty(WRITES, True)
        if _GUARD.reason:
            _GUARD.hold(w)


class _Guard(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.reason = ""
        self.installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.installed:
            app.installEventFilter(self)
            self.installed = True

    def hold(self, w: QWidget) -> None:
        if w.property(_SAVED_TIP) is None:
            w.setProperty(_SAVED_TIP, w.toolTip())
        w.setEnabled(False)
        w.setToolTip(self.reason)
        w.setAccessibleDescription(self.reason)

    def release(self, w: QWidget) -> None:
        tip = w.property(_SAVED_TIP)
        if tip is not None:
            w.setToolTip(str(tip))
            w.setProperty(_SAVED_TIP, None)
        w.setAccessibleDescription("")
        w.setEnabled(True)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            self.reason
            and event.type()
            in (QEvent.Type.Show, QEvent.Type.EnabledChange, QEvent.Type.ToolTipChange)
            and isinstance(obj, QWidget)
            and obj.property(WRITES)
            and (obj.isEnabled() or obj.toolTip() != self.reason)
        ):
            self.hold(obj)
        return False


_GUARD = _Guard()


def set_reason(reason: str | None) -> None:
    """Turn read-only mode on with ``reason`` (shown on every writing control), or off."""
    was = _GUARD.reason
    _GUARD.reason = reason or ""
    _GUARD.install()
    if not was and not _GUARD.reason:
        return  # writable before and after: no control to change (no walk over every widget)
    app = QApplication.instance()
    if app is None or not isinstance(app, QApplication):
        return
    for w in app.allWidgets():
        if w.property(WRITES):
            if _GUARD.reason:
                _GUARD.hold(w)
            elif was:
                _GUARD.release(w)
