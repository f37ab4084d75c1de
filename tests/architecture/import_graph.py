"""The import graph of a package, read with ``ast`` (nothing is imported or run).

Every way a module can load another is an edge:

- ``import a.b`` and ``from a.b import c`` (``c`` a submodule or a name), absolute or relative
  (``from . import x``, ``from ..y import z``), at module level or inside a function or a class;
- ``importlib.import_module("a.b")`` (also relative, with a literal ``package``) and
  ``__import__("a.b")``, with a literal name or a name looped over a literal tuple or list; any
  other argument is kept as an *unreadable* import, which the rules refuse;
- imports under ``if TYPE_CHECKING:`` are kept too, marked ``type_only``.

A name taken from a module that only re-exports it (``from x import y`` in that module, or
``import z as y``, or ``from x import *``) is followed to the module that defines it
(:attr:`Edge.origin`), so importing a forbidden layer's name through an allowed module is
seen for what it is.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Edge:
    """One import in ``importer``'s source, at ``line``.

    ``target`` is the module Python loads for it (a module of the package, or the dotted name
    of an outside one); ``origin`` the module that really defines the name taken (``target``
    unless the name is re-exported: then ``via`` lists the modules it passed through).
    ``how`` is "import", "from", "importlib" or "unreadable"; ``deferred`` marks an import run
    only when a function is called; ``type_only`` one under ``if TYPE_CHECKING:``."""

    importer: str
    target: str
    line: int
    how: str = "import"
    name: str | None = None
    origin: str = ""
    via: tuple[str, ...] = ()
    deferred: bool = False
    type_only: bool = False

    @property
    def source(self) -> str:
        return self.origin or self.target

    def describe(self) -> str:
        where = f"{self.importer}:{self.line}"
        what = self.target if self.name is None else f"{self.name} from {self.target}"
        if self.how == "unreadable":
            return f"{where} imports a module whose name is computed at run time"
        notes = []
        if self.via:
            notes.append(f"defined in {self.origin}, re-exported by {', '.join(self.via)}")
        if self.how == "importlib":
            notes.append("through importlib")
        if self.deferred:
            notes.append("inside a function")
        if self.type_only:
            notes.append("for type checking only")
        return f"{where} imports {what}" + (f" ({'; '.join(notes)})" if notes else "")


@dataclass
class _Module:
    name: str
    path: Path
    is_package: bool
    tree: ast.Module
    # top-level names bound by an import: name -> (module, name in it, or None for a module)
    bound: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    defined: set[str] = field(default_factory=set)  # top-level names defined here
    star_from: list[str] = field(default_factory=list)  # modules of `from x import *`


class ImportGraph:
    """The modules of the package ``package`` under ``root`` (the folder holding the package)
    and every import in them."""

    def __init__(self, root: Path, package: str):
        self.package = package
        self.modules: dict[str, _Module] = {}
        base = root / package
        for path in sorted(base.rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            if is_package:
                parts = parts[:-1]
            name = ".".join(parts)
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            self.modules[name] = _Module(name, path, is_package, tree)
        for module in self.modules.values():
            self._bindings(module)
        self.edges: list[Edge] = []
        for module in self.modules.values():
            self.edges += _Reader(self, module).edges

    # -- names --------------------------------------------------------------------------------
    def is_internal(self, name: str) -> bool:
        return name == self.package or name.startswith(self.package + ".")

    def module_of(self, dotted: str) -> str:
        """The longest known module that ``dotted`` names or lies in (``a.b.C`` -> ``a.b``)."""
        parts = dotted.split(".")
        while parts:
            name = ".".join(parts)
            if name in self.modules:
                return name
            parts.pop()
        return dotted

    def absolute(self, importer: str, level: int, module: str | None) -> str:
        """The absolute name of a relative import's module."""
        if level == 0:
            return module or ""
        me = self.modules[importer]
        return resolve(importer if me.is_package else importer.rpartition(".")[0], level, module)

    def _bindings(self, module: _Module) -> None:
        for node in _top_level(module.tree.body):
            if isinstance(node, ast.Import):
                _bind_import(module, node)
            elif isinstance(node, ast.ImportFrom):
                self._bind_import_from(module, node)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                module.defined.add(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    module.defined.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))

    def _bind_import_from(self, module: _Module, node: ast.ImportFrom) -> None:
        """``from source import name``: a submodule, or a name defined in ``source``."""
        try:
            source = self.absolute(module.name, node.level, node.module)
        except ImportError:
            return
        for alias in node.names:
            if alias.name == "*":
                module.star_from.append(source)
            elif f"{source}.{alias.name}" in self.modules:
                module.bound[alias.asname or alias.name] = (f"{source}.{alias.name}", None)
            else:
                module.bound[alias.asname or alias.name] = (source, alias.name)

    def origin(self, module: str, name: str) -> tuple[str, tuple[str, ...]]:
        """The module that defines ``name`` as seen in ``module`` and the modules it was
        re-exported through (``module`` first; empty when ``module`` defines it)."""
        chain: list[str] = []
        while module in self.modules and module not in chain:
            m = self.modules[module]
            if name in m.defined and name not in m.bound:
                break
            if name in m.bound:
                source, inner = m.bound[name]
                chain.append(module)
                if inner is None:  # a module bound to this name
                    return self.module_of(source), tuple(chain)
                if f"{source}.{inner}" in self.modules:
                    return f"{source}.{inner}", tuple(chain)
                module, name = source, inner
                continue
            star = next((s for s in m.star_from if self._has(s, name)), None)
            if star is None:
                break
            chain.append(module)
            module = star
        return module, tuple(chain)

    def _has(self, module: str, name: str) -> bool:
        m = self.modules.get(module)
        if m is None:
            return False
        return name in m.defined or name in m.bound or any(self._has(s, name) for s in m.star_from)

    # -- questions ----------------------------------------------------------------------------
    def internal_edges(self, *, type_only: bool = True) -> Iterator[Edge]:
        for e in self.edges:
            if self.is_internal(e.target) and (type_only or not e.type_only):
                yield e

    def cycles(self, *, type_only: bool = False) -> list[list[str]]:
        """The strongly connected components of more than one module (or a module importing
        itself), each sorted; run-time imports only unless ``type_only``."""
        graph: dict[str, set[str]] = {m: set() for m in self.modules}
        for e in self.internal_edges(type_only=type_only):
            if e.target in graph:
                graph[e.importer].add(e.target)
        return [sorted(c) for c in _components(graph) if len(c) > 1 or c[0] in graph[c[0]]]


def resolve(package: str, level: int, module: str | None) -> str:
    """``from <level dots><module> import …`` as written in a module of ``package``."""
    parts = package.split(".")
    if level - 1 >= len(parts):
        raise ImportError(f"a relative import beyond the top-level package, from {package}")
    base = ".".join(parts[: len(parts) - (level - 1)])
    return f"{base}.{module}" if module else base


def _bind_import(module: _Module, node: ast.Import) -> None:
    """``import a.b`` binds ``a``; ``import a.b as c`` binds ``c`` to ``a.b``."""
    for alias in node.names:
        if alias.asname:
            module.bound[alias.asname] = (alias.name, None)
        else:
            top = alias.name.split(".")[0]
            module.bound[top] = (top, None)


def _top_level(body: Iterable[ast.stmt]) -> Iterator[ast.stmt]:
    """Statements run when the module is imported (into if/try/with blocks, not functions)."""
    for node in body:
        yield node
        if isinstance(node, ast.If | ast.Try | ast.With | ast.For | ast.While):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    yield from _top_level([child])
                elif isinstance(child, ast.ExceptHandler):
                    yield from _top_level(child.body)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _strings(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        out = []
        for item in node.elts:
            if not (isinstance(item, ast.Constant) and isinstance(item.value, str)):
                return None
            out.append(item.value)
        return out
    return None


class _Reader(ast.NodeVisitor):
    """The edges of one module."""

    def __init__(self, graph: ImportGraph, module: _Module):
        self.graph, self.module = graph, module
        self.edges: list[Edge] = []
        self.depth = 0  # functions we are inside
        self.type_only = 0  # `if TYPE_CHECKING:` blocks we are inside
        self.loops: list[tuple[str, list[str]]] = []  # `for name in ("literal", ...)`
        self.visit(module.tree)

    def _add(self, target: str, line: int, **kw: object) -> None:
        self.edges.append(
            Edge(
                self.module.name,
                target,
                line,
                deferred=self.depth > 0,
                type_only=self.type_only > 0,
                **kw,  # type: ignore[arg-type]
            )
        )

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef
    visit_Lambda = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            self.type_only += 1
            for child in node.body:
                self.visit(child)
            self.type_only -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_For(self, node: ast.For | ast.AsyncFor) -> None:
        names = _strings(node.iter)
        pushed = isinstance(node.target, ast.Name) and names is not None
        if pushed:
            self.loops.append((node.target.id, names))  # type: ignore[union-attr, arg-type]
        self.generic_visit(node)
        if pushed:
            self.loops.pop()

    visit_AsyncFor = visit_For

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(self.graph.module_of(alias.name), node.lineno, how="import")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        source = self.graph.absolute(self.module.name, node.level, node.module)
        for alias in node.names:
            sub = f"{source}.{alias.name}"
            if sub in self.graph.modules:
                self._add(sub, node.lineno, how="from")
            elif not self.graph.is_internal(source):
                self._add(source, node.lineno, how="from", name=alias.name)
            elif alias.name == "*":
                self._add(self.graph.module_of(source), node.lineno, how="from")
            else:
                target = self.graph.module_of(source)
                origin, via = self.graph.origin(target, alias.name)
                self._add(
                    target,
                    node.lineno,
                    how="from",
                    name=alias.name,
                    origin=origin if via else "",
                    via=via,
                )

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in ("import_module", "__import__") and node.args:
            package = None
            if name == "import_module":
                arg = node.args[1] if len(node.args) > 1 else None
                arg = arg or next((k.value for k in node.keywords if k.arg == "package"), None)
                package = _strings(arg) if arg is not None else None
            for target in self._literal(node.args[0]) or [None]:
                if target is None:
                    self._add("?", node.lineno, how="unreadable")
                    continue
                if target.startswith("."):
                    if not package:  # (Python refuses it too)
                        self._add("?", node.lineno, how="unreadable")
                        continue
                    level = len(target) - len(target.lstrip("."))
                    target = resolve(package[0], level, target.lstrip(".") or None)
                self._add(self.graph.module_of(target), node.lineno, how="importlib")
        self.generic_visit(node)

    def _literal(self, arg: ast.expr) -> list[str] | None:
        names = _strings(arg)
        if names is not None and len(names) == 1:
            return names
        if isinstance(arg, ast.Name):
            for var, values in reversed(self.loops):
                if var == arg.id:
                    return values
        return None


def _components(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, without recursion."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    out.append(component)
    return out
