"""The lead's roster edits in the window, driven with keys as a person would (offscreen, the
synchronous worker): a resident corrected with the ID checked as typed, the history kept in
the database and shown; the correction carried by a real bundle to HQ; other roles cannot
edit."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from cli_helpers import lead_of  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from sql_trace import trace_sql
from test_sync import _sites_template, send, sites  # noqa: E402, F401 (the sync tests' stations)

from station_app.core.dates import now_iso  # noqa: E402
from station_app.services.roster_edits import roster_history  # noqa: E402
from station_app.storage import Database  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402
from station_app.ui.roster_edit import ResidentDialog  # noqa: E402
from station_app.ui.workers import SyncWorker  # noqa: E402


def open_window(qtbot, qapp, path, tmp_path, operator, language="en"):
    install_translators(qapp, language)
    db = Database.open(path)
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_window(db, language, store, worker=SyncWorker(path), operator=operator)
    qtbot.addWidget(win)
    win.show()
    win._opened_db = db
    return win


def close_window(win) -> None:
    win.ctx.worker.stop()
    win._opened_db.close()


def type_into(qtbot, box, text: str) -> None:
    """Select what the field holds and type ``text`` over it (insert() types like an input
    method: QTest types only ASCII keys)."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    for ch in text:
        box.insert(ch)


def _id_for(dob: str, gender: str, serial: str) -> str:
    year = int(dob[:4])
    return f"001{2 * ((year - 1900) // 100) + (gender == 'F')}{year % 100:02d}{serial}"


def open_first_resident(qtbot, win) -> tuple[ResidentDialog, dict]:
    """Search the person, select the first row and press Enter: the edit dialog opens."""
    screen = win.screens["Roster"]
    row = screen.model.row(0)
    with qtbot.waitSignal(screen._timer.timeout, timeout=5000):
        type_into(qtbot, screen.search_box, row["full_name"])
    screen.table.setFocus()
    screen.table.selectRow(0)
    resident = screen.model.row(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert isinstance(dialog, ResidentDialog) and dialog.isVisible()
    assert dialog.full_name.text() == resident["full_name"]
    return dialog, resident


def correct_in_window(qtbot, win, db) -> dict:
    """The lead corrects the first resident's name, birth date, ID and card status."""
    dialog, resident = open_first_resident(qtbot, win)
    before = db.one("SELECT * FROM residents WHERE id = ?", (resident["id"],))
    gender = before["gender"] or "M"
    type_into(qtbot, dialog.dob, "1991")
    assert "digits 5-6" in dialog.check_text and "✗" in dialog.check_text
    good = _id_for("1991", gender, "424242")
    wrong_gender = good[:3] + str(int(good[3]) ^ 1) + good[4:]
    type_into(qtbot, dialog.personal_id, "999" + good[3:])
    assert "✗ ID digits 1-3 ('999') are not a province code" in dialog.check_text
    type_into(qtbot, dialog.personal_id, wrong_gender)
    lines = dialog.check_text.splitlines()
    assert lines[0].startswith("✓ Province code 001: Hà Nội")
    assert lines[1].startswith("✗ ID digit 4") and lines[2].startswith("✓ Birth year")
    # saving the bad ID is refused, with the part that disagrees, and nothing is written
    qtbot.keyClick(dialog.personal_id, Qt.Key.Key_Return)  # Enter: the default Save button
    assert dialog.isVisible() and "ID digit 4" in dialog.message.text()
    assert db.one("SELECT * FROM residents WHERE id = ?", (resident["id"],)) == before

    type_into(qtbot, dialog.personal_id, good)
    assert dialog.check_text.splitlines() == [
        "✓ Province code 001: Hà Nội",
        f"✓ Century and gender digit {good[3]}: {'Female' if gender == 'F' else 'Male'},"
        " born 1900–1999",
        "✓ Birth year digits 91: 1991"]
    type_into(qtbot, dialog.full_name, "Trần Thị Đính Chính")
    dialog.card_status.setFocus()
    while dialog.card_status.currentData() != "has_card":
        qtbot.keyClick(dialog.card_status, Qt.Key.Key_Down)
    started = now_iso("milliseconds")
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    return {"before": before, "id": resident["id"], "personal_id": good, "started": started}


def test_a_resident_corrected_in_the_window_keeps_its_history(qtbot, qapp, roster_db_path,
                                                               roster_db, tmp_path, lead):
    win = open_window(qtbot, qapp, roster_db_path, tmp_path, lead)
    try:
        done = correct_in_window(qtbot, win, roster_db)
        before = done["before"]
        after = roster_db.one("SELECT * FROM residents WHERE id = ?", (done["id"],))
        assert (after["full_name"], after["dob"], after["personal_id"], after["card_status"]) \
            == ("Trần Thị Đính Chính", "1991", done["personal_id"], "has_card")
        history = roster_db.query("SELECT * FROM roster_edits WHERE record_id = ? ORDER BY id",
                                  (done["id"],))
        assert {(h["field"], h["before"], h["after"]) for h in history} == {
            ("full_name", before["full_name"], "Trần Thị Đính Chính"),
            ("dob", before["dob"], "1991"),
            ("personal_id", before["personal_id"], done["personal_id"]),
            ("card_status", before["card_status"], "has_card")}
        assert {(h["operator"], h["station"]) for h in history} == {(lead.name, "XA01")}
        assert all(done["started"] <= h["at"] <= now_iso("milliseconds") for h in history)
        # the roster shows the correction; opened again, the history is listed
        screen = win.screens["Roster"]
        type_into(qtbot, screen.search_box, "tran thi dinh chinh")
        screen._timer.stop()
        screen._search()
        assert screen.model.row(0)["id"] == done["id"]
        screen.table.selectRow(0)
        dialog = screen.edit_selected()
        assert dialog.history.rowCount() == 4
        texts = {dialog.history.item(r, 2).text(): (dialog.history.item(r, 3).text(),
                                                   dialog.history.item(r, 4).text())
                 for r in range(4)}
        assert texts["Full name"] == (before["full_name"], "Trần Thị Đính Chính")
        assert texts["Card status"][1] == "Has valid card"
        assert dialog.history.item(0, 1).text() == f"{lead.name} (XA01)"
        dialog.reject()
    finally:
        close_window(win)


def test_the_correction_reaches_hq_in_the_next_bundle(qtbot, qapp, sites, tmp_path):  # noqa: F811
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    send(hq, xa01, folder, "roster")
    win = open_window(qtbot, qapp, xa01.path, tmp_path, lead_of(xa01))
    try:
        done = correct_in_window(qtbot, win, xa01)
    finally:
        close_window(win)
    send(xa01, hq, folder, "evening")
    at_hq = hq.one("SELECT full_name, name_fold, dob, personal_id, card_status FROM residents"
                   " WHERE id = ?", (done["id"],))
    assert at_hq == {"full_name": "Trần Thị Đính Chính", "name_fold": "tran thi dinh chinh",
                     "dob": "1991", "personal_id": done["personal_id"], "card_status": "has_card"}
    history = roster_history(hq, done["id"], operator=lead_of(hq))
    assert {(h["field"], h["after"], h["station"], h["operator"]) for h in history} == {
        ("full_name", "Trần Thị Đính Chính", "XA01", lead_of(xa01).name),
        ("dob", "1991", "XA01", lead_of(xa01).name),
        ("personal_id", done["personal_id"], "XA01", lead_of(xa01).name),
        ("card_status", "has_card", "XA01", lead_of(xa01).name)}


def test_staff_and_volunteers_cannot_edit_in_the_window(qtbot, qapp, roster_db_path, roster_db,
                                                        tmp_path, staff, volunteer):
    win = open_window(qtbot, qapp, roster_db_path, tmp_path, staff)
    try:
        screen = win.screens["Roster"]  # staff look people up, but do not edit
        for button in (screen.edit_button, screen.add_resident_button,
                       screen.add_household_button):
            assert not button.isVisible()
        screen.table.setFocus()
        screen.table.selectRow(0)
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
        assert screen.edit_selected() is None and not hasattr(screen, "dialog")
        # a dialog opened anyway is refused by the service, and nothing is written
        dialog = ResidentDialog(win.ctx.worker, staff, screen.selected_resident(), screen)
        qtbot.addWidget(dialog)
        assert "may not" in dialog.message.text() and not dialog.buttons.isEnabled()
    finally:
        close_window(win)
    win = open_window(qtbot, qapp, roster_db_path, tmp_path, volunteer)
    try:
        assert "Roster" not in win.screens
    finally:
        close_window(win)
    assert roster_db.scalar("SELECT COUNT(*) FROM roster_edits") == 0


def test_add_a_household_then_a_resident_in_it(qtbot, qapp, roster_db_path, roster_db,
                                               tmp_path, lead):
    win = open_window(qtbot, qapp, roster_db_path, tmp_path, lead)
    try:
        screen = win.screens["Roster"]
        qtbot.mouseClick(screen.add_household_button, Qt.MouseButton.LeftButton)
        dialog = screen.dialog
        type_into(qtbot, dialog.code, "HB-MOI-01")
        dialog.village.setFocus()
        qtbot.keyClick(dialog.village, Qt.Key.Key_Down)
        village = dialog.village.currentData()
        type_into(qtbot, dialog.head_name, "Đỗ Văn Mới")
        qtbot.keyClick(dialog.head_name, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        household = roster_db.one("SELECT * FROM households WHERE code = 'HB-MOI-01'")
        assert household["village_id"] == village and household["head_name"] == "Đỗ Văn Mới"

        screen.table.selectRow(0)  # a new resident starts in the selected one's household
        qtbot.mouseClick(screen.add_resident_button, Qt.MouseButton.LeftButton)
        dialog = screen.dialog
        assert dialog.household.text() == screen.model.row(0)["household_code"]
        type_into(qtbot, dialog.full_name, "Đỗ Văn Mới")
        type_into(qtbot, dialog.dob, "02/03/1985")
        type_into(qtbot, dialog.household, "HB-MOI-01")
        qtbot.keyClick(dialog.household, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        added = roster_db.one("SELECT * FROM residents WHERE household_id = ?",
                              (household["id"],))
        assert (added["full_name"], added["dob"], added["card_status"]) == (
            "Đỗ Văn Mới", "1985-03-02", "needs_card")
        assert roster_db.scalar("SELECT COUNT(*) FROM roster_edits WHERE record_id IN (?, ?)",
                                (added["id"], household["id"])) >= 5
    finally:
        close_window(win)


def test_the_id_check_speaks_vietnamese(qtbot, qapp, roster_db_path, tmp_path, lead):
    win = open_window(qtbot, qapp, roster_db_path, tmp_path, lead, language="vi")
    try:
        dialog, _resident = open_first_resident(qtbot, win)
        type_into(qtbot, dialog.dob, "1991")
        type_into(qtbot, dialog.personal_id, "999" + _id_for("1990", "M", "000001")[3:])
        text = dialog.check_text
        assert "digits" not in text and "ID" not in text.replace("CCCD", ""), text
        dialog.reject()
    finally:
        close_window(win)
        install_translators(qapp, "en")


def test_editing_runs_no_query_on_the_gui_thread(qtbot, qapp, roster_db_path, tmp_path,
                                                 monkeypatch, lead):
    """The dialog opened, checked as typed and saved on real worker threads: every statement
    traced with the thread running it."""
    install_translators(qapp, "en")
    db = Database.open(roster_db_path)
    on_gui_thread, _elsewhere = trace_sql(monkeypatch)
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_window(db, "en", store, operator=lead)  # a real Worker
    qtbot.addWidget(win)
    win.show()
    try:
        screen = win.screens["Roster"]
        qtbot.waitUntil(lambda: screen.model.row(0) is not None, timeout=10_000)
        screen.table.selectRow(0)
        dialog = screen.edit_selected()
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
        type_into(qtbot, dialog.full_name, "Hoàng Văn Luồng")
        type_into(qtbot, dialog.personal_id, "0010")
        assert "has 4 digits" in dialog.check_text
        type_into(qtbot, dialog.personal_id, "")
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)
    finally:
        win.close()
    assert on_gui_thread == []
    assert db.scalar("SELECT COUNT(*) FROM residents WHERE full_name = 'Hoàng Văn Luồng'") == 1
    db.close()
