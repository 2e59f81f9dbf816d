"""The main window: the sign-in page, then the screens the signed-in role may use, grouped by
task (docs/navigation.md). Screens are listed in SCREENS (their group, who may open them, and a
factory building them from the AppContext). After idle time the window locks: the screens stay
as they are, hidden behind the sign-in page, until the same operator types their PIN (or another operator signs in, and the
screens are rebuilt for their role)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from station_app import __version__
from station_app.core.permissions import PERMISSIONS, allowed
from station_app.services.operators import Operator, record
from station_app.storage import Database
from station_app.ui.import_dialog import RosterImporter
from station_app.ui.keys import menu_letters, prepare_keys
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
    # what screens keep between refreshes, by name (the home page's and the dashboard's one
    # ProgressCache: the campaign's figures are read whole once, not once per screen)
    caches: dict = field(default_factory=dict)

    @property
    def prefs(self) -> Settings:
        return Settings(self.settings)

    def sign_in(self, operator: Operator | None) -> None:
        self.session = operator
        self.role = operator.role if operator else ""


def _roster(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.roster_screen import RosterScreen

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


def _kits(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.kits_screen import KitsScreen

    return KitsScreen(ctx)

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


def _home(ctx: AppContext, window: MainWindow) -> QWidget:
    from station_app.ui.home_screen import HomeScreen

    return HomeScreen(ctx, window)


@dataclass(frozen=True)
class Screen:
    group: str  # the task it belongs to (GROUPS)
    title: str
    roles: frozenset[str]  # who may open it
    factory: Callable[[AppContext, MainWindow], QWidget]


def _roles(action: str, *but: str) -> frozenset[str]:
    return frozenset(PERMISSIONS[action]) - set(but)


# The screens grouped by task (docs/navigation.md): Alt+<n> opens the n-th group of the role,
# Ctrl+Tab / Ctrl+Shift+Tab the next / previous screen of the group. A group keeps to three
# screens so that each is two keys away (the first, then Ctrl+Tab or Ctrl+Shift+Tab).
# Adding a screen is one line here, in its group.
GROUPS = (QT_TRANSLATE_NOOP("MainWindow", "Today"), QT_TRANSLATE_NOOP("MainWindow", "Floor"),
          QT_TRANSLATE_NOOP("MainWindow", "Plan"), QT_TRANSLATE_NOOP("MainWindow", "Booking"),
          QT_TRANSLATE_NOOP("MainWindow", "Letters"), QT_TRANSLATE_NOOP("MainWindow", "Sync"),
          QT_TRANSLATE_NOOP("MainWindow", "Station"))
SCREENS: list[Screen] = [
    Screen("Today", QT_TRANSLATE_NOOP("MainWindow", "Home"), _roles("report.view"), _home),
    Screen("Today", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), _roles("report.view"),
           _dashboard),
    # the station floor (HQ has none)
    Screen("Floor", QT_TRANSLATE_NOOP("MainWindow", "Tickets"), _roles("ticket.issue", "hq"),
           _tickets),
    Screen("Floor", QT_TRANSLATE_NOOP("MainWindow", "Desk"), _roles("desk.call", "hq"), _desk),
    Screen("Floor", QT_TRANSLATE_NOOP("MainWindow", "Roster"), _roles("resident.view", "hq"),
           _roster),
    # the lead's planning, in the order of SCENARIO.md
    Screen("Plan", QT_TRANSLATE_NOOP("MainWindow", "Campaign"), _roles("sessions.plan"),
           _campaign),
    Screen("Plan", QT_TRANSLATE_NOOP("MainWindow", "Sessions"), _roles("sessions.plan"),
           _sessions),
    # what the planned sessions meet, and the sessions to add (docs/planning.md)
    Screen("Plan", QT_TRANSLATE_NOOP("MainWindow", "Plan"), _roles("report.view"), _plan),
    Screen("Booking", QT_TRANSLATE_NOOP("MainWindow", "Booking"), _roles("sessions.plan"),
           _booking),
    Screen("Booking", QT_TRANSLATE_NOOP("MainWindow", "Move a session"),
           _roles("sessions.plan"), _move),
    Screen("Booking", QT_TRANSLATE_NOOP("MainWindow", "Announcements"),
           _roles("sessions.announce"), _announce),
    Screen("Letters", QT_TRANSLATE_NOOP("MainWindow", "Letters"), _roles("letters.print"),
           _letters),
    Screen("Letters", QT_TRANSLATE_NOOP("MainWindow", "Delivery"), _roles("letters.deliver"),
           _delivery),
    # a station's lead syncs with HQ here; HQ has its own screen for all the stations
    Screen("Sync", QT_TRANSLATE_NOOP("MainWindow", "Sync"), _roles("sync.bundle", "hq"), _sync),
    Screen("Sync", QT_TRANSLATE_NOOP("MainWindow", "HQ"), _roles("hq.stations"), _hq),
    Screen("Sync", QT_TRANSLATE_NOOP("MainWindow", "Conflicts"), _roles("conflicts.resolve"),
           _conflicts),
    # HQ's roster is the register merged from every station, beside the stations themselves
    Screen("Sync", QT_TRANSLATE_NOOP("MainWindow", "Roster"), frozenset({"hq"}), _roster),
    # the laptop
    Screen("Station", QT_TRANSLATE_NOOP("MainWindow", "Backups"), _roles("backup.restore"),
           _backups),
    # a station's laptops share its floor over the hall network; HQ has no hall
    Screen("Station", QT_TRANSLATE_NOOP("MainWindow", "Hall network"),
           _roles("hall.manage", "hq"), _hall),
    # HQ sets up the stations: a new station's laptop starts from its kit
    Screen("Station", QT_TRANSLATE_NOOP("MainWindow", "Station kits"), _roles("hq.stations"),
           _kits),
    Screen("Station", QT_TRANSLATE_NOOP("MainWindow", "Operators"),
           _roles("operators.manage"), _operators),
]
HALL_MARK_MS = 3000  # how often the status bar's hall mark is brought up to date
# the first hall mark and the hall's runner wait this long after the window shows: their
# modules (sync, TLS) would otherwise delay the first window (issue 25)
AFTER_FIRST_WINDOW_MS = 500
# the screen each role starts on
HOME = {"volunteer": "Tickets", "staff": "Desk", "lead": "Home", "hq": "Home"}


class Screens(dict):
    """The signed-in role's screens by title. A screen is built the first time it is shown or
    it is asked for by name (``screens[title]``); ``title in screens`` says whether the role
    has it; ``get`` gives only those built so far. Building all of a lead's screens at sign-in
    cost about 100 MB (the GUI's bar is 250 MB, SPEC §7) and the time of screens the lead may
    never open that day."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self._window = window

    def __missing__(self, title: str) -> QWidget:
        return self._window._build_screen(title)

    def __contains__(self, title) -> bool:
        return title in self._window._factories


class Pages(QStackedWidget):
    """Every screen of the role, one shown at a time (placeholders until built); a screen is
    brought to the front with ``setCurrentWidget`` whatever group it is in."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self._window = window

    def tabText(self, index: int) -> str:
        return self._window.tr(list(self._window._factories)[index])


class Navigation(QWidget):
    """Two rows: the role's groups (Alt+<n> shown on each), then the screens of the current
    group (Ctrl+Tab moves among them). Neither row takes the focus: the keys do."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.groups = QTabBar()
        self.screens = QTabBar()
        for bar in (self.groups, self.screens):
            bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar.setDrawBase(False)
            bar.setExpanding(False)
            bar.setUsesScrollButtons(False)
        bold = self.groups.font()
        bold.setBold(True)
        self.groups.setFont(bold)
        self.hint = QLabel(self.tr("Alt+number: a group · Ctrl+Tab: the next screen"))
        self.hint.setStyleSheet("color: #555;")
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 8, 0)
        second.addWidget(self.screens)
        second.addStretch(1)
        second.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.groups)
        layout.addLayout(second)


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
        self.tabs = Pages(self)  # the screens (named as the tabs they once were)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.nav = Navigation(self)
        self.nav.groups.tabBarClicked.connect(lambda i: self.open_group(i + 1))
        self.nav.screens.tabBarClicked.connect(self._screen_clicked)
        self.work = QWidget()  # the navigation above the screens
        column = QVBoxLayout(self.work)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.nav)
        column.addWidget(self.tabs, 1)
        self._factories: dict[str, Callable[[AppContext, MainWindow], QWidget]] = {}
        self._groups: list[tuple[str, list[str]]] = []  # the role's groups and their screens
        self.screens = Screens(self)
        self.signin = SignInPage(ctx.worker, ctx.db.station_name)
        self.signin.signed_in.connect(self.set_session)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.signin)
        self.stack.addWidget(self.work)
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda n=n: self.open_group(n))
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1),
                           ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self.next_screen(step))
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
        QTimer.singleShot(AFTER_FIRST_WINDOW_MS, self, self._ask_hall)
        self.idle = IdleWatcher(ctx.prefs.idle_lock_seconds, self)
        self.idle.idle.connect(self.lock)
        self._build_menus()
        if require_sign_in:
            ctx.sign_in(None)
            self._show_signin(None)
        else:  # tools and tests that open a window for a role without a person signing in
            self._build_screens()
            self.stack.setCurrentWidget(self.work)
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
        """The role's groups and screens; only the home screen is built now (see Screens)."""
        mine = [screen for screen in SCREENS if self.ctx.role in screen.roles]
        assert len({s.title for s in mine}) == len(mine), "a screen listed twice for a role"
        self._factories = {screen.title: screen.factory for screen in mine}
        self._groups = [(group, [s.title for s in mine if s.group == group])
                        for group in GROUPS if any(s.group == group for s in mine)]
        self.tabs.blockSignals(True)
        for _title in self._factories:
            self.tabs.addWidget(QWidget())
        self.tabs.blockSignals(False)
        self.nav.groups.blockSignals(True)
        for n, (group, _titles) in enumerate(self._groups, 1):
            self.nav.groups.addTab(f"{self.tr(group)}  Alt+{n}")
        self.nav.groups.blockSignals(False)
        self.nav.setVisible(len(self._factories) > 1)
        self.nav.groups.setVisible(len(self._groups) > 1)
        titles = list(self._factories)
        home = titles.index(HOME[self.ctx.role]) if HOME.get(self.ctx.role) in titles else 0
        if not titles:
            return
        if self.tabs.currentIndex() == home:
            self._tab_changed(home)
        else:
            self.tabs.setCurrentIndex(home)

    def _build_screen(self, title: str) -> QWidget:
        """Build the screen ``title`` of the role in place of its placeholder."""
        if title not in self._factories:
            raise KeyError(title)
        index = list(self._factories).index(title)
        screen = self._factories[title](self.ctx, self)
        prepare_keys(screen, menu_letters(self.menuBar()))
        dict.__setitem__(self.screens, title, screen)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.insertWidget(index, screen)
        self.tabs.removeWidget(placeholder)
        screen.setGeometry(placeholder.geometry())  # laid out at once, as the shown page
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.hide()
        placeholder.deleteLater()
        return screen

    def current_title(self) -> str:
        index = self.tabs.currentIndex()
        return list(self._factories)[index] if 0 <= index < len(self._factories) else ""

    def _group_of(self, title: str) -> int:
        return next(i for i, (_g, titles) in enumerate(self._groups) if title in titles)

    def open_screen(self, title: str, select=None) -> QWidget:
        """Bring the role's screen ``title`` to the front (built if it was not yet), with
        ``select`` (a session, a village, a station: what the screen's ``select`` takes)
        selected."""
        screen = self.screens[title]
        self.tabs.setCurrentWidget(screen)
        if select is not None and hasattr(screen, "select"):
            screen.select(select)
        return screen

    def open_group(self, n: int) -> None:
        """Alt+<n>: the first screen of the role's n-th group; again, its next screen."""
        if self.is_locked() or not 1 <= n <= len(self._groups):
            return
        titles = self._groups[n - 1][1]
        current = self.current_title()
        if current in titles:
            self.next_screen(1)
        else:
            self.open_screen(titles[0])

    def next_screen(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next / previous screen of the current group."""
        current = self.current_title()
        if self.is_locked() or not current:
            return
        titles = self._groups[self._group_of(current)][1]
        self.open_screen(titles[(titles.index(current) + step) % len(titles)])

    def _screen_clicked(self, index: int) -> None:
        current = self.current_title()
        if current and index >= 0:
            self.open_screen(self._groups[self._group_of(current)][1][index])

    def _show_in_navigation(self, title: str) -> None:
        """Both rows show where ``title`` is: its group, and its group's screens."""
        group = self._group_of(title)
        titles = self._groups[group][1]
        bars = (self.nav.groups, self.nav.screens)
        for bar in bars:
            bar.blockSignals(True)
        self.nav.groups.setCurrentIndex(group)
        screens = self.nav.screens
        while screens.count():
            screens.removeTab(0)
        for name in titles:
            screens.addTab(self.tr(name))
        screens.setCurrentIndex(titles.index(title))
        for bar in bars:
            bar.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        """A screen brought to the front is built if it was not yet, shown in the navigation,
        and puts the focus where its keys work (the desk's list, the ticket table's scan
        field), never on the first box that takes the focus."""
        if not 0 <= index < len(self._factories):
            return
        title = list(self._factories)[index]
        current = self.screens[title]
        self._show_in_navigation(title)
        # a screen built just now is laid out before anything is done on it (a preview sized)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if hasattr(current, "activate") and not self.is_locked():
            current.activate()

    def _clear_screens(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            screen = self.tabs.widget(0)
            self.tabs.removeWidget(screen)
            if hasattr(screen, "shutdown"):
                screen.shutdown()
            screen.deleteLater()
        self.tabs.blockSignals(False)
        for bar in (self.nav.groups, self.nav.screens):
            bar.blockSignals(True)
            while bar.count():
                bar.removeTab(0)
            bar.blockSignals(False)
        self.screens.clear()
        self._factories = {}
        self._groups = []

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
        self.stack.setCurrentWidget(self.work)
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
        self.ctx.worker.query(lambda db: record(db, action, operator=operator))

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
        from station_app.ui.roster_screen import RosterScreen

        roster = self.screens.get("Roster")
        if isinstance(roster, RosterScreen):
            roster.show_roster()

    def focus_search(self) -> None:
        """Ctrl+F: the desk's own search at the desk, else the roster's."""
        from station_app.ui.roster_screen import RosterScreen

        current = self.tabs.currentWidget()
        if current is not None and current is self.screens.get("Desk"):
            current.focus_search()
            return
        roster = self.screens["Roster"] if "Roster" in self.screens else None
        if isinstance(roster, RosterScreen):
            self.tabs.setCurrentWidget(roster)
            roster.focus_search()
