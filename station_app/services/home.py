"""The home page's figures (issue 23): today's sessions and what needs doing, for the lead of a
station and for HQ. Plain data; the screen words each item and opens the screen it names with
the thing it names selected.

Each item of ``todo`` is ``{"kind", "screen", "select", ...figures}``, most urgent first:

| kind                | who  | when                                                          |
| ------------------- | ---- | ------------------------------------------------------------- |
| letters_unprinted   | lead | letters of a session in the next LETTER_DAYS days not printed |
| letters_undelivered | lead | letters of such a session printed, not handed out             |
| not_at_hq           | lead | changes not acknowledged by HQ for SILENT_DAYS days or more   |
| backup              | both | always: the last backup and its folder (``late`` when old)    |
| deadline_at_risk    | both | an age group's needed rate above the achieved one             |
| conflicts           | both | intakes of one resident at two stations, to decide            |
| laptops_silent      | host | joined laptops not heard from for LAPTOP_SILENT_MINUTES       |
| stations_silent     | hq   | stations whose last bundle is SILENT_DAYS days old or more    |
| write_back          | hq   | stations lacking changes that no bundle written to them holds |
| communes_behind     | hq   | communes that will miss a deadline at their rate              |
"""

from __future__ import annotations

import datetime as dt

from station_app.core.appointments import HOLDS_PLACE
from station_app.services.backups import backup_status
from station_app.services.conflicts import list_conflicts
from station_app.services.hall import members, own_tls
from station_app.services.operators import Operator, authorize
from station_app.services.progress import SILENT_DAYS, ProgressCache, ReportError, progress
from station_app.services.sessions import list_sessions
from station_app.services.syncing import hq_stations, not_at_hq
from station_app.storage import Database
from station_app.sync import ConflictCache

LETTER_DAYS = 3  # letters for the sessions of today and the next three days must be out
BACKUP_LATE_HOURS = 2  # the keeper takes one every hour: two hours without one is a fault
LAPTOP_SILENT_MINUTES = 10


def _today_sessions(db: Database, operator: Operator, today: dt.date) -> list[dict]:
    """Today's sessions: booked, checked in (letter scanned at the table) and collected."""
    marks = ",".join("?" * len(HOLDS_PLACE))
    rows = []
    for s in list_sessions(db, today, today, operator=operator):
        counts = db.one(
            f"""SELECT COUNT(*) AS booked,
            SUM(a.status IN ('checked_in', 'done')) AS checked_in,
            SUM(EXISTS (SELECT 1 FROM intakes i WHERE i.resident_id = a.resident_id
                 AND i.outcome = 'collected' AND i.at >= ?
                 AND NOT EXISTS (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id)))
              AS collected
            FROM appointments a WHERE a.session_id = ? AND a.status IN ({marks})""",
            (today.isoformat(), s["id"], *HOLDS_PLACE))
        rows.append({"id": s["id"], "place": s["place"], "opens": s["opens"],
                     "closes": s["closes"], "booked": counts["booked"] or 0,
                     "checked_in": counts["checked_in"] or 0,
                     "collected": counts["collected"] or 0})
    return rows


def _letters(db: Database, today: dt.date) -> list[dict]:
    """The first session of the coming days with letters not printed, and the first village
    with letters printed but not handed out (the households wait for them)."""
    upto = (today + dt.timedelta(days=LETTER_DAYS)).isoformat()
    found = []
    unprinted = db.query(
        """SELECT s.id, s.day, s.opens, s.place, COUNT(*) AS letters
        FROM letters l JOIN appointments a ON a.id = l.appointment_id
        JOIN sessions s ON s.id = a.session_id
        WHERE s.status = 'planned' AND s.day BETWEEN ? AND ? AND l.printed_at IS NULL
          AND a.status IN ('scheduled', 'invited')
        GROUP BY s.id ORDER BY s.day, s.opens""", (today.isoformat(), upto))
    if unprinted:
        first = unprinted[0]
        found.append({"kind": "letters_unprinted", "screen": "Letters", "select": first["id"],
                      "count": sum(r["letters"] for r in unprinted), "sessions": len(unprinted),
                      "day": first["day"], "opens": first["opens"], "place": first["place"],
                      "until": upto})
    undelivered = db.query(
        """SELECT v.id, v.name, COUNT(*) AS letters, MIN(s.day) AS day
        FROM letters l JOIN appointments a ON a.id = l.appointment_id
        JOIN sessions s ON s.id = a.session_id JOIN households h ON h.id = l.household_id
        JOIN areas v ON v.id = h.village_id
        WHERE s.status = 'planned' AND s.day BETWEEN ? AND ? AND l.printed_at IS NOT NULL
          AND l.delivered_at IS NULL AND a.status IN ('scheduled', 'invited')
        GROUP BY v.id ORDER BY day, v.name_fold""", (today.isoformat(), upto))
    if undelivered:
        first = undelivered[0]
        found.append({"kind": "letters_undelivered", "screen": "Delivery",
                      "select": first["id"], "count": sum(r["letters"] for r in undelivered),
                      "villages": len(undelivered), "village": first["name"],
                      "day": first["day"], "until": upto})
    return found


def _backup(db: Database, now: dt.datetime) -> dict:
    state = backup_status(db)
    age = state.age_seconds(now)
    return {"kind": "backup", "screen": "Backups", "select": None,
            "taken_at": state.last.taken_at if state.last else None,
            "folder": str(state.folder), "chosen": state.chosen,
            "late": age is None or age > BACKUP_LATE_HOURS * 3600}


def _progress(db: Database, operator: Operator, today: dt.date,
              cache: ProgressCache | None) -> list[dict]:
    try:
        report = progress(db, today, cache=cache, operator=operator)
    except ReportError:  # no campaign yet, or today outside it: nothing to be late for
        return []
    found = []
    risky = [d for d in report["deadlines"] if not d["on_track"] and d["days_left"] >= 0]
    if risky:
        d = min(risky, key=lambda d: d["date"])
        found.append({"kind": "deadline_at_risk", "screen": "Dashboard", "select": d["ages"],
                      "ages": d["ages"], "date": d["date"], "remaining": d["remaining"],
                      "needed_per_day": d["needed_per_day"],
                      "achieved_per_day": d["achieved_per_day"]})
    if db.is_hq:
        behind = [c for c in report["communes"] if c["behind"] > 0]
        if behind:
            found.append({"kind": "communes_behind", "screen": "Dashboard",
                          "select": behind[0]["name"], "count": len(behind),
                          "commune": behind[0]["name"], "behind": behind[0]["behind"]})
    return found


def _hq(db: Database, operator: Operator, today: dt.date) -> list[dict]:
    stations = [s for s in hq_stations(db, operator=operator) if not s["revoked_at"]]
    found = []
    silent = [s for s in stations if s["last_received"] is None or
              (today - dt.date.fromisoformat(s["last_received"][:10])).days >= SILENT_DAYS]
    if silent:
        found.append({"kind": "stations_silent", "screen": "HQ", "select": silent[0]["station"],
                      "count": len(silent), "stations": [s["station"] for s in silent],
                      "days": SILENT_DAYS})
    # once written, a bundle is on its way: waiting for the station's answer is no task (a
    # station that sends nothing for long is ``stations_silent``)
    behind = [s for s in stations if s["not_written"]]
    if behind:
        found.append({"kind": "write_back", "screen": "HQ", "select": behind[0]["station"],
                      "count": len(behind), "stations": [s["station"] for s in behind]})
    return found


def _not_at_hq(db: Database, operator: Operator, today: dt.date) -> list[dict]:
    if db.scalar("SELECT COUNT(*) FROM sync_keys") == 0:
        return []  # no identity yet: nothing was ever meant for HQ
    state = not_at_hq(db, operator=operator)
    if not state["count"] or not state["since"]:
        return []
    days = (today - dt.date.fromisoformat(state["since"][:10])).days
    if days < SILENT_DAYS:
        return []
    return [{"kind": "not_at_hq", "screen": "Sync", "select": None, "count": state["count"],
             "days": days, "since": state["since"], "last_out": state["last_out"]}]


def _laptops(db: Database, now: dt.datetime) -> list[dict]:
    if own_tls(db)["role"] != "host":
        return []
    limit = (now - dt.timedelta(minutes=LAPTOP_SILENT_MINUTES)).isoformat(timespec="seconds")
    silent = [m for m in members(db) if not m["left_at"]
              and (m["last_contact"] or m["joined_at"]) < limit]
    if not silent:
        return []
    return [{"kind": "laptops_silent", "screen": "Hall network", "select": silent[0]["label"],
             "count": len(silent), "labels": [m["label"] for m in silent],
             "minutes": LAPTOP_SILENT_MINUTES}]


def home(db: Database, now: dt.datetime | None = None, cache: ProgressCache | None = None,
         conflicts_cache: ConflictCache | None = None, *, operator: Operator | None) -> dict:
    """``{"today", "sessions", "todo"}`` for the home page of the signed-in lead or HQ. The
    caches (the page's, between refreshes) make a refresh read only what changed."""
    authorize(db, operator, "report.view")
    actor = operator
    now = now or dt.datetime.now()
    today = now.date()
    conflicts = list_conflicts(db, conflicts_cache, operator=actor)
    todo = []
    if db.is_hq:
        todo += _hq(db, actor, today)
    else:
        todo += _letters(db, today) + _not_at_hq(db, actor, today) + _laptops(db, now)
    if conflicts:
        todo.append({"kind": "conflicts", "screen": "Conflicts",
                     "select": conflicts[0]["resident"]["id"], "count": len(conflicts)})
    todo += _progress(db, actor, today, cache)
    todo.append(_backup(db, now))
    return {"today": today.isoformat(), "sessions": _today_sessions(db, actor, today), "todo": todo}
