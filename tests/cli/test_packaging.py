"""Packaging: the smoke test's PDF, the icons made from the master SVG, what the PyInstaller spec
cuts, and (marked slow) the whole Linux build with its smoke tests:

    .venv/bin/python -m pytest -m slow tests/cli/test_packaging.py     (about 4 minutes)
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "dmtracker.spec"


def run_app(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dmtracker", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_smoke_test_writes_a_one_page_pdf_of_the_window(tmp_path: Path) -> None:
    r = run_app("--smoke-test", "--data-dir", str(tmp_path / "d"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "smoke test: ok"
    pdf = tmp_path / "d" / "smoke-test.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert re.search(r"^Pages: +1$", info, re.M), info
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        assert "dmtracker smoke test" in text.stdout


def test_smoke_pdf_reports_a_file_it_cannot_write(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    from dmtracker.smoke import smoke_pdf as _smoke_pdf

    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert _smoke_pdf(image, tmp_path / "ok.pdf") is None
    problem = _smoke_pdf(image, tmp_path / "no such folder" / "x.pdf")
    assert problem and "x.pdf" in problem


def load_make_icons():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "resources" / "make_icons.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rgba(png: bytes) -> tuple[int, int, bytes]:
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_RGBA8888)
    assert not image.isNull()
    return image.width(), image.height(), bytes(image.constBits())


def test_icons_are_up_to_date_with_the_master_svg(qapp) -> None:  # type: ignore[no-untyped-def]
    # Pixels, not PNG bytes: Qt's antialiasing rounds one level differently on other CPUs (seen
    # on the CI machine: 32 channel values off by 1 in the 256 px icon), which changes the bytes.
    make_icons = load_make_icons()
    for size in (16, 256):
        committed = _rgba((make_icons.PNG_DIR / f"dmtracker-{size}.png").read_bytes())
        rendered = _rgba(make_icons.render_png(size))
        assert rendered[:2] == committed[:2] == (size, size)
        worst = max(abs(a - b) for a, b in zip(rendered[2], committed[2], strict=True))
        assert worst <= 2, f"{size} px icon differs by {worst} levels: run resources/make_icons.py"


def test_windows_and_macos_icons_hold_every_size() -> None:
    ico = (ROOT / "packaging" / "icons" / "dmtracker.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 7)
    sides = []
    for i in range(count):
        w, _h, _c, _r, _planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i
        )
        assert bits == 32 and ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(ico)
        sides.append(w or 256)
    assert sides == [16, 24, 32, 48, 64, 128, 256]
    icns = (ROOT / "packaging" / "icons" / "dmtracker.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    kinds, pos = [], 8
    while pos < len(icns):
        kinds.append(icns[pos : pos + 4])
        length = struct.unpack_from(">I", icns, pos + 4)[0]
        assert icns[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        pos += length
    assert pos == len(icns) and {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def spec_value(name: str):  # type: ignore[no-untyped-def]
    """A literal assigned or passed as a keyword in the spec (the spec runs only in PyInstaller)."""
    tree = ast.parse(SPEC.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
        if isinstance(node, ast.keyword) and node.arg == name:
            try:
                return ast.literal_eval(node.value)
            except ValueError:
                continue
    raise AssertionError(f"{name} not found in {SPEC}")


def cut_by_spec(dest: str) -> bool:
    return any(fnmatch.fnmatch(dest, p) for ps in spec_value("CUT").values() for p in ps)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/QtOpenGL.abi3.so",  # pyqtgraph imports QtOpenGL unconditionally
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",  # X11
        "PySide6/Qt/plugins/platforms/libqwayland.so",  # Wayland (Linux)
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # the headless smoke test
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",  # rash photos: JPEG, PNG, WebP
        "PySide6/Qt/plugins/imageformats/libqwebp.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libicudata.so.73",
        "dmtracker/storage/migrations/env.py",
        "dmtracker/resources/icons/dmtracker-256.png",
    ],
)
def test_the_spec_keeps_what_the_app_needs(dest: str) -> None:
    assert not cut_by_spec(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    ],
)
def test_the_spec_cuts_what_the_app_never_uses(dest: str) -> None:
    assert cut_by_spec(dest)


def test_the_spec_never_excludes_qtopengl() -> None:
    excludes = spec_value("excludes")
    assert "PySide6.QtWidgets" not in excludes
    assert not any(e.startswith("PySide6.QtOpenGL") for e in excludes)


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
    reason="the Linux packages build on Debian/Ubuntu",
)
def test_linux_packages_build_install_and_pass_the_smoke_tests() -> None:
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh")],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    assert "build_linux.sh: ok" in build.stdout
    assert "check_deps: ok" in build.stdout
    args = [] if os.geteuid() == 0 else ["--no-install"]
    smoke = subprocess.run(
        ["bash", str(ROOT / "packaging" / "smoke_test.sh"), *args],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert smoke.returncode == 0, smoke.stdout[-4000:] + smoke.stderr[-4000:]
    for label in ("bundle-offscreen", "bundle-xvfb"):
        assert f"ok   {label}:" in smoke.stdout
    if not args:
        assert "ok   installed-offscreen:" in smoke.stdout
        assert "ok   installed-xvfb:" in smoke.stdout
    assert smoke.stdout.rstrip().endswith("smoke_test.sh: ok")
