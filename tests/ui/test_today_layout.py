"""Today as home: the whole check-in on one screen at 1366×900 and 100 % text (two columns),
one column where the width is short (200 % text, small screens), and what needs attention
first (a draft not saved, the infusion follow-up) at the top, marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from dmtracker.ui.shell.main_window import MainWindow
from dmtracker.ui.shell.style import apply_look

# a maximised window on a 1366 × 900 screen (less the window manager's frame)
SCREEN_1366 = (1350, 852)


@pytest.fixture
def window(qtbot, demo_services, tmp_path: Path):
    def make(size: tuple[int, int], scale: int = 100) -> MainWindow:
        apply_look(QApplication.instance(), scale, "light")
        w = MainWindow(settings_path=tmp_path / "ui.ini")
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        w.set_services(demo_services, is_demo=True)  # values carried from yesterday: widest
        QApplication.processEvents()
        return w

    yield make
    apply_look(QApplication.instance(), 100, "light")


def _bottom(widget, page) -> int:
    return widget.mapTo(page, widget.rect().bottomLeft()).y()


def test_the_check_in_fits_one_screen_at_1366_by_900(window) -> None:
    w = window(SCREEN_1366)
    today = w.pages[0]
    assert today.columns.side_by_side(), "the scales and the everyday tasks side by side"
    last = list(today.inputs.values())[-1]
    for widget in (last, today.notes, today.save_button):
        assert _bottom(widget, today) <= today.height(), "no scrolling to reach it"


@pytest.mark.parametrize(("size", "scale"), [((1010, 660), 100), (SCREEN_1366, 200)])
def test_one_column_where_two_do_not_fit(window, size, scale) -> None:
    w = window(size, scale)
    today = w.pages[0]
    assert not today.columns.side_by_side()
    inner = today.columns.parentWidget()
    assert inner.width() <= today.width(), "no sideways scrolling of the page"


def test_the_draft_notice_and_the_follow_up_are_at_the_top(window, demo_services) -> None:
    w = window(SCREEN_1366)
    today = w.pages[0]
    from dmtracker.domain import settings as settings_rules

    demo_services.settings.set(
        settings_rules.TODAY_DRAFT,
        {"day": demo_services.clock.today().isoformat(), "patient_global": 9, "notes": "x"},
    )
    today.load_day(demo_services.clock.today())
    assert today.draft_notice.isVisibleTo(today)
    assert "Not saved yet" in today.draft_notice.text()
    assert _bottom(today.draft_notice, today) < today.columns.y()
    assert today.layout_.indexOf(today.follow_up_card) < today.layout_.indexOf(today.columns)
    assert today.follow_up_card.property("attention") is True
    today.save()
    assert not today.draft_notice.isVisibleTo(today)
