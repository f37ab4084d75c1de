"""File ▸ Person details…: the name on the report, the birth year, sex and height, typed and
saved through the profile service, with a refused value named and nothing written; reached
from the File menu by keyboard in a real window; and the report then names the person."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dmtracker.startup import StartDiaries
from dmtracker.storage import folder_lock
from dmtracker.ui.shell.main_window import MainWindow
from dmtracker.ui.shell.person import PersonDialog
from dmtracker.ui.shell.session import AppSession


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_typed_details_are_saved(qtbot, services, show) -> None:  # type: ignore[no-untyped-def]
    dialog = show(PersonDialog(services))
    _type(qtbot, dialog.name, "Maria Keller")
    _type(qtbot, dialog.birth_year, "1968")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    _type(qtbot, dialog.body_height, "162,5")  # a decimal comma is read too
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == PersonDialog.DialogCode.Accepted, dialog.problems()
    p = services.profile.current()
    assert (p.display_name, p.birth_year, p.sex, str(p.height_cm)) == (
        "Maria Keller",
        1968,
        "female",
        "162.5",
    )
    again = PersonDialog(services)  # shows what is stored
    qtbot.addWidget(again)
    assert again.name.text() == "Maria Keller" and again.birth_year.text() == "1968"


@pytest.mark.parametrize(
    ("field", "text", "named"),
    [
        ("birth_year", "2999", "Birth year"),
        ("birth_year", "nineteen", "Birth year"),
        ("body_height", "12", "Height (cm)"),
        ("name", "x" * 81, "Name"),
    ],
)
def test_a_refused_value_is_named_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, services, show, field: str, text: str, named: str
) -> None:
    services.profile.save({"display_name": "Before", "birth_year": 1970})
    dialog = show(PersonDialog(services))
    _type(qtbot, dialog.name, "After")
    _type(qtbot, getattr(dialog, field), text)
    dialog.accept()
    assert dialog.result() != PersonDialog.DialogCode.Accepted
    assert named in dialog.problems(), dialog.problems()
    p = services.profile.current()
    assert (p.display_name, p.birth_year) == ("Before", 1970)  # nothing written


@pytest.fixture
def session(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    base = tmp_path / "data"
    window = MainWindow(settings_path=tmp_path / "ui.ini")
    qtbot.addWidget(window)
    args = argparse.Namespace(data_dir=str(base), profile=None, demo=False, smoke_test=True)
    diaries = StartDiaries(args)
    assert diaries.claim(diaries.root)
    s = AppSession(window, diaries, lambda *_: True)
    s.open(ask=False)
    s.show()
    s.connect()
    yield s
    s.close()
    folder_lock.release_app_instance(diaries.root)


def test_file_menu_opens_it_and_a_child_s_birth_year_offers_a_child_s_diary(  # type: ignore[no-untyped-def]
    qtbot, session, monkeypatch
) -> None:
    from tests.ui.conftest import on_modal

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    file_menu = session.window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "&Person details…")
    year = session.services.clock.today().year - 9

    def fill(dialog: PersonDialog) -> None:
        dialog.name.setText("Sam")
        dialog.birth_year.setText(str(year))
        dialog.accept()

    on_modal(PersonDialog, fill, looks=200)
    action.trigger()
    p = session.services.profile.current()
    assert p.display_name == "Sam" and p.birth_year == year
    assert len(asked) == 1 and p.juvenile  # the birth year offered a child's diary
