"""Campaigns: their period, age-group deadlines, milestones and opening days, and which one
counts here (HQ's supersedes a station's own)."""

from __future__ import annotations

import datetime as dt

from station_app.core.dates import show_date
from station_app.core.messages import Message
from station_app.core.scheduling import (
    AgeDeadline,
    Milestone,
)
from station_app.services.operators import Operator, authorize
from station_app.services.sessions.parsing import ScheduleError, parse_day
from station_app.storage import Database

ALL_DAYS = "0123456"  # weekday numbers, Monday first: every day, weekends included


def create_campaign(db: Database, name: str, deadlines: list[AgeDeadline], starts=None, ends=None,
                    open_days: str = ALL_DAYS, milestones: list[Milestone] = (), *,
                    operator: Operator | None = None) -> dict:
    """A campaign: its period, its age-group deadlines, its milestones and the weekdays its
    sessions are held (``open_days``: weekday numbers, 0 = Monday .. 6 = Sunday; every day by
    default).

    Made at HQ it is the province's (``station`` NULL) and reaches every station. Made at a
    station it is that station's own, allowed only while no campaign of HQ's is there (a
    station working before HQ exists, the demo); HQ's supersedes it (docs/campaigns.md)."""
    actor = authorize(db, operator, "sessions.plan")
    name = " ".join(name.split())
    if not name:
        raise ScheduleError(Message("a campaign needs a name"))
    owner = None if db.is_hq else db.station
    if not db.is_hq:
        province = db.one("SELECT name FROM campaigns WHERE station IS NULL LIMIT 1")
        if province:
            raise ScheduleError(Message(
                "HQ's campaign '{name}' is in force here: a station makes a campaign of its own "
                "only before HQ's arrives", name=province["name"]))
    if db.scalar("SELECT 1 FROM campaigns WHERE name = ? AND station IS ?", (name, owner)):
        raise ScheduleError(Message("a campaign named '{name}' already exists", name=name))
    row = {"name": name, "starts": parse_day(starts).isoformat() if starts else None,
           "ends": parse_day(ends).isoformat() if ends else None,
           "open_days": "".join(sorted(set(open_days))), "station": owner}
    if not row["open_days"] or set(row["open_days"]) - set(ALL_DAYS):
        raise ScheduleError(Message("a campaign opens on at least one day of the week"))
    if row["starts"] and row["ends"] and row["ends"] < row["starts"]:
        raise ScheduleError(Message("the campaign ends before it starts"))
    _check_milestones(row, milestones)
    with db.write("campaign.create", actor, {"name": name}) as w:
        row["id"] = w.insert("campaigns", row)
        for d in deadlines:
            w.insert("campaign_deadlines", {"campaign_id": row["id"], "min_age": d.min_age,
                                            "max_age": d.max_age,
                                            "deadline": d.deadline.isoformat()})
        _insert_milestones(w, row["id"], milestones)
    row["deadlines"] = deadlines
    row["milestones"] = list(milestones)
    return row


def _campaigns_here(db: Database) -> list[dict]:
    """The campaigns that count on this laptop, HQ's (the province's) first, then latest
    first: at a station its own too (another station's, passed on by HQ, are that
    station's business); at HQ every station's."""
    return db.query("SELECT * FROM campaigns WHERE station IS NULL OR station = ? OR ?"
                    " ORDER BY station IS NOT NULL, starts DESC, rowid DESC",
                    (db.station, db.is_hq))


def campaign_in_force(db: Database, today: dt.date) -> dict | None:
    """The campaign that counts here on ``today``: HQ's when there is one (it supersedes any
    station's own), else this station's own (at HQ: a station's, until HQ sets the
    province's); of those, the one whose period holds ``today``, else the latest."""
    rows = _campaigns_here(db)
    pool = [r for r in rows if r["station"] is None] or rows
    current = [r for r in pool if (r["starts"] or "") <= today.isoformat() <= (r["ends"] or "9")]
    return (current or pool or [None])[0]


def _check_milestones(camp: dict, milestones: list[Milestone]) -> None:
    for m in milestones:
        day = m.day.isoformat()
        if (camp["starts"] and day < camp["starts"]) or (camp["ends"] and day > camp["ends"]):
            raise ScheduleError(Message(
                "the milestone {milestone} is outside the campaign ({starts}–{ends})",
                milestone=m.label(), starts=show_date(camp["starts"]) if camp["starts"] else "…",
                ends=show_date(camp["ends"]) if camp["ends"] else "…"))


def _insert_milestones(w, campaign_id: str, milestones: list[Milestone]) -> None:
    for m in milestones:
        w.insert("campaign_milestones", {"campaign_id": campaign_id, "people": m.people,
                                         "percent": m.percent, "day": m.day.isoformat()})


def set_milestones(db: Database, campaign: str, milestones: list[Milestone], *,
                   operator: Operator | None = None) -> list[Milestone]:
    """Replace the milestones of ``campaign`` (name or id) by ``milestones`` (none: remove them)."""
    actor = authorize(db, operator, "sessions.plan")
    with db.write("campaign.milestones", actor, {"campaign": campaign,
                                                 "milestones": len(milestones)}) as w:
        camp = db.one("SELECT * FROM campaigns WHERE id = ? OR name = ?", (campaign, campaign))
        if not camp:
            raise ScheduleError(Message("no campaign '{name}'", name=campaign))
        _check_milestones(camp, milestones)
        for (mid,) in db.conn.execute("SELECT id FROM campaign_milestones WHERE campaign_id = ?",
                                      (camp["id"],)).fetchall():
            w.delete("campaign_milestones", mid)
        _insert_milestones(w, camp["id"], milestones)
    return campaign_milestones(db, camp["id"])


def campaign_milestones(db: Database, campaign_id: str | None) -> list[Milestone]:
    """The campaign's milestones, earliest first."""
    if not campaign_id:
        return []
    return [Milestone(r["people"], r["percent"], dt.date.fromisoformat(r["day"]))
            for r in db.query("SELECT people, percent, day FROM campaign_milestones WHERE "
                              "campaign_id = ? ORDER BY day, people, percent", (campaign_id,))]


def find_campaign(db: Database, name_or_id: str | None, today: dt.date) -> dict | None:
    if name_or_id:
        row = db.one("SELECT * FROM campaigns WHERE id = ? OR name = ? ORDER BY station IS NOT"
                     " NULL LIMIT 1", (name_or_id, name_or_id))
        if not row:
            raise ScheduleError(Message("no campaign '{name}'", name=name_or_id))
        return row
    return campaign_in_force(db, today)


def campaign_deadlines(db: Database, campaign_id: str | None) -> list[AgeDeadline]:
    if not campaign_id:
        return []
    return [AgeDeadline(r["min_age"], r["max_age"], dt.date.fromisoformat(r["deadline"]))
            for r in db.query("SELECT * FROM campaign_deadlines WHERE campaign_id = ? "
                              "ORDER BY deadline, min_age", (campaign_id,))]


def list_campaigns(db: Database, today: dt.date | None = None, *,
                   operator: Operator | None = None) -> list[dict]:
    """The campaigns that count here, HQ's first, each with its deadlines and opening days,
    ``station`` (None: HQ's, the province's; else the station that made it for itself) and
    ``in_force`` (the one progress and booking use today: campaign_in_force)."""
    authorize(db, operator, "sessions.view")
    rows = _campaigns_here(db)
    force = campaign_in_force(db, today or dt.date.today())
    for row in rows:
        row["open_days"] = row["open_days"] or ALL_DAYS
        row["deadlines"] = campaign_deadlines(db, row["id"])
        row["in_force"] = row["id"] == force["id"]
        row["milestones"] = campaign_milestones(db, row["id"])
    return [{k: r[k] for k in ("id", "name", "starts", "ends", "open_days", "deadlines",
                               "milestones", "station", "in_force")} for r in rows]
