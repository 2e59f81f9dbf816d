"""The main window: the sign-in page, then one tab per screen the signed-in role may use.
Screens are listed in SCREENS (which permission opens them, and a factory building them from the
AppContext). After idle time the window locks: the screens stay as they are, hidden behind the
sign-in page, until the same operator types their PIN (or another operator signs in, and the
screens are rebuilt for their role)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from station_app import __version__
from station_app.core.permissions import PERMISSIONS, allowed
from station_app.services.operators import Operator, record
from station_app.storage import Database
from station_app.ui.import_dialog import RosterImporter
from station_app.ui.roster_screen import RosterScreen
from station_app.ui.settings import Settings, SettingsDialog
from station_app.ui.signin import IdleWatcher, SignInPage, role_label
from station_app.ui.workers import Worker


@dataclass
class AppContext:
    db_path: Path
    db: Database  # opened before the window; only its station code and name are used here
    worker: Worker  # every query, write and long job (see ui/workers.py)
    settings: QSettings
    role: str = "lead"
    session: Operator | None = None
    backups: object = None  # the application's BackupKeeper (ui/backups.py), when it runs one

    @property
    def prefs(self) -> Settings:
        return Settings(self.settings)

    def sign_in(self, operator: Operator | None) -> None:
        self.session = operator
        self.role = operator.role if operator else ""


def _roster(ctx: AppContext, window: MainWindow) -> QWidget:
    screen = RosterScreen(ctx.worker, ctx.session)
    screen.import_requested.connect(window.import_roster)
    screen.import_button.setVisible(allowed(ctx.role, "roster.import"))  # what the role may do
    return screen


def _tickets(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.ticket_screen import TicketScreen

    return TicketScreen(ctx)


def _desk(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.desk_screen import DeskScreen

    return DeskScreen(ctx)


def _dashboard(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.dashboard_screen import DashboardScreen

    return DashboardScreen(ctx)


def _operators(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.operators_screen import OperatorsScreen

    return OperatorsScreen(ctx)


def _sync(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.sync_screen import SyncScreen

    return SyncScreen(ctx)


def _conflicts(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.conflicts_screen import ConflictsScreen

    return ConflictsScreen(ctx)


def _hq(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.hq_screen import HqScreen

    return HqScreen(ctx)

def _campaign(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.campaign_screen import CampaignScreen

    return CampaignScreen(ctx)


def _plan(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.plan_screen import PlanScreen

    return PlanScreen(ctx)


def _sessions(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.sessions_screen import SessionsScreen

    return SessionsScreen(ctx)


def _booking(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.booking_screen import BookingScreen

    return BookingScreen(ctx)


def _move(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.move_screen import MoveScreen

    return MoveScreen(ctx)

def _letters(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.letters_screen import LettersScreen

    return LettersScreen(ctx)


def _delivery(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.letters_screen import DeliveryScreen

    return DeliveryScreen(ctx)


def _announce(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.announce_screen import AnnounceScreen

    return AnnounceScreen(ctx)

def _backups(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.backups_screen import BackupsScreen

    return BackupsScreen(ctx, window)

def _hall(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.hall_screen import HallScreen

    return HallScreen(ctx)


# (title, roles that may open it, factory)
SCREENS: list[tuple[str, set[str], Callable[[AppContext, MainWindow], QWidget]]] = [
    # the station floor
    (QT_TRANSLATE_NOOP("MainWindow", "Roster"), set(PERMISSIONS["resident.view"]), _roster),
    (QT_TRANSLATE_NOOP("MainWindow", "Tickets"), set(PERMISSIONS["ticket.issue"]), _tickets),
    (QT_TRANSLATE_NOOP("MainWindow", "Desk"), set(PERMISSIONS["desk.call"]), _desk),
    (QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), set(PERMISSIONS["report.view"]), _dashboard),
    # the lead's day, in the order of SCENARIO.md
    (QT_TRANSLATE_NOOP("MainWindow", "Campaign"), set(PERMISSIONS["sessions.plan"]), _campaign),
    (QT_TRANSLATE_NOOP("MainWindow", "Plan"), set(PERMISSIONS["report.view"]), _plan),
    (QT_TRANSLATE_NOOP("MainWindow", "Sessions"), set(PERMISSIONS["sessions.plan"]), _sessions),
    (QT_TRANSLATE_NOOP("MainWindow", "Booking"), set(PERMISSIONS["sessions.plan"]), _booking),
    (QT_TRANSLATE_NOOP("MainWindow", "Move a session"), set(PERMISSIONS["sessions.plan"]),
     _move),
    (QT_TRANSLATE_NOOP("MainWindow", "Letters"), set(PERMISSIONS["letters.print"]), _letters),
    (QT_TRANSLATE_NOOP("MainWindow", "Delivery"), set(PERMISSIONS["letters.deliver"]),
     _delivery),
    (QT_TRANSLATE_NOOP("MainWindow", "Announcements"), set(PERMISSIONS["sessions.announce"]),
     _announce),
    # a station's lead syncs with HQ here; HQ has its own screen for all the stations
    (QT_TRANSLATE_NOOP("MainWindow", "Sync"),
     set(PERMISSIONS["sync.bundle"]) - set(PERMISSIONS["hq.stations"]), _sync),
    (QT_TRANSLATE_NOOP("MainWindow", "Conflicts"), set(PERMISSIONS["conflicts.resolve"]),
     _conflicts),
    (QT_TRANSLATE_NOOP("MainWindow", "HQ"), set(PERMISSIONS["hq.stations"]), _hq),
    # the laptop
    (QT_TRANSLATE_NOOP("MainWindow", "Backups"), set(PERMISSIONS["backup.restore"]), _backups),
    (QT_TRANSLATE_NOOP("MainWindow", "Hall network"), set(PERMISSIONS["hall.manage"]), _hall),
    (QT_TRANSLATE_NOOP("MainWindow", "Operators"), set(PERMISSIONS["operators.manage"]),
     _operators),
]
# the screen each role starts on
HALL_MARK_MS = 3000  # how often the status bar's hall mark is brought up to date
HOME = {"volunteer": "Tickets", "staff": "Desk", "lead": "Roster", "hq": "Roster"}


class Screens(dict):
    """The signed-in role's screens by title. A screen is built the first time its tab is
    shown or it is asked for by name (``screens[title]``); ``title in screens`` says whether
    the role has it; ``get`` gives only those built so far. Building all sixteen of a lead's screens at sign-in cost about 100 MB (the GUI's bar
    is 250 MB, SPEC §7) and the time of screens the lead may never open that day."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self._window = window

    def __missing__(self, title: str) -> QWidget:
        return self._window._build_screen(title)

    def __contains__(self, title) -> bool:
        return title in self._window._factories


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    session_changed = Signal(object)  # Operator or None
    restart_needed = Signal(str)  # a backup was restored: the program closes (why, translated)
    wipe_ready = Signal(object)  # services.wipe.WipePlan: the final bundle written

    def __init__(self, ctx: AppContext, require_sign_in: bool = True):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("CCCD station – %1 (%2)")
                            .replace("%1", ctx.db.station_name).replace("%2", ctx.db.station))
        self.fit_screen()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._factories: dict[str, Callable[[AppContext, MainWindow], QWidget]] = {}
        self.screens = Screens(self)
        self.signin = SignInPage(ctx.worker, ctx.db.station_name)
        self.signin.signed_in.connect(self.set_session)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.signin)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.display = None
        self._importer = RosterImporter(self, ctx.worker, None, self._roster_changed)
        self.who = QLabel()
        if ctx.backups is not None:
            from station_app.ui.backups import BackupStatusLabel

            self.statusBar().addWidget(BackupStatusLabel(ctx.backups))

        self.hall_mark = QLabel()  # the hall's network: joined, or working without the host
        self.statusBar().addPermanentWidget(self.hall_mark)
        self.statusBar().addPermanentWidget(self.who)
        self.hall_timer = QTimer(self, interval=HALL_MARK_MS, timeout=self._ask_hall)
        self.hall_timer.start()
        self._ask_hall()
        self.idle = IdleWatcher(ctx.prefs.idle_lock_seconds, self)
        self.idle.idle.connect(self.lock)
        if require_sign_in:
            ctx.sign_in(None)
            self._show_signin(None)
        else:  # tools and tests that open a window for a role without a person signing in
            self._build_screens()
            self.stack.setCurrentWidget(self.tabs)
        self._build_menus()
        self._update_status()

    TITLE_BAR = 40  # room for the window manager's title bar, not part of the window

    def fit_screen(self) -> None:
        """1366×768 where the screen has room, else the room it has (the task bar and the
        title bar left out), so the status line stays on screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1366, room.width()), min(768, room.height() - self.TITLE_BAR))
        self.move(room.topLeft())

    def show_as_left(self) -> None:
        """Show maximised unless the user last left it a smaller window (remembered)."""
        if self.ctx.settings.value("window/maximized", True) in (True, "true", 1, "1"):
            self.showMaximized()
        else:
            self.show()

    # -- screens ------------------------------------------------------------------------------
    def _build_screens(self) -> None:
        """A tab for each screen of the role; only the home screen is built now (see Screens)."""
        self._factories = {title: factory for title, roles, factory in SCREENS
                           if self.ctx.role in roles}
        self.tabs.blockSignals(True)
        for title in self._factories:
            self.tabs.addTab(QWidget(), self.tr(title))
        self.tabs.blockSignals(False)
        home = HOME.get(self.ctx.role, "")
        if home in self._factories:
            self.tabs.setCurrentWidget(self.screens[home])
        elif self._factories:
            self._tab_changed(0)

    def _build_screen(self, title: str) -> QWidget:
        """Build the screen ``title`` of the role into its tab, in place of its placeholder."""
        if title not in self._factories:
            raise KeyError(title)
        index = list(self._factories).index(title)
        screen = self._factories[title](self.ctx, self)
        dict.__setitem__(self.screens, title, screen)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, screen, self.tr(title))
        screen.setGeometry(placeholder.geometry())  # laid out at once, as the tab's page
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return screen

    def _tab_changed(self, index: int) -> None:
        """A screen brought to the front is built if it was not yet, and puts the focus where
        its keys work (the desk's list, the ticket table's scan field), never on the first box
        that takes the focus."""
        if not 0 <= index < len(self._factories):
            return
        current = self.screens[list(self._factories)[index]]
        # a screen built just now is laid out before anything is done on it (a preview sized)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if hasattr(current, "activate") and not self.is_locked():
            current.activate()

    def _clear_screens(self) -> None:
        while self.tabs.count():
            screen = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if hasattr(screen, "shutdown"):
                screen.shutdown()
            screen.deleteLater()
        self.screens.clear()
        self._factories = {}

    def set_session(self, operator: Operator) -> None:
        """Signed in (from the sign-in page): the same operator finds their screens as they
        left them; another operator gets the screens of their role."""
        same = self.ctx.session is not None and self.ctx.session.id == operator.id
        if not same:
            if self.ctx.session is not None:
                self._record(self.ctx.session, "signout")
            self._clear_screens()
            self.ctx.sign_in(operator)
            self._importer.operator = operator
            self._build_screens()
            self._build_menus()
        self.menuBar().setEnabled(True)
        self.stack.setCurrentWidget(self.tabs)
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "activate"):
            current.activate()
        self.idle.set_timeout(self.ctx.prefs.idle_lock_seconds)
        self.idle.start()
        self._update_status()
        self.session_changed.emit(operator)

    def _show_signin(self, locked_for: Operator | None, by_operator: bool = False) -> None:
        self.idle.stop()
        self.signin.reset(locked_for, by_operator)
        self.stack.setCurrentWidget(self.signin)
        self.menuBar().setEnabled(locked_for is None and self.ctx.session is None)

    def lock(self, by_operator: bool = False) -> None:
        """Idle time passed (or Ctrl+L, ``by_operator``): hide everything behind the sign-in
        page."""
        if self.ctx.session is None or self.stack.currentWidget() is self.signin:
            return
        self._record(self.ctx.session, "lock")
        self._show_signin(self.ctx.session, by_operator)

    def sign_out(self) -> None:
        if self.ctx.session is not None:
            self._record(self.ctx.session, "signout")
        self._clear_screens()
        self.ctx.sign_in(None)
        self._build_menus()
        self._show_signin(None)
        self._update_status()
        self.session_changed.emit(None)

    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.signin

    def _record(self, operator: Operator, action: str) -> None:
        self.ctx.worker.query(lambda db: record(db, operator, action))

    def _ask_hall(self) -> None:
        from station_app.services.hall import status

        self.ctx.worker.query(status, on_done=self._show_hall, on_error=lambda _e: None,
                              owner=self)

    def _show_hall(self, state: dict) -> None:
        if state["role"] == "member" and not state["reachable"]:
            text = self.tr("WITHOUT THE HOST: numbers and calls wait for it; searches and "
                           "intakes are kept here")
            style = "background: #b00020; color: white; padding: 2px 8px; font-weight: bold;"
        elif state["role"] == "member":
            text, style = self.tr("Joined to the host"), "color: #1b5e20; padding: 0 8px;"
        elif state["role"] == "host":
            joined = sum(1 for m in state["members"] if not m["left_at"])
            text = self.tr("Host · laptops joined: %1").replace("%1", str(joined))
            style = "color: #1b5e20; padding: 0 8px;"
        else:
            text, style = "", ""
        self.hall_mark.setText(text)
        self.hall_mark.setStyleSheet(style)

    def _update_status(self) -> None:
        s = self.ctx.session
        who = f"{s.name} ({role_label(s.role)}) · " if s else ""
        self.who.setText(f"{who}{self.ctx.db.station} · {self.ctx.db_path.name} · v{__version__}")

    # -- menus --------------------------------------------------------------------------------
    def _may(self, action: str) -> bool:
        return allowed(self.ctx.role, action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        for action in self.actions():
            self.removeAction(action)
        file_menu = bar.addMenu(self.tr("&File"))
        if self._may("roster.import"):
            action = QAction(self.tr("&Import roster…"), self)
            action.setShortcut(QKeySequence("Ctrl+I"))
            action.triggered.connect(self.import_roster)
            file_menu.addAction(action)
        if self._may("settings.change"):
            action = QAction(self.tr("&Settings of this laptop…"), self)
            action.triggered.connect(self.open_settings)
            file_menu.addAction(action)
        if self.ctx.session is not None:
            lock = QAction(self.tr("&Lock the screen"), self)
            lock.setShortcut(QKeySequence("Ctrl+L"))
            lock.triggered.connect(lambda: self.lock(by_operator=True))
            file_menu.addAction(lock)
            out = QAction(self.tr("Sign &out"), self)
            out.triggered.connect(self.sign_out)
            file_menu.addAction(out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.request_quit)
        file_menu.addAction(quit_action)
        find = QAction(self.tr("&Find resident"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.focus_search)
        self.addAction(find)

        view = bar.addMenu(self.tr("&View"))
        display = QAction(self.tr("Now-serving &display"), self)
        display.setShortcut(QKeySequence("Ctrl+D"))
        display.triggered.connect(self.open_display)
        view.addAction(display)

        language_menu = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.ctx.settings.value("language", "vi")
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked, c=code: self.language_changed.emit(c))
            group.addAction(action)
            language_menu.addAction(action)

    def open_settings(self) -> None:
        if not self._may("settings.change"):
            return
        if SettingsDialog(self.ctx.prefs, self).exec():
            self.idle.set_timeout(self.ctx.prefs.idle_lock_seconds)
            self._record(self.ctx.session, "settings.change")

    def open_display(self):
        """The now-serving display on the chosen screen (full screen there)."""
        from station_app.ui.display_window import DisplayWindow

        if self.display is None:
            self.display = DisplayWindow(self.ctx.db_path, self.ctx.prefs)
            self.display.destroyed.connect(lambda *_: setattr(self, "display", None))
            self.display.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.display.show_on_screen(self.ctx.prefs.display_screen)
        return self.display

    def _in_progress(self) -> str | None:
        """The ticket this laptop's desk is calling or serving, if any."""
        desk = self.screens.get("Desk")
        ticket = getattr(desk, "ticket", None)
        return ticket["number"] if ticket else None

    def request_quit(self) -> None:
        """Quit (Ctrl+Q, the window's close button): asks first while the desk has a ticket."""
        number = self._in_progress()
        if number and QMessageBox.question(
                self, self.tr("Quit"),
                self.tr("Ticket %1 is still at this desk. Quit anyway? (The desk finds it "
                        "again when the program starts.)").replace("%1", number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self._quitting = True
        self.close()

    def closeEvent(self, event) -> None:
        # the window manager's close button asks as Ctrl+Q does; a close by the program (a
        # language switch, a test) does not
        if event.spontaneous() and not getattr(self, "_quitting", False) and self._in_progress():
            event.ignore()
            self.request_quit()
            return
        if self.isVisible():
            self.ctx.settings.setValue("window/maximized", self.isMaximized())
        if self.display is not None:
            self.display.close()
        self._clear_screens()
        self.ctx.worker.cancel(self.signin)
        self.idle.remove()
        self.ctx.worker.stop()
        super().closeEvent(event)

    def import_roster(self) -> None:
        if not self._may("roster.import"):
            QMessageBox.warning(self, self.tr("Not allowed"),
                                self.tr("Your role may not import the roster."))
            return
        self._importer.start()

    def _roster_changed(self) -> None:
        roster = self.screens.get("Roster")
        if isinstance(roster, RosterScreen):
            roster.show_roster()

    def focus_search(self) -> None:
        """Ctrl+F: the desk's own search at the desk, else the roster's."""
        current = self.tabs.currentWidget()
        if current is not None and current is self.screens.get("Desk"):
            current.focus_search()
            return
        roster = self.screens["Roster"] if "Roster" in self.screens else None
        if isinstance(roster, RosterScreen):
            self.tabs.setCurrentWidget(roster)
            roster.focus_search()
