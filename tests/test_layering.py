"""The one architecture rule, walked with ``ast``: each layer imports only what it may."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dmtracker"

# What each layer may import from dmtracker (besides itself) and which outside packages it must not.
ALLOWED = {
    "domain": {"domain"},
    "storage": {"domain", "storage"},
    "services": {"domain", "storage", "services"},
    "reports": {"domain", "services", "reports"},
    "ui": {"domain", "services", "ui"},
}
FORBIDDEN_THIRD_PARTY = {
    "domain": {"PySide6", "pyqtgraph", "sqlalchemy", "sqlmodel", "alembic"},
    "storage": {"PySide6", "pyqtgraph"},
    "services": {"PySide6", "pyqtgraph"},
    "reports": {"PySide6.QtWidgets", "pyqtgraph"},
    "ui": {"sqlalchemy", "sqlmodel", "alembic"},
}
TOP_LEVEL_OK = {"dmtracker", "dmtracker.__init__"}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
            out += [f"{node.module}.{a.name}" for a in node.names]
    return out


def layer_files(layer: str) -> list[Path]:
    return sorted((SRC / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    problems = []
    for f in layer_files(layer):
        for name in imports_of(f):
            parts = name.split(".")
            if parts[0] == "dmtracker" and len(parts) > 1:
                target = parts[1]
                if target in {"__init__", "APP_ID", "APP_NAME", "__version__"}:
                    continue
                if (SRC / target).is_dir() and target not in ALLOWED[layer]:
                    problems.append(f"{f.relative_to(SRC)} imports {name}")
                if (SRC / f"{target}.py").is_file() and target not in {"logs"}:
                    problems.append(f"{f.relative_to(SRC)} imports {name} (composition root)")
            for bad in FORBIDDEN_THIRD_PARTY[layer]:
                if name == bad or name.startswith(bad + "."):
                    problems.append(f"{f.relative_to(SRC)} imports {name}")
    assert not problems, "\n".join(problems)


def test_every_layer_has_code() -> None:
    for layer in ("domain", "storage", "services", "ui"):
        assert layer_files(layer), layer


def test_the_rule_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "x.py"
    bad.write_text("from dmtracker.storage.models import CheckIn\nimport PySide6.QtWidgets\n")
    names = imports_of(bad)
    assert "dmtracker.storage.models" in names and "PySide6.QtWidgets" in names


def test_the_first_window_paints_without_the_database_layer_or_numpy() -> None:
    """The window is painted before the database's libraries load (they are imported on a
    thread meanwhile): building it with the Today page must not import them. Two merges of
    this wave broke that (a prompt constant in services.base, a default in numpy's trends
    module) and the window painted 0.4 s later (benchmarks/run.py, painted ratio)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from dmtracker.ui.shell.main_window import MainWindow\n"
        "w = MainWindow(settings_path=Path(sys.argv[1]))\n"
        "w.apply_look(); w.show(); app.processEvents()\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'numpy', 'pyqtgraph') "
        "if m in sys.modules))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, "/tmp/dmtracker-layering-ui.ini"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"
