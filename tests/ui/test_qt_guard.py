"""Guard for the PySide6 6.12.0 + Python 3.11 crash (see shared/docs/platform-notes.md).

With 6.12.0 each Python override of QGraphicsItem.itemChange (pyqtgraph has one on every item)
drops a reference to None; a few seconds of panning then abort the interpreter. On an affected
build this test sees None's reference count fall.
"""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_item_change_does_not_leak_none_references(qtbot) -> None:
    import pyqtgraph as pg

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    line = pg.InfiniteLine(pos=1)
    widget.addItem(line)
    widget.show()
    before = sys.getrefcount(None)
    for i in range(2000):
        line.setZValue(i % 7)
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None refcount fell from {before} to {after}"


def test_pinned_qt_version() -> None:
    import PySide6

    major, minor, *_ = (int(p) for p in PySide6.__version__.split(".")[:3])
    assert (major, minor) == (6, 11), f"PySide6 {PySide6.__version__}: pin 6.11.x"
