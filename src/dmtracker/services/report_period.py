"""The period a clinic report covers: the presets, a custom period's checks, and the previous
period of equal length it is compared with (both ends inclusive)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dmtracker.domain.errors import ValidationError

PRESETS: dict[str, str] = {
    "since_visit": "Since the last clinic visit",
    "4w": "4 weeks (one cycle)",
    "12w": "12 weeks",
    "6m": "6 months",
    "custom": "Custom dates",
}
PRESET_DAYS = {"4w": 28, "12w": 84, "6m": 182}


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end, "previous period")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def text(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()} ({self.days} days)"


def period_for(
    preset: str,
    today: date,
    last_visit: date | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Period:
    """The period a preset names, ending today (custom: ``start``..``end``)."""
    if preset not in PRESETS:
        raise ValidationError("period", f"must be one of {', '.join(PRESETS)}; got {preset!r}")
    if preset == "custom":
        if start is None:
            raise ValidationError("from", "is required for a custom period")
        if end is None:
            raise ValidationError("to", "is required for a custom period")
        return check_period(start, end, today, PRESETS["custom"])
    if preset == "since_visit":
        if last_visit is None:
            raise ValidationError("period", "no clinic visit is recorded yet; choose another")
        return check_period(last_visit, today, today, f"since the clinic visit of {last_visit}")
    days = PRESET_DAYS[preset]
    return Period(today - timedelta(days=days - 1), today, PRESETS[preset])


def check_period(start: date, end: date, today: date, label: str = "") -> Period:
    if start > end:
        raise ValidationError(
            "from", f"{start.isoformat()} is after the end date (to) {end.isoformat()}"
        )
    if end > today:
        raise ValidationError("to", f"{end.isoformat()} is in the future")
    if (end - start).days > 366 * 30:
        raise ValidationError("from", "the period may be at most 30 years")
    return Period(start, end, label)
