"""The layers keep to themselves: every module imports, the window's and the command line's modules
import no cycle, and widgets and commands never talk SQL (services own the queries and transactions).

Read from the source with ``ast``, so a function-level import counts as much as a top-level one.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "zhdesk"
NOT_IMPORTED = ("zhdesk.__main__", "zhdesk.storage.migrations")  # runs the CLI; run by Alembic, not imported
SHELLS = ("zhdesk.gui", "zhdesk.cli")  # the window and the command line: on top of the services


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def imports_run(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: at the top, in functions, in classes; not those under
    ``if TYPE_CHECKING:``, which only the type checker reads (annotations, never a cycle at run time)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for other in node.orelse:
                yield from imports_run(ast.Module(body=[other], type_ignores=[]))
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from imports_run(node)


def imported_modules(name: str, path: Path) -> set[str]:
    """The zhdesk modules ``name`` imports (a package's ``__init__`` counts: importing a submodule runs it)."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in imports_run(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        for target in targets:
            parts = target.split(".")
            found.update(".".join(parts[:n]) for n in range(1, len(parts) + 1) if ".".join(parts[:n]) in MODULES)
    found.discard(name)
    return found


def import_graph() -> dict[str, set[str]]:
    return {name: imported_modules(name, path) for name, path in MODULES.items()}


def find_cycle(graph: dict[str, set[str]], roots: list[str]) -> list[str] | None:
    """One import cycle reachable from ``roots``, as the chain of modules (first == last), or None."""
    state: dict[str, str] = {}  # "open" while on the current path, "done" once every import was followed
    path: list[str] = []

    def visit(name: str) -> list[str] | None:
        state[name] = "open"
        path.append(name)
        for target in sorted(graph.get(name, ())):
            if state.get(target) == "open":
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        path.pop()
        state[name] = "done"
        return None

    for root in roots:
        if root not in state and (cycle := visit(root)) is not None:
            return cycle
    return None


@pytest.mark.parametrize("name", [n for n in MODULES if not within(n, NOT_IMPORTED)])
def test_every_module_imports(name: str) -> None:
    importlib.import_module(name)


def test_the_window_and_the_command_line_import_no_cycle() -> None:
    graph = import_graph()
    cycle = find_cycle(graph, sorted(n for n in graph if within(n, SHELLS)))
    assert cycle is None, "an import cycle: " + " → ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert find_cycle(graph, ["a"]) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}, ["a"]) is None


# A type-only import of the Session class, for an annotation (cli/common.py's ``reading()`` hands a session
# to the services' query functions): it never runs, and it builds no query.
ALLOWED_SQLALCHEMY = {("zhdesk.cli.common", "sqlalchemy.orm")}


def sql_in(name: str, source: str, label: str) -> list[str]:
    """Where the module opens a transaction, calls ``select(``, or imports SQLAlchemy or the ORM models."""
    tree = ast.parse(source)
    type_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for statement in block.body
        for node in ast.walk(statement)
    }
    found = []
    for node in ast.walk(tree):
        where = f"{label}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "transaction":
                found.append(f"{where}: .transaction() (a service opens its own)")
            if (isinstance(func, ast.Name) and func.id == "select") or (
                isinstance(func, ast.Attribute)
                and func.attr == "select"
                and isinstance(func.value, ast.Name)
                and func.value.id in ("sqlalchemy", "sa")
            ):
                found.append(f"{where}: select() (queries belong to the services)")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for module in modules:
                if module.split(".")[0] == "sqlalchemy" or within(module, ("zhdesk.storage.models",)):
                    if id(node) in type_only and (name, module) in ALLOWED_SQLALCHEMY:
                        continue
                    found.append(f"{where}: import {module}")
    return sorted(found, key=lambda hit: int(hit.split(":")[1]))


def test_widgets_and_commands_never_talk_sql() -> None:
    found = [
        hit
        for name, path in MODULES.items()
        if within(name, SHELLS)
        for hit in sql_in(name, path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    ]
    assert not found, "SQL outside the services:\n" + "\n".join(found)


def test_the_sql_check_sees_a_transaction_a_query_and_an_import() -> None:
    sample = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from sqlalchemy.orm import Session\n"
        "def task(store):\n"
        "    from sqlalchemy import select\n"
        "    with store.transaction() as session:\n"
        "        return session.execute(select(1))\n"
        "def navigate(nav):\n"
        "    nav.select('1.1')\n"  # a widget's own select() is no query
    )
    assert sql_in("sample", sample, "sample.py") == [
        "sample.py:3: import sqlalchemy.orm",  # type-only, but not allowed here
        "sample.py:5: import sqlalchemy",
        "sample.py:6: .transaction() (a service opens its own)",
        "sample.py:7: select() (queries belong to the services)",
    ]
    assert sql_in("zhdesk.cli.common", sample, "common.py")[0] == "common.py:5: import sqlalchemy"
