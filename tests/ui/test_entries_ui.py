"""The quick "How are you now?" entry from Today, keyboard only, and its list on the page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.test_today_ui import keys, today, window  # noqa: F401 (fixtures)

from dmtracker.ui.today.entry_dialog import EntryDialog

TODAY = date(2026, 11, 25)


def test_quick_entry_in_five_keys(qtbot, services, today) -> None:  # noqa: F811
    pressed = 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    pressed += 1
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EntryDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.scales["patient_global"])
    keys(qtbot, "6 {tab} 7")
    pressed += 3
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    pressed += 1
    assert pressed <= 10
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (entry,) = services.entries.for_day(TODAY)
    assert (entry.patient_global, entry.fatigue, entry.pain, entry.itch) == (6, 7, None, None)
    # 11:00 in Berlin: the clock's now
    assert entry.at.astimezone(services.clock.tz).strftime("%H:%M") == "11:00"
    card = today.entries_card
    assert card.table.model().rowCount() == 1
    assert "Fatigue 7" in card.table.model().index(0, 1).data()


def test_empty_entry_is_refused_and_nothing_written(qtbot, services, today) -> None:  # noqa: F811
    today.entries_card.add()
    dialog = today.entries_card.dialog
    assert dialog is not None
    dialog.accept()
    assert dialog.isVisible() and "scales or a note" in dialog.problems()
    assert services.entries.count() == 0
    dialog.time.setText("25:99")
    dialog.notes.setPlainText("a note")
    dialog.accept()
    assert "time" in dialog.problems().lower()
    assert services.entries.count() == 0
    dialog.reject()


def test_delete_from_the_list(qtbot, services, today) -> None:  # noqa: F811
    services.entries.add({"at": "2026-11-25T08:00:00+01:00", "pain": 3})
    today.load_day(TODAY)
    card = today.entries_card
    card.table.setFocus()
    card.table.selectRow(0)
    card.delete_selected()
    assert services.entries.count() == 0
    assert card.empty.isVisible()


def test_trends_shows_entries_as_points_at_their_time(qtbot, services) -> None:
    from tests.conftest import local

    from dmtracker.ui.trends.page import TrendsPage

    services.checkins.save_day({"day": date(2026, 11, 24), "pain": 3})
    at = local(2026, 11, 24, 15, 30)
    services.entries.add({"at": at, "pain": 7})
    data = services.series.trend_data()
    assert list(data.entries) == ["pain"]
    assert data.entries["pain"].x.tolist() == [at.timestamp()]
    p = TrendsPage()
    qtbot.addWidget(p)
    p.resize(1200, 900)
    p.set_services(services)
    p.show()
    qtbot.waitExposed(p)
    item = p.chart.items["pain:entries"]
    x, y = item.getData()
    assert x.tolist() == [at.timestamp()] and y.tolist() == [7.0]
    p.chart.items["pain"].setVisible(False)
    assert not item.isVisible()


def test_history_lists_the_days_entries(qtbot, services) -> None:
    from tests.conftest import local

    from dmtracker.ui.history.page import HistoryPage

    services.entries.add({"at": local(2026, 11, 24, 9), "pain": 7})
    services.entries.add({"at": local(2026, 11, 24, 15), "fatigue": 4})
    p = HistoryPage()
    qtbot.addWidget(p)
    p.set_services(services)
    model = p.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = headers.index("Entries")
    assert model.rowCount() == 1
    assert model.index(0, col).data() == "2 (highest: Pain 7)"
