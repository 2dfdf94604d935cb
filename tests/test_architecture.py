"""Contracts that hold the house: no import circle inside coopdesk/.

Every import statement counts, the ones inside functions and `if TYPE_CHECKING:` blocks
too (grimp reads them all): a module that needs another's type or helper while that one
imports it back should share a module below both, a protocol, or a callback instead.
The layers themselves are import-linter's contracts in pyproject.toml (`lint-imports`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import grimp
import pytest


def import_graph() -> dict[str, set[str]]:
    """Each coopdesk module and the coopdesk modules it imports, its own ancestor packages
    left out (a package's `__init__` running before its modules is not a circle)."""
    graph = grimp.build_graph("coopdesk", cache_dir=None)
    return {module: {imported for imported in graph.find_modules_directly_imported_by(module)
                     if not module.startswith(imported + ".")}
            for module in graph.modules}


def circles(graph: Mapping[str, Iterable[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for target in edges:
                if target not in graph:
                    continue
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph[target])))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.add(frozenset(component))
    return found


@pytest.fixture(scope="module")
def found_circles() -> set[frozenset[str]]:
    return circles(import_graph())


def _listed(groups: Iterable[frozenset[str]]) -> str:
    return "\n".join(" ".join(sorted(group)) for group in sorted(groups, key=sorted))


def test_no_import_circle_inside_coopdesk(found_circles: set[frozenset[str]]) -> None:
    assert not found_circles, "import circles (every import counts, type-only ones too):\n" \
        + _listed(found_circles)


def test_circles_are_found_through_every_kind_of_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a", "d"}, "e": set()}
    assert circles(graph) == {frozenset({"a", "b", "c"})}
    assert circles({"x": {"y"}, "y": {"x"}, "z": {"x"}}) == {frozenset({"x", "y"})}


def test_a_type_only_import_makes_a_circle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    package = tmp_path / "circled"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "window.py").write_text("from circled import menus\n", encoding="utf-8")
    (package / "menus.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from circled.window import Window\n", encoding="utf-8")
    (package / "late.py").write_text("def f():\n    from circled import early\n",
                                     encoding="utf-8")
    (package / "early.py").write_text("import circled.late\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("circled", cache_dir=None)
    edges = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    assert circles(edges) == {frozenset({"circled.window", "circled.menus"}),
                              frozenset({"circled.late", "circled.early"})}
