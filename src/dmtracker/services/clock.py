"""The one source of "now" and "today" for services (fixed in tests and demo data).

Local time follows the system's zone *rules* (``zoneinfo``), converted per timestamp, so a
daylight-saving change while the app runs is honoured: the zone is read from ``$TZ``, else
from the ``/etc/localtime`` link (Linux, macOS), else a tzinfo that asks ``time.localtime()``
for each timestamp (Windows, or a zone that has no IANA name).
"""

from __future__ import annotations

import logging
import os
import time as _time
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dmtracker.domain.validation import Context, latest_day_on_earth

log = logging.getLogger(__name__)

LOCALTIME = Path("/etc/localtime")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class SystemLocalTime(tzinfo):
    """The operating system's local time, asked per timestamp (``time.localtime``).

    Used where no IANA zone name can be found; it follows DST as the system does.
    """

    def _offset_at(self, ts: float) -> timedelta:
        return timedelta(seconds=_time.localtime(ts).tm_gmtoff)

    def _timestamp(self, dt: datetime) -> float:
        """The POSIX time of the naive local wall time ``dt`` (``fold`` picks the second
        of two equal wall times at the end of DST)."""
        naive = dt.replace(tzinfo=None)
        guess = (naive - datetime(1970, 1, 1)).total_seconds()
        # the two offsets in force around this wall time; try both and keep those that agree
        candidates = []
        for probe in (guess - 86400, guess + 86400):
            ts = guess - self._offset_at(probe).total_seconds()
            if ts not in candidates and self._offset_at(ts).total_seconds() == guess - ts:
                candidates.append(ts)
        if not candidates:  # a wall time skipped by a DST jump: use the offset before it
            return guess - self._offset_at(guess - 86400).total_seconds()
        candidates.sort()
        return candidates[-1] if dt.fold and len(candidates) > 1 else candidates[0]

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return self._offset_at(_time.time())
        return self._offset_at(self._timestamp(dt))

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str:
        ts = _time.time() if dt is None else self._timestamp(dt)
        return _time.localtime(ts).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        ts = (dt.replace(tzinfo=UTC) - _EPOCH).total_seconds()
        local = dt.replace(tzinfo=None) + self._offset_at(ts)
        later = self._offset_at(ts - 3600) > self._offset_at(ts)  # the repeated hour's 2nd pass
        return local.replace(tzinfo=self, fold=1 if later else 0)

    def __repr__(self) -> str:
        return "SystemLocalTime()"

    def __str__(self) -> str:
        return "localtime"


def _zone_from_name(name: str) -> tzinfo | None:
    name = name.removeprefix(":")
    try:
        if name.startswith("/"):
            with open(name, "rb") as f:
                return ZoneInfo.from_file(f, key=name)
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def system_zone() -> tzinfo:
    """The system's time zone with its rules: ``$TZ``, else the ``/etc/localtime`` link target,
    else :class:`SystemLocalTime`."""
    env = os.environ.get("TZ")
    if env:
        zone = _zone_from_name(env)
        if zone is not None:
            return zone
        return SystemLocalTime()  # a POSIX rule string like "CET-1CEST,M3.5.0,M10.5.0/3"
    try:
        target = str(LOCALTIME.resolve(strict=True))
    except (OSError, RuntimeError):
        return SystemLocalTime()
    if "zoneinfo/" in target:
        zone = _zone_from_name(target.split("zoneinfo/", 1)[1])
        if zone is not None:
            return zone
    zone = _zone_from_name(target)
    return zone if zone is not None else SystemLocalTime()


class Clock:
    """Wall clock in the patient's local time zone; ``fixed`` freezes it."""

    def __init__(self, tz: tzinfo | None = None, fixed: datetime | None = None):
        self.tz: tzinfo = tz or system_zone()
        if fixed is not None and fixed.tzinfo is None:
            raise ValueError("fixed time must be timezone-aware")
        self.fixed = fixed

    def now(self) -> datetime:
        """Aware UTC."""
        return (self.fixed or datetime.now(UTC)).astimezone(UTC)

    def today(self) -> date:
        """The patient's local calendar date."""
        return self.now().astimezone(self.tz).date()

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def start_of(self, day: date) -> datetime:
        """Local midnight at the start of ``day``, as aware UTC."""
        return datetime.combine(day, time(0), tzinfo=self.tz).astimezone(UTC)

    def end_of(self, day: date) -> datetime:
        """The last microsecond of ``day`` in local time, as aware UTC."""
        return datetime.combine(day, time.max, tzinfo=self.tz).astimezone(UTC)

    def context(self) -> Context:
        """For what the patient enters here: no day after today in this zone."""
        return Context(today=self.today(), now=self.now())

    def import_context(self) -> Context:
        """For data made elsewhere (a backup, a spreadsheet): a day is "in the future" only
        when it has not begun anywhere on Earth yet (the earliest zone is UTC+14)."""
        now = self.now()
        return Context(today=self.today(), now=now, day_limit=latest_day_on_earth(now))
