"""Reading a JSON backup from outside within bounds: size, records, values, depth, text.

A backup is input from anywhere (another computer, an e-mail, a damaged disk), so before it is
parsed its size and shape are checked on the raw bytes, and after it is parsed every string is
checked to be real text. Every refusal is a :class:`JsonRefused` with the line (when known)
and the reason; nothing here raises anything else for bad input.

**Limits, and why.** Importing any file must stay under 500 MB of memory (issue 15). Python's
JSON parser holds the whole text and then every value as an object (about 60 bytes for a short
value), so memory is bounded by bounding the file and the number of values:

- ``MAX_BACKUP_BYTES`` (128 MiB): a backup holds the photos base64-encoded (4/3 of their size),
  so this takes a diary with two photos of the largest size attaching allows (40 MB each) or
  dozens of phone photos, plus 30 years of records (the 30-year demo is 11 MB).
- ``MAX_BACKUP_RECORDS`` (75,000 objects) and ``MAX_JSON_VALUES`` (2,000,000): the 30-year
  demo holds 36,821 objects and 1.38 million values, so these take about 45 years of a diary
  used every day; they are counted on the bytes before parsing (an upper bound: a ``{``, ``,``
  or ``:`` inside a note counts too). 2.5 million short strings in 126 MB peaked at 505 MB;
  2 million keep the worst shape under 500 MB.
- The file is read in chunks and never held whole as bytes. Text outside Latin-1 (an emoji in
  a note) would make Python hold the whole text at 2 or 4 bytes per character; such characters
  are turned into JSON escapes while decoding, so the text stays at one byte per character
  (``MAX_TEXT_CHARS`` bounds the escaped text: joining the pieces holds it twice).
- ``MAX_DEPTH`` (32): the backup is at most 6 levels deep; deeper nesting is refused.

``benchmarks/bench_import_memory.py`` measures the peak memory of importing the largest files
these limits accept.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any

from dmtracker.domain.messages import translate

MAX_BACKUP_BYTES = 128 * 1024 * 1024
MAX_BACKUP_RECORDS = 75_000
MAX_JSON_VALUES = 2_000_000
MAX_TEXT_CHARS = 160 * 1024 * 1024
MAX_DEPTH = 32
_CHUNK = 4 * 1024 * 1024

_NOT_LATIN1 = re.compile("[^\x00-\xff]")
_BLOCK = re.compile(r'"([A-Za-z0-9_]+)": \[$')


class JsonRefused(Exception):
    """The file is not a backup that can be read: ``line`` (or None) and ``reason``."""

    def __init__(self, reason: str, line: int | None = None):
        self.reason = reason
        self.line = line
        super().__init__(reason)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MB"


def read_bytes_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes; :class:`JsonRefused` when it is larger than ``limit`` (checked before
    reading, and while reading in case it grows) or cannot be read."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise JsonRefused(
                translate("Import", "is {size}, larger than the {limit} an import reads").format(
                    size=_mb(size), limit=_mb(limit)
                )
            )
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise JsonRefused(
            translate("Import", "cannot be read ({error})").format(error=str(exc.strerror or exc))
        ) from None
    if len(data) > limit:
        raise JsonRefused(
            translate("Import", "is larger than the {limit} an import reads").format(
                limit=_mb(limit)
            )
        )
    return data


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def read_text(path: Path) -> str:
    """The backup's text, read in chunks within the limits: at most ``MAX_BACKUP_BYTES``, with
    at most ``MAX_BACKUP_RECORDS`` objects and ``MAX_JSON_VALUES`` values (counted on the bytes:
    an upper bound), UTF-8 (a BOM allowed), characters above U+00FF turned into JSON escapes so
    the text stays at one byte per character (the same text once parsed), at most
    ``MAX_TEXT_CHARS`` of it. The file's bytes are never all held at once."""
    try:
        size = path.stat().st_size
        if size > MAX_BACKUP_BYTES:
            raise JsonRefused(
                translate("Import", "is {size}, larger than the {limit} an import reads").format(
                    size=_mb(size), limit=_mb(MAX_BACKUP_BYTES)
                )
            )
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        pieces: list[str] = []
        nbytes = chars = objects = values = lines = 0
        with path.open("rb") as f:
            while True:
                chunk = f.read(_CHUNK)
                nbytes += len(chunk)
                if nbytes > MAX_BACKUP_BYTES:
                    raise JsonRefused(
                        translate("Import", "is larger than the {limit} an import reads").format(
                            limit=_mb(MAX_BACKUP_BYTES)
                        )
                    )
                objects += chunk.count(b"{")
                if objects > MAX_BACKUP_RECORDS:
                    raise JsonRefused(
                        translate("Import", "holds more than {n:,} records").format(
                            n=MAX_BACKUP_RECORDS
                        )
                    )
                values += chunk.count(b",") + chunk.count(b":") + chunk.count(b"[")
                if values + objects > MAX_JSON_VALUES:
                    raise JsonRefused(
                        translate("Import", "holds more than {n:,} values").format(
                            n=MAX_JSON_VALUES
                        )
                    )
                try:
                    text = decoder.decode(chunk, final=not chunk)
                except UnicodeDecodeError as exc:
                    line = lines + chunk.count(b"\n", 0, max(exc.start, 0)) + 1
                    raise JsonRefused(
                        translate("Import", "is not UTF-8 text, so it is not a dmtracker backup"),
                        line,
                    ) from None
                lines += chunk.count(b"\n")
                if _NOT_LATIN1.search(text):
                    text = _NOT_LATIN1.sub(_escape, text)
                chars += len(text)
                if chars > MAX_TEXT_CHARS:
                    raise JsonRefused(translate("Import", "holds more text than an import reads"))
                pieces.append(text)
                if not chunk:
                    break
    except OSError as exc:
        raise JsonRefused(
            translate("Import", "cannot be read ({error})").format(error=str(exc.strerror or exc))
        ) from None
    return "".join(pieces)


def beyond_limits(text: str) -> str | None:
    """Why a backup's text would be refused by an import (size, records, values), or None.
    The JSON export checks this before writing, so a backup it writes can be imported."""
    size = len(text.encode("utf-8"))
    if size > MAX_BACKUP_BYTES:
        return translate(
            "Import", "would be {size}, larger than the {limit} an import reads"
        ).format(size=_mb(size), limit=_mb(MAX_BACKUP_BYTES))
    objects = text.count("{")
    if objects > MAX_BACKUP_RECORDS:
        return translate("Import", "would hold more than {n:,} records").format(
            n=MAX_BACKUP_RECORDS
        )
    if objects + text.count(",") + text.count(":") + text.count("[") > MAX_JSON_VALUES:
        return translate("Import", "would hold more than {n:,} values").format(n=MAX_JSON_VALUES)
    return None


def parse(text: str) -> Any:
    """``json.loads`` with every failure as a :class:`JsonRefused`."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = translate("Import", "is not valid JSON ({error}, column {column})").format(
            error=exc.msg, column=exc.colno
        )
        raise JsonRefused(reason, exc.lineno) from None
    except RecursionError:
        raise JsonRefused(
            translate("Import", "is nested too deeply (more than {n} levels)").format(n=MAX_DEPTH)
        ) from None
    except ValueError:  # an integer beyond Python's limit of digits for conversion
        raise JsonRefused(translate("Import", "holds a number with too many digits")) from None
    check_values(doc)
    return doc


def check_values(doc: Any) -> None:
    """Every string is real text (no lone surrogate from an escape like ``\\ud800``), and the
    document is at most ``MAX_DEPTH`` levels deep."""
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            _check_text(value)
            continue
        if not isinstance(value, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise JsonRefused(
                translate("Import", "is nested too deeply (more than {n} levels)").format(
                    n=MAX_DEPTH
                )
            )
        items = value.values() if isinstance(value, dict) else value
        if isinstance(value, dict):
            for key in value:
                _check_text(key)
        for item in items:  # scalars checked here: no stack entry for each of millions
            if isinstance(item, str):
                _check_text(item)
            elif isinstance(item, dict | list):
                stack.append((item, depth + 1))


def _check_text(text: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = text[:40].encode("utf-8", "backslashreplace").decode("ascii", "replace")
        raise JsonRefused(
            translate(
                "Import", "holds text that is not valid Unicode (a lone surrogate) in {text!r}"
            ).format(text=shown)
        ) from None


def record_lines(text: str, doc: Any) -> dict[tuple[str, int], int]:
    """(table or "photos", record number) -> line number, for files in the layout the backup
    writer uses (one record per line). Blocks that do not match the document are left out.
    Reads the text in place (no copy of its lines: a line may hold a photo)."""
    found: dict[str, list[int]] = {}
    block: list[int] | None = None
    pos, number, end_of_text = 0, 0, len(text)
    while pos < end_of_text:
        end = text.find("\n", pos)
        if end < 0:
            end = end_of_text
        number += 1
        if block is not None:
            if text.startswith("{", pos):
                block.append(number)
                pos = end + 1
                continue
            block = None
        if end - pos < 200:
            match = _BLOCK.match(text[pos:end].rstrip("\r"))
            if match:
                block = found.setdefault(match.group(1), [])
        pos = end + 1
    tables = doc.get("tables") if isinstance(doc, dict) else None
    out: dict[tuple[str, int], int] = {}
    for name, numbers in found.items():
        rows = doc.get("photos") if name == "photos" else (tables or {}).get(name)
        if isinstance(rows, list) and len(rows) == len(numbers):
            out.update({(name, n): line for n, line in enumerate(numbers, start=1)})
    return out


def load_backup(path: Path) -> tuple[Any, dict[tuple[str, int], int]]:
    """The parsed backup at ``path`` and its record lines, read within the limits above."""
    text = read_text(path)
    doc = parse(text)
    return doc, record_lines(text, doc)
