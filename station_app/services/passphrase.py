"""The lead changes the station passphrase: the key file is rewritten, not the database."""

from __future__ import annotations

from station_app.core.permissions import Operator
from station_app.storage import Database, keys
from station_app.storage.access import authorize

__all__ = ["change_passphrase"]


def change_passphrase(db: Database, old: str, new: str, *, operator: Operator | None) -> None:
    actor = authorize(db, operator, "database.passphrase")
    keys.change_passphrase(db.path, old, new)
    with db.write("change_passphrase", actor):
        pass
