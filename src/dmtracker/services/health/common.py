"""What the three readers share: the readings they find, the limits they check, the summary.

A reader turns one file into a :class:`HealthData` (the day's steps and the day's last weight,
each remembering where in the file it came from) or refuses the whole file with an
:class:`~dmtracker.services.transfer.common.ImportRejected` listing every problem by line (CSV)
or record (Apple Health). Nothing is written by a reader; :mod:`.merge` writes.
"""

from __future__ import annotations

import csv
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from dmtracker.domain import records
from dmtracker.domain.messages import translate
from dmtracker.domain.validation import EARLIEST_DATE, Context
from dmtracker.services.base import Change
from dmtracker.services.json_input import JsonRefused, read_bytes_bounded
from dmtracker.services.transfer.common import Collector, ImportProblem

# Weight as the body-weight form takes it (domain.records: body_weight.weight_kg)
_WEIGHT_RULE = records.SCHEMAS["body_weight"]["weight_kg"]
MIN_WEIGHT_KG = Decimal(getattr(_WEIGHT_RULE, "lo", 20))
MAX_WEIGHT_KG = Decimal(getattr(_WEIGHT_RULE, "hi", 400))
# A day's steps: an ultramarathon is about 100,000; twice that is no walking a body does
MAX_DAY_STEPS = 200_000
# A CSV export of a scale or of Google Fit's daily totals: a line a measurement or a day, small
# (50 years of daily lines are under 5 MB); larger is not such a file. Read as text, at most 4
# bytes a character (a character outside Latin-1 makes Python widen the whole string): 80 MB.
MAX_HEALTH_CSV_BYTES = 20 * 1024 * 1024
MAX_HEALTH_CSV_ROWS = 500_000

# Entries in a zip read (an Apple Health export holds thousands: routes, ECGs; Takeout a few
# thousand a service): opening a zip lists every entry in memory (about 400 bytes each)
MAX_ZIP_ENTRIES = 200_000
# what reading a damaged or unusual zip raises (a bad CRC, damaged deflate data, a cut file,
# an unknown compression)
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError)
_EOCD = b"PK\x05\x06"
_EOCD64 = b"PK\x06\x06"

KG = Decimal("1")
LB_KG = Decimal("0.45359237")  # exact, by definition
ST_KG = Decimal("6.35029318")  # 14 lb
G_KG = Decimal("0.001")
WEIGHT_UNITS: dict[str, tuple[Decimal, str]] = {
    # unit as written -> (kg per unit, the unit kept as "entered_unit")
    "kg": (KG, "kg"),
    "lb": (LB_KG, "lb"),
    "lbs": (LB_KG, "lb"),
    "st": (ST_KG, "kg"),
    "g": (G_KG, "kg"),
}
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class WeightReading:
    """The day's last weight: kg (2 places), the unit it was weighed in, when, where in the file."""

    day: date
    weight_kg: Decimal
    entered_unit: str
    at: datetime | None
    where: str


@dataclass(frozen=True)
class StepsReading:
    """A day's steps and the source they came from (a phone, a watch, an app)."""

    day: date
    steps: int
    source: str
    where: str


@dataclass
class HealthData:
    """What one file holds, by day; ``source`` is stored with the steps ("Apple Health")."""

    kind: str  # "apple_health", "openscale", "google_fit"
    source: str
    file: str
    weights: dict[date, WeightReading] = field(default_factory=dict)
    steps: dict[date, StepsReading] = field(default_factory=dict)
    records_read: int = 0


@dataclass(frozen=True)
class HealthSummary:
    """The outcome of one file: what was imported or merged, what was left, or why the file was
    refused (``problems``; then nothing was written from it)."""

    file: str
    kind: str = ""
    steps_imported: int = 0  # days new to the diary
    steps_merged: int = 0  # days already there with fewer steps (a later export of that day)
    steps_unchanged: int = 0  # days already there with as many steps or more
    weights_imported: int = 0
    weights_already: int = 0  # days that already had a weight: left as they are
    problems: tuple[ImportProblem, ...] = ()
    message: str = ""
    days: tuple[date, ...] = ()  # the days written (for the pages to refresh)
    change: Change | None = None  # what the pages listen for, as an ImportResult's

    @property
    def total_added(self) -> int:  # (as ImportResult: the Reports page emits change if > 0)
        return self.written

    @property
    def refused(self) -> bool:
        return bool(self.problems)

    @property
    def written(self) -> int:
        return self.steps_imported + self.steps_merged + self.weights_imported


def to_kg(value: Decimal, unit: str) -> tuple[Decimal, str] | None:
    """``value`` in ``unit`` as kg rounded to 0.01 and the unit to remember, or None for a unit
    that is not a weight."""
    known = WEIGHT_UNITS.get(unit.strip().lower())
    if known is None:
        return None
    factor, entered = known
    return (value * factor).quantize(_CENT, rounding=ROUND_HALF_UP), entered


def number(text: str) -> Decimal | None:
    """A plain decimal number (a point, or a comma as the only separator), else None."""
    text = text.strip()
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def check_weight(c: Collector, kg: Decimal, line: int | None, record: str, column: str) -> bool:
    """Add a problem when ``kg`` is outside what the body-weight history takes."""
    if MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        return True
    c.add(
        line,
        record,
        column,
        translate(
            "HealthImport", "{kg} kg is not a body weight (it must be {lo} to {hi} kg)"
        ).format(kg=kg, lo=MIN_WEIGHT_KG, hi=MAX_WEIGHT_KG),
    )
    return False


def check_day(
    c: Collector, day: date, ctx: Context, line: int | None, record: str, column: str
) -> bool:
    """Add a problem when ``day`` has not begun anywhere yet (a clock set wrong, a typo), or is
    before 1900 (as everywhere in the diary; it also bounds the days a file can hold)."""
    if day < EARLIEST_DATE:
        c.add(
            line,
            record,
            column,
            translate("HealthImport", "{day} is before {earliest}").format(
                day=day, earliest=EARLIEST_DATE
            ),
        )
        return False
    if day <= ctx.latest_day:
        return True
    c.add(
        line,
        record,
        column,
        translate("HealthImport", "{day} is in the future").format(day=day),
    )
    return False


def check_steps_total(c: Collector, steps: StepsReading) -> bool:
    if 0 <= steps.steps <= MAX_DAY_STEPS:
        return True
    c.add(
        None,
        steps.where,
        "steps",
        translate(
            "HealthImport", "{steps} steps on {day} is more than {most} steps a day can hold"
        ).format(steps=steps.steps, day=steps.day, most=MAX_DAY_STEPS),
    )
    return False


# -- CSV files -----------------------------------------------------------------------------------
def read_csv_text(path: Path, c: Collector) -> str:
    """The text of a CSV export (UTF-8, with or without a byte-order mark), within the size an
    import reads; a problem ends the file."""
    try:
        raw = read_bytes_bounded(path, MAX_HEALTH_CSV_BYTES)
    except JsonRefused as exc:
        c.fail(None, "", "", exc.reason)
    return decode_csv(raw, c)


def decode_csv(raw: bytes, c: Collector) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        c.fail(
            line,
            "",
            "",
            translate(
                "HealthImport", "is not UTF-8 text (byte {at}); save it again as UTF-8"
            ).format(at=exc.start + 1),
        )


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time (no list or copy of the whole text)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def csv_rows(text: str, c: Collector) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each line that is not blank, the delimiter guessed from the
    first line (a comma, a semicolon or a tab)."""
    first = next((ln for ln in _lines(text) if ln.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=True)
    previous = 0
    rows = 0
    try:
        for cells in reader:
            line = previous + 1
            previous = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            rows += 1
            if rows > MAX_HEALTH_CSV_ROWS:
                c.fail(
                    line,
                    "",
                    "",
                    translate("HealthImport", "the file has more than {rows} lines").format(
                        rows=MAX_HEALTH_CSV_ROWS
                    ),
                )
            yield line, [cell.strip() for cell in cells]
    except csv.Error as exc:
        c.fail(
            previous + 1,
            "",
            "",
            translate("HealthImport", "cannot be read as CSV ({reason})").format(reason=str(exc)),
        )


def zip_entries(path: Path) -> int | None:
    """How many entries the zip at ``path`` declares (its end-of-central-directory record, read
    without listing them), or None when there is no such record (not a zip)."""
    with path.open("rb") as f:
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(0, size - 65_557))
        tail = f.read()
        at = tail.rfind(_EOCD)
        if at < 0 or len(tail) < at + 22:
            return None
        entries = int.from_bytes(tail[at + 10 : at + 12], "little")
        if entries != 0xFFFF:
            return entries
        locator = tail[at - 20 : at] if at >= 20 else b""
        if not locator.startswith(b"PK\x06\x07"):
            return None
        f.seek(int.from_bytes(locator[8:16], "little"))
        record = f.read(56)
        if not record.startswith(_EOCD64):
            return None
        return int.from_bytes(record[32:40], "little")


def zip_problem(path: Path) -> str | None:
    """Why the zip at ``path`` is not opened (too many entries to list), or None."""
    try:
        entries = zip_entries(path)
    except OSError as exc:
        return translate("HealthImport", "cannot be read ({reason})").format(
            reason=exc.strerror or str(exc)
        )
    if entries is not None and entries > MAX_ZIP_ENTRIES:
        return translate(
            "HealthImport",
            "is a zip of {entries} files, more than the {most} an export holds (a damaged or "
            "forged file)",
        ).format(entries=entries, most=MAX_ZIP_ENTRIES)
    return None
