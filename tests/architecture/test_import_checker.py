"""The layering check cannot be fooled: tiny made-up packages in tmp_path, each with one kind of
breach (absolute, relative, inside a function, for type checking, through importlib or
__import__, through a re-export, a cycle, an outside library), and the check finds each one;
a clean package passes."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from import_graph import ImportGraph
from layers import PACKAGE, breaches, cycle_report

# A small clean tree in the shape of dmtracker's: every import allowed.
CLEAN = {
    "__init__.py": "__version__ = '1'\n",
    "domain/__init__.py": "",
    "domain/rules.py": "import numpy as np\nLIMIT = 10\n",
    "domain/errors.py": "class Bad(ValueError):\n    pass\n",
    "storage/__init__.py": "",
    "storage/models.py": (
        "import sqlalchemy\nfrom ..domain.rules import LIMIT\nclass CheckIn:\n    pass\n"
    ),
    "services/__init__.py": "",
    "services/base.py": (
        "from dmtracker.domain.errors import Bad\n"  # re-exports a domain name: fine for the ui
        "from dmtracker.storage.models import CheckIn\n"
        "def save() -> None:\n    pass\n"
    ),
    "services/daily.py": "from . import base\nfrom .base import save\n",
    "reports/__init__.py": "",
    "reports/pdf.py": (
        "from PySide6.QtGui import QPdfWriter\nfrom dmtracker.services import daily\n"
    ),
    "ui/__init__.py": "",
    "ui/page.py": (
        "from typing import TYPE_CHECKING\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from dmtracker import __version__\n"
        "from dmtracker.services.base import Bad, save\n"
        "from ..reports import pdf\n"
        "if TYPE_CHECKING:\n    from dmtracker.services.daily import base\n"
        "def later() -> None:\n    import pyqtgraph\n    from .. import reports\n"
    ),
    "app.py": (
        "import importlib\n"
        "from dmtracker.storage import models\n"
        "from dmtracker.ui import page\n"
        "def start() -> None:\n"
        "    for name in ('dmtracker.services.daily', 'dmtracker.storage.models'):\n"
        "        importlib.import_module(name)\n"
    ),
}


def make(tmp_path: Path, extra: dict[str, str]) -> ImportGraph:
    root = tmp_path / "src"
    for rel, text in {**CLEAN, **extra}.items():
        path = root / PACKAGE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return ImportGraph(root, PACKAGE)


def test_a_clean_tree_passes(tmp_path: Path) -> None:
    graph = make(tmp_path, {})
    assert breaches(graph) == []
    assert cycle_report(graph) == []
    # and it was read: the loop's two importlib imports, the relative ones, the deferred one
    app = {(e.target, e.how) for e in graph.edges if e.importer == "dmtracker.app"}
    assert ("dmtracker.services.daily", "importlib") in app
    assert ("dmtracker.storage.models", "importlib") in app
    page = {e.target: e for e in graph.edges if e.importer == "dmtracker.ui.page"}
    assert page["dmtracker.reports.pdf"].how == "from"
    assert page["dmtracker.reports"].deferred
    assert page["dmtracker.services.daily"].type_only


BREACHES = {
    "absolute": ("ui/bad.py", "import dmtracker.storage.models\n", "ui may not import storage"),
    "absolute from": (
        "ui/bad.py",
        "from dmtracker.storage.models import CheckIn\n",
        "ui may not import storage",
    ),
    "relative": ("ui/bad.py", "from ..storage import models\n", "ui may not import storage"),
    "relative name": (
        "domain/bad.py",
        "from ..services.base import save\n",
        "domain may not import services",
    ),
    "relative package": ("ui/bad.py", "from .. import storage\n", "ui may not import storage"),
    "inside a function": (
        "services/bad.py",
        "def f():\n    from dmtracker.ui import page\n",
        "services may not import ui",
    ),
    "inside a method": (
        "reports/bad.py",
        "class A:\n    def f(self):\n        from dmtracker.storage.models import CheckIn\n",
        "reports may not import storage",
    ),
    "for type checking": (
        "ui/bad.py",
        "import typing\n"
        "if typing.TYPE_CHECKING:\n    from dmtracker.storage.models import CheckIn\n",
        "ui may not import storage",
    ),
    "importlib": (
        "ui/bad.py",
        "import importlib\nm = importlib.import_module('dmtracker.storage.models')\n",
        "ui may not import storage",
    ),
    "importlib relative": (
        "ui/bad.py",
        "from importlib import import_module\n"
        "m = import_module('.models', package='dmtracker.storage')\n",
        "ui may not import storage",
    ),
    "importlib in a loop": (
        "domain/bad.py",
        "import importlib\n"
        "for n in ('json', 'dmtracker.storage'):\n    importlib.import_module(n)\n",
        "domain may not import storage",
    ),
    "__import__": (
        "storage/bad.py",
        "def f():\n    return __import__('dmtracker.services.base')\n",
        "storage may not import services",
    ),
    "a computed name": (
        "ui/bad.py",
        "import importlib\nimportlib.import_module('dmtracker.' + 'storage')\n",
        "name it literally",
    ),
    "a re-export": (
        "ui/bad.py",
        "from dmtracker.services.base import CheckIn\n",
        "defined in dmtracker.storage.models, re-exported by dmtracker.services.base",
    ),
    "two re-exports, one relative": (
        "ui/bad.py",
        "from ..services.daily import base, save\nfrom dmtracker.services.more import CheckIn\n",
        "re-exported by dmtracker.services.more, dmtracker.services.base",
    ),
    "a re-export by star": (
        "ui/bad.py",
        "from dmtracker.services.starry import CheckIn\n",
        "defined in dmtracker.storage.models, re-exported by dmtracker.services.starry",
    ),
    "a re-exported module": (
        "ui/bad.py",
        "from dmtracker.services.aliased import db\n",
        "ui may not import storage",
    ),
    "the composition root": (
        "ui/bad.py",
        "from dmtracker import app\n",
        "ui may not import composition root",
    ),
    "the package's init": (
        "__init__.py",
        "from dmtracker.domain import rules\n",
        "imports nothing",
    ),
    "Qt in domain": ("domain/bad.py", "from PySide6.QtCore import QDate\n", "may not use PySide6"),
    "widgets in reports": (
        "reports/bad.py",
        "from PySide6 import QtWidgets\n",
        "may not use PySide6.QtWidgets",
    ),
    "SQL in the ui": ("ui/bad.py", "def f():\n    import sqlmodel\n", "may not use sqlmodel"),
    "pyqtgraph in services": (
        "services/bad.py",
        "import importlib\nimportlib.import_module('pyqtgraph')\n",
        "may not use pyqtgraph",
    ),
}
HELPERS = {
    "services/more.py": "from .base import CheckIn\n",
    "services/starry.py": "from dmtracker.storage.models import *\n",
    "services/aliased.py": "import dmtracker.storage.models as db\n",
}


@pytest.mark.parametrize("kind", sorted(BREACHES))
def test_each_kind_of_breach_is_found(tmp_path: Path, kind: str) -> None:
    path, text, said = BREACHES[kind]
    clean = make(tmp_path / "clean", HELPERS)
    assert breaches(clean) == []  # the helpers alone break nothing
    found = breaches(make(tmp_path / "bad", {**HELPERS, path: text}))
    assert len(found) >= 1 and all(said in line for line in found), found


@pytest.mark.parametrize(
    "files",
    [
        # two modules, each importing the other at the top
        {"domain/a.py": "from . import b\n", "domain/b.py": "from dmtracker.domain import a\n"},
        # the one on main: both halves inside functions
        {
            "ui/a.py": "def f():\n    from dmtracker.ui.b import g\n",
            "ui/b.py": "def g():\n    from .a import f\n",
        },
        # three modules round, one through importlib, one through a package's name
        {
            "services/a.py": "import importlib\nimportlib.import_module('dmtracker.services.b')\n",
            "services/b.py": "from dmtracker.services.c import x\n",
            "services/c/__init__.py": "from ..a import *\nx = 1\n",
        },
        # a module importing itself
        {"ui/a.py": "def f():\n    import dmtracker.ui.a\n"},
    ],
    ids=["top-level", "inside functions", "three, through importlib", "itself"],
)
def test_a_cycle_is_found(tmp_path: Path, files: dict[str, str]) -> None:
    graph = make(tmp_path, files)
    cycles = cycle_report(graph)
    assert len(cycles) == 1
    names = {f"dmtracker.{p.removesuffix('.py').replace('/', '.')}" for p in files}
    names = {n.removesuffix(".__init__") for n in names}
    assert sorted(names) == graph.cycles()[0]


def test_imports_for_type_checking_alone_make_no_cycle(tmp_path: Path) -> None:
    graph = make(
        tmp_path,
        {
            "services/a.py": "from . import b\n",
            "services/b.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import x\n"
            ),
        },
    )
    assert cycle_report(graph) == []
    assert graph.cycles(type_only=True) == [["dmtracker.services.a", "dmtracker.services.b"]]
