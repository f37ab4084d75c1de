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
- ``MAX_BACKUP_RECORDS`` (75,000 objects) and ``MAX_JSON_VALUES`` (2,500,000): the 30-year
  demo holds 36,815 records and 1.34 million values, so these take about 50 years of a diary
  used every day; they are counted on the bytes before parsing (an upper bound: a ``{``, ``,``
  or ``:`` inside a note counts too).
- Text outside Latin-1 (an emoji in a note) would make Python hold the whole text at 2 or 4
  bytes per character; such characters are turned into JSON escapes while decoding, so the
  text stays at one byte per character (``MAX_TEXT_CHARS`` bounds the escaped text).
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

MAX_BACKUP_BYTES = 128 * 1024 * 1024
MAX_BACKUP_RECORDS = 75_000
MAX_JSON_VALUES = 2_500_000
MAX_TEXT_CHARS = 192 * 1024 * 1024
MAX_DEPTH = 32
_CHUNK = 4 * 1024 * 1024

_NOT_LATIN1 = re.compile("[^\x00-\xff]")
_WIDE_UTF8 = re.compile(rb"[\xc4-\xf4]")  # lead bytes of characters above U+00FF
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
            raise JsonRefused(f"is {_mb(size)}, larger than the {_mb(limit)} an import reads")
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise JsonRefused(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise JsonRefused(f"is larger than the {_mb(limit)} an import reads")
    return data


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def decode_text(raw: bytes) -> str:
    """UTF-8 (a BOM allowed) as text of one byte per character: characters above U+00FF become
    JSON escapes (the same text once parsed). :class:`JsonRefused` for bytes that are not
    UTF-8 (with the line) or text beyond ``MAX_TEXT_CHARS``."""
    start = 3 if raw.startswith(codecs.BOM_UTF8) else 0
    if not _WIDE_UTF8.search(raw, start):
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _not_utf8(raw, exc.start) from None
    decoder = codecs.getincrementaldecoder("utf-8")()
    pieces: list[str] = []
    size = 0
    for at in range(start, len(raw), _CHUNK):
        try:
            text = decoder.decode(raw[at : at + _CHUNK], final=at + _CHUNK >= len(raw))
        except UnicodeDecodeError as exc:
            raise _not_utf8(raw, at + max(exc.start, 0)) from None
        piece = _NOT_LATIN1.sub(_escape, text)
        size += len(piece)
        if size > MAX_TEXT_CHARS:
            raise JsonRefused("holds more text than an import reads")
        pieces.append(piece)
    return "".join(pieces)


def _not_utf8(raw: bytes, at: int) -> JsonRefused:
    line = raw.count(b"\n", 0, at) + 1
    return JsonRefused("is not UTF-8 text, so it is not a dmtracker backup", line)


def check_shape(raw: bytes) -> None:
    """Refuse, before parsing, a file with more records or values than an import takes."""
    objects = raw.count(b"{")
    if objects > MAX_BACKUP_RECORDS:
        raise JsonRefused(f"holds more than {MAX_BACKUP_RECORDS:,} records")
    values = raw.count(b",") + raw.count(b":") + raw.count(b"[") + objects
    if values > MAX_JSON_VALUES:
        raise JsonRefused(f"holds more than {MAX_JSON_VALUES:,} values")


def parse(text: str) -> Any:
    """``json.loads`` with every failure as a :class:`JsonRefused`."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"is not valid JSON ({exc.msg}, column {exc.colno})"
        raise JsonRefused(reason, exc.lineno) from None
    except RecursionError:
        raise JsonRefused(f"is nested too deeply (more than {MAX_DEPTH} levels)") from None
    except ValueError:  # an integer beyond Python's limit of digits for conversion
        raise JsonRefused("holds a number with too many digits") from None
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
            raise JsonRefused(f"is nested too deeply (more than {MAX_DEPTH} levels)")
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(key)
                stack.append((item, depth + 1))
        else:
            stack.extend((item, depth + 1) for item in value)


def _check_text(text: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = text[:40].encode("utf-8", "backslashreplace").decode("ascii", "replace")
        raise JsonRefused(
            f"holds text that is not valid Unicode (a lone surrogate) in {shown!r}"
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
    raw = read_bytes_bounded(path, MAX_BACKUP_BYTES)
    check_shape(raw)
    text = decode_text(raw)
    del raw
    doc = parse(text)
    return doc, record_lines(text, doc)
