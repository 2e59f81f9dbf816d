"""The now-serving display's parts, the typed settings, the Qt print path and a window
carried over (language switch) with its signed-in operator."""

from __future__ import annotations

import wave

import pypdfium2
from PySide6.QtPrintSupport import QPrinter
from qr_helpers import read_qr
from ui_floor_helpers import settings

from station_app.services import operators, queue
from station_app.storage import Database
from station_app.ui.app import build_window
from station_app.ui.display_window import Announcer, DisplayWindow, chime_file
from station_app.ui.settings import Settings
from station_app.ui.ticket_printing import PrintSetup, draw_on_printer


def test_chime_is_a_real_sound_and_no_voice_means_silence():
    with wave.open(str(chime_file())) as sound:
        assert sound.getnchannels() == 1 and 0.8 < sound.getnframes() / sound.getframerate() < 1.2
    announcer = Announcer(chime=False, voice=True)  # no Vietnamese voice here: no error either
    announcer.announce("Mời số A007 đến bàn 2")
    assert announcer.said == ["Mời số A007 đến bàn 2"]


def test_display_goes_full_screen_on_the_chosen_screen(qtbot, db_path, tmp_path):
    display = DisplayWindow(db_path, Settings(settings(tmp_path, "tv")))
    qtbot.addWidget(display)
    display.show_on_screen(-1)
    assert display.isFullScreen()
    qtbot.waitUntil(lambda: display.state is not None, timeout=5000)
    assert display.empty.isVisible() and "In all: 0" in display.waiting.text()


def test_settings_are_typed_with_defaults(tmp_path):
    from PySide6.QtCore import QSettings

    prefs = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert prefs.idle_lock_seconds == 300 and prefs.printer_mode == "pdf" and prefs.chime is True
    prefs.idle_lock_seconds = 60
    prefs.chime = False
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.idle_lock_seconds == 60 and again.chime is False
    assert PrintSetup.from_settings(again).paper == "58"


def test_system_printer_path_draws_the_ticket_on_a_roll_page(qapp, db, tmp_path, lead):
    ticket = queue.issue_ticket(db, "priority", operator=lead)
    pdf = queue.print_ticket(db, ticket["id"], tmp_path / "t.pdf", "80", operator=lead)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # Qt's own PDF printer: a real page
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    draw_on_printer(pdf, printer, "80")
    document = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))
    page = document[0]
    width_mm = page.get_width() / 72 * 25.4
    assert abs(width_mm - 80) < 1 and page.get_height() > page.get_width()
    picture = page.render(scale=2).to_pil()
    assert read_qr(picture) == [ticket["code"]]


def test_a_window_carried_over_keeps_its_operator(qtbot, roster_db_path, tmp_path):
    db = Database.open(roster_db_path)
    try:
        lan = operators.sign_in(db, "Cán bộ Lan", "2222")
        win = build_window(db, "en", settings(tmp_path), operator=lan)
        qtbot.addWidget(win)
        assert not win.is_locked() and "Desk" in win.screens and "Operators" not in win.screens
        win.close()
    finally:
        db.close()


def test_settings_dialog_saves_the_laptop_settings(qtbot, tmp_path):
    from station_app.ui.settings import SettingsDialog

    prefs = Settings(settings(tmp_path))
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("escpos"))
    dialog.escpos.setText("net:192.168.1.50:9100")
    dialog.paper.setCurrentIndex(dialog.paper.findData("80"))
    dialog.idle.setValue(2)
    dialog.save()
    assert (prefs.printer_mode, prefs.escpos_target, prefs.paper, prefs.idle_lock_seconds) == (
        "escpos", "net:192.168.1.50:9100", "80", 120)
