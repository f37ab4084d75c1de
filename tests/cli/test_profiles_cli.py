"""``dmtracker profile`` and ``--profile``: several diaries under one data folder, never mixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dmtracker.app import main
from dmtracker.cli.common import paths_of
from dmtracker.cli.parser import build_parser
from dmtracker.services.app_services import open_services
from dmtracker.storage.profiles import INDEX_NAME, Profiles


def _files(base: Path) -> list[Path]:
    return sorted(p for p in base.rglob("*")) if base.exists() else []


def test_new_list_write_each_and_read_back(tmp_path: Path, capsys) -> None:
    base = tmp_path / "data"
    d = str(base)
    assert main(["profile", "new", "Anna", "--data-dir", d]) == 0
    assert main(["--data-dir", d, "profile", "new", "Sam", "--juvenile"]) == 0
    out = capsys.readouterr().out
    assert "Anna (adult)" in out and "Sam (juvenile)" in out
    assert main(["profile", "list", "--data-dir", d]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("* Anna") and "adult" in lines[0] and str(base) in lines[0]
    assert lines[1].startswith("  Sam") and "juvenile" in lines[1] and "profiles" in lines[1]
    # each profile's check-in through the services of the folder --profile picks
    for name, pain in (("Anna", 2), ("Sam", 7)):
        args = build_parser().parse_args(["check", "--data-dir", d, "--profile", name])
        s = open_services(paths_of(args))
        try:
            s.checkins.save_day({"day": "2026-11-20", "pain": pain})
        finally:
            s.close()
    for name, pain in (("anna", 2), ("SAM", 7)):  # letter case ignored
        args = build_parser().parse_args(["--data-dir", d, "--profile", name, "check"])
        s = open_services(paths_of(args))
        try:
            day = s.checkins.for_day("2026-11-20")
            assert day is not None and day.pain == pain
        finally:
            s.close()
    # the command follows --profile: its database is the profile's
    assert main(["check", "--data-dir", d, "--profile", "Sam"]) == 0
    sam_root = Profiles(base).find("Sam").root(base)
    assert str(sam_root / "dmtracker.sqlite3") in capsys.readouterr().out
    # without --profile: the one used last (the command line did not change it: Anna)
    assert paths_of(build_parser().parse_args(["check", "--data-dir", d])).root == base


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("", "name: is required"),
        ("   ", "name: is required"),
        ("x" * 41, "name: may be at most 40 characters"),
        ("anna", "name: anna is already a diary here"),
    ],
)
def test_bad_names_say_one_line_and_write_nothing(
    tmp_path: Path, capsys, name: str, said: str
) -> None:
    d = str(tmp_path / "data")
    assert main(["profile", "new", "Anna", "--data-dir", d]) == 0
    capsys.readouterr()
    before = _files(tmp_path / "data")
    assert main(["profile", "new", name, "--data-dir", d]) == 1
    err = capsys.readouterr().err
    assert err == f"dmtracker: error: {said}\n"
    assert _files(tmp_path / "data") == before
    assert main(["profile", "new", "Sam", "--data-dir", d]) == 0
    capsys.readouterr()
    assert main(["profile", "rename", "Sam", name, "--data-dir", d]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_unknown_profile_is_one_line(tmp_path: Path, capsys) -> None:
    d = str(tmp_path / "data")
    assert main(["profile", "new", "Anna", "--data-dir", d]) == 0
    capsys.readouterr()
    assert main(["check", "--data-dir", d, "--profile", "Nobody"]) == 1
    err = capsys.readouterr().err
    assert err == "dmtracker: error: profile: no diary is called Nobody (there are: Anna)\n"


def test_broken_index_still_lists_both(tmp_path: Path, capsys) -> None:
    base = tmp_path / "data"
    d = str(base)
    assert main(["profile", "new", "Anna", "--data-dir", d]) == 0
    assert main(["profile", "new", "Sam", "--juvenile", "--data-dir", d]) == 0
    (base / INDEX_NAME).write_text("{not json", encoding="utf-8")
    capsys.readouterr()
    assert main(["profile", "list", "--data-dir", d]) == 0
    out = capsys.readouterr().out
    assert "Anna" in out and "Sam" in out and "juvenile" in out
    (base / INDEX_NAME).unlink()
    assert main(["check", "--data-dir", d, "--profile", "Sam"]) == 0


def test_rename_and_remove_with_confirm(tmp_path: Path, capsys) -> None:
    base = tmp_path / "data"
    d = str(base)
    assert main(["profile", "new", "Anna", "--data-dir", d]) == 0
    assert main(["profile", "new", "Sam", "--data-dir", d]) == 0
    assert main(["profile", "rename", "sam", "Samuel", "--data-dir", d]) == 0
    assert "Renamed the diary Sam to Samuel." in capsys.readouterr().out
    root = Profiles(base).find("Samuel").root(base)
    assert json.loads((root / "profile.json").read_text())["name"] == "Samuel"
    # the wrong name typed: refused, nothing removed
    assert main(["profile", "remove", "Samuel", "--confirm", "Sam", "--data-dir", d]) == 1
    assert "type the diary's name, Samuel, to remove it" in capsys.readouterr().err
    assert root.is_dir()
    assert main(["profile", "remove", "Samuel", "--confirm", "samuel", "--data-dir", d]) == 0
    out = capsys.readouterr().out
    assert "Removed the diary Samuel" in out and "removed-profiles" in out
    assert not root.exists()
    assert len(list((base / "removed-profiles").glob("*.sqlite3"))) == 1
    assert [p.name for p in Profiles(base).all()] == ["Anna"]


def test_remove_without_a_terminal_needs_confirm(tmp_path: Path, capsys, monkeypatch) -> None:
    d = str(tmp_path / "data")
    assert main(["profile", "new", "Anna", "--data-dir", d]) == 0
    assert main(["profile", "new", "Sam", "--data-dir", d]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["profile", "remove", "Sam", "--data-dir", d]) == 1
    assert "--confirm NAME" in capsys.readouterr().err
    assert [p.name for p in Profiles(tmp_path / "data").all()] == ["Anna", "Sam"]


def test_german_error(tmp_path: Path, capsys) -> None:
    d = str(tmp_path / "data")
    assert main(["--language", "de", "profile", "new", "", "--data-dir", d]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "dmtracker:" in err
