"""The now-serving display: a window for the hall's TV, full screen on the chosen screen and
readable from the back of the hall. It shows the current call at each desk (a new call
highlighted, with a chime and, where the system has a Vietnamese voice, the call spoken:
"Mời số A007 đến bàn 2"), the last calls and the people waiting per queue.

It reads the stored ticket events through a worker of its own (its own connection, polling), so
it follows every desk of the station and a restarted display shows the same calls at once, without chiming old
ones again.
"""

from __future__ import annotations

import math
import shutil
import struct
import sys
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QProcess, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from station_app.services.floor import now_serving, queue_counts
from station_app.ui.floor_models import queue_label
from station_app.ui.workers import Job, Worker

POLL_MS = 250  # a call shows within a quarter second (skipped while one is pending)
HIGHLIGHT_S = 20  # a new call stays highlighted this long
MAX_DESKS = 4
MAX_RECENT = 6
BACKGROUND, TEXT, MUTED, ACCENT, NEW = "#0d1b2a", "#ffffff", "#9fb3c8", "#ffd166", "#ffd166"


def spoken_call(number: str, desk: str) -> str:
    """The call as announced, in Vietnamese for the people in the hall:
    'Mời số A007 đến bàn 2'."""
    where = f"bàn {desk}" if desk.isdigit() else desk
    return f"Mời số {number} đến {where}"


def voice_text(call: str) -> str:
    """The call for a speech engine: the ticket's letters and digits spelt one by one
    ('A 0 0 7'), so every voice reads the number the same way."""
    words = call.split()
    return " ".join(" ".join(w) if any(c.isdigit() for c in w) and any(c.isalpha() for c in w)
                    else w for w in words)


def chime_file() -> Path:
    """A two-tone chime (WAV written once with the standard library)."""
    path = Path(tempfile.gettempdir()) / "station-app-chime.wav"
    if path.exists():
        return path
    rate = 22050
    frames = bytearray()
    for freq, seconds in ((880.0, 0.35), (660.0, 0.6)):
        count = int(rate * seconds)
        for i in range(count):
            fade = min(1.0, (count - i) / (rate * 0.25))
            value = 0.45 * fade * math.sin(2 * math.pi * freq * i / rate)
            frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


class Announcer:
    """Chime and voice, each only where the system has what it needs: Qt Multimedia or the
    system's sound player for the chime; Qt TextToSpeech with a Vietnamese voice for the call
    (PySide6-Addons; without it, or without a Vietnamese voice, there is simply no voice)."""

    def __init__(self, chime: bool, voice: bool):
        self.chime_on = chime
        self.said: list[str] = []  # every announcement, in order (shown in tests and logs)
        self._effect = None
        self._speech = None
        if voice:
            self._speech = self._vietnamese_voice()

    @staticmethod
    def _vietnamese_voice():
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return None
        try:
            speech = QTextToSpeech()
            vietnamese = [loc for loc in speech.availableLocales()
                          if loc.language() == QLocale.Language.Vietnamese]
            if not vietnamese:
                return None
            speech.setLocale(vietnamese[0])
            return speech
        except Exception:  # a broken speech backend must never stop the display
            return None

    def announce(self, text: str) -> None:
        self.said.append(text)
        if self.chime_on:
            self._chime()
        if self._speech is not None:
            QTimer.singleShot(1000, lambda: self._speech.say(voice_text(text)))

    def _chime(self) -> None:
        path = chime_file()
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect

            if self._effect is None:
                self._effect = QSoundEffect()
                self._effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effect.play()
            return
        except ImportError:
            pass
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        for player in ("paplay", "pw-play", "aplay", "afplay"):
            if shutil.which(player):
                QProcess.startDetached(player, [str(path)])
                return
        QApplication.beep()


class DisplayWindow(QWidget):
    def __init__(self, db_path: Path, prefs=None, parent=None, worker: Worker | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Now serving"))
        self.setObjectName("display")
        self.setStyleSheet(f"#display {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.worker = worker or Worker(db_path)
        self.announcer = Announcer(prefs.chime if prefs else True, prefs.voice if prefs else True)
        self.last_seq: int | None = None  # None until the first read: old calls never chime
        self.fresh: dict[int, float] = {}  # seq of a new call -> when it arrived (monotonic s)
        self.state: dict | None = None
        self._job: Job | None = None

        self.title = QLabel()
        self.worker.query(lambda db: db.station_name, on_done=self.title.setText, owner=self)
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.heading = QLabel(self.tr("NOW SERVING"))
        self.heading.setStyleSheet(f"color: {ACCENT};")
        self.empty = QLabel(self.tr("Please wait: numbers will be called here"))
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.desk_rows: list[tuple[QFrame, QLabel, QLabel]] = []
        desks = QVBoxLayout()
        desks.setSpacing(12)
        for _ in range(MAX_DESKS):
            frame = QFrame()
            frame.setObjectName("deskRow")
            number, desk = QLabel(), QLabel()
            number.setObjectName("callNumber")
            desk.setObjectName("callDesk")
            desk.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = QHBoxLayout(frame)
            row.setContentsMargins(24, 6, 24, 6)
            row.addWidget(number, 1)
            row.addWidget(desk, 1)
            frame.hide()
            desks.addWidget(frame)
            self.desk_rows.append((frame, number, desk))
        desks.addWidget(self.empty)
        desks.addStretch(1)

        self.recent_title = QLabel(self.tr("Last calls"))
        self.recent = QLabel()
        self.recent.setStyleSheet(f"color: {MUTED};")
        self.recent.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.waiting_title = QLabel(self.tr("Waiting"))
        self.waiting = QLabel()
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.waiting.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.recent_title)
        side.addWidget(self.recent)
        side.addSpacing(20)
        side.addWidget(self.waiting_title)
        side.addWidget(self.waiting, 1)
        side_frame = QFrame()
        side_frame.setLayout(side)
        side_frame.setStyleSheet("QFrame { border-left: 2px solid #33475b; }"
                                 " QLabel { border: none; }")

        top = QHBoxLayout()
        top.addWidget(self.title, 3)
        top.addWidget(self.clock, 1)
        main = QVBoxLayout()
        main.addWidget(self.heading)
        main.addLayout(desks, 1)
        grid = QGridLayout(self)
        grid.setContentsMargins(40, 24, 40, 24)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addLayout(main, 1, 0)
        grid.addWidget(side_frame, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._scale()
        self.poll()

    # -- reading the events -----------------------------------------------------------------
    def poll(self) -> None:
        if self._job is not None and self._job.pending:
            return
        # an error (the database busy a moment): the next poll tries again
        self._job = self.worker.query(
            lambda db: (now_serving(db, recent=MAX_RECENT), queue_counts(db)),
            on_done=self._update, on_error=lambda _exc: None, owner=self)

    def _update(self, result) -> None:
        serving, status = result
        now = QDateTime.currentSecsSinceEpoch()
        last = serving["last_call"]
        seq = last["seq"] if last else 0
        if self.last_seq is not None and last and seq > self.last_seq:
            # every new call or recall since the last read, oldest first
            for call in sorted((c for c in serving["desks"] if c["seq"] > self.last_seq),
                               key=lambda c: c["seq"]):
                self.fresh[call["seq"]] = now
                self.announcer.announce(spoken_call(call["number"], call["desk"]))
            if last["seq"] not in self.fresh:  # a call already superseded at its desk
                self.fresh[last["seq"]] = now
        if self.last_seq is None or seq > self.last_seq:
            self.last_seq = seq
        self.fresh = {s: t for s, t in self.fresh.items() if now - t < HIGHLIGHT_S}
        self.state = {"serving": serving, "status": status}
        self._show()

    def _show(self) -> None:
        serving, status = self.state["serving"], self.state["status"]
        desks = serving["desks"][:MAX_DESKS]
        for i, (frame, number, desk) in enumerate(self.desk_rows):
            if i < len(desks):
                call = desks[i]
                new = call["seq"] in self.fresh
                number.setText(call["number"])
                desk.setText("→  " + self.desk_label(call["desk"]))
                colour = NEW if new else TEXT
                frame.setStyleSheet(
                    f"#deskRow {{ background: {'#33415c' if new else '#1b263b'};"
                    f" border-radius: 12px; {'border: 4px solid ' + NEW + ';' if new else ''} }}"
                    f" QLabel {{ color: {colour}; }}")
                frame.setProperty("fresh", new)
                frame.show()
            else:
                frame.hide()
        self.empty.setVisible(not desks)
        recent = [f"{c['number']}  →  {self.desk_label(c['desk'])}" for c in serving["recent"]]
        self.recent.setText("\n".join(recent) or "—")
        lines = [f"{q['prefix']}  {q['waiting']}   ·   {self._short(queue_label(q['code'], q['name']))}"
                 for q in status["queues"]]
        lines.append(self.tr("In all: %1").replace("%1", str(status["waiting"])))
        self.waiting.setText("\n".join(lines))
        self.clock.setText(QLocale().toString(QDateTime.currentDateTime(), "HH:mm  dd/MM/yyyy"))

    @staticmethod
    def _short(name: str) -> str:
        return name.split(" (")[0]

    def desk_label(self, desk: str) -> str:
        return self.tr("Desk %1").replace("%1", desk) if desk.isdigit() else desk

    def current_calls(self) -> list[tuple[str, str, bool]]:
        """(number, desk label, highlighted) as shown, top first."""
        return [(n.text(), d.text().removeprefix("→  "), bool(f.property("fresh")))
                for f, n, d in self.desk_rows if not f.isHidden()]

    # -- size and screen --------------------------------------------------------------------
    def _scale(self) -> None:
        k = max(0.35, min(self.width() / 1920, self.height() / 1080))

        def px(label: QLabel, size: float, bold: bool = False) -> None:
            font = QFont()
            font.setPixelSize(max(9, int(size * k)))
            font.setBold(bold)
            label.setFont(font)

        px(self.title, 44, True)
        px(self.clock, 40, True)
        px(self.heading, 40, True)
        px(self.empty, 44)
        for _frame, number, desk in self.desk_rows:
            px(number, 150, True)
            px(desk, 104, True)
        px(self.recent_title, 40, True)
        px(self.recent, 46)
        px(self.waiting_title, 40, True)
        px(self.waiting, 42)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()

    def show_on_screen(self, index: int = -1) -> None:
        """Full screen on screen ``index`` (-1: the last one, usually the TV)."""
        screens = QGuiApplication.screens()
        screen = screens[index] if -len(screens) <= index < len(screens) else screens[-1]
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self.worker.stop()
        super().closeEvent(event)
