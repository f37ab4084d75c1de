"""Imports are all-or-nothing: every bad row is named by line (or record) and field, and the
database is untouched (a snapshot of every table before and after). Importing twice does not
duplicate. A hypothesis property test for the check-in CSV."""

from __future__ import annotations

import base64
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import NOW, TZ
from tests.reports.exports.test_export import fill_extras, png, snapshot

from dmtracker.domain import vocab
from dmtracker.reports.exports.json_backup import backup_text
from dmtracker.services.app_services import open_services
from dmtracker.services.clock import Clock
from dmtracker.services.transfer import (
    CHECKIN_COLUMNS,
    ImportRejected,
    checkin_template_text,
)
from dmtracker.storage.paths import DataPaths

HEADER = ",".join(CHECKIN_COLUMNS)


def write(tmp_path: Path, text: str | bytes, name: str = "days.csv") -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def rejected(services, path: Path) -> ImportRejected:
    """Import must fail and leave every table (and the photos folder) exactly as it was."""
    before = snapshot(services.paths.db)
    files = sorted(services.paths.root.rglob("*.png"))
    with pytest.raises(ImportRejected) as info:
        services.transfer.import_file(path)
    assert snapshot(services.paths.db) == before
    assert sorted(services.paths.root.rglob("*.png")) == files
    return info.value


def places(error: ImportRejected) -> set[tuple[int | None, str]]:
    return {(p.line, p.field) for p in error.problems}


# --- check-in CSV: good files --------------------------------------------------------------------
def test_the_template_imports_and_is_documented(services, tmp_path: Path) -> None:
    text = checkin_template_text()
    assert text.splitlines()[0] == HEADER
    result = services.transfer.import_file(write(tmp_path, text))
    assert result.total_added == 2 and result.kind == "checkins"
    first, second = services.checkins.list()
    assert first.day == date(2024, 3, 1) and first.fatigue == 7 and first.breathlessness == 1
    assert "knuckles" in first.notes
    assert second.itch is None and second.arms_overhead is None and second.notes == ""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "checkins-template.csv" in readme


def test_importing_the_same_file_twice_does_not_duplicate(services, tmp_path: Path) -> None:
    path = write(tmp_path, checkin_template_text())
    services.transfer.import_file(path)
    before = snapshot(services.paths.db)
    again = services.transfer.import_file(path)
    assert again.total_added == 0 and again.skipped == 2
    assert "already in the diary with the same values" in again.message
    assert snapshot(services.paths.db) == before


def test_a_day_logged_with_other_values_is_an_error_naming_the_line(
    services, tmp_path: Path
) -> None:
    services.checkins.save_day({"day": "2024-03-02", "fatigue": 2})
    error = rejected(services, write(tmp_path, checkin_template_text()))
    assert places(error) == {(3, "day")}
    assert "fatigue 6 here, 2 in the diary" in error.describe()


def test_a_deleted_day_is_replaced(services, tmp_path: Path) -> None:
    services.checkins.save_day({"day": "2024-03-01", "pain": 9})
    services.checkins.delete(services.checkins.list()[0].id)
    services.transfer.import_file(write(tmp_path, checkin_template_text()))
    assert [r.pain for r in services.checkins.list()] == [4, 3]
    assert services.checkins.list(include_deleted=True)[0].deleted_at is None


def test_spreadsheet_variants_are_read(services, tmp_path: Path) -> None:
    """Excel in many languages saves ';'-separated files with a BOM; a column subset, blank
    lines, CRLF, trailing empty cells and the export's formula apostrophe are fine."""
    text = (
        "\ufeffDay;Fatigue;Notes\r\n\r\n2024-01-05;3;'=not a formula;;\r\n"
        '2024-01-06;;"two\r\nlines"\r\n'
    )
    result = services.transfer.import_file(write(tmp_path, text.encode("utf-8")))
    assert result.total_added == 2
    a, b = services.checkins.list()
    assert (a.fatigue, a.notes) == (3, "=not a formula")
    assert (b.fatigue, b.notes) == (None, "two\nlines")


# --- check-in CSV: each kind of bad row ----------------------------------------------------------
BAD_FILES = [
    (
        "out of range",
        f"{HEADER}\n2024-01-01,5,5,5,5,0,0,0,0,0,0,0,\n2024-01-02,11,,,,,,,,,,,\n",
        {(3, "patient_global")},
    ),
    ("not a number", "day,pain\n2024-01-01,two\n", {(2, "pain")}),
    ("decimal", "day,pain\n2024-01-01,2.5\n", {(2, "pain")}),
    ("function item above 3", "day,stairs\n2024-01-01,4\n", {(2, "stairs")}),
    ("bad date", "day,pain\n2024-13-01,2\n", {(2, "day")}),
    ("day/month order", "day,pain\n01/02/2024,2\n", {(2, "day")}),
    # 2026-11-26 has begun at UTC+14 (test_time_zones.py); the 27th has begun nowhere yet
    ("future date", "day,pain\n2026-11-27,2\n", {(2, "day")}),
    ("missing date", "day,pain\n,2\n", {(2, "day")}),
    ("nothing answered", "day,pain,notes\n2024-01-01,,\n", {(2, "patient_global")}),
    ("NUL in notes", "day,notes\n2024-01-01,a\x00b\n", {(2, "notes")}),
    ("notes too long", f"day,notes\n2024-01-01,{'x' * 2001}\n", {(2, "notes")}),
    ("too many cells", "day,pain\n2024-01-01,2,3\n", {(2, "")}),
    ("twice in the file", "day,pain\n2024-01-01,2\n2024-01-02,2\n2024-01-01,2\n", {(4, "day")}),
    ("unknown column", "day,pian\n2024-01-01,2\n", {(1, "pian")}),
    ("no day column", "date,pain\n2024-01-01,2\n", {(1, "date"), (1, "day")}),
    ("duplicate column", "day,pain,pain\n2024-01-01,2,2\n", {(1, "pain")}),
    ("empty file", "\n\n", {(1, "")}),
    ("header only", f"{HEADER}\n", {(2, "")}),
    ("unterminated quote", 'day,notes\n2024-01-01,"open\n', {(2, "")}),
    ("stray quote", 'day,notes\n2024-01-01,ok\n2024-01-02,"a"b\n', {(3, "")}),
]


@pytest.mark.parametrize(("name", "text", "where"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_each_kind_of_bad_row_rejects_the_whole_file(
    demo_services, tmp_path: Path, name, text, where
) -> None:
    error = rejected(demo_services, write(tmp_path, text))
    if where:
        assert places(error) == where, error.describe()
    assert error.summary().endswith("nothing was changed")
    for p in error.problems:
        assert str(p).startswith(f"line {p.line}") and p.reason


def test_a_column_named_twice_is_said_once(services, tmp_path: Path) -> None:
    """Found from the command line: 'fatigue: appears twice in the header' was printed twice
    (and an unknown column named twice was listed twice)."""
    error = rejected(services, write(tmp_path, "day,pain,pain,pian,pian\n2024-01-01,2,2,1,1\n"))
    assert [(p.line, p.field) for p in error.problems] == [(1, "pain"), (1, "pian")]


def test_not_utf8_names_the_line(services, tmp_path: Path) -> None:
    path = write(tmp_path, "day,notes\n2024-01-01,ok\n2024-01-02,caf\xe9\n".encode("latin-1"))
    error = rejected(services, path)
    assert places(error) == {(3, "")} and "UTF-8" in error.describe()


def test_every_problem_is_listed_not_only_the_first(services, tmp_path: Path) -> None:
    good = [f"2024-02-{d:02d},1,2,3,4,0,0,0,0,0,0,0,fine" for d in range(1, 21)]
    good[4] = "2024-02-05,1,12,3,4,0,0,0,0,0,0,0,bad fatigue"
    good[9] = "2024-02-10,1,2,3,4,0,9,0,0,0,0,0,bad rise_chair"
    good[14] = "2024-02-31,1,2,3,4,0,0,0,0,0,0,0,bad day"
    error = rejected(services, write(tmp_path, HEADER + "\n" + "\n".join(good) + "\n"))
    assert places(error) == {(6, "fatigue"), (11, "rise_chair"), (16, "day")}
    assert services.checkins.count() == 0


# --- JSON backup: each kind of bad record --------------------------------------------------------
@pytest.fixture
def backup_doc(demo_services, tmp_path: Path):
    fill_extras(demo_services, tmp_path)
    return demo_services.transfer.backup_document()


@pytest.fixture
def empty(tmp_path: Path, clock):
    s = open_services(DataPaths(tmp_path / "empty"), clock)
    yield s
    s.close()


def _first(doc, table: str) -> dict:
    return doc["tables"][table][0]


def _bad_value(doc):
    _first(doc, "daily_checkin")["fatigue"] = 42
    return ("daily_checkin record 1", "fatigue")


def _bad_date(doc):
    _first(doc, "lab_result")["collected_on"] = "2024-02-30"
    return ("lab_result record 1", "collected_on")


def _naive_time(doc):
    _first(doc, "side_effect")["onset_at"] = "2026-01-01T10:00:00"
    return ("side_effect record 1", "onset_at")


def _dangling_reference(doc):
    _first(doc, "infusion_day")["course_id"] = 999_999
    return ("infusion_day record 1", "course_id")


def _unknown_column(doc):
    _first(doc, "medication")["colour"] = "white"
    return ("medication record 1", "colour")


def _missing_required(doc):
    del _first(doc, "body_weight")["weight_kg"]
    return ("body_weight record 1", "weight_kg")


def _duplicate_id(doc):
    rows = doc["tables"]["self_test"]
    rows[1]["id"] = rows[0]["id"]
    return ("self_test record 2", "id")


def _duplicate_day(doc):
    rows = doc["tables"]["daily_checkin"]
    rows[1]["day"] = rows[0]["day"]
    return ("daily_checkin record 2", "day")


def _cross_field(doc):
    row = _first(doc, "vital_sign")
    row.update(systolic=80, diastolic=90)
    return ("vital_sign record 1", "diastolic")


def _bad_photo(doc):
    doc["photos"][0]["data"] = base64.b64encode(b"something else").decode()
    return ("photo 1", "data")


def _photo_path_escape(doc):
    doc["tables"]["rash_photo"][0]["rel_path"] = "../../etc/passwd"
    return ("rash_photo record 1", "rel_path")


def _unknown_table(doc):
    doc["tables"]["secrets"] = []
    return ("file", "tables")


def _revision_not_text(doc):
    doc["schema_revision"] = []  # found by the JSON fuzzer: once a TypeError, not a message
    return ("file", "schema_revision")


BAD_BACKUPS = [
    _revision_not_text,
    _bad_value,
    _bad_date,
    _naive_time,
    _dangling_reference,
    _unknown_column,
    _missing_required,
    _duplicate_id,
    _duplicate_day,
    _cross_field,
    _bad_photo,
    _photo_path_escape,
    _unknown_table,
]


@pytest.mark.parametrize("spoil", BAD_BACKUPS, ids=[f.__name__[1:] for f in BAD_BACKUPS])
def test_each_kind_of_bad_backup_record_rejects_the_whole_file(
    backup_doc, empty, tmp_path: Path, spoil
) -> None:
    doc = json.loads(json.dumps(backup_doc))
    record, fld = spoil(doc)
    path = write(tmp_path, backup_text(doc), "backup.json")
    error = rejected(empty, path)
    hits = [p for p in error.problems if p.record.startswith(record) and p.field == fld]
    assert hits, error.describe()
    assert not any(empty.paths.photos.rglob("*"))
    if record != "file":  # the line named is the line of that record in the file
        if record.startswith("photo "):
            block, number = "photos", record.split()[-1]
        else:
            block, number = record.split(" record ")
        rows = doc["photos"] if block == "photos" else doc["tables"][block]
        lines = path.read_text(encoding="utf-8").splitlines()
        for hit in hits:
            assert hit.line is not None and str(hit).startswith(f"line {hit.line} ({record}")
            assert json.loads(lines[hit.line - 1].rstrip(",")) == rows[int(number) - 1]


def test_broken_json_names_the_line(empty, tmp_path: Path) -> None:
    path = write(tmp_path, '{\n"format": "dmtracker-backup",\n"version": 1,,\n}', "b.json")
    error = rejected(empty, path)
    assert places(error) == {(3, "")} and "not valid JSON" in error.describe()


def test_a_clean_backup_passes_after_the_bad_ones(backup_doc, empty, tmp_path: Path) -> None:
    """The cases above fail for their spoiled record, not for the backup itself."""
    path = write(tmp_path, backup_text(backup_doc), "backup.json")
    assert empty.transfer.import_file(path).total_added > 1000


def test_a_photo_file_already_there_with_other_content_is_refused(
    backup_doc, empty, tmp_path: Path
) -> None:
    rel = backup_doc["photos"][0]["path"]
    clash = empty.paths.root / rel
    clash.parent.mkdir(parents=True)
    png(clash, 7, 7, seed=3)
    error = rejected(empty, write(tmp_path, backup_text(backup_doc), "backup.json"))
    assert "already exists with other content" in error.describe()
    assert len(list(empty.paths.root.rglob("*.png"))) == 1


# --- property test: random check-in files --------------------------------------------------------
TODAY = NOW.astimezone(TZ).date()
_note_chars = st.characters(
    blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"
)
notes_text = (
    st.text(_note_chars, max_size=40).map(str.strip).filter(lambda t: not t.startswith("'"))
)


@st.composite
def checkin_rows(draw):
    n = draw(st.integers(1, 12))
    offsets = draw(st.lists(st.integers(0, 4000), min_size=n, max_size=n, unique=True))
    rows = []
    for off in offsets:
        row = {"day": TODAY - timedelta(days=off)}
        for key in vocab.DAILY_SCALES:
            row[key] = draw(st.none() | st.integers(0, 10))
        for key in vocab.FUNCTION_ITEMS:
            row[key] = draw(st.none() | st.integers(0, 3))
        row["notes"] = draw(notes_text)
        if all(row[k] is None for k in CHECKIN_COLUMNS[1:-1]) and not row["notes"]:
            row["pain"] = draw(st.integers(0, 10))
        rows.append(row)
    return rows


def to_csv(rows: list[dict], delimiter: str = ",") -> str:
    import csv
    import io

    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(CHECKIN_COLUMNS)
    for r in rows:
        w.writerow(["" if r[k] is None else str(r[k]) for k in CHECKIN_COLUMNS])
    return buf.getvalue()


@pytest.fixture(scope="module")
def blank_db(tmp_path_factory):
    """An empty migrated data folder, copied for every hypothesis example (fast)."""
    root = tmp_path_factory.mktemp("blank") / "data"
    s = open_services(DataPaths(root), Clock(tz=TZ, fixed=NOW))
    s.close()
    return root


def fresh(blank_db: Path, target: Path):
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(blank_db, target)
    return open_services(DataPaths(target), Clock(tz=TZ, fixed=NOW))


SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(rows=checkin_rows(), delimiter=st.sampled_from([",", ";", "\t"]))
def test_random_valid_rows_round_trip(blank_db, tmp_path_factory, rows, delimiter) -> None:
    work = tmp_path_factory.mktemp("prop")
    s = fresh(blank_db, work / "data")
    try:
        path = write(work, to_csv(rows, delimiter))
        result = s.transfer.import_file(path)
        assert result.total_added == len(rows)
        got = {r.day: {k: getattr(r, k) for k in CHECKIN_COLUMNS} for r in s.checkins.list()}
        assert got == {r["day"]: r for r in rows}
        again = s.transfer.import_file(path)
        assert again.total_added == 0 and again.skipped == len(rows)
    finally:
        s.close()


BAD_CELLS = {
    "day": st.sampled_from(["2024-02-30", "yesterday", "2024/01/01", "31.12.2023"])
    | st.just((TODAY + timedelta(days=2)).isoformat()),  # (+1 has begun at UTC+14)
    "int10": st.integers(11, 10_000).map(str)
    | st.integers(-100, -1).map(str)
    | st.sampled_from(["1.5", "x", "five", "1e3"]),
    "int3": st.integers(4, 99).map(str) | st.sampled_from(["-1", "0.5", "one", "3,0"]),
    "notes": st.sampled_from(["a\x00b", "y" * 2001]),
}


def _kind(column: str) -> str:
    if column in vocab.DAILY_SCALES:
        return "int10"
    if column in vocab.FUNCTION_ITEMS:
        return "int3"
    return column


@SETTINGS
@given(rows=checkin_rows(), data=st.data())
def test_a_random_bad_cell_is_named_by_line_and_field(
    blank_db, tmp_path_factory, rows, data
) -> None:
    work = tmp_path_factory.mktemp("prop")
    s = fresh(blank_db, work / "data")
    try:
        index = data.draw(st.integers(0, len(rows) - 1))
        column = data.draw(st.sampled_from(CHECKIN_COLUMNS))
        bad = data.draw(BAD_CELLS[_kind(column)])
        text_rows = [{k: ("" if v is None else str(v)) for k, v in r.items()} for r in rows]
        text_rows[index][column] = bad
        path = write(work, to_csv(text_rows))
        error = rejected(s, path)
        assert (index + 2, column) in places(error), error.describe()
        assert s.checkins.count() == 0
    finally:
        s.close()
