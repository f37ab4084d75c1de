"""One app id everywhere: dmtracker.APP_ID, the .desktop file, the AppStream metainfo, the
running application (desktop file name, window class) and the packages' icon names."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dmtracker import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_app_id_is_reverse_dns() -> None:
    parts = APP_ID.split(".")
    assert len(parts) >= 3 and all(p.isidentifier() for p in parts), APP_ID


def test_desktop_file_names_the_app_id_the_icon_and_the_window_class() -> None:
    assert DESKTOP.is_file(), "the .desktop file is named after APP_ID"
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    # Qt sets the X11 WM_CLASS class to the application name; app.py sets it to APP_NAME.
    assert entry["StartupWMClass"] == APP_NAME
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in scripts, "Exec runs the installed dmtracker command"


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("name") == APP_NAME
    assert root.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    versions = [r.get("version") for r in root.iter("release")]
    assert versions and versions[0] == __version__, "the newest <release> is this version"


def test_icons_exist_in_every_size_the_packages_install() -> None:
    from PySide6.QtGui import QImage

    assert (ROOT / "resources" / "icon" / "dmtracker.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / "src" / "dmtracker" / "resources" / "icons" / f"dmtracker-{size}.png"
        image = QImage(str(png))
        assert not image.isNull() and (image.width(), image.height()) == (size, size), png
        assert image.hasAlphaChannel()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    r = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_metainfo_validates() -> None:
    r = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_running_app_uses_the_app_id(tmp_path: Path) -> None:
    """Start the real app (offscreen) until its window shows data, then read what Qt was told:
    the desktop file name (Wayland app id, _GTK_APPLICATION_ID on X11), the application name
    (the X11 window class) and the window icon."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from dmtracker.app import main\n"
        "rc = main(['--data-dir', sys.argv[1]])\n"
        "app = QApplication.instance()\n"
        "icon = app.windowIcon().pixmap(64, 64)\n"
        "print('identity', app.desktopFileName(), app.applicationName(), icon.width())\n"
        "sys.exit(rc)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DMTRACKER_EXIT_AFTER_START": "1"}
    r = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert f"identity {APP_ID} {APP_NAME} 64" in lines
    ready = [line for line in lines if line.startswith("window_ready_s ")]
    assert len(ready) == 1 and float(ready[0].split()[1]) > 0
