"""Where the files under resources/ are: from a source checkout (and an editable install), from
an installed wheel, and from a frozen build.

The repository keeps them in the top-level resources/ folder; a wheel installs them inside the
package as station_app/_resources (pyproject.toml maps the folder there); PyInstaller puts
them in sys._MEIPASS/resources (installer.spec)."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path", "RESOURCES"]

_HERE = Path(__file__).resolve().parent

if getattr(sys, "frozen", False):  # PyInstaller
    RESOURCES = Path(sys._MEIPASS) / "resources"
elif (_HERE / "_resources").is_dir():  # an installed wheel
    RESOURCES = _HERE / "_resources"
else:  # a source checkout
    RESOURCES = _HERE.parent / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
