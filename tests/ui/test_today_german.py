"""Today and History in German (issue 20): built with ``i18n.use("de")``.

Two things are checked. First, what the language's ``QLocale`` writes, which needs no
translation: the day headings in German words (Mittwoch, 25. November 2026), dates in History
and the dialogs' titles as 25.11.2026, a decimal comma — and that a check-in, a self-test typed
with a comma and a deletion in History still work. Second, that every text of these pages goes
through the catalogue: a German catalogue made here from the pages' own sources (pyside6-lupdate
into a temporary folder, every entry translated as its source plus a "·" mark, pyside6-lrelease)
is put in place of the project's, and each text a person sees on Today, its follow-up card, the
rash and self-test dialogs and History must carry the mark — a text left in English (not passed
through ``translate``) has none.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from tests.conftest import add_course, add_infusion_day

from dmtracker import i18n
from dmtracker.domain import rash, side_effects, vocab
from dmtracker.ui.history.page import HistoryPage
from dmtracker.ui.kit.inputs import DateInput, ScaleInput
from dmtracker.ui.today import words
from dmtracker.ui.today.page import TodayPage
from dmtracker.ui.today.rash_dialog import RashDialog
from dmtracker.ui.today.self_test_dialog import SelfTestDialog

TODAY = date(2026, 11, 25)  # a Wednesday (tests/conftest.py's clock)
SRC = Path(__file__).resolve().parents[2] / "src" / "dmtracker"
SOURCES = [*sorted((SRC / "ui" / "today").glob("*.py")), SRC / "ui" / "history" / "page.py"]
MARK = "·"
QUANTITY = re.compile(r"[\d.,:\s]*(s|m|kg)?")  # 0,0 s: a number and a unit symbol (or one alone)
# the module (the package's ``language`` is its function of the same name)
language_module = importlib.import_module("dmtracker.i18n.language")


def _diary(services) -> None:
    """Yesterday's check-in, today's rash and a grip test, an IVIG course with its last day
    yesterday (so the follow-up card shows)."""
    services.checkins.save_day({"day": "2026-11-24", "patient_global": 4, "fatigue": 5})
    services.rash.save_day(TODAY, [{"site": "malar", "redness": 2, "scaling": 1, "itch": 3}])
    services.self_tests.add({"day": TODAY, "kind": "grip", "value": "21.5", "side": "right"})
    cid = add_course(services, start="2026-11-23", days=2)
    add_infusion_day(services, cid, "2026-11-23", 1)
    add_infusion_day(services, cid, "2026-11-24", 2)


# -- dates and numbers as German writes them ------------------------------------------------------
def test_today_in_german_writes_dates_and_decimals_the_german_way(qtbot, services, show) -> None:
    i18n.use("de")
    _diary(services)
    page = show(TodayPage())
    page.set_services(services)
    assert page.day_label.text().startswith("Mittwoch, 25. November 2026")
    # the check-in of the day before is carried forward; named by its German date
    assert "Dienstag, 24. November 2026" in page.status.text()
    assert page.tests_table.model().index(0, 1).data() == "21,5 kg"
    assert "Montag, 23. November 2026" in page.ivig_text.text()  # the last course's start
    assert page.follow_up_card.isVisible()
    assert "Dienstag, 24. November 2026" in page.follow_up_card.intro.text()

    page.inputs["pain"].set_value(3)
    assert page.save()
    row = services.checkins.for_day(TODAY)
    assert (row.patient_global, row.fatigue, row.pain) == (4, 5, 3)
    assert "Mittwoch, 25. November 2026" in page.status.text()
    page.load_day(TODAY)  # saved earlier: the status names the day as numbers
    assert "25.11.2026" in page.status.text() and "2026-11-25" not in page.status.text()


def test_dialogs_in_german_show_german_dates_and_take_a_decimal_comma(
    qtbot, services, show
) -> None:
    i18n.use("de")
    dialog = show(RashDialog(services, TODAY))
    assert "25.11.2026" in dialog.windowTitle()
    dialog.reject()
    tests = show(SelfTestDialog(services, TODAY))
    assert "25.11.2026" in tests.windowTitle()
    tests.tests.setCurrentRow(list(vocab.SELF_TESTS).index("timed_up_and_go"))
    assert tests.clock_label.text() == "0,0 s"
    tests.tests.setCurrentRow(list(vocab.SELF_TESTS).index("grip"))
    tests.value.setText("21,5")
    tests.save()
    (saved,) = services.self_tests.list()
    assert saved.kind == "grip" and saved.value == Decimal("21.5")


def test_history_in_german_lists_and_filters_german_dates(qtbot, services, show) -> None:
    i18n.use("de")
    _diary(services)
    page = show(HistoryPage())
    page.set_services(services)
    model = page.table.model()
    shown = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert shown == {"24.11.2026", "25.11.2026"}
    qtbot.keyClicks(page.filter, "25.11.")
    assert model.rowCount() == 1
    page.filter.clear()
    page.select_day(date(2026, 11, 24))
    page.delete_selected()
    assert "24.11.2026" in page.status.text()
    assert services.checkins.for_day(date(2026, 11, 24)) is None
    page.undo()
    assert "24.11.2026" in page.status.text()
    assert services.checkins.for_day(date(2026, 11, 24)) is not None


# -- every text through the catalogue -------------------------------------------------------------
@pytest.fixture
def marked_german(tmp_path: Path, monkeypatch) -> Iterator[None]:
    """German whose catalogue translates every text of Today and History as its source + "·"."""
    bin_dir = Path(sys.executable).parent
    ts = tmp_path / "dmtracker_de.ts"
    subprocess.run(
        [str(bin_dir / "pyside6-lupdate"), *map(str, SOURCES), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "de_DE")
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = (message.findtext("source") or "") + MARK
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )
    monkeypatch.setattr(language_module, "language", lambda code: i18n.Language(code, tmp_path))
    i18n.use("de")
    yield


def _allowed() -> set[str]:
    """Texts these pages show that are not theirs to translate: the domain's vocabulary (shown
    through ``vocabulary()``, marked in the domain) and the names that stay as they are."""
    terms: set[str] = {"IVIG", "Patient-reported rash score"}
    for table in (
        vocab.DAILY_SCALES,
        vocab.FUNCTION_ITEMS,
        vocab.FUNCTION_LEVELS,
        vocab.BREATHLESSNESS_LEVELS,
        vocab.SIDES,
        vocab.SETTINGS,
        vocab.RASH_SITES,
        vocab.REDNESS_LEVELS,
        vocab.SCALING_LEVELS,
    ):
        terms.update(table.values())
    terms.update(k.label for k in vocab.SELF_TESTS.values())
    terms.update(k.instruction for k in vocab.SELF_TESTS.values())
    terms.update(f"⚠ {t}" for t in side_effects.RED_FLAG_TERMS)
    terms.update(f"{g} – {words}" for g, words in side_effects.GRADES.items())
    return terms


def _texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a person sees in ``top`` (a scale's or a date field's own
    words and the page's heading are the kit's, checked with the kit)."""
    heading = getattr(top, "heading", None)
    out: list[tuple[str, str]] = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) or w is heading:
            continue
        parent = w.parentWidget()
        while parent is not None and not isinstance(parent, (ScaleInput, DateInput)):
            parent = parent.parentWidget()
        if parent is not None or isinstance(w, (ScaleInput, DateInput)):
            continue
        name = type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        if isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        if isinstance(w, QComboBox):
            out += [(f"{name} item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            out += [
                (f"{name} header", str(m.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(m.columnCount())
            ]
        if w.toolTip():
            out.append((f"{name} tooltip", w.toolTip()))
    return out


def _english_left(top: QWidget) -> list[tuple[str, str]]:
    allowed = _allowed()
    return [
        (where, text)
        for where, text in _texts(top)
        if any(ch.isalpha() for ch in text)
        and not QUANTITY.fullmatch(text)
        and MARK not in text
        and text not in allowed
    ]


def test_every_text_of_today_and_history_goes_through_the_catalogue(
    qtbot, services, show, marked_german
) -> None:
    assert words.RASH_SCORE == rash.LABEL  # the name marked for the catalogue is the domain's
    _diary(services)
    today = show(TodayPage())
    today.set_services(services)
    assert today.follow_up_card.isVisible()
    today.follow_up_card.warnings_head.setChecked(True)  # the warning signs' list, shown
    today.follow_up_card.fever.setChecked(True)  # the temperature's row, shown
    today.update_reminder(due=True)
    assert _english_left(today) == []
    assert today.save_button.text() == "&Save check-in (Ctrl+S)" + MARK

    rash_dialog = show(RashDialog(services, TODAY))
    assert _english_left(rash_dialog) == []
    assert MARK in rash_dialog.windowTitle()
    rash_dialog.reject()

    tests = show(SelfTestDialog(services, TODAY))
    for row in range(tests.tests.count()):  # every test's own hints
        tests.tests.setCurrentRow(row)
        assert _english_left(tests) == [], tests.kind().key
    assert MARK in tests.windowTitle()
    tests.reject()

    history = show(HistoryPage())
    history.set_services(services)
    assert _english_left(history) == []
