"""Settings are data and validated: every key has a type, a range and a default in one place
(domain/settings.py). A poisoned value for each key is refused when set and when imported (the
key named, nothing written), falls back to the default when found stored in the SQLite file (a
log line naming the key, not the value), and the Today and Trends pages open with it."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.reports.exports.test_export import snapshot
from tests.services.test_import import rejected, write

from dmtracker.domain import settings as rules
from dmtracker.domain.errors import ValidationError
from dmtracker.reports.exports.json_backup import backup_text
from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths

DAY = "2026-11-25"
GOOD: dict[str, list[Any]] = {
    rules.TODAY_DRAFT: [
        None,
        {"day": DAY},
        {"day": DAY, "pain": 3, "stairs": None, "breathlessness": 3, "notes": "typed"},
    ],
    rules.LAST_SELF_TEST: ["chair_stand_30s", "arm_lift_1kg", "custom"],
    rules.LOG_DOSES: [True, False],
    rules.TRENDS_HIDDEN: [[], ["fatigue", "pain"], ["rash", "test:chair_stand_30s"]],
    rules.TRENDS_MEAN: [True, False],
    rules.FLARE_THRESHOLD: [0.5, 2, 2.5, 10],
    rules.COPY_FOLDER: ["", "/media/usb/dmtracker", "C:\\Users\\Ana\\Nextcloud"],
    rules.COPY_KEEP: [1, 7, 365],
    rules.COPY_LAST_OK: [None, "2026-11-25T06:00:00+00:00"],
    rules.COPY_LAST_TRY: [None, "2026-11-25T06:00:00.123456+01:00"],
    rules.COPY_LAST_ERROR: ["", "the folder /media/usb is not there"],
    rules.DIARY_ID: ["", "0123456789abcdef"],
    rules.INBOX_FOLDER: ["", "/home/me/Sync/dmtracker-inbox", "C:\\Users\\me\\Inbox"],
}
POISON: dict[str, list[Any]] = {
    rules.TODAY_DRAFT: [
        "boom",
        42,
        ["day", DAY],
        {"pain": 3},  # no day
        {"day": "2026-13-01"},
        {"day": 20261125},
        {"day": DAY, "pain": 97},
        {"day": DAY, "pain": "3"},
        {"day": DAY, "fatigue": True},
        {"day": DAY, "stairs": 4},
        {"day": DAY, "notes": 5},
        {"day": DAY, "notes": "x" * (rules.MAX_DRAFT_NOTES + 1)},
        {"day": DAY, "colour": "red"},
    ],
    rules.LAST_SELF_TEST: ["no_such_test", 7, None, ["chair_stand_30s"], ""],
    rules.LOG_DOSES: ["yes", 1, None, {}],
    rules.TRENDS_HIDDEN: ["fatigue", None, [1], [""], ["x" * 101], ["k"] * 201, {"a": 1}],
    rules.TRENDS_MEAN: ["true", 0, None, []],
    rules.FLARE_THRESHOLD: ["abc", "2", None, True, 0, 0.4, 10.5, -1, 1e308, [2], {}],
    rules.COPY_FOLDER: [None, 5, ["/tmp"], "/a\nb", "x" * 4097, "a\x00b"],
    rules.COPY_KEEP: [0, 366, "7", 2.5, True, None],
    rules.COPY_LAST_OK: ["yesterday", "2026-11-25T06:00:00", 5, "2026-13-01T00:00:00+00:00"],
    rules.COPY_LAST_TRY: [[], "", True],
    rules.COPY_LAST_ERROR: [None, 3, "x" * 1001],
    rules.DIARY_ID: [None, "xyz", "0123456789ABCDEF", "0123", 12],
    rules.INBOX_FOLDER: [None, 3, ["/x"], "relative/folder", "/a\x00b", "/" + "x" * 5000],
}
CASES = [(key, value) for key, values in POISON.items() for value in values]
IDS = [f"{key}-{i}" for key, values in POISON.items() for i in range(len(values))]


def test_every_setting_in_use_is_listed_with_good_and_bad_values() -> None:
    assert set(GOOD) == set(POISON) == set(rules.SETTINGS)
    for key, values in GOOD.items():
        for value in values:
            assert rules.check(key, value) == (
                sorted(value) if key == rules.TRENDS_HIDDEN else value
            )
        default = rules.default(key)
        assert rules.check(key, default) == default  # every default passes its own check


@pytest.mark.parametrize(("key", "value"), [*CASES, (rules.FLARE_THRESHOLD, float("nan"))])
def test_a_bad_value_is_refused_naming_the_key(key: str, value: Any) -> None:
    with pytest.raises(ValidationError) as info:
        rules.check(key, value)
    assert info.value.field == key and info.value.reason


def test_a_key_that_is_not_a_setting_is_refused(services) -> None:
    for key in ("panel", "", "x" * 300, "trends/Mean"):
        with pytest.raises(ValidationError) as info:
            services.settings.set(key, True)
        assert info.value.field == "key" and "is not a setting" in info.value.reason
    assert _stored(services) == {}


# --- through the SQLite file ---------------------------------------------------------------
def _stored(services) -> dict[str, str]:
    with sqlite3.connect(services.paths.db) as con:
        return dict(con.execute("SELECT key, value FROM app_setting"))


def _poison_file(services, key: str, raw_json: str) -> None:
    """Put ``raw_json`` into the file as the stored value of ``key``, past the service (as a
    backup of an older version, another tool or a damaged file could)."""
    services.settings.set(key, rules.default(key))
    with sqlite3.connect(services.paths.db) as con:
        con.execute("UPDATE app_setting SET value = ? WHERE key = ?", (raw_json, key))


@pytest.mark.parametrize(("key", "value"), CASES, ids=IDS)
def test_set_refuses_and_writes_nothing(services, key: str, value: Any) -> None:
    services.settings.set(key, GOOD[key][-1])
    before = _stored(services)
    with pytest.raises(ValidationError) as info:
        services.settings.set(key, value)
    assert info.value.field == key
    assert _stored(services) == before
    assert services.settings.get(key) == rules.check(key, GOOD[key][-1])


@pytest.mark.parametrize(("key", "value"), CASES, ids=IDS)
def test_a_bad_stored_value_reads_as_the_default_with_a_log_line(
    services, caplog, key: str, value: Any
) -> None:
    _poison_file(services, key, json.dumps(value))
    with caplog.at_level(logging.WARNING, logger="dmtracker"):
        assert services.settings.get(key) == rules.default(key)
    (line,) = [r.getMessage() for r in caplog.records]
    assert key in line and "using the default" in line
    assert "97" not in line and "boom" not in line and "abc" not in line  # no values logged


@pytest.mark.parametrize("raw", ["boom", "{", "[" * 100_000 + "]" * 100_000])
def test_a_stored_value_that_is_not_json_reads_as_the_default(services, raw: str) -> None:
    for key in rules.SETTINGS:
        _poison_file(services, key, raw)
        assert services.settings.get(key) == rules.default(key)


def test_good_values_go_through_the_file(services) -> None:
    for key, values in GOOD.items():
        for value in values:
            services.settings.set(key, value)
            assert services.settings.get(key) == rules.check(key, value)


# --- through a real import -----------------------------------------------------------------
@pytest.fixture
def source(tmp_path: Path, clock):
    s = open_services(DataPaths(tmp_path / "source"), clock)
    s.checkins.save_day({"day": DAY, "pain": 2})
    for key, values in GOOD.items():
        s.settings.set(key, values[-1])
    yield s
    s.close()


@pytest.fixture
def target(tmp_path: Path, clock):
    s = open_services(DataPaths(tmp_path / "target"), clock)
    yield s
    s.close()


def _doc_with(source, key: str, value: Any) -> dict[str, Any]:
    doc = source.transfer.backup_document()
    for row in doc["tables"]["app_setting"]:
        if row["key"] == key:
            row["value"] = value
    return doc


@pytest.mark.parametrize(("key", "value"), CASES, ids=IDS)
def test_import_refuses_a_bad_value_naming_the_key(
    source, target, tmp_path: Path, key: str, value: Any
) -> None:
    path = write(tmp_path, backup_text(_doc_with(source, key, value)), "backup.json")
    error = rejected(target, path)
    (problem,) = error.problems
    assert problem.record.startswith("app_setting record") and problem.record.endswith(key)
    assert problem.field == "value" and problem.line is not None
    assert f"key {key}" in str(problem)
    assert target.checkins.count() == 0


def test_import_leaves_out_keys_that_are_not_settings(source, target, tmp_path: Path) -> None:
    doc = source.transfer.backup_document()
    stamp = doc["tables"]["app_setting"][0]["updated_at"]
    doc["tables"]["app_setting"] += [
        {"key": "panel", "value": {"open": [1, 2]}, "updated_at": stamp},
        {"key": "last_self_test", "value": "grip", "updated_at": stamp},
    ]
    result = target.transfer.import_file(write(tmp_path, backup_text(doc), "backup.json"))
    assert result.added["app_setting"] == len(rules.SETTINGS)
    assert set(_stored(target)) == set(rules.SETTINGS)
    for key in rules.SETTINGS:
        assert target.settings.get(key) == source.settings.get(key)
    assert snapshot(target.paths.db)["daily_checkin"] == snapshot(source.paths.db)["daily_checkin"]


# --- the pages open with every stored value poisoned ---------------------------------------
@pytest.mark.parametrize("which", range(3))
def test_today_and_trends_open_with_poisoned_settings(qtbot, services, tmp_path, which) -> None:
    from dmtracker.ui.shell.main_window import PAGES, MainWindow
    from dmtracker.ui.today.self_test_dialog import SelfTestDialog

    services.checkins.save_day({"day": DAY, "pain": 2, "notes": "saved"})
    for key, values in POISON.items():  # the reproduced ones first: "boom", "abc"
        _poison_file(services, key, json.dumps(values[which]))
    window = MainWindow(settings_path=tmp_path / "ui.ini")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_services(services)
    for i in range(len(PAGES)):
        window.show_page(i)
    today, trends = window.pages[0], window.pages[4]
    assert today.notes.toPlainText() == "saved"  # no draft restored over the saved day
    assert trends.threshold.value() == rules.default(rules.FLARE_THRESHOLD)
    assert trends.mean_box.isChecked() is rules.default(rules.TRENDS_MEAN)
    assert trends.chart is not None
    dialog = SelfTestDialog(services, today.day, window)
    qtbot.addWidget(dialog)
    assert dialog.kind().key == rules.default(rules.LAST_SELF_TEST)
    # the pages write good values again
    trends.threshold.setValue(3.5)
    assert services.settings.get(rules.FLARE_THRESHOLD) == 3.5


def test_the_window_opens_with_a_garbled_window_settings_file(qtbot, services, tmp_path) -> None:
    """The window's own settings (text size, theme, geometry; not data) cannot stop it either."""
    from dmtracker.ui.shell.main_window import MainWindow

    ini = tmp_path / "ui.ini"
    ini.write_text(
        "[view]\ntext_scale=abc\ntheme=neon\n[window]\ngeometry=boom\n"
        "[reminder]\nenabled=maybe\ntime=25:99\n",
        encoding="utf-8",
    )
    window = MainWindow(settings_path=ini)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_services(services)
    assert (window.scale, window.theme) == (100, "system")
    window.check_reminder()
