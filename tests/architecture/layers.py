"""The one architecture rule of docs/architecture.md, as data, and the breaches of it in an
:class:`~import_graph.ImportGraph`.

Layers (``dmtracker.<layer>`` and everything under it), each importing only those after it
on its line (and itself)::

    ui       -> reports, i18n, services, domain
    reports  -> i18n, services, domain
    i18n     -> domain
    services -> storage, domain
    storage  -> domain
    domain

- ``domain``: pure Python (numpy allowed), imports nothing of dmtracker but itself;
- ``storage``: the database and the files, on ``domain``;
- ``services``: the use cases, on ``storage`` and ``domain``;
- ``i18n``: the reader's language (Qt's translators and locale, QtCore only), on ``domain``;
- ``reports``: PDF, CSV, JSON, FHIR from the services' data; QtGui yes, QtWidgets never;
- ``ui``: Qt widgets and charts, on ``services``, ``reports`` and ``domain``: never ``storage``
  nor the database's libraries;
- the composition root (every other module of dmtracker: ``app``, the command line, the smoke
  test, ``logs``, ``__main__``) may import everything; no layer imports it.

Every module may import the package itself (``dmtracker/__init__.py``: name, id, version),
which imports nothing of dmtracker.

Imports under ``if TYPE_CHECKING:`` count for the layers (naming a layer's types in
annotations is depending on that layer, and a type checker follows them) but not for cycles
(they never run, so they cannot leave a module half-imported or deadlock the start-up's import
thread). Imports inside functions count for both.
"""

from __future__ import annotations

from import_graph import Edge, ImportGraph

PACKAGE = "dmtracker"
LAYERS = ("domain", "storage", "services", "i18n", "reports", "ui")
APP = "composition root"
TOP = "package"

MAY_IMPORT: dict[str, set[str]] = {
    "domain": {"domain"},
    "storage": {"storage", "domain"},
    "services": {"services", "storage", "domain"},
    "i18n": {"i18n", "domain"},
    "reports": {"reports", "i18n", "services", "domain"},
    "ui": {"ui", "reports", "i18n", "services", "domain"},
    APP: {APP, *LAYERS},
    TOP: set(),
}
_DATABASE = ("sqlalchemy", "sqlmodel", "alembic", "sqlcipher3")
MAY_NOT_USE: dict[str, tuple[str, ...]] = {
    "domain": ("PySide6", "shiboken6", "pyqtgraph", *_DATABASE),
    "storage": ("PySide6", "shiboken6", "pyqtgraph"),
    "services": ("PySide6", "shiboken6", "pyqtgraph"),
    "i18n": ("PySide6.QtWidgets", "PySide6.QtGui", "pyqtgraph", *_DATABASE),
    "reports": ("PySide6.QtWidgets", "PySide6.QtSvgWidgets", "pyqtgraph", *_DATABASE),
    "ui": _DATABASE,
    APP: (),
    TOP: (),
}


def layer_of(module: str) -> str:
    parts = module.split(".")
    if parts[0] != PACKAGE:
        raise ValueError(f"{module} is not a module of {PACKAGE}")
    if len(parts) == 1:
        return TOP
    return parts[1] if parts[1] in LAYERS else APP


def _names(edge: Edge) -> list[str]:
    """What an outside import brings in, as dotted names (``from PySide6 import QtWidgets``
    brings ``PySide6.QtWidgets``)."""
    return [edge.target] + ([f"{edge.target}.{edge.name}"] if edge.name else [])


def breaches(graph: ImportGraph) -> list[str]:
    """Every import that breaks the rule, one line each."""
    out = []
    for edge in graph.edges:
        layer = layer_of(edge.importer)
        if edge.how == "unreadable":
            out.append(f"{edge.describe()}: name it literally, so the rule can check it")
            continue
        if graph.is_internal(edge.target):
            if edge.target == edge.importer:
                continue
            if layer == TOP:
                out.append(f"{edge.describe()}: the package's __init__ imports nothing of it")
                continue
            for module in dict.fromkeys((edge.target, edge.source)):
                other = layer_of(module)
                if other != TOP and other not in MAY_IMPORT[layer]:
                    out.append(f"{edge.describe()}: {layer} may not import {other}")
                    break
            continue
        for bad in MAY_NOT_USE[layer]:
            if any(n == bad or n.startswith(bad + ".") for n in _names(edge)):
                out.append(f"{edge.describe()}: {layer} may not use {bad}")
                break
    return out


def cycle_report(graph: ImportGraph) -> list[str]:
    """Each import cycle (strongly connected component), with the imports inside it."""
    out = []
    for component in graph.cycles():
        members = set(component)
        inside = [
            e.describe()
            for e in graph.internal_edges(type_only=False)
            if e.importer in members and e.target in members
        ]
        out.append(" ⇄ ".join(component) + "\n    " + "\n    ".join(inside))
    return out
