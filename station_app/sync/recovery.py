"""HQ opens a station's database, or a backup of it, when the station passphrase is lost: the
station sealed its data key to HQ's key when it enrolled HQ (storage/keys.py); HQ unseals it
with the private key kept inside its own encrypted database, then opens the file or gives it a
new passphrase. Each use is in HQ's audit."""

from __future__ import annotations

import os
from pathlib import Path

from station_app.core.messages import Message
from station_app.core.permissions import Operator
from station_app.storage import Database, keys
from station_app.storage.access import authorize
from station_app.sync.errors import SyncError
from station_app.sync.identity import enc_private_key, own_identity

__all__ = ["station_key", "open_station_copy", "reset_station_passphrase"]


def station_key(hq: Database, path: str | os.PathLike, *, operator: Operator | None) -> bytes:
    """The data key of the station database ``path``, unsealed with this HQ's key."""
    actor = authorize(hq, operator, "database.recover")
    path = Path(path)
    doc = keys.read_key_file(path)
    if doc is None:
        raise SyncError(Message("{path} has no key file ({name}) beside it", path=path,
                                name=keys.key_path(path).name))
    key = keys.unseal_for_hq(path, doc, own_identity(hq).key_id, enc_private_key(hq))
    with hq.write("recover_station_key", actor, {"station": doc.get("station"),
                                                 "file": str(path)}):
        pass
    return key


def open_station_copy(hq: Database, path: str | os.PathLike, *,
                      operator: Operator | None) -> Database:
    return Database.open(path, key=station_key(hq, path, operator=operator))


def reset_station_passphrase(hq: Database, path: str | os.PathLike, passphrase: str, *,
                             operator: Operator | None) -> None:
    """Give the station database ``path`` a new passphrase (its key file rewritten)."""
    key = station_key(hq, path, operator=operator)
    keys.reset_passphrase(path, keys.read_key_file(path), key, passphrase)
