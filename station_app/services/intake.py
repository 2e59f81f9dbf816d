"""Intake at the desk: the outcome of each resident's application (collected, missing documents,
rejected, referred elsewhere), with a reason and a note.

An intake is never changed or deleted: a mistake is corrected by a new entry whose
``corrects_id`` names the one it replaces, so the history keeps both. A resident's current
outcome is their latest entry that no other entry corrects. Recording a resident who already has
a current "collected" intake (here, or at another station once its bundle arrived) raises
``AlreadyCollected`` unless the desk confirms with ``force=True`` and a reason.
"""

from __future__ import annotations

import datetime as dt

from station_app.core.dates import parse_birth_date, show_date, show_moment
from station_app.core.ids import check_personal_id
from station_app.core.messages import Message, joined
from station_app.core.queueing import INTAKE_OUTCOMES, iso, local_now
from station_app.core.text import fold, name_columns, nfc
from station_app.services.lookup import resident_record
from station_app.services.operators import Operator, authorize
from station_app.storage import Database

__all__ = ["OUTCOMES", "IntakeError", "AlreadyCollected", "record_intake",
           "correct_intake", "current_intakes", "intake_history", "ticket_residents",
           "add_resident"]

OUTCOMES = INTAKE_OUTCOMES
_NEEDS_REASON = ("rejected", "referred")
_COLUMNS = ("i.id, i.resident_id, i.ticket_id, i.desk, i.operator, i.at, i.outcome, i.reason,"
            " i.note, i.station, i.corrects_id")
_CORRECTION = "Đính chính: "
_CURRENT = "NOT EXISTS (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id)"


class IntakeError(ValueError):
    pass


class AlreadyCollected(IntakeError):
    """A warning the desk must confirm: the resident already has a current 'collected' intake."""

    def __init__(self, message: str, previous: list[dict]):
        super().__init__(message)
        self.previous = previous


def current_intakes(db: Database, resident_id: str) -> list[dict]:
    """The resident's intakes that no correction replaced, oldest first (any station)."""
    return db.query(f"SELECT {_COLUMNS} FROM intakes i WHERE i.resident_id = ? AND {_CURRENT}"
                    " ORDER BY i.at, i.id", (resident_id,))


def intake_history(db: Database, resident_id: str, *,
                   operator: Operator | None = None) -> list[dict]:
    """Every intake of the resident, including corrected ones and corrections that moved an
    intake to or from another resident, with ``corrected_by`` (None for current entries)."""
    authorize(db, operator, "resident.view")
    rows = db.query(
        f"""WITH RECURSIVE chain(id) AS (
              SELECT id FROM intakes WHERE resident_id = ?
              UNION SELECT i.id FROM intakes i JOIN chain ON i.corrects_id = chain.id
              UNION SELECT i.corrects_id FROM intakes i JOIN chain ON i.id = chain.id
                WHERE i.corrects_id IS NOT NULL)
            SELECT {_COLUMNS}, (SELECT c.id FROM intakes c WHERE c.corrects_id = i.id) AS corrected_by
            FROM intakes i JOIN chain ON chain.id = i.id ORDER BY i.at, i.id""", (resident_id,))
    return rows


def _resident(db: Database, resident_id: str) -> dict:
    found = resident_record(db, resident_id)
    if not found:
        raise IntakeError(Message("no resident '{id}' at this station", id=resident_id))
    return found


def _check_collected(db: Database, resident: dict, force: bool, reason: str | None,
                     ignore: str | None = None) -> None:
    previous = [i for i in current_intakes(db, resident["id"])
                if i["outcome"] == "collected" and i["id"] != ignore]
    if not previous:
        return
    last = previous[-1]
    where = Message("here") if last["station"] == db.station else Message(
        "at station {station}", station=last["station"])
    fact = Message(
        "{name} ({dob}) was already collected {where} on {when}{desk}",
        name=resident["full_name"], dob=show_date(resident["date_of_birth"] or "") or "?",
        where=where, when=show_moment(last["at"]),
        desk=Message(", desk {desk}", desk=last["desk"]) if last["desk"] else "")
    message = Message("{fact}: check it is the same person; to record again, confirm with a "
                      "reason", fact=fact)
    if not force:
        raise AlreadyCollected(message, previous)
    if not (reason or "").strip():
        raise IntakeError(Message("recording a resident already collected needs a reason"))


def _validate(outcome: str, reason: str | None) -> None:
    if outcome not in OUTCOMES:
        raise IntakeError(Message("outcome must be one of {outcomes}, not '{outcome}'",
                                  outcomes=", ".join(OUTCOMES), outcome=outcome))
    if outcome in _NEEDS_REASON and not (reason or "").strip():
        raise IntakeError(Message("outcome '{outcome}' needs a reason", outcome=outcome))


def _clean(text: str | None) -> str | None:
    return nfc(text) or None if text else None


def record_intake(db: Database, resident_id: str, outcome: str, reason: str | None = None,
                  note: str | None = None, ticket_id: str | None = None, desk: str | None = None,
                  force: bool = False, now: dt.datetime | None = None, start_ticket: bool = True, *,
                  operator: Operator | None = None) -> dict:
    """Record the outcome of one resident's application. With a ticket, the desk defaults to
    the ticket's desk, and a ticket still 'called' starts being served (unless
    ``start_ticket`` is False: on a laptop joined to a host, which keeps the queue)."""
    from station_app.services.queue import mark_started

    actor = authorize(db, operator, "intake.record")
    _validate(outcome, reason)
    now = local_now() if now is None else now.astimezone()
    with db.write(None, actor) as w:
        resident = _resident(db, resident_id)
        if outcome == "collected":
            _check_collected(db, resident, force, reason)
        ticket = None
        if ticket_id:
            ticket = db.one("SELECT id, number, status, desk FROM tickets WHERE id = ?",
                            (ticket_id,))
            if not ticket:
                raise IntakeError(Message("no ticket '{id}'", id=ticket_id))
            desk = desk or ticket["desk"]
            if ticket["status"] == "called" and start_ticket:
                mark_started(w, db, ticket_id, now)
        row = {"resident_id": resident_id, "ticket_id": ticket_id, "desk": desk,
               "operator": actor, "at": iso(now), "outcome": outcome,
               "reason": _clean(reason), "note": _clean(note), "station": db.station,
               "corrects_id": None}
        row["id"] = w.insert("intakes", row)
        w.audit("intake.record", {"intake": row["id"], "resident": resident_id,
                                  "outcome": outcome, "forced": bool(force)})
    return {**row, "full_name": resident["full_name"]}


def correct_intake(db: Database, intake_id: str, why: str, outcome: str | None = None,
                   resident_id: str | None = None, reason: str | None = None,
                   note: str | None = None, force: bool = False, now: dt.datetime | None = None, *,
                   operator: Operator | None = None) -> dict:
    """Correct a mistaken intake (wrong outcome, or wrong person: give ``resident_id``) with a
    new entry that replaces it; the mistaken entry stays in the history. ``why`` is required."""
    actor = authorize(db, operator, "intake.correct")
    if not (why or "").strip():
        raise IntakeError(Message("a correction needs to say why (the reason for correcting)"))
    now = local_now() if now is None else now.astimezone()
    with db.write(None, actor) as w:
        old = db.one(f"SELECT {_COLUMNS} FROM intakes i WHERE i.id = ?", (intake_id,))
        if not old:
            raise IntakeError(Message("no intake '{id}'", id=intake_id))
        newer = db.scalar("SELECT id FROM intakes WHERE corrects_id = ?", (intake_id,))
        if newer:
            raise IntakeError(Message("intake {id} was already corrected by {newer}: correct "
                                      "that one instead", id=intake_id, newer=newer))
        outcome = outcome or old["outcome"]
        reason = old["reason"] if reason is None else reason
        _validate(outcome, reason)
        resident = _resident(db, resident_id or old["resident_id"])
        if outcome == "collected":
            _check_collected(db, resident, force, why, ignore=intake_id)
        correction = f"{_CORRECTION}{nfc(why)}"
        if note is None:  # keep the desk's own note, not the previous correction's reason
            old_note = old["note"] or ""
            note = "" if old_note.startswith(_CORRECTION) else old_note.split(" — ")[0]
        note = _clean(note)
        row = {"resident_id": resident["id"], "ticket_id": old["ticket_id"], "desk": old["desk"],
               "operator": actor, "at": iso(now), "outcome": outcome,
               "reason": _clean(reason), "note": f"{note} — {correction}" if note else correction,
               "station": db.station, "corrects_id": intake_id}
        row["id"] = w.insert("intakes", row)
        w.audit("intake.correct", {"intake": row["id"], "corrects": intake_id,
                                   "resident": resident["id"], "outcome": outcome, "why": why})
    return {**row, "full_name": resident["full_name"]}


def ticket_residents(db: Database, ticket_id: str, *,
                     operator: Operator | None = None) -> list[dict]:
    """What the desk lists for a ticket: its household's members (and anyone else recorded on
    it), each with their current intake, if any."""
    authorize(db, operator, "resident.view")
    household = db.scalar("SELECT household_id FROM tickets WHERE id = ?", (ticket_id,))
    ids = [r["id"] for r in db.query(
        "SELECT id FROM residents WHERE household_id = ? ORDER BY sort_key", (household,))]
    ids += [r for (r,) in db.conn.execute(
        "SELECT DISTINCT resident_id FROM intakes WHERE ticket_id = ?", (ticket_id,))
        if r not in ids]
    result = []
    for rid in ids:
        person = resident_record(db, rid)
        if person:
            current = current_intakes(db, rid)
            person["intake"] = current[-1] if current else None
            result.append(person)
    return result


def add_resident(db: Database, full_name: str, dob: str | None = None, gender: str | None = None,
                 household_id: str | None = None, personal_id: str | None = None, *,
                 operator: Operator | None = None) -> dict:
    """A person missing from the roster, added at the desk so their intake can be recorded."""
    actor = authorize(db, operator, "resident.add")
    name = nfc(full_name or "")
    if not fold(name):
        raise IntakeError(Message("a new resident needs a full name"))
    if gender not in (None, "M", "F"):
        raise IntakeError(Message("gender is M or F"))
    stored_dob = None
    if dob:
        try:
            stored_dob = parse_birth_date(dob)
        except ValueError as exc:
            raise IntakeError(exc.args[0]) from None
    if personal_id:
        personal_id = personal_id.replace(" ", "")
        problems = check_personal_id(personal_id, gender,
                                     int(stored_dob[:4]) if stored_dob else None)
        if problems:
            raise IntakeError(Message("ID {number}: {problem}", number=personal_id,
                                      problem=joined(problems)))
        if db.scalar("SELECT 1 FROM residents WHERE personal_id = ?", (personal_id,)):
            raise IntakeError(Message("a resident with ID {number} is already on the roster",
                                      number=personal_id))
    if household_id and not db.scalar("SELECT 1 FROM households WHERE id = ?", (household_id,)):
        raise IntakeError(Message("no such household"))
    with db.write("resident.add", actor, {"full_name": name}) as w:
        rid = w.insert("residents", {
            "household_id": household_id, "full_name": name, **name_columns(name),
            "gender": gender, "dob": stored_dob, "personal_id": personal_id or None,
            "card_status": "needs_card"})
    return resident_record(db, rid)
