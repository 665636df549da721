"""Layers point down only (DESIGN.md): checked on the source, import by import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "idp_wizard"
# layer → packages it must not import
FORBIDDEN = {
    "core": (
        "PySide6",
        "idp_wizard.ui",
        "idp_wizard.providers",
        "idp_wizard.demo",
        "idp_wizard.app",
        "idp_wizard.cli",
        "idp_wizard.sign_in",
    ),
    "providers": ("PySide6", "idp_wizard.ui", "idp_wizard.app", "idp_wizard.cli"),
    "demo": ("PySide6", "idp_wizard.ui", "idp_wizard.app", "idp_wizard.cli"),
    "platform": ("PySide6", "idp_wizard.ui", "idp_wizard.app", "idp_wizard.cli",
                 "idp_wizard.demo", "idp_wizard.sign_in"),
    "scheduling": ("PySide6", "idp_wizard.ui"),
}


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    bad = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not bad, bad


def test_only_ui_and_the_gui_entry_points_import_qt() -> None:
    allowed = {"ui"}
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in allowed:
            continue
        top = {name for name in imports(path) if name.startswith("PySide6")}
        if top:
            offenders.append(str(rel))
    assert offenders == [], offenders


@pytest.mark.parametrize("name", ["app.py", "app_filters.py"])  # App and what it inherits
def test_app_has_no_demo_branches(name: str) -> None:
    """Demo mode is an environment chosen once at start-up (compose.py), not a branch:
    App neither imports the demo package nor asks whether it runs one."""
    source = (PACKAGE / name).read_text(encoding="utf-8")
    assert not any(n == "idp_wizard.demo" or n.startswith("idp_wizard.demo.")
                   for n in imports(PACKAGE / name))
    tree = ast.parse(source)
    tests = [node.test for node in ast.walk(tree) if isinstance(node, ast.If | ast.IfExp)]
    assert not [ast.unparse(t) for t in tests if "demo" in ast.unparse(t)]


def test_only_the_composition_root_chooses_the_environment() -> None:
    users = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                   if "idp_wizard.demo.environment" in imports(p))
    assert users == ["compose.py"]
