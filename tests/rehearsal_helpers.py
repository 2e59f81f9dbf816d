"""The parts of the rehearsal (tests/test_rehearsal.py) that are not its story: the scenario's
clock, HQ's command lines, the ticket table's process, GUI laptops started as a person starts
them, and the ledger of what the test did, from which it computes every figure it expects.

The clock. Every process of the rehearsal lives on the scenario's local time (Vietnam): the test
process through ``time_machine`` (the GUI, its worker threads and the hall server's threads read
it), each command line and the ticket table's process through the same, started in the child
before the program (``CLOCKED``). The scenario's first day is today's date in Vietnam, at the
hours the scenario says: the hall network's TLS certificates are checked by OpenSSL against the
machine's own clock, and they are made valid from a day before they are made. A process a window
spawns (the letters) reads the machine's clock: it only compares session days with today.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from station_app.storage import keys

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
PASSPHRASE = "mật khẩu trạm thử nghiệm"  # every laptop's of the rehearsal (conftest's)
HQ_OPERATOR, HQ_PIN = "Cán bộ Sở", "4444"
LEAD, LEAD_PIN = "Trưởng trạm", "1111"


def first_day() -> dt.date:
    return dt.datetime.now(VIETNAM).date()


def moment(day: dt.date, hhmm: str) -> dt.datetime:
    hour, minute = map(int, hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=VIETNAM)


# A program run with the scenario's clock: argv[1] the moment (ISO), argv[2] "cli" (the
# command line, the rest its arguments) or "table" (the ticket table's process).
CLOCKED = r"""
import datetime as dt, sys, time_machine
time_machine.travel(dt.datetime.fromisoformat(sys.argv[1]), tick=True).start()
from station_app.storage import keys
keys.SCRYPT_N = 2 ** 10  # new key files at a test's cost, as conftest makes them
if sys.argv[2] == "cli":
    from station_app.cli import main
    sys.exit(main(sys.argv[3:]))
import json
from station_app.services import floor, queue
from station_app.services.operators import find_operator
from station_app.storage import Database

keys.use_passphrase(sys.stdin.readline().rstrip("\n"))  # typed at start, never in the env
db = Database.open(sys.argv[3])
volunteer = find_operator(db, "Tình nguyện viên Hà")
print("ready", flush=True)
for line in sys.stdin:
    command = json.loads(line)
    with time_machine.travel(dt.datetime.fromisoformat(command["at"]), tick=False):
        if command["do"] == "scan":
            answer = floor.at_table(db, command["text"], operator=volunteer)["ticket"]
        elif command["do"] == "issue":
            answer = floor.issue(db, command["queue"], operator=volunteer)
        else:
            tickets = floor.today_tickets(db)
            answer = sorted([t["number"], t["status"], t.get("desk")] for t in tickets)
    print(json.dumps(answer, default=str), flush=True)
"""


def cli(db: Path, at: dt.datetime, *argv, operator: str = LEAD, pin: str = LEAD_PIN,
        ok: bool = True) -> subprocess.CompletedProcess:
    """``station-app ARGV --db DB`` in a process of its own, as an HQ script runs it: with the
    passphrase and the operator in its environment."""
    env = {**os.environ, keys.PASSPHRASE_ENV: PASSPHRASE, "STATION_APP_OPERATOR": operator,
           "STATION_APP_PIN": pin}
    done = subprocess.run([sys.executable, "-c", CLOCKED, at.isoformat(), "cli",
                           *map(str, argv), "--db", str(db)],
                          capture_output=True, text=True, env=env, timeout=120)
    if ok:
        assert done.returncode == 0, (argv, done.stdout, done.stderr)
    return done


def cli_json(db: Path, at: dt.datetime, *argv, **kw):
    return json.loads(cli(db, at, *argv, "--json", **kw).stdout)


class TicketTable:
    """The host laptop's ticket table, a process of its own (the one a power cut kills)."""

    def __init__(self, db: Path):
        env = {k: v for k, v in os.environ.items() if k != keys.PASSPHRASE_ENV}
        self.proc = subprocess.Popen([sys.executable, "-c", CLOCKED, dt.datetime.now(
            VIETNAM).isoformat(), "table", str(db)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=env)
        self.proc.stdin.write(PASSPHRASE + "\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "ready"

    def _ask(self, at: dt.datetime, **command):
        self.proc.stdin.write(json.dumps({"at": at.isoformat(), **command}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, f"the ticket table's process ended ({self.proc.poll()})"
        return json.loads(line)

    def scan(self, at: dt.datetime, text: str) -> dict:
        return self._ask(at, do="scan", text=text)

    def issue(self, at: dt.datetime, queue: str) -> dict:
        return self._ask(at, do="issue", queue=queue)

    def today(self, at: dt.datetime) -> list:
        return self._ask(at, do="today")

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL: the power is gone
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(10)


# -- the roster as the test wrote it, and what it did ---------------------------------------------
@dataclass
class Person:
    household: str
    name: str
    dob: str  # dd/mm/yyyy or yyyy, as written
    status: str  # Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất
    village: str
    pid: str

    def age_on(self, day: dt.date) -> int | None:
        if not self.dob:
            return None
        if len(self.dob) == 4:
            born = dt.date(int(self.dob), 1, 1)
        else:
            d, m, y = map(int, self.dob.split("/"))
            born = dt.date(y, m, d)
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def read_roster(path: Path) -> list[Person]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [Person(r["Mã hộ"], r["Họ và tên"], r["Ngày, tháng, năm sinh"],
                       r["Tình trạng thẻ"], r["Thôn/Tổ dân phố"], r["Số định danh cá nhân"])
                for r in csv.DictReader(fh)]


@dataclass
class Deadline:
    low: int
    high: int | None
    day: dt.date


@dataclass
class Ledger:
    """What the test did: each intake it recorded (by resident key = household code and name),
    at which station on which day, and the corrections; the households each station booked;
    and the campaign it set up."""
    people: list[Person]
    deadlines: list[Deadline]
    starts: dt.date
    intakes: list[dict] = field(default_factory=list)
    bookings: dict[str, set[str]] = field(default_factory=dict)  # station -> household codes

    def book(self, station: str, households: set[str]) -> None:
        self.bookings.setdefault(station, set()).update(households)

    def key(self, person: Person) -> tuple[str, str]:
        return person.household, person.name

    def record(self, station: str, when: dt.datetime, household: str, name: str,
               outcome: str) -> None:
        self.intakes.append({"station": station, "when": when, "who": (household, name),
                             "outcome": outcome, "current": True})

    def correct(self, household: str, name: str, outcome: str) -> None:
        last = [i for i in self.intakes if i["who"] == (household, name) and i["current"]][-1]
        last["current"] = False
        self.intakes.append({**last, "outcome": outcome, "current": True})

    def deadline_of(self, person: Person) -> int | None:
        if not person.dob:
            return len(self.deadlines) - 1
        for index, d in enumerate(self.deadlines):
            age = person.age_on(d.day)
            if age >= d.low and (d.high is None or age <= d.high):
                return index
        return None

    def collected(self, seen: set[str] | None = None) -> dict[tuple, dict]:
        """Who counts as collected (at the stations in ``seen``): their first current
        'collected' intake."""
        first = {}
        for i in self.intakes:
            if i["current"] and i["outcome"] == "collected" and (
                    seen is None or i["station"] in seen):
                if i["who"] not in first or (i["when"], i["station"]) < (
                        first[i["who"]]["when"], first[i["who"]]["station"]):
                    first[i["who"]] = i
        return first

    def figures(self, day: dt.date, seen: set[str], at_hq: bool = False) -> dict:
        """The report's figures on ``day`` at a laptop that holds the intakes of the stations
        ``seen``, computed as docs/progress-report.md defines them."""
        collected = self.collected(seen)
        opened = (day - self.starts).days + 1  # every day of the campaign is an opening day
        week = min(7, opened)
        ages = [f"{d.low}-{d.high}" if d.high is not None else f"{d.low}+"
                for d in self.deadlines]
        no_card = {"Đã có thẻ": "has_card", "Miễn": "exempt", "Chuyển đi": "moved",
                   "Đã mất": "deceased"}
        apart = dict.fromkeys(no_card.values(), 0)
        # per unit (None: the whole campaign) and deadline: target, collected, in the last week
        units: dict = {}
        villages: dict[str, dict] = {}
        days: dict[dt.date, list[int]] = {}
        for p in self.people:
            index = self.deadline_of(p)
            if index is None:
                continue
            first = collected.get(self.key(p))
            if first is None and p.status in no_card:
                apart[no_card[p.status]] += 1
                continue
            villages.setdefault(p.village, {})
            station = villages[p.village].setdefault("stations", {})
            if first:
                station[first["station"]] = station.get(first["station"], 0) + 1
                on = first["when"].date()
                days.setdefault(on, [0] * len(self.deadlines))[index] += 1
            elif at_hq:  # at HQ a village is also its booking station's: people booked, not come
                for code, households in self.bookings.items():
                    if p.household in households:
                        station[code] = station.get(code, 0) + 1
            for unit in (None, p.village, "Xã Hòa Bình#"):
                counts = units.setdefault(unit, [[0, 0, 0] for _ in self.deadlines])[index]
                counts[0] += 1
                counts[1] += bool(first)
                counts[2] += bool(first) and (day - first["when"].date()).days < 7

        def pct(done: int, of: int) -> float:
            return round(100 * done / of, 1) if of else 100.0

        def finish(remaining: int, rate: float) -> str | None:
            return (day + dt.timedelta(days=math.ceil(remaining / rate))).isoformat() \
                if rate else None

        def judged(unit) -> dict:
            """A village's or commune's figures, at its own rate since the start."""
            rows = units[unit]
            target, done = sum(r[0] for r in rows), sum(r[1] for r in rows)
            behind, worst, misses = 0, 0, []
            for d, age, (t, c, _w) in zip(self.deadlines, ages, rows):
                left, rate = (d.day - day).days, c / opened
                more = math.floor(rate * left)
                if more >= t - c:
                    continue
                misses.append(age)
                behind += t - c - more
                if worst is not None:
                    worst = None if not c else max(worst, 1, (
                        dt.date.fromisoformat(finish(t - c, rate)) - d.day).days)
            return {"target": target, "collected": done, "remaining": target - done,
                    "percent": pct(done, target), "achieved_per_day": round(done / opened, 1),
                    "by_age": [{"ages": a, "target": t, "collected": c, "remaining": t - c,
                                "percent": pct(c, t)} for a, (t, c, _w) in zip(ages, rows)],
                    "behind": behind, "days_behind": worst, "misses": misses}

        whole = units[None]
        target, done = sum(r[0] for r in whole), sum(r[1] for r in whole)
        rate = sum(r[2] for r in whole) / week
        deadlines, needed = [], 0.0
        for d, age, (t, c, w) in zip(self.deadlines, ages, whole):
            left = (d.day - day).days
            if left > 0:
                needed += (t - c) / left
            projected = finish(t - c, w / week)
            deadlines.append({
                "ages": age, "min_age": d.low, "max_age": d.high, "date": d.day.isoformat(),
                "target": t, "collected": c, "remaining": t - c, "percent": pct(c, t),
                "days_left": left, "needed_per_day": round((t - c) / left, 1) if left > 0
                else None, "achieved_per_day": round(w / week, 1),
                "on_track": projected is not None and projected <= d.day.isoformat(),
                "projected_finish": projected})
        by_village = {}
        for name, v in villages.items():
            stations = v.get("stations", {})
            by_village[name] = judged(name) | {
                "commune": "Xã Hòa Bình", "station": max(sorted(stations), key=stations.get)
                if stations else None}
        by_station: dict[str, int] = {}
        for i in collected.values():
            by_station[i["station"]] = by_station.get(i["station"], 0) + 1
        return {
            "date": day.isoformat(), "start": self.starts.isoformat(),
            "opening_days_so_far": opened, "target": target, "collected": done,
            "remaining": target - done, "percent": pct(done, target),
            "collected_on_date": sum(days.get(day, [])), "no_card_needed": apart,
            "achieved_per_day": round(rate, 1),
            "achieved_per_day_since_start": round(done / opened, 1),
            "needed_per_day": round(needed, 1), "projected_finish": finish(target - done, rate),
            "on_track": all(d["on_track"] for d in deadlines), "deadlines": deadlines,
            "villages": by_village, "communes": {"Xã Hòa Bình": judged("Xã Hòa Bình#")},
            "days": [{"date": on.isoformat(), "collected": sum(n), "by_age": n}
                     for on, n in sorted(days.items())],
            "stations": by_station}


# -- GUI ------------------------------------------------------------------------------------------
def type_text(qtbot, widget, text: str) -> None:
    """Typed: ASCII key by key, Vietnamese as a Vietnamese keyboard (an input method such as
    Unikey) commits it."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_passphrase(qtbot, path: Path) -> None:
    """The passphrase page, as the lead meets it when the app starts: typed, Enter."""
    from station_app.ui.passphrase import PassphraseDialog
    from station_app.ui.workers import Worker

    worker = Worker(path)
    dialog = PassphraseDialog(path, worker, new=False)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    worker.stop()
