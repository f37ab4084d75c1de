"""Exports: the JSON backup round trip (every row of every table, photos too), the CSV files,
private file modes, and the command line."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import stat
import struct
import zipfile
import zlib
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from tests.conftest import TZ

from dmtracker.app import main
from dmtracker.domain.errors import ValidationError
from dmtracker.reports.exports.csv_export import FILES
from dmtracker.reports.exports.exporting import export_data
from dmtracker.reports.exports.json_backup import backup_text
from dmtracker.services.app_services import open_services
from dmtracker.services.transfer import CHECKIN_COLUMNS, FORMAT_NAME, ImportRejected
from dmtracker.storage.paths import DataPaths


# --- helpers (also used by test_import.py) -------------------------------------------------------
def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, as SQLite stores it."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        conn.close()


def png(path: Path, width: int = 3, height: int = 2, seed: int = 0) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(
        b"\x00" + bytes((seed + x) % 256 for x in range(width * 3)) for _ in range(height)
    )
    data = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(data)
    return path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def fill_extras(services, tmp_path: Path) -> None:
    """Things the demo lacks: photos, a deleted record, settings, text that needs escaping."""
    s = services
    s.rash.add({"day": "2026-11-20", "site": "other", "site_label": "left ear", "redness": 2})
    rash = s.rash.list(newest_first=True)[0]
    s.photos.attach(rash.id, png(tmp_path / "a.png"), "ear")
    s.photos.attach(rash.id, png(tmp_path / "b.png", 4, 4, seed=9), "ear, closer")
    lab = s.labs.list()[0]
    s.labs.delete(lab.id)
    s.settings.set("today/last_self_test", "arm_lift_1kg")
    s.settings.set("trends/hidden", ["fatigue", "pain"])
    s.checkins.save_day(
        {"day": "2026-11-25", "pain": 2, "notes": '=SUM(A1) "quoted", ünïcødé\nsecond line'}
    )
    fit = tmp_path / "Daily activity metrics.csv"  # daily steps (issue 22)
    fit.write_text(
        "Date,Step count,Distance (m)\n2026-11-23,4321,3000\n2026-11-24,987,700\n",
        encoding="utf-8",
    )
    assert s.health.import_file(fit).steps_imported == 2


@pytest.fixture
def full(demo_services, tmp_path: Path):
    fill_extras(demo_services, tmp_path)
    return demo_services


@pytest.fixture
def empty(tmp_path: Path, clock):
    s = open_services(DataPaths(tmp_path / "empty"), clock)
    yield s
    s.close()


# --- JSON backup ---------------------------------------------------------------------------------
def test_json_round_trip_is_exact_every_row_and_photo(full, empty, tmp_path: Path) -> None:
    out = tmp_path / "backup.json"
    result = export_data(full, "json", out)
    assert result.total > 1000 and mode(out) == 0o600
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT_NAME and doc["version"] == 1
    assert doc["schema_revision"] == full.transfer.schema_revision()
    assert len(doc["photos"]) == 2

    imported = empty.transfer.import_file(out)
    assert imported.total_added == sum(len(v) for v in doc["tables"].values())

    before, after = snapshot(full.paths.db), snapshot(empty.paths.db)
    assert before.keys() == after.keys()
    for table in before:
        assert after[table] == before[table], table
    assert len(after["rash_photo"]) == 2 and len(after["app_setting"]) == 2
    assert (
        len(after["daily_steps"]) == 2
        and dict(empty.daily_steps.series())[date(2026, 11, 23)] == 4321
    )
    assert any(r[-1] is not None for r in after["lab_result"])  # the deleted lab came along
    for photo in full.photos.list():
        copy = empty.paths.root / photo.rel_path
        assert copy.read_bytes() == (full.paths.root / photo.rel_path).read_bytes()
        assert mode(copy) == 0o600


def test_json_text_is_one_record_per_line_and_parses_back(full) -> None:
    doc = full.transfer.backup_document()
    text = backup_text(doc)
    assert json.loads(text) == doc
    records = [json.loads(ln.rstrip(",")) for ln in text.splitlines() if ln.startswith('{"')]
    checkins = [r for r in records if "patient_global" in r]
    assert len(checkins) == full.checkins.count()


def test_importing_the_same_backup_twice_changes_nothing(full, empty, tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    export_data(full, "json", out)
    empty.transfer.import_file(out)
    first = snapshot(empty.paths.db)
    again = empty.transfer.import_file(out)
    assert again.total_added == 0 and again.skipped > 1000
    assert "already in this diary" in again.message
    assert snapshot(empty.paths.db) == first


def test_backup_goes_into_a_diary_with_only_a_default_profile(full, empty, tmp_path: Path) -> None:
    empty.profile.current()  # the app makes an empty profile on first use
    empty.settings.set("trends/mean", False)
    out = tmp_path / "b.json"
    export_data(full, "json", out)
    empty.transfer.import_file(out)
    assert snapshot(empty.paths.db) == snapshot(full.paths.db)


def test_backup_is_refused_by_a_diary_with_other_records(full, services, tmp_path: Path) -> None:
    services.checkins.save_day({"day": "2026-11-24", "pain": 3})
    before = snapshot(services.paths.db)
    out = tmp_path / "b.json"
    export_data(full, "json", out)
    with pytest.raises(ImportRejected) as info:
        services.transfer.import_file(out)
    assert "already has records" in info.value.describe()
    assert snapshot(services.paths.db) == before
    assert not any(services.paths.photos.rglob("*.png"))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"version": 2}, "newer dmtracker (backup format 2)"),
        ({"schema_revision": "9999_future"}, "does not know"),
        ({"format": "something-else"}, "is not a dmtracker backup"),
        ({"version": "1"}, "must be a whole number"),
    ],
)
def test_newer_or_foreign_backups_are_refused_clearly(
    full, empty, tmp_path: Path, change, words
) -> None:
    doc = {**full.transfer.backup_document(), **change}
    out = tmp_path / "b.json"
    out.write_text(backup_text(doc), encoding="utf-8")
    before = snapshot(empty.paths.db)
    with pytest.raises(ImportRejected) as info:
        empty.transfer.import_file(out)
    assert words in info.value.describe()
    assert snapshot(empty.paths.db) == before


# --- CSV -----------------------------------------------------------------------------------------
def read_csv(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_csv_zip_has_one_tidy_file_per_kind(full, tmp_path: Path) -> None:
    out = tmp_path / "export.zip"
    export_data(full, "csv", out)
    assert mode(out) == 0o600
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        assert names == {*FILES.values(), "README.txt"}
        files = {n: z.read(n).decode("utf-8") for n in names}
    checkins = read_csv(files["checkins.csv"])
    assert list(checkins[0].keys()) == list(CHECKIN_COLUMNS)
    assert len(checkins) == full.checkins.count()
    for row in checkins:
        datetime.strptime(row["day"], "%Y-%m-%d")
    last = next(r for r in checkins if r["day"] == "2026-11-25")
    assert last["notes"].startswith("'=SUM(A1)") and "ünïcødé\nsecond line" in last["notes"]
    labs = read_csv(files["lab_results.csv"])
    assert len(labs) == full.labs.count()  # the deleted one is left out
    assert "created_at" not in labs[0] and "deleted_at" not in labs[0]
    for row in labs:
        Decimal(row["value"])
        assert "E" not in row["value"]
    haq = read_csv(files["questionnaires.csv"])
    assert "item_20" in haq[0] and "answers" not in haq[0]
    effects = read_csv(files["side_effects.csv"])
    onset = effects[0]["onset_at"]
    assert datetime.strptime(onset, "%Y-%m-%d %H:%M:%S")
    first = full.side_effects.list()[0]
    assert onset == first.onset_at.astimezone(TZ).strftime("%Y-%m-%d %H:%M:%S")
    assert effects[0]["red_flag"] in ("true", "false")
    assert "Europe/Berlin" in files["README.txt"]
    steps = read_csv(files["daily_steps.csv"])
    assert [(r["day"], r["steps"], r["source"]) for r in steps] == [
        ("2026-11-23", "4321", "Google Fit"),
        ("2026-11-24", "987", "Google Fit"),
    ]
    assert "daily_steps.csv" in files["README.txt"]
    assert "\r\n" in files["checkins.csv"]


def test_csv_checkins_file_imports_back_exactly(full, empty, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    export_data(full, "csv", folder)
    assert mode(folder) == 0o700
    assert all(mode(p) == 0o600 for p in folder.iterdir())
    result = empty.transfer.import_file(folder / "checkins.csv")
    assert result.total_added == full.checkins.count()
    keys = list(CHECKIN_COLUMNS)
    assert [[getattr(r, k) for k in keys] for r in empty.checkins.list()] == [
        [getattr(r, k) for k in keys] for r in full.checkins.list()
    ]


def test_existing_destinations_are_not_replaced_unless_asked(full, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    out.write_text("keep me")
    for fmt in ("json", "fhir", "csv"):
        with pytest.raises(ValidationError, match="already exists"):
            export_data(full, fmt, out)
    assert out.read_text() == "keep me"
    export_data(full, "json", out, overwrite=True)
    assert json.loads(out.read_text())["format"] == FORMAT_NAME
    assert mode(out) == 0o600
    with pytest.raises(ValidationError, match="does not exist"):
        export_data(full, "json", tmp_path / "missing-folder" / "x.json")
    with pytest.raises(ValidationError, match="format"):
        export_data(full, "pdf", tmp_path / "y.pdf")
    assert not list(tmp_path.glob("*.part"))


# --- command line --------------------------------------------------------------------------------
def test_cli_export_and_import_round_trip(tmp_path: Path, capsys) -> None:
    src, dst = tmp_path / "src", tmp_path / "dst"
    assert main(["demo", "--data-dir", str(src), "--end", "2026-06-30"]) == 0
    out = tmp_path / "all.json"
    assert main(["export", "--data-dir", str(src), "--format", "json", "--out", str(out)]) == 0
    assert "Exported" in capsys.readouterr().out and mode(out) == 0o600
    assert main(["import", "--data-dir", str(dst), str(out)]) == 0
    assert "Imported" in capsys.readouterr().out
    assert snapshot(dst / "dmtracker.sqlite3") == snapshot(src / "dmtracker.sqlite3")
    assert main(["import", "--data-dir", str(dst), str(out)]) == 0
    assert "nothing was changed" in capsys.readouterr().out
    for fmt, name in (("csv", "c.zip"), ("csv", "cfolder"), ("fhir", "f.json")):
        assert (
            main(["export", "--data-dir", str(src), "--format", fmt, "--out", str(tmp_path / name)])
            == 0
        )
    capsys.readouterr()


def test_cli_errors_are_one_clear_line(tmp_path: Path, capsys) -> None:
    d = tmp_path / "d"
    assert main(["export", "--data-dir", str(d), "--format", "json", "--out", "x.json"]) == 1
    assert capsys.readouterr().err.startswith("dmtracker: error: no database")
    assert main(["demo", "--data-dir", str(d), "--end", "2026-06-30"]) == 0
    taken = tmp_path / "taken.json"
    taken.write_text("{}")
    capsys.readouterr()
    assert main(["export", "--data-dir", str(d), "--format", "json", "--out", str(taken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dmtracker: error: ") and "already exists" in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert main(["import", "--data-dir", str(d), str(tmp_path / "nope.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_cli_import_lists_problems_by_line_and_field(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "days.csv"
    bad.write_text("day,fatigue,pain\n2024-01-01,5,2\n2024-01-02,11,2\n2024-01-03,4,x\n")
    assert main(["import", "--data-dir", str(tmp_path / "d"), str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "dmtracker: error: days.csv was not imported (2 problems); nothing was changed"
    assert err[1].startswith("  line 3, fatigue: must be a whole number from 0 to 10")
    assert err[2].startswith("  line 4, pain: must be a whole number from 0 to 10")


def test_timestamps_survive_with_microseconds(services, empty, tmp_path: Path) -> None:
    """Times with sub-second parts and far-from-UTC offsets come back to the microsecond."""
    onset = datetime(2026, 11, 24, 23, 59, 58, 123456, tzinfo=TZ)
    services.side_effects.add({"term": "headache", "onset_at": onset, "grade": 2})
    services.side_effects.add(
        {"term": "Rash on shins", "onset_at": onset - timedelta(days=400), "grade": 1}
    )
    out = tmp_path / "b.json"
    export_data(services, "json", out)
    empty.transfer.import_file(out)
    assert [r.onset_at for r in empty.side_effects.list()] == [
        r.onset_at for r in services.side_effects.list()
    ]
    assert snapshot(empty.paths.db) == snapshot(services.paths.db)
