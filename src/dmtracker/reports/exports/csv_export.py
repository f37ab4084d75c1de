"""Spreadsheet export: one tidy CSV file per record kind, in a folder or a zip.

UTF-8 with a byte-order mark (so Excel recognises the encoding; LibreOffice too), a header row,
comma-separated, CRLF line ends, one row per record, dates as YYYY-MM-DD and times as
YYYY-MM-DD HH:MM:SS in the patient's time zone (named in README.txt), decimals with a point,
yes/no as true/false. Deleted records are left out. Rows link by id (``course_id`` in
infusion_days.csv is an ``id`` of infusion_courses.csv). ``checkins.csv`` has exactly the
columns of the check-in import template, so it can be imported again.

A text cell that starts with = + - or @ gets a leading apostrophe so that a spreadsheet shows
it as text instead of running it as a formula; the check-in import removes that apostrophe.

The cells are machine data: ISO dates, a decimal point and English column names and codes in
every language. Only README.txt, written for people, is in the reader's language (the language
of the thread that writes the export), and it says so.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from dmtracker.i18n import formats, translate
from dmtracker.reports.exports.files import (
    ExportResult,
    private_file,
    private_folder,
    write_private_text,
)
from dmtracker.services.transfer import CHECKIN_COLUMNS, FORMULA_STARTS

# Table -> file name, in the order of the files in the export.
FILES: dict[str, str] = {
    "patient_profile": "profile.csv",
    "daily_checkin": "checkins.csv",
    "symptom_entry": "symptom_entries.csv",
    "body_weight": "body_weights.csv",
    "daily_steps": "daily_steps.csv",
    "self_test": "self_tests.csv",
    "rash_assessment": "rash.csv",
    "rash_photo": "rash_photos.csv",
    "infusion_course": "infusion_courses.csv",
    "infusion_day": "infusion_days.csv",
    "infusion_rate_step": "infusion_rate_steps.csv",
    "premedication": "premedications.csv",
    "vital_sign": "vital_signs.csv",
    "infusion_follow_up": "follow_ups.csv",
    "side_effect": "side_effects.csv",
    "medication": "medications.csv",
    "medication_regimen": "medication_doses.csv",
    "medication_intake": "medication_intakes.csv",
    "lab_result": "lab_results.csv",
    "clinic_assessment": "clinic_visits.csv",
    "questionnaire_response": "questionnaires.csv",
}
BOOKKEEPING = ("created_at", "updated_at", "deleted_at")
HAQ_ITEMS = tuple(str(i) for i in range(1, 21))


def readme(when: str, tz: object) -> str:
    """README.txt of the export, for people: in the reader's language (the CSV files are not:
    it says so)."""
    lines = [
        translate("CsvReadme", "dmtracker export of {when}").format(when=when),
        "",
        translate(
            "CsvReadme",
            "One CSV file per kind of record, UTF-8, comma-separated, with a header row.",
        ),
        translate(
            "CsvReadme",
            "- Dates are YYYY-MM-DD; times are YYYY-MM-DD HH:MM:SS in the time zone {tz}.",
        ).format(tz=tz),
        translate(
            "CsvReadme",
            '- Empty cells mean "not recorded". Decimals use a point. true/false for yes/no.',
        ),
        translate(
            "CsvReadme",
            "- The files are the same in every language of the app, for spreadsheets and other\n"
            "  programs: ISO dates (YYYY-MM-DD), a decimal point, and the column names and\n"
            "  codes in English. Only this README is in your language.",
        ),
        translate(
            "CsvReadme",
            "- Records link by id: course_id in infusion_days.csv is the id in "
            "infusion_courses.csv,\n"
            "  infusion_day_id in rate steps, premedications, vital signs and follow-ups is the "
            "id in\n"
            "  infusion_days.csv, medication_id and regimen_id link the medication files.",
        ),
        translate(
            "CsvReadme",
            "- daily_steps.csv has one row a day: the steps counted by a phone or a watch and "
            "where they came from.",
        ),
        translate(
            "CsvReadme",
            "- checkins.csv has the columns of the check-in import template and can be imported "
            "again.",
        ),
        translate(
            "CsvReadme",
            "- symptom_entries.csv: entries during the day (several a day): at is when, day its\n"
            "  date, the scales 0–10 as in checkins.csv; device and uid say where an entry came\n"
            "  from (empty device: this computer; else the inbox file's device).",
        ),
        translate(
            "CsvReadme",
            "- A text that starts with = + - or @ is written with a leading apostrophe so that\n"
            "  spreadsheets do not run it as a formula.",
        ),
        translate(
            "CsvReadme",
            "- Deleted records are not included. The complete backup is the JSON export.",
        ),
        translate(
            "CsvReadme",
            "- questionnaires.csv: item_1 … item_20 are the HAQ-DI answers (0 without "
            "difficulty,\n"
            '  1 some, 2 much, 3 unable); aids and help list categories, separated by ";"; '
            "score is the\n  HAQ-DI computed by the app.",
        ),
    ]
    return "\n".join(lines) + "\n"


class _Formatter:
    def __init__(self, tz: Any):
        self.tz = tz

    def cell(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, datetime):
            return value.astimezone(self.tz).strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return format(value.normalize(), "f")
        if isinstance(value, int | float):
            return str(value)
        if isinstance(value, list | tuple):
            return ";".join(str(v) for v in value)
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False)
        text = str(value)
        return "'" + text if text.startswith(FORMULA_STARTS) else text


def _columns(name: str, columns: tuple[str, ...]) -> list[str]:
    if name == "daily_checkin":
        return list(CHECKIN_COLUMNS)
    cols = [c for c in columns if c not in BOOKKEEPING]
    if name == "questionnaire_response":
        i = cols.index("answers")
        cols[i : i + 1] = [f"item_{n}" for n in HAQ_ITEMS]
    return cols


def _values(name: str, row: dict[str, Any], cols: list[str]) -> list[Any]:
    if name == "questionnaire_response":
        answers = row.get("answers") or {}
        row = {**row, **{f"item_{n}": answers.get(n) for n in HAQ_ITEMS}}
    return [row.get(c) for c in cols]


def csv_files(services: Any) -> tuple[dict[str, str], dict[str, int]]:
    """File name -> CSV text (with BOM and CRLF), and the row count per file."""
    fmt = _Formatter(services.clock.tz)
    tables = {t.name: t for t in services.transfer.tables(include_deleted=False)}
    files: dict[str, str] = {}
    counts: dict[str, int] = {}
    for name, file_name in FILES.items():
        table = tables[name]
        cols = _columns(name, table.columns)
        buf = io.StringIO(newline="")
        buf.write("\ufeff")
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(cols)
        for row in table.rows:
            writer.writerow([fmt.cell(v) for v in _values(name, row, cols)])
        files[file_name] = buf.getvalue()
        counts[file_name] = len(table.rows)
    when = formats.moment(services.clock.now().astimezone(services.clock.tz))
    files["README.txt"] = readme(when, services.clock.tz)
    return files, counts


def write_csv_export(services: Any, dest: Path, *, overwrite: bool = False) -> ExportResult:
    """A zip file when ``dest`` ends in ``.zip``, else a new folder of CSV files."""
    dest = Path(dest)
    files, counts = csv_files(services)
    if dest.suffix.lower() == ".zip":
        with (
            private_file(dest, overwrite=overwrite) as f,
            zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as z,
        ):
            for file_name, text in files.items():
                info = zipfile.ZipInfo(file_name, date_time=_zip_time(services))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                z.writestr(info, text.encode("utf-8"))
    else:
        with private_folder(dest) as folder:
            for file_name, text in files.items():
                write_private_text(folder / file_name, text)
    return ExportResult(dest, "csv", {k: n for k, n in counts.items() if n})


def _zip_time(services: Any) -> tuple[int, int, int, int, int, int]:
    t = services.clock.now().astimezone(services.clock.tz)
    return (max(t.year, 1980), t.month, t.day, t.hour, t.minute, t.second)
