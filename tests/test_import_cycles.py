"""No import cycles between modules (issue 14): each module's top-level imports form a DAG.

Imports inside functions and under `if TYPE_CHECKING:` do not count (they run later or
never). A submodule importing its own package's `__init__` does not count either: Python
runs the package first by design.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "idp_wizard"


def module_names() -> dict[str, Path]:
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def top_level_imports(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            submodules = {f"{node.module}.{a.name}" for a in node.names} & known.keys()
            found |= submodules
            takes_names = len(submodules) < len(node.names)
            if node.module in known and takes_names and not module.startswith(node.module + "."):
                found.add(node.module)
    return found


def test_modules_import_each_other_without_cycles() -> None:
    known = module_names()
    graph = {m: top_level_imports(m, p, known) for m, p in known.items()}
    try:
        order = list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        raise AssertionError(f"import cycle: {' -> '.join(exc.args[1])}") from None
    assert len(order) == len(known)


def test_the_graph_holds_the_imports_it_should() -> None:
    """The checker itself: a known top-level import is an edge, a TYPE_CHECKING one is not."""
    known = module_names()
    app = top_level_imports("idp_wizard.app", known["idp_wizard.app"], known)
    assert "idp_wizard.core.store" in app
    assert "idp_wizard.core.environment" in app
