"""One entry point for every export (command line and UI): CSV, JSON backup, FHIR R4."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, translate
from dmtracker.reports.exports.csv_export import write_csv_export
from dmtracker.reports.exports.fhir import write_fhir_bundle
from dmtracker.reports.exports.files import ExportResult
from dmtracker.reports.exports.json_backup import write_json_backup

# key -> (label for people, default file suffix, writer); the label is shown translated with
# dmtracker.i18n.vocabulary(label)
FORMATS: dict[str, tuple[str, str, Callable[..., ExportResult]]] = {
    "csv": (
        QT_TRANSLATE_NOOP("Vocabulary", "Spreadsheet: CSV files in a zip"),
        ".zip",
        write_csv_export,
    ),
    "json": (
        QT_TRANSLATE_NOOP("Vocabulary", "Complete backup: JSON (can be imported again)"),
        ".json",
        write_json_backup,
    ),
    "fhir": (
        QT_TRANSLATE_NOOP("Vocabulary", "For health records: FHIR R4 bundle (JSON)"),
        ".json",
        write_fhir_bundle,
    ),
}


def suggested_name(fmt: str, today: Any) -> str:
    middle = {"csv": "csv", "json": "backup", "fhir": "fhir"}[fmt]
    return f"dmtracker-{middle}-{today.isoformat()}{FORMATS[fmt][1]}"


def export_data(
    services: Any, fmt: str, dest: str | Path, *, overwrite: bool = False
) -> ExportResult:
    """Write the export ``fmt`` to ``dest`` (0600). CSV goes to a folder unless ``dest`` ends in
    ``.zip``. An existing file is replaced only with ``overwrite`` (the UI asked first)."""
    if fmt not in FORMATS:
        raise ValidationError(
            "format",
            translate("Exports", "must be one of {choices}; got {got}").format(
                choices=", ".join(FORMATS), got=repr(fmt)
            ),
        )
    return FORMATS[fmt][2](services, Path(dest), overwrite=overwrite)
