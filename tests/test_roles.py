"""Roles are refused by the services themselves (SPEC §2): every service entry point that
changes or reveals data, called as each role (and as nobody), runs for the roles the permission
table allows; for the others it raises NotAllowed, records a 'refused' audit entry naming the
action, and changes nothing else (no row, no file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cli_helpers import CREW, add_crew, lead_of

from station_app.core.permissions import PERMISSIONS
from station_app.services import (
    backups,
    conflicts,
    floor,
    hall,
    intake,
    letters,
    progress,
    queue,
    sessions,
    wipe,
)
from station_app.services.announce import announcements
from station_app.services.letter_codes import letter_code
from station_app.services.lookup import lookup
from station_app.services.operators import NotAllowed, add_operator, find_operator
from station_app.services.passphrase import change_passphrase
from station_app.services.roster_import import import_roster
from station_app.services.search import search_residents
from station_app.services.syncing import bundle_history, hq_stations
from station_app.storage import Database, copy_database, keys
from station_app.sync import (
    create_keys,
    enrol,
    export_bundle,
    import_bundle,
    import_bundles,
    open_conflicts,
    read_identity_file,
    replaced_duplicates,
    revoke,
    sync_status,
    write_identity_file,
)
from station_app.sync.recovery import station_key

DAY = dt.date.today() + dt.timedelta(days=1)
HALL = "Hội trường UBND xã Hòa Bình"


@pytest.fixture(scope="module")
def floor_template(tmp_path_factory, _roster_db_template) -> dict:
    """The small roster station on a working day: sessions booked and letters printed for a
    village, a session moved, tickets at the desks (B001 called at desk 1, B002 waiting, B003 a
    no-show), an intake; HQ enrolled both ways, a bundle from HQ to import, another laptop's
    identity file to enrol."""
    folder = tmp_path_factory.mktemp("roles")
    path = copy_database(_roster_db_template, folder / "station.sqlite3")
    db = Database.open(path)
    lead = lead_of(db)
    made = {"dir": folder, "path": path}
    sessions.create_campaign(db, "CCCD 2099", [sessions.parse_deadline("14+:31/12/2099")],
                             dt.date.today() - dt.timedelta(days=5), operator=lead)
    rows = sessions.create_sessions(db, sessions.week_specs(
        DAY, HALL, [("07:00", "11:30"), ("13:30", "17:00")], 20, 12, days=3), operator=lead)
    villages = [r["name"] for r in db.query(
        "SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")]
    made["village"], made["other_village"] = villages[0], villages[1]
    sessions.book_villages(db, villages[:1], operator=lead)
    letters.print_letters(db, folder / "letters.pdf", villages=villages[:1], operator=lead)
    booked = db.one("SELECT household_id, id FROM appointments WHERE household_id IS NOT NULL"
                    " LIMIT 1") or db.one(
        "SELECT r.household_id, a.id FROM appointments a JOIN residents r"
        " ON r.id = a.resident_id LIMIT 1")
    made["letter"] = letter_code(db, booked["household_id"], booked["id"])
    made["household"] = db.scalar("SELECT code FROM households WHERE id = ?",
                                  (booked["household_id"],))
    made["move"] = sessions.move_session(db, rows[0]["id"], place="Trường THCS",
                                         operator=lead)["id"]  # its households to tell
    made["session"] = rows[-1]["id"]
    tickets = [queue.issue_ticket(db, "B", operator=lead) for _ in range(3)]
    queue.call_next(db, "3", operator=lead)
    queue.no_show(db, "3", operator=lead)  # B001
    queue.call_next(db, "1", operator=lead)  # B002
    made["ticket"], made["waiting"] = tickets[1]["id"], tickets[2]["number"]
    person = db.one("SELECT id, personal_id FROM residents WHERE personal_id IS NOT NULL"
                    " LIMIT 1")
    made["resident"], made["personal_id"] = person["id"], person["personal_id"]
    made["intake"] = intake.record_intake(db, person["id"], "collected", desk="1",
                                          operator=lead)["id"]
    hq = Database.create(folder / "hq.sqlite3", "HQ", "Công an tỉnh", hq=True)
    other = Database.create(folder / "other.sqlite3", "XA09", "Trạm khác")
    for one in (db, hq, other):
        create_keys(one)
    for one in (hq, other):
        add_crew(one)
    write_identity_file(db, folder / "station.id", operator=lead)
    write_identity_file(hq, folder / "hq.id", operator=lead_of(hq))
    write_identity_file(other, folder / "other.id", operator=lead_of(other))
    enrol(db, read_identity_file(folder / "hq.id"), operator=lead)
    enrol(hq, read_identity_file(folder / "station.id"), operator=lead_of(hq))
    export_bundle(hq, folder / "from-hq.bundle", to="XA01", operator=lead_of(hq))
    for one in (db, hq, other):
        one.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        one.close()
    return made


# action -> a call of the service as ``op`` on the prepared station ``db`` (``t``: what the
# template prepared, ``out``: a scratch folder)
CALLS = {
    "ticket.issue": lambda db, op, t, out: queue.issue_ticket(db, "B", operator=op),
    "ticket.scan": lambda db, op, t, out: queue.scan(db, t["letter"], operator=op),
    "ticket.print": lambda db, op, t, out: queue.print_ticket(
        db, t["ticket"], out / "t.pdf", operator=op),
    "ticket.reprint": lambda db, op, t, out: queue.print_ticket(
        db, t["ticket"], out / "t.pdf", reprint=True, operator=op),
    "queue.view": lambda db, op, t, out: floor.find_at_table(db, t["waiting"], operator=op),
    "desk.call_next": lambda db, op, t, out: queue.call_next(db, "2", operator=op),
    "desk.call_ticket": lambda db, op, t, out: queue.call_ticket(db, "2", t["waiting"],
                                                                 operator=op),
    "desk.recall": lambda db, op, t, out: queue.recall(db, "1", operator=op),
    "desk.start": lambda db, op, t, out: queue.start(db, "1", operator=op),
    "desk.no_show": lambda db, op, t, out: queue.no_show(db, "1", operator=op),
    "desk.return": lambda db, op, t, out: queue.return_to_queue(db, "1", operator=op),
    "desk.transfer": lambda db, op, t, out: queue.transfer(db, "1", "2", operator=op),
    "desk.finish": lambda db, op, t, out: queue.finish(db, "1", operator=op),
    "desk.reactivate": lambda db, op, t, out: queue.reactivate(db, "B001", operator=op),
    "desk.current": lambda db, op, t, out: floor.current_at_desk(db, "1", operator=op),
    "queue.configure": lambda db, op, t, out: queue.configure_queue(
        db, "children", "C", "Trẻ em", "priority", operator=op),
    "queue.policy": lambda db, op, t, out: queue.set_policy(db, "strict", operator=op),
    "intake.record": lambda db, op, t, out: intake.record_intake(
        db, t["resident"], "missing_documents", desk="1", operator=op),
    "intake.correct": lambda db, op, t, out: intake.correct_intake(
        db, t["intake"], "nhầm", outcome="missing_documents", operator=op),
    "intake.history": lambda db, op, t, out: intake.intake_history(db, t["resident"], operator=op),
    "resident.add": lambda db, op, t, out: intake.add_resident(db, "Nguyễn Văn Mới",
                                                               operator=op),
    "resident.ticket": lambda db, op, t, out: intake.ticket_residents(db, t["ticket"], operator=op),
    "resident.search": lambda db, op, t, out: search_residents(db, "nguyen", operator=op),
    "resident.lookup": lambda db, op, t, out: lookup(db, t["personal_id"], operator=op),
    "roster.import": lambda db, op, t, out: import_roster(db, t["roster"], operator=op),
    "sessions.create": lambda db, op, t, out: sessions.create_sessions(db, sessions.week_specs(
        DAY + dt.timedelta(days=10), HALL, [("07:00", "11:00")], 20, 12, days=1),
        operator=op),
    "sessions.campaign": lambda db, op, t, out: sessions.create_campaign(
        db, "CCCD", [sessions.parse_deadline("14-22:31/08/2099")], operator=op),
    "sessions.book": lambda db, op, t, out: sessions.book_villages(
        db, [t["other_village"]], operator=op),
    "sessions.move": lambda db, op, t, out: sessions.move_session(
        db, t["session"], place="Nhà văn hóa", operator=op),
    "sessions.moved": lambda db, op, t, out: sessions.moved_households(db, t["move"], operator=op),
    "sessions.list": lambda db, op, t, out: sessions.list_sessions(db, operator=op),
    "announce": lambda db, op, t, out: announcements(db, start=DAY, operator=op),
    "letters.settings": lambda db, op, t, out: letters.set_letterhead(db, contact="Tổ 3",
                                                                      operator=op),
    "letters.print": lambda db, op, t, out: letters.print_letters(
        db, out / "l.pdf", villages=[t["village"]], operator=op),
    "letters.notices": lambda db, op, t, out: letters.print_move_notices(
        db, t["move"], out / "n.pdf", operator=op),
    "letters.deliver": lambda db, op, t, out: letters.record_delivery(
        db, t["household"], "Tổ 3", operator=op),
    "letters.counts": lambda db, op, t, out: letters.delivery_counts(db, operator=op),
    "sync.export": lambda db, op, t, out: export_bundle(db, out / "b.bundle", operator=op),
    "sync.import": lambda db, op, t, out: import_bundle(db, t["dir"] / "from-hq.bundle", operator=op),
    "sync.import_many": lambda db, op, t, out: import_bundles(
        db, [t["dir"] / "from-hq.bundle"], operator=op),
    "sync.identity": lambda db, op, t, out: write_identity_file(db, out / "me.id", operator=op),
    "sync.enrol": lambda db, op, t, out: enrol(db, read_identity_file(t["dir"] / "other.id"), operator=op),
    "sync.revoke": lambda db, op, t, out: revoke(db, "HQ", operator=op),
    "hall.manage": lambda db, op, t, out: hall.become_host(db, 0, operator=op),
    "sync.status": lambda db, op, t, out: sync_status(db, operator=op),
    "sync.conflicts": lambda db, op, t, out: open_conflicts(db, operator=op),
    "sync.duplicates": lambda db, op, t, out: replaced_duplicates(db, operator=op),
    "sync.history": lambda db, op, t, out: bundle_history(db, operator=op),
    "conflicts.resolve": lambda db, op, t, out: _resolve(db, op, t),
    "hq.stations": lambda db, op, t, out: hq_stations(db, operator=op),
    "report.progress": lambda db, op, t, out: progress.progress(db, operator=op),
    "report.missing": lambda db, op, t, out: progress.missing_residents(db, operator=op),
    "operators.add": lambda db, op, t, out: add_operator(db, "Cán bộ Mới", "staff", "5678",
                                                         by=op),
    "backup.settings": lambda db, op, t, out: backups.set_backup_settings(db, out, operator=op),
    "backup.take": lambda db, op, t, out: backups.backup_now(db, operator=op),
    # the day's template as the backup: the same station
    "backup.restore": lambda db, op, t, out: backups.restore_backup(db.path, t["path"],
                                                                    lambda _db: op),
    "station.wipe": lambda db, op, t, out: wipe.prepare_wipe(db, out / "final.bundle",
                                                             db.station, operator=op),
    "database.passphrase": lambda db, op, t, out: change_passphrase(
        db, keys.current_passphrase(), "một mật khẩu khác", operator=op),
    "database.recover": lambda db, op, t, out: station_key(db, t["path"], operator=op),
}

def _resolve(db, op, t):
    """A decision on a resident with one intake: refused for the role, or else for the data."""
    with pytest.raises(conflicts.ConflictError):
        conflicts.resolve_conflict(db, t["resident"], t["intake"], "trùng", operator=op)


# the permission each call needs (the name before the dot when it is the table's own)
NEEDS = {
    "ticket.print": "ticket.issue", "desk.current": "resident.view",
    "queue.policy": "queue.configure", "intake.history": "resident.view",
    "resident.ticket": "resident.view", "resident.search": "resident.view",
    "resident.lookup": "resident.view", "sessions.create": "sessions.plan",
    "sessions.campaign": "sessions.plan", "sessions.book": "sessions.plan",
    "sessions.move": "sessions.plan", "sessions.moved": "sessions.plan",
    "sessions.list": "sessions.view", "announce": "sessions.announce",
    "letters.settings": "settings.change", "letters.counts": "letters.deliver",
    "letters.notices": "letters.print",
    "sync.export": "sync.bundle", "sync.import": "sync.bundle", "sync.import_many": "sync.bundle",
    "sync.identity": "sync.enrol", "sync.revoke": "sync.enrol", "sync.status": "sync.view",
    "sync.conflicts": "sync.view", "sync.duplicates": "sync.view", "sync.history": "sync.view",
    "report.progress": "report.view", "report.missing": "report.view",
    "operators.add": "operators.manage", "backup.settings": "settings.change",
    **{name: "desk.call" for name in CALLS if name.startswith("desk.") and name != "desk.current"},
}

# the station's operators (an hq operator is made only at HQ) and nobody
WHO = [name for name, role, _pin in CREW if name != "Cán bộ Minh" and role != "hq"] + [None]


def _state(db: Database) -> dict:
    """Every table but the audit log, where a refusal is written by design, and ``meta``, where
    that write counts (rev, clock, next id)."""
    tables = [r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit', 'meta')")]
    return {t: sorted(db.conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in tables}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_each_entry_point_refuses_the_roles_that_may_not(name, floor_template, small_roster,
                                                         tmp_path):
    action = NEEDS.get(name, name)
    template = {**floor_template, "roster": small_roster}
    for who in WHO:
        path = copy_database(floor_template["path"], tmp_path / f"{who or 'nobody'}.sqlite3")
        out = tmp_path / f"out-{who or 'nobody'}"
        out.mkdir()
        db = Database.open(path)
        try:
            operator = None if who is None else find_operator(db, who)
            if operator is not None and operator.role in PERMISSIONS[action]:
                CALLS[name](db, operator, template, out)  # runs
                continue
            before, audit = _state(db), db.scalar("SELECT count(*) FROM audit")
            with pytest.raises(NotAllowed):
                CALLS[name](db, operator, template, out)
            assert _state(db) == before, (name, who)
            assert list(Path(out).iterdir()) == [], (name, who)  # no file written either
            refused = db.query("SELECT operator, action, detail FROM audit ORDER BY rev")
            assert len(refused) == audit + 1
            assert refused[-1]["action"] == "refused" and refused[-1]["operator"] == who
            assert f'"{action}"' in refused[-1]["detail"]
        finally:
            db.close()


# in the table, but no service does them yet
NO_SERVICE_YET = {"roster.edit", "export", "campaign.merge", "campaign.report"}


def test_every_action_of_the_table_is_walked():
    assert {NEEDS.get(n, n) for n in CALLS} == set(PERMISSIONS) - NO_SERVICE_YET
