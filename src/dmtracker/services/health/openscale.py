"""openScale (the open-source scale app for Android): its CSV export (Settings ▸ Data
management ▸ Export), a line a weighing. Two shapes exist:

- openScale 1.x and 2.x: a header of the measurement's fields, ``dateTime`` first
  (``"dateTime","weight","fat","water","muscle","visceralFat","lbm","waist","hip","bone",
  "chest","thigh","biceps","neck","caliper1","caliper2","caliper3","calories","comment"``;
  older versions fewer of them), ``dateTime`` written ``dd.MM.yyyy HH:mm`` (``yyyy-MM-dd HH:mm``
  is read too), ``weight`` in kg (openScale keeps kg whatever unit it shows).
- openScale 3: ``DATE`` (ISO), ``TIME`` and a column per measurement type named by its key
  (``WEIGHT``, ``BODY_FAT``, ... and any the user added). ``WEIGHT`` is read as kg.

Only the weight is read; the day's last weighing is kept. In the 1.x/2.x shape every column
is one openScale writes, so a column it does not know is named as a problem (the file is
someone else's); openScale 3 writes a column for every type the user made, so other columns
there are not read.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from dmtracker.domain.messages import translate
from dmtracker.domain.validation import Context
from dmtracker.services.health.common import (
    HealthData,
    WeightReading,
    check_day,
    check_weight,
    csv_rows,
    number,
    read_csv_text,
)
from dmtracker.services.transfer.common import Collector

SOURCE = "openScale"
# every field openScale 1.x/2.x writes (ScaleMeasurement), "lbw" an old name of "lbm"
CLASSIC_COLUMNS = (
    "dateTime",
    "weight",
    "fat",
    "water",
    "muscle",
    "visceralFat",
    "lbm",
    "lbw",
    "waist",
    "hip",
    "bone",
    "chest",
    "thigh",
    "biceps",
    "neck",
    "caliper1",
    "caliper2",
    "caliper3",
    "calories",
    "comment",
)
_CLASSIC_LOWER = {c.lower(): c for c in CLASSIC_COLUMNS}
_FORMATS = ("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M:%S")


def looks_like_openscale(header: list[str]) -> bool:
    lower = [h.strip().lower() for h in header]
    classic = "datetime" in lower and "weight" in lower
    new = "date" in lower and "time" in lower and "weight" in lower
    return classic or new


def read_openscale(path: Path, ctx: Context) -> HealthData:
    c = Collector(path.name)
    data = HealthData("openscale", SOURCE, path.name)
    rows = csv_rows(read_csv_text(path, c), c)
    first = next(rows, None)
    if first is None:
        c.fail(1, "", "", translate("HealthImport", "the file is empty"))
    header_line, header = first
    columns = _columns(header, header_line, c)
    for line, cells in rows:
        data.records_read += 1
        _row(cells, line, columns, data, ctx, c)
    if not data.records_read and not c.problems:
        c.add(
            header_line + 1,
            "",
            "",
            translate("HealthImport", "there are no lines below the header"),
        )
    c.raise_if_any()
    return data


def _columns(header: list[str], line: int, c: Collector) -> dict[str, int]:
    lower = [h.lower() for h in header]
    if "datetime" in lower:
        for name in header:
            if name and name.lower() not in _CLASSIC_LOWER:
                c.add(
                    line,
                    "",
                    name[:40],
                    translate(
                        "HealthImport",
                        "is not a column of an openScale export (its columns: {all})",
                    ).format(all=", ".join(CLASSIC_COLUMNS)),
                )
        wanted = {"datetime": "dateTime", "weight": "weight"}
    else:
        wanted = {"date": "DATE", "time": "TIME", "weight": "WEIGHT"}
    found: dict[str, int] = {}
    for key, shown in wanted.items():
        if lower.count(key) > 1:
            c.add(line, "", shown, translate("HealthImport", "appears twice in the header"))
        elif key not in lower:
            c.add(line, "", shown, translate("HealthImport", "the header has no such column"))
        else:
            found[key] = lower.index(key)
    c.raise_if_any()
    return found


def _when(cells: list[str], columns: dict[str, int]) -> tuple[str, datetime | None]:
    if "datetime" in columns:
        text = _cell(cells, columns["datetime"])
        for fmt in _FORMATS:
            try:
                return text, datetime.strptime(text, fmt)
            except ValueError:
                continue
        return text, None
    day, clock = _cell(cells, columns["date"]), _cell(cells, columns["time"])
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return day, None
    try:
        t = datetime.strptime(clock[:8], "%H:%M:%S") if len(clock) > 5 else None
        t = t or datetime.strptime(clock or "12:00", "%H:%M")
    except ValueError:
        return f"{day} {clock}", None
    return f"{day} {clock}", datetime.combine(d, t.time())


def _cell(cells: list[str], i: int) -> str:
    return cells[i] if i < len(cells) else ""


def _row(
    cells: list[str],
    line: int,
    columns: dict[str, int],
    data: HealthData,
    ctx: Context,
    c: Collector,
) -> None:
    date_column = "dateTime" if "datetime" in columns else "DATE"
    weight_column = "weight" if "datetime" in columns else "WEIGHT"
    text, at = _when(cells, columns)
    if at is None:
        c.add(
            line,
            "",
            date_column,
            translate(
                "HealthImport", "{value} is not a date and time (like 31.12.2026 08:15)"
            ).format(value=text[:40]),
        )
        return
    if not check_day(c, at.date(), ctx, line, "", date_column):
        return
    raw = _cell(cells, columns["weight"])
    if not raw or number(raw) == 0:
        return  # a line of other measurements only
    value = number(raw)
    if value is None:
        c.add(
            line,
            "",
            weight_column,
            translate("HealthImport", "{value} is not a number").format(value=raw[:40]),
        )
        return
    kg = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if not check_weight(c, kg, line, "", weight_column):
        return
    old = data.weights.get(at.date())
    if old is not None and old.at is not None and at < old.at:
        return
    where = translate("HealthImport", "line {line}").format(line=line)
    data.weights[at.date()] = WeightReading(at.date(), kg, "kg", at, where)
