"""What the translation walks share: the main window on a copy of the demo diary, the pseudo
language (xx) built from the German catalogue's sources, and the language switch."""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from dmtracker import i18n

# the module (dmtracker.i18n re-exports its function language() under the same name)
language_module = importlib.import_module("dmtracker.i18n.language")

ROOT = Path(__file__).resolve().parents[3]


def i18n_tool() -> Any:
    """tools/i18n.py as a module (its pseudo language, its .ts reader)."""
    spec = importlib.util.spec_from_file_location("dmtracker_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def catalog_dir(tmp_path_factory) -> Path:
    """A catalogue folder for the tests: the shipped .qm files and the pseudo language's
    dmtracker_xx.qm (``tools/i18n.py pseudo``), which is never shipped."""
    folder = tmp_path_factory.mktemp("catalogs")
    for qm in i18n.CATALOG_DIR.glob("*.qm"):
        shutil.copy(qm, folder / qm.name)
    i18n_tool().pseudo(folder)
    return folder


@contextmanager
def in_language(code: str, folder: Path) -> Iterator[i18n.Language]:
    """The window speaks ``code``, read from ``folder`` (the language module's CATALOG_DIR
    pointed there for the block); English again after."""
    saved = language_module.CATALOG_DIR
    language_module.CATALOG_DIR = folder
    language_module.language.cache_clear()
    try:
        yield i18n.use(code)
    finally:
        language_module.CATALOG_DIR = saved
        language_module.language.cache_clear()
        i18n.use("en")


@pytest.fixture
def open_walk_window(qtbot, qapp, demo_template, tmp_path: Path, clock) -> Iterator[Callable]:
    """``open_walk_window(size=(1366, 900), scale=100)``: the main window on a copy of the
    demo diary (the user's own, not the demo profile: File ▸ Encryption opens its passphrase
    dialog), with the app's look; closed, and the look undone, after the test."""
    from tests.ui.i18n.walker import open_window

    opened: list[Any] = []
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()

    def make(size: tuple[int, int] = (1366, 900), scale: int = 100) -> Any:
        src, _summary = demo_template
        root = tmp_path / f"data-{len(opened)}"
        shutil.copytree(src.root, root)
        settings = tmp_path / f"ui-{len(opened)}.ini"
        window, session = open_window(root, clock, settings, size, scale)
        qtbot.addWidget(window)
        opened.append(session)
        return window

    yield make
    for session in opened:
        session.close()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)
