"""The check-in CSV (``resources/templates/checkins-template.csv``): one row per day, keyed by
the date. A day already logged with the same values is skipped; a day logged with *different*
values is an error naming the line (the diary is never overwritten silently); a day whose
check-in was deleted is replaced. Every row is validated first and only a file without problems
is written, in one transaction.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from dmtracker.domain import records, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.domain.validation import Context
from dmtracker.services.base import Change
from dmtracker.services.clock import Clock
from dmtracker.services.json_input import JsonRefused, read_bytes_bounded
from dmtracker.services.transfer.common import WHOLE_FILE, Collector, ImportResult, table_of
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import CheckIn

# Check-in CSV bounds: one row per day, and fewer than 50,000 days have passed since 1900 (the
# earliest day taken); notes hold at most 2,000 characters. The file at most 50 MB keeps an
# import under 500 MB of memory even when a character outside Latin-1 makes Python hold the
# text at 4 bytes per character (benchmarks/bench_import_memory.py).
MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_CSV_ROWS = 50_000
MAX_CSV_CELL = 10_000  # characters
MAX_CSV_CELLS = 64 * MAX_CSV_ROWS  # separators in the whole file (13 columns a row are used)

CHECKIN_COLUMNS: tuple[str, ...] = (
    "day",
    *vocab.DAILY_SCALES,
    *vocab.FUNCTION_ITEMS,
    "notes",
)
# A cell starting with one of these gets a leading ' in the CSV export, so that a spreadsheet does
# not run it as a formula (a tab or carriage return before one would hide it from a plain check).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unescape_cell(text: str) -> str:
    """Undo the spreadsheet-formula guard of the CSV export: ``'=x`` -> ``=x``."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        return text[1:]
    return text


class CheckinCsvImport:
    """Check-ins from a CSV file or text, all or nothing."""

    def __init__(self, engine: sa.Engine, clock: Clock):
        self.engine = engine
        self.clock = clock

    def import_checkins_csv(self, path: str | Path) -> ImportResult:
        p = Path(path)
        source = p.name
        c = Collector(source)
        try:
            raw = read_bytes_bounded(p, MAX_CSV_BYTES)
        except JsonRefused as exc:
            c.fail(None, WHOLE_FILE, "", exc.reason)
        _check_utf8(raw, c)
        return self.import_checkins_text(raw, source)

    def import_checkins_text(self, text: str | bytes, source: str = "check-ins") -> ImportResult:
        """Import check-ins from CSV text, or from its UTF-8 bytes (read line by line, so the
        whole text is never held as one string)."""
        c = Collector(source)
        rows = self._parse_checkins(text, c)
        now = self.clock.now()
        with session_scope(self.engine) as s:
            conn = s.connection()
            table = table_of(CheckIn)
            existing: dict[date, dict[str, Any]] = {}
            if rows:
                days = [r["day"] for _line, r in rows]
                q = sa.select(table).where(table.c.day >= min(days), table.c.day <= max(days))
                existing = {r.day: dict(r._mapping) for r in conn.execute(q)}
            new: list[dict[str, Any]] = []
            replace: list[int] = []
            skipped = 0
            for line, record in rows:
                old = existing.get(record["day"])
                if old is not None and old["deleted_at"] is None:
                    diffs = [k for k in CHECKIN_COLUMNS if old[k] != record[k]]
                    if not diffs:
                        skipped += 1
                        continue
                    shown = "; ".join(
                        translate("Import", "{column} {here} here, {there} in the diary").format(
                            column=k, here=_cell(record[k]), there=_cell(old[k])
                        )
                        for k in diffs[:3]
                    )
                    c.add(
                        line,
                        "",
                        "day",
                        translate(
                            "Import",
                            "{day} already has a check-in with other values "
                            "({differences}). Change that day in the app, or remove this line.",
                        ).format(day=record["day"], differences=shown),
                    )
                    continue
                if old is not None:
                    replace.append(old["id"])
                new.append({**record, "created_at": now, "updated_at": now})
            c.raise_if_any()
            if replace:
                conn.execute(sa.delete(table).where(table.c.id.in_(replace)))
            if new:
                conn.execute(sa.insert(table), new)
        new_days = tuple(r["day"] for r in new)
        count = len(new)
        message = (
            translate(
                "Import",
                "Imported %n check-in(s) from {source}; {skipped:,} days were already in the "
                "diary with the same values",
                None,
                count,
            ).format(source=source, skipped=skipped)
            if skipped
            else translate("Import", "Imported %n check-in(s) from {source}", None, count).format(
                source=source
            )
        )
        change = Change("checkin", "added", (), new_days, message)
        return ImportResult(
            "checkins", source, {"daily_checkin": len(new)}, skipped, message, change
        )

    def parse_checkins(self, text: str | bytes, c: Collector) -> list[tuple[int, dict[str, Any]]]:
        """Check every row (nothing written): the rows, or :class:`ImportRejected` listing
        every problem by line. A day logged with other values is found when importing."""
        return self._parse_checkins(text, c)

    def _parse_checkins(self, text: str | bytes, c: Collector) -> list[tuple[int, dict[str, Any]]]:
        expected = ", ".join(CHECKIN_COLUMNS)
        header_line = next((ln for ln in _csv_lines(text) if ln.strip()), None)
        if header_line is None:
            c.fail(
                1,
                "",
                "",
                translate(
                    "Import", "the file is empty; its first line must name the columns: {columns}"
                ).format(columns=expected),
            )
        delimiter = max((",", ";", "\t"), key=header_line.count)
        if _count(text, delimiter) > MAX_CSV_CELLS:
            c.fail(
                None,
                WHOLE_FILE,
                "",
                translate("Import", "has more than {n:,} cells").format(n=MAX_CSV_CELLS),
            )
        reader = csv.reader(_csv_lines(text), delimiter=delimiter, strict=True)
        header: list[str] | None = None
        header_at = 0
        previous = 0
        ctx = self.clock.import_context()
        out: list[tuple[int, dict[str, Any]]] = []
        seen: dict[date, int] = {}
        rows_read = 0
        try:
            for cells in reader:
                line = previous + 1
                previous = reader.line_num
                if not any(cell.strip() for cell in cells):
                    continue
                long = next((i for i, cell in enumerate(cells) if len(cell) > MAX_CSV_CELL), None)
                if long is not None:
                    name = header[long] if header and long < len(header) else ""
                    c.add(
                        line,
                        "",
                        name,
                        translate("Import", "is longer than {n:,} characters").format(
                            n=MAX_CSV_CELL
                        ),
                    )
                    continue
                if header is None:
                    header = [cell.strip().lower() for cell in cells]
                    header_at = line
                    self._check_header_cells(header, line, c)
                    continue
                rows_read += 1
                if rows_read > MAX_CSV_ROWS:
                    c.fail(
                        line,
                        "",
                        "",
                        translate("Import", "the file has more than {n:,} rows").format(
                            n=MAX_CSV_ROWS
                        ),
                    )
                record = self._checkin_row(header, cells, line, ctx, c)
                if record is None:
                    continue
                if record["day"] in seen:
                    c.add(
                        line,
                        "",
                        "day",
                        translate("Import", "{day} is also on line {line}").format(
                            day=record["day"], line=seen[record["day"]]
                        ),
                    )
                    continue
                seen[record["day"]] = line
                out.append((line, record))
        except csv.Error as exc:
            c.add(
                previous + 1,
                "",
                "",
                translate("Import", "cannot be read as CSV ({error})").format(error=str(exc)),
            )
        if header is not None and not out and not c.problems:
            c.add(
                header_at + 1,
                "",
                "",
                translate("Import", "there are no check-ins below the header line"),
            )
        c.raise_if_any()
        return out

    @staticmethod
    def _check_header_cells(header: list[str], line: int, c: Collector) -> None:
        expected = ", ".join(CHECKIN_COLUMNS)
        for name in dict.fromkeys(header):  # each name once: one line for a column twice
            if name and name not in CHECKIN_COLUMNS:
                c.add(
                    line,
                    "",
                    name,
                    translate(
                        "Import", "is not a check-in column (the columns are: {columns})"
                    ).format(columns=expected),
                )
            elif name and header.count(name) > 1:
                c.add(line, "", name, translate("Import", "appears twice in the header"))
        if "day" not in header:
            c.add(
                line,
                "",
                "day",
                translate("Import", "the header must have a 'day' column (dates as YYYY-MM-DD)"),
            )
        named = [i for i, h in enumerate(header) if h]
        if named and any(not h for h in header[: named[-1]]):
            c.add(line, "", "", translate("Import", "a column in the header has no name"))
        c.raise_if_any()

    @staticmethod
    def _checkin_row(
        header: list[str], cells: list[str], line: int, ctx: Context, c: Collector
    ) -> dict[str, Any] | None:
        if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            c.add(
                line,
                "",
                "",
                translate(
                    "Import", "has {cells} cells but the header has {columns} columns"
                ).format(cells=len(cells), columns=len(header)),
            )
            return None
        data: dict[str, Any] = {}
        for name, cell in zip(header, cells, strict=False):
            if not name:
                if cell.strip():
                    c.add(
                        line,
                        "",
                        "",
                        translate(
                            "Import", "has a value in a column without a name: {value!r}"
                        ).format(value=cell),
                    )
                    return None
                continue
            value = unescape_cell(cell) if name == "notes" else cell
            data[name] = None if value.strip() == "" else value
        try:
            clean_row = records.validate("checkin", data, ctx)
        except ValidationError as exc:
            c.from_error(line, "", exc)
            return None
        record = {k: clean_row.get(k) for k in CHECKIN_COLUMNS}
        record["notes"] = record["notes"] or ""
        try:
            records.check_record("checkin", record)
        except ValidationError as exc:
            c.from_error(line, "", exc)
            return None
        return record


_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+$")
_BYTES_LINE = re.compile(rb"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+$")


def _count(text: str | bytes, delimiter: str) -> int:
    """How many times ``delimiter`` appears in the text or its UTF-8 bytes."""
    if isinstance(text, bytes):
        return text.count(delimiter.encode("ascii"))
    return text.count(delimiter)


def _csv_lines(text: str | bytes) -> Iterator[str]:
    """The lines of CSV text with their line ends (as ``newline=""`` reads them), one at a time;
    from UTF-8 bytes (checked by :func:`_check_utf8`) each line is decoded on its own."""
    if isinstance(text, bytes):
        start = 3 if text.startswith(codecs.BOM_UTF8) else 0
        for raw in _BYTES_LINE.finditer(text, start):
            yield raw.group().decode("utf-8")
    else:
        for line in _LINE.finditer(text, 1 if text.startswith("\ufeff") else 0):
            yield line.group()


def _check_utf8(raw: bytes, c: Collector) -> None:
    """Refuse bytes that are not UTF-8, naming the line (decoded in chunks, not kept)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for at in range(0, len(raw), 4 * 1024 * 1024):
        try:
            decoder.decode(raw[at : at + 4 * 1024 * 1024], final=at + 4 * 1024 * 1024 >= len(raw))
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, at + max(exc.start, 0)) + 1
            c.fail(
                line,
                WHOLE_FILE,
                "",
                translate("Import", "is not UTF-8 text; save it as 'CSV UTF-8' and try again"),
            )


def _cell(value: Any) -> str:
    if value is None or value == "":
        return translate("Import", "(empty)", "an empty cell of a CSV file")
    return repr(value) if isinstance(value, str) else str(value)


def checkin_template_text() -> str:
    """The documented CSV template for check-ins (header and two example rows)."""
    from importlib import resources

    return (
        resources.files("dmtracker")
        .joinpath("resources/templates/checkins-template.csv")
        .read_text(encoding="utf-8")
    )
