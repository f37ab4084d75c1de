"""The parts of the data transfer on their own: problems, the two importers, photos, files."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from dmtracker.services.private_files import write_private_bytes
from dmtracker.services.transfer import DataTransferService, ImportRejected
from dmtracker.services.transfer.backup import BackupTransfer
from dmtracker.services.transfer.backup_photos import decode_photos, photo_entries
from dmtracker.services.transfer.checkin_csv import CheckinCsvImport
from dmtracker.services.transfer.common import MAX_PROBLEMS, Collector, table_of
from dmtracker.storage.models import CheckIn


def test_a_collector_lists_every_problem_and_refuses_once() -> None:
    c = Collector("days.csv")
    c.raise_if_any()  # nothing found: no refusal
    for n in range(MAX_PROBLEMS + 5):
        c.add(n + 2, "", "pain", "must be a whole number")
    assert len(c.problems) == MAX_PROBLEMS
    with pytest.raises(ImportRejected) as refused:
        c.fail(None, "file", "", "stop here")
    assert refused.value.problems[-1].reason == "stop here"
    assert refused.value.summary().startswith("days.csv was not imported")


def test_table_of_gives_the_model_table() -> None:
    assert table_of(CheckIn).name == "daily_checkin"


def test_the_service_hands_each_kind_of_file_to_its_importer(services) -> None:
    transfer = services.transfer
    assert isinstance(transfer, DataTransferService)
    assert isinstance(transfer.backup, BackupTransfer)
    assert isinstance(transfer.checkins, CheckinCsvImport)
    alone = CheckinCsvImport(services.engine, services.clock)
    result = alone.import_checkins_text("day,pain\n2026-11-20,3\n")
    assert result.added == {"daily_checkin": 1}
    assert services.checkins.list()[0].pain == 3
    doc = BackupTransfer(services.engine, services.clock, services.paths).backup_document()
    assert doc == transfer.backup_document() | {"exported_at": doc["exported_at"]}


def test_photo_entries_carry_a_missing_file_as_none(tmp_path: Path) -> None:
    rows = [{"rel_path": "photos/2026/a.png", "sha256": "0" * 64}] * 2
    assert photo_entries(tmp_path, rows) == [
        {"path": "photos/2026/a.png", "sha256": "0" * 64, "data": None}
    ]


def test_decode_photos_names_a_photo_of_no_rash_entry() -> None:
    c = Collector("backup.json")
    assert decode_photos([{"path": "photos/2026/x.png", "data": ""}], {}, c, {}) == []
    assert "is not the photo of any rash entry" in c.problems[0].reason
    assert decode_photos("nope", {}, c, {}) == []
    assert c.problems[-1].reason == "must be a list"


def test_write_private_bytes_is_atomic_and_private(tmp_path: Path) -> None:
    dest = tmp_path / "out" / "export.csv"
    write_private_bytes(dest, b"day\n")
    assert dest.read_bytes() == b"day\n"
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert not dest.with_name("export.csv.part").exists()
