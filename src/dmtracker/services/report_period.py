"""The period a clinic report covers: the presets, a custom period's checks, and the previous
period of equal length it is compared with (both ends inclusive)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate

# the labels are Texts: shown with dmtracker.i18n.localize
PRESETS: dict[str, str] = {
    "since_visit": translate("ReportPeriod", "Since the last clinic visit"),
    "4w": translate("ReportPeriod", "4 weeks (one cycle)"),
    "12w": translate("ReportPeriod", "12 weeks"),
    "6m": translate("ReportPeriod", "6 months"),
    "custom": translate("ReportPeriod", "Custom dates"),
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
        return Period(
            end - timedelta(days=self.days - 1), end, translate("ReportPeriod", "previous period")
        )

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def text(self) -> str:
        days = self.days
        return translate("ReportPeriod", "{start} to {end} (%n day(s))", None, days).format(
            start=self.start, end=self.end
        )


def period_for(
    preset: str,
    today: date,
    last_visit: date | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Period:
    """The period a preset names, ending today (custom: ``start``..``end``)."""
    if preset not in PRESETS:
        raise ValidationError(
            "period",
            translate("ReportPeriod", "must be one of {choices}; got {preset!r}").format(
                choices=", ".join(PRESETS), preset=preset
            ),
        )
    if preset == "custom":
        if start is None:
            raise ValidationError(
                "from", translate("ReportPeriod", "is required for a custom period")
            )
        if end is None:
            raise ValidationError(
                "to", translate("ReportPeriod", "is required for a custom period")
            )
        # no label: the report says the dates themselves ("Period Custom dates: …" read oddly)
        return check_period(start, end, today)
    if preset == "since_visit":
        if last_visit is None:
            raise ValidationError(
                "period",
                translate("ReportPeriod", "no clinic visit is recorded yet; choose another"),
            )
        label = translate("ReportPeriod", "since the clinic visit of {day}").format(day=last_visit)
        return check_period(last_visit, today, today, label)
    days = PRESET_DAYS[preset]
    return Period(today - timedelta(days=days - 1), today, PRESETS[preset])


def check_period(start: date, end: date, today: date, label: str = "") -> Period:
    if start > end:
        raise ValidationError(
            "from",
            translate("ReportPeriod", "{start} is after the end date (to) {end}").format(
                start=start, end=end
            ),
        )
    if end > today:
        raise ValidationError(
            "to", translate("ReportPeriod", "{day} is in the future").format(day=end)
        )
    if (end - start).days > 366 * 30:
        raise ValidationError(
            "from", translate("ReportPeriod", "the period may be at most 30 years")
        )
    return Period(start, end, label)
