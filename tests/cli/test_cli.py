"""The command line: demo, check, backup, version, smoke test, and clear one-line errors."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dmtracker import __version__
from dmtracker.app import main
from dmtracker.storage.migrate import SCHEMA_HEAD


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "dmtracker", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"dmtracker {__version__}"


def test_demo_then_check_then_backup(tmp_path: Path, capsys) -> None:
    d = str(tmp_path / "d")
    assert (
        main(["demo", "--data-dir", d, "--years", "1", "--seed", "3", "--end", "2026-06-30"]) == 0
    )
    out = capsys.readouterr().out
    assert "check-ins" in out and "IVIG courses" in out
    assert main(["check", "--data-dir", d]) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out and f"Schema: {SCHEMA_HEAD}" in out
    assert main(["backup", "--data-dir", d]) == 0
    assert "Backup written" in capsys.readouterr().out
    assert main(["check", "--data-dir", d]) == 0
    assert "Newest good backup: " in capsys.readouterr().out
    target = tmp_path / "copy.sqlite3"
    assert main(["backup", "--data-dir", d, "--out", str(target)]) == 0
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM daily_checkin").fetchone()[0] > 300


def test_demo_refuses_a_folder_with_data(tmp_path: Path, capsys) -> None:
    d = str(tmp_path / "d")
    assert main(["demo", "--data-dir", d, "--end", "2026-06-30"]) == 0
    capsys.readouterr()
    assert main(["demo", "--data-dir", d, "--end", "2026-06-30"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dmtracker: error: ") and "already has data" in err
    assert "Traceback" not in err


def test_demo_is_deterministic(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        d = tmp_path / name
        assert main(["demo", "--data-dir", str(d), "--seed", "5", "--end", "2026-03-01"]) == 0
        with sqlite3.connect(d / "dmtracker.sqlite3") as conn:
            dump = []
            for t in ("daily_checkin", "infusion_day", "side_effect", "lab_result"):
                stamps = ("created_at", "updated_at", "deleted_at")  # when it was written
                cols = [c[1] for c in conn.execute(f"PRAGMA table_info({t})") if c[1] not in stamps]
                dump.append(
                    conn.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY id").fetchall()
                )
            dumps.append(dump)
    assert dumps[0] == dumps[1]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["demo", "--years", "0"], "from 1 to 30"),
        (["demo", "--years", "ten"], "whole number"),
        (["demo", "--end", "yesterday"], "YYYY-MM-DD"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_give_one_clear_line(argv, words, tmp_path: Path) -> None:
    r = run(*argv, "--data-dir", str(tmp_path / "x"))
    assert r.returncode == 2
    assert words in r.stderr
    assert "Traceback" not in r.stderr


def test_future_end_is_refused(tmp_path: Path, capsys) -> None:
    assert main(["demo", "--data-dir", str(tmp_path / "x"), "--end", "2999-01-01"]) == 1
    assert "in the future" in capsys.readouterr().err


def test_check_without_database(tmp_path: Path, capsys) -> None:
    assert main(["check", "--data-dir", str(tmp_path / "none")]) == 1
    assert "no database" in capsys.readouterr().err


def test_check_reports_corruption(tmp_path: Path, capsys) -> None:
    d = tmp_path / "d"
    assert main(["demo", "--data-dir", str(d), "--end", "2026-06-30"]) == 0
    db = d / "dmtracker.sqlite3"
    data = bytearray(db.read_bytes())
    for off in range(4096 * 3, len(data) - 4096, 4096 * 5):
        data[off + 100 : off + 400] = os.urandom(300)
    db.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--data-dir", str(d)]) == 1
    assert "FAILED" in capsys.readouterr().out


def test_smoke_test_exits_zero(tmp_path: Path) -> None:
    r = run("--smoke-test", "--data-dir", str(tmp_path / "s"))
    assert r.returncode == 0, r.stderr
    assert "smoke test: ok" in r.stdout
    assert (tmp_path / "s" / "dmtracker.sqlite3").exists()


def test_smoke_test_needs_a_data_dir() -> None:
    r = run("--smoke-test", env={"DMTRACKER_HOME": ""})
    assert r.returncode == 1
    assert "--smoke-test needs --data-dir" in r.stderr


def test_data_dir_from_environment(tmp_path: Path) -> None:
    r = run("demo", "--end", "2026-06-30", env={"DMTRACKER_HOME": str(tmp_path / "env")})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "env" / "dmtracker.sqlite3").exists()


def test_damaged_database_is_refused_at_start_with_a_clear_line(tmp_path: Path, capsys) -> None:
    d = tmp_path / "d"
    assert main(["demo", "--data-dir", str(d), "--end", "2026-06-30"]) == 0
    assert main(["backup", "--data-dir", str(d)]) == 0
    db = d / "dmtracker.sqlite3"
    data = bytearray(db.read_bytes())
    for off in range(4096 * 3, len(data) - 4096, 4096 * 5):
        data[off + 100 : off + 400] = os.urandom(300)
    db.write_bytes(bytes(data))
    damaged = db.read_bytes()
    capsys.readouterr()
    assert main(["backup", "--data-dir", str(d)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "newest good backup" in err and "Traceback" not in err
    assert db.read_bytes() == damaged


def test_output_read_only_in_part_ends_quietly(tmp_path: Path) -> None:
    """``dmtracker check | head -1``: the reader goes away after one line; the rest of the
    output met a closed pipe and printed a BrokenPipeError traceback (found from the shell)."""
    d = str(tmp_path / "d")
    assert run("demo", "--data-dir", d, "--end", "2026-06-30").returncode == 0
    for args in (("check", "--data-dir", d), ("--help",)):
        p = subprocess.Popen(
            [sys.executable, "-m", "dmtracker", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert p.stdout is not None and p.stderr is not None
        p.stdout.close()  # gone before anything was read, as ``head`` at its last line
        err = p.stderr.read().decode()
        p.wait(timeout=120)
        assert "Traceback" not in err and "BrokenPipe" not in err, (args, err)
