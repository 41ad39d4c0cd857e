"""The house plan holds: every module is in one part, every import between parts is an arrow
of ``docs/house-plan.json`` and none is a "never", no layer imports another, no import circle.

Imports are read from the source (``ast``), every one of them: at module level, inside
functions, under ``TYPE_CHECKING``. A new import that breaks the plan fails here, with the
file and the import named.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT

PLAN = json.loads((ROOT / "docs" / "house-plan.json").read_text(encoding="utf-8"))
PACKAGE = ROOT / "analysis"
FILES = sorted(p for p in PACKAGE.rglob("*.py"))


def module_of(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_of(p): p for p in FILES}


def part_of(path: Path) -> str:
    relative = path.relative_to(ROOT).as_posix()
    found = [name for name, part in PLAN["parts"].items()
             for place in part["is"]
             if relative == place or (place.endswith("/") and relative.startswith(place))]
    assert len(found) == 1, f"{relative} is in {found or 'no part'} of docs/house-plan.json"
    return found[0]


def imports(path: Path) -> list[tuple[int, str]]:
    """``(line, module)`` of every import of one of the package's modules in ``path``."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.startswith("analysis")]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis"):
            for alias in node.names:  # "from analysis.x import y": y may be a module itself
                full = f"{node.module}.{alias.name}"
                out.append((node.lineno, full if full in MODULES else node.module))
    return [(line, name) for line, name in out if name in MODULES]


def test_every_module_is_in_exactly_one_part():
    for path in FILES:
        part_of(path)


def test_every_import_between_parts_is_an_arrow_of_the_plan_and_none_a_never():
    allowed = {(a, b) for a, b, *_ in PLAN["arrows"]}
    never = {(a, b): why for a, b, why in PLAN["never"]}
    assert not allowed & set(never), "an arrow is also a never"
    wrong = []
    for path in FILES:
        here = part_of(path)
        for line, name in imports(path):
            there = part_of(MODULES[name])
            if here == there:
                continue
            where = f"{path.relative_to(ROOT)}:{line} imports {name} ({here} -> {there})"
            if (here, there) in never:
                wrong.append(f"{where}: never, {never[(here, there)]}")
            elif (here, there) not in allowed:
                wrong.append(f"{where}: no such arrow in docs/house-plan.json")
    assert not wrong, "\n".join(wrong)


def test_no_layer_imports_another():
    wrong = []
    for path in (PACKAGE / "layers").rglob("*.py"):
        layer = path.relative_to(PACKAGE / "layers").parts[0]
        for line, name in imports(path):
            parts = name.split(".")
            if parts[:2] == ["analysis", "layers"] and len(parts) > 2 and parts[2] != layer:
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_no_module_outside_the_face_imports_the_package_itself():
    """``from analysis import x`` runs the whole public face: below the face, name the module."""
    for path in FILES:
        if part_of(path) == "Face":
            continue
        for line, name in imports(path):
            assert name != "analysis", f"{path.relative_to(ROOT)}:{line} imports analysis"


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_circles():
    graph = {name: {m for _, m in imports(path) if m != name} for name, path in MODULES.items()}
    assert circles(graph) == []


@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ({"a": {"b"}, "b": set()}, []),
])
def test_the_circle_finder_finds_circles(graph, expected):
    assert circles(graph) == expected


def test_every_module_has_a_test_module_that_mirrors_it():
    """``analysis/spine/tokens.py`` is tested in ``tests/spine/test_tokens.py``."""
    missing = []
    for path in FILES:
        if path.name in ("__init__.py", "__main__.py"):
            continue
        relative = path.relative_to(PACKAGE)
        test = ROOT / "tests" / relative.parent / f"test_{path.stem}.py"
        if not test.is_file():
            missing.append(f"{path.relative_to(ROOT)} has no {test.relative_to(ROOT)}")
    assert not missing, "\n".join(missing)


def test_every_public_function_has_type_hints_and_a_docstring():
    """Public (no leading underscore) module-level functions and classes, and the methods of
    public classes: every argument and the return annotated; functions and classes
    documented."""
    wrong = []
    for path in FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            functions = [node]
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                if not ast.get_docstring(node):
                    wrong.append(f"{where} class {node.name}: no docstring")
                functions = [n for n in node.body if isinstance(n, ast.FunctionDef)]
            for f in functions:
                if not isinstance(f, ast.FunctionDef) or f.name.startswith("_"):
                    continue
                arguments = [a for a in (*f.args.args, *f.args.kwonlyargs)
                             if a.arg not in ("self", "cls")]
                untyped = [a.arg for a in arguments if a.annotation is None]
                if untyped or f.returns is None:
                    wrong.append(f"{where} {f.name}: untyped {untyped or 'return'}")
                if f is node and not ast.get_docstring(f):
                    wrong.append(f"{where} {f.name}: no docstring")
    assert not wrong, "\n".join(wrong)
