"""Station kits (issue 27, docs/kit-format.md), over sync/kit.py: HQ writes the kit of a new
station (``write_kit``) and lists those it wrote (``list_kits``); a new laptop reads one
(``read_kit``) and becomes that station (``set_up_from_kit``): its own keys, HQ enrolled from
the kit, the campaign and the roster merged at once as from HQ."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
from pathlib import Path

from station_app.core.dates import now_iso
from station_app.core.files import sqlite_file_reason, write_file_atomically
from station_app.core.messages import Message
from station_app.core.permissions import Operator
from station_app.core.text import nfc
from station_app.services.operators import add_operator, check_pin_format, clean_name
from station_app.services.sessions import resolve_villages
from station_app.storage import Database, keys
from station_app.storage.access import authorize
from station_app.sync.identity import create_keys, enrol, fingerprint, identity_document, peers
from station_app.sync.kit import (
    KIND,
    VALID_DAYS,
    Kit,
    KitError,
    keep_proof,
    kit_payload,
    new_password,
    open_kit,
    seal_kit,
)
from station_app.sync.receive import import_kit_data

__all__ = ["KIT_SUFFIX", "write_kit", "list_kits", "villages_to_serve", "read_kit",
           "set_up_from_kit", "check_station_code", "refuse_if_taken"]

KIT_SUFFIX = ".kit"


def check_station_code(code: str) -> str:
    code = code.strip()
    if not code or len(code) > 32 or not all(c.isalnum() and c.isascii() or c in "-_"
                                             for c in code):
        raise KitError(Message("a station code is letters, digits, '-' or '_', for example "
                               "XA-HB-01"))
    return code


def write_kit(db: Database, out: str | os.PathLike, station: str, name: str,
              villages: list[str] | None = None, *, operator: Operator | None = None) -> dict:
    """HQ: the kit of a new station into the file ``out``; returns what was written, with the
    kit password (shown once: HQ keeps only the kit's secret)."""
    actor = authorize(db, operator, "hq.stations")
    if not db.is_hq:
        raise KitError(Message("only HQ writes station kits"))
    station, name = check_station_code(station), nfc(name)
    if not name:
        raise KitError(Message("name the station, for example 'Trạm UBND xã Hòa Bình'"))
    if station == db.station:
        raise KitError(Message("{station} is HQ's own code", station=station))
    enrolled = [p for p in peers(db, include_revoked=False) if p.station == station]
    if enrolled:
        raise KitError(Message(
            "{station} is already enrolled here (fingerprint {fingerprint}): a kit makes a new "
            "station. For a replaced laptop, revoke {station} first; another laptop of the "
            "station joins its host through the hall network", station=station,
            fingerprint=fingerprint(enrolled[0].key_id)))
    if not db.scalar("SELECT 1 FROM campaigns WHERE station IS NULL"):  # the province's
        raise KitError(Message("HQ has no campaign yet: create the campaign first, so that "
                               "the station starts with it"))
    out = Path(out)
    if out.is_dir():
        raise KitError(Message("{path} is a folder; give a file name for the kit",
                               path=str(out)))
    if out.exists():
        raise KitError(Message("{path} already exists; choose another file name",
                               path=str(out)))
    chosen = resolve_villages(db, villages) if villages else None
    village_ids = [v["id"] for v in chosen] if chosen is not None else None
    image, counts, upto = kit_payload(db, village_ids)
    written = dt.datetime.fromisoformat(now_iso())
    kit_id, secret, password = secrets.token_hex(16), secrets.token_bytes(32), new_password()
    contents = {
        "kind": KIND, "version": 1, "kit_id": kit_id, "station": station, "name": name,
        "written_at": written.isoformat(),
        "expires_at": (written + dt.timedelta(days=VALID_DAYS)).isoformat(),
        "hq": identity_document(db), "secret": base64.b64encode(secret).decode(),
        "villages": [v["name"] for v in chosen] if chosen is not None else None,
        "payload": {"encoding": "sqlite3", "compression": "zlib", "size": len(image),
                    "hlc": max(int(db.meta("hlc", 0)), db.clock()), "counts": counts},
    }
    data = seal_kit(contents, image, password)
    db.note_output(out)  # a partial file left by a kill is removed at next start; the wipe
    with db.write("kit.write", actor, {"kit_id": kit_id, "station": station,
                                       "villages": contents["villages"], "file": str(out),
                                       "expires_at": contents["expires_at"]}):
        db.conn.execute(
            "INSERT INTO station_kits (kit_id, station, name, villages, secret, written_at,"
            " expires_at, operator, file, rev, village_ids)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kit_id, station, name, json.dumps(contents["villages"], ensure_ascii=False),
             secret, contents["written_at"], contents["expires_at"], actor, str(out), upto,
             None if village_ids is None else json.dumps(village_ids)))
        write_file_atomically(out, data)  # the kit is recorded only if its file is written
    return {"file": str(out), "station": station, "name": name, "kit_id": kit_id,
            "password": password, "expires_at": contents["expires_at"],
            "villages": contents["villages"],
            "residents": counts.get("residents", {}).get("rows", 0),
            "households": counts.get("households", {}).get("rows", 0), "bytes": len(data)}


def villages_to_serve(db: Database, *, operator: Operator | None = None) -> list[dict]:
    """HQ: the villages of its roster (id, name, commune) a kit may be limited to."""
    authorize(db, operator, "hq.stations")
    return db.query("SELECT v.id, v.name, c.name AS commune FROM areas v LEFT JOIN areas c"
                    " ON c.id = v.parent_id WHERE v.kind = 'village'"
                    " ORDER BY v.name_fold, c.name_fold")


def list_kits(db: Database, *, operator: Operator | None = None) -> list[dict]:
    """HQ: the kits written, newest first, each waiting, used (by which laptop) or expired."""
    authorize(db, operator, "hq.stations")
    rows = db.query("SELECT kit_id, station, name, villages, written_at, expires_at, operator,"
                    " file, used_at, used_key_id FROM station_kits ORDER BY written_at DESC,"
                    " rowid DESC")
    now = dt.datetime.fromisoformat(now_iso())
    for row in rows:
        row["villages"] = json.loads(row["villages"]) if row["villages"] else None
        row["fingerprint"] = fingerprint(row["used_key_id"]) if row["used_key_id"] else ""
        row["state"] = ("used" if row["used_key_id"] else "expired"
                        if now > dt.datetime.fromisoformat(row["expires_at"]) else "waiting")
    return rows


def read_kit(path: str | os.PathLike, password: str) -> Kit:
    """Read and open a kit file (KitError in one line when it cannot be used)."""
    path = Path(path)
    if sqlite_file_reason(path):  # only SQLite may open a database: see core/files.py
        raise KitError(Message("{path} is a database, not a station kit", path=str(path)))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KitError(Message("{path}: no such file", path=str(path))) from None
    except IsADirectoryError:
        raise KitError(Message("{path} is a folder, not a station kit", path=str(path))) from None
    return open_kit(data, password)


def refuse_if_taken(path: str | os.PathLike) -> None:
    """KitError when ``path`` (or its key file) is there already."""
    for taken in (Path(path), keys.key_path(path)):
        if taken.exists():
            raise KitError(Message(
                "this laptop already holds a station ({path}): a kit sets up a new laptop "
                "only; nothing was changed", path=str(taken)))


def set_up_from_kit(path: str | os.PathLike, kit: Kit, lead: str, pin: str,
                    passphrase: str | None = None, label: str = "station kit") -> Database:
    """Make this laptop the kit's station at ``path`` (which must not exist): the database
    under the station passphrase, the lead, this laptop's own keys, HQ enrolled from the kit,
    the proof of the kit kept for the first bundles to HQ, the campaign and roster merged as
    from HQ. All or nothing: on any failure the files made are removed."""
    path = Path(path)
    refuse_if_taken(path)
    lead = clean_name(lead)
    check_pin_format(pin)
    hq = kit.hq
    db = Database.create(path, kit.station, kit.name, passphrase=passphrase)
    try:
        operator = add_operator(db, lead, "lead", pin)
        me = create_keys(db, operator=operator.name)
        keep_proof(db, kit, me, operator.name)
        peer, _ = enrol(db, hq, operator=operator)
        payload = kit.contents["payload"]
        import_kit_data(db, label, kit.kit_id, kit.image, payload["counts"],
                        int(payload["hlc"]), peer, operator.name)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm", "-key", "-steps"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return db
