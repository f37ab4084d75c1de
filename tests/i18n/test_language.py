"""The reader's language: translations from a real .qm, plurals, a report's language on its own
thread, and the locale's formats."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dmtracker import i18n
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import Text, english
from dmtracker.domain.messages import translate as text
from dmtracker.i18n import formats

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>T</name>
<message><source>Save</source><translation>Speichern</translation></message>
<message><source>must be at most {top} kg on {day}</source>
<translation>darf am {day} höchstens {top} kg sein</translation></message>
<message numerus="yes"><source>%n backup(s)</source>
<translation><numerusform>%n Sicherung</numerusform>
<numerusform>%n Sicherungen</numerusform></translation></message>
</context></TS>
"""


@pytest.fixture
def german(tmp_path: Path) -> i18n.Language:
    """A German catalogue built with pyside6-lrelease from a small .ts."""
    ts = tmp_path / "dmtracker_de.ts"
    ts.write_text(TS)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "dmtracker_de.qm")], check=True
    )
    return i18n.Language("de", catalog_dir=tmp_path)


def test_a_catalogue_translates_and_falls_back_to_english(german: i18n.Language) -> None:
    assert german.translate("T", "Save") == "Speichern"
    assert german.translate("T", "Not in the catalogue") == "Not in the catalogue"
    assert german.translate("Other", "Save") == "Save"  # the context is part of the key


def test_plurals_follow_the_count(german: i18n.Language) -> None:
    assert german.translate("T", "%n backup(s)", None, 1) == "1 Sicherung"
    assert german.translate("T", "%n backup(s)", None, 4) == "4 Sicherungen"
    assert i18n.language("en").translate("T", "%n backup(s)", None, 1) == "1 backup"
    assert i18n.language("en").translate("T", "%n backup(s)", None, 0) == "0 backups"
    assert english("%n match(es)", 2) == "2 matches"


def test_a_domain_text_stays_english_until_shown_and_keeps_its_arguments(
    german: i18n.Language,
) -> None:
    msg = text("T", "must be at most {top} kg on {day}").format(
        top=Decimal("3.5"), day=date(2026, 12, 7)
    )
    assert isinstance(msg, Text) and isinstance(msg, str)
    assert msg == "must be at most 3.5 kg on 2026-12-07"
    exc = ValidationError("weight_kg", msg)
    assert str(exc) == "weight_kg: must be at most 3.5 kg on 2026-12-07"
    with i18n.speaking(german):
        assert i18n.localize(exc.reason) == "darf am 07.12.2026 höchstens 3,5 kg sein"
        assert i18n.translate("T", "Save") == "Speichern"
    assert i18n.localize(exc.reason) == msg  # English again outside
    assert i18n.localize("plain text") == "plain text"


def test_a_broken_translation_says_it_in_english(tmp_path: Path) -> None:
    ts = tmp_path / "dmtracker_de.ts"
    ts.write_text(TS.replace("darf am {day} höchstens {top} kg sein", "höchstens {oben} kg"))
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "dmtracker_de.qm")], check=True
    )
    broken = i18n.Language("de", catalog_dir=tmp_path)
    msg = text("T", "must be at most {top} kg on {day}").format(top=3, day="Monday")
    with i18n.speaking(broken):
        assert i18n.localize(msg) == "must be at most 3 kg on Monday"


def test_a_report_language_is_per_thread_and_leaves_the_window_alone() -> None:
    i18n.use("en")
    seen: dict[str, str] = {}

    def build() -> None:
        with i18n.speaking("de"):
            seen["report"] = formats.day(date(2026, 12, 7))
            seen["inner"] = i18n.current().code
        seen["after"] = i18n.current().code

    t = threading.Thread(target=build)
    t.start()
    t.join()
    assert seen == {"report": "07.12.2026", "inner": "de", "after": "en"}
    assert i18n.current().code == "en"
    assert formats.day(date(2026, 12, 7)) == "2026-12-07"


@pytest.mark.parametrize(
    ("code", "day", "medium", "number", "sign"),
    [
        ("en", "2026-12-07", "7 Dec 2026", "3.5", "."),
        ("de", "07.12.2026", "7. Dez. 2026", "3,5", ","),
        ("es", "07/12/2026", "7 dic 2026", "3,5", ","),
    ],
)
def test_formats_follow_the_language(
    code: str, day: str, medium: str, number: str, sign: str
) -> None:
    with i18n.speaking(code):
        assert formats.day(date(2026, 12, 7)) == day
        assert formats.day_medium(date(2026, 12, 7)) == medium
        assert formats.number(Decimal("3.50")) == number
        assert formats.number(Decimal("1234"), 1) == f"1234{sign}0"  # no thousands separator
        assert formats.number(-2.5) == f"−2{sign}5"
        assert formats.time(datetime(2026, 12, 7, 9, 5)) == "09:05"
        assert formats.first_weekday() == Qt.DayOfWeek.Monday
        assert formats.parse_date(day) == date(2026, 12, 7)
        assert formats.parse_date("2026-12-07") == date(2026, 12, 7)  # ISO in every language
        assert formats.parse_date("31.02.2026") is None
        assert formats.typed_number(f"1{sign}5") == "1.5"


def test_german_reads_two_digit_years_in_this_century() -> None:
    with i18n.speaking("de"):
        assert formats.parse_date("7.12.26") == date(2026, 12, 7)
        assert formats.day_long(date(2026, 12, 7)) == "Montag, 7. Dezember 2026"


def test_the_system_language_is_used_when_none_is_chosen() -> None:
    assert i18n.resolve("de") == "de"
    assert i18n.resolve("system") == i18n.system_code()
    assert i18n.resolve(None) == i18n.system_code()
    assert i18n.resolve("tlh") == i18n.system_code()
    assert i18n.system_code() in i18n.LANGUAGES


def test_a_text_made_after_the_app_deleted_its_translators_is_english(
    german: i18n.Language,
) -> None:
    """Installed translators belong to the application: a text made while it shuts down (an
    input's editingFinished as the window goes) is said in English, never a crash."""
    import shiboken6

    assert german.translate("T", "Save") == "Speichern"
    for catalog in german._catalogs:
        shiboken6.delete(catalog)
    assert german.translate("T", "Save") == "Save"
