"""The clock that stamps changes: a hybrid logical clock over the wall clock.

A change's version starts with a time in milliseconds. It is the wall clock's time, but never
earlier than or equal to the last stamp this laptop gave or saw in a merged bundle: so the clock
moves forward even when the wall clock stands still (two writes in one millisecond) or goes back
(a corrected laptop clock). A ``Database`` takes any zero-argument callable giving milliseconds
as its wall clock; tests give one that steps, so "later" means later on every machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["Clock", "wall_ms", "next_stamp"]

Clock = Callable[[], int]


def wall_ms() -> int:
    """The wall clock, in milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


def next_stamp(last: int, wall: int) -> int:
    """The stamp of the next change: the wall time, or just after ``last`` when the wall clock
    has not passed it."""
    return max(wall, last + 1)
