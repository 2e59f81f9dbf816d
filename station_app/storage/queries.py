"""Queries that several modules read with (services and the roster table of ui/): a resident
with the code of their household and the name of their village."""

from __future__ import annotations

from collections.abc import Sequence

from station_app.storage.db import Database

__all__ = ["RESIDENT_FIELDS", "RESIDENTS", "residents_where", "roster_block", "count_residents"]

RESIDENT_FIELDS = """r.id, r.full_name, h.code AS household_code, r.dob AS date_of_birth,
    r.personal_id, r.old_id, r.gender, r.relation, r.card_status, r.household_id,
    r.sort_key, v.name AS village"""
RESIDENTS = """residents r LEFT JOIN households h ON h.id = r.household_id
    LEFT JOIN areas v ON v.id = h.village_id"""


def count_residents(db: Database) -> int:
    return db.scalar("SELECT count(*) FROM residents")


def residents_where(db: Database, where: str, params: Sequence = (), tail: str = "") -> list[dict]:
    """Residents (RESIDENT_FIELDS) matching ``where``; ``tail`` is ORDER BY / LIMIT."""
    return db.query(f"SELECT {RESIDENT_FIELDS} FROM {RESIDENTS} WHERE {where} {tail}", params)


def roster_block(db: Database, offset: int, limit: int, after: str | None = None,
                 before: str | None = None, backwards: bool = False) -> list[dict]:
    """``limit`` residents in roster (id) order, ``offset`` rows on from the first, from just
    after the resident ``after``, or (``backwards``) from the last or just before ``before``.
    SQLite steps over an OFFSET row by row (0.1 s deep in a province's roster), so the roster
    table counts from the nearest block it has read."""
    bound, params = "", []
    if after is not None:
        bound, params = "WHERE id > ?", [after]
    elif before is not None:
        bound, params, backwards = "WHERE id < ?", [before], True
    return residents_where(
        db, f"r.id IN (SELECT id FROM residents {bound} "
        f"ORDER BY id {'DESC' if backwards else ''} LIMIT ? OFFSET ?)", (*params, limit, offset),
        "ORDER BY r.id")
