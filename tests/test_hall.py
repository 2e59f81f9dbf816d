"""One station, several laptops on the hall's network (issue 18), with real processes on the
loopback network: the host's server in its own process, desk laptops each with their own
database, desks calling from processes of their own."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import threading
import time

import pytest
from cli_helpers import lead_of
from hall_helpers import DESK_LOOP, ISSUE_LOOP, Host, Relay, join, new_laptop
from pypdf import PdfReader

from station_app.services import floor, hall, queue
from station_app.services.hall_sync import HallRunner
from station_app.services.operators import find_operator
from station_app.storage import Database, steps
from station_app.sync.hall_tls import client_context, make_certificate

OUTAGE_S = float(os.environ.get("HALL_TEST_OUTAGE_S", "1"))


@pytest.fixture
def station(tmp_path, roster_db_path):
    """The host (the ticket table's laptop, holding the roster) serving, and two desk laptops
    joined to it."""
    host = Host(roster_db_path).start()
    desks = [new_laptop(tmp_path / f"desk{i}.sqlite3") for i in (1, 2)]
    for i, path in enumerate(desks, 1):
        join(path, host.code(), f"Bàn {i}")
    yield host, desks
    host.stop()


def _run(script: str, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _ids(proc: subprocess.Popen) -> list[str]:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return out.split()


def _calls(path) -> dict[str, int]:
    db = Database.open(path)
    try:
        return dict(db.conn.execute("SELECT ticket_id, count(*) FROM ticket_events"
                                    " WHERE action = 'call' GROUP BY ticket_id"))
    finally:
        db.close()


def test_join_brings_the_roster_and_a_desk_works_through_the_host(station):
    host, (desk1, _) = station
    db = Database.open(desk1)
    staff = find_operator(db, "Cán bộ Lan")
    # the replica holds the host's roster, searchable here
    assert db.scalar("SELECT count(*) FROM residents") > 1000
    ticket = floor.issue(db, "walk_in", operator=lead_of(db))
    called = floor.desk_action(db, "1", "call_next", operator=staff)
    assert called["id"] == ticket["id"] and called["number"] == "B001"
    # the replica never numbers or calls by itself (a command line here, say)
    with pytest.raises(queue.QueueError, match="joined to the station's host"):
        queue.issue_ticket(db, "walk_in", operator=lead_of(db))
    assert db.scalar("SELECT count(*) FROM ticket_events") == 0
    # a second ticket table prints the host's ticket; the host records it printed
    pdf = floor.print_ticket(db, ticket["id"], host.path.parent / "t.pdf", "58",
                             operator=lead_of(db))
    assert "B001" in PdfReader(pdf).pages[0].extract_text()
    floor.mark_printed(db, ticket["id"], operator=lead_of(db))
    assert db.scalar("SELECT printed_at FROM tickets WHERE id = ?", (ticket["id"],)) is None
    assert floor.now_serving(db)["desks"][0]["number"] == "B001"
    resident = db.scalar("SELECT id FROM residents LIMIT 1")
    floor.record_outcome(db, resident, "collected", ticket["id"], "1", operator=staff)
    for _ in range(3):  # the changes, their acknowledgements, then nothing new either way
        hall.sync_round(db)
    logged = db.scalar("SELECT count(*) FROM bundle_receipts")
    assert hall.sync_round(db) == {"sent": 0, "received": 0}
    assert db.scalar("SELECT count(*) FROM bundle_receipts") == logged  # no empty bundles
    db.close()
    h = Database.open(host.path)
    assert h.scalar("SELECT printed_at FROM tickets WHERE id = ?", (ticket["id"],))
    # the intake reached the host; the ticket was started there, by the host, not here
    assert h.scalar("SELECT count(*) FROM intakes WHERE ticket_id = ?", (ticket["id"],)) == 1
    assert h.scalar("SELECT status FROM tickets WHERE id = ?", (ticket["id"],)) == "serving"
    assert [m["label"] for m in hall.members(h)] == ["Bàn 1", "Bàn 2"]
    h.close()


@pytest.mark.slow
def test_500_tickets_two_desks_calling_at_once_none_twice_none_lost(station):
    host, desks = station
    total = 500
    issuer = _run(ISSUE_LOOP, host.path, total)
    callers = [_run(DESK_LOOP, path, i, total) for i, path in enumerate(desks, 1)]
    issued = _ids(issuer)
    called = [_ids(p) for p in callers]
    everything = called[0] + called[1]
    assert len(issued) == total and len(set(issued)) == total
    assert sorted(everything) == sorted(issued)  # each ticket called once, by one desk
    assert called[0] and called[1]  # both desks did call
    assert set(_calls(host.path).values()) == {1}


@pytest.mark.slow
def test_host_killed_and_restarted_mid_way_loses_nothing(station):
    host, desks = station
    total = 120
    issuer = _run(ISSUE_LOOP, host.path, total)
    callers = [_run(DESK_LOOP, path, i, total) for i, path in enumerate(desks, 1)]
    first = issuer.stdout.readline()  # tickets are being issued and called ...
    assert first
    for _ in range(30):
        issuer.stdout.readline()
    host.kill()  # ... when the host's server dies
    host.start()  # and comes back on the same port
    issued = [first.strip(), *_ids(issuer)]
    called = [i for p in callers for i in _ids(p)]
    calls = _calls(host.path)
    db = Database.open(host.path)
    stored = {r[0] for r in db.conn.execute("SELECT id FROM tickets")}
    db.close()
    assert set(issued) <= stored
    assert len(stored) == total
    # every ticket called, each once (a call whose answer died with the host is found again)
    assert set(called) == stored and set(calls.values()) == {1}


def test_desk_cut_off_records_intakes_and_catches_up(tmp_path, roster_db_path):
    """The desk's cable pulled for OUTAGE_S seconds (HALL_TEST_OUTAGE_S=60 for the minute of
    the issue): searches and intakes go on; its background rounds catch up by themselves."""
    host = Host(roster_db_path).start()
    relay = Relay(host.port)
    desk = new_laptop(tmp_path / "desk.sqlite3")
    runner = None
    try:
        join(desk, host.code(("127.0.0.1", relay.port)), "Bàn 3")
        runner = HallRunner(desk, period=0.2).start()  # as the open app does
        db = Database.open(desk)
        staff = find_operator(db, "Cán bộ Lan")
        ticket = floor.issue(db, "walk_in", operator=lead_of(db))
        floor.desk_action(db, "3", "call_next", operator=staff)
        relay.cut()
        cut_at = time.monotonic()
        residents = [r[0] for r in db.conn.execute("SELECT id FROM residents LIMIT 3")]
        with pytest.raises(hall.HostUnreachable):
            floor.desk_action(db, "3", "finish", operator=staff)
        assert hall.status(db)["reachable"] is False
        for rid in residents:  # searched and recorded here all the same
            floor.record_outcome(db, rid, "collected", ticket["id"], "3", operator=staff)
        time.sleep(max(0.0, OUTAGE_S - (time.monotonic() - cut_at)))  # the outage lasts
        relay.mend()
        h = Database.open(host.path)
        _wait(lambda: h.scalar("SELECT count(*) FROM intakes WHERE resident_id IN (?, ?, ?)",
                               residents) == 3)
        _wait(lambda: hall.status(db)["reachable"])
        floor.desk_action(db, "3", "finish", operator=staff)  # what needs the host works again
        assert h.scalar("SELECT status FROM tickets WHERE id = ?", (ticket["id"],)) == "done"
        h.close()
        db.close()
    finally:
        if runner:
            runner.stop()
        relay.close()
        host.stop()


def _wait(condition, seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "not caught up in time"
        time.sleep(0.05)


def test_a_laptop_not_enrolled_is_refused(station, tmp_path):
    host, (desk1, _) = station
    import http.client
    import json

    # a certificate the host never enrolled: the TLS handshake itself fails
    key, cert = make_certificate("intruder")
    h = Database.open(host.path)
    host_cert = bytes(hall.own_tls(h)["tls_cert"])
    h.close()
    conn = http.client.HTTPSConnection("127.0.0.1", host.port, timeout=5,
                                       context=client_context(key, cert, host_cert))
    with pytest.raises((ssl.SSLError, ConnectionError)):
        conn.request("POST", "/op", b"{}")
        conn.getresponse().read()
    # no certificate at all: nothing but joining, and only with a valid one-time token
    anonymous = client_context(None, None, host_cert)
    for path, body in (("/op", {"op": "now_serving"}), ("/sync", {}),
                       ("/join", {"token": "guessed", "cert": cert.decode(), "identity": {}})):
        conn = http.client.HTTPSConnection("127.0.0.1", host.port, timeout=5,
                                           context=anonymous)
        conn.request("POST", path, json.dumps(body).encode())
        assert conn.getresponse().status in (400, 403)
    # an enrolled laptop sending nonsense gets a refusal, not a broken server
    d = Database.open(desk1)
    me = hall.own_tls(d)
    d.close()
    conn = http.client.HTTPSConnection("127.0.0.1", host.port, timeout=5, context=client_context(
        bytes(me["tls_key"]), bytes(me["tls_cert"]), host_cert))
    for body in (b"not json", b'{"op": "issue", "operator": [1]}'):
        conn.request("POST", "/op", body)
        response = conn.getresponse()
        assert response.status == 400 and response.read()
    conn.request("POST", "/op", b'{"op": "no such"}')
    assert conn.getresponse().status == 404
    # a join code is spent once
    code = host.code()
    join(new_laptop(tmp_path / "desk3.sqlite3"), code, "Bàn 3")
    with pytest.raises(hall.SyncError, match="refused"):
        join(new_laptop(tmp_path / "desk4.sqlite3"), code, "Bàn 4")
    # a laptop the lead removed is served no more
    h = Database.open(host.path)
    member = next(m for m in hall.members(h) if m["label"] == "Bàn 1")
    hall.remove_member(h, member["fingerprint"], operator=lead_of(h))
    h.close()
    db = Database.open(desk1)
    with pytest.raises(hall.HostRefused):
        floor.now_serving(db)
    db.close()


def test_intakes_reach_hq_once_through_the_host(station, tmp_path):
    """Bundles to HQ go from the host: what a desk recorded reaches HQ in them, once, however
    often bundles repeat it; HQ cannot enrol a desk laptop beside the host (same station)."""
    from cli_helpers import add_crew

    from station_app.sync import export_bundle, import_bundle
    from station_app.sync.identity import (
        EnrolmentReplaces,
        enrol,
        identity_document,
        identity_from_document,
    )

    host, (desk1, _) = station
    hq = Database.create(tmp_path / "hq.sqlite3", "HQ", "Sở", hq=True)
    add_crew(hq)
    h = Database.open(host.path)
    enrol(hq, identity_from_document(identity_document(h), "host"), operator=lead_of(hq))
    enrol(h, identity_from_document(identity_document(hq), "hq"), operator=lead_of(h))
    db = Database.open(desk1)
    staff = find_operator(db, "Cán bộ Lan")
    residents = [r[0] for r in db.conn.execute("SELECT id FROM residents LIMIT 2")]
    for n, rid in enumerate(residents, 1):
        floor.record_outcome(db, rid, "collected", None, "1", operator=staff)
        hall.sync_round(db)
        export_bundle(h, tmp_path / f"{n}.bundle", operator=lead_of(h))
        import_bundle(hq, tmp_path / f"{n}.bundle", operator=lead_of(hq))
        assert hq.scalar("SELECT count(*) FROM intakes") == n
    assert hq.scalar("SELECT count(DISTINCT resident_id) FROM intakes") == 2
    with pytest.raises(EnrolmentReplaces):
        enrol(hq, identity_from_document(identity_document(db), "desk"), operator=lead_of(hq))
    for d in (db, h, hq):
        d.close()


def test_the_command_line_joins_syncs_and_leaves(station, tmp_path, capsys):
    from cli_helpers import run, run_json

    host, _ = station
    desk = new_laptop(tmp_path / "desk3.sqlite3")
    code = run_json(capsys, "hall", "code", "--address", "127.0.0.1", "--db", host.path)["code"]
    joined = run_json(capsys, "hall", "join", code, "--label", "Bàn 3", "--db", desk)
    assert joined["host"] == "XA01" and joined["received"] > 1000  # the roster came along
    status = run_json(capsys, "hall", "status", "--db", host.path)
    assert status["role"] == "host"
    assert [m["label"] for m in status["members"]] == ["Bàn 1", "Bàn 2", "Bàn 3"]
    assert run_json(capsys, "hall", "status", "--db", desk)["reachable"] is True
    assert run_json(capsys, "hall", "sync", "--db", desk) == {"sent": 0, "received": 0}
    code_, out, _ = run(capsys, "hall", "leave", "--db", desk)
    assert code_ == 0 and "on its own" in out
    assert run_json(capsys, "hall", "status", "--db", desk)["role"] is None
    # a spent code is refused in one line
    code_, _, err = run(capsys, "hall", "join", code, "--db", desk)
    assert code_ == 1 and "refused" in err


def test_a_laptops_sync_rounds_take_turns(station, monkeypatch):
    """A joined desk's background rounds and the round its intake makes (to get the ticket the
    host just started) may ask the host at once: the second waits for the first instead of
    meeting it in this laptop's database, which refused it, and the desk's intake with it
    ("hall:host: another merge is under way…", found by tests/test_rehearsal.py)."""
    host, (desk1, _) = station
    merging, release = threading.Event(), threading.Event()

    class HeldSteps(steps.Steps):  # the first round's merge, held before its first step
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if threading.current_thread().name == "first":
                merging.set()
                release.wait(30)

    monkeypatch.setattr(steps, "Steps", HeldSteps)
    table = Database.open(host.path)  # the host's ticket table
    window = Database.open(desk1)  # the desk's window has the database open too
    failed = []

    def sync_round() -> None:  # each thread with its own connection, as the app's have
        db = Database.open(desk1)
        try:
            hall.sync_round(db)
        except Exception as exc:  # noqa: BLE001 (what the desk would have said)
            failed.append(exc)
        finally:
            db.close()

    try:
        floor.issue(table, "walk_in", operator=lead_of(table))  # news from the host for each round
        first = threading.Thread(target=sync_round, name="first")
        first.start()
        assert merging.wait(10)
        floor.issue(table, "walk_in", operator=lead_of(table))
        second = threading.Thread(target=sync_round)
        second.start()
        second.join(3)  # it asked the host and was refused here at once, before
        release.set()
        first.join(30)
        second.join(30)
        assert failed == []
        assert window.scalar("SELECT count(*) FROM tickets") == 2
    finally:
        release.set()
        table.close()
        window.close()


def test_a_desk_laptops_records_are_its_stations_at_hq(station, tmp_path):
    """A desk laptop joined to the host has its own node, which HQ never enrols (only the
    host): what it wrote, its audit entries included (the sign-ins, the intake's
    ``intake.record``), is the station's at HQ, not kept aside (issue 22, found by
    tests/test_rehearsal.py: 14 records of each host bundle were)."""
    from cli_helpers import add_crew

    from station_app.services.operators import sign_in
    from station_app.sync import export_bundle, import_bundle, set_aside_records
    from station_app.sync.identity import enrol, identity_document, identity_from_document

    host, (desk1, _) = station
    hq = Database.create(tmp_path / "hq.sqlite3", "HQ", "Sở", hq=True)
    add_crew(hq)
    h = Database.open(host.path)
    enrol(hq, identity_from_document(identity_document(h), "host"), operator=lead_of(hq))
    enrol(h, identity_from_document(identity_document(hq), "hq"), operator=lead_of(h))
    db = Database.open(desk1)
    staff = sign_in(db, "Cán bộ Lan", "2222")
    resident = db.scalar("SELECT id FROM residents LIMIT 1")
    made = floor.record_outcome(db, resident, "collected", None, "1", operator=staff)
    hall.sync_round(db)
    export_bundle(h, tmp_path / "xa01.bundle", operator=lead_of(h))
    outcome = import_bundle(hq, tmp_path / "xa01.bundle", operator=lead_of(hq))

    assert outcome.status == "applied" and outcome.set_aside == 0, outcome.notices
    assert set_aside_records(hq, operator=lead_of(hq)) == []
    assert hq.scalar("SELECT station FROM intakes WHERE id = ?", (made["id"],)) == "XA01"
    desk_actions = {r[0] for r in hq.conn.execute(
        "SELECT action FROM audit WHERE substr(id, 1, 8) = ?", (db.node,))}
    assert {"signin", "intake.record"} <= desk_actions
    assert hq.scalar("SELECT count(*) FROM audit WHERE substr(id, 1, 8) = ?", (db.node,)) \
        == db.scalar("SELECT count(*) FROM audit WHERE substr(id, 1, 8) = ?", (db.node,))
    for d in (db, h, hq):
        d.close()
