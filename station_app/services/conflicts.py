"""Residents collected at two stations (found when bundles meet, sync/status.py), and the
decision of which intake stands. The lead or HQ chooses one intake and says why; the others
are set aside in ``conflict_decisions`` (one row per resident, synced, so the decision travels
in the next bundle), never deleted or changed. The decision is in the audit log. An intake
that arrives after the decision (a third station) opens the conflict again."""

from __future__ import annotations

import json

from station_app.core.dates import now_iso
from station_app.core.messages import Message
from station_app.core.permissions import Operator
from station_app.core.text import nfc
from station_app.storage import Database
from station_app.storage.access import authorize
from station_app.sync import ConflictCache, open_conflicts

__all__ = ["ConflictError", "list_conflicts", "resolve_conflict", "decided_conflicts"]


class ConflictError(ValueError):
    """A decision that cannot be recorded as asked (args[0] is a Message)."""


def _station_names(db: Database) -> dict[str, str]:
    names = {r["station"]: r["name"] for r in db.query(
        "SELECT station, name FROM sync_peers ORDER BY enrolled_at")}
    names[db.station] = db.station_name
    return names


def list_conflicts(db: Database, cache: ConflictCache | None = None, *,
                   operator: Operator | None = None) -> list[dict]:
    """The open conflicts: each resident with their current "collected" intakes side by side
    (station code and name, day, desk, operator, note; ``set_aside`` by an earlier decision),
    in resident order. ``cache``: kept between two calls (the home page's)."""
    found = open_conflicts(db, cache, operator=operator)
    names = _station_names(db)
    aside = {r[0] for r in db.conn.execute(
        "SELECT s.value FROM conflict_decisions d, json_each(d.set_aside) s")}
    for conflict in found:
        for intake in conflict["intakes"]:
            intake["station_name"] = names.get(intake["station"], "")
            intake["set_aside"] = intake["id"] in aside
    return found


def decided_conflicts(db: Database, limit: int = 200, *,
                      operator: Operator | None = None) -> list[dict]:
    """The decisions taken (here or arrived in a bundle), newest first."""
    authorize(db, operator, "sync.view")
    rows = db.query(
        "SELECT d.resident_id, d.kept_intake_id, d.set_aside, d.reason, d.operator, d.station,"
        " d.at, r.full_name, i.station AS kept_station FROM conflict_decisions d"
        " LEFT JOIN residents r ON r.id = d.resident_id"
        " LEFT JOIN intakes i ON i.id = d.kept_intake_id ORDER BY d.at DESC LIMIT ?", (limit,))
    for row in rows:
        row["set_aside"] = json.loads(row["set_aside"])
    return rows


def resolve_conflict(db: Database, resident_id: str, kept_intake_id: str, reason: str, *,
                     operator: Operator | None = None) -> dict:
    """Keep ``kept_intake_id`` for the resident and set aside their other current collected
    intakes, with ``reason``. Returns the decision."""
    actor = authorize(db, operator, "conflicts.resolve")
    reason = nfc(" ".join((reason or "").split()))
    if not reason:
        raise ConflictError(Message("say why this intake stands (the reason is required)"))
    with db.write(None, actor) as w:
        current = [r["id"] for r in db.query(
            "SELECT id FROM intakes i WHERE resident_id = ? AND outcome = 'collected'"
            " AND NOT EXISTS (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id)"
            " ORDER BY at, id", (resident_id,))]
        if kept_intake_id not in current:
            raise ConflictError(Message("intake {id} is not a current collected intake of "
                                        "this resident", id=kept_intake_id))
        if len(current) < 2:
            raise ConflictError(Message("this resident has only one collected intake: there "
                                        "is nothing to decide"))
        earlier = db.one("SELECT set_aside FROM conflict_decisions WHERE resident_id = ?",
                         (resident_id,))
        # intakes set aside before stay aside unless chosen now: nothing comes back silently
        aside = set(json.loads(earlier["set_aside"])) if earlier else set()
        aside = sorted((aside | set(current)) - {kept_intake_id})
        decision = {"resident_id": resident_id, "kept_intake_id": kept_intake_id,
                    "set_aside": json.dumps(aside), "reason": reason, "operator": actor,
                    "station": db.station, "at": now_iso()}
        key = f"CD-{resident_id}"
        if earlier:
            w.update("conflict_decisions", key, decision)
        else:
            w.insert("conflict_decisions", {"id": key, **decision})
        w.audit("conflict.resolve", {"resident_id": resident_id, "kept": kept_intake_id,
                                     "set_aside": aside, "reason": reason})
    return {**decision, "set_aside": aside}
