"""Starting the GUI: translations, the station database (the demo station, or a new one on
first run), the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from station_app.resources import resource_path
from station_app.services.backups import damage_advice, take_backup
from station_app.services.operators import Operator, has_operators
from station_app.storage import Database, NotAStationDatabase, keys
from station_app.ui.backups import BackupKeeper
from station_app.ui.first_run import FirstRunDialog, create_station
from station_app.ui.main_window import AFTER_FIRST_WINDOW_MS, AppContext, MainWindow
from station_app.ui.messages import translated
from station_app.ui.passphrase import PassphraseDialog, check_passphrase
from station_app.ui.workers import Worker


def settings() -> QSettings:
    return QSettings("station-app", "station-app")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Vietnamese (the default) or English (the source language)."""
    for old in getattr(app, "_station_translators", []):
        app.removeTranslator(old)
    translators = []
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        for directory, name in (
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_vi"),
            (str(resource_path("translations")), "station_app_vi"),
        ):
            translator = QTranslator(app)
            if translator.load(name, directory):
                app.installTranslator(translator)
                translators.append(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app._station_translators = translators
    app.setApplicationDisplayName(QApplication.translate("app", "CCCD station"))
    return translators


def run_with_progress(worker: Worker, label: str, func) -> None:
    """Before the first window: run ``func()`` as a worker task while a busy dialog shows and
    the GUI keeps painting; wait for it here (start-up goes on only once it is done)."""
    dialog = QProgressDialog(label, None, 0, 0)
    dialog.setMinimumDuration(0)
    dialog.show()
    loop = QEventLoop()
    errors: list[Exception] = []
    job = worker.task(lambda _progress: func(), db=False, on_done=lambda _result: loop.quit(),
                      on_error=lambda exc: (errors.append(exc), loop.quit()))
    if job.pending:  # a synchronous worker has finished already
        loop.exec()
    dialog.close()
    if errors:
        raise errors[0]


def unlock_station(path: Path, worker: Worker) -> bool:
    """The passphrase page (ui/passphrase.py) unless this process's passphrase opens the
    station (STATION_APP_PASSPHRASE, the demo's); False when the user cancels."""
    doc = keys.read_key_file(path) if path.exists() else None
    new = doc is None
    text = keys.current_passphrase()
    if text:
        try:
            run_with_progress(worker, QApplication.translate("app", "Unlocking the station…"),
                              lambda: check_passphrase(path, text, new))
            return True
        except keys.DatabaseLocked:
            pass  # asked for below
    hq = bool(doc and doc.get("headquarters"))
    return PassphraseDialog(path, worker, new, hq=hq).exec() == QDialog.DialogCode.Accepted


def open_station(path: Path, demo: bool) -> Database | None:
    """The station database, after the first-run dialog when there is none yet (or nobody can
    sign in to it); None when the user cancels. (Start-up, before any window: the few reads
    here run on the GUI thread.)"""
    worker = Worker(path)
    try:
        if demo:
            from station_app.services.demo import ensure_demo_station

            if not keys.current_passphrase():
                keys.use_passphrase(keys.DEMO_PASSPHRASE)  # the demo's, in the README
            run_with_progress(worker, QApplication.translate("app", "Preparing the demo station…"),
                              lambda: ensure_demo_station(path))
        if not unlock_station(path, worker):
            return None
        if path.exists() and keys.read_key_file(path) is None:  # an earlier version's
            run_with_progress(
                worker, QApplication.translate("app", "Encrypting the station database…"),
                lambda: Database.open(path).close())
        if not path.exists():
            dialog = FirstRunDialog(path, new_station=True, worker=worker)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
            run_with_progress(worker, QApplication.translate("app", "Creating the station…"),
                              lambda: create_station(path, **values))
        db = Database.open(path)
        if not has_operators(db):
            dialog = FirstRunDialog(path, new_station=False)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                db.close()
                return None
            values = dialog.values()
            run_with_progress(worker, QApplication.translate("app", "Creating the station…"),
                              lambda: create_station(path, **values))
        return db
    finally:
        worker.stop()


def cannot_open(path: Path, exc: NotAStationDatabase) -> str:
    """Why the station database does not open, translated; for a file that is there (damaged,
    or not a station database) with the way out."""
    text = translated(exc.args[0])
    if path.exists():
        text += "\n\n" + translated(damage_advice(path))
    return text


def build_window(db: Database, language: str, store: QSettings,
                 operator: Operator | None = None, require_sign_in: bool = False,
                 worker: Worker | None = None, backups=None) -> MainWindow:
    """The main window. The application opens it with ``require_sign_in``; a window carried
    over from another (a language switch) keeps its signed-in ``operator``; tools and tests may
    open it for the lead role without a sign-in. ``worker``: a new ``Worker`` on the station
    (tests pass a ``SyncWorker``); the window stops it when it closes. ``backups``: the
    application's BackupKeeper, shown in the status line."""
    ctx = AppContext(db_path=db.path, db=db, worker=worker or Worker(db.path), settings=store,
                     backups=backups)
    window = MainWindow(ctx, require_sign_in=require_sign_in or operator is not None)
    if operator is not None:
        window.set_session(operator)
    return window


def open_window_offscreen(db: Database, operator: Operator, settings_file: Path) -> MainWindow:
    """The main window in Vietnamese for ``operator``, shown and painted (``--self-test``; the
    caller sets QT_QPA_PLATFORM=offscreen first)."""
    app = QApplication.instance() or QApplication(["station-app"])
    install_translators(app, "vi")
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = build_window(db, "vi", store, operator=operator)
    window.show()
    app.processEvents()
    return window


def _probe(window: MainWindow, app: QApplication) -> None:
    """STATION_APP_PROBE=1 (the GUI benchmark): print when the first window is painted, the
    peak resident memory then and the modules loaded (packages, and station_app's own), as one
    JSON line; with STATION_APP_PROBE_SIGNIN=name:pin, sign in
    and print the same once the role's screens are painted; then quit."""
    import json
    import time
    from pathlib import Path

    def report(stage: str) -> None:
        # VmHWM: this program's peak resident memory (getrusage's ru_maxrss would include the
        # peak of the process that started it: Linux carries it across fork and exec)
        status = Path("/proc/self/status").read_text()
        peak_kb = next(int(line.split()[1]) for line in status.splitlines()
                       if line.startswith("VmHWM:"))
        modules = sorted(m for m in sys.modules if "." not in m or m.startswith("station_app."))
        print(json.dumps({"stage": stage, "time": time.time(), "rss_mb": round(peak_kb / 1024, 1),
                          "modules": modules}), flush=True)

    credentials = os.environ.get("STATION_APP_PROBE_SIGNIN", "")

    class Painted(QObject):
        def __init__(self, stage, then):
            super().__init__(window)
            self.stage, self.then = stage, then

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                report(self.stage)
                QTimer.singleShot(0, self.then)
            return False

    def signed_in(_operator) -> None:
        screen = window.tabs.currentWidget()
        screen.installEventFilter(Painted("screens", app.quit))

    def after_first() -> None:
        if not credentials:
            app.quit()
            return
        name, _, pin = credentials.rpartition(":")
        window.session_changed.connect(signed_in)
        window.signin.name.setEditText(name)
        window.signin.pin.setText(pin)
        window.signin.submit()

    window.installEventFilter(Painted("window", after_first))


def run(args) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("station-app")
    store = settings()
    language = store.value("language", "vi")
    install_translators(app, language)
    if args.demo:
        from station_app.services.demo import demo_db_path

        path = demo_db_path()
    else:
        path = Path(args.db)
    try:
        db = open_station(path, args.demo)
    except (NotAStationDatabase, keys.DatabaseLocked) as exc:
        QMessageBox.critical(None, QApplication.translate("app", "CCCD station"),
                             cannot_open(path, exc))
        return 1
    if db is None:
        return 0
    keeper = BackupKeeper(path)
    state = {"window": build_window(db, language, store, require_sign_in=True, backups=keeper),
             "wiped": False}

    def switch_language(code: str) -> None:
        store.setValue("language", code)
        install_translators(app, code)
        old = state["window"]
        session = None if old.is_locked() else old.ctx.session
        old.ctx.worker.stop()
        window = build_window(db, code, store, operator=session, require_sign_in=True,
                              backups=keeper)
        connect(window)
        window.setGeometry(old.geometry())
        state["window"] = window
        window.showMaximized() if old.isMaximized() else window.show()
        old.close()
        old.deleteLater()

    def restart(why: str) -> None:
        QMessageBox.information(state["window"], QApplication.translate("app", "CCCD station"),
                                why + "\n" + QApplication.translate(
                                    "app", "The program closes now: start it again."))
        state["window"].close()

    def wiped(plan) -> None:
        from station_app.services.wipe import remove_files

        state["wiped"] = True
        keeper.stop()
        state["window"].ctx.worker.stop()
        db.close()
        run_with_progress(Worker(path), QApplication.translate("app", "Wiping this laptop…"),
                          lambda: remove_files(plan))
        QMessageBox.information(state["window"], QApplication.translate("app", "CCCD station"),
                                QApplication.translate(
                                    "app", "Station %1 is wiped from this laptop (%2 files "
                                    "removed). Carry the final bundle %3 to HQ.").replace(
                                    "%1", plan.station).replace("%2", str(len(plan.removed)))
                                .replace("%3", str(plan.bundle)))
        state["window"].close()

    def connect(window: MainWindow) -> None:
        window.language_changed.connect(switch_language)
        window.restart_needed.connect(restart)
        window.wipe_ready.connect(wiped)

    connect(state["window"])
    if os.environ.get("STATION_APP_PROBE"):
        _probe(state["window"], app)
    state["window"].show_as_left()
    QTimer.singleShot(0, keeper.start)  # after the first window: never delays it
    runners = []

    def start_hall() -> None:
        from station_app.services.hall_sync import HallRunner  # sync, TLS: not for the window

        # the host's server, or a joined laptop's sync rounds, while the app is open
        runners.append(HallRunner(path).start())

    QTimer.singleShot(AFTER_FIRST_WINDOW_MS, start_hall)
    code = app.exec()
    for runner in runners:
        runner.stop()
    if state["wiped"]:
        return code
    keeper.stop()
    state["window"].ctx.worker.stop()
    db.close()
    if keeper.damage == []:  # checked and whole: one more backup at exit
        try:
            run_with_progress(Worker(path), QApplication.translate("app", "Backing up…"),
                              lambda: backup_at_exit(path))
        except Exception as exc:  # noqa: BLE001 - the program is closing: say it, go on
            print(f"station-app: the backup at exit failed: {exc}", file=sys.stderr)
    return code


def backup_at_exit(path: Path) -> None:
    db = Database.open(path)
    try:
        take_backup(db)
    finally:
        db.close()
