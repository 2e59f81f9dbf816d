"""Operators: who signs in, with which role, and the trail of what they did.

- A PIN is stored only as a slow salted hash (scrypt from the standard library); the PIN itself
  is never written anywhere.
- Signing in, failing to, signing out, locking the screen and every refused action are audit
  entries. Repeated wrong PINs for one name lock that name for a while; the count is read back
  from the audit log, so restarting the program does not reset it.
- ``authorize(db, operator, action)`` is the permission check of the services: it refuses (and
  records the refusal) when the operator's role may not do the action.
- An operator belongs to the station whose laptop made them (``operators.station``) and signs
  in only there; an hq operator is made only at HQ and signs in only there. Other stations'
  operators arrive by sync for the audit, without their PIN hashes (sync/tables.LOCAL_COLUMNS),
  and are invisible to everything here. Names are unique per station (folded: "Hùng" = "HUNG").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from station_app.core.dates import local_now
from station_app.core.messages import Message
from station_app.core.permissions import ROLES, NotAllowed, Operator, allowed, require
from station_app.core.text import fold, nfc
from station_app.storage import Database
from station_app.storage.access import authorize

__all__ = [
    "ROLES", "Operator", "OperatorError", "SignInRefused", "NotAllowed", "LOCK_AFTER",
    "LOCK_MINUTES", "hash_pin", "check_pin", "add_operator", "list_operators", "has_operators",
    "find_operator", "sign_in", "sign_out", "record", "change_pin", "set_active", "authorize",
    "require", "allowed", "locked_until", "check_pin_format", "clean_name",
]

LOCK_AFTER = 5  # wrong PINs in a row lock the name ...
LOCK_MINUTES = 5  # ... for this long
PIN_DIGITS = (4, 12)
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}  # about 70 ms a check on a slow laptop


class OperatorError(ValueError):
    """Bad operator data (name, role, PIN): one line for the user."""


class SignInRefused(ValueError):
    """Wrong name or PIN, or a name locked after repeated wrong PINs."""

    def __init__(self, message: str, locked_until: dt.datetime | None = None):
        super().__init__(message)
        self.locked_until = locked_until


# -- PINs -------------------------------------------------------------------------------------
def check_pin_format(pin: str) -> None:
    low, high = PIN_DIGITS
    if not (pin.isdigit() and pin.isascii() and low <= len(pin) <= high):
        raise OperatorError(Message("a PIN is {low} to {high} digits", low=low, high=high))


def hash_pin(pin: str) -> str:
    check_pin_format(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(digest) // 2)
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


# -- operators --------------------------------------------------------------------------------
def clean_name(name: str) -> str:
    name = nfc(name)
    if not name or len(name) > 60:
        raise OperatorError(Message("an operator's name is 1 to 60 characters"))
    return name


def _here(db: Database) -> tuple[str, tuple]:
    """(SQL condition, parameters) for the operators of this laptop's station: the only ones
    who sign in or are managed here (an hq role only at HQ)."""
    return "station = ? AND (role <> 'hq' OR ?)", (db.station, int(db.is_hq))


def has_operators(db: Database) -> bool:
    where, params = _here(db)
    return bool(db.scalar(f"SELECT 1 FROM operators WHERE {where} AND active = 1"
                          " AND pin_hash IS NOT NULL LIMIT 1", params))


def list_operators(db: Database, active_only: bool = True) -> list[dict]:
    """This station's operators without their PIN hashes, by role then name."""
    where, params = _here(db)
    rows = db.query(f"SELECT id, name, role, active FROM operators WHERE {where}"
                    + (" AND active = 1" if active_only else ""), params)
    order = {role: i for i, role in enumerate(ROLES)}
    return sorted(rows, key=lambda r: (order.get(r["role"], 9), fold(r["name"])))


def _by_name(db: Database, name: str) -> dict | None:
    """This station's operator of that name (folded), one with a PIN hash first."""
    wanted = fold(name)
    where, params = _here(db)
    for row in db.query(f"SELECT id, name, role, pin_hash, active FROM operators WHERE {where}"
                        " ORDER BY pin_hash IS NULL", params):
        if fold(row["name"]) == wanted:
            return row
    return None


def _name_taken(db: Database, name: str) -> bool:
    """A name is unique per station, folded, whatever the operator's role or status."""
    wanted = fold(name)
    return any(fold(r[0]) == wanted for r in db.conn.execute(
        "SELECT name FROM operators WHERE station = ?", (db.station,)))


def find_operator(db: Database, name: str) -> Operator | None:
    row = _by_name(db, name)
    return Operator(row["id"], row["name"], row["role"]) if row and row["active"] else None


def add_operator(db: Database, name: str, role: str, pin: str,
                 by: Operator | None = None) -> Operator:
    """A new operator of this laptop's station. The first operator of a station (nobody to
    sign in yet) must be a lead or hq and needs no ``by``; after that only a lead or hq may add
    operators. Only HQ makes hq operators."""
    name = clean_name(name)
    if role not in ROLES:
        raise OperatorError(Message("role must be one of {roles}, not '{role}'",
                                    roles=", ".join(ROLES), role=role))
    if role == "hq" and not db.is_hq:
        raise OperatorError(Message("only HQ makes hq operators; this is station {station}",
                                    station=db.station))
    first = not has_operators(db)
    if first:
        if role not in ("lead", "hq"):
            raise OperatorError(Message("the first operator of a station is its lead"))
    else:
        authorize(db, by, "operators.manage")
    pin_hash = hash_pin(pin)
    actor = by.name if by else name
    with db.write("operator.add", actor, {"name": name, "role": role}) as w:
        # checked inside the transaction: two programs adding one name cannot both succeed
        if _name_taken(db, name):
            raise OperatorError(Message("an operator named '{name}' already exists",
                                        name=name))
        oid = w.insert("operators", {"name": name, "role": role, "pin_hash": pin_hash,
                                     "active": 1, "station": db.station})
    return Operator(oid, name, role)


def set_active(db: Database, by: Operator, operator_id: str, active: bool) -> None:
    authorize(db, by, "operators.manage")
    where, params = _here(db)
    row = db.one(f"SELECT name, role FROM operators WHERE id = ? AND {where}",
                 (operator_id, *params))
    if not row:
        raise OperatorError(Message("no operator with id {id}", id=operator_id))
    if not active and row["role"] in ("lead", "hq") and db.scalar(
            f"SELECT COUNT(*) FROM operators WHERE {where} AND active = 1"
            " AND role IN ('lead', 'hq')", params) <= 1:
        raise OperatorError(Message("the station's last lead cannot be deactivated"))
    with db.write("operator.activate" if active else "operator.deactivate", by.name,
                  {"name": row["name"]}) as w:
        w.update("operators", operator_id, {"active": 1 if active else 0})


def change_pin(db: Database, old_pin: str, new_pin: str, *, operator: Operator) -> None:
    row = db.one("SELECT pin_hash FROM operators WHERE id = ?", (operator.id,))
    if not row or not check_pin(old_pin, row["pin_hash"]):
        raise SignInRefused("the current PIN is wrong")
    new_hash = hash_pin(new_pin)
    with db.write("operator.pin", operator.name) as w:
        w.update("operators", operator.id, {"pin_hash": new_hash})


# -- signing in -------------------------------------------------------------------------------
_MINE = "substr(id, 1, ?) = ?"  # a record made on this laptop (Writer.new_id)


def _mine(db: Database) -> tuple[int, str]:
    return len(db.node), db.node


def locked_until(db: Database, name: str, now: dt.datetime | None = None) -> dt.datetime | None:
    """When the name can try again, if its last LOCK_AFTER attempts here all failed recently.
    Only this laptop's audit entries count (their ids start with its node): the same name at
    another station, whose entries arrive by sync, is someone else."""
    now = now or local_now()
    attempts = db.query(
        "SELECT action, at FROM audit WHERE operator = ? AND action IN ('signin', 'signin.failed')"
        f" AND {_MINE} ORDER BY at DESC LIMIT ?", (name, *_mine(db), LOCK_AFTER))
    if len(attempts) < LOCK_AFTER or any(a["action"] == "signin" for a in attempts):
        return None
    until = dt.datetime.fromisoformat(attempts[0]["at"]) + dt.timedelta(minutes=LOCK_MINUTES)
    return until if until > now else None


def sign_in(db: Database, name: str, pin: str, now: dt.datetime | None = None,
            quiet: bool = False) -> Operator:
    """The operator for ``name`` and ``pin``; SignInRefused (audited) otherwise. ``quiet`` (the
    command line, which signs in for each command): a success is recorded only when it ends a
    run of wrong PINs, so a command that only reads never waits for the write lock."""
    typed = nfc(name)
    if not typed:
        raise SignInRefused("enter your name")
    row = _by_name(db, typed)
    who = row["name"] if row else typed
    until = locked_until(db, who, now)
    if until:
        raise SignInRefused(
            f"too many wrong PINs: '{who}' is locked until {until:%H:%M}", until)
    if not row or not row["active"] or not check_pin(pin, row["pin_hash"]):
        with db.write("signin.failed", who):
            pass
        until = locked_until(db, who, now)
        if until:
            raise SignInRefused(
                f"too many wrong PINs: '{who}' is locked until {until:%H:%M}", until)
        raise SignInRefused("wrong name or PIN")
    if not quiet or _last_attempt_failed(db, who):
        with db.write("signin", who, {"role": row["role"]}):
            pass
    return Operator(row["id"], row["name"], row["role"])


def _last_attempt_failed(db: Database, name: str) -> bool:
    return db.scalar("SELECT action FROM audit WHERE operator = ? AND action IN ('signin',"
                     f" 'signin.failed') AND {_MINE} ORDER BY at DESC LIMIT 1",
                     (name, *_mine(db))) == "signin.failed"


def sign_out(db: Database, reason: str = "signout", *, operator: Operator) -> None:
    """``reason``: 'signout', or 'lock' when the screen locked after idle time."""
    record(db, reason, operator=operator)


def record(db: Database, action: str, detail: dict | None = None, *,
           operator: Operator | None) -> None:
    """An audit entry for something that changes no record (signing out, opening the display)."""
    with db.write(action, operator.name if operator else None, detail):
        pass
