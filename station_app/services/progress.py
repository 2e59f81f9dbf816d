"""Campaign progress (SPEC §5.2, issue 14): who each deadline covers, who was collected, the rate
achieved against the rate each deadline needs, the projected finish, and the villages (at HQ
also the communes and stations) that will miss a deadline.

How people are counted (also in docs/cli.md, "Progress report"):

- A resident belongs to the first deadline (in date order) whose age group holds their age *on
  that deadline's day*: whole years, a year-only birth date counting as 1 January. Each person
  counts under one deadline only. A resident without a birth date counts under the last
  deadline (as booking does); one too young for every group is not in the campaign.
- Collected: a current (not corrected) intake with outcome "collected", on the local day of the
  first such intake, at the station that recorded it. A resident collected counts as collected
  whatever their card status says now.
- Target: the people a deadline covers, less those not collected whose card status says they
  need no card (has a valid card, exempt, moved, deceased); these are counted apart, never as
  missing. Remaining = target - collected.
- Opening days: every day of the campaign, Saturdays and Sundays included (SPEC §1), from its
  first day (or, without one, the first day anyone was collected). Figures include the report
  day; the days left before a deadline are the opening days after the report day up to and
  including the deadline.
- Achieved rate: collected in the last 7 opening days (fewer at the start) divided by their
  number, and collected since the start divided by the opening days so far. Needed rate of a
  deadline: its remaining divided by its opening days left. The projected finish applies the
  last-7-days rate to what remains.
- A village, commune or station will miss a deadline when its own rate since the start, kept
  up until the deadline, leaves people not collected: ``behind`` is how many, ``days_behind``
  how many opening days after the deadline it would finish at that rate (None when it has
  collected nobody of a missed deadline's age group yet: those groups are ``not_started``); see
  docs/progress-report.md for the rounding. Units are ranked worst first.
- At HQ, a village belongs to the station that collected or booked most of its people (the
  people collected there plus the people booked on its planned sessions), so a station that
  has booked a village before collecting there serves it; with neither, to the station HQ gave
  it in a station kit (``--village``; a kit used, or not yet expired), else to the station whose
  roster brought it (the station that last wrote the village's row); else "no station yet". A
  station's figures are as old as its last bundle; a station whose last bundle is two days or
  more older than the report day is flagged silent.

The expensive part is one aggregate query over residents and intakes (``Cube``). A dashboard
keeps a ``ProgressCache``: when only intakes changed since its last call (the usual case while
the station is open), the cube is updated from the few residents those intakes touch instead of
being read again, so a refresh costs a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from station_app.core.appointments import HOLDS_PLACE
from station_app.core.dates import now_iso, show_date
from station_app.core.messages import Message
from station_app.core.scheduling import AgeDeadline, Milestone
from station_app.core.text import sort_key
from station_app.services.operators import Operator, authorize
from station_app.services.sessions import (
    MIN_AGE,
    campaign_deadlines,
    campaign_in_force,
    campaign_milestones,
    parse_day,
)
from station_app.storage import Database
from station_app.storage.changes import change_mark, intake_residents_since
from station_app.storage.transaction import transaction

__all__ = ["ReportError", "ProgressCache", "progress", "missing_residents", "missing_list",
           "missing_rows", "reading", "age_label",
           "next_report", "NO_CARD", "SILENT_DAYS", "RECENT_DAYS"]

NO_CARD = ("has_card", "exempt", "moved", "deceased")
SILENT_DAYS = 2  # a station whose last bundle is this many days old or older is flagged
RECENT_DAYS = 7  # the "last 7 opening days" of the achieved rate
_US, _RS = "\x1f", "\x1e"  # unit and record separators of the cube's keys (_cube_rows)
_DELTA_LIMIT = 20_000  # more residents touched since the last call than this: read it all again
# tables whose change (other than new intakes) means the cube must be read again
_ROSTER_TABLES = ("residents", "households", "areas", "campaigns", "campaign_deadlines", "graves")


class ReportError(ValueError):
    """Bad input for a report (no campaign, a day outside it, ...): nothing was written."""


def age_label(d: AgeDeadline) -> str:
    return f"{d.min_age}+" if d.max_age is None else f"{d.min_age}-{d.max_age}"


# -- the cube: one aggregate query -------------------------------------------------------------
def _bucket_sql(groups: list[AgeDeadline]) -> tuple[str, dict]:
    """SQL giving a resident's deadline index (or -1) from r.dob, with its named parameters;
    see the module docstring. Aged A or more on day D: born on or before (D.year - A)-mm-dd.
    A year-only 'yyyy' compares with such a date exactly as 'yyyy-01-01' would."""
    cases, params = [], {}
    for i, g in enumerate(groups):
        day = g.deadline
        params[f"hi{i}"] = f"{day.year - g.min_age:04d}-{day.month:02d}-{day.day:02d}"
        cond = f"r.dob <= :hi{i}"
        if g.max_age is not None:
            params[f"lo{i}"] = f"{day.year - g.max_age - 1:04d}-{day.month:02d}-{day.day:02d}"
            cond += f" AND r.dob > :lo{i}"
        cases.append(f"WHEN {cond} THEN {i}")
    sql = f"CASE WHEN r.dob IS NULL THEN {len(groups) - 1} {' '.join(cases)} ELSE -1 END"
    return sql, params


def _cube_rows(db: Database, groups: list[AgeDeadline], upto: int,
               residents: list[str] | None = None) -> Counter:
    """(village, deadline index, card status, day collected, station) -> people, as the
    database stood at local change ``upto``; only ``residents`` when given."""
    bucket, params = _bucket_sql(groups)
    params["upto"] = upto
    only = ""
    if residents is not None:
        only = "AND {} IN (SELECT value FROM json_each(:ids))"
        params["ids"] = json.dumps(residents)
    # Each resident's first current collection is read from the partial index intakes_collected
    # (resident_id, at, station, ...) by a probe per resident that stops at the first row not
    # corrected (the same intake min(at) would pick, the lowest station first on a tie): no
    # join to a table of firsts (that needed a temporary index over ~450,000 rows), no substr
    # for those never collected.
    first = """(SELECT substr(i.at, 1, 10) || :us || i.station FROM intakes i
              WHERE i.resident_id = r.id AND i.outcome = 'collected' AND i.rev <= :upto
                AND NOT EXISTS (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id
                                AND c.rev <= :upto)
              ORDER BY i.at, i.station LIMIT 1)"""
    # Households village by village (index households_village, then residents_household), one
    # group per village in index order: each person's key (deadline, card status, day and
    # station collected), joined by control characters no code or date holds, is counted here
    # rather than grouped by SQL, which sorted all ~800,000 rows in a temporary b-tree. Then
    # anyone without a household (a second statement: a UNION ALL would pass every row through
    # a co-routine).
    params.update(us=_US, rs=_RS)
    key = f"({bucket}) || :us || r.card_status || coalesce(:us || {first}, '')"
    in_households = f"""
        SELECT h.village_id, group_concat({key}, :rs) FROM households h
        JOIN residents r ON r.household_id = h.id
        WHERE ({bucket}) >= 0 {only.format('r.id')}{{villages}} GROUP BY h.village_id"""
    no_household = f"""
        SELECT NULL, group_concat({key}, :rs) FROM residents r
        WHERE r.household_id IS NULL AND ({bucket}) >= 0 {only.format('r.id')}"""
    # A whole read: the villages in two halves, the upper half read by a second connection in
    # a thread of its own (SQLite works without Python's lock), about 0.7x the time on two
    # vCPUs. Its snapshot must be this one: when anything was written in between, the upper
    # half is read here after all (_Read.rows gives None).
    middle = None if residents is not None else db.scalar(
        "SELECT village_id FROM households ORDER BY village_id"
        " LIMIT 1 OFFSET (SELECT count(*) / 2 FROM households)")
    if middle is None:
        statements = [in_households.format(villages=""), no_household]
    else:
        params["middle"] = middle
        statements = [in_households.format(villages=" AND h.village_id < :middle"),
                      in_households.format(villages=" AND h.village_id IS NULL"), no_household]
        upper_sql = in_households.format(villages=" AND h.village_id >= :middle")
        upper = _Read(db, upper_sql, params, _snapshot_mark(db.conn))
    rows: Counter = Counter()
    results = [row for sql in statements for row in db.conn.execute(sql, params)]
    if middle is not None:
        read = upper.rows()
        results += read if read is not None else db.conn.execute(upper_sql, params).fetchall()
    for village, keys in results:
        if keys is None:
            continue
        for k, count in Counter(keys.split(_RS)).items():
            b, status, *collected = k.split(_US)
            day, station = collected or (None, None)
            rows[village, int(b), status, day, station] += count
    return rows


def _snapshot_mark(conn) -> tuple:
    """What tells two snapshots of the database apart for the cube: its change mark (storage/
    changes.py) and the roster's newest rev."""
    return change_mark(conn), _roster_rev(conn)


class _Read(threading.Thread):
    """``sql`` read by a connection of its own in this thread, started at once, in a snapshot
    whose ``_snapshot_mark`` is ``mark``; ``rows()`` waits for its rows: None when the
    database had changed (and raises what the read raised)."""

    def __init__(self, db: Database, sql: str, params: dict, mark: tuple):
        super().__init__(daemon=True)
        self._db, self._sql, self._params, self._mark = db, sql, params, mark
        self._rows: list | None = None
        self._error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            conn = self._db.reader()
            try:
                with transaction(conn, "BEGIN"):
                    if _snapshot_mark(conn) == self._mark:
                        self._rows = conn.execute(self._sql, self._params).fetchall()
            finally:
                conn.close()
        except BaseException as exc:  # noqa: BLE001 - given to the caller in rows()
            self._error = exc

    def rows(self) -> list | None:
        self.join()
        if self._error is not None:
            raise self._error
        return self._rows


@dataclass
class Cube:
    campaign_id: str
    groups: list[AgeDeadline]
    rev: int
    roster_rev: int
    rows: Counter = field(default_factory=Counter)
    reread: int = 0  # storage/changes.py


def _roster_rev(conn) -> int:
    return max(conn.execute(f"SELECT max(rev) FROM {t}").fetchone()[0] or 0
               for t in _ROSTER_TABLES)


class ProgressCache:
    """What the dashboard and the home page keep between refreshes (plain data, no Qt), for
    connections of one database: a task's thread may fill it, the database thread then keeps
    it up to date; one at a time."""

    def __init__(self) -> None:
        self.cube: Cube | None = None
        self.full_reads = 0  # how many times the whole cube was read (for tests and benchmarks)
        self._lock = threading.Lock()

    @property
    def filled(self) -> bool:
        return self.cube is not None

    def cube_for(self, db: Database, campaign_id: str, groups: list[AgeDeadline]) -> Cube:
        with self._lock:
            return self._cube_for(db, campaign_id, groups)

    def _cube_for(self, db: Database, campaign_id: str, groups: list[AgeDeadline]) -> Cube:
        rev, reread = change_mark(db.conn)
        roster_rev = _roster_rev(db.conn)
        cube = self.cube
        if (cube is None or cube.campaign_id != campaign_id or cube.groups != groups
                or cube.roster_rev != roster_rev or rev < cube.rev or cube.reread != reread):
            cube = Cube(campaign_id, groups, rev, roster_rev, _cube_rows(db, groups, rev), reread)
            self.full_reads += 1
        elif rev > cube.rev:
            touched = sorted(intake_residents_since(db.conn, cube.rev))
            if len(touched) > _DELTA_LIMIT:
                rows = _cube_rows(db, groups, rev)
                self.full_reads += 1
            elif touched:  # new Counters, never changed in place: another thread may read them
                rows = (cube.rows - _cube_rows(db, groups, cube.rev, touched)
                        + _cube_rows(db, groups, rev, touched))
            else:
                rows = cube.rows
            cube = Cube(campaign_id, groups, rev, roster_rev, rows, reread)
        self.cube = cube
        return cube


# -- campaign and days -------------------------------------------------------------------------
def _campaign(db: Database, name: str | None, day: dt.date) -> dict:
    if name:
        row = db.one("SELECT * FROM campaigns WHERE id = ? OR name = ?"
                     " ORDER BY station IS NOT NULL LIMIT 1", (name, name))
        if not row:
            raise ReportError(f"no campaign '{name}'")
        return row
    row = campaign_in_force(db, day)
    if row is None:
        raise ReportError(Message("no campaign yet: set one on the Campaign screen (HQ's "
                                  "campaign reaches every station with HQ's bundle)"))
    return row


def _groups(db: Database, camp: dict) -> list[AgeDeadline]:
    groups = campaign_deadlines(db, camp["id"])
    if not groups and camp["ends"]:  # no age groups: everyone of card age by the last day
        groups = [AgeDeadline(MIN_AGE, None, dt.date.fromisoformat(camp["ends"]))]
    if not groups:
        raise ReportError(f"campaign '{camp['name']}' has no deadline and no last day")
    return groups


def _days_between(a: dt.date, b: dt.date) -> int:
    """Opening days after ``a`` up to and including ``b`` (every day opens, SPEC §1)."""
    return max(0, (b - a).days)


def _after(a: dt.date, days: int) -> dt.date:
    return a + dt.timedelta(days=days)


def _rate(n: float, days: int) -> float:
    return n / days if days > 0 else 0.0


def _percent(collected: int, target: int) -> float:
    return round(100 * collected / target, 1) if target else 100.0


# -- figures of one unit -----------------------------------------------------------------------
@dataclass
class _Unit:
    target: list[int]
    collected: list[int]

    @classmethod
    def empty(cls, n: int) -> _Unit:
        return cls([0] * n, [0] * n)


def _outlook(unit: _Unit, groups: list[AgeDeadline], day: dt.date, elapsed: int) -> dict:
    """behind (people) and days_behind over the unit's deadlines, at its rate since the start."""
    behind, days_behind, missed, not_started = 0, 0, [], []
    for i, g in enumerate(groups):
        remaining = unit.target[i] - unit.collected[i]
        if remaining <= 0:
            continue
        rate = _rate(unit.collected[i], elapsed)
        left = _days_between(day, g.deadline)
        short = remaining - math.floor(rate * left)  # whole people: a part is not collected
        if short <= 0:
            continue
        missed.append(age_label(g))
        behind += short
        if rate == 0:
            days_behind = None
            not_started.append(age_label(g))
        elif days_behind is not None:
            finish = _after(day, math.ceil(remaining / rate))
            days_behind = max(days_behind, _days_between(g.deadline, finish))
    return {"behind": behind, "days_behind": days_behind if missed else 0, "misses": missed,
            "not_started": not_started}


def _unit_row(name: str, unit: _Unit, groups, day, elapsed, **extra) -> dict:
    target, collected = sum(unit.target), sum(unit.collected)
    return {"name": name, **extra, "target": target, "collected": collected,
            "remaining": target - collected, "percent": _percent(collected, target),
            "achieved_per_day": round(_rate(collected, elapsed), 1),
            "by_age": [{"ages": age_label(g), "target": unit.target[i],
                        "collected": unit.collected[i],
                        "remaining": unit.target[i] - unit.collected[i],
                        "percent": _percent(unit.collected[i], unit.target[i])}
                       for i, g in enumerate(groups)],
            **_outlook(unit, groups, day, elapsed)}


def _ranked(rows: list[dict]) -> list[dict]:
    """Worst first: those that will miss (most people behind first), then lowest percent."""
    rows.sort(key=lambda r: (-r["behind"], r["percent"], sort_key(r["name"])))
    for rank, row in enumerate(rows, 1):
        row["rank"] = rank
    return rows


# -- the report --------------------------------------------------------------------------------
def progress(db: Database, day: dt.date | str | None = None, campaign: str | None = None,
             cache: ProgressCache | None = None, clamp: bool = False, *,
             operator: Operator | None) -> dict:
    """The progress figures on ``day`` (default today), as plain data (see docs/cli.md for names).
    ``clamp`` (a dashboard): a day outside the campaign gives its first or last day's figures
    instead of ReportError."""
    authorize(db, operator, "report.view")
    day = parse_day(day) if day else dt.date.today()
    cache = cache or ProgressCache()
    with transaction(db.conn, "BEGIN"):  # one consistent snapshot
        camp = _campaign(db, campaign, day)
        groups = _groups(db, camp)
        cube = cache.cube_for(db, camp["id"], groups)
        areas = {r["id"]: r for r in db.query(
            "SELECT v.id, v.name, v.parent_id, c.name AS commune FROM areas v"
            " LEFT JOIN areas c ON c.id = v.parent_id WHERE v.kind = 'village'")}
        bundles = _last_bundles(db) if db.is_hq else {}
        booked = _booked(db) if db.is_hq else (Counter(), {})
        milestones = campaign_milestones(db, camp["id"])
    report = _figures(db, camp, groups, cube.rows, areas, bundles, day, clamp, *booked)
    report["milestones"] = _milestones(report, milestones)
    return report


def _milestones(report: dict, milestones: list[Milestone]) -> list[dict]:
    """Each milestone like a deadline (module docstring), over everyone the campaign targets.
    Collected counts up to the report day, or to the milestone's day once it has passed."""
    day, start = (dt.date.fromisoformat(report[k]) for k in ("date", "start"))
    by_day = {d["date"]: d["collected"] for d in report["days"]}
    recent_days = min(RECENT_DAYS, report["opening_days_so_far"])
    recent_from = _after(day, -recent_days).isoformat()
    rate = _rate(sum(n for d, n in by_day.items() if d > recent_from), recent_days)
    rows = []
    for m in milestones:
        target = m.target(report["target"])
        upto = min(day, m.day).isoformat()
        collected = sum(n for d, n in by_day.items() if d <= upto)
        remaining = max(0, target - collected)
        left = _days_between(day, m.day)
        finish = ((_after(day, math.ceil(remaining / rate)) if rate else None)
                  if remaining else None)
        rows.append({
            "label": m.label(), "people": m.people, "share": m.percent, "target": target,
            "date": m.day.isoformat(), "collected": collected, "remaining": remaining,
            "percent": _percent(collected, target), "days_left": left,
            "needed_per_day": round(remaining / left, 1) if left else None,
            "campaign_days": _days_between(start, m.day) + 1,
            "campaign_needed_per_day": round(target / (_days_between(start, m.day) + 1), 1),
            "achieved_per_day": round(rate, 1), "achieved": remaining == 0,
            "on_track": remaining == 0 or (left > 0 and rate * left >= remaining),
            "projected_finish": finish.isoformat() if finish else (
                None if remaining else _reached(by_day, target, upto))})
    return rows


def _reached(by_day: dict, target: int, upto: str) -> str | None:
    """The day the running total first reached ``target`` (None: not by ``upto``)."""
    total = 0
    for d in sorted(by_day):
        if d > upto:
            break
        total += by_day[d]
        if total >= target:
            return d
    return None


def _last_bundles(db: Database) -> dict[str, str | None]:
    """Each enrolled station's last applied bundle (local time of the import)."""
    rows = db.query(
        "SELECT p.station, (SELECT max(b.at) FROM bundle_receipts b WHERE b.direction = 'in'"
        " AND b.status = 'applied' AND b.station = p.station) AS at"
        " FROM sync_peers p WHERE p.hq = 0 AND p.revoked_at IS NULL")
    return {r["station"]: r["at"] for r in rows}


def _booked(db: Database) -> tuple[Counter, dict]:
    """At HQ: (village, station) -> people booked on the station's planned sessions, and
    {village: station} of the villages whose roster a station sent (a row's ``ver`` ends with
    the node that last wrote it) or that HQ gave a station in its kit (those first)."""
    marks = ",".join("?" * len(HOLDS_PLACE))
    booked = Counter({(village, station): n for village, station, n in db.conn.execute(
        f"""SELECT h.village_id, s.station, count(DISTINCT a.resident_id) FROM appointments a
        JOIN sessions s ON s.id = a.session_id JOIN households h ON h.id = a.household_id
        WHERE s.status = 'planned' AND a.status IN ({marks}) GROUP BY 1, 2""", HOLDS_PLACE)})
    sent = dict(db.conn.execute(
        "SELECT v.id, p.station FROM areas v JOIN sync_peers p ON p.hq = 0"
        " AND p.node = substr(v.ver, instr(v.ver, '.') + 1) WHERE v.kind = 'village'"))
    # the villages HQ gave a station in its kit (used, or still waiting; the newest kit wins)
    now = dt.datetime.fromisoformat(now_iso())
    for station, ids, used, expires in db.conn.execute(
            "SELECT station, village_ids, used_key_id, expires_at FROM station_kits"
            " WHERE village_ids IS NOT NULL ORDER BY written_at, rowid"):
        if used or dt.datetime.fromisoformat(expires) >= now:
            sent |= dict.fromkeys(json.loads(ids), station)
    return booked, sent


def _figures(db: Database, camp: dict, groups: list[AgeDeadline], rows: Counter, areas: dict,
             bundles: dict, day: dt.date, clamp: bool = False,
             booked: Counter | None = None, sent: dict | None = None) -> dict:
    n = len(groups)
    last = max(g.deadline for g in groups)
    end = dt.date.fromisoformat(camp["ends"]) if camp["ends"] else last
    end = max(end, last)
    first_collected = min((k[3] for k in rows if k[3]), default=None)
    start = dt.date.fromisoformat(camp["starts"] or first_collected or day.isoformat())
    if clamp:
        day = min(max(day, start), end)
    iso = day.isoformat()
    if not (start <= day <= end):
        raise ReportError(f"{show_date(day)} is outside campaign '{camp['name']}' "
                          f"({show_date(start)}–{show_date(end)})")
    elapsed = _days_between(start, day) + 1
    total = _Unit.empty(n)
    villages: dict[str | None, _Unit] = defaultdict(lambda: _Unit.empty(n))
    no_card: Counter = Counter()
    per_day: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    station_day: Counter = Counter()
    village_station: Counter = Counter()
    for (village, b, status, when, station), count in rows.items():
        done = when is not None and when <= iso
        if not done and status != "needs_card":
            no_card[status] += count
            continue
        total.target[b] += count
        villages[village].target[b] += count
        if done:
            total.collected[b] += count
            villages[village].collected[b] += count
            per_day[when][b] += count
            station_day[station, when] += count
            village_station[village, station] += count
    recent_days = min(RECENT_DAYS, elapsed)
    recent_from = _after(day, -recent_days).isoformat()
    recent = [sum(per_day[d][i] for d in per_day if recent_from < d <= iso) for i in range(n)]
    collected, target = sum(total.collected), sum(total.target)
    remaining = target - collected
    achieved = _rate(sum(recent), recent_days)
    deadlines, open_needed = [], []
    for i, g in enumerate(groups):
        left = _days_between(day, g.deadline)
        rem = total.target[i] - total.collected[i]
        rate = _rate(recent[i], recent_days)
        needed = rem / left if left else None
        if needed is not None:
            open_needed.append(needed)
        finish = (_after(day, math.ceil(rem / rate)) if rate else None) if rem > 0 else day
        deadlines.append({
            "ages": age_label(g), "min_age": g.min_age, "max_age": g.max_age,
            "date": g.deadline.isoformat(), "target": total.target[i],
            "collected": total.collected[i], "remaining": rem,
            "percent": _percent(total.collected[i], total.target[i]), "days_left": left,
            "needed_per_day": None if needed is None else round(needed, 1),
            "achieved_per_day": round(rate, 1),
            "on_track": rem <= 0 or (left > 0 and rate * left >= rem),
            "projected_finish": finish.isoformat() if finish else None})
    if remaining <= 0:
        finish = dt.date.fromisoformat(max((d for d in per_day if d <= iso), default=iso))
    else:
        finish = _after(day, math.ceil(remaining / achieved)) if achieved else None
    owner = (sent or {}) | _owners(village_station + (booked or Counter()))
    village_rows = []
    for vid, unit in villages.items():
        area = areas.get(vid) or {"name": "(không rõ thôn)", "commune": None}
        village_rows.append(_unit_row(area["name"], unit, groups, day, elapsed, id=vid,
                                      commune=area["commune"], station=owner.get(vid)))
    report = {
        "campaign": camp["name"], "campaign_station": camp["station"],
        "station": db.station, "station_name": db.station_name,
        "hq": db.is_hq, "date": iso, "start": start.isoformat(), "end": end.isoformat(),
        "opening_days_so_far": elapsed, "target": target, "collected": collected,
        "remaining": remaining, "percent": _percent(collected, target),
        "collected_on_date": sum(per_day[iso]) if iso in per_day else 0,
        "no_card_needed": {s: no_card.get(s, 0) for s in NO_CARD},
        "achieved_per_day": round(achieved, 1),
        "achieved_per_day_since_start": round(_rate(collected, elapsed), 1),
        # the exact rates summed, rounded once (not the sum of the rounded figures)
        "needed_per_day": round(sum(open_needed), 1) if open_needed else None,
        "projected_finish": finish.isoformat() if finish else None,
        "on_track": all(d["on_track"] for d in deadlines),
        "deadlines": deadlines,
        "villages": _ranked(village_rows),
        "communes": _ranked(_group_units(village_rows, villages, "commune", groups, day, elapsed)),
        "days": [{"date": d, "collected": sum(per_day[d]), "by_age": per_day[d]}
                 for d in sorted(per_day) if d <= iso],
    }
    if db.is_hq:
        report["silent_days"] = SILENT_DAYS
        report["stations"] = _stations(village_rows, villages, station_day, bundles, groups,
                                       day, elapsed)
    report["notes"] = [
        f"Figures of station {s['code']} are as of its last bundle "
        + (f"({show_date(s['last_bundle'][:10])})" if s["last_bundle"] else "(none received)")
        for s in report.get("stations", []) if s["silent"]]
    return report


def next_report(report: dict) -> dict | None:
    """When the next report is due. Campaigns hold no reporting dates, so: the next deadline on
    or after the report day (results are reported by each deadline, SPEC §1), else the
    campaign's last day; None once both have passed. ``{date, ages, days_left}``, ``ages`` None
    for the last day."""
    day = report["date"]
    due = [(d["date"], d["ages"]) for d in report["deadlines"] if d["date"] >= day]
    if not due and report["end"] >= day:
        due = [(report["end"], None)]
    if not due:
        return None
    date, ages = min(due)
    left = (dt.date.fromisoformat(date) - dt.date.fromisoformat(day)).days
    return {"date": date, "ages": ages, "days_left": left}


def _owners(village_station: Counter) -> dict:
    best: dict = {}
    for (village, station), _ in sorted(village_station.items(),
                                        key=lambda kv: (-kv[1], kv[0][1] or "")):
        best.setdefault(village, station)
    return best


def _group_units(village_rows, villages, key, groups, day, elapsed) -> list[dict]:
    n = len(groups)
    units: dict = defaultdict(lambda: _Unit.empty(n))
    for row in village_rows:
        unit = villages[row["id"]]
        into = units[row[key]]
        for i in range(n):
            into.target[i] += unit.target[i]
            into.collected[i] += unit.collected[i]
    return [_unit_row(name or "(không rõ)", unit, groups, day, elapsed)
            for name, unit in units.items()]


def _stations(village_rows, villages, station_day, bundles, groups, day, elapsed) -> list[dict]:
    """At HQ: each station's collections (where the intake was made), the villages it serves
    (see the module docstring) and its last bundle."""
    codes = set(bundles) | {s for s, _ in station_day if s} | {
        r["station"] for r in village_rows if r["station"]}
    rows = []
    for code in sorted(codes):
        unit = _Unit.empty(len(groups))
        for row in village_rows:
            if row["station"] == code:
                v = villages[row["id"]]
                for i in range(len(groups)):
                    unit.target[i] += v.target[i]
                    unit.collected[i] += v.collected[i]
        mine = sum(c for (s, _), c in station_day.items() if s == code)
        last = bundles.get(code)
        silent = code in bundles and (last is None or
                                      (day - dt.date.fromisoformat(last[:10])).days >= SILENT_DAYS)
        figures = _unit_row(code, unit, groups, day, elapsed)
        recent_from = _after(day, -min(RECENT_DAYS, elapsed)).isoformat()
        recent = sum(c for (s, d), c in station_day.items() if s == code and d > recent_from)
        figures.update({
            "code": code, "collected": mine, "area_collected": figures["collected"],
            "achieved_per_day": round(_rate(recent, min(RECENT_DAYS, elapsed)), 1),
            "last_bundle": last, "silent": silent,
            "days": {d: c for (s, d), c in sorted(station_day.items()) if s == code}})
        rows.append(figures)
    return _ranked(rows)


# -- the residents still missing ---------------------------------------------------------------
# A list over a big station holds hundreds of thousands of people: the files are written from
# rows read village by village (``missing_rows``), never from the whole list in memory. The
# head (``missing_list``: counts and longest texts) and the rows are read in one snapshot
# (``reading``), so the counts printed above a list are the rows below it.
def reading(db: Database):
    """One consistent snapshot of the database for the reads inside (a plain BEGIN)."""
    return transaction(db.conn, "BEGIN")


def _missing_sql(groups: list[AgeDeadline], village_ids: list | None) -> tuple[str, dict]:
    """FROM and WHERE of the residents still missing (of ``village_ids`` when given; None in
    it: residents without a known village), and their parameters."""
    bucket, params = _bucket_sql(groups)
    where, join = "", "LEFT JOIN"
    if village_ids is not None:
        known = [v for v in village_ids if v is not None]
        params["ids"] = json.dumps(known)
        where = "h.village_id IN (SELECT value FROM json_each(:ids))"
        if None in village_ids:  # every resident read: rare, and only for those
            where = f"(h.village_id IS NULL OR {where})"
        else:  # the villages' households first (index households_village), then their people
            join = "JOIN"
        where = "AND " + where
    sql = f"""FROM residents r {join} households h ON h.id = r.household_id
            WHERE r.card_status = 'needs_card' AND ({bucket}) >= 0 {where}
              AND NOT EXISTS (SELECT 1 FROM intakes i WHERE i.resident_id = r.id
                AND i.outcome = 'collected'
                AND NOT EXISTS (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id))"""
    return sql, params


def missing_list(db: Database, village: str | None = None, campaign: str | None = None,
                 day: dt.date | str | None = None) -> dict:
    """The head of the list of residents who need a card and were not collected: campaign,
    date, station, ``count``, and ``villages`` in Vietnamese order of their names, each with
    its ``count``; ``longest``: the longest text of each column (for a spreadsheet's widths).
    Call inside ``reading(db)`` (the operator authorized before: a refusal is written to the
    audit log), and read the rows there with ``missing_rows``."""
    from station_app.services.sessions import ScheduleError, resolve_villages

    day = parse_day(day) if day else dt.date.today()
    camp = _campaign(db, campaign, day)
    groups = _groups(db, camp)
    chosen = None
    if village:
        try:
            chosen = [resolve_villages(db, [village])[0]["id"]]
        except ScheduleError as exc:
            raise ReportError(str(exc)) from None
    sql, params = _missing_sql(groups, chosen)
    names = dict(db.conn.execute("SELECT id, name FROM areas"))
    by_name: dict[str, dict] = {}
    longest = Counter()
    for vid, count, *lengths in db.conn.execute(
            "SELECT h.village_id, count(*), max(length(r.full_name)), max(length(r.dob)),"
            " max(length(h.code)), max(length(h.address)), max(length(h.phone))"
            f" {sql} GROUP BY h.village_id", params):
        name = names.get(vid) or ""
        unit = by_name.setdefault(name, {"name": name, "count": 0, "ids": []})
        unit["count"] += count
        unit["ids"].append(vid)
        for column, n in zip(("full_name", "dob", "household_code", "address", "phone"),
                             lengths):
            longest[column] = max(longest[column], n or 0)
    villages = sorted(by_name.values(), key=lambda v: sort_key(v["name"]))
    longest["village"] = max((len(v["name"]) for v in villages), default=0)
    longest["number"] = len(str(max((v["count"] for v in villages), default=0)))
    longest["ages"] = max(len(age_label(g)) for g in groups)
    return {"campaign": camp["name"], "date": day.isoformat(), "station": db.station,
            "station_name": db.station_name,
            "count": sum(v["count"] for v in villages), "villages": villages,
            "groups": groups, "longest": dict(longest)}


def missing_rows(db: Database, listed: dict, village: dict) -> Iterator[dict]:
    """The residents still missing of one village of ``missing_list`` (Vietnamese order of
    names), read as they are used: village, household code, full name, dob, gender, address,
    phone, deadline and age group."""
    groups = listed["groups"]
    sql, params = _missing_sql(groups, village["ids"])
    bucket, _ = _bucket_sql(groups)
    labels = [(g.deadline.isoformat(), age_label(g)) for g in groups]
    cursor = db.conn.execute(
        "SELECT h.code, r.full_name, r.dob, r.gender, h.address, h.phone,"
        f" {bucket} {sql} ORDER BY r.sort_key", params)
    name = village["name"] or None
    for code, full_name, dob, gender, address, phone, b in cursor:
        deadline, ages = labels[b]
        yield {"village": name, "household_code": code, "full_name": full_name, "dob": dob,
               "gender": gender, "address": address, "phone": phone, "deadline": deadline,
               "ages": ages}


def missing_residents(db: Database, village: str | None = None, campaign: str | None = None,
                      day: dt.date | str | None = None, *, operator: Operator | None) -> dict:
    """Residents of the campaign who need a card and were not collected, per village (Vietnamese
    order of names inside a village), with household code, address and phone: the whole list
    in memory (``--json``, a screen); files are written from ``missing_rows``."""
    authorize(db, operator, "report.view")
    with reading(db):
        listed = missing_list(db, village, campaign, day)
        villages = [{"name": v["name"], "residents": list(missing_rows(db, listed, v))}
                    for v in listed["villages"]]
    return {k: listed[k] for k in ("campaign", "date", "station", "station_name", "count")} | {
        "villages": villages}
