"""Apple Health: the ``export.zip`` the Health app makes (Profile ▸ Export All Health Data), or
the ``export.xml`` inside it.

The XML is streamed (``defusedxml.ElementTree.iterparse``) and every element is dropped once
read, so memory stays bounded whatever the size (a real export is hundreds of MB; the
benchmark ``benchmarks/health_import.py`` measures 200 MB). Two kinds of record are read, only
the top-level ones (a record inside a ``Correlation`` repeats one outside it):

- ``HKQuantityTypeIdentifierStepCount``: summed per day and per ``sourceName``; the day's
  steps are those of the source that counted most. An iPhone and an Apple Watch worn together
  count the same steps, so their counts are never added.
- ``HKQuantityTypeIdentifierBodyMass`` (kg, lb, st or g): the day's last measurement.

The day of a record is the calendar day of its ``startDate`` in the offset it is written with
(``2026-03-01 23:30:00 +0100`` is 1 March): the day as the person lived it, wherever they were.

**Bad input** refuses the whole file with every problem by record (its number and what it is):
a zip over 1 GiB, an ``export.xml`` over 4 GiB (declared in the zip, or counted while reading
it: a zip bomb), XML that is not well formed, an XML bomb (defusedxml refuses entity
declarations; Apple's own export declares none), a date in the future, a value that is not a
weight or a step count.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError

from dmtracker.domain.messages import translate
from dmtracker.domain.validation import EARLIEST_DATE, Context
from dmtracker.services.health.common import (
    ZIP_ERRORS,
    HealthData,
    StepsReading,
    WeightReading,
    check_day,
    check_steps_total,
    check_weight,
    number,
    to_kg,
    zip_problem,
)
from dmtracker.services.transfer.common import Collector

SOURCE = "Apple Health"
STEPS = "HKQuantityTypeIdentifierStepCount"
BODY_MASS = "HKQuantityTypeIdentifierBodyMass"
ROOT_TAG = "HealthData"

MAX_ZIP_BYTES = 1024**3  # 1 GiB compressed: years of a watch's data are a few hundred MB
MAX_XML_BYTES = 4 * 1024**3  # 4 GiB of XML once inflated: beyond that it is a zip bomb
# (day, sourceName) pairs of steps held while reading: 50 years of 25 devices and apps; more is
# a forged file that would make the counts outgrow memory
MAX_DAY_SOURCES = 500_000
# Shapes that would fill memory however the elements are dropped: an export nests 4 deep
# (Correlation > Record > HeartRateVariabilityMetadataList > InstantaneousBeatsPerMinute),
# holds a few hundred elements in one record and no attribute or text near a megabyte.
MAX_DEPTH = 32
MAX_INNER_ELEMENTS = 100_000
MAX_QUIET_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024
_MB = 1024 * 1024


class _Bounded(io.RawIOBase):
    """A stream that counts what is read from it: it stops past ``limit`` bytes, and when
    ``quiet`` bytes go by without the parser reporting an element (``mark`` is the count at
    the last one): one attribute, text or comment that large would be held whole."""

    def __init__(self, raw: IO[bytes], limit: int, quiet: int):
        self.raw = raw
        self.limit = limit
        self.quiet = quiet
        self.count = 0
        self.mark = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(min(len(buffer), _CHUNK))
        self.count += len(data)
        if self.count > self.limit:
            raise _TooLarge(self.count)
        if self.count - self.mark > self.quiet:
            raise _Shape(
                translate(
                    "HealthImport",
                    "holds one element, text or comment of more than {limit} MB, which an Apple "
                    "Health export never does (a damaged or forged file)",
                ).format(limit=self.quiet // _MB)
            )
        buffer[: len(data)] = data
        return len(data)


class _TooLarge(Exception):
    def __init__(self, count: int):
        self.count = count


class _Shape(Exception):
    """The XML is shaped as no export is, in a way that would fill memory."""

    def __init__(self, reason: str):
        self.reason = reason


def export_member(zf: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    """The ``export.xml`` of an Apple Health zip (``apple_health_export/export.xml``; any
    ``*/export.xml``; else the largest XML directly in ``apple_health_export/`` that is not the
    clinical ``export_cda.xml``: a phone in another language names it in that language)."""
    infos = [i for i in zf.infolist() if not i.is_dir()]
    for info in infos:
        if info.filename.lower() == "apple_health_export/export.xml":
            return info
    for info in infos:
        if info.filename.lower().endswith("/export.xml") or info.filename.lower() == "export.xml":
            return info
    own = [
        i
        for i in infos
        if i.filename.lower().startswith("apple_health_export/")
        and i.filename.count("/") == 1
        and i.filename.lower().endswith(".xml")
        and not i.filename.lower().endswith("_cda.xml")
    ]
    return max(own, key=lambda i: i.file_size) if own else None


def is_apple_zip(zf: zipfile.ZipFile) -> bool:
    return any(n.lower().startswith("apple_health_export/") for n in zf.namelist()[:1000])


def read_apple(path: Path, ctx: Context) -> HealthData:
    """Steps and weights from an Apple Health ``export.zip`` or ``export.xml``; raises
    ImportRejected naming every problem (nothing is read into the diary from such a file)."""
    c = Collector(path.name)
    data = HealthData("apple_health", SOURCE, path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        c.fail(None, "", "", _unreadable(exc))
    if not zipfile.is_zipfile(path):
        if size > MAX_XML_BYTES:
            c.fail(None, "", "", _xml_too_large(size))
        try:
            with path.open("rb") as f:
                _parse(f, path.name, data, ctx, c, MAX_XML_BYTES)
        except OSError as exc:
            c.fail(None, "", "", _unreadable(exc))
        c.raise_if_any()
        return data
    if size > MAX_ZIP_BYTES:
        c.fail(
            None,
            "",
            "",
            translate(
                "HealthImport",
                "is {size} MB, larger than the {limit} MB an Apple Health export is read up to",
            ).format(size=size // _MB, limit=MAX_ZIP_BYTES // _MB),
        )
    problem = zip_problem(path)
    if problem is not None:
        c.fail(None, "", "", problem)
    try:
        with zipfile.ZipFile(path) as zf:
            info = export_member(zf)
            if info is None:
                c.fail(
                    None,
                    "",
                    "",
                    translate(
                        "HealthImport",
                        "has no apple_health_export/export.xml: is it the export.zip of the "
                        "Health app?",
                    ),
                )
            if info.file_size > MAX_XML_BYTES:
                c.fail(None, info.filename, "", _xml_too_large(info.file_size))
            with zf.open(info) as member:
                _parse(member, info.filename, data, ctx, c, MAX_XML_BYTES)
    except ZIP_ERRORS as exc:
        c.fail(
            None,
            "",
            "",
            translate("HealthImport", "is a damaged zip file ({reason})").format(reason=str(exc)),
        )
    except OSError as exc:
        c.fail(None, "", "", _unreadable(exc))
    c.raise_if_any()
    return data


def _unreadable(exc: OSError) -> str:
    return translate("HealthImport", "cannot be read ({reason})").format(
        reason=exc.strerror or str(exc)
    )


def _xml_too_large(size: int) -> str:
    return translate(
        "HealthImport",
        "holds {size} MB of XML, more than the {limit} MB an Apple Health export is read up to "
        "(a damaged or forged file)",
    ).format(size=size // _MB, limit=MAX_XML_BYTES // _MB)


def _events(stream: IO[bytes]) -> Iterator[tuple[str, Element]]:
    from defusedxml.ElementTree import iterparse

    # entity declarations (an XML bomb) and external references are refused; Apple's export
    # has an internal DTD of element declarations only, which is allowed
    return iterparse(stream, events=("start", "end"))  # type: ignore[no-any-return,unused-ignore]


def _parse(
    raw: IO[bytes], name: str, data: HealthData, ctx: Context, c: Collector, limit: int
) -> None:
    """Read the records of one export.xml stream into ``data`` (problems into ``c``)."""
    from defusedxml import DefusedXmlException

    bounded = _Bounded(raw, limit, MAX_QUIET_BYTES)
    per_source: dict[tuple[date, str], int] = {}
    first_record: dict[date, tuple[int, str]] = {}
    try:
        _walk(bounded, name, data, per_source, first_record, ctx, c)
    except _TooLarge as exc:
        c.fail(None, name, "", _xml_too_large(exc.count))
    except _Shape as exc:
        c.fail(None, name, "", exc.reason)
    except DefusedXmlException as exc:
        c.fail(
            None,
            name,
            "",
            translate(
                "HealthImport",
                "declares XML entities ({what}), which an Apple Health export never does: an "
                "XML bomb or a forged file, not read",
            ).format(what=type(exc).__name__),
        )
    except ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        c.fail(
            line,
            name,
            "",
            translate(
                "HealthImport", "is not well-formed XML at column {column} ({reason})"
            ).format(column=column, reason=str(exc).split(":")[0]),
        )
    _choose_steps(per_source, first_record, data, c)


def _walk(
    bounded: _Bounded,
    name: str,
    data: HealthData,
    per_source: dict[tuple[date, str], int],
    first_record: dict[date, tuple[int, str]],
    ctx: Context,
    c: Collector,
) -> None:
    """The parse itself: each top-level record read, then dropped with all it holds."""
    depth = inner = 0
    root: Element | None = None
    for event, elem in _events(io.BufferedReader(bounded, buffer_size=_CHUNK)):
        bounded.mark = bounded.count
        if event == "start":
            if root is None:
                root = elem
                if elem.tag != ROOT_TAG:
                    c.fail(None, name, "", _not_health_data())
            depth += 1
            inner += 1
            if depth > MAX_DEPTH or inner > MAX_INNER_ELEMENTS:
                raise _Shape(_too_deep(data.records_read))
            continue
        depth -= 1
        if depth != 1:
            continue  # a record's metadata, or an element inside a Correlation
        if elem.tag == "Record":
            data.records_read += 1
            _record(elem.attrib, data.records_read, data, per_source, first_record, ctx, c)
        root.clear()  # type: ignore[union-attr]  # (set by the first start) drop what was read
        inner = 0
    if root is None:
        c.fail(None, name, "", _not_health_data())


def _too_deep(n: int) -> str:
    return translate(
        "HealthImport",
        "nests more than {depth} elements deep or holds more than {most} in one record (after "
        "record {n}), which an Apple Health export never does (a damaged or forged file)",
    ).format(depth=MAX_DEPTH, most=MAX_INNER_ELEMENTS, n=n)


def _not_health_data() -> str:
    return translate(
        "HealthImport", "is not an Apple Health export (it does not start with <HealthData>)"
    )


def _where(n: int, kind: str, start: str) -> str:
    short = kind.removeprefix("HKQuantityTypeIdentifier")
    return translate("HealthImport", "record {n} ({kind}, {start})").format(
        n=n, kind=short, start=start
    )


def _record(
    attrib: dict[str, str],
    n: int,
    data: HealthData,
    per_source: dict[tuple[date, str], int],
    first_record: dict[date, tuple[int, str]],
    ctx: Context,
    c: Collector,
) -> None:
    kind = attrib.get("type", "")
    if kind != STEPS and kind != BODY_MASS:
        return
    start = attrib.get("startDate", "")
    try:
        day = date.fromisoformat(start[:10])
    except ValueError:
        c.add(
            None,
            _where(n, kind, start),
            "startDate",
            translate("HealthImport", "{value} is not a date").format(value=start[:40]),
        )
        return
    if not EARLIEST_DATE <= day <= ctx.latest_day:
        check_day(c, day, ctx, None, _where(n, kind, start), "startDate")
        return
    raw = attrib.get("value", "")
    if kind == BODY_MASS:
        _weight(attrib, raw, day, start, _where(n, kind, start), data, c)
        return
    if raw.isascii() and raw.isdigit():  # the usual case, without a Decimal
        steps = int(raw)
    else:
        value = number(raw)
        if value is None or value < 0 or value != value.to_integral_value():
            c.add(
                None,
                _where(n, kind, start),
                "value",
                translate("HealthImport", "{value} is not a number of steps").format(
                    value=raw[:40]
                ),
            )
            return
        steps = int(value)
    key = (day, attrib.get("sourceName", "")[:200])
    if key not in per_source and len(per_source) >= MAX_DAY_SOURCES:
        c.fail(
            None,
            _where(n, kind, start),
            "sourceName",
            translate(
                "HealthImport",
                "steps from more than {most} sources and days: not an export of one person",
            ).format(most=MAX_DAY_SOURCES),
        )
    per_source[key] = per_source.get(key, 0) + steps
    if day not in first_record:
        first_record[day] = (n, start)


def _weight(
    attrib: dict[str, str],
    raw: str,
    day: date,
    start: str,
    where: str,
    data: HealthData,
    c: Collector,
) -> None:
    value = number(raw)
    if value is None:
        c.add(
            None,
            where,
            "value",
            translate("HealthImport", "{value} is not a number").format(value=raw[:40]),
        )
        return
    unit = attrib.get("unit", "")
    converted = to_kg(value, unit)
    if converted is None:
        c.add(
            None,
            where,
            "unit",
            translate("HealthImport", "{unit} is not a unit of weight (kg, lb, st or g)").format(
                unit=unit[:20]
            ),
        )
        return
    kg, entered = converted
    if not check_weight(c, kg, None, where, "value"):
        return
    try:
        at: datetime | None = datetime.strptime(start, "%Y-%m-%d %H:%M:%S %z")
    except ValueError:
        at = None
    old = data.weights.get(day)
    if old is not None and old.at is not None and (at is None or at < old.at):
        return  # the day's last measurement wins
    data.weights[day] = WeightReading(day, kg, entered, at, where)


def _choose_steps(
    per_source: dict[tuple[date, str], int],
    first_record: dict[date, tuple[int, str]],
    data: HealthData,
    c: Collector,
) -> None:
    """Each day's steps: the source that counted most (sources overlap, they are not added)."""
    best: dict[date, tuple[int, str]] = {}
    for (day, source), steps in per_source.items():
        if day not in best or steps > best[day][0]:
            best[day] = (steps, source)
    for day in sorted(best):
        steps, source = best[day]
        n, start = first_record[day]
        reading = StepsReading(day, steps, SOURCE, _where(n, STEPS, start))
        if check_steps_total(c, reading):
            data.steps[day] = reading
