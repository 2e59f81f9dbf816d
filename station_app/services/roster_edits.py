"""The lead's roster edits (SPEC §5, issue 15): add a resident or a household, correct a name,
a birth date or an ID, move a resident to another household, change a card status.

Each change is one ``Database.write()`` (so it travels in the next bundle) that also writes one
``roster_edits`` row per changed field: who, when, the value before and after. That table is
synced too, so the history reaches HQ and the other laptops with the change. Only a lead or HQ
may edit (``roster.edit``); a refusal is recorded by ``authorize``. Errors carry a Message.
"""

from __future__ import annotations

from station_app.core.dates import now_iso, parse_birth_date
from station_app.core.ids import id_parts
from station_app.core.messages import Message, joined
from station_app.core.text import fold, name_columns, nfc
from station_app.services.lookup import resident_record
from station_app.services.operators import Operator, authorize
from station_app.services.roster_import import CARD_STATUSES
from station_app.storage import Database, Writer

__all__ = ["RosterEditError", "RESIDENT_FIELDS", "edit_resident", "add_resident",
           "add_household", "roster_history", "resident_for_edit", "villages",
           "CARD_STATUSES"]

# what a lead may set on a resident (the household by its code)
RESIDENT_FIELDS = ("full_name", "gender", "dob", "personal_id", "old_id", "relation",
                   "card_status", "household_code")


class RosterEditError(ValueError):
    """A value the roster cannot take; args[0] is a Message saying why."""


def _text(value: str | None) -> str | None:
    return " ".join(nfc(value).split()) or None if value else None


def _name(value: str | None) -> str:
    name = _text(value) or ""
    if not fold(name):
        raise RosterEditError(Message("full name is empty"))
    if any(ch.isdigit() for ch in name):
        raise RosterEditError(Message("full name '{name}' contains digits", name=name))
    return name


def _clean(db: Database, values: dict, current: dict) -> dict:
    """``values`` (as typed) checked and in stored form: full_name, gender, dob, personal_id,
    old_id, relation, card_status, household_id. ``current``: the resident's stored fields
    (empty for a new one), against which the ID is checked when it, the gender or the birth
    date changes."""
    unknown = set(values) - set(RESIDENT_FIELDS)
    if unknown:
        raise KeyError(f"not a resident field: {', '.join(sorted(unknown))}")
    out = {}
    if "full_name" in values:
        out["full_name"] = _name(values["full_name"])
    if "gender" in values:
        out["gender"] = values["gender"] or None
        if out["gender"] not in (None, "M", "F"):
            raise RosterEditError(Message("gender is M or F"))
    if "dob" in values:
        try:
            out["dob"] = parse_birth_date(values["dob"] or "")
        except ValueError as exc:
            raise RosterEditError(exc.args[0]) from None
    if "personal_id" in values:
        out["personal_id"] = (values["personal_id"] or "").replace(" ", "") or None
    if "old_id" in values:
        old = (values["old_id"] or "").replace(" ", "") or None
        if old and not (len(old) == 9 and old.isdigit()):
            raise RosterEditError(Message("old ID (CMND) '{value}' must have 9 digits",
                                          value=old))
        out["old_id"] = old
    if "relation" in values:
        out["relation"] = _text(values["relation"])
    if "card_status" in values:
        out["card_status"] = values["card_status"] or "needs_card"
        if out["card_status"] not in CARD_STATUSES:
            raise RosterEditError(Message("card status '{value}' is not one of {statuses}",
                                          value=out["card_status"],
                                          statuses=", ".join(CARD_STATUSES)))
    if "household_code" in values:
        code = _text(values["household_code"])
        out["household_id"] = None
        if code:
            out["household_id"] = db.scalar("SELECT id FROM households WHERE code = ?", (code,))
            if out["household_id"] is None:
                raise RosterEditError(Message("no household with code {code}", code=code))
    merged = {**current, **out}
    number = merged.get("personal_id")
    if number and any(out.get(k, current.get(k)) != current.get(k)
                      for k in ("personal_id", "gender", "dob")):
        parts = id_parts(number, merged.get("gender"),
                         int(merged["dob"][:4]) if merged.get("dob") else None)
        if number == current.get("personal_id"):
            parts.pop("province", None)  # stored as it came (a birth abroad has a country code)
        problems = [p for p in parts.values() if p]
        if problems:
            raise RosterEditError(Message("ID {number}: {problem}", number=number,
                                          problem=joined(problems)))
        if number != current.get("personal_id") and db.scalar(
                "SELECT 1 FROM residents WHERE personal_id = ? AND id IS NOT ?",
                (number, current.get("id"))):
            raise RosterEditError(Message("a resident with ID {number} is already on the roster",
                                          number=number))
    return out


def _history(w: Writer, db: Database, record: str, record_id: str, before: dict,
             after: dict, at: str) -> list[str]:
    """One roster_edits row per field whose value changes; the fields changed."""
    changed = [f for f in after if after[f] != before.get(f)]
    for field in changed:
        w.insert("roster_edits", {
            "at": at, "operator": w.operator, "station": db.station, "record": record,
            "record_id": record_id, "field": field, "before": before.get(field),
            "after": after[field]})
    return changed


def _household_code(db: Database, household_id: str | None) -> str | None:
    return db.scalar("SELECT code FROM households WHERE id = ?", (household_id,))


def _shown(db: Database, values: dict) -> dict:
    """The history's form of resident values: the household by its code."""
    shown = dict(values)
    if "household_id" in shown:
        shown["household_code"] = _household_code(db, shown.pop("household_id"))
    return shown


def edit_resident(db: Database, resident_id: str, changes: dict, *,
                  operator: Operator | None = None) -> dict:
    """Correct a resident: ``changes`` maps fields of RESIDENT_FIELDS to the values typed
    (a date as dd/mm/yyyy or a year; the household by its code: a move). Returns the
    resident as stored, with ``changed``: the fields that really changed (maybe none)."""
    actor = authorize(db, operator, "roster.edit")
    with db.write(None, actor) as w:
        current = db.one("SELECT id, full_name, gender, dob, personal_id, old_id, relation,"
                         " card_status, household_id FROM residents WHERE id = ?",
                         (resident_id,))
        if current is None:
            raise RosterEditError(Message("no resident '{id}' at this station", id=resident_id))
        new = _clean(db, changes, current)
        new = {f: v for f, v in new.items() if v != current[f]}
        changed = _history(w, db, "resident", resident_id, _shown(db, current), _shown(db, new),
                           now_iso("milliseconds"))
        if new:
            if "full_name" in new:
                new.update(name_columns(new["full_name"]))
            w.update("residents", resident_id, new)
            w.audit("roster.edit", {"resident": resident_id, "fields": changed})
    return {**resident_record(db, resident_id), "changed": changed}


def add_resident(db: Database, values: dict, *, operator: Operator | None = None) -> dict:
    """A resident the roster lacks, with the fields of RESIDENT_FIELDS (full name and birth
    date required); the history records each value given."""
    actor = authorize(db, operator, "roster.edit")
    with db.write(None, actor) as w:
        new = _clean(db, {"card_status": None, **values, "full_name": values.get("full_name"),
                          "dob": values.get("dob")}, {})
        rid = w.new_id()
        _history(w, db, "resident", rid, {}, {k: v for k, v in _shown(db, new).items() if v},
                 now_iso("milliseconds"))
        w.insert("residents", {"id": rid, **new, **name_columns(new["full_name"])})
        w.audit("roster.add", {"resident": rid})
    return resident_record(db, rid)


def add_household(db: Database, code: str, village_id: str | None = None,
                  address: str | None = None, head_name: str | None = None,
                  phone: str | None = None, *, operator: Operator | None = None) -> dict:
    """A household the roster lacks; its code must be new. Returns the stored household."""
    actor = authorize(db, operator, "roster.edit")
    code = _text(code)
    if not code:
        raise RosterEditError(Message("household code is empty"))
    row = {"code": code, "village_id": village_id or None, "address": _text(address),
           "head_name": _text(head_name), "phone": _text(phone)}
    if phone and not row["phone"].replace(" ", "").replace("+", "").isdigit():
        raise RosterEditError(Message("phone '{phone}' must contain digits only",
                                      phone=row["phone"]))
    with db.write(None, actor) as w:
        if db.scalar("SELECT 1 FROM households WHERE code = ?", (code,)):
            raise RosterEditError(Message("a household with code {code} is already on the "
                                          "roster", code=code))
        if village_id and not db.scalar("SELECT 1 FROM areas WHERE id = ? AND kind = 'village'",
                                        (village_id,)):
            raise RosterEditError(Message("no such village"))
        hid = w.new_id()
        village = db.scalar("SELECT name FROM areas WHERE id = ?", (village_id,))
        _history(w, db, "household", hid, {},
                 {k: v for k, v in {**row, "village_id": village}.items() if v},
                 now_iso("milliseconds"))
        w.insert("households", {"id": hid, **row})
        w.audit("roster.add_household", {"household": hid, "code": code})
    return {"id": hid, **row, "village": village}


def roster_history(db: Database, record_id: str, *, operator: Operator | None = None) -> list[dict]:
    """The edits of a resident or household, oldest first (from every station)."""
    authorize(db, operator, "resident.view")
    return db.query("SELECT at, operator, station, field, before, after FROM roster_edits"
                    " WHERE record_id = ? ORDER BY at, id", (record_id,))


def resident_for_edit(db: Database, resident_id: str, *, operator: Operator | None = None) -> dict:
    """What the edit form shows: the resident and their history."""
    authorize(db, operator, "roster.edit")
    found = resident_record(db, resident_id)
    if found is None:
        raise RosterEditError(Message("no resident '{id}' at this station", id=resident_id))
    return {**found, "history": roster_history(db, resident_id, operator=operator)}


def villages(db: Database, *, operator: Operator | None = None) -> list[dict]:
    """The villages a new household may belong to: id, name, and its commune's name."""
    authorize(db, operator, "roster.edit")
    return db.query("SELECT v.id, v.name, c.name AS commune FROM areas v"
                    " LEFT JOIN areas c ON c.id = v.parent_id WHERE v.kind = 'village'"
                    " ORDER BY v.name_fold, c.name_fold")
