"""Read-only mode in the window: every control that would change the diary is disabled and
says why; Ctrl+S still reaches the service, which refuses with the same reason; nothing is
written. The diary sits on a real read-only bind mount (root only; CI runs as root)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication

from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths
from dmtracker.ui.kit import read_only
from dmtracker.ui.shell.main_window import PAGES, MainWindow

pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="a read-only bind mount needs root (CI runs as root)",
)


@pytest.fixture
def read_only_services(demo_template, tmp_path: Path, clock):
    src, _summary = demo_template
    shutil.copytree(src.root, tmp_path / "src" / "d")
    mnt = tmp_path / "ro"
    mnt.mkdir()
    for args in (["--bind", str(tmp_path / "src"), str(mnt)], ["-o", "remount,bind,ro", str(mnt)]):
        r = subprocess.run(["mount", *args], capture_output=True, text=True)
        if r.returncode != 0:  # root without the right to mount (a container): skip
            pytest.skip(f"mount is not allowed here: {r.stderr.strip()}")
    s = open_services(DataPaths(mnt / "d"), clock)
    yield s
    s.close()
    read_only.set_reason(None)
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_every_writing_control_is_disabled_and_says_why(
    qtbot, read_only_services, tmp_path: Path
) -> None:
    s = read_only_services
    assert s.read_only
    before = s.checkins.count()
    w = MainWindow(settings_path=tmp_path / "ui.ini")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.set_services(s)
    for i in range(len(PAGES)):
        w.show_page(i)
    marked = [b for b in QApplication.allWidgets() if b.property(read_only.WRITES)]
    assert len(marked) >= 12
    for b in marked:  # buttons, and the boxes that save as they change (keep N copies)
        assert isinstance(b, (QAbstractButton, QAbstractSpinBox))
        assert not b.isEnabled(), b.accessibleName()
        assert "read-only" in b.toolTip() and "read-only" in b.accessibleDescription()
    assert not w.backup_action.isEnabled() and not w.encrypt_action.isEnabled()
    today = w.pages[0]
    assert not today.save_button.isEnabled()
    # a page that enables its button again (a selection) cannot undo read-only mode
    today.save_button.setEnabled(True)
    assert not today.save_button.isEnabled()
    # the shortcut still reaches the service, which refuses and says so
    w.show_page(0)
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert s.checkins.count() == before
