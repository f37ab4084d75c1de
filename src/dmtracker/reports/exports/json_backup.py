"""The JSON backup file: every record of the diary (deleted ones too) and the rash photos.

The document comes from :meth:`DataTransferService.backup_document` (format name, version,
schema revision, tables, photos); ``dmtracker import`` reads it back into an identical
database. The file is laid out with one record per line, so it reads and diffs well.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.reports.exports.files import ExportResult, private_file
from dmtracker.services.json_input import beyond_limits


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def backup_text(doc: dict[str, Any]) -> str:
    """The document as JSON text, one record per line."""
    parts = ["{\n"]
    for key, value in doc.items():
        if key not in ("tables", "photos"):
            parts.append(f"{_dumps(key)}: {_dumps(value)},\n")
    parts.append('"tables": {\n')
    tables = list(doc.get("tables", {}).items())
    for i, (name, rows) in enumerate(tables):
        body = ("\n" + ",\n".join(_dumps(r) for r in rows) + "\n") if rows else ""
        comma = "," if i < len(tables) - 1 else ""
        parts.append(f"{_dumps(name)}: [{body}]{comma}\n")
    parts.append("},\n")
    photos = doc.get("photos", [])
    body = ("\n" + ",\n".join(_dumps(p) for p in photos) + "\n") if photos else ""
    parts.append(f'"photos": [{body}]\n}}\n')
    return "".join(parts)


def write_json_backup(services: Any, dest: Path, *, overwrite: bool = False) -> ExportResult:
    """Write the complete backup to ``dest`` (0600); refused (nothing written) when it would be
    beyond what an import reads (:mod:`dmtracker.services.json_input`)."""
    doc = services.transfer.backup_document(include_photos=True)
    text = backup_text(doc)
    reason = beyond_limits(text)
    if reason is not None:  # a backup that cannot be imported again is not written
        raise ValidationError(
            "out",
            translate(
                "Exports",
                "the JSON backup {reason} (its photos are in it), so it could not be imported "
                "again. Keep a copy of the whole data folder instead, or export CSV for the "
                "records.",
            ).format(reason=reason),
        )
    with private_file(Path(dest), overwrite=overwrite) as f:
        f.write(text.encode("utf-8"))
    counts = {name: len(rows) for name, rows in doc["tables"].items() if rows}
    if doc["photos"]:
        counts["photos"] = len(doc["photos"])
    return ExportResult(Path(dest), "json", counts)
