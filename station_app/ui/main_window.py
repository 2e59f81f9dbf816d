"""The main window: one tab per screen the signed-in role may use. Screens are listed in
SCREENS; each is built from the AppContext."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from station_app import __version__
from station_app.storage import Database
from station_app.ui.import_dialog import RosterImporter
from station_app.ui.roster_screen import RosterScreen
from station_app.ui.workers import DbWorker


@dataclass
class AppContext:
    db_path: Path
    db: Database  # the GUI thread's connection (quick reads only)
    worker: DbWorker  # a background connection for searches and lookups
    settings: QSettings
    operator: str | None = None
    role: str = "lead"
    extras: dict = field(default_factory=dict)


def _roster(ctx: AppContext, window: MainWindow) -> QWidget:
    screen = RosterScreen(ctx.db, ctx.worker)
    screen.import_requested.connect(window.import_roster)
    return screen


# (title, roles that may open it, factory)
SCREENS: list[tuple[str, set[str], Callable[[AppContext, MainWindow], QWidget]]] = [
    (QT_TRANSLATE_NOOP("MainWindow", "Roster"), {"staff", "lead", "hq"}, _roster),
]


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("CCCD station – %1 (%2)")
                            .replace("%1", ctx.db.station_name).replace("%2", ctx.db.station))
        self.resize(1366, 768)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.screens: dict[str, QWidget] = {}
        for title, roles, factory in SCREENS:
            if ctx.role in roles:
                screen = factory(ctx, self)
                self.screens[title] = screen
                self.tabs.addTab(screen, self.tr(title))
        self.setCentralWidget(self.tabs)
        self._importer = RosterImporter(self, ctx.db_path, ctx.operator, self._roster_changed)
        self._build_menus()
        who = f"{ctx.operator} · " if ctx.operator else ""
        self.statusBar().addPermanentWidget(
            QLabel(f"{who}{ctx.db.station} · {ctx.db_path} · v{__version__}"))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if self.ctx.role in ("lead", "hq"):
            action = QAction(self.tr("&Import roster…"), self)
            action.setShortcut(QKeySequence("Ctrl+I"))
            action.triggered.connect(self.import_roster)
            file_menu.addAction(action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        find = QAction(self.tr("&Find resident"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.focus_search)
        self.addAction(find)

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.ctx.settings.value("language", "vi")
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked, c=code: self.language_changed.emit(c))
            group.addAction(action)
            language_menu.addAction(action)

    def closeEvent(self, event) -> None:
        self.ctx.worker.stop()
        super().closeEvent(event)

    def import_roster(self) -> None:
        self._importer.start()

    def _roster_changed(self) -> None:
        roster = self.screens.get("Roster")
        if isinstance(roster, RosterScreen):
            roster.show_roster()

    def focus_search(self) -> None:
        roster = self.screens.get("Roster")
        if isinstance(roster, RosterScreen):
            self.tabs.setCurrentWidget(roster)
            roster.focus_search()
