"""The station's queues (the three defaults until a lead configures others) and the order of
service in force (``Policy``)."""

from __future__ import annotations

from station_app.core.queueing import (
    DEFAULT_QUEUES,
    KINDS,
    Policy,
    QueueDef,
)
from station_app.services.operators import Operator, authorize
from station_app.services.queue.errors import QueueError
from station_app.storage import Database


def all_queues(db: Database) -> dict[str, QueueDef]:
    rows = db.query("SELECT code, prefix, name, kind FROM queues WHERE station = ?",
                    (db.station,))
    found = {q.code: q for q in DEFAULT_QUEUES} if not rows else {}
    found.update({r["code"]: QueueDef(**r) for r in rows})
    return found


def station_queues(db: Database) -> list[QueueDef]:
    """The station's active queues in display order (the three default queues until a lead
    configures others)."""
    rows = db.query("SELECT code, prefix, name, kind FROM queues WHERE station = ? AND active = 1"
                    " ORDER BY position, code", (db.station,))
    if not rows and not db.scalar("SELECT 1 FROM queues WHERE station = ?", (db.station,)):
        return list(DEFAULT_QUEUES)
    return [QueueDef(**r) for r in rows]


def configure_queue(db: Database, code: str, prefix: str, name: str, kind: str, active: bool = True,
                    *, operator: Operator | None = None) -> QueueDef:
    """Add or change one of the station's queues (the defaults are stored on first change)."""
    actor = authorize(db, operator, "queue.configure")
    code, prefix, name = code.strip().lower(), prefix.strip().upper(), " ".join(name.split())
    if not code or not code.replace("_", "").isalnum():
        raise QueueError("a queue code is letters, digits or '_' (for example walk_in)")
    if not (1 <= len(prefix) <= 3 and prefix.isalpha() and prefix.isascii()):
        raise QueueError("a queue prefix is 1 to 3 letters A-Z (for example B)")
    if kind not in KINDS:
        raise QueueError(f"a queue kind is one of {', '.join(KINDS)}, not '{kind}'")
    if not name:
        raise QueueError("a queue needs a name")
    with db.write("queue.configure", actor, {"code": code, "prefix": prefix, "kind": kind}) as w:
        existing = {r["code"]: r for r in db.query(
            "SELECT id, code, prefix, position, active FROM queues WHERE station = ?",
            (db.station,))}
        if not existing:
            for position, q in enumerate(DEFAULT_QUEUES):
                existing[q.code] = {"id": w.insert("queues", {
                    "station": db.station, "code": q.code, "prefix": q.prefix, "name": q.name,
                    "kind": q.kind, "position": position, "active": 1}),
                    "code": q.code, "prefix": q.prefix, "position": position, "active": 1}
        clash = [c for c, r in existing.items()
                 if r["prefix"] == prefix and c != code and r["active"]]
        if clash and active:
            raise QueueError(f"prefix {prefix} is already used by queue {clash[0]}")
        row = {"prefix": prefix, "name": name, "kind": kind, "active": 1 if active else 0}
        if code in existing:
            w.update("queues", existing[code]["id"], row)
        else:
            position = max((r["position"] for r in existing.values()), default=-1) + 1
            w.insert("queues", {"station": db.station, "code": code, "position": position, **row})
    return QueueDef(code, prefix, name, kind)


def find_queue(db: Database, text: str | None) -> QueueDef:
    """A queue by its code, prefix or kind (case does not matter); the walk-in queue by
    default."""
    queues = station_queues(db)
    wanted = (text or "walk_in").strip().lower().replace("-", "_")
    for attr in ("code", "prefix", "kind"):
        for q in queues:
            if getattr(q, attr).lower() == wanted:
                return q
    choices = ", ".join(f"{q.code} ({q.prefix})" for q in queues)
    raise QueueError(f"no queue '{text}' at this station; queues: {choices}")


def get_policy(db: Database) -> Policy:
    row = db.one("SELECT mode, ratio, window_minutes, other_day FROM queue_policy"
                 " WHERE station = ?", (db.station,))
    return Policy(**row) if row else Policy()


def set_policy(db: Database, mode: str, ratio: int | None = None, window_minutes: int | None = None,
               other_day: str | None = None, *, operator: Operator | None = None) -> Policy:
    actor = authorize(db, operator, "queue.configure")
    old = get_policy(db)
    policy = Policy(mode, old.ratio if ratio is None else ratio,
                    old.window_minutes if window_minutes is None else window_minutes,
                    old.other_day if other_day is None else other_day)
    values = {"mode": policy.mode, "ratio": policy.ratio, "window_minutes": policy.window_minutes,
              "other_day": policy.other_day}
    with db.write("queue.policy", actor, values) as w:
        row_id = db.scalar("SELECT id FROM queue_policy WHERE station = ?", (db.station,))
        if row_id:
            w.update("queue_policy", row_id, values)
        else:
            w.insert("queue_policy", {"station": db.station, **values})
    return policy
