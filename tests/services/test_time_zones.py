"""Local time follows the zone's rules per timestamp (DST honoured, Europe/Berlin across both
changes of 2026), and a day is "in the future" for imported data only when it has not begun
anywhere on Earth (a backup made at UTC+14 imports at UTC-12)."""

from __future__ import annotations

import os
import time
import zoneinfo
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from tests.conftest import NOW
from tests.services.test_import import write

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.validation import latest_day_on_earth
from dmtracker.reports.exports.json_backup import backup_text
from dmtracker.services.app_services import open_services
from dmtracker.services.clock import Clock, SystemLocalTime, system_zone
from dmtracker.services.transfer import CHECKIN_COLUMNS, ImportRejected
from dmtracker.storage.paths import DataPaths

BERLIN = ZoneInfo("Europe/Berlin")
SPRING = date(2026, 3, 29)  # 02:00 CET -> 03:00 CEST (01:00 UTC): a 23-hour day
AUTUMN = date(2026, 10, 25)  # 03:00 CEST -> 02:00 CET (01:00 UTC): a 25-hour day

needs_tzset = pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX only")


@pytest.fixture
def tz_env() -> Iterator[object]:
    """Set $TZ for this process (time.tzset) and put it back afterwards."""
    old = os.environ.get("TZ")

    def use(value: str) -> None:
        os.environ["TZ"] = value
        time.tzset()

    yield use
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def _check_berlin_rules(clock_of) -> None:
    """``clock_of(moment)`` gives a Clock fixed at ``moment`` in the system zone."""
    # the day of each change: 23 and 25 hours long, midnight at the right UTC time
    c = clock_of(_utc(2026, 3, 1))
    assert c.start_of(SPRING) == _utc(2026, 3, 28, 23)
    assert c.end_of(SPRING) + timedelta(microseconds=1) == _utc(2026, 3, 29, 22)
    assert c.start_of(AUTUMN) == _utc(2026, 10, 24, 22)
    assert c.end_of(AUTUMN) + timedelta(microseconds=1) == _utc(2026, 10, 25, 23)
    # an event at 23:30 local is filed under that day, 00:30 under the next, on either side of
    # both changes, whenever the clock was made (a fixed offset from start would be 1 h off)
    cases = [
        (_utc(2026, 3, 28, 22, 30), date(2026, 3, 28), "23:30"),  # CET, the night before
        (_utc(2026, 3, 28, 23, 30), date(2026, 3, 29), "00:30"),
        (_utc(2026, 3, 29, 21, 30), date(2026, 3, 29), "23:30"),  # CEST after the change
        (_utc(2026, 3, 29, 22, 30), date(2026, 3, 30), "00:30"),
        (_utc(2026, 7, 15, 21, 30), date(2026, 7, 15), "23:30"),  # summer
        (_utc(2026, 10, 24, 21, 30), date(2026, 10, 24), "23:30"),  # CEST, the night before
        (_utc(2026, 10, 25, 22, 30), date(2026, 10, 25), "23:30"),  # CET after the change
        (_utc(2026, 10, 25, 23, 30), date(2026, 10, 26), "00:30"),
        (_utc(2026, 12, 31, 22, 30), date(2026, 12, 31), "23:30"),  # winter
    ]
    for moment, day, shown in cases:
        assert clock_of(moment).today() == day, moment
        assert clock_of(moment).local(moment).strftime("%H:%M") == shown, moment
        # a clock made at another season converts this moment the same way
        other = clock_of(moment + timedelta(days=150))
        assert other.local(moment).date() == day and f"{other.local(moment):%H:%M}" == shown
    # the hour that happens twice in autumn: 02:30 CEST, then 02:30 CET an hour later
    first, second = _utc(2026, 10, 25, 0, 30), _utc(2026, 10, 25, 1, 30)
    c = clock_of(first)
    assert (c.local(first).hour, c.local(second).hour) == (2, 2)
    assert c.local(second).astimezone(UTC) - c.local(first).astimezone(UTC) == timedelta(hours=1)
    assert c.local(first).utcoffset() == timedelta(hours=2)
    assert c.local(second).utcoffset() == timedelta(hours=1)


@needs_tzset
def test_the_system_zone_comes_from_tz_with_its_rules(tz_env) -> None:
    tz_env("Europe/Berlin")
    assert system_zone() == BERLIN
    assert Clock().tz == BERLIN
    _check_berlin_rules(lambda moment: Clock(fixed=moment))


@needs_tzset
def test_a_chart_axis_puts_each_day_at_its_local_midnight_across_dst(qtbot, tz_env) -> None:
    """The axis of the TIS chart (made without a zone) took a fixed offset from the moment it
    was made: in winter a summer day's tick sat at 01:00, an hour from the day's point."""
    from dmtracker.ui.charts.date_axis import DayAxis, local_zone

    tz_env("Europe/Berlin")
    axis = DayAxis("bottom")
    for day in (date(2026, 1, 15), SPRING, date(2026, 7, 15), AUTUMN, date(2026, 12, 31)):
        x = datetime.combine(day, datetime.min.time(), tzinfo=BERLIN).timestamp()
        assert axis.tickValues(x - 3 * 86400, x + 3 * 86400, 2000)[0][1].count(x) == 1, day
        assert datetime.fromtimestamp(x, local_zone()).hour == 0, day


@needs_tzset
def test_a_zone_without_a_name_is_asked_per_timestamp(tz_env) -> None:
    """A POSIX rule string (no IANA name): time.localtime() per timestamp, same results."""
    tz_env("CET-1CEST,M3.5.0,M10.5.0/3")
    assert isinstance(system_zone(), SystemLocalTime)
    _check_berlin_rules(lambda moment: Clock(fixed=moment))
    zone = SystemLocalTime()
    hour = _utc(2026, 3, 28)
    while hour < _utc(2026, 10, 27):  # every hour of the year's DST part, both ways
        local = hour.astimezone(zone)
        assert local.replace(tzinfo=None) == hour.astimezone(BERLIN).replace(tzinfo=None)
        assert local.astimezone(UTC) == hour
        hour += timedelta(hours=1) if hour.day in (28, 29, 24, 25, 26) else timedelta(days=1)


def test_without_tz_the_localtime_link_names_the_zone(tz_env, monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("TZ", raising=False)
    link = tmp_path / "usr/share/zoneinfo/Europe/Berlin"
    link.parent.mkdir(parents=True)
    files = (Path(d, "Europe/Berlin") for d in zoneinfo.TZPATH)
    zone_file = next((f for f in files if f.is_file()), None)
    if zone_file is None:
        pytest.skip("no system zone files (zoneinfo.TZPATH) to link to")
    link.write_bytes(zone_file.read_bytes())  # a real zone file
    (tmp_path / "localtime").symlink_to(link)
    monkeypatch.setattr("dmtracker.services.clock.LOCALTIME", tmp_path / "localtime")
    assert system_zone() == BERLIN
    monkeypatch.setattr("dmtracker.services.clock.LOCALTIME", tmp_path / "missing")
    assert isinstance(system_zone(), SystemLocalTime)


# --- a day that has begun somewhere on Earth -----------------------------------------------
# 11:00 UTC: already 01:00 on the 26th at UTC+14 (Kiritimati), still 23:00 on the 24th at UTC-12
KIRITIMATI = ZoneInfo("Pacific/Kiritimati")
BAKER = ZoneInfo("Etc/GMT+12")  # UTC-12 (POSIX signs are reversed)


def test_the_latest_day_on_earth() -> None:
    assert latest_day_on_earth(NOW) == date(2026, 11, 26)
    assert latest_day_on_earth(_utc(2026, 11, 25, 9, 59)) == date(2026, 11, 25)
    assert Clock(tz=BAKER, fixed=NOW).import_context().latest_day == date(2026, 11, 26)
    assert Clock(tz=BAKER, fixed=NOW).context().latest_day == date(2026, 11, 24)


def test_a_backup_made_at_utc_plus_14_imports_at_utc_minus_12(tmp_path: Path) -> None:
    east = open_services(DataPaths(tmp_path / "east"), Clock(tz=KIRITIMATI, fixed=NOW))
    west = open_services(DataPaths(tmp_path / "west"), Clock(tz=BAKER, fixed=NOW))
    try:
        assert east.clock.today() == date(2026, 11, 26)
        assert west.clock.today() == date(2026, 11, 24)
        east.checkins.save_day({"day": date(2026, 11, 26), "fatigue": 4, "notes": "kiribati"})
        east.weights.add({"day": date(2026, 11, 26), "weight_kg": "61.5"})
        path = write(tmp_path, backup_text(east.transfer.backup_document()), "east.json")
        result = west.transfer.import_file(path)
        assert result.added["daily_checkin"] == 1
        assert west.checkins.for_day(date(2026, 11, 26)).notes == "kiribati"
        # entered here, the day after the local today is still the future
        with pytest.raises(ValidationError) as info:
            west.checkins.save_day({"day": date(2026, 11, 25), "fatigue": 4})
        assert info.value.field == "day" and "in the future" in info.value.reason
    finally:
        east.close()
        west.close()


def test_a_check_in_csv_from_utc_plus_14_imports_at_utc_minus_12(tmp_path: Path) -> None:
    west = open_services(DataPaths(tmp_path / "west"), Clock(tz=BAKER, fixed=NOW))
    try:
        header = ",".join(CHECKIN_COLUMNS)
        ok = write(tmp_path, f"{header}\n2026-11-26,3,4,,,,,,,,,,\n")
        assert west.transfer.import_file(ok).total_added == 1
        # a day that has begun nowhere yet is refused, naming the line, the field and why
        late = write(tmp_path, f"{header}\n2026-11-27,3,4,,,,,,,,,,\n", "late.csv")
        with pytest.raises(ImportRejected) as info:
            west.transfer.import_file(late)
        (problem,) = info.value.problems
        assert (problem.line, problem.field) == (2, "day")
        assert "in the future" in problem.reason and "anywhere on Earth" in problem.reason
        assert west.checkins.count() == 1
    finally:
        west.close()
