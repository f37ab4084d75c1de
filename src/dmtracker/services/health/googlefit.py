"""Google Fit, from Google Takeout (takeout.google.com ▸ Fit): the daily totals in
``Takeout/Fit/Daily activity metrics/Daily activity metrics.csv`` (one line a day), read on its
own or from the Takeout zip.

Its columns: ``Date`` (YYYY-MM-DD), ``Step count`` and ``Average weight (kg)`` are read; Google
writes many more (move minutes, calories, distance, heart points, one per activity), which
differ between accounts and are not read. A file without ``Date``, or with neither a step nor
a weight column, is refused. The per-day files beside it (``2026-11-24.csv``, 15-minute
intervals) are not needed: the daily file holds their totals.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from dmtracker.domain.messages import translate
from dmtracker.domain.validation import Context
from dmtracker.services.health.common import (
    MAX_HEALTH_CSV_BYTES,
    ZIP_ERRORS,
    HealthData,
    StepsReading,
    WeightReading,
    check_day,
    check_steps_total,
    check_weight,
    csv_rows,
    decode_csv,
    number,
    read_csv_text,
    to_kg,
    zip_problem,
)
from dmtracker.services.transfer.common import Collector

SOURCE = "Google Fit"
DAILY_FILE = "daily activity metrics.csv"
DATE = "Date"
STEPS = "Step count"
WEIGHT = "Average weight (kg)"


def looks_like_google_fit(header: list[str]) -> bool:
    lower = [h.strip().lower() for h in header]
    return DATE.lower() in lower and (STEPS.lower() in lower or WEIGHT.lower() in lower)


def takeout_member(zf: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    """The daily file of Google Fit inside a Takeout zip."""
    for info in zf.infolist():
        if info.filename.replace("\\", "/").rsplit("/", 1)[-1].lower() == DAILY_FILE:
            return info
    return None


def read_google_fit(path: Path, ctx: Context) -> HealthData:
    c = Collector(path.name)
    text = _from_zip(path, c) if zipfile.is_zipfile(path) else read_csv_text(path, c)
    data = HealthData("google_fit", SOURCE, path.name)
    rows = csv_rows(text, c)
    first = next(rows, None)
    if first is None:
        c.fail(1, "", "", translate("HealthImport", "the file is empty"))
    header_line, header = first
    lower = [h.lower() for h in header]
    if DATE.lower() not in lower:
        c.add(header_line, "", DATE, translate("HealthImport", "the header has no such column"))
    if STEPS.lower() not in lower and WEIGHT.lower() not in lower:
        c.add(
            header_line,
            "",
            "",
            translate(
                "HealthImport", "the header has neither a '{steps}' nor a '{weight}' column"
            ).format(steps=STEPS, weight=WEIGHT),
        )
    for name in (DATE, STEPS, WEIGHT):
        if lower.count(name.lower()) > 1:
            c.add(header_line, "", name, translate("HealthImport", "appears twice in the header"))
    c.raise_if_any()
    at = {
        name: lower.index(name.lower()) for name in (DATE, STEPS, WEIGHT) if name.lower() in lower
    }
    seen: dict[date, int] = {}
    for line, cells in rows:
        data.records_read += 1
        _row(cells, line, at, seen, data, ctx, c)
    if not data.records_read and not c.problems:
        c.add(
            header_line + 1,
            "",
            "",
            translate("HealthImport", "there are no lines below the header"),
        )
    c.raise_if_any()
    return data


def _from_zip(path: Path, c: Collector) -> str:
    problem = zip_problem(path)
    if problem is not None:
        c.fail(None, "", "", problem)
    try:
        with zipfile.ZipFile(path) as zf:
            info = takeout_member(zf)
            if info is None:
                c.fail(
                    None,
                    "",
                    "",
                    translate(
                        "HealthImport",
                        "has no 'Daily activity metrics.csv': is it a Google Takeout of Fit?",
                    ),
                )
            if info.file_size > MAX_HEALTH_CSV_BYTES:
                c.fail(
                    None,
                    info.filename,
                    "",
                    translate(
                        "HealthImport", "is larger than the {limit} MB an import reads"
                    ).format(limit=MAX_HEALTH_CSV_BYTES // 1024 // 1024),
                )
            with zf.open(info) as member:
                raw = member.read(MAX_HEALTH_CSV_BYTES + 1)
    except ZIP_ERRORS as exc:
        c.fail(
            None,
            "",
            "",
            translate("HealthImport", "is a damaged zip file ({reason})").format(reason=str(exc)),
        )
    except OSError as exc:
        c.fail(
            None,
            "",
            "",
            translate("HealthImport", "cannot be read ({reason})").format(
                reason=exc.strerror or str(exc)
            ),
        )
    if len(raw) > MAX_HEALTH_CSV_BYTES:
        c.fail(
            None,
            "",
            "",
            translate("HealthImport", "is larger than the {limit} MB an import reads").format(
                limit=MAX_HEALTH_CSV_BYTES // 1024 // 1024
            ),
        )
    return decode_csv(raw, c)


def _row(
    cells: list[str],
    line: int,
    at: dict[str, int],
    seen: dict[date, int],
    data: HealthData,
    ctx: Context,
    c: Collector,
) -> None:
    text = cells[at[DATE]] if at[DATE] < len(cells) else ""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        c.add(
            line,
            "",
            DATE,
            translate("HealthImport", "{value} is not a date (YYYY-MM-DD)").format(value=text[:40]),
        )
        return
    if day in seen:
        c.add(
            line,
            "",
            DATE,
            translate("HealthImport", "{day} is also on line {other}").format(
                day=day, other=seen[day]
            ),
        )
        return
    seen[day] = line
    if not check_day(c, day, ctx, line, "", DATE):
        return
    where = translate("HealthImport", "line {line}").format(line=line)
    raw_steps = cells[at[STEPS]] if STEPS in at and at[STEPS] < len(cells) else ""
    if raw_steps:
        steps = number(raw_steps)
        if steps is None or steps < 0 or steps != steps.to_integral_value():
            c.add(
                line,
                "",
                STEPS,
                translate("HealthImport", "{value} is not a number of steps").format(
                    value=raw_steps[:40]
                ),
            )
        else:
            reading = StepsReading(day, int(steps), SOURCE, where)
            if check_steps_total(c, reading):
                data.steps[day] = reading
    raw_weight = cells[at[WEIGHT]] if WEIGHT in at and at[WEIGHT] < len(cells) else ""
    if raw_weight:
        value = number(raw_weight)
        converted = to_kg(value, "kg") if value is not None else None
        if converted is None:
            c.add(
                line,
                "",
                WEIGHT,
                translate("HealthImport", "{value} is not a number").format(value=raw_weight[:40]),
            )
        elif check_weight(c, converted[0], line, "", WEIGHT):
            data.weights[day] = WeightReading(day, converted[0], "kg", None, where)
