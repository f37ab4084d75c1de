"""Entries during the day: add, edit, delete, restore; grouped by their local day (also in the
week daylight saving ends); carried by the JSON backup."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from tests.conftest import NOW, TZ, local

from dmtracker.domain.errors import ValidationError
from dmtracker.services.app_services import open_services
from dmtracker.services.clock import Clock
from dmtracker.storage.paths import DataPaths


def test_add_edit_delete_restore(services) -> None:
    change = services.entries.add({"at": local(2026, 11, 25, 9, 30), "pain": 6, "notes": "bad"})
    (eid,) = change.ids
    entry = services.entries.get(eid)
    assert entry.day == date(2026, 11, 25)
    assert entry.pain == 6 and entry.fatigue is None and entry.device == ""
    assert len(entry.uid) == 32
    services.entries.update(eid, {"fatigue": 7})
    assert services.entries.get(eid).fatigue == 7
    services.entries.delete(eid)
    assert services.entries.for_day(date(2026, 11, 25)) == []
    services.entries.restore(eid)
    assert [e.id for e in services.entries.for_day(date(2026, 11, 25))] == [eid]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"at": local(2026, 11, 25, 9)}, "pain"),  # nothing given
        ({"at": local(2026, 11, 25, 9), "pain": 11}, "pain"),
        ({"at": local(2026, 11, 26, 9), "pain": 1}, "at"),  # tomorrow
        ({"pain": 1}, "at"),
        ({"at": local(2026, 11, 25, 9), "notes": "x" * 2001}, "notes"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(services, data, field) -> None:
    with pytest.raises(ValidationError) as err:
        services.entries.add(data)
    assert err.value.field == field
    assert services.entries.count() == 0


def test_a_note_alone_is_an_entry(services) -> None:
    services.entries.add({"at": local(2026, 11, 25, 9), "notes": "headache 3 h after"})
    assert services.entries.count() == 1


def test_day_follows_local_time_in_the_week_dst_ends(tmp_path) -> None:
    """Berlin leaves summer time on Sunday 25 October 2026, 03:00 → 02:00."""
    clock = Clock(tz=TZ, fixed=datetime(2026, 10, 30, 12, tzinfo=UTC))
    s = open_services(DataPaths(tmp_path / "d"), clock)
    try:
        # 23:30 local on Saturday (summer time: 21:30 UTC) and 23:30 on Sunday (22:30 UTC)
        s.entries.add({"at": datetime(2026, 10, 24, 21, 30, tzinfo=UTC), "pain": 3})
        s.entries.add({"at": datetime(2026, 10, 25, 22, 30, tzinfo=UTC), "pain": 5})
        s.entries.add({"at": datetime(2026, 10, 25, 23, 30, tzinfo=UTC), "pain": 8})  # Monday
        s.entries.add({"at": datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "fatigue": 9})  # 02:30
        days = s.entries.by_day(date(2026, 10, 19), date(2026, 10, 30))
        assert {d: v.count for d, v in days.items()} == {
            date(2026, 10, 24): 1,
            date(2026, 10, 25): 2,
            date(2026, 10, 26): 1,
        }
        sunday = days[date(2026, 10, 25)]
        assert sunday.highest == {"pain": 5, "fatigue": 9}
        assert sunday.peak == ("fatigue", 9)
    finally:
        s.close()


def test_backup_round_trip(services, tmp_path) -> None:
    services.entries.add({"at": local(2026, 11, 24, 15, 30), "pain": 6, "notes": "afternoon"})
    services.entries.add({"at": local(2026, 11, 25, 8), "itch": 2})
    doc = services.transfer.backup_document(include_photos=False)
    other = open_services(DataPaths(tmp_path / "other"), Clock(tz=TZ, fixed=NOW))
    try:
        other.transfer.import_backup_document(doc, "backup.json")
        got = [(e.at, e.day, e.pain, e.itch, e.notes, e.uid) for e in other.entries.list()]
        want = [(e.at, e.day, e.pain, e.itch, e.notes, e.uid) for e in services.entries.list()]
        assert got == want and len(got) == 2
    finally:
        other.close()


def test_history_has_the_days_entries_and_delete_day_hides_them(services) -> None:
    services.entries.add({"at": local(2026, 11, 24, 15, 30), "pain": 6})
    services.entries.add({"at": local(2026, 11, 24, 9), "pain": 2, "itch": 7})
    (row,) = services.days.history()
    assert row.day == date(2026, 11, 24) and row.checkin is None
    assert [e.pain for e in row.entries] == [2, 6]  # earliest first
    summary = row.entries_summary
    assert summary.count == 2 and summary.highest == {"pain": 6, "itch": 7}
    deletion = services.days.delete_day(date(2026, 11, 24))
    assert len(deletion.entry_ids) == 2 and services.entries.count() == 0
    services.days.undo_delete(deletion)
    assert services.entries.count() == 2


def test_a_backup_with_one_entry_uid_twice_is_refused_by_line(services, tmp_path) -> None:
    from dmtracker.services.transfer import ImportRejected

    services.entries.add({"at": local(2026, 11, 24, 15, 30), "pain": 6})
    services.entries.add({"at": local(2026, 11, 25, 8), "itch": 2})
    doc = services.transfer.backup_document(include_photos=False)
    rows = doc["tables"]["symptom_entry"] if "tables" in doc else doc["symptom_entry"]
    rows[1]["uid"] = rows[0]["uid"]
    other = open_services(DataPaths(tmp_path / "other"), Clock(tz=TZ, fixed=NOW))
    try:
        with pytest.raises(ImportRejected) as err:
            other.transfer.import_backup_document(doc, "backup.json")
        assert "repeats" in str(err.value.describe()) and other.entries.count() == 0
    finally:
        other.close()
