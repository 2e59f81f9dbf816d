"""The main window fits the screen it opens on (the status line with who is signed in stays
visible), and opens maximised unless it was last left as a smaller window."""

from __future__ import annotations

from ui_floor_helpers import sign_in


def test_the_window_fits_the_available_screen(station, qtbot):
    win = station.window()
    sign_in(qtbot, win, "Cán bộ Lan")
    room = win.screen().availableGeometry()
    assert room.height() < 768 + win.TITLE_BAR  # as a 1366×768 laptop: no room for 768 and more
    assert win.height() + win.TITLE_BAR <= room.height()
    who = win.who.mapTo(win, win.who.rect().bottomLeft())
    assert win.who.isVisible() and who.y() <= win.height()
    assert "Cán bộ Lan" in win.who.text()


def test_maximised_unless_left_smaller(station, qtbot):
    win = station.window("laptop")
    win.show_as_left()
    qtbot.waitUntil(win.isMaximized, timeout=5000)
    win.showNormal()
    qtbot.waitUntil(lambda: not win.isMaximized(), timeout=5000)
    station.close(win)
    again = station.window("laptop")
    assert again.ctx.settings.value("window/maximized") in (False, "false")
    again.show_as_left()
    assert not again.isMaximized()
