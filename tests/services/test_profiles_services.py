"""Profiles with their diaries: creating a juvenile one beside an adult one never mixes data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dmtracker.domain.errors import ValidationError
from dmtracker.services.app_services import open_services
from dmtracker.services.profiles import create_profile, remove_profile
from dmtracker.storage.folder_lock import DiaryInUseError
from dmtracker.storage.profiles import Profiles

HOLD = """
import sys
from pathlib import Path
from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths
s = open_services(DataPaths(Path(sys.argv[1])))
print("open", flush=True)
sys.stdin.readline()
s.close()
"""


def test_two_profiles_keep_their_own_data(tmp_path: Path, clock) -> None:
    base = tmp_path / "data"
    me = create_profile(base, "Anna", clock=clock)
    sam = create_profile(base, "Sam", juvenile=True, clock=clock)
    for profile, pain in ((me, 2), (sam, 7)):
        s = open_services(profile.paths(base), clock)
        try:
            s.checkins.add({"day": "2026-11-20", "pain": pain})
        finally:
            s.close()
    for profile, pain, juvenile in ((me, 2, False), (sam, 7, True)):
        s = open_services(Profiles(base).find(profile.name).paths(base), clock)
        try:
            [row] = s.checkins.list()
            assert row.pain == pain
            assert s.profile.current().juvenile is juvenile
        finally:
            s.close()


def test_a_profile_is_removed_only_after_a_copy_and_never_while_open(tmp_path: Path, clock) -> None:
    base = tmp_path / "data"
    create_profile(base, "Anna", clock=clock)
    ben = create_profile(base, "Ben", clock=clock)
    s = open_services(ben.paths(base), clock)
    try:
        s.checkins.add({"day": "2026-11-20", "pain": 4})
    finally:
        s.close()
    holder = subprocess.Popen(  # another process has Ben's diary open
        [sys.executable, "-c", HOLD, str(ben.root(base))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        with pytest.raises(DiaryInUseError):
            remove_profile(base, ben, "Ben", clock)
    finally:
        holder.communicate(b"\n", timeout=30)
    with pytest.raises(ValidationError, match="type the diary's name"):
        remove_profile(base, ben, "Benn", clock)
    assert ben.root(base).exists()
    copy = remove_profile(base, ben, "ben", clock)
    assert not ben.root(base).exists()
    assert [p.name for p in Profiles(base).all()] == ["Anna"]
    # the copy is a whole diary: it opens with Ben's check-in
    restored = tmp_path / "restored"
    restored.mkdir()
    (restored / "dmtracker.sqlite3").write_bytes(copy.read_bytes())
    from dmtracker.storage.paths import DataPaths

    s = open_services(DataPaths(restored), clock)
    try:
        assert [r.pain for r in s.checkins.list()] == [4]
    finally:
        s.close()
