"""The package's shape: the window never imports the terminal command, and no two modules
import each other, directly or in a longer circle, at the top or inside functions."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "app" / "httpcodes"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p) for p in PACKAGE.rglob("*.py")}


def imports_of(path: Path) -> set[str]:
    """Every httpcodes module a file imports, lazily (inside functions) or not; imports
    only for the type checker do not count."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("httpcodes"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("httpcodes"):
            module = node.module or ""
            # "from httpcodes.catalogue import cache" imports the module cache.
            names = {f"{module}.{a.name}" for a in node.names} & MODULES
            found.update(names or {module})
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        # "from httpcodes.gui import views" names a package: keep the longest known module.
        edges[name] = {m for m in imports_of(path) if m in modules and m != name}
    return edges


def test_the_window_never_imports_the_terminal_command() -> None:
    for path in (PACKAGE / "gui").rglob("*.py"):
        assert not any(m.startswith("httpcodes.cli") for m in imports_of(path)), path


def test_no_import_cycles_lazy_ones_included() -> None:
    edges = graph()
    # A package's __init__ is imported before its modules: an edge into it is not a cycle
    # by itself, so only module-to-module edges are followed.
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                cycle = [*stack[stack.index(target) :], target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
