"""Ids of the records a roster makes, derived from the roster's own keys.

The same roster imported on two laptops must give the same records, so that bundles unite
them instead of doubling every household (see docs/roster-ids.md). A record a roster creates
therefore takes an id computed from what identifies it in any roster, never from the laptop:

- a household: ``H`` + its code (``H#`` + a hash when the code holds other characters than
  letters, digits, ``-`` and ``_``, or is long), so ids sort in the roster's code order;
- a resident: ``R`` + the same code form, ``.``, then 12 hex digits of a hash of the folded
  name and the birth date (the key the import recognises a resident by);
- an area: ``A#`` + a hash of its kind, parent and folded name.

Hand-made records keep the laptop's ids (node and counter). An import never reuses an id
already taken on the laptop (by a record renamed since, or deleted): it then gives the new
record a laptop id, as before.
"""

from __future__ import annotations

import re
from hashlib import blake2b

__all__ = ["ROSTER_VER_TIME", "household_id", "resident_id", "area_id"]

# The clock time of a record a roster import inserts: older than any edit made anywhere, so
# an edit is never lost to another laptop importing the same roster later.
ROSTER_VER_TIME = "000000000000"

_PLAIN = re.compile(r"[A-Za-z0-9_-]{1,40}").fullmatch


def _hash(text: str, size: int) -> str:
    return blake2b(text.encode("utf-8"), digest_size=size).hexdigest()


def _code_form(code: str) -> str:
    return code if _PLAIN(code) else "#" + _hash(code, 10)


def household_id(code: str) -> str:
    return "H" + _code_form(code)


def resident_id(code: str, name_fold: str, dob: str | None) -> str:
    return "R" + _code_form(code) + "." + _hash(name_fold + "|" + (dob or ""), 6)


def area_id(kind: str, parent_id: str | None, name_fold: str) -> str:
    return "A#" + _hash("|".join((kind, parent_id or "", name_fold)), 10)
