"""The layering of STYLE.md and docs/architecture.md: only station_app/ui/ imports Qt, each layer
imports only the layers below it, no two modules import each other (directly or round a
circle), and the declared dependencies are the imported ones."""

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "station_app"

# What each layer may import of the project (function-level imports count too). "base" is the
# package's own top-level modules (station_app/__init__.py: the version; resources.py: where
# the fonts and data files are), which import nothing of the project.
ALLOWED = {
    "base": set(),
    "core": {"base"},
    "storage": {"base", "core"},
    "sync": {"base", "core", "storage"},
    "printing": {"base", "core"},
    "services": {"base", "core", "storage", "sync", "printing"},
    "ui": {"base", "core", "storage", "sync", "printing", "services"},
    "cli": {"base", "core", "storage", "sync", "printing", "services", "ui"},
    "main": {"cli"},  # __main__.py
}


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


SQL = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\s+INTO|UPDATE\b.*\bSET|DELETE\s+FROM)\b",
                 re.DOTALL)  # upper case, as the project writes SQL


def _sql_strings(path: Path) -> list[str]:
    return [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and SQL.search(node.value)]


def test_no_sql_in_ui():
    """Screens call services; the few queries they read with live in storage/queries.py."""
    found = {str(path.relative_to(PACKAGE)): _sql_strings(path)
             for path in (PACKAGE / "ui").rglob("*.py")}
    assert {name: sql for name, sql in found.items() if sql} == {}


def test_the_check_sees_sql(tmp_path):
    module = tmp_path / "screen.py"
    module.write_text('n = db.scalar("SELECT count(*) FROM campaigns")\n'
                      'label = "Select the villages from the list"\n')
    assert _sql_strings(module) == ["SELECT count(*) FROM campaigns"]


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
    # every distribution that installs the name: PySide6/ is both PySide6-Essentials' and
    # PySide6-Addons' (QtCharts)
    used = {_dist_name(owner) for name in third_party for owner in owners[name]}
    assert used - declared == set(), "imported but not declared"
    assert declared - used == set(), "declared but never imported"


def _module_name(package: Path, path: Path) -> str:
    parts = [package.name, *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in ("__init__", "resources"):
        return "base"
    return "main" if parts[1] == "__main__" else parts[1]


def _typing_only(tree: ast.Module) -> set[ast.AST]:
    """The nodes under ``if TYPE_CHECKING:``: imports read by type checkers, never run."""
    return {child for node in ast.walk(tree) if isinstance(node, ast.If)
            and getattr(node.test, "id", None) == "TYPE_CHECKING"
            for stmt in node.body for child in ast.walk(stmt)}


def project_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Each module of ``package`` -> the modules of ``package`` it imports (anywhere in it)."""
    modules = {_module_name(package, p): p for p in package.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = _typing_only(tree)
        for node in ast.walk(tree):
            if node in typing_only:
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                for alias in node.names:  # 'from pkg import module' imports the module
                    found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules
                              else base)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def layer_violations(graph: dict[str, set[str]]) -> list[str]:
    return sorted(f"{module} imports {target}" for module, targets in graph.items()
                  for target in targets
                  if _layer(target) != _layer(module)
                  and _layer(target) not in ALLOWED[_layer(module)])


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import one another round a circle (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def test_every_layer_imports_only_the_layers_below_it():
    graph = project_graph()
    assert {_layer(m) for m in graph} == set(ALLOWED)  # a new layer needs its rule
    assert layer_violations(graph) == []


def test_no_modules_import_each_other():
    assert import_cycles(project_graph()) == []


def private_imports(package: Path = PACKAGE) -> list[str]:
    """'from station_app.x import _name': a private name used outside its module (a query
    fragment shared that way belongs in storage/queries.py)."""
    found = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(package.name):
                found += [f"{path.relative_to(package.parent)}: {node.module}.{alias.name}"
                          for alias in node.names
                          if alias.name.startswith("_") and not alias.name.startswith("__")]
    return found


def test_no_module_imports_a_private_name_of_another():
    assert private_imports() == []


def test_the_checks_see_a_layer_broken_and_a_circle(tmp_path):
    package = tmp_path / "station_app"
    for folder in ("core", "services", "ui"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "core" / "rules.py").write_text("from station_app.services import work\n")
    (package / "services" / "work.py").write_text(
        "def later():\n    from station_app.services.other import x\n")
    (package / "services" / "other.py").write_text("from . import work\n")
    (package / "ui" / "screen.py").write_text("import station_app.services.work\n"
                                             "from station_app.services.work import _SQL\n")
    graph = project_graph(package)
    assert layer_violations(graph) == [
        "station_app.core.rules imports station_app.services.work"]
    assert import_cycles(graph) == [["station_app.services.other", "station_app.services.work"]]
    assert private_imports(package) == ["station_app/ui/screen.py: station_app.services.work._SQL"]
