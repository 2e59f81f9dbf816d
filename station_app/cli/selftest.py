"""``station-app --self-test``: does this installed program work on this laptop? In a throw-away
folder: a station with a small synthetic roster, the main window opened offscreen, a ticket, a
letter PDF, a backup and its restore. Exit code 0 when every step passed; otherwise 1 and the
step that failed, in one line."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from pathlib import Path

LEAD = ("Trưởng trạm", "1111")
PASSPHRASE = "self-test throw-away station"


def run_self_test() -> int:
    from station_app.storage import keys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keys.use_passphrase(PASSPHRASE)  # the throw-away station's: a laptop's environment has none
    with tempfile.TemporaryDirectory(prefix="station-app-self-test-") as tmp:
        test = _SelfTest(Path(tmp))
        try:
            for name, step in test.steps():
                print(f"self-test: {name}", flush=True)
                try:
                    step()
                except Exception as exc:  # noqa: BLE001 - any failure is the answer
                    if os.environ.get("STATION_APP_DEBUG"):
                        traceback.print_exc()
                    print(f"station-app --self-test: failed at '{name}': "
                          f"{type(exc).__name__}: {exc}", file=sys.stderr)
                    return 1
        finally:
            test.close()
    print("self-test: passed")
    return 0


class _SelfTest:
    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / "station.sqlite3"
        self.db = self.window = self.lead = self.ticket = self.backup = None

    def steps(self):
        return [("create a throw-away station", self.create),
                ("open the main window offscreen", self.open_window),
                ("issue a ticket", self.issue_ticket),
                ("write a letter PDF", self.write_letter),
                ("take a backup", self.take_backup),
                ("restore the backup", self.restore)]

    def create(self) -> None:
        from station_app.services.demo_roster import write_demo_roster
        from station_app.services.operators import add_operator
        from station_app.services.roster_import import import_roster
        from station_app.storage import Database

        self.db = Database.create(self.path, "SELFTEST", "Self-test station")
        self.lead = add_operator(self.db, LEAD[0], "lead", LEAD[1])
        roster = self.folder / "roster.csv"
        write_demo_roster(roster, households=30, seed=1)
        result = import_roster(self.db, roster, operator=self.lead)
        if not self.db.scalar("SELECT count(*) FROM residents"):
            raise RuntimeError(f"the roster import stored nobody: {result}")

    def open_window(self) -> None:
        from station_app.ui.app import open_window_offscreen

        self.window = open_window_offscreen(self.db, self.lead, self.folder / "settings.ini")
        if "Tickets" not in self.window.screens or not self.window.isVisible():
            raise RuntimeError("the main window did not open with its screens")

    def issue_ticket(self) -> None:
        from station_app.services.queue import issue_ticket

        self.ticket = issue_ticket(self.db, operator=self.lead)

    def write_letter(self) -> None:
        from station_app.services import letters, sessions

        today = dt.date.today()
        sessions.create_sessions(self.db, sessions.week_specs(
            (today + dt.timedelta(days=1)).strftime("%d/%m/%Y"), "Hội trường",
            sessions.parse_hours("07:00-11:30"), 20, 12, days=2), today=today,
            operator=self.lead)
        village = self.db.scalar("SELECT name FROM areas WHERE kind = 'village' "
                                 "ORDER BY name_fold")
        sessions.book_villages(self.db, [village], today=today, operator=self.lead)
        out = self.folder / "letters.pdf"
        letters.print_letters(self.db, out, villages=[village], today=today,
                              operator=self.lead)
        if not out.read_bytes().startswith(b"%PDF"):
            raise RuntimeError(f"{out} is not a PDF")

    def take_backup(self) -> None:
        from station_app.services import backups

        usb = self.folder / "usb"
        usb.mkdir()
        backups.set_backup_settings(self.db, usb, operator=self.lead)
        self.backup = backups.take_backup(self.db)

    def restore(self) -> None:
        from station_app.services import backups

        with self.db.write("self-test.after-backup", self.lead.name):
            pass
        backups.restore_backup(self.path, self.backup.path, lambda _db: self.lead)
        if self.db.scalar("SELECT count(*) FROM tickets WHERE id = ?", (self.ticket["id"],)) != 1:
            raise RuntimeError("the restored database lacks the ticket")
        if self.db.scalar("SELECT count(*) FROM audit WHERE action = 'self-test.after-backup'"):
            raise RuntimeError("the restored database holds a change made after the backup")

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.db is not None:
            self.db.close()
