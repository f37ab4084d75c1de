"""Imports have bounds: the JSON backup's size, records, values, depth and text; photos in it get
the checks attaching one gets (40 MB, a real image) and are stored by the same function; every
malformed file ends in one message naming what is wrong (the command line prints
``dmtracker: error: …``, never a traceback) and changes nothing. The check-in CSV is bounded
too, and the CSV export's formula guard covers a leading tab and carriage return."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from tests.reports.exports.test_export import png, snapshot
from tests.services.test_import import rejected, write

from dmtracker.app import main
from dmtracker.reports.exports.exporting import export_data
from dmtracker.reports.exports.json_backup import backup_text
from dmtracker.services import daily, json_input, photo_files
from dmtracker.services.transfer import (
    CHECKIN_COLUMNS,
    MAX_CSV_CELL,
    MAX_CSV_ROWS,
    backup_photos,
    checkin_csv,
)


@pytest.fixture
def with_photo(services, tmp_path: Path):
    """A diary with one rash entry and its photo."""
    services.rash.add({"day": "2026-11-20", "site": "knuckles", "redness": 2})
    rash = services.rash.list()[0]
    services.photos.attach(rash.id, png(tmp_path / "a.png", 8, 6))
    return services


@pytest.fixture
def target(tmp_path: Path, clock):
    from dmtracker.services.app_services import open_services
    from dmtracker.storage.paths import DataPaths

    s = open_services(DataPaths(tmp_path / "target"), clock)
    yield s
    s.close()


def _with_photo_bytes(doc: dict[str, Any], data: bytes) -> dict[str, Any]:
    """The backup with its photo replaced by ``data`` (the checksum made to match)."""
    doc["photos"][0]["data"] = base64.b64encode(data).decode("ascii")
    digest = hashlib.sha256(data).hexdigest()
    doc["photos"][0]["sha256"] = digest
    doc["tables"]["rash_photo"][0]["sha256"] = digest
    return doc


def _cli_refuses(path: Path, data_dir: Path, capsys, *words: str) -> str:
    """``dmtracker import`` exits 1 with one ``dmtracker: error:`` line, no traceback."""
    assert main(["import", "--data-dir", str(data_dir), str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dmtracker: error: ") and "Traceback" not in err, err
    for word in words:
        assert word in err, err
    return err


# --- photos get the checks attaching one gets ----------------------------------------------
def test_import_and_attach_store_photos_with_one_function() -> None:
    assert backup_photos.store_photo is daily.store_photo is photo_files.store_photo
    assert backup_photos.check_photo is daily.check_photo is photo_files.check_photo


def test_a_photo_over_40_mb_in_a_backup_is_refused(with_photo, target, tmp_path, capsys) -> None:
    big = png(tmp_path / "h.png").read_bytes() + b"\0" * photo_files.MAX_PHOTO_BYTES
    doc = _with_photo_bytes(with_photo.transfer.backup_document(), big)
    path = write(tmp_path, backup_text(doc), "big-photo.json")
    error = rejected(target, path)
    (problem,) = error.problems
    assert (problem.record, problem.field) == ("photo 1", "data")
    assert "larger than 40 MB" in problem.reason and problem.line is not None
    assert not any(target.paths.photos.rglob("*"))
    _cli_refuses(path, target.paths.root, capsys, "(photo 1), data", "larger than 40 MB")


@pytest.mark.parametrize(
    "data",
    [b"not a picture at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 40, b"GIF89a" + b"\0" * 40],
    ids=["text", "broken-png", "gif"],
)
def test_a_photo_that_is_not_an_image_is_refused(with_photo, target, tmp_path, data) -> None:
    doc = _with_photo_bytes(with_photo.transfer.backup_document(), data)
    error = rejected(target, write(tmp_path, backup_text(doc), "b.json"))
    (problem,) = error.problems
    assert (problem.record, problem.field) == ("photo 1", "data")
    assert "is not a PNG, JPEG or WebP image" in problem.reason


def test_a_good_photo_is_imported_private_and_exact(with_photo, target, tmp_path) -> None:
    path = write(tmp_path, backup_text(with_photo.transfer.backup_document()), "b.json")
    assert target.transfer.import_file(path).total_added > 0
    (photo,) = target.photos.list()
    copy = target.paths.root / photo.rel_path
    assert copy.read_bytes() == with_photo.photos.read_bytes(photo)
    assert copy.stat().st_mode & 0o777 == 0o600
    assert not list(target.paths.photos.rglob("*.part"))


# --- malformed backups: one message each, nothing changed -----------------------------------
def _doc_text(with_photo, spoil) -> str:
    doc = with_photo.transfer.backup_document()
    return spoil(doc, backup_text(doc))


def _huge_number(doc, text):
    return text.replace('"redness":2', '"redness":' + "7" * 5000, 1)


def _deep(doc, text):
    return text.replace('"photos": [', '"photos": [' + "[" * 100_000 + "]" * 100_000 + ",", 1)


def _deep_but_parsable(doc, text):
    return text.replace('"photos": [', '"photos": [' + "[" * 500 + "]" * 500 + ",", 1)


def _lone_surrogate(doc, text):
    return text.replace('"site_label":""', '"site_label":"\\ud800"', 1)


def _lone_surrogate_key(doc, text):
    return text.replace('"site_label":""', '"\\udfff":""', 1)


def _photo_path_list(doc, text):
    doc["photos"][0]["path"] = ["photos", "2026", "x.png"]
    return backup_text(doc)


def _photo_data_list(doc, text):
    doc["photos"][0]["data"] = [1, 2, 3]
    return backup_text(doc)


def _photo_item_text(doc, text):
    doc["photos"][0] = "photos/2026/x.png"
    return backup_text(doc)


def _tables_list(doc, text):
    doc["tables"] = [1]
    return json.dumps(doc)


def _id_huge(doc, text):
    doc["tables"]["rash_assessment"][0]["id"] = 10**4000
    return backup_text(doc)


MALFORMED = {
    _huge_number: "a number with too many digits",
    _deep: "nested too deeply",
    _deep_but_parsable: "nested too deeply",
    _lone_surrogate: "not valid Unicode",
    _lone_surrogate_key: "not valid Unicode",
    _photo_path_list: "a list is not the photo of any rash entry",
    _photo_data_list: "is not base64 text",
    _photo_item_text: "must be an object",
    _tables_list: "is not an object of tables",
    _id_huge: "must be a whole number",
}


@pytest.mark.parametrize("spoil", list(MALFORMED), ids=[f.__name__[1:] for f in MALFORMED])
def test_each_malformed_backup_gives_one_message(
    with_photo, target, tmp_path, capsys, spoil
) -> None:
    path = write(tmp_path, _doc_text(with_photo, spoil), "bad.json")
    error = rejected(target, path)
    assert any(MALFORMED[spoil] in p.reason for p in error.problems), error.describe()
    _cli_refuses(path, target.paths.root, capsys, MALFORMED[spoil])


def test_a_backup_over_the_size_limit_is_refused_before_reading(target, tmp_path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as f:  # sparse: no disk space used, and never read
        f.write(b'{"format": "dmtracker-backup"')
        f.truncate(json_input.MAX_BACKUP_BYTES + 1)
    error = rejected(target, path)
    assert "larger than the 128 MB an import reads" in error.problems[0].reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "[" + "{}," * json_input.MAX_BACKUP_RECORDS + "{}]",
            f"more than {json_input.MAX_BACKUP_RECORDS:,} records",
        ),
        (
            "[" + "1," * json_input.MAX_JSON_VALUES + "1]",
            f"more than {json_input.MAX_JSON_VALUES:,} values",
        ),
        (b'{"format": "dmtracker-backup", "x": "\xff"}', "not UTF-8"),
    ],
    ids=["records", "values", "not-utf8"],
)
def test_too_many_records_or_values_are_refused_before_parsing(
    target, tmp_path, text, reason
) -> None:
    error = rejected(target, write(tmp_path, text, "many.json"))
    assert reason in error.problems[0].reason


def test_text_beyond_latin1_is_read_exactly(services, target, tmp_path) -> None:
    """Emoji and CJK are escaped while reading (one byte per character); the text is exact."""
    notes = 'héllo 😀 ünï 日本 \\ " 𝄞 end'
    services.checkins.save_day({"day": "2026-11-20", "pain": 2, "notes": notes})
    path = write(tmp_path, backup_text(services.transfer.backup_document()), "b.json")
    raw = path.read_bytes()
    assert "😀".encode() in raw and b"\\ud83d" not in raw  # written as UTF-8, not escaped
    target.transfer.import_file(path)
    assert target.checkins.list()[0].notes == notes
    text = json_input.read_text(path)  # one byte a character: Latin-1 kept, the rest escaped
    assert "é" in text and "\\ud83d\\ude00" in text and max(text) <= "\xff"


# --- check-in CSV ---------------------------------------------------------------------------
HEADER = ",".join(CHECKIN_COLUMNS)


def test_csv_with_too_many_rows_is_refused(services, tmp_path) -> None:
    rows = "".join(f"{1950 + i // 365}-01-01,1\n" for i in range(MAX_CSV_ROWS + 1))
    error = rejected(services, write(tmp_path, "day,pain\n" + rows))
    assert any(f"more than {MAX_CSV_ROWS:,} rows" in p.reason for p in error.problems)


def test_csv_cell_too_long_is_refused_naming_the_line(services, tmp_path) -> None:
    text = f"day,pain,notes\n2024-01-01,1,ok\n2024-01-02,1,{'x' * (MAX_CSV_CELL + 1)}\n"
    error = rejected(services, write(tmp_path, text))
    (problem,) = error.problems
    assert (problem.line, problem.field) == (3, "notes") and "longer than" in problem.reason


def test_csv_with_too_many_cells_is_refused(services, tmp_path) -> None:
    text = "day,pain\n2024-01-01,1" + "," * (checkin_csv.MAX_CSV_CELLS + 1) + "\n"
    error = rejected(services, write(tmp_path, text))
    assert "cells" in error.problems[0].reason


def test_csv_over_the_size_limit_is_refused(services, tmp_path, capsys) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.write(b"day,pain\n")
        f.truncate(checkin_csv.MAX_CSV_BYTES + 1)
    error = rejected(services, path)
    assert "larger than the 50 MB an import reads" in error.problems[0].reason
    _cli_refuses(path, services.paths.root, capsys, "larger than the 50 MB")


@pytest.mark.parametrize("start", ["\t", "\r", "=", "+", "-", "@", "\t=", "\r@"])
def test_the_formula_guard_covers_tab_and_carriage_return(
    services, target, tmp_path, start: str
) -> None:
    notes = f"{start}HYPERLINK(1)"
    services.checkins.save_day({"day": "2026-11-20", "pain": 2, "notes": notes})
    assert services.checkins.list()[0].notes == notes
    out = tmp_path / "export"
    export_data(services, "csv", out)
    text = (out / "checkins.csv").read_bytes().decode("utf-8-sig")
    (row,) = list(csv.DictReader(io.StringIO(text, newline="")))
    assert row["notes"] == "'" + notes  # a spreadsheet shows it as text
    # and the export reads back exactly
    target.transfer.import_file(out / "checkins.csv")
    assert target.checkins.list()[0].notes == notes
    assert (
        snapshot(target.paths.db)["daily_checkin"][0][-5:]
        == snapshot(services.paths.db)["daily_checkin"][0][-5:]
    )
    json.dumps(row)


def test_the_json_export_writes_no_backup_an_import_would_refuse(
    with_photo, tmp_path, monkeypatch
) -> None:
    """(The limit is lowered here so that a small diary is beyond it.)"""
    from dmtracker.domain.errors import ValidationError

    out = tmp_path / "b.json"
    size = len(backup_text(with_photo.transfer.backup_document()).encode("utf-8"))
    monkeypatch.setattr(json_input, "MAX_BACKUP_BYTES", size - 1)
    with pytest.raises(ValidationError) as info:
        export_data(with_photo, "json", out)
    assert info.value.field == "out" and "could not be imported again" in info.value.reason
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    monkeypatch.setattr(json_input, "MAX_BACKUP_BYTES", size)
    export_data(with_photo, "json", out)
    assert out.stat().st_size == size


CHILD = """
import json, sys
from pathlib import Path
from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths
s = open_services(DataPaths(Path(sys.argv[2])))
result = s.transfer.import_file(Path(sys.argv[1]))
s.close()
status = Path("/proc/self/status").read_text()
peak_kb = int(next(ln for ln in status.splitlines() if ln.startswith("VmHWM:")).split()[1])
print(json.dumps({"peak_mb": peak_kb / 1024, "photos": len(s.photos.list())}))
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_importing_the_largest_backup_stays_under_500_mb(services, tmp_path) -> None:
    """Photos up to the 128 MiB limit, imported in a process of its own (its own high-water
    mark: ru_maxrss would include this process's memory from the fork)."""
    import subprocess
    import sys

    services.rash.add({"day": "2026-11-20", "site": "knuckles", "redness": 2})
    services.rash.add({"day": "2026-11-21", "site": "knuckles", "redness": 2})
    services.rash.add({"day": "2026-11-22", "site": "knuckles", "redness": 2})
    head = png(tmp_path / "h.png").read_bytes()
    rash = services.rash.list()
    sizes = [photo_files.MAX_PHOTO_BYTES, photo_files.MAX_PHOTO_BYTES]
    for i, size in enumerate(sizes):
        (tmp_path / f"p{i}.png").write_bytes(head + bytes([i]) * (size - len(head)))
        services.photos.attach(rash[i].id, tmp_path / f"p{i}.png")
    used = len(backup_text(services.transfer.backup_document()))
    fill = (json_input.MAX_BACKUP_BYTES - used - 4096) * 3 // 4
    (tmp_path / "p2.png").write_bytes(head + b"\x02" * fill)
    services.photos.attach(rash[2].id, tmp_path / "p2.png")
    out = tmp_path / "largest.json"
    export_data(services, "json", out)
    assert json_input.MAX_BACKUP_BYTES - 2**20 < out.stat().st_size <= json_input.MAX_BACKUP_BYTES
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(out), str(tmp_path / "target")],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["photos"] == 3
    assert result["peak_mb"] < 500, result
