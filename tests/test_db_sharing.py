"""One station database, several programs: the GUI holds it open all day while the command line,
the ticket printer and the display open and close it. None of them may take away the holder's
SQLite locks (closing any other descriptor of the file drops every POSIX lock a process holds on
it): the next program to close would then delete the WAL under the holder, whose later tickets
are lost at a power cut and whose numbers are given again.

Each test kills the holder with SIGKILL (a power cut) and reads back what was committed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from station_app.storage import Database, copy_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL, POSIX locks")

VOLUNTEER = "Tình nguyện viên Hà"

# The ticket table of the GUI without its window: it keeps the station open and issues through
# the same service the screen uses; every few tickets the printer job and the display open the
# station again in the same process (ticket_printing.PrintJob, DisplayWindow) and close it.
# Each line printed is a ticket already committed.
_HOLDER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from station_app.services import floor, queue as q
    from station_app.services.operators import find_operator
    from station_app.storage import Database

    path, out = sys.argv[1], Path(sys.argv[2])
    db = Database.open(path)
    volunteer = find_operator(db, sys.argv[3])
    n = 0
    while True:
        ticket = floor.issue(db, "B", operator=volunteer)
        print(json.dumps({"id": ticket["id"], "number": ticket["number"]}), flush=True)
        n += 1
        if n % 2 == 0:  # the printer: its own Database for each ticket
            printer = Database.open(path)
            try:
                q.print_ticket(printer, ticket["id"], out / f"{ticket['number']}.pdf", "58",
                              operator=volunteer)
            finally:
                printer.close()
        else:  # the display: opens the station to show its name and what is called
            display = Database.open(path)
            try:
                q.now_serving(display)
            finally:
                display.close()
        time.sleep(0.02)
""")

# The smallest case: hold, commit, open the same file a second time and close it, then wait for
# the word to commit once more.
_STEPPED_HOLDER = textwrap.dedent("""
    import sys
    from station_app.services.operators import find_operator
    from station_app.services import queue as q
    from station_app.storage import Database

    path = sys.argv[1]
    db = Database.open(path)
    lead = find_operator(db, "Trưởng trạm")
    print(q.issue_ticket(db, "B", operator=lead)["id"], flush=True)
    Database.open(path).close()
    print("reopened", flush=True)
    sys.stdin.readline()
    print(q.issue_ticket(db, "B", operator=lead)["id"], flush=True)
    sys.stdin.readline()
""")


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "station_app", *args, "--db", str(db_path)],
                          capture_output=True, text=True, timeout=60, env=env)


class _Lines:
    """Every line a process prints, collected by a thread (the pipe never fills up)."""

    def __init__(self, proc: subprocess.Popen):
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(proc,), daemon=True)
        self._thread.start()

    def _read(self, proc) -> None:
        for line in proc.stdout:
            self.lines.append(line.strip())

    def wait_for(self, count: int, proc: subprocess.Popen, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while len(self.lines) < count:
            assert proc.poll() is None, f"the holder died: {proc.stderr.read()}"
            assert time.monotonic() < deadline, f"only {len(self.lines)} lines of {count}"
            time.sleep(0.01)

    def rest(self) -> list[str]:
        self._thread.join(timeout=10)
        return self.lines


def _kill(proc: subprocess.Popen) -> None:
    assert proc.poll() is None, f"the holder died: {proc.stderr.read()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


def _ticket_ids(path: Path) -> set[str]:
    db = Database.open(path)
    try:
        return {r for (r,) in db.conn.execute("SELECT id FROM tickets")}
    finally:
        db.close()


def test_opening_the_database_again_keeps_the_holders_locks(db_path, tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", _STEPPED_HOLDER, str(db_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        out = _Lines(proc)
        out.wait_for(2, proc)
        Database.open(db_path).close()  # another program opens and closes the station
        copy_database(db_path, tmp_path / "copy.sqlite3")  # and one copies it (a backup)
        proc.stdin.write("go\n")
        proc.stdin.flush()
        out.wait_for(3, proc)
        _kill(proc)
    finally:
        proc.kill()
        proc.wait()
    first, reopened, second = out.rest()
    assert reopened == "reopened"
    assert _ticket_ids(db_path) == {first, second}
    assert _ticket_ids(tmp_path / "copy.sqlite3") == {first}  # all committed before the copy


@pytest.mark.slow
def test_every_command_beside_a_holder_loses_no_committed_ticket(roster_db_path, tmp_path, lead):
    db = Database.open(roster_db_path)
    try:
        person = db.one("SELECT id, personal_id FROM residents WHERE personal_id IS NOT NULL"
                        " LIMIT 1")
        household = db.scalar("SELECT code FROM households LIMIT 1")
    finally:
        db.close()
    printed = tmp_path / "printed"
    printed.mkdir()
    roster = tmp_path / "late.csv"
    roster.write_text("Mã hộ,Họ và tên,Giới tính,Ngày sinh\nHK900,Lê Văn Muộn,Nam,1990\n",
                      encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(roster_db_path), str(printed),
                             VOLUNTEER], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    cli_tickets: list[dict] = []
    try:
        out = _Lines(proc)
        out.wait_for(4, proc)  # the printer and the display have opened it in the holder
        commands = [
            ["queue", "status"], ["search", "nguyen"], ["lookup", person["personal_id"]],
            ["lookup", household], ["ticket", "issue", "--queue", "B"],
            ["ticket", "call", "--desk", "1"], ["ticket", "start", "--desk", "1"],
            ["intake", person["id"], "--outcome", "collected", "--desk", "1"],
            ["ticket", "finish", "--desk", "1"], ["queue", "display"],
            ["ticket", "issue", "--queue", "B"], ["queue", "stats"], ["schedule", "list"],
            ["queue", "policy", "interleave", "--ratio", "2"], ["letters", "settings"],
            ["conflicts"], ["import-roster", str(roster)],
        ]
        for command in commands:
            done = _cli(roster_db_path, *command, "--json")
            assert done.returncode == 0, (command, done.stderr)
            if command[:2] == ["ticket", "issue"]:
                cli_tickets.append(json.loads(done.stdout))
        out.wait_for(len(out.lines) + 5, proc)  # it commits after the others closed
        _kill(proc)
    finally:
        proc.kill()
        proc.wait()
    reported = [json.loads(line) for line in out.rest()]
    db = Database.open(roster_db_path)
    try:
        assert db.scalar("PRAGMA integrity_check") == "ok"
        stored = {r["id"]: r["number"] for r in db.query("SELECT id, number FROM tickets")}
        intakes = db.scalar("SELECT COUNT(*) FROM intakes WHERE resident_id = ?", (person["id"],))
    finally:
        db.close()
    assert len(reported) >= 9
    committed = {t["id"]: t["number"] for t in reported + cli_tickets}
    assert len(committed) == len(reported) + len(cli_tickets)
    lost = {i: n for i, n in committed.items() if i not in stored}
    assert not lost, f"{len(lost)} committed tickets lost: {sorted(lost.values())}"
    assert {i: stored[i] for i in committed} == committed
    assert len(set(stored.values())) == len(stored), "a number was given twice"
    assert intakes == 1


@pytest.mark.parametrize("command", [
    ["import-roster", "{db}"], ["import-bundle", "{db}"], ["enrol", "{db}"],
    ["identity", "export", "--out", "{db}"], ["demo-roster", "--households", "2", "--out", "{db}"],
], ids=lambda c: " ".join(c[:2]))
@pytest.mark.slow
def test_a_database_named_as_a_file_to_read_or_write_is_refused(tmp_path, command):
    db = tmp_path / "station.sqlite3"
    assert _cli(db, "init", "--station", "XA01", "--name", "Trạm").returncode == 0
    proc = _cli(db, *[a.format(db=db) for a in command])
    assert proc.returncode != 0
    err = proc.stderr.strip()
    assert "\n" not in err and "Traceback" not in err, err
    assert "is a database" in err or "it is an SQLite database" in err, err
    station = Database.open(db)  # still the station, whole
    try:
        assert station.station == "XA01" and station.scalar("PRAGMA integrity_check") == "ok"
    finally:
        station.close()
