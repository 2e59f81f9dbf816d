"""The Sync, Conflicts and HQ screens driven with clicks and keys on real station databases
(HQ and two stations, test_sync's laptops) and real bundles; the database checked after each
step. The file dialogs are answered as a person would (the path they pick)."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_sync
from cli_helpers import add_crew, lead_of
from PySide6.QtCore import Qt
from sql_trace import trace_sql
from ui_floor_helpers import settings

from station_app.services.intake import record_intake
from station_app.services.operators import find_operator
from station_app.storage import Database, keys
from station_app.sync import (
    create_keys,
    export_bundle,
    fingerprint,
    open_conflicts,
    write_identity_file,
)
from station_app.ui import files
from station_app.ui.app import build_window
from station_app.ui.workers import SyncWorker

_sites_template, sites, send = test_sync._sites_template, test_sync.sites, test_sync.send


@pytest.fixture
def window(qtbot, sites, tmp_path):
    """window(site, operator name) -> the main window of that laptop, signed in."""
    opened = []

    def make(site: str, name: str):
        db = Database.open(sites[site].path)
        win = build_window(db, "en", settings(tmp_path, f"{site}-{name}"),
                           operator=find_operator(db, name), worker=SyncWorker(db.path))
        qtbot.addWidget(win)
        win.show()
        opened.append((win, db))
        return win

    yield make
    for win, db in opened:
        win.close()
        db.close()


def answer(monkeypatch, folder=None, file=None) -> None:
    """The next folder or file dialog returns this choice."""
    if folder is not None:
        monkeypatch.setattr(files, "choose_folder",
                            lambda *a, **k: str(folder))
    if file is not None:
        monkeypatch.setattr(files, "open_file",
                            lambda *a, **k: str(file))


def open_screen(win, title: str):
    screen = win.screens[title]
    win.tabs.setCurrentWidget(screen)
    return screen


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def tamper(path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))


def test_a_lead_exports_to_a_folder_imports_one_and_a_folder_of_five(window, sites, qtbot,
                                                                     tmp_path, monkeypatch):
    hq, xa01 = sites["hq"], sites["xa01"]
    win = window("xa01", "Trưởng trạm")
    assert "HQ" not in win.screens
    screen = open_screen(win, "Sync")
    # import one: HQ's roster
    first = tmp_path / "from-hq.bundle"
    export_bundle(hq, first, "XA01", operator=lead_of(hq))
    answer(monkeypatch, file=first)
    click(qtbot, screen.importer.one)
    [result] = rows(screen.importer.results)
    assert result[0] == "from-hq.bundle" and result[1] == "HQ" and result[2] == "received"
    assert xa01.scalar("SELECT count(*) FROM residents") == hq.scalar(
        "SELECT count(*) FROM residents") > 0
    # export to a folder (a drive chosen as a folder)
    drive = tmp_path / "usb"
    drive.mkdir()
    resident = xa01.scalar("SELECT id FROM residents LIMIT 1")
    record_intake(xa01, resident, "collected", desk="1", operator=lead_of(xa01))
    screen.activate()  # coming back to the screen reads the state again
    assert "Not yet at HQ" in screen.pending.text()
    answer(monkeypatch, folder=drive)
    click(qtbot, screen.other)
    assert screen.where.currentData() == str(drive)
    click(qtbot, screen.export)
    [written] = list(drive.iterdir())
    assert written.name.startswith("XA01-to-HQ-") and "Wrote" in screen.message.text()
    assert xa01.scalar("SELECT count(*) FROM bundle_receipts WHERE status = 'exported'") == 1
    assert test_sync.import_bundle(hq, written, operator=lead_of(hq)).status == "applied"
    assert hq.scalar("SELECT count(*) FROM intakes WHERE resident_id = ?", (resident,)) == 1
    # a folder of five from HQ, one of them tampered
    five = tmp_path / "five"
    five.mkdir()
    for n in range(5):
        hq_resident = hq.scalar("SELECT id FROM residents ORDER BY id LIMIT 1 OFFSET ?", (n + 3,))
        record_intake(hq, hq_resident, "missing_documents", desk="1", operator=lead_of(hq))
        export_bundle(hq, five / f"{n}.bundle", "XA01", operator=lead_of(hq))
    tamper(five / "2.bundle")
    answer(monkeypatch, folder=five)
    click(qtbot, screen.importer.folder)
    results = {r[0]: r for r in rows(screen.importer.results)}
    assert len(results) == 5
    assert results["2.bundle"][1:3] == ["HQ", "refused"]
    assert results["2.bundle"][4].startswith("The file was changed or damaged")
    assert {results[f"{n}.bundle"][2] for n in (0, 1, 3, 4)} <= {"received", "already received"}
    assert "refused 1" in screen.importer.message.text()
    # everything of HQ arrived (the bundles after the tampered one carry its changes too)
    assert xa01.scalar("SELECT count(*) FROM intakes WHERE outcome = 'missing_documents'") == 5
    assert xa01.scalar("SELECT count(*) FROM bundle_receipts WHERE status = 'refused'") == 1
    history = rows(screen.history)
    refused = [h for h in history if h[3] == "refused"]
    assert len(refused) == 1 and refused[0][6].startswith("The file was changed")
    assert refused[0][5] == "2.bundle"
    assert [h[3] for h in history].count("sent") == 1


def test_the_lead_enrols_hq_after_comparing_the_fingerprint(window, sites, qtbot, tmp_path,
                                                          monkeypatch):
    xa01, hq = sites["xa01"], sites["hq"]
    # HQ's laptop was replaced: a new key for the code HQ
    new_hq = Database.create(tmp_path / "new-hq.sqlite3", "HQ", "Công an tỉnh", hq=True)
    create_keys(new_hq)
    add_crew(new_hq)
    write_identity_file(new_hq, tmp_path / "new-hq.id", operator=lead_of(new_hq))
    new_key = new_hq.scalar("SELECT key_id FROM sync_keys")
    new_hq.close()
    win = window("xa01", "Trưởng trạm")
    screen = open_screen(win, "Sync")
    answer(monkeypatch, file=tmp_path / "new-hq.id")
    click(qtbot, screen.enrol)
    text = screen.confirm.text.text()
    assert "HQ" in text and "It replaces the key" in text
    assert fingerprint(new_key) in text
    assert screen.confirm.yes.text().replace("&", "") == "Replace the key"
    click(qtbot, screen.confirm.no)
    assert xa01.scalar("SELECT count(*) FROM sync_peers WHERE key_id = ?", (new_key,)) == 0
    click(qtbot, screen.enrol)
    click(qtbot, screen.confirm.yes)
    assert xa01.scalar("SELECT revoked_at FROM sync_peers WHERE key_id = ?", (new_key,)) is None
    old = hq.scalar("SELECT key_id FROM sync_keys")
    assert xa01.scalar("SELECT revoked_at FROM sync_peers WHERE key_id = ?", (old,))
    assert "Enrolled HQ" in screen.message.text()
    # this laptop's identity file, written to the chosen folder
    drive = tmp_path / "usb"
    drive.mkdir()
    answer(monkeypatch, folder=drive)
    click(qtbot, screen.other)
    click(qtbot, screen.identity)
    assert (drive / "XA01.id").exists()


def test_a_conflict_is_resolved_at_hq_with_a_reason(window, sites, qtbot):
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa01, folder, "1")
    send(hq, xa02, folder, "2")
    resident = hq.scalar("SELECT id FROM residents ORDER BY id LIMIT 1")
    kept = record_intake(xa01, resident, "collected", desk="1", operator=lead_of(xa01))
    aside = record_intake(xa02, resident, "collected", desk="3", operator=lead_of(xa02))
    send(xa01, hq, folder, "3")
    send(xa02, hq, folder, "4")
    win = window("hq", "Cán bộ Sở")
    assert "Sync" not in win.screens
    screen = open_screen(win, "Conflicts")
    assert screen.conflicts.rowCount() == 1
    assert len(screen.choice.buttons()) == 2
    qtbot.keyClicks(screen.reason, "duplicate")
    qtbot.keyClick(screen.reason, Qt.Key.Key_Return)
    assert "Choose the intake" in screen.message.text()
    assert hq.scalar("SELECT count(*) FROM conflict_decisions") == 0
    screen.choose("XA01")
    qtbot.keyClick(screen.reason, Qt.Key.Key_Return)
    assert hq.one("SELECT kept_intake_id, set_aside, reason, operator FROM conflict_decisions") == {
        "kept_intake_id": kept["id"], "set_aside": f'["{aside["id"]}"]', "reason": "duplicate",
        "operator": "Cán bộ Sở"}
    assert hq.scalar("SELECT count(*) FROM audit WHERE action = 'conflict.resolve'") == 1
    assert screen.conflicts.rowCount() == 0 and screen.decided.rowCount() == 1
    assert open_conflicts(hq, operator=find_operator(hq, "Cán bộ Sở")) == []
    send(hq, xa02, folder, "5")  # travels with the next bundle
    assert open_conflicts(xa02, operator=lead_of(xa02)) == []


def test_hq_enrols_revokes_imports_many_and_writes_back(window, sites, qtbot, tmp_path,
                                                        monkeypatch):
    hq, xa01, xa02 = sites["hq"], sites["xa01"], sites["xa02"]
    xa03 = Database.create(tmp_path / "xa03.sqlite3", "XA03", "Trạm ba")
    create_keys(xa03)
    add_crew(xa03)
    write_identity_file(xa03, tmp_path / "xa03.id", operator=lead_of(xa03))
    xa03.close()
    win = window("hq", "Cán bộ Sở")
    screen = open_screen(win, "HQ")
    assert [r[0] for r in rows(screen.stations)] == ["XA01", "XA02"]
    # enrol XA03 from its identity file, after comparing the fingerprint
    answer(monkeypatch, file=tmp_path / "xa03.id")
    click(qtbot, screen.enrol)
    assert "Enrol station XA03" in screen.confirm.text.text()
    click(qtbot, screen.confirm.yes)
    assert hq.scalar("SELECT count(*) FROM sync_peers WHERE station = 'XA03'"
                     " AND revoked_at IS NULL") == 1
    assert [r[0] for r in rows(screen.stations)] == ["XA01", "XA02", "XA03"]
    # a folder of the stations' bundles, one of them tampered
    stick = tmp_path / "stick"
    stick.mkdir()
    export_bundle(xa01, stick / "xa01.bundle", operator=lead_of(xa01))
    export_bundle(xa02, stick / "xa02.bundle", operator=lead_of(xa02))
    export_bundle(xa02, stick / "xa02-bad.bundle", operator=lead_of(xa02))
    tamper(stick / "xa02-bad.bundle")
    answer(monkeypatch, folder=stick)
    click(qtbot, screen.importer.folder)
    results = {r[0]: r for r in rows(screen.importer.results)}
    assert results["xa01.bundle"][1:3] == ["XA01", "received"]
    assert results["xa02.bundle"][1:3] == ["XA02", "received"]
    assert results["xa02-bad.bundle"][2] == "refused"
    assert results["xa02-bad.bundle"][4].startswith("The file was changed")
    assert hq.scalar("SELECT count(*) FROM bundle_receipts WHERE direction = 'in'"
                     " AND status = 'applied'") == 2
    by_code = {r[0]: r for r in rows(screen.stations)}
    assert by_code["XA01"][3] != "none yet" and by_code["XA03"][3] == "none yet"
    # write back to each station
    back = tmp_path / "back"
    back.mkdir()
    answer(monkeypatch, folder=back)
    click(qtbot, screen.back)
    assert sorted(p.name.split("-")[2] for p in back.iterdir()) == ["XA01", "XA02", "XA03"]
    assert test_sync.import_bundle(xa01, next(back.glob("HQ-to-XA01-*")),
                                   operator=lead_of(xa01)).status == "applied"
    assert xa01.scalar("SELECT count(*) FROM residents") == hq.scalar(
        "SELECT count(*) FROM residents")
    # revoke XA02: select its row, confirm
    screen.table.selectRow(1)
    click(qtbot, screen.revoke)
    assert "Revoke XA02" in screen.confirm.text.text()
    click(qtbot, screen.confirm.yes)
    assert hq.scalar("SELECT revoked_at FROM sync_peers WHERE station = 'XA02'")
    assert hq.scalar("SELECT revoked_at FROM sync_peers WHERE station = 'XA01'") is None
    assert "revoked" in rows(screen.stations)[1][5]


def test_hqs_folder_dialogs_open_on_the_stick_the_bundles_came_from(window, sites, qtbot,
                                                                    tmp_path, monkeypatch):
    """HQ imports the stations' bundles from the stick, then writes the bundles back to it:
    each dialog opened in the home folder, the stick's path typed again each time (HQ trial)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    export_bundle(sites["xa01"], stick / "xa01.bundle", operator=lead_of(sites["xa01"]))
    win = window("hq", "Cán bộ Sở")
    screen = open_screen(win, "HQ")
    started = []

    def choose(_parent, _title, start):
        started.append(start)
        return str(stick)

    monkeypatch.setattr(files, "choose_folder", choose)
    click(qtbot, screen.importer.folder)
    assert rows(screen.importer.results)[0][2] == "received"
    click(qtbot, screen.back)
    click(qtbot, screen.importer.folder)
    assert started == [str(Path.home()), str(stick), str(stick)]
    assert len(list(stick.glob("HQ-to-XA01-*"))) == 1
    # the bundle HQ just wrote there is its own, for the station: not listed as refused
    assert [(r[0], r[2]) for r in rows(screen.importer.results)] == [
        ("xa01.bundle", "already received")]


@pytest.mark.parametrize(("site", "name", "screens"), [
    ("xa01", "Trưởng trạm", {"Sync", "Conflicts"}),
    ("xa01", "Cán bộ Lan", set()),
    ("xa01", "Tình nguyện viên Hà", set()),
    ("hq", "Cán bộ Sở", {"Conflicts", "HQ"}),
])
def test_only_the_lead_and_hq_reach_these_screens(window, site, name, screens):
    win = window(site, name)
    assert {title for title in ("Sync", "Conflicts", "HQ") if title in win.screens} == screens


def test_the_three_screens_run_no_statement_on_the_gui_thread(qtbot, sites, tmp_path,
                                                              monkeypatch):
    """Real worker threads: the lead imports a folder and writes a bundle, HQ decides a
    conflict and writes back to every station; every statement runs off the GUI thread."""
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa02, folder, "0")
    resident = hq.scalar("SELECT id FROM residents ORDER BY id LIMIT 1")
    record_intake(xa02, resident, "collected", desk="3", operator=lead_of(xa02))
    record_intake(hq, resident, "collected", desk="1", operator=find_operator(hq, "Cán bộ Sở"))
    send(xa02, hq, folder, "1")
    stick = tmp_path / "stick"
    stick.mkdir()
    for n in range(2):
        export_bundle(hq, stick / f"{n}.bundle", "XA01", operator=lead_of(hq))
    opened = [(site, Database.open(sites[site].path)) for site in ("xa01", "hq")]
    on_gui_thread, _elsewhere = trace_sql(monkeypatch)
    wins = {}
    for site, db in opened:
        name = "Trưởng trạm" if site == "xa01" else "Cán bộ Sở"
        wins[site] = build_window(db, "en", settings(tmp_path, site),
                                  operator=find_operator(sites[site], name))
        qtbot.addWidget(wins[site])
        wins[site].show()
    try:
        screen = open_screen(wins["xa01"], "Sync")
        qtbot.waitUntil(lambda: "HQ" in screen.pending.text() and bool(screen.own.text()),
                        timeout=10_000)
        answer(monkeypatch, folder=stick)
        click(qtbot, screen.importer.folder)
        qtbot.waitUntil(lambda: screen.importer.results.rowCount() == 2, timeout=20_000)
        click(qtbot, screen.other)
        click(qtbot, screen.export)
        qtbot.waitUntil(lambda: "Wrote" in screen.message.text(), timeout=10_000)
        conflicts = open_screen(wins["hq"], "Conflicts")
        qtbot.waitUntil(lambda: conflicts.conflicts.rowCount() == 1, timeout=10_000)
        conflicts.choose("HQ")
        qtbot.keyClicks(conflicts.reason, "kept")
        qtbot.keyClick(conflicts.reason, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: conflicts.decided.rowCount() == 1, timeout=10_000)
        station_list = open_screen(wins["hq"], "HQ")
        qtbot.waitUntil(lambda: station_list.stations.rowCount() == 2, timeout=10_000)
        back = tmp_path / "back"
        back.mkdir()
        answer(monkeypatch, folder=back)
        click(qtbot, station_list.back)
        qtbot.waitUntil(lambda: len(list(back.iterdir())) == 2 and station_list.back.isEnabled(),
                        timeout=10_000)
    finally:
        for win in wins.values():
            win.close()
        for _site, db in opened:
            db.close()
    assert on_gui_thread == []
    Database.open(sites["hq"].path).close()  # and the trace does see one on the GUI thread
    assert on_gui_thread
    assert xa01.scalar("SELECT count(*) FROM bundle_receipts WHERE status = 'applied'") == 2
    assert hq.scalar("SELECT count(*) FROM conflict_decisions") == 1


def test_cancel_stops_a_folder_import_under_way_and_nothing_is_imported(qtbot, sites, tmp_path,
                                                                        monkeypatch):
    """Real worker threads. Another program holds the write lock, so the import waits at its
    first merge; Cancel is clicked meanwhile; once the lock is free the import stops there."""
    from station_app.core.sqlite import sqlite3

    hq, xa01 = sites["hq"], sites["xa01"]
    stick = tmp_path / "stick"
    stick.mkdir()
    for n in range(3):
        export_bundle(hq, stick / f"{n}.bundle", "XA01", operator=lead_of(hq))
    db = Database.open(xa01.path)
    win = build_window(db, "en", settings(tmp_path, "cancel"),
                       operator=find_operator(xa01, "Trưởng trạm"))
    qtbot.addWidget(win)
    win.show()
    blocker = sqlite3.connect(xa01.path, isolation_level=None)
    blocker.execute(keys.key_pragma(keys.database_key(xa01.path)))
    try:
        screen = open_screen(win, "Sync")
        blocker.execute("BEGIN IMMEDIATE")
        answer(monkeypatch, folder=stick)
        click(qtbot, screen.importer.folder)
        assert screen.importer.cancel.isVisible()
        click(qtbot, screen.importer.cancel)
        blocker.execute("COMMIT")
        qtbot.waitUntil(lambda: screen.importer.results.rowCount() == 3, timeout=20_000)
        assert {r[2] for r in rows(screen.importer.results)} == {"cancelled"}
        assert "not imported 3" in screen.importer.message.text()
        assert not screen.importer.cancel.isVisible() and screen.importer.folder.isEnabled()
    finally:
        blocker.close()
        win.close()
        db.close()
    assert xa01.scalar("SELECT count(*) FROM residents") == 0
    assert xa01.scalar("SELECT count(*) FROM bundle_receipts WHERE status = 'applied'") == 0


def test_removable_drives_are_the_writable_mount_points_under_media_and_mnt(tmp_path):
    """Issue 22: the Sync tab offered / first. Only a drive mounted by the desktop or by hand
    counts, and only one this account can write to (a table as /proc/self/mounts reads)."""
    from station_app.services.syncing import removable_drives

    stick = tmp_path / "media/lan/KINGSTON USB"
    hand = tmp_path / "mnt/usb"
    other = tmp_path / "run/media/lan/SD"
    for folder in (stick, hand, other, tmp_path / "media/hoa/THEIRS", tmp_path / "boot/efi"):
        folder.mkdir(parents=True)
    escaped = str(stick).replace(" ", "\\040")
    table = "\n".join([
        "/dev/sda2 / ext4 rw,relatime 0 0", f"/dev/sda1 {tmp_path}/boot/efi vfat rw 0 0",
        "tmpfs /run tmpfs rw 0 0", f"/dev/sdb1 {escaped} vfat rw,nosuid 0 0",
        f"/dev/sdc1 {hand} vfat rw 0 0", f"/dev/mmcblk0p1 {other} exfat rw 0 0",
        f"/dev/sr0 {tmp_path}/media/lan/GONE iso9660 ro 0 0",  # not there (any more)
        f"/dev/sdd1 {tmp_path}/media/hoa/THEIRS vfat rw 0 0",  # another account's
        f"/dev/sde1 {tmp_path}/mnt/usb/inner vfat rw 0 0"])  # not right under /mnt
    assert removable_drives(table, user="lan", root=tmp_path) == sorted([hand, other, stick])
    assert removable_drives("/dev/sda2 / ext4 rw 0 0\n", user="lan") == []


@pytest.mark.parametrize("drive", [False, True])
def test_the_bundle_goes_to_a_drive_or_the_documents_folder_never_the_system(
        window, sites, qtbot, tmp_path, monkeypatch, drive):
    """Issue 22: the Sync tab's default was / and a bundle was written into the root of the
    file system. With a USB drive plugged in it is the default; without one, the bundle
    folder in the lead's documents (made when first written)."""
    from station_app.ui import sync_screen

    documents = tmp_path / "Tài liệu"
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    usb = tmp_path / "media" / "lan" / "USB"
    usb.mkdir(parents=True)
    monkeypatch.setattr(sync_screen, "removable_drives", lambda: [usb] if drive else [])
    win = window("xa01", "Trưởng trạm")
    screen = open_screen(win, "Sync")
    places = [screen.where.itemData(i) for i in range(screen.where.count())]
    assert "/" not in places and str(Path.home()) not in places
    target = usb if drive else documents / "station-app" / "bundles"
    assert screen.where.currentData() == str(target)
    assert places[-1] == str(documents / "station-app" / "bundles")
    click(qtbot, screen.export)
    qtbot.waitUntil(lambda: "Wrote" in screen.message.text(), timeout=10_000)
    [written] = list(target.iterdir())
    assert written.name.startswith("XA01-to-HQ-")
    assert (documents / "station-app").exists() is not drive  # made only when written to


def test_after_hqs_answer_the_changes_since_the_last_bundle_are_told_apart(window, sites,
                                                                            tmp_path):
    """SCENARIO, next morning: the lead signs in, then imports HQ's answer to last evening's
    bundle. HQ holds all that bundle held; the sign-in is a change made since, not yet at HQ:
    the screen says both, not "Not yet at HQ" as if the bundle had not arrived (issue 22)."""
    from station_app.services.operators import sign_in
    from station_app.services.syncing import not_at_hq

    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    send(hq, xa01, folder, "roster.bundle")
    resident = xa01.scalar("SELECT id FROM residents LIMIT 1")
    record_intake(xa01, resident, "collected", desk="1", operator=lead_of(xa01))
    send(xa01, hq, folder, "evening.bundle")
    export_bundle(hq, folder / "answer.bundle", "XA01", operator=lead_of(hq))
    sign_in(xa01, "Trưởng trạm", "1111")  # the next morning, before the answer is imported
    test_sync.import_bundle(xa01, folder / "answer.bundle", operator=lead_of(xa01))
    state = not_at_hq(xa01, operator=lead_of(xa01))
    assert state["count"] >= 1 and state["after_last_bundle"]
    win = window("xa01", "Trưởng trạm")
    screen = open_screen(win, "Sync")
    screen.activate()
    text = screen.pending.text()
    assert text.startswith("HQ holds everything up to the last bundle for it (") \
        and f"Since then: {state['count']} change(s)" in text \
        and "for the next bundle" in text, text
    win.resize(1366, 768)
    win.grab().save(str(tmp_path / "sync-after-answer.png"))
    # a bundle written and not yet answered: its changes are still "not yet at HQ"
    record_intake(xa01, xa01.scalar("SELECT id FROM residents LIMIT 1 OFFSET 1"), "collected",
                  desk="1", operator=lead_of(xa01))
    export_bundle(xa01, folder / "noon.bundle", "HQ", operator=lead_of(xa01))
    screen.activate()
    assert screen.pending.text().startswith("Not yet at HQ: "), screen.pending.text()


def test_the_enrol_confirmation_takes_the_focus_and_has_an_alt_key(window, sites, qtbot,
                                                                    tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from station_app.ui.keys import menu_letters, mnemonic

    new_hq = Database.create(tmp_path / "other.sqlite3", "XA09", "Xã Chín", hq=False)
    create_keys(new_hq)
    add_crew(new_hq)
    write_identity_file(new_hq, tmp_path / "XA09.id", operator=lead_of(new_hq))
    new_hq.close()
    win = window("xa01", "Trưởng trạm")
    screen = open_screen(win, "Sync")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    answer(monkeypatch, file=tmp_path / "XA09.id")
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(win.focusWidget(), Qt.Key(ord(mnemonic(screen.enrol.text()).upper())), alt)
    qtbot.waitUntil(screen.confirm.isVisible)
    yes = screen.confirm.yes
    assert yes.text().replace("&", "") == "The fingerprints match: enrol"
    assert win.focusWidget() is yes  # Enter or Space enrols once the fingerprints are compared
    letter = mnemonic(yes.text())
    assert letter and letter not in menu_letters(win.menuBar())
    assert letter != mnemonic(screen.confirm.no.text())
    qtbot.keyClick(win.focusWidget(), Qt.Key(ord(letter.upper())), alt)
    qtbot.waitUntil(lambda: "Enrolled XA09" in screen.message.text())


def test_hqs_operators_screen_adds_hq_staff_unless_told_otherwise(window, sites, qtbot):
    """At HQ a new operator was a volunteer unless the role was changed: HQ adds its own
    staff, and has no ticket table for a volunteer (HQ trial)."""
    win = window("hq", "Cán bộ Sở")
    screen = open_screen(win, "Operators")
    qtbot.keyClicks(screen.name, "Can bo Hai")
    qtbot.keyClicks(screen.pin, "5678")
    screen.pin_again.setFocus()  # where the Tabs of a person typing end
    qtbot.keyClicks(screen.pin_again, "5678")
    qtbot.keyClick(screen.pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sites["hq"].scalar(
        "SELECT count(*) FROM operators WHERE name = 'Can bo Hai'") == 1)
    assert sites["hq"].scalar("SELECT role FROM operators WHERE name = 'Can bo Hai'") == "hq"
    assert win.focusWidget() is screen.name  # the next one starts at the name
