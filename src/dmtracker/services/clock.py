"""The one source of "now" and "today" for services (fixed in tests and demo data)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo

from dmtracker.domain.validation import Context


class Clock:
    """Wall clock in the patient's local time zone; ``fixed`` freezes it."""

    def __init__(self, tz: tzinfo | None = None, fixed: datetime | None = None):
        self.tz: tzinfo = tz or datetime.now().astimezone().tzinfo or UTC
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
        return Context(today=self.today(), now=self.now())
