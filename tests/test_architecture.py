"""The layering of STYLE.md: only station_app/ui/ may import Qt."""

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "station_app"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_outside_ui():
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and _imports(path) & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_the_check_sees_a_qt_import(tmp_path):
    module = tmp_path / "leak.py"
    module.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6" in _imports(module)


def _dist_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_declared_dependencies_are_the_imported_ones():
    """Every package that station_app imports is declared in pyproject.toml, and every declared
    dependency is imported somewhere (none is declared and unused)."""
    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text())["project"]
    declared = {_dist_name(re.split(r"[<>=!~\[; ]", d)[0]) for d in project["dependencies"]}
    imported = set().union(*map(_imports, PACKAGE.rglob("*.py")))
    third_party = imported - set(sys.stdlib_module_names) - {"station_app", "__future__"}
    owners = importlib.metadata.packages_distributions()
    used = {_dist_name(owners[name][0]) for name in third_party}
    assert used - declared == set(), "imported but not declared"
    assert declared - used == set(), "declared but never imported"
