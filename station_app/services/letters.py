"""Invitation letters: print a batch (by village or session) into one PDF in the order the
delivery team walks (village, then household code), record each delivery and who made it, and
resolve a letter's scanned QR code to its household and appointment.

A PDF is written to a temporary file beside the target and renamed into place only when it is
complete and the database has recorded the printing, so a failure leaves neither a half-written
file nor a changed database.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable

from station_app.core import files
from station_app.core.appointments import SETTING_KEYS, UPCOMING
from station_app.core.dates import now_iso, show_date
from station_app.core.messages import Message
from station_app.core.payloads import letter_payload
from station_app.core.scheduling import slot_end, time_vi, weekday_vi
from station_app.core.text import fold
from station_app.printing.letters import Letterhead, LetterItem, write_letters_pdf
from station_app.printing.notices import NoticeItem, write_notices_pdf
from station_app.services.letter_codes import own_letter_key, read_code
from station_app.services.operators import Operator, authorize
from station_app.services.sessions import moved_households, resolve_session, resolve_villages
from station_app.storage import Database

__all__ = ["LettersError", "LettersCancelled", "delivery_counts", "print_letters_at", "letterhead", "set_letterhead", "letter_items", "print_letters",
           "record_delivery", "check_deliverer", "SETTING_KEYS", "DEFAULT_BRING", "atomic_file",
           "print_move_notices"]

DEFAULT_BRING = ("giấy mời này; thẻ Căn cước công dân hoặc Chứng minh nhân dân cũ (nếu có); "
                 "giấy khai sinh hoặc giấy tờ chứng minh nhân thân (nếu thông tin trong hồ sơ "
                 "chưa đầy đủ).")
_COMMUNE_KINDS = {"xa": ("xã", "CAX"), "phuong": ("phường", "CAP"),
                  "thi tran": ("thị trấn", "CATT"), "dac khu": ("đặc khu", "CADK")}


# what an empty required setting is called in the refusal
_SETTING_NAMES = {"body": Message("issuing body"), "place": Message("place"),
                  "symbol": Message("symbol"), "signer_title": Message("signer title")}


class LettersError(ValueError):
    """Bad input for printing or delivering letters; nothing was changed."""


class LettersCancelled(LettersError):
    """The printing was stopped by the user: no file written, nothing changed."""


# -- letterhead --------------------------------------------------------------------------------
def _defaults(db: Database) -> dict[str, str]:
    """A letterhead from the roster's commune and province, as a commune police office writes
    it: 'Công an tỉnh Nghệ An' / 'Công an xã Hòa Bình', symbol GM-CAX, signed by its head."""
    province = db.scalar("SELECT name FROM areas WHERE kind = 'province' ORDER BY rowid LIMIT 1")
    commune = db.scalar("SELECT name FROM areas WHERE kind = 'commune' ORDER BY rowid LIMIT 1")
    parent = ""
    if province:
        folded = fold(province)
        parent = (f"Công an {province[0].lower()}{province[1:]}"
                  if folded.startswith(("tinh ", "thanh pho ")) else f"Công an tỉnh {province}")
    if commune:
        folded = fold(commune)
        kind = next((k for k in _COMMUNE_KINDS if folded.startswith(k + " ")), None)
        if kind:
            words, symbol = _COMMUNE_KINDS[kind]
            place = " ".join(commune.split()[len(kind.split()):])
        else:
            words, symbol, place = "xã", "CAX", commune
        body = f"Công an {words} {place}"
        title = f"Trưởng Công an {words}"
    else:
        body, place, symbol, title = db.station_name, db.station_name, "CA", "Trưởng Công an"
    return {"parent_body": parent, "body": body, "place": place, "symbol": f"GM-{symbol}",
            "signer_title": title, "signer_name": "", "contact": body, "bring": DEFAULT_BRING}


def letterhead(db: Database, day: dt.date | None = None) -> Letterhead:
    values = _defaults(db)
    prefix = f"{db.station}:"
    values.update({key.removeprefix(prefix): value for key, value in db.conn.execute(
        "SELECT key, value FROM letter_settings WHERE substr(key, 1, ?) = ?",
        (len(prefix), prefix))})
    return Letterhead(date=day or dt.date.today(), **values)


def set_letterhead(db: Database, *, operator: Operator | None = None, **values: str | None) -> dict:
    """Change the letterhead settings given (others stay)."""
    actor = authorize(db, operator, "settings.change")
    changes = {k: " ".join(v.split()) for k, v in values.items() if v is not None}
    unknown = set(changes) - set(SETTING_KEYS)
    if unknown:
        raise LettersError(Message("unknown letter setting(s): {names}",
                                   names=", ".join(sorted(unknown))))
    for key in ("body", "place", "symbol", "signer_title"):
        if key in changes and not changes[key]:
            raise LettersError(Message("the letter's {setting} can't be empty",
                                       setting=_SETTING_NAMES[key]))
    with db.write("letters.settings", actor, changes) as w:
        for key, value in changes.items():
            # one row per station and setting, with an id every laptop of the station derives
            # alike: their changes merge by last writer, and stations never collide
            row_id = f"LS-{db.station}-{key}"
            if db.scalar("SELECT 1 FROM letter_settings WHERE id = ?", (row_id,)):
                w.update("letter_settings", row_id, {"value": value})
            else:
                w.insert("letter_settings", {"id": row_id, "key": f"{db.station}:{key}",
                                             "value": value})
    return vars(letterhead(db)) | {"date": None}


# -- which letters -----------------------------------------------------------------------------
def _where(db: Database, villages: list[str] | None, session: str | None,
           today: dt.date) -> tuple[str, list, str]:
    where = [f"a.status IN ({','.join('?' * len(UPCOMING))})", "s.status = 'planned'",
             "s.day >= ?"]
    params: list = [*UPCOMING, today.isoformat()]
    what = []
    if villages:
        chosen = resolve_villages(db, villages)
        where.append(f"h.village_id IN ({','.join('?' * len(chosen))})")
        params += [v["id"] for v in chosen]
        what.append(", ".join(v["name"] for v in chosen))
    if session:
        s = resolve_session(db, session)
        where.append("a.session_id = ?")
        params.append(s["id"])
        what.append(Message("the session of {day} {opens} at {place}",
                            day=show_date(s["day"]), opens=s["opens"], place=s["place"]))
    if len(what) == 2:
        return " AND ".join(where), params, Message("{villages} in {session}",
                                                    villages=what[0], session=what[1])
    return " AND ".join(where), params, what[0] if what else Message("any village")


def _addressee(gender: str | None, head_name: str | None) -> str:
    """'Ông Nguyễn Văn An', 'Bà …', or 'Ông/Bà …' when the head's gender is not known."""
    title = {"M": "Ông", "F": "Bà"}.get(gender, "Ông/Bà")
    return f"{title} {head_name}" if head_name else f"{title} chủ hộ"


def letter_items(db: Database, villages: list[str] | None = None, session: str | None = None,
                 today: dt.date | None = None) -> tuple[list[LetterItem], list[dict]]:
    """The letters to print, in delivery order (village, then household code), and for each
    its letter id and appointment ids (to record the printing)."""
    today = today or dt.date.today()
    where, params, what = _where(db, villages, session, today)
    signing_key = own_letter_key(db)
    rows = db.query(
        f"""SELECT l.id AS letter_id, l.number, l.household_id, l.appointment_id, h.code,
        h.head_name, h.address, v.name AS village, s.id AS session_id, s.day, s.place,
        s.slot_minutes, a.slot,
        (SELECT r.gender FROM residents r WHERE r.household_id = h.id
           AND r.full_name = h.head_name LIMIT 1) AS head_gender
        FROM letters l JOIN appointments a ON a.id = l.appointment_id
        JOIN sessions s ON s.id = a.session_id JOIN households h ON h.id = l.household_id
        LEFT JOIN areas v ON v.id = h.village_id
        WHERE {where} ORDER BY v.name_fold, h.code, l.number""", params)
    if not rows:
        raise LettersError(Message("nothing to print: no household of {what} has an upcoming "
                                   "appointment (book them first)", what=what))
    members: dict[tuple[str, str], list] = {}
    for hid, sid, aid, name, dob, relation in db.conn.execute(
            f"""SELECT b.household_id, b.session_id, b.id, r.full_name, r.dob, r.relation
            FROM letters l JOIN appointments a ON a.id = l.appointment_id
            JOIN sessions s ON s.id = a.session_id JOIN households h ON h.id = l.household_id
            JOIN appointments b ON b.household_id = a.household_id AND +b.session_id = a.session_id
            JOIN residents r ON r.id = b.resident_id
            WHERE {where} AND b.status IN ({','.join('?' * len(UPCOMING))})
            ORDER BY r.sort_key""", (*params, *UPCOMING)):
        born = f"sinh ngày {show_date(dob)}" if dob and len(dob) == 10 else (
            f"sinh năm {dob}" if dob else "chưa rõ ngày sinh")
        rest = f"{born} ({relation})" if relation else born
        members.setdefault((hid, sid), []).append((aid, name, rest))
    items, refs, seen = [], [], set()
    for r in rows:
        key = (r["household_id"], r["session_id"])
        if key in seen:  # a household booked twice into one session gets one letter
            continue
        seen.add(key)
        day = dt.date.fromisoformat(r["day"])
        people = members.get(key, [])
        items.append(LetterItem(
            number=r["number"], household_code=r["code"],
            addressee=_addressee(r["head_gender"], r["head_name"]),
            address=r["address"] or r["village"] or "", village=r["village"] or "",
            members=[(name, rest) for _, name, rest in people],
            time=f"{time_vi(r['slot'])} đến {time_vi(slot_end(r['slot'], r['slot_minutes']))}",
            day=f"{weekday_vi(day)}, ngày {show_date(day)}", place=r["place"],
            payload=letter_payload(signing_key, r["household_id"], r["appointment_id"])))
        refs.append({"letter_id": r["letter_id"], "appointments": [p[0] for p in people]})
    return items, refs


# -- printing ----------------------------------------------------------------------------------
def _paper(size: str) -> str:
    size = size.upper()
    if size not in ("A5", "A4"):
        raise LettersError(Message("paper size must be A5 or A4, not '{size}'", size=size))
    return size


class atomic_file(files.atomic_file):
    """``core.files.atomic_file`` whose errors are ``LettersError``."""

    error = LettersError


def print_letters(db: Database, out: str | os.PathLike, villages: list[str] | None = None,
                  session: str | None = None, size: str = "A5", day: dt.date | None = None,
                  today: dt.date | None = None, processes: int | None = None,
                  progress: Callable[[int, int], bool | None] | None = None, *,
                  operator: Operator | None = None) -> dict:
    """One PDF with a letter per household booked (of ``villages`` and/or ``session``), in
    delivery order. Appointments still 'scheduled' become 'invited'. Returns what was printed.
    ``progress(done, total)`` is called as letters are drawn; returning False stops the
    printing (LettersCancelled: no file, nothing changed)."""
    actor = authorize(db, operator, "letters.print")
    size = _paper(size)
    own_letter_key(db, operator=actor)  # made here the first time, by who prints
    items, refs = letter_items(db, villages, session, today)
    head = letterhead(db, day)

    def report(done: int, total: int) -> None:
        if progress and progress(done, total) is False:
            raise LettersCancelled(Message("printing stopped: no letter was written"))

    with atomic_file(out) as target:
        db.note_output(out)  # a partial file left there by a kill is removed at next start
        write_letters_pdf(target.fh, items, head, size, processes, report)
        now = now_iso()
        with db.write("letters.print", actor, {"letters": len(items), "out": str(out),
                                                  "size": size}) as w:
            w.update_many("letters", ("printed_at",), [(now, r["letter_id"]) for r in refs])
            w.conn.execute("CREATE TEMP TABLE IF NOT EXISTS _printed (id TEXT PRIMARY KEY)")
            w.conn.execute("DELETE FROM _printed")
            w.conn.executemany("INSERT OR IGNORE INTO _printed VALUES (?)",
                               [(a,) for r in refs for a in r["appointments"]])
            ids = [row[0] for row in w.conn.execute(
                "SELECT a.id FROM appointments a JOIN _printed p ON p.id = a.id "
                "WHERE a.status = 'scheduled'")]
            w.update_many("appointments", ("status",), [("invited", i) for i in ids])
            target.commit()
    villages_in = sorted({i.village for i in items}, key=fold)
    return {"out": str(out), "letters": len(items), "size": size, "villages": villages_in,
            "first": items[0].household_code, "last": items[-1].household_code}


def print_letters_at(db_path: str | os.PathLike, key: bytes, out: str | os.PathLike,
                     **options) -> dict:
    """``print_letters`` on the station database at ``db_path``, opened and closed here with
    its data ``key`` (the window's open ``Database.key``): what a window runs in a process of
    its own (core.processes.call_in_process), which is given the key through the pipe that
    starts it, never the environment (docs/encryption.md)."""
    db = Database.open(db_path, key)
    try:
        return print_letters(db, out, **options)
    finally:
        db.close()


def print_move_notices(db: Database, move_id: str, out: str | os.PathLike, size: str = "A5",
                       day: dt.date | None = None, *, operator: Operator | None = None) -> dict:
    """One notice per household a session move changed (the list ``moved_households`` gives),
    in delivery order, into one PDF."""
    actor = authorize(db, operator, "letters.print")
    size = _paper(size)
    households = moved_households(db, move_id, operator=operator)
    if not households:
        raise LettersError(Message("this move changed no appointment: there is nobody to tell"))
    signing_key = own_letter_key(db, operator=actor)
    items = []
    for h in households:
        before, after = h["before"], h["after"]
        old_day, new_day = dt.date.fromisoformat(before["day"]), dt.date.fromisoformat(after["day"])
        items.append(NoticeItem(
            number=h["letter_number"], household_code=h["code"],
            addressee=_addressee(h["head_gender"], h["head_name"]),
            address=h["address"] or h["village"] or "", members=h["residents"],
            before=(f"{time_vi(before['slot'])}, {weekday_vi(old_day)}, ngày "
                    f"{show_date(old_day)}, tại {before['place']}"),
            after_time=(f"{time_vi(after['slot'])} đến {time_vi(after['slot_end'])}, "
                        f"{weekday_vi(new_day)}, ngày {show_date(new_day)}"),
            after_place=after["place"], reason=h["reason"] or "",
            payload=letter_payload(signing_key, h["household_id"], h["appointment_id"])))
    with atomic_file(out) as target:
        db.note_output(out)
        write_notices_pdf(target.fh, items, letterhead(db, day), size)
        with db.write("schedule.notices", actor, {"move": move_id, "notices": len(items)}):
            target.commit()
    return {"out": str(out), "notices": len(items), "size": size}


# -- delivery and lookup -----------------------------------------------------------------------
def _letter_for(db: Database, text: str) -> dict:
    """The letter a scanned code (or a typed household code, or the letter's printed number)
    stands for."""
    text = text.strip()
    if text.startswith("CCCD1|"):
        payload = read_code(db, text)  # a stub scanned for delivery: the same check
        if payload.kind != "letter":
            raise LettersError(Message("this is a {kind} code, not a letter", kind=payload.kind))
        household_id, appointment_id = payload.ids
        row = db.one("SELECT * FROM letters WHERE appointment_id = ? AND household_id = ?",
                     (appointment_id, household_id)) if appointment_id else None
        if row is None:
            row = db.one("SELECT * FROM letters WHERE household_id = ? ORDER BY number DESC",
                         (household_id,))
    else:
        row = db.one("SELECT l.* FROM letters l JOIN households h ON h.id = l.household_id "
                     "WHERE h.code IN (?, ?) ORDER BY l.number DESC", (text, text.upper()))
        number = re.fullmatch(r"(\d+)(?:/\S*)?", text)
        if row is None and number:  # the number printed on the letter and its stub: "744/GM-CAX"
            row = db.one("SELECT * FROM letters WHERE number = ? ORDER BY created_at DESC",
                         (int(number[1]),))
    if row is None:
        raise LettersError(Message("no letter here for '{text}'", text=text))
    return row


def check_deliverer(db: Database, name: str) -> str:
    """Who delivered the letters, as it is recorded (spaces tidied). A stub scanned, or a
    household code typed, where the team's name belongs is refused (LettersError): the code
    would otherwise become the name of every delivery recorded after it."""
    name = " ".join((name or "").split())
    if not name:
        raise LettersError(Message("say who delivered the letter"))
    # "CCCD1|" anywhere: a stub scanned after a team typed without Enter ("Tổ 3CCCD1|...")
    if "CCCD1|" in name.upper() or db.scalar(
            "SELECT 1 FROM households WHERE code IN (?, ?)", (name, name.upper())):
        shown = name if len(name) <= 40 else name[:37] + "..."
        raise LettersError(Message(
            "'{text}' is a code (a letter's or a household's), not who delivered the letters: "
            "type the team's name first (for example: Team 3), then scan the stub again "
            "(nothing was recorded)", text=shown))
    return name


def record_delivery(db: Database, text: str, delivered_by: str, received_by: str | None = None,
                    at: dt.datetime | None = None, *, operator: Operator | None = None) -> dict:
    """Record that the letter a code stands for was handed to the household (by whom, to whom).
    Recording it again changes nothing and says when it was recorded. A letter never printed
    is refused: nobody can have handed it over."""
    actor = authorize(db, operator, "letters.deliver")
    delivered_by = check_deliverer(db, delivered_by)
    letter = _letter_for(db, text)
    household = db.one("SELECT code, village_id FROM households WHERE id = ?",
                       (letter["household_id"],))
    code = household["code"]
    result = {"letter_id": letter["id"], "number": letter["number"], "household_code": code,
              "village_id": household["village_id"]}
    if letter["delivered_at"]:
        return result | {"already": True, "delivered_at": letter["delivered_at"],
                         "delivered_by": letter["delivered_by"]}
    if not letter["printed_at"]:  # its printing failed or was never done: no paper to hand
        raise LettersError(Message(
            "letter No. {number} of household {code} was never printed: print it on the Letters "
            "screen, then record its delivery (nothing was recorded)",
            number=letter["number"], code=code))
    when = (at or dt.datetime.now()).astimezone().isoformat(timespec="seconds")
    with db.write("letters.deliver", actor, {"letter": letter["id"], "by": delivered_by}) as w:
        w.update("letters", letter["id"], {"delivered_at": when, "delivered_by": delivered_by,
                                           "received_by": received_by})
        session = db.scalar("SELECT session_id FROM appointments WHERE id = ?",
                            (letter["appointment_id"],))
        ids = [r[0] for r in db.conn.execute(
            "SELECT id FROM appointments WHERE household_id = ? AND session_id = ? "
            "AND status IN ('scheduled', 'invited')", (letter["household_id"], session))]
        w.update_many("appointments", ("status",), [("letter_delivered", i) for i in ids])
    return result | {"already": False, "delivered_at": when, "delivered_by": delivered_by,
                     "appointments": len(ids)}


def delivery_counts(db: Database, today: dt.date | None = None, *,
                    operator: Operator | None = None) -> list[dict]:
    """Per village (in name order), the letters of upcoming appointments: how many, printed,
    delivered and not delivered yet."""
    authorize(db, operator, "letters.deliver")
    return db.query(
        f"""SELECT v.id AS village_id, v.name AS village, COUNT(*) AS letters,
        COUNT(l.printed_at) AS printed, COUNT(l.delivered_at) AS delivered,
        COUNT(*) - COUNT(l.delivered_at) AS not_delivered
        FROM letters l JOIN appointments a ON a.id = l.appointment_id
        JOIN sessions s ON s.id = a.session_id JOIN households h ON h.id = l.household_id
        JOIN areas v ON v.id = h.village_id
        WHERE s.status = 'planned' AND s.day >= ?
          AND a.status IN ({','.join('?' * len(UPCOMING))})
        GROUP BY v.id ORDER BY v.name_fold""", ((today or dt.date.today()).isoformat(), *UPCOMING))
