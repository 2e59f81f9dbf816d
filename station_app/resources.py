"""Where the files under resources/ are, from a source checkout and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path", "RESOURCES"]

if getattr(sys, "frozen", False):  # PyInstaller
    RESOURCES = Path(sys._MEIPASS) / "resources"
else:
    RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
