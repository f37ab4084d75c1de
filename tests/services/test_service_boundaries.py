"""Services do not build one another: only the app's composition (``app_services``) makes a
service, and no code in services/ reaches into another object's private methods."""

from __future__ import annotations

import ast
from pathlib import Path

import dmtracker.services as services_pkg

ROOT = Path(services_pkg.__file__).parent


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(ROOT.rglob("*.py"))]


def test_only_the_composition_makes_services() -> None:
    made = []
    for path, tree in _modules():
        if path.name == "app_services.py":
            continue
        for node in ast.walk(tree):
            func = node.func if isinstance(node, ast.Call) else None
            if isinstance(func, ast.Name) and func.id.endswith("Service"):
                made.append(f"{path.relative_to(ROOT)}:{func.lineno} {func.id}(…)")
    assert made == []


def test_no_private_method_of_something_else_is_called() -> None:
    reached = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name, owner = node.func.attr, node.func.value
            private = name.startswith("_") and not name.startswith("__")
            own = isinstance(owner, ast.Name) and owner.id in ("self", "cls")
            own = own or (isinstance(owner, ast.Call) and getattr(owner.func, "id", "") == "super")
            if private and not own:
                reached.append(f"{path.relative_to(ROOT)}:{node.lineno} .{name}(…)")
    assert reached == []
