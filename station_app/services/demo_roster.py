"""Writing a synthetic roster CSV (UTF-8 with BOM, as Excel opens it correctly)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from station_app.core.files import atomic_file
from station_app.core.synthetic import ROSTER_HEADERS, generate_roster

__all__ = ["write_demo_roster"]


def write_demo_roster(out: str | Path, households: int, seed: int,
                      max_residents: int | None = None, names: str = "common") -> int:
    """Write the roster atomically; returns the number of residents written. ``names``: see
    core.synthetic.generate_roster ("varied": the benchmarks' roster)."""
    if households < 1:
        raise ValueError("--households must be at least 1")
    count = 0
    with atomic_file(out) as target:
        text = io.TextIOWrapper(target.fh, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerow(ROSTER_HEADERS)
        for row in generate_roster(households, seed, max_residents=max_residents, names=names):
            writer.writerow(row)
            count += 1
        text.flush()
        text.detach()
        target.commit()
    return count
