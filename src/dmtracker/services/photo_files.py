"""Photo files: what a rash photo must be (size, a real image) and the one way one is stored.

Attaching a photo (``RashPhotoService.attach``) and importing one from a JSON backup both call
:func:`check_photo` and :func:`store_photo`, so both apply the same rules and the same way of
writing (atomic, readable by the user only).
"""

from __future__ import annotations

import contextlib
import io
import struct
from pathlib import Path
from typing import BinaryIO

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.storage import photo_store

MAX_PHOTO_BYTES = 40 * 1024 * 1024


_JPEG_FRAMES = frozenset(
    (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF)
)  # the start-of-frame markers, which carry the size


def image_size(source: Path | BinaryIO) -> tuple[str, int, int]:
    """(format, width, height) of a PNG, JPEG or WebP image (a file, or an open binary
    stream); ValueError when it is not one."""
    with source.open("rb") if isinstance(source, Path) else contextlib.nullcontext(source) as f:
        head = f.read(32)
        if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
            w, h = struct.unpack(">II", head[16:24])
            return "png", w, h
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            size = _webp_size(f)
            if size is not None:
                return "webp", *size
        if head[:2] == b"\xff\xd8":
            size = _jpeg_size(f)
            if size is not None:
                return "jpg", *size
    raise ValueError("is not a PNG, JPEG or WebP image, or it is damaged")


def _webp_size(f: BinaryIO) -> tuple[int, int] | None:
    """(width, height) from a WebP file's first chunk (lossy, lossless or extended)."""
    f.seek(12)
    chunk = f.read(30)
    if chunk[:4] == b"VP8X":
        w = 1 + int.from_bytes(chunk[12:15], "little")
        h = 1 + int.from_bytes(chunk[15:18], "little")
        return w, h
    if chunk[:4] == b"VP8 ":
        w, h = struct.unpack("<HH", chunk[14:18])
        return w & 0x3FFF, h & 0x3FFF
    if chunk[:4] == b"VP8L":
        b = chunk[9:13]
        w = 1 + (((b[1] & 0x3F) << 8) | b[0])
        h = 1 + (((b[3] & 0xF) << 10) | (b[2] << 2) | ((b[1] & 0xC0) >> 6))
        return w, h
    return None


def _jpeg_size(f: BinaryIO) -> tuple[int, int] | None:
    """(width, height) from a JPEG's first start-of-frame segment, walking the segments."""
    f.seek(2)
    while True:
        marker = f.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            return None
        if marker[1] in (0xD8, 0x01) or 0xD0 <= marker[1] <= 0xD7:
            continue
        seg = f.read(2)
        if len(seg) < 2:
            return None
        length = struct.unpack(">H", seg)[0]
        if marker[1] in _JPEG_FRAMES:
            data = f.read(5)
            if len(data) < 5:
                return None
            h, w = struct.unpack(">HH", data[1:5])
            return w, h
        f.seek(length - 2, 1)


def check_photo(data: bytes, name: str) -> tuple[str, int, int]:
    """(format, width, height) of a photo given as bytes; a :class:`ValidationError` on
    ``file`` naming ``name`` when it is larger than 40 MB or not a PNG, JPEG or WebP image."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            "file", translate("Photos", "{name} is larger than 40 MB").format(name=name)
        )
    try:
        fmt, width, height = image_size(io.BytesIO(data))
    except (ValueError, struct.error) as exc:
        reason = (
            translate("Photos", "{name} is not a PNG, JPEG or WebP image, or it is damaged")
            if isinstance(exc, ValueError)
            else translate("Photos", "{name} cannot be read")
        )
        raise ValidationError("file", reason.format(name=name)) from None
    if width <= 0 or height <= 0:
        raise ValidationError(
            "file", translate("Photos", "{name} has no picture in it").format(name=name)
        )
    return fmt, width, height


def store_photo(root: Path, rel_path: str, data: bytes) -> Path | None:
    """Write a photo's bytes as ``rel_path`` of the data folder ``root`` (atomic, 0600;
    encrypted under an opaque name in an encrypted diary: ``storage/photo_store.py``). Returns
    None when it is there already (the same photo: its name holds the checksum), else the file
    written."""
    if photo_store.exists(root, rel_path):
        return None
    return photo_store.store(root, rel_path, data)
