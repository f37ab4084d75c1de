"""The rash photos a JSON backup carries: written out as base64, checked and stored on import
the way attaching one does (at most 40 MB, a real image, its checksum)."""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.services.photo_files import MAX_PHOTO_BYTES, check_photo, store_photo
from dmtracker.services.transfer.common import WHOLE_FILE, Collector
from dmtracker.storage import photo_store

_MAX_PHOTO_BASE64 = (MAX_PHOTO_BYTES + 2) // 3 * 4  # the longest base64 text of a photo


def photo_entries(root: Path, photo_rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each rash photo file once, as the backup carries it: path, checksum, base64 data (None
    when the file is missing)."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for row in photo_rows:
        rel = row["rel_path"]
        if rel in seen:
            continue
        seen.add(rel)
        try:  # decrypted in memory for an encrypted diary
            data: bytes | None = photo_store.read(root, rel)
        except photo_store.PhotoError:
            data = None
        out.append(
            {
                "path": rel,
                "sha256": row["sha256"],
                "data": base64.b64encode(data).decode("ascii") if data else None,
            }
        )
    return out


def decode_photos(
    raw: Any,
    decoded: dict[str, list[dict[str, Any]]],
    c: Collector,
    lines: Mapping[tuple[str, int], int],
) -> list[tuple[str, str]]:
    """Check every photo as attaching one does (at most 40 MB, a real image) and against
    its checksum; returns (path, base64 text) of each, decoded again when written (one
    photo in memory at a time)."""
    if not isinstance(raw, list):
        c.add(None, WHOLE_FILE, "photos", translate("Import", "must be a list"))
        return []
    wanted = {r["rel_path"]: r["sha256"] for r in decoded.get("rash_photo", [])}
    out: list[tuple[str, str]] = []
    for i, item in enumerate(raw, start=1):
        where = translate("Import", "photo {n}", "the place of a problem").format(n=i)
        line = lines.get(("photos", i))
        if not isinstance(item, dict):
            c.add(
                line, where, "", translate("Import", "must be an object with path, sha256 and data")
            )
            continue
        rel = item.get("path")
        if not isinstance(rel, str) or rel not in wanted:
            shown = (
                repr(rel)[:60]
                if isinstance(rel, str)
                else translate("Import", "a {type}", "a value of a JSON type").format(
                    type=type(rel).__name__
                )
            )
            c.add(
                line,
                where,
                "path",
                translate("Import", "{value} is not the photo of any rash entry").format(
                    value=shown
                ),
            )
            continue
        text = item.get("data")
        if text is None:
            continue  # the photo file was missing when the backup was made
        if not isinstance(text, str):
            c.add(line, where, "data", translate("Import", "is not base64 text"))
            continue
        if len(text) > _MAX_PHOTO_BASE64:
            c.add(
                line,
                where,
                "data",
                translate("Import", "{file} is larger than 40 MB").format(file=rel),
            )
            continue
        data = _b64(text)
        if data is None:
            c.add(line, where, "data", translate("Import", "is not base64 text"))
            continue
        try:
            check_photo(data, rel)
        except ValidationError as exc:
            c.add(line, where, "data", exc.reason)
            continue
        if hashlib.sha256(data).hexdigest() != wanted[rel]:
            c.add(
                line,
                where,
                "data",
                translate("Import", "does not match the checksum of {file}").format(file=rel),
            )
            continue
        out.append((rel, text))
    return out


def write_photos(
    root: Path, photos: Iterable[tuple[str, str]], created: list[Path], c: Collector
) -> None:
    """Store each photo the way attaching one does (:func:`store_photo`)."""
    for rel, text in photos:
        data = _b64(text)
        assert data is not None  # checked in decode_photos
        if photo_store.exists(root, rel):
            have = photo_store.read(root, rel)
            if hashlib.sha256(have).hexdigest() == hashlib.sha256(data).hexdigest():
                continue
            c.fail(
                None,
                WHOLE_FILE,
                "photos",
                translate("Import", "{file} already exists with other content").format(file=rel),
            )
        # encrypted under an opaque name in an encrypted diary
        written = store_photo(root, rel, data)
        if written is not None:
            created.append(written)


def _b64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
