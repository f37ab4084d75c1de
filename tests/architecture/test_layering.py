"""The one architecture rule (docs/architecture.md), checked on the real tree: each layer
imports only what it may, by any kind of import, and no module imports another in a cycle.
The rule itself is in ``layers.py``, the reading of imports in ``import_graph.py``, and
``test_import_checker.py`` shows the check fails on each kind of breach."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from import_graph import ImportGraph
from layers import LAYERS, PACKAGE, breaches, cycle_report, layer_of

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture(scope="module")
def graph() -> ImportGraph:
    return ImportGraph(SRC, PACKAGE)


def test_every_module_is_read(graph: ImportGraph) -> None:
    files = sorted((SRC / PACKAGE).rglob("*.py"))
    assert len(graph.modules) == len(files)
    for layer in LAYERS:
        assert any(layer_of(m) == layer for m in graph.modules), layer


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_only_what_it_may(graph: ImportGraph, layer: str) -> None:
    problems = [b for b in breaches(graph) if layer_of(b.split(":")[0]) == layer]
    assert not problems, "\n".join(problems)


def test_the_composition_root_and_the_package_keep_the_rule(graph: ImportGraph) -> None:
    problems = [b for b in breaches(graph) if layer_of(b.split(":")[0]) not in LAYERS]
    assert not problems, "\n".join(problems)


def test_no_module_imports_another_in_a_cycle(graph: ImportGraph) -> None:
    """Also what lets app.py import the services on a thread while the window is built: two
    threads importing modules that import each other can deadlock."""
    cycles = cycle_report(graph)
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


HEAVY = (
    "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'numpy', 'pyqtgraph') if m in sys.modules))"
)


def heavy_at_paint(code: str, arg: str) -> str:
    """Run ``code`` (which prints :data:`HEAVY` once its window is painted) in a fresh
    interpreter: the list of those modules it had imported by then."""
    r = subprocess.run(
        [sys.executable, "-c", code, arg],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert r.returncode == 0, r.stderr
    return r.stdout.strip().splitlines()[-1]


def test_the_first_window_paints_without_the_database_layer_or_numpy() -> None:
    """The window is painted before the database's libraries load (they are imported on a
    thread meanwhile): building it with the Today page must not import them. Two merges of
    this wave broke that (a prompt constant in services.base, a default in numpy's trends
    module) and the window painted 0.4 s later (benchmarks/run.py, painted ratio)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from dmtracker.ui.shell.main_window import MainWindow\n"
        "w = MainWindow(settings_path=Path(sys.argv[1]))\n"
        "w.apply_look(); w.show(); app.processEvents()\n"
        f"{HEAVY}\n"
    )
    assert heavy_at_paint(code, "/tmp/dmtracker-layering-ui.ini") == "[]"


def test_the_app_paints_its_window_before_the_database_layer_or_numpy(tmp_path: Path) -> None:
    """The same through the app's own start (``dmtracker.app.main``), up to the moment it says
    the window is painted, with the import thread held back: the steps before the window (the
    profile list, the folder's lock) must not import them either. Reading the profile list
    imported every service on the GUI thread and the window painted 0.3 s later (issue 21's
    profiles; benchmarks/run.py, painted ratio 1.34)."""
    code = (
        "import os, sys\n"
        "from dmtracker import app, startup\n"
        "class Held:\n"
        "    def join(self): pass\n"
        "startup.import_while_painting = lambda: Held()\n"
        "def painted(name):\n"
        f"    {HEAVY}\n"
        "    sys.stdout.flush()\n"
        "    os._exit(0)\n"
        "startup.print_time = painted\n"
        "app.main(['--data-dir', sys.argv[1]])\n"
    )
    assert heavy_at_paint(code, str(tmp_path / "diary")) == "[]"
