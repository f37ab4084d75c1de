"""Profiles: several diaries under one base folder, an index that never hides a diary."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from dmtracker.domain.errors import ValidationError
from dmtracker.storage.paths import DB_NAME
from dmtracker.storage.profiles import BASE, INDEX_NAME, NAME_MAX, Profiles


def _diary(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / DB_NAME).write_bytes(b"SQLite format 3\x00")


def test_an_existing_single_diary_becomes_the_first_profile_without_moving(tmp_path: Path) -> None:
    _diary(tmp_path)
    profiles = Profiles(tmp_path)
    [first] = profiles.all()
    assert first.folder == BASE and first.root(tmp_path) == tmp_path
    sam = profiles.create("Sam", juvenile=True)
    assert (tmp_path / DB_NAME).exists()  # not moved
    assert sam.root(tmp_path).parent == tmp_path / "profiles"
    assert [p.name for p in profiles.all()] == ["My diary", "Sam"]
    assert profiles.find("sam").juvenile
    assert profiles.last() == sam


def test_the_first_profile_on_a_new_computer_lives_in_the_base_folder(tmp_path: Path) -> None:
    anna = Profiles(tmp_path).create("Anna")
    assert anna.folder == BASE
    assert (tmp_path / "backups").is_dir()


def test_two_profiles_never_share_a_file(tmp_path: Path) -> None:
    profiles = Profiles(tmp_path)
    a = profiles.create("Anna")
    b = profiles.create("Ben")
    pa, pb = a.paths(tmp_path), b.paths(tmp_path)
    for one, other in ((pa, pb),):
        for x in (one.db, one.backups, one.photos, one.logs):
            for y in (other.db, other.backups, other.photos, other.logs):
                assert x != y and y not in x.parents and x not in y.parents


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "is required"),
        ("   ", "is required"),
        ("x" * (NAME_MAX + 1), "at most 40"),
        ("anna", "already a diary"),
        ("Tab\there", None),  # whitespace is folded to one space: accepted
        ("Bell\x07", "control characters"),
    ],
)
def test_bad_profile_names_are_refused_by_field(
    tmp_path: Path, name: str, reason: str | None
) -> None:
    profiles = Profiles(tmp_path)
    profiles.create("Anna")
    before = (tmp_path / INDEX_NAME).read_text()
    if reason is None:
        assert profiles.create(name).name == "Tab here"
        return
    with pytest.raises(ValidationError) as caught:
        profiles.create(name)
    assert caught.value.field == "name" and reason in caught.value.reason
    assert (tmp_path / INDEX_NAME).read_text() == before  # nothing written
    assert len(profiles.all()) == 1


def test_a_broken_index_never_hides_a_diary(tmp_path: Path) -> None:
    profiles = Profiles(tmp_path)
    profiles.create("Anna")
    ben = profiles.create("Ben")
    _diary(ben.root(tmp_path))
    for broken in ("{not json", "[]", '{"order": "x", "last": 3}', ""):
        (tmp_path / INDEX_NAME).write_text(broken)
        assert {p.name for p in profiles.all()} == {"Anna", "Ben"}
    (tmp_path / INDEX_NAME).unlink()
    assert {p.name for p in profiles.all()} == {"Anna", "Ben"}
    # a folder whose marker is lost is still a diary (named after its folder)
    (ben.root(tmp_path) / "profile.json").unlink()
    assert ben.folder in {p.name for p in profiles.all()}


def test_rename_and_remove_with_the_typed_name(tmp_path: Path) -> None:
    profiles = Profiles(tmp_path)
    profiles.create("Anna")
    ben = profiles.create("Ben")
    _diary(ben.root(tmp_path))
    ben = profiles.rename(ben, "Benjamin")
    assert profiles.find("benjamin") == ben
    with pytest.raises(ValidationError, match="anna is already a diary"):
        profiles.rename(ben, "anna")
    backup = profiles.removed_backup_path(ben, datetime(2026, 12, 7, tzinfo=UTC))
    with pytest.raises(ValidationError, match="type the diary's name"):
        profiles.remove(ben, "Ben", backup)
    with pytest.raises(ValidationError, match="backup was not made"):
        profiles.remove(ben, "Benjamin", backup)
    backup.write_bytes((ben.root(tmp_path) / DB_NAME).read_bytes())
    profiles.remove(ben, "benjamin", backup)
    assert [p.name for p in profiles.all()] == ["Anna"]
    assert not ben.root(tmp_path).exists() and backup.exists()
