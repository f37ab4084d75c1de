"""Issue 18, keys: every Alt+letter does one thing in each window (menus included), and Alt+S
on the clinic visit form saves."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabWidget,
    QWidget,
)

from dmtracker.ui.clinic.haq_form import HaqDialog
from dmtracker.ui.clinic.lab_form import LabDialog
from dmtracker.ui.clinic.visit_form import VisitDialog

ALT = Qt.KeyboardModifier.AltModifier


def mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter visible in ``top``: labels, buttons, group boxes,
    tabs and the menu bar."""
    out = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top):
            continue
        texts: list[str] = []
        if isinstance(w, QAbstractButton | QLabel):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QMenuBar):
            texts += [a.text() for a in w.actions()]
        for text in texts:
            plain = text.replace("&&", "")
            i = plain.find("&")
            if 0 <= i < len(plain) - 1:
                out.append((plain[i + 1].lower(), text))
    return out


def clashes(top: QWidget) -> list[tuple[str, str]]:
    found = mnemonics(top)
    count = Counter(letter for letter, _ in found)
    return sorted((letter, text) for letter, text in found if count[letter] > 1)


def test_clinic_forms_have_one_thing_per_alt_letter(qtbot, services, show) -> None:
    for make in (VisitDialog, LabDialog, HaqDialog):
        dialog = show(make(services))
        assert len(mnemonics(dialog)) >= 3
        assert clashes(dialog) == [], make.__name__
        dialog.close()


def test_alt_s_saves_the_visit_form(qtbot, services, show) -> None:
    dialog = show(VisitDialog(services))
    dialog.clinician.setFocus()
    qtbot.keyClicks(dialog.clinician, "Dr Keller")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (visit,) = services.clinic.list()
    assert visit.clinician == "Dr Keller"


def test_pages_do_not_clash_with_the_menus_or_their_tabs(
    qtbot, services, tmp_path: Path, show
) -> None:
    from dmtracker.ui.shell.main_window import MainWindow

    window = MainWindow(settings_path=tmp_path / "ui.ini")
    show(window)
    window.set_services(services)
    for name in (
        "HistoryPage",
        "ClinicPage",
        "TodayPage",
        "ReportsPage",
        "TreatmentsPage",
        "TrendsPage",
    ):
        (i,) = [n for n, p in enumerate(window.pages) if type(p).__name__ == name]
        window.stack.setCurrentIndex(i)
        tabs = getattr(window.pages[i], "tabs", None)
        for t in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(t)
            QApplication.processEvents()
            assert clashes(window) == [], (name, t, clashes(window))


def test_haq_answer_keys_do_what_the_hint_says_and_tab_skips_the_aids(
    qtbot, services, show
) -> None:
    dialog = show(HaqDialog(services))
    hint = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "the arrow keys or 0–3 choose an answer" in hint
    first = dialog.groups[1].button(0)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # chooses, not only moves
    assert dialog.answer(1) == 0  # the focused answer first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert dialog.answer(1) == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert dialog.answer(1) == 3 and QApplication.focusWidget() is dialog.groups[1].button(3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert dialog.answer(1) == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert dialog.answer(1) is None
    items = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        items.append(QApplication.focusWidget().property("haq_item"))
    assert items == [*range(2, 21), None]  # all 20 questions, then the aids
    assert QApplication.focusWidget() in dialog.aids.values()
    assert not dialog.aid_categories() and not dialog.help_categories()
