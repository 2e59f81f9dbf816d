"""The services of the Sync, Conflicts and HQ screens on real station databases and bundles:
export into a folder, import a folder with a result per file, the log with reasons as Messages,
what has not reached HQ, conflicts decided and travelling, HQ's stations; and who may do it."""

from __future__ import annotations

import json

import pytest
import test_sync
from cli_helpers import lead_of

from station_app.core.messages import Message
from station_app.core.permissions import NotAllowed
from station_app.services.conflicts import (
    ConflictError,
    decided_conflicts,
    list_conflicts,
    resolve_conflict,
)
from station_app.services.intake import record_intake
from station_app.services.operators import find_operator
from station_app.services.syncing import (
    bundle_history,
    bundles_in,
    enrol_identity,
    export_to_folder,
    export_to_stations,
    hq_stations,
    import_files,
    not_at_hq,
    preview_enrolment,
    revoke_station,
    write_identity_to,
)
from station_app.storage import Database
from station_app.sync import ConflictCache, create_keys, export_bundle, open_conflicts
from station_app.sync.identity import find_peer

# the three laptops of test_sync (HQ with the small roster, XA01, XA02, enrolled both ways)
_sites_template, sites, send = test_sync._sites_template, test_sync.sites, test_sync.send


def hq_of(db):
    return find_operator(db, "Cán bộ Sở")


def test_export_into_a_folder_and_import_a_folder_with_one_tampered(sites, tmp_path):
    hq, xa01 = sites["hq"], sites["xa01"]
    drive = tmp_path / "usb"
    drive.mkdir()
    result = export_to_folder(hq, drive, to=find_peer(hq, "XA01")[0], operator=hq_of(hq))
    assert result.path.parent == drive and result.path.name.startswith("HQ-to-XA01-")
    assert bundles_in(drive) == [result.path]
    assert bundles_in(drive, written_by="HQ") == []  # HQ's own, for XA01: not for HQ to import
    data = bytearray(result.path.read_bytes())
    data[len(data) // 2] ^= 1
    (drive / "tampered.bundle").write_bytes(bytes(data))
    (drive / "notes.txt").write_text("not a bundle")
    seen = []
    results = import_files(xa01, bundles_in(drive),
                           lambda done, total: seen.append((done, total)), operator=lead_of(xa01))
    by_name = {r.file.split("/")[-1]: r for r in results}
    assert by_name[result.path.name].status == "applied"
    assert by_name[result.path.name].changes == result.changes
    assert by_name["tampered.bundle"].status == "refused"
    assert by_name["tampered.bundle"].reason.template.startswith("the file was changed")
    assert seen[-1] == (200, 200) and all(d <= t for d, t in seen)
    assert xa01.scalar("SELECT count(*) FROM residents") == hq.scalar(
        "SELECT count(*) FROM residents")
    history = bundle_history(xa01, operator=lead_of(xa01))
    refused = [h for h in history if h["status"] == "refused"]
    assert len(refused) == 1 and isinstance(refused[0]["reason"], Message)
    assert refused[0]["reason"] == by_name["tampered.bundle"].reason
    assert [h["status"] for h in history if h["status"] == "applied"] == ["applied"]


def test_a_cancelled_folder_import_keeps_the_files_done_and_lists_the_rest(sites, tmp_path):
    hq, xa01 = sites["hq"], sites["xa01"]
    drive = tmp_path / "usb"
    drive.mkdir()
    for n in range(2):
        export_bundle(hq, drive / f"{n}.bundle", "XA01", operator=lead_of(hq))
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < 100  # stop once the second file starts
    results = import_files(xa01, bundles_in(drive), progress, operator=lead_of(xa01))
    assert [r.status for r in results] == ["applied", "cancelled"]
    assert xa01.scalar("SELECT count(*) FROM bundle_receipts WHERE status = 'applied'") == 1


def test_not_at_hq_counts_since_the_first_change_and_clears_on_acknowledgement(sites):
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    send(hq, xa01, folder, "1")
    send(xa01, hq, folder, "2")
    send(hq, xa01, folder, "3")
    assert not_at_hq(xa01, operator=lead_of(xa01))["count"] == 0
    resident = xa01.scalar("SELECT id FROM residents LIMIT 1")
    record_intake(xa01, resident, "collected", desk="1", operator=lead_of(xa01))
    state = not_at_hq(xa01, operator=lead_of(xa01))
    assert state["count"] >= 1 and state["by_table"]["intakes"] == 1
    first = xa01.scalar("SELECT min(at) FROM audit WHERE rev > (SELECT acked_rev FROM"
                        " sync_peers WHERE hq = 1)")
    assert state["since"] == first and state["hq"] == "HQ"
    send(xa01, hq, folder, "4")
    send(hq, xa01, folder, "5")
    assert not_at_hq(xa01, operator=lead_of(xa01))["count"] == 0


def test_a_conflict_decided_at_hq_travels_and_closes_everywhere(sites):
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa01, folder, "1")
    send(hq, xa02, folder, "2")
    resident = hq.scalar("SELECT id FROM residents ORDER BY id LIMIT 1")
    first = record_intake(xa01, resident, "collected", desk="1", operator=lead_of(xa01))
    second = record_intake(xa02, resident, "collected", desk="3", operator=lead_of(xa02))
    send(xa01, hq, folder, "3")
    send(xa02, hq, folder, "4")
    [conflict] = list_conflicts(hq, operator=hq_of(hq))
    assert {i["station_name"] for i in conflict["intakes"]} == {
        "Trạm UBND xã Hòa Bình", "Trạm trường THCS Tân Lập"}
    with pytest.raises(ConflictError):
        resolve_conflict(hq, resident, first["id"], "  ", operator=hq_of(hq))
    with pytest.raises(NotAllowed):
        resolve_conflict(hq, resident, first["id"], "x", operator=find_operator(hq, "Cán bộ Lan"))
    resolve_conflict(hq, resident, first["id"], "XA02 scanned the wrong card", operator=hq_of(hq))
    assert list_conflicts(hq, operator=hq_of(hq)) == []
    [decided] = decided_conflicts(hq, operator=hq_of(hq))
    assert decided["set_aside"] == [second["id"]] and decided["kept_station"] == "XA01"
    audit = json.loads(hq.scalar("SELECT detail FROM audit WHERE action = 'conflict.resolve'"))
    assert audit == {"resident_id": resident, "kept": first["id"], "set_aside": [second["id"]],
                     "reason": "XA02 scanned the wrong card"}
    # both intakes are still there; the decision and its audit entry travel
    assert hq.scalar("SELECT count(*) FROM intakes WHERE resident_id = ?", (resident,)) == 2
    send(hq, xa02, folder, "5")
    assert open_conflicts(xa02, operator=lead_of(xa02)) == []
    assert xa02.scalar("SELECT count(*) FROM audit WHERE action = 'conflict.resolve'") == 1
    # another station's intake after the decision opens it again, nothing set aside returns
    record_intake(hq, resident, "collected", reason="came again", desk="9",
                  operator=hq_of(hq), force=True)
    [again] = list_conflicts(hq, operator=hq_of(hq))
    assert {i["station"]: i["set_aside"] for i in again["intakes"]} == {
        "XA01": False, "HQ": False, "XA02": True}


def test_the_home_pages_conflict_cache_follows_intakes_and_decisions(sites):
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    cache = ConflictCache()

    def listed():
        kept = list_conflicts(hq, cache, operator=hq_of(hq))
        assert kept == list_conflicts(hq, operator=hq_of(hq))  # the same as searched afresh
        return [c["resident"]["id"] for c in kept]

    send(hq, xa01, folder, "1")
    send(hq, xa02, folder, "2")
    assert listed() == [] and cache.full_reads == 1
    one, two = [r for (r,) in hq.conn.execute("SELECT id FROM residents ORDER BY id LIMIT 2")]
    first = record_intake(xa01, one, "collected", desk="1", operator=lead_of(xa01))
    for resident in (one, two):
        record_intake(xa02, resident, "collected", desk="3", operator=lead_of(xa02))
    send(xa01, hq, folder, "3")
    assert listed() == []
    send(xa02, hq, folder, "4")
    assert listed() == [one]
    record_intake(hq, two, "collected", reason="came again", desk="9", operator=hq_of(hq),
                  force=True)
    assert listed() == [one, two]
    resolve_conflict(hq, one, first["id"], "XA02 scanned the wrong card", operator=hq_of(hq))
    assert listed() == [two]
    assert cache.full_reads == 1  # each time only the residents whose intakes changed


def test_hq_lists_enrols_revokes_and_writes_back_to_each_station(sites, tmp_path):
    hq, xa01 = sites["hq"], sites["xa01"]
    xa03 = Database.create(tmp_path / "xa03.sqlite3", "XA03", "Trạm ba")
    create_keys(xa03)
    from cli_helpers import add_crew
    add_crew(xa03)
    path, shown = write_identity_to(xa03, tmp_path, operator=lead_of(xa03))
    assert path.name == "XA03.id"
    preview = preview_enrolment(hq, path, operator=hq_of(hq))
    assert preview.fingerprint == shown and preview.replaces == [] and not preview.already
    with pytest.raises(NotAllowed):
        enrol_identity(hq, preview, hq_only=True, operator=lead_of(hq))
    assert enrol_identity(hq, preview, hq_only=True, operator=hq_of(hq))
    stations = {s["station"]: s for s in hq_stations(hq, operator=hq_of(hq))}
    assert set(stations) == {"XA01", "XA02", "XA03"}
    assert stations["XA03"]["fingerprint"] == shown
    assert stations["XA01"]["not_acknowledged"] > 0 and stations["XA01"]["last_received"] is None
    out = tmp_path / "back"
    out.mkdir()
    written = export_to_stations(hq, out, operator=hq_of(hq))
    assert sorted(r.recipient for r in written) == ["XA01", "XA02", "XA03"]
    revoke_station(hq, stations["XA02"]["key_id"], operator=hq_of(hq))
    stations = {s["station"]: s for s in hq_stations(hq, operator=hq_of(hq))}
    assert stations["XA02"]["revoked_at"] and not stations["XA01"]["revoked_at"]
    assert hq.scalar("SELECT revoked_at FROM sync_peers WHERE station = 'XA02'")
    with pytest.raises(NotAllowed):
        hq_stations(xa01, operator=lead_of(xa01))
    with pytest.raises(NotAllowed):
        bundle_history(xa01, operator=find_operator(xa01, "Cán bộ Lan"))
    xa03.close()


def test_the_command_line_decides_a_conflict_with_the_same_service(sites, capsys):
    from cli_helpers import run

    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa01, folder, "1")
    send(hq, xa02, folder, "2")
    resident = hq.scalar("SELECT id FROM residents ORDER BY id LIMIT 1")
    first = record_intake(xa01, resident, "collected", desk="1", operator=lead_of(xa01))
    second = record_intake(xa02, resident, "collected", desk="3", operator=lead_of(xa02))
    send(xa01, hq, folder, "3")
    send(xa02, hq, folder, "4")
    code, _out, err = run(capsys, "conflicts", "--db", hq.path, "--resolve", resident,
                          "--keep", first["id"])
    assert code == 2 and "--reason" in err
    code, out, _err = run(capsys, "conflicts", "--db", hq.path, "--resolve", resident,
                          "--keep", first["id"], "--reason", "trùng")
    assert code == 0 and f"set aside {second['id']}" in out
    assert hq.scalar("SELECT operator FROM conflict_decisions") == "Trưởng trạm"
    assert "no open conflicts" in run(capsys, "conflicts", "--db", hq.path)[1]


def test_two_decisions_on_two_laptops_meet_as_one_the_later_standing(sites):
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa01, folder, "1")
    send(hq, xa02, folder, "2")
    resident = hq.scalar("SELECT id FROM residents ORDER BY id LIMIT 1")
    first = record_intake(xa01, resident, "collected", desk="1", operator=lead_of(xa01))
    second = record_intake(xa02, resident, "collected", desk="3", operator=lead_of(xa02))
    send(xa01, hq, folder, "3")
    send(xa02, hq, folder, "4")
    send(hq, xa01, folder, "5")
    resolve_conflict(xa01, resident, first["id"], "ours", operator=lead_of(xa01))
    resolve_conflict(hq, resident, second["id"], "HQ checked the papers",
                     operator=hq_of(hq))  # later
    send(xa01, hq, folder, "6")
    send(hq, xa01, folder, "7")
    for db in (hq, xa01):
        assert db.one("SELECT kept_intake_id, set_aside, reason FROM conflict_decisions") == {
            "kept_intake_id": second["id"], "set_aside": json.dumps([first["id"]]),
            "reason": "HQ checked the papers"}
        assert db.scalar("SELECT count(*) FROM audit WHERE action = 'conflict.resolve'") == 2
        assert open_conflicts(db, operator=lead_of(db)) == []
