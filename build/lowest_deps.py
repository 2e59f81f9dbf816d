"""The lowest version of every dependency that pyproject.toml allows, as pip requirements
(``name==floor``), for the CI step that installs them (``make lowest``): a floor the code
outgrew fails there, not on a station's laptop. ``--test``: the test tools too (pytest,
pytest-qt, pypdf; not the packager or linter)."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

TEST_TOOLS = ("pytest", "pytest-qt", "pypdf")


def floors(test: bool = False) -> list[str]:
    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(
        encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    if test:
        wanted += [d for d in project["optional-dependencies"]["test"]
                   if re.match(r"[A-Za-z0-9_.-]+", d).group(0) in TEST_TOOLS]
    pins = []
    for spec in wanted:
        name, floor = re.match(r"\s*([A-Za-z0-9_.\[\]-]+)\s*>=\s*([^,;\s]+)", spec).groups()
        pins.append(f"{name}=={floor}")
    return pins


if __name__ == "__main__":
    print("\n".join(floors("--test" in sys.argv)))
