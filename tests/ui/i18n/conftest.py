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


_KEPT: list[Any] = []  # the windows of finished walks (see open_walk_window)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The walks run after every other test, those at 200 % text last: each walk leaves a
    whole window of hidden widgets behind (see open_walk_window), and every change of the
    application's style sheet (the text size) polishes each of them again: that made later
    tests ten times slower."""
    here = Path(__file__).parent

    def order(item: pytest.Item) -> tuple[bool, bool]:
        walk = here in Path(str(item.path)).parents
        return walk, walk and "-200]" in item.name

    items.sort(key=order)


@pytest.fixture
def open_walk_window(qapp, demo_template, tmp_path: Path, clock) -> Iterator[Callable]:
    """``open_walk_window(size=(1366, 900), scale=100)``: the main window on a copy of the
    demo diary (the user's own, not the demo profile: File ▸ Encryption opens its passphrase
    dialog), with the app's look at that text size; closed (and kept) after the test."""
    from tests.ui.i18n.walker import open_window

    opened: list[Any] = []

    def make(size: tuple[int, int] = (1366, 900), scale: int = 100) -> Any:
        src, _summary = demo_template
        root = tmp_path / f"data-{len(opened)}"
        shutil.copytree(src.root, root)
        settings = tmp_path / f"ui-{len(opened)}.ini"
        window, session = open_window(root, clock, settings, size, scale)
        opened.append(session)
        return window

    yield make
    for session in opened:
        session.window.close()
        session.close()
        # Kept, not deleted: deleting the window with its charts (pyqtgraph) crashes, and
        # its Python side must not be collected under them either. The walks run last
        # (pytest_collection_modifyitems), so the widgets they leave slow down no other test.
        _KEPT.append(session.window)
    # The app's look (style sheet, palette) is left as the walk set it: only walks run after
    # a walk, and putting it back would polish every kept widget again (tens of seconds).
