"""``dmtracker backup`` copies to the second backup folder when one is set, and ``check`` says
when the last copy was made (issue 22)."""

from __future__ import annotations

from pathlib import Path

from dmtracker.app import main
from dmtracker.services.app_services import open_services
from dmtracker.storage.paths import DataPaths


def _set_folder(d: Path, folder: Path | None) -> str:
    services = open_services(DataPaths(d))
    try:
        services.backup_copies.set_folder(folder)
        return services.backup_copies.diary_id()
    finally:
        services.close()


def test_backup_copies_and_check_says_when(tmp_path: Path, capsys) -> None:
    d = tmp_path / "d"
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--data-dir", str(d)]) == 0
    assert "second backup folder" not in capsys.readouterr().out
    assert main(["check", "--data-dir", str(d)]) == 0
    assert "Second backup folder" not in capsys.readouterr().out

    diary = _set_folder(d, usb)
    assert main(["check", "--data-dir", str(d)]) == 0
    assert f"Second backup folder: {usb}, no copy yet" in capsys.readouterr().out
    assert main(["backup", "--data-dir", str(d)]) == 0
    out = capsys.readouterr().out
    assert f"Copied to the second backup folder: {usb}" in out
    copies = sorted((usb / f"dmtracker-{diary}").glob("*.sqlite3"))
    assert len(copies) == 1 and copies[0].name.startswith("manual-")
    assert main(["check", "--data-dir", str(d)]) == 0
    assert f"Second backup folder: {usb}, last copy " in capsys.readouterr().out

    usb.rename(tmp_path / "unplugged")
    assert main(["backup", "--data-dir", str(d)]) == 0  # the backup itself was written
    captured = capsys.readouterr()
    assert "Backup written" in captured.out
    assert "warning: no copy in the second backup folder" in captured.err
    assert "is not there" in captured.err
    assert main(["check", "--data-dir", str(d)]) == 0
    assert "last attempt failed: the folder" in capsys.readouterr().out
