"""Queries that several modules read with (services and the roster table of ui/): a resident
with the code of their household and the name of their village."""

from __future__ import annotations

from collections.abc import Sequence

from station_app.storage.db import Database

__all__ = ["RESIDENT_FIELDS", "RESIDENTS", "residents_where", "roster_block"]

RESIDENT_FIELDS = """r.id, r.full_name, h.code AS household_code, r.dob AS date_of_birth,
    r.personal_id, r.old_id, r.gender, r.relation, r.card_status, r.household_id,
    r.sort_key, v.name AS village"""
RESIDENTS = """residents r LEFT JOIN households h ON h.id = r.household_id
    LEFT JOIN areas v ON v.id = h.village_id"""


def residents_where(db: Database, where: str, params: Sequence = (), tail: str = "") -> list[dict]:
    """Residents (RESIDENT_FIELDS) matching ``where``; ``tail`` is ORDER BY / LIMIT."""
    return db.query(f"SELECT {RESIDENT_FIELDS} FROM {RESIDENTS} WHERE {where} {tail}", params)


def roster_block(db: Database, offset: int, limit: int) -> list[dict]:
    """One block of the whole roster in id order (the roster table reads it as it scrolls)."""
    return residents_where(
        db, "r.id IN (SELECT id FROM residents ORDER BY id LIMIT ? OFFSET ?)", (limit, offset),
        "ORDER BY r.id")
