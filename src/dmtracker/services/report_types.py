"""What a clinic report holds (:class:`ReportData`) and its lines: headline measures,
medications, flagged events, side effects and photos. Gathered by
:class:`dmtracker.services.report_data.ReportDataService`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, tzinfo
from decimal import Decimal

from dmtracker.services.daily import DayRow
from dmtracker.services.dto import (
    ClinicRead,
    CourseRead,
    InfusionDayDetail,
    LabRead,
    QuestionnaireRead,
    SideEffectRead,
)
from dmtracker.services.entries import EntryDay
from dmtracker.services.report_glance import Glance
from dmtracker.services.report_period import Period
from dmtracker.services.tis_results import TisRow

FEW_VALUES = 4  # a mean of fewer values is printed as an estimate


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    unit: str
    how: str  # "mean", "latest"
    value: float | None
    n: int
    previous: float | None
    previous_n: int
    higher_is_better: bool = False
    note: str = ""

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def estimate(self) -> bool:
        return self.how == "mean" and 0 < self.n < FEW_VALUES

    @property
    def threshold(self) -> float:
        """The change that counts as better or worse (app rule, stated in the report): 1 point
        on a 0–10 scale, 0.25 on HAQ-DI (0–3), else 10 % of the previous value."""
        if self.unit == "0–10":
            return 1.0
        if self.unit == "0–3":
            return 0.25
        return 0.1 * abs(self.previous) if self.previous else 0.0

    @property
    def direction(self) -> str:
        """ "better" or "worse" only when the change reaches :attr:`threshold` and a mean rests
        on at least 4 values in each period; otherwise "no clear change" (issue 16)."""
        c = self.change
        if c is None:
            return ""
        few = self.how == "mean" and min(self.n, self.previous_n) < FEW_VALUES
        if few or abs(c) < self.threshold or abs(c) < 0.05:
            return "no clear change"
        return "better" if (c > 0) == self.higher_is_better else "worse"


@dataclass(frozen=True)
class MedicationLine:
    name: str
    dose_text: str
    since: date


@dataclass(frozen=True)
class FlaggedEvent:
    day: date
    kind: str  # "red flag", "serious side effect", "possible flare"
    text: str


@dataclass(frozen=True)
class SideEffectLine:
    effect: SideEffectRead
    course_start: date | None

    @property
    def onset_day(self) -> date:
        return self.effect.onset_at.date()


@dataclass(frozen=True)
class PhotoItem:
    day: date
    data: bytes  # the image, decrypted in memory for an encrypted diary (b"": unreadable)
    caption: str


@dataclass(frozen=True)
class PhotoSite:
    site: str
    label: str
    photos: tuple[PhotoItem, ...]


@dataclass
class ReportData:
    patient: str
    birth_year: int | None
    period: Period
    previous: Period
    generated_on: date
    days_logged: int
    checkin_days: int
    courses: list[CourseRead]
    infusions: list[InfusionDayDetail]
    side_effects: list[SideEffectLine]
    medications: list[MedicationLine]
    medication_changes: list[FlaggedEvent]
    prednisone_g: Decimal | None
    measures: list[Measure]
    tis_rows: list[TisRow]
    tis_previous: TisRow | None
    flagged: list[FlaggedEvent]
    flare_count: int
    labs: list[LabRead]
    visits: list[ClinicRead]
    questions: str = ""
    daily_log: list[DayRow] = field(default_factory=list)
    photos: list[PhotoSite] = field(default_factory=list)
    cycle_counts: dict[str, int] = field(default_factory=dict)
    tz: tzinfo = UTC
    glance: Glance | None = None
    entries: dict[date, EntryDay] = field(default_factory=dict)  # entries during the day
    # a juvenile (JDM) profile: the report shows the JDM measures and thresholds
    juvenile: bool = False
    # the CHAQ answers of the period (a juvenile profile)
    chaqs: list[QuestionnaireRead] = field(default_factory=list)

    @property
    def age(self) -> int | None:
        """Age in years at the report, from the birth year (the year's difference)."""
        if self.birth_year is None:
            return None
        return max(0, self.generated_on.year - self.birth_year)

    @property
    def coverage_percent(self) -> float:
        return 100.0 * self.days_logged / self.period.days

    @property
    def tis_latest(self) -> TisRow | None:
        scored = [r for r in self.tis_rows if r.result is not None]
        return scored[-1] if scored else None

    def reactions_for(self, course_id: int) -> list[SideEffectLine]:
        return [s for s in self.side_effects if s.effect.course_id == course_id]
