"""Writing a synthetic roster CSV (UTF-8 with BOM, as Excel opens it correctly)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from station_app.core.synthetic import ROSTER_HEADERS, generate_roster

__all__ = ["write_demo_roster"]


def write_demo_roster(out: str | Path, households: int, seed: int,
                      max_residents: int | None = None) -> int:
    """Write the roster atomically; returns the number of residents written."""
    if households < 1:
        raise ValueError("--households must be at least 1")
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    count = 0
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(ROSTER_HEADERS)
            for row in generate_roster(households, seed, max_residents=max_residents):
                writer.writerow(row)
                count += 1
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
