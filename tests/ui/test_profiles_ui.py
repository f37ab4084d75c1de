"""Several diaries in the app: the chooser, File ▸ Switch / New / Rename / Remove diary, with
real folders, real diaries and real widgets; switching never mixes data."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from dmtracker.services.profiles import ProfileBook
from dmtracker.startup import StartDiaries
from dmtracker.storage import folder_lock
from dmtracker.storage.profiles import INDEX_NAME
from dmtracker.ui.shell.main_window import MainWindow
from dmtracker.ui.shell.profiles import (
    NewDiaryDialog,
    ProfileChooser,
    RemoveDiaryDialog,
    RenameDiaryDialog,
)
from dmtracker.ui.shell.session import AppSession


def _args(base: Path, profile: str | None = None) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(base), profile=profile, demo=False, smoke_test=False)


def _files(base: Path) -> list[tuple[str, int]]:
    return sorted((str(p), p.stat().st_size) for p in base.rglob("*") if p.is_file())


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, ProfileBook]:
    base = tmp_path / "data"
    book = ProfileBook(base)
    book.create("Anna")
    book.create("Sam", juvenile=True)
    book.remember(book.all()[0])
    return base, book


@pytest.fixture
def session(qtbot, two, tmp_path: Path):  # type: ignore[no-untyped-def]
    base, _book = two
    window = MainWindow(settings_path=tmp_path / "ui.ini")
    qtbot.addWidget(window)
    diaries = StartDiaries(_args(base))
    assert diaries.claim(diaries.root)
    s = AppSession(window, diaries, lambda *_: True)
    s.open(ask=False)
    s.show()
    s.connect()
    yield s
    s.close()
    for entry in diaries.book.all():
        folder_lock.release_app_instance(entry.root)


def test_switching_never_mixes_data(session: AppSession, two) -> None:
    base, book = two
    anna, sam = book.all()
    window = session.window
    assert session.diaries.root == anna.root == base
    assert window.windowTitle() == "Anna – dmtracker"
    assert "Anna" in window.statusBar().currentMessage()
    today = date.today().isoformat()
    session.services.checkins.save_day({"day": today, "pain": 2})
    assert session.open_profile(sam)
    assert session.services.paths.root == sam.root and not session.is_demo
    assert window.services is session.services
    assert window.windowTitle() == "Sam – dmtracker"
    assert "Sam" in window.statusBar().currentMessage()
    assert session.services.checkins.for_day(today) is None  # nothing of Anna's here
    assert session.services.profile.current().juvenile
    session.services.checkins.save_day({"day": today, "pain": 7})
    assert book.last() == sam  # remembered for the next start
    # one app per folder: this app now holds Sam's folder and let Anna's go
    assert folder_lock.claim_app_instance(base)  # free again (claimed anew by this process)
    folder_lock.release_app_instance(base)
    assert session.open_profile(anna)
    assert session.services.checkins.for_day(today).pain == 2
    assert not session.services.profile.current().juvenile
    assert session.open_profile(sam)
    assert session.services.checkins.for_day(today).pain == 7


def test_chooser_preselects_the_last_and_enter_opens(qtbot, show, two) -> None:
    _base, book = two
    anna, sam = book.all()
    book.remember(sam)
    chooser = show(ProfileChooser(book))
    assert chooser.list.count() == 2
    assert chooser.list.currentItem().data(Qt.ItemDataRole.UserRole) == sam
    assert QApplication.focusWidget() is chooser.list
    qtbot.keyClick(chooser.list, Qt.Key.Key_Up)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert chooser.result() == ProfileChooser.DialogCode.Accepted and chooser.chosen == anna


def test_a_broken_index_still_lists_both(show, two) -> None:
    base, book = two
    (base / INDEX_NAME).write_text("{broken", encoding="utf-8")
    chooser = show(ProfileChooser(book))
    names = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert len(names) == 2 and names[0].startswith("Anna") and names[1].startswith("Sam")
    assert "child" in names[1]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("", "Name of the diary: is required"),
        ("y" * 41, "Name of the diary: may be at most 40 characters"),
        ("SAM", "Name of the diary: SAM is already a diary here"),
    ],
)
def test_bad_names_say_one_line_and_write_nothing(qtbot, show, two, name: str, said: str) -> None:
    base, book = two
    before = _files(base)
    dialog = show(NewDiaryDialog(book))
    dialog.name.setText(name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.created is None
    assert dialog.error.isVisible() and dialog.error.text() == f"⚠ Not created – {said}"
    assert QApplication.focusWidget() is dialog.name
    assert _files(base) == before
    rename = show(RenameDiaryDialog(book, base))
    rename.name.setText(name if name != "SAM" else "sam ")
    qtbot.keyClick(rename.name, Qt.Key.Key_Return)
    if name != "SAM":
        assert rename.error.text().startswith("⚠ Not renamed – Name of the diary: ")
        assert _files(base) == before


def test_new_diary_by_keyboard_then_switch(qtbot, session: AppSession, two) -> None:
    _base, book = two
    from tests.ui.conftest import on_modal

    def fill(dialog: NewDiaryDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        qtbot.keyClicks(dialog.name, "Mia")
        seen["focus"] = QApplication.focusWidget() is dialog.name
        dialog.juvenile.setFocus()
        qtbot.keyClick(dialog.juvenile, Qt.Key.Key_Space)  # "Child: juvenile dermatomyositis"
        qtbot.keyClick(dialog.juvenile, Qt.Key.Key_Return)
        if dialog.isVisible():  # never leave a modal open: the test fails below
            dialog.done(0)

    seen: dict[str, bool] = {}

    on_modal(NewDiaryDialog, fill, looks=200)
    session.window.new_diary.emit()
    assert seen["focus"]
    mia = book.of_root(session.diaries.root)
    assert mia is not None and mia.name == "Mia" and mia.juvenile
    assert session.services.profile.current().juvenile
    assert session.window.windowTitle() == "Mia – dmtracker"
    assert [e.name for e in book.all()] == ["Anna", "Sam", "Mia"]


def test_rename_and_remove(qtbot, show, session: AppSession, two) -> None:
    base, book = two
    anna, sam = book.all()
    rename = show(RenameDiaryDialog(book, session.diaries.root))
    assert rename.which.currentData() == anna
    rename.name.setText("Anna B")
    qtbot.keyClick(rename.name, Qt.Key.Key_Return)
    assert rename.renamed is not None and book.all()[0].name == "Anna B"
    remove = show(RemoveDiaryDialog(book, session.diaries.root))
    assert remove.which.count() == 1 and remove.which.currentData() == sam  # not the open one
    remove.typed.setText("Sa")
    qtbot.keyClick(remove.typed, Qt.Key.Key_Return)
    assert "type the diary's name, Sam, to remove it" in remove.error.text()
    assert sam.root.is_dir()
    remove.typed.setText("sam")
    qtbot.keyClick(remove.typed, Qt.Key.Key_Return)
    assert remove.removed == sam and remove.kept is not None and remove.kept.is_file()
    assert remove.kept.parent == base / "removed-profiles"
    assert not sam.root.exists() and [e.name for e in book.all()] == ["Anna B"]
    # with one diary left there is nothing to remove
    alone = show(RemoveDiaryDialog(book, session.diaries.root))
    assert not alone.ok.isEnabled() and "no other diary" in alone.error.text()


def test_a_birth_year_under_18_offers_juvenile_once(session: AppSession, two, monkeypatch) -> None:
    _base, book = two
    asked: list[str] = []

    def yes(_parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert not session.offer_juvenile()  # no birth year yet: nothing asked
    year = session.services.clock.today().year - 9
    session.services.profile.save({"birth_year": year})
    assert session.offer_juvenile()
    assert len(asked) == 1 and str(year) in asked[0]
    assert session.services.profile.current().juvenile
    assert book.all()[0].juvenile  # the chooser says so too
    session.services.profile.save({"juvenile": False})
    assert not session.offer_juvenile() and len(asked) == 1  # asked once only


def test_the_start_chooses_the_profile(qtbot, two) -> None:
    from tests.ui.conftest import on_modal

    from dmtracker.app import _choose_profile

    base, book = two
    anna, sam = book.all()
    args = argparse.Namespace(
        data_dir=str(base), profile="sam", demo=False, smoke_test=False, language=None
    )
    assert _choose_profile(args) and book.last() == sam  # --profile: opened and remembered
    args.profile = None

    def pick_anna(chooser: ProfileChooser) -> None:
        assert chooser.list.currentItem().data(Qt.ItemDataRole.UserRole) == sam  # the last
        qtbot.keyClick(chooser.list, Qt.Key.Key_Up)
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
        if chooser.isVisible():
            chooser.done(0)

    on_modal(ProfileChooser, pick_anna, looks=200)
    assert _choose_profile(args)
    assert args.profile == anna.folder and book.last() == anna
    on_modal(ProfileChooser, lambda chooser: chooser.reject(), looks=200)
    args.profile = None
    assert not _choose_profile(args)  # closed: nothing opens
