"""The hall network screen and mark, driven as a lead would: make the ticket table's laptop the
host, give a join code, join it from a desk laptop (its own database) by typing the code, see
it listed with its last contact, and the desk's status bar saying when it works without the
host."""

from __future__ import annotations

import zxingcpp
from hall_helpers import new_laptop
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from ui_floor_helpers import Station, sign_in

from station_app.services.hall_server import HallServer
from station_app.storage import Database


def _decoded(pixmap) -> str:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pil = Image.frombuffer("L", (image.width(), image.height()), bytes(image.constBits()),
                           "raw", "L", image.bytesPerLine(), 1)
    return zxingcpp.read_barcodes(pil)[0].text


def _hall_tab(win):
    screen = win.screens["Hall network"]
    win.tabs.setCurrentWidget(screen)
    return screen


def test_host_and_join_on_screen(station, qtbot, tmp_path):
    host_win = station.window("host")
    sign_in(qtbot, host_win, "Trưởng trạm")
    host = _hall_tab(host_win)
    assert host.make_host.isVisible() and not host.host_box.isVisible()
    qtbot.mouseClick(host.make_host, Qt.MouseButton.LeftButton)
    assert host.host_box.isVisible() and "host" in host.role.text()
    server = HallServer(station.path, "127.0.0.1", port=0).start()
    try:
        qtbot.mouseClick(host.new_code, Qt.MouseButton.LeftButton)
        code = host.code.toPlainText()
        assert code.startswith("CCCD-HALL1|")
        assert _decoded(host.qr.pixmap()) == code  # what the joining laptop's scanner reads
        code = code.replace(code.split("|")[1], "127.0.0.1", 1)

        desk_path = new_laptop(tmp_path / "desk.sqlite3")
        desk = Station(qtbot, desk_path, tmp_path)
        desk_win = desk.window("desk")
        sign_in(qtbot, desk_win, "Trưởng trạm")
        screen = _hall_tab(desk_win)
        qtbot.keyClicks(screen.label, "Ban 2")  # typed without diacritics, as TYPED
        qtbot.keyClicks(screen.join_code, code)
        qtbot.keyClick(screen.join_code, Qt.Key.Key_Return)
        assert "Joined" in screen.message.text(), screen.message.text()
        assert "joined to the host at 127.0.0.1" in screen.role.text()
        assert not screen.join_box.isVisible() and screen.leave.isVisible()
        desk_win._ask_hall()
        assert desk_win.hall_mark.text() == "Joined to the host"

        host.refresh()
        assert host.model.record(0)["label"] == "Ban 2"
        host_win._ask_hall()
        assert host_win.hall_mark.text() == "Host · laptops joined: 1"
        db = Database.open(desk_path)  # the roster came with the first round
        assert db.scalar("SELECT count(*) FROM residents") > 1000
        db.close()
    finally:
        server.stop()
    # the host is gone: the desk's first request says so, and the mark shows it
    tickets = desk_win.screens["Tickets"]
    desk_win.tabs.setCurrentWidget(tickets)
    tickets.refresh()
    desk_win._ask_hall()
    assert desk_win.hall_mark.text().startswith("WITHOUT THE HOST")
    _hall_tab(desk_win)
    qtbot.mouseClick(screen.leave, Qt.MouseButton.LeftButton)
    assert screen.join_box.isVisible()
    desk_win._ask_hall()
    assert desk_win.hall_mark.text() == ""
    desk.close_all()


def test_a_joined_desk_calls_through_the_host_and_its_display_follows(qtbot, tmp_path,
                                                                     roster_db_path):
    from cli_helpers import lead_of
    from hall_helpers import join
    from ui_floor_helpers import settings

    from station_app.services import hall, queue
    from station_app.ui.display_window import DisplayWindow
    from station_app.ui.settings import Settings
    from station_app.ui.workers import SyncWorker

    db = Database.open(roster_db_path)
    hall.become_host(db, 0, operator=lead_of(db))
    server = HallServer(roster_db_path, "127.0.0.1").start()
    try:
        ticket = queue.issue_ticket(db, "walk_in", operator=lead_of(db))  # at the ticket table
        desk_path = new_laptop(tmp_path / "desk.sqlite3")
        code = hall.new_join_code(db, "127.0.0.1", operator=lead_of(db))
        join(desk_path, code, "Bàn 2")
        desk = Station(qtbot, desk_path, tmp_path)
        win = desk.window("desk")
        sign_in(qtbot, win, "Cán bộ Lan")
        screen = win.screens["Desk"]
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=5000)
        qtbot.keyClick(screen.members_view, Qt.Key.Key_F5)  # call next, on the host
        assert db.scalar("SELECT status FROM tickets WHERE id = ?", (ticket["id"],)) == "called"
        display = DisplayWindow(desk_path, Settings(settings(tmp_path, "tv")),
                                worker=SyncWorker(desk_path))
        qtbot.addWidget(display)
        display.show()
        display.poll()
        assert [d["number"] for d in display.state["serving"]["desks"]] == [ticket["number"]]
        desk.close_all()
    finally:
        server.stop()
        db.close()
