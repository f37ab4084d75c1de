"""Trust: one diary, one writer at a time, every file converted or none — tried from outside.

Real processes on a real data folder: two writers at once, a second app start, a conversion
refused while the diary is open, ``kill -9`` during encrypt / decrypt / restore, and the files
an encrypted diary leaves on disk.
"""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths

PY = sys.executable
PASS = "correct horse battery"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DMTRACKER_PASSPHRASE": PASS}


def cli(*args: str, timeout: float = 120, env: dict[str, str] | None = None):
    return subprocess.run(
        [PY, "-m", "dmtracker", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or ENV,
    )


def start(*args: str) -> subprocess.Popen[str]:
    """``dmtracker ARGS`` running in the background, its output captured."""
    return subprocess.Popen(
        [PY, "-m", "dmtracker", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def start_app_once(root: Path) -> subprocess.CompletedProcess[str]:
    """The desktop app started on ``root`` until its window is ready (then it exits 0)."""
    return subprocess.run(
        [PY, "-m", "dmtracker", "--data-dir", str(root)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**ENV, "DMTRACKER_EXIT_AFTER_START": "1"},
    )


def png(path: Path, shade: int) -> Path:
    raw = b"".join(b"\x00" + bytes([shade % 256, 40, 90]) * 4 for _ in range(3))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def diary_with_photos(root: Path, tmp: Path, photos: int = 6, backups: int = 4) -> DataPaths:
    """A small demo diary with rash photos and several backups (plain)."""
    r = cli("demo", "--data-dir", str(root), "--end", "2026-11-20")
    assert r.returncode == 0, r.stderr
    paths = DataPaths(root)
    s = open_services(paths)
    try:
        for i, rash in enumerate(s.rash.list()[:photos]):
            s.photos.attach(rash.id, png(tmp / f"p{i}.png", i * 30))
        for _ in range(backups):
            s.maintenance.backup_now()
            time.sleep(1.01)  # backup names are stamped to the second
    finally:
        s.close()
    return paths


# --- 1. one writer at a time, without failures ---------------------------------------------------
WRITER = r"""
import sys, time
from datetime import date, timedelta
from pathlib import Path
from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths
root, first, n = Path(sys.argv[1]), date.fromisoformat(sys.argv[2]), int(sys.argv[3])
s = open_services(DataPaths(root))
print("ready", flush=True)
sys.stdin.readline()  # both start writing together
longest = 0.0
for i in range(n):
    t = time.perf_counter()
    s.checkins.add({"day": (first + timedelta(days=i)).isoformat(), "fatigue": i % 11,
                    "notes": f"writer {sys.argv[2]} #{i}"})
    longest = max(longest, time.perf_counter() - t)
s.close()
print(f"done {n} longest_wait_ms {longest * 1000:.0f}", flush=True)
"""


def test_two_writer_processes_both_finish_and_nothing_is_lost(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    open_services(paths).close()
    procs = [
        subprocess.Popen(
            [PY, "-c", WRITER, str(paths.root), first, "300"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        for first in ("2024-01-01", "2025-01-01")
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
        assert out.strip().startswith("done 300")
        print(out.strip())  # the longest wait of one save while the other process wrote
    s = open_services(paths)
    try:
        rows = s.checkins.list()
    finally:
        s.close()
    assert len(rows) == 600
    assert len({r.day for r in rows}) == 600


def test_two_csv_imports_at_once_both_end_cleanly(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    open_services(paths).close()
    csv = tmp_path / "days.csv"
    lines = ["day,fatigue,pain,notes"]
    lines += [
        f"2026-0{1 + i // 28}-{1 + i % 28:02d},{i % 11},{(i * 3) % 11},row {i}" for i in range(200)
    ]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    procs = [start("import", "--data-dir", str(paths.root), str(csv)) for _ in range(2)]
    results = [(p, *p.communicate(timeout=120)) for p in procs]
    for p, _out, err in results:
        assert p.returncode == 0, err
        assert "Traceback" not in err
    s = open_services(paths)
    try:
        assert s.checkins.count() == 200
    finally:
        s.close()


OPENER = r"""
import sys
from pathlib import Path
from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths
s = open_services(DataPaths(Path(sys.argv[1])))
try:
    s.checkins.add({"day": sys.argv[2], "fatigue": 3})
finally:
    s.close()
"""


@pytest.mark.parametrize("kind", ["new", "older schema"])
def test_processes_opening_one_diary_at_once_get_it_ready_once(tmp_path: Path, kind: str) -> None:
    """Found from outside: two JSON imports into a folder with no diary yet, both creating its
    tables, ended in 'database is locked' 1 run in 4; three processes opening a diary of an
    older schema each upgraded it and replaced the file under the others ('damaged', 'integrity
    check failed after upgrade'). One gets the diary ready; the others wait and find it so."""
    import shutil

    fixture = Path(__file__).parent / "fixtures" / "schema-0001.sqlite3"
    for run in range(4):
        root = tmp_path / f"d{run}"
        if kind == "older schema":
            root.mkdir()
            shutil.copy(fixture, root / "dmtracker.sqlite3")
        days = [f"2020-01-0{i + 1}" for i in range(3)]
        procs = [
            subprocess.Popen(
                [PY, "-c", OPENER, str(root), day], stderr=subprocess.PIPE, text=True, env=ENV
            )
            for day in days
        ]
        for p in procs:
            _out, err = p.communicate(timeout=120)
            assert p.returncode == 0, (run, err)
        s = open_services(DataPaths(root))
        try:
            assert {str(c.day) for c in s.checkins.list(start=None)} >= set(days)
        finally:
            s.close()
        if kind == "older schema":  # upgraded once: one copy of the old file kept
            assert len(list((root / "backups").glob("pre-upgrade-*"))) == 1


def test_a_process_kept_getting_the_diary_ready_too_long_is_told_in_one_line(
    tmp_path: Path,
) -> None:
    import fcntl

    from dmtracker.storage import folder_lock

    root = tmp_path / "d"
    root.mkdir()
    with open(root / folder_lock.PREPARE_LOCK_NAME, "w") as held:  # another process's hold
        fcntl.flock(held, fcntl.LOCK_EX)
        refused = pytest.raises(folder_lock.DiaryInUseError, match="being converted or restored")
        with refused, folder_lock.preparing(root, wait_s=0.3):
            pytest.fail("ran while another process held it")
    with folder_lock.preparing(root, wait_s=0.3):  # let go: free again
        pass


# --- 2. who has the diary open is known ----------------------------------------------------------
def test_converting_an_open_diary_is_refused_in_one_line(tmp_path: Path) -> None:
    r = cli("demo", "--data-dir", str(tmp_path / "d"), "--end", "2026-11-20")
    assert r.returncode == 0, r.stderr
    paths = DataPaths(tmp_path / "d")
    s = open_services(paths)  # this test process has the diary open, like the app would
    try:
        s.checkins.add({"day": "2026-11-22", "fatigue": 4})
        backup = s.maintenance.backup_now()
        for lock_file in paths.root.glob(".*lock"):  # an attack: deleting a lock file
            lock_file.unlink()
        for args in (
            ("encrypt",),
            ("demo",),
            ("restore", str(backup)),
        ):
            r = cli(*args, "--data-dir", str(paths.root))
            assert r.returncode == 1, (args, r.stdout, r.stderr)
            assert r.stderr.startswith("dmtracker: error: ") and r.stderr.count("\n") == 1, args
            assert "open in another dmtracker" in r.stderr
        assert not (paths.root / "encrypted.txt").exists()
        # the open process saves again, and what it saved is there: nothing was swapped
        s.checkins.add({"day": "2026-11-23", "fatigue": 5})
    finally:
        s.close()
    s = open_services(paths)
    try:
        assert {str(c.day) for c in s.checkins.list(start=None)} >= {"2026-11-22", "2026-11-23"}
    finally:
        s.close()
    # closed: now it may be encrypted
    r = cli("encrypt", "--data-dir", str(paths.root))
    assert r.returncode == 0, r.stderr


def test_two_demo_runs_at_once_one_refused_none_crash(tmp_path: Path) -> None:
    root = tmp_path / "d"
    procs = [start("demo", "--data-dir", str(root), "--end", "2026-11-20") for _ in range(2)]
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in procs]
    assert sorted(rc for rc, _ in results) in ([0, 1], [0, 0])
    for _rc, err in results:
        assert "Traceback" not in err


def test_a_second_app_start_brings_the_first_forward_and_exits_0(tmp_path: Path) -> None:
    root = tmp_path / "d"
    first = start("--data-dir", str(root), "--demo")
    try:
        logs = root / "demo" / "logs"
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if any("started" in p.read_text() for p in logs.glob("*.log")):
                break
            time.sleep(0.2)
        else:
            pytest.fail("the first app did not start")
        second = subprocess.run(
            [PY, "-m", "dmtracker", "--data-dir", str(root), "--demo"],
            capture_output=True,
            text=True,
            timeout=60,
            env=ENV,
        )
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == (
            f"dmtracker: the diary in {root} is open already; its window was brought forward"
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if any("brought forward" in p.read_text() for p in logs.glob("*.log")):
                break
            time.sleep(0.2)
        else:
            pytest.fail("the running app did not hear the second start")
        assert first.poll() is None  # still running
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=30)


# --- 3 and 4. conversions that finish or roll back; encrypted photos ------------------------------
def files_of(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def assert_no_readable_photo(root: Path) -> None:
    for p in files_of(root):
        data = p.read_bytes()
        assert b"\x89PNG\r\n\x1a\n" not in data, p  # the 8-byte signature, anywhere
        assert not data.startswith(b"\xff\xd8\xff"), p  # a JPEG file
        assert b"JFIF" not in data and b"IHDR" not in data, p
        for site in (b"knuckles", b"eyelids", b"v_neck", b"shawl", b"scalp"):
            assert site not in data, (p, site)
            assert site.decode() not in p.name, p


def test_encrypted_photos_are_opaque_and_still_shown(tmp_path: Path) -> None:
    paths = diary_with_photos(tmp_path / "d", tmp_path, photos=4, backups=1)
    s = open_services(paths)
    try:
        originals = {p.rel_path: s.photos.read_bytes(p) for p in s.photos.list()}
    finally:
        s.close()
    assert len(originals) == 4
    r = cli("encrypt", "--data-dir", str(paths.root))
    assert r.returncode == 0, r.stderr
    assert_no_readable_photo(paths.root)
    from dmtracker.services.maintenance import unlock

    unlock(paths, PASS)
    s = open_services(paths)
    try:
        shown = {p.rel_path: s.photos.read_bytes(p) for p in s.photos.list()}
        assert shown == originals  # thumbnails and the report decrypt in memory
        rash = s.rash.list()[10]
        s.photos.attach(rash.id, png(tmp_path / "new.png", 200))  # a new one is sealed too
        assert s.transfer.backup_document()["photos"][0]["data"]  # export decrypts
    finally:
        s.close()
    assert_no_readable_photo(paths.root)
    r = cli("report", "--data-dir", str(paths.root), "--from", "2026-09-01", "--to", "2026-11-20",
            "--out", str(tmp_path / "r.pdf"))  # fmt: skip
    assert r.returncode == 1 and "add --plain" in r.stderr and not (tmp_path / "r.pdf").exists()
    r = cli("decrypt", "--data-dir", str(paths.root))
    assert r.returncode == 0, r.stderr
    s = open_services(paths)
    try:
        assert all((paths.root / p.rel_path).is_file() for p in s.photos.list())
        assert {p.rel_path: s.photos.read_bytes(p) for p in s.photos.list()}.items() >= (
            originals.items()
        )
    finally:
        s.close()


def state_after_check(root: Path) -> tuple[str, str]:
    r = cli("check", "--data-dir", str(root))
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode == 0, r.stdout + r.stderr
    line = next(x for x in r.stdout.splitlines() if x.startswith("Encryption: "))
    return line.removeprefix("Encryption: "), r.stderr


def killed_after(args: list[str], delay: float) -> None:
    p = subprocess.Popen([PY, "-m", "dmtracker", *args], env=ENV, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    p.send_signal(signal.SIGKILL)
    p.wait()


def count_checkins(paths: DataPaths) -> int:
    from dmtracker.services.maintenance import is_encrypted, unlock

    if is_encrypted(paths):
        unlock(paths, PASS)
    s = open_services(paths)
    try:
        return s.checkins.count()
    finally:
        s.close()


def conversion_base(tmp_path: Path, action: str) -> tuple[DataPaths, int]:
    """A diary with 20 photos and 6 backups, ready for ``action`` (encrypted for decrypt),
    and its count of check-ins."""
    base = diary_with_photos(tmp_path / "base", tmp_path, photos=20, backups=6)
    if action == "decrypt":
        assert cli("encrypt", "--data-dir", str(base.root)).returncode == 0
    return base, count_checkins(base)


@pytest.mark.slow
@pytest.mark.parametrize("action", ["encrypt", "decrypt"])
def test_kill_9_during_a_conversion_leaves_all_plain_or_all_encrypted(
    tmp_path: Path, action: str
) -> None:
    import shutil

    base, expected = conversion_base(tmp_path, action)
    seen: dict[str, int] = {}
    for delay in (0.4, 0.7, 1.0, 1.3, 1.6, 2.0, 2.4, 2.8, 3.3, 4.0):
        root = tmp_path / f"k{delay}"
        shutil.copytree(base.root, root)
        killed_after([action, "--data-dir", str(root)], delay)
        state, _said = state_after_check(root)
        assert state in ("plain", "encrypted"), (delay, state)
        seen[state] = seen.get(state, 0) + 1
        assert count_checkins(DataPaths(root)) == expected
        if state == "encrypted":
            assert_no_readable_photo(root)
        shutil.rmtree(root)
    print(action, seen)


@pytest.mark.slow
def test_kill_9_during_a_restore_leaves_the_old_or_the_new_diary(tmp_path: Path) -> None:
    import shutil

    base = diary_with_photos(tmp_path / "base", tmp_path, photos=0, backups=1)
    s = open_services(base)
    try:
        old = s.maintenance.backups()[0].path
        s.checkins.add({"day": "2026-11-22", "fatigue": 4, "notes": "after the backup"})
        before = s.checkins.count()
    finally:
        s.close()
    for delay in (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 1.0):
        root = tmp_path / f"r{delay}"
        shutil.copytree(base.root, root)
        backup = root / "backups" / old.name
        killed_after(["restore", str(backup), "--data-dir", str(root)], delay)
        state, _ = state_after_check(root)
        assert state == "plain"
        assert count_checkins(DataPaths(root)) in (before, before - 1)
        assert not list(root.glob("*.restoring*")) and not list(root.glob("*.part"))
        shutil.rmtree(root)


def test_an_interrupted_encryption_is_finished_by_the_next_command(tmp_path: Path) -> None:
    """The state a kill leaves after the database was encrypted and before the rest was: the
    plan file, an encrypted database, plain backups and photos."""
    from dmtracker.services import encryption as mt
    from dmtracker.storage.db import is_plain_file, set_passphrase

    paths = diary_with_photos(tmp_path / "d", tmp_path, photos=3, backups=2)
    mt._write_plan(paths, "encrypt")
    (paths.root / mt.ENCRYPTED_MARKER).write_text(mt.MARKER_TEXT)
    set_passphrase(paths.root, PASS)
    mt._convert(paths.db, PASS)
    set_passphrase(paths.root, None)
    assert any(is_plain_file(b.path) for b in mt.bk.list_backups(paths.backups))
    # the reproduction: "encrypt" again said "encrypted already" and left the backups plain
    r = cli("encrypt", "--data-dir", str(paths.root))
    assert "the interrupted encryption was finished" in r.stderr
    assert r.returncode == 1 and "encrypted already" in r.stderr
    state, _ = state_after_check(paths.root)
    assert state == "encrypted"
    assert not (paths.root / mt.PLAN_NAME).exists()
    assert_no_readable_photo(paths.root)


def test_an_interrupted_decryption_is_undone_and_check_sees_every_backup(
    tmp_path: Path,
) -> None:
    """Killed after the photos and one backup were decrypted, the database not yet: the next
    command encrypts again what was made plain (a stale plan never decrypts a diary nobody
    asked to decrypt), and check still sees every backup (the reproduction: "none")."""
    from dmtracker.services import encryption as mt
    from dmtracker.storage import photo_store
    from dmtracker.storage.db import is_plain_file, set_passphrase

    paths = diary_with_photos(tmp_path / "d", tmp_path, photos=3, backups=3)
    assert cli("encrypt", "--data-dir", str(paths.root)).returncode == 0
    mt._write_plan(paths, "decrypt")
    photo_store.decrypt_folder(paths.root, PASS)
    set_passphrase(paths.root, PASS)
    mt._convert(mt.bk.list_backups(paths.backups)[0].path, None)
    set_passphrase(paths.root, None)
    r = cli("check", "--data-dir", str(paths.root))
    assert r.returncode == 0, r.stderr
    assert "the interrupted decryption was undone" in r.stderr
    assert "Encryption: encrypted" in r.stdout
    assert "Newest good backup: none" not in r.stdout
    assert not any(is_plain_file(b.path) for b in mt.bk.list_backups(paths.backups))
    assert_no_readable_photo(paths.root)


@pytest.mark.parametrize("moment", ["encrypt, database half copied", "decrypt, database plain"])
def test_the_states_a_kill_leaves_that_timing_seldom_reaches_are_resolved(
    tmp_path: Path, moment: str
) -> None:
    """The kill tests stop a conversion at moments set in seconds, so on a busy or a fast
    machine some states are never reached: a kill inside the first database copy of an encrypt
    (plan, marker, a half copy; undone) and one after a decrypt's database copy was put in place
    (plan, marker, every file plain; finished). Made here from the steps themselves."""
    from dmtracker.services import encryption as mt
    from dmtracker.storage import photo_store
    from dmtracker.storage.db import is_plain_file, set_passphrase

    paths = diary_with_photos(tmp_path / "d", tmp_path, photos=2, backups=2)
    expected = count_checkins(paths)
    if moment.startswith("encrypt"):
        mt._write_plan(paths, "encrypt")
        (paths.root / mt.ENCRYPTED_MARKER).write_text(mt.MARKER_TEXT)
        (paths.root / "dmtracker.sqlite3.converting").write_bytes(b"SQLite format 3\0half")
        said = "the interrupted encryption was undone"
    else:
        assert cli("encrypt", "--data-dir", str(paths.root)).returncode == 0
        mt._write_plan(paths, "decrypt")
        photo_store.decrypt_folder(paths.root, PASS)
        set_passphrase(paths.root, PASS)
        for b in mt.bk.list_backups(paths.backups):
            mt._convert(b.path, None)
        mt._convert(paths.db, None)
        set_passphrase(paths.root, None)
        said = "the interrupted decryption was finished"
    state, stderr = state_after_check(paths.root)
    assert said in stderr
    assert state == "plain"
    assert not (paths.root / mt.PLAN_NAME).exists()
    assert not (paths.root / mt.ENCRYPTED_MARKER).exists()
    assert all(is_plain_file(b.path) for b in mt.bk.list_backups(paths.backups))
    no_leftovers(paths.root)
    assert count_checkins(paths) == expected


def test_a_plan_that_is_not_ours_is_set_aside_not_followed(tmp_path: Path) -> None:
    """The attacks: a garbage plan locked a plain diary out; a stale decrypt plan decrypted an
    encrypted diary when check ran."""
    from dmtracker.services import encryption as mt

    plain = diary_with_photos(tmp_path / "p", tmp_path, photos=1, backups=0)
    for garbage in ("garbage{{", "{}", "[]", "null"):
        (plain.root / mt.PLAN_NAME).write_text(garbage)
        r = cli("check", "--data-dir", str(plain.root))
        assert r.returncode == 0 and "set aside" in r.stderr, r.stderr
        assert "Encryption: plain" in r.stdout
    (plain.root / mt.PLAN_NAME).mkdir()
    r = cli("backup", "--data-dir", str(plain.root))
    assert r.returncode == 0, r.stderr
    enc = diary_with_photos(tmp_path / "e", tmp_path, photos=2, backups=1)
    assert cli("encrypt", "--data-dir", str(enc.root)).returncode == 0
    (enc.root / mt.PLAN_NAME).write_text('{"action": "decrypt"}')
    r = cli("check", "--data-dir", str(enc.root))
    assert r.returncode == 0, r.stderr
    assert "Encryption: encrypted" in r.stdout
    assert_no_readable_photo(enc.root)


# --- 6. full disk and read-only folders (real mounts: root only) ---------------------------------
needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="mounting a small tmpfs or a read-only bind mount needs root (CI runs as root)",
)


def _mount(*args: str) -> None:
    r = subprocess.run(["mount", *args], capture_output=True, text=True)
    if r.returncode != 0:  # root without the right to mount (a container): say so, skip
        pytest.skip(f"mount {' '.join(args)} is not allowed here: {r.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 4 MB tmpfs: a diary fits, a demo of many years does not."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    _mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt))
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(disk: Path) -> None:
    """Fill the disk to the last byte. Unbuffered: a buffered file's close flushes its rest into
    the full disk and raises ENOSPC (seen in CI). A disk filled already is left as it is."""
    try:
        with open(disk / "filler", "wb", buffering=0) as f:
            while True:
                f.write(b"\0" * 65536)
    except OSError:
        pass
    try:  # the last bytes: a smaller write may still fit where 64 KiB did not
        with open(disk / "filler", "ab", buffering=0) as f:
            while True:
                f.write(b"\0" * 512)
    except OSError:
        pass


def no_leftovers(root: Path) -> None:
    left = [p for p in root.rglob("*") if p.name.endswith((".part", ".converting", ".restoring"))]
    assert not left, left


@needs_root
def test_full_disk_every_command_says_so_in_one_line_and_the_app_starts(small_disk: Path) -> None:
    root = small_disk / "d"
    r = cli("demo", "--data-dir", str(root), "--end", "2026-11-20", "--years", "20")
    assert r.returncode == 1, r.stdout  # the reproduction: demo reported success
    assert (
        r.stderr.startswith("dmtracker: error: the disk holding ") and "free at least" in r.stderr
    )
    assert "Traceback" not in r.stderr and r.stderr.count("\n") == 1
    subprocess.run(["rm", "-rf", str(root)], check=True)
    assert cli("demo", "--data-dir", str(root), "--end", "2026-11-20").returncode == 0
    fill(small_disk)
    for args in (("backup",), ("encrypt",), ("import", str(small_disk / "filler"))):
        r = cli(*args, "--data-dir", str(root))
        assert r.returncode == 1, (args, r.stdout)
        assert "Traceback" not in r.stderr, args
        assert r.stderr.startswith("dmtracker: error: "), (args, r.stderr)
    no_leftovers(small_disk)
    r = cli("check", "--data-dir", str(root))
    assert "Integrity: ok" in r.stdout and "read-only (the disk is full" in r.stdout
    r = start_app_once(root)
    assert r.returncode == 0, r.stderr
    assert "window_ready_s" in r.stdout and "Traceback" not in r.stderr
    no_leftovers(small_disk)


@pytest.fixture
def read_only_copy(tmp_path: Path):
    src = tmp_path / "src"
    r = cli("demo", "--data-dir", str(src / "d"), "--end", "2026-11-20")
    assert r.returncode == 0, r.stderr
    mnt = tmp_path / "ro"
    mnt.mkdir()
    _mount("--bind", str(src), str(mnt))
    _mount("-o", "remount,bind,ro", str(mnt))
    yield mnt / "d"
    subprocess.run(["umount", "-l", str(mnt)], check=False)


@needs_root
def test_a_read_only_folder_is_viewed_and_exported_never_called_damaged(
    read_only_copy: Path, tmp_path: Path
) -> None:
    root = read_only_copy
    r = cli("check", "--data-dir", str(root))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Integrity: ok" in r.stdout and "FAILED" not in r.stdout
    assert "Access: read-only" in r.stdout
    r = cli(
        "export", "--format", "json", "--out", str(tmp_path / "x.json"), "--data-dir", str(root)
    )
    assert r.returncode == 0, r.stderr
    for args in (("backup",), ("encrypt",), ("demo",)):
        r = cli(*args, "--data-dir", str(root))
        assert r.returncode == 1 and "Traceback" not in r.stderr, (args, r.stderr)
        assert "read-only" in r.stderr or "already has data" in r.stderr, (args, r.stderr)
    from dmtracker.domain.errors import ValidationError

    s = open_services(DataPaths(root))
    try:
        assert s.read_only and s.checkins.count() > 300
        with pytest.raises(ValidationError, match="read-only"):
            s.checkins.add({"day": "2026-11-21", "fatigue": 3})
    finally:
        s.close()
    r = start_app_once(root)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr


@needs_root
def test_a_second_app_start_on_a_read_only_folder_says_it_is_open_and_exits_0(
    read_only_copy: Path,
) -> None:
    """Found from outside: no lock file can be made in a read-only folder, so a second start
    opened a second window. The lock then lives in the user's runtime folder; no request to
    come forward can be left in the folder, so the second start says the diary is open."""
    from dmtracker.storage import folder_lock

    root = read_only_copy
    assert folder_lock.claim_app_instance(root)  # this process is the running app
    try:
        r = subprocess.run(
            [PY, "-m", "dmtracker", "--data-dir", str(root)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**ENV, "DMTRACKER_EXIT_AFTER_START": "1"},
        )
        assert r.returncode == 0, r.stderr
        assert r.stdout == f"dmtracker: the diary in {root} is open already in another window\n"
        assert "window_ready_s" not in r.stdout and "Traceback" not in r.stderr
        assert not folder_lock.request_raise(root)
    finally:
        folder_lock.release_app_instance(root)
    assert start_app_once(root).returncode == 0  # let go: it opens (read-only) again


def test_two_json_imports_at_once_one_imports_the_other_is_told(tmp_path: Path) -> None:
    """The reproduction: two JSON imports at once ended in 'database is locked' 1 run in 5."""
    src = diary_with_photos(tmp_path / "src", tmp_path, photos=2, backups=0)
    backup = tmp_path / "b.json"
    r = cli("export", "--format", "json", "--out", str(backup), "--data-dir", str(src.root))
    assert r.returncode == 0, r.stderr
    for run in range(3):
        root = tmp_path / f"empty{run}"
        open_services(DataPaths(root)).close()
        procs = [start("import", "--data-dir", str(root), str(backup)) for _ in range(2)]
        results = [(p, *p.communicate(timeout=180)) for p in procs]
        for p, _out, err in results:
            assert "Traceback" not in err, err
            assert p.returncode in (0, 1), err
            assert p.returncode == 0 or err.startswith("dmtracker: error: "), err
        assert any(p.returncode == 0 and "Imported" in out for p, out, _ in results), results
        assert count_checkins(DataPaths(root)) == count_checkins(src)


def test_a_backup_imported_into_an_encrypted_diary_has_its_photos_sealed(tmp_path: Path) -> None:
    from dmtracker.services.maintenance import encrypt_database, unlock

    src = diary_with_photos(tmp_path / "src", tmp_path, photos=3, backups=0)
    backup = tmp_path / "b.json"
    r = cli("export", "--format", "json", "--out", str(backup), "--data-dir", str(src.root))
    assert r.returncode == 0, r.stderr
    target = DataPaths(tmp_path / "enc")
    open_services(target).close()
    encrypt_database(target, PASS, PASS)
    r = cli("import", "--data-dir", str(target.root), str(backup))
    assert r.returncode == 0, r.stderr
    assert_no_readable_photo(target.root)
    unlock(target, PASS)
    s = open_services(target)
    try:
        photos = s.photos.list()
        assert len(photos) == 3
        assert all((s.photos.read_bytes(p) or b"").startswith(b"\x89PNG") for p in photos)
    finally:
        s.close()


def test_a_diary_with_poisoned_settings_still_makes_a_backup_that_imports(tmp_path: Path) -> None:
    import sqlite3

    paths = DataPaths(tmp_path / "d")
    s = open_services(paths)
    s.checkins.add({"day": "2026-11-20", "fatigue": 3})
    s.settings.set("trends/mean", False)  # a good one travels
    s.close()
    conn = sqlite3.connect(paths.db)
    for key, value in (("today/draft", '"boom"'), ("trends/flare_threshold", '"abc"')):
        conn.execute(
            "INSERT OR REPLACE INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)",
            (key, value, "2026-11-20 10:00:00"),
        )
    conn.commit()
    conn.close()
    out = tmp_path / "b.json"
    r = cli("export", "--format", "json", "--out", str(out), "--data-dir", str(paths.root))
    assert r.returncode == 0, r.stderr
    r = cli("import", "--data-dir", str(tmp_path / "new"), str(out))
    assert r.returncode == 0, r.stderr
    s = open_services(DataPaths(tmp_path / "new"))
    try:
        assert s.settings.get("trends/mean") is False
        assert s.checkins.count() == 1
    finally:
        s.close()


@needs_root
def test_full_or_read_only_destinations_and_odd_folders_say_so_in_one_line(
    small_disk: Path, tmp_path: Path
) -> None:
    """Attack findings: exports to a full disk or a read-only place, a data folder that is a
    file, a logs folder that is a file, a backups link to nothing, a logs link elsewhere."""
    paths = diary_with_photos(tmp_path / "d", tmp_path, photos=0, backups=0)
    fill(small_disk)
    for args in (
        ("export", "--format", "csv", "--out", str(small_disk / "e.zip")),
        ("export", "--format", "json", "--out", str(small_disk / "e.json")),
        ("backup", "--out", str(small_disk / "b.sqlite3")),
    ):
        r = cli(*args, "--data-dir", str(paths.root))
        assert r.returncode == 1 and "Traceback" not in r.stderr, (args, r.stderr)
        assert r.stderr.startswith(f"dmtracker: error: the disk holding {small_disk} is full")
    no_leftovers(small_disk)
    a_file = tmp_path / "a-file"
    a_file.write_text("hi")
    r = cli("backup", "--data-dir", str(a_file))
    assert r.stderr == f"dmtracker: error: {a_file} is a file, not a folder; " + (
        "move it away or choose another folder\n"
    )
    (tmp_path / "d" / "logs").rename(tmp_path / "logs-away")
    (tmp_path / "d" / "logs").write_text("x")
    r = cli("backup", "--data-dir", str(paths.root))
    assert r.returncode == 1 and "logs is a file, not a folder" in r.stderr
    (tmp_path / "d" / "logs").unlink()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "d" / "logs").symlink_to(elsewhere)
    r = start_app_once(paths.root)
    assert r.returncode == 0, r.stderr
    assert not list(elsewhere.iterdir())  # the log did not follow the link


@needs_root
@pytest.mark.slow
@pytest.mark.parametrize("action", ["encrypt", "decrypt"])
def test_a_disk_that_fills_during_a_conversion_is_told_and_mended(
    tmp_path: Path, action: str
) -> None:
    base, expected = conversion_base(tmp_path, action)
    for delay in (0.5, 0.8, 1.1, 1.5):
        mnt = tmp_path / f"m{delay}"
        mnt.mkdir()
        _mount("-t", "tmpfs", "-o", "size=9m", "tmpfs", str(mnt))
        try:
            root = mnt / "d"
            subprocess.run(["cp", "-a", str(base.root), str(root)], check=True)
            p = start(action, "--data-dir", str(root))
            time.sleep(delay)
            fill(mnt)
            _out, err = p.communicate(timeout=120)
            assert "Traceback" not in err, err
            (mnt / "filler").unlink(missing_ok=True)
            state, said = state_after_check(root)
            assert state in ("plain", "encrypted"), (delay, state, said)
            if action == "decrypt" and p.returncode != 0:
                assert state == "encrypted", (delay, err)  # undone: nothing left readable
                assert_no_readable_photo(root)
            assert count_checkins(DataPaths(root)) == expected
        finally:
            subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_check_names_a_record_that_cannot_be_read(tmp_path: Path) -> None:
    """A row edited outside dmtracker (a day that is not a date) passes SQLite's own check but
    broke every export: check now names it."""
    import sqlite3

    paths = DataPaths(tmp_path / "d")
    s = open_services(paths)
    s.checkins.add({"day": "2026-11-20", "fatigue": 3})
    rid = s.checkins.list()[0].id
    s.close()
    conn = sqlite3.connect(paths.db)
    conn.execute("UPDATE daily_checkin SET day = 'not-a-date' WHERE id = ?", (rid,))
    conn.commit()
    conn.close()
    r = cli("check", "--data-dir", str(paths.root))
    assert r.returncode == 1
    assert "Integrity: FAILED" in r.stdout
    assert f"daily_checkin id {rid} cannot be read" in r.stdout


def test_a_killed_restore_s_half_copy_is_removed_by_the_next_check_and_open(
    tmp_path: Path,
) -> None:
    """A kill inside ``copy_database`` leaves ``dmtracker.sqlite3.restoring.part`` (CI saw it)."""
    paths = DataPaths(tmp_path / "d")
    open_services(paths).close()
    for name in ("dmtracker.sqlite3.restoring.part", "dmtracker.sqlite3.restoring"):
        (paths.root / name).write_bytes(b"half")
        assert state_after_check(paths.root)[0] == "plain"
        assert not (paths.root / name).exists()
        (paths.root / name).write_bytes(b"half")
        open_services(paths).close()
        assert not (paths.root / name).exists()
