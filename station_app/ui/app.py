"""Starting the GUI: translations, the station database (the demo station, or a new one on
first run), the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QSettings, QThread, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
)

from station_app.resources import resource_path
from station_app.services.demo import ensure_demo_station
from station_app.storage import Database, NotAStationDatabase
from station_app.ui.main_window import AppContext, MainWindow
from station_app.ui.workers import DbWorker

LANGUAGES = ("vi", "en")


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
    return translators


class _Runner(QThread):
    def __init__(self, func):
        super().__init__()
        self.func = func
        self.error: Exception | None = None

    def run(self):
        try:
            self.func()
        except Exception as exc:
            self.error = exc


def run_with_progress(label: str, func) -> None:
    """Run ``func`` in a thread while the GUI shows a busy dialog and keeps painting."""
    dialog = QProgressDialog(label, None, 0, 0)
    dialog.setMinimumDuration(0)
    dialog.show()
    runner = _Runner(func)
    loop = QEventLoop()
    runner.finished.connect(loop.quit)
    runner.start()
    loop.exec()
    dialog.close()
    if runner.error:
        raise runner.error


class NewStationDialog(QDialog):
    """First run without a database: create this laptop's station."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New station"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XA-HB-01")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Mobile station of Hòa Bình commune"))
        form = QFormLayout(self)
        form.addRow(self.tr("Database file"), QLineEdit(str(path), readOnly=True))
        form.addRow(self.tr("Station code"), self.code)
        form.addRow(self.tr("Station name"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        code = self.code.text().strip()
        if not code or not all(c.isalnum() or c in "-_" for c in code) or not self.name.text().strip():
            QMessageBox.warning(self, self.tr("New station"),
                                self.tr("Enter a station code (letters, digits, '-') and a name."))
            return
        self.accept()


def open_station(path: Path, demo: bool) -> Database | None:
    if demo:
        run_with_progress(QApplication.translate("app", "Preparing the demo station…"),
                          lambda: ensure_demo_station(path))
    if not path.exists():
        dialog = NewStationDialog(path)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Database.create(path, dialog.code.text().strip(), dialog.name.text().strip())
    return Database.open(path)


def build_window(db: Database, language: str, store: QSettings) -> MainWindow:
    ctx = AppContext(db_path=db.path, db=db, worker=DbWorker(db.path), settings=store)
    return MainWindow(ctx)


def run(args) -> int:
    from station_app.services.demo import demo_db_path

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("station-app")
    app.setApplicationDisplayName("Trạm CCCD")
    store = settings()
    language = store.value("language", "vi")
    install_translators(app, language)
    path = demo_db_path() if args.demo else Path(args.db)
    try:
        db = open_station(path, args.demo)
    except NotAStationDatabase as exc:
        QMessageBox.critical(None, "station-app", str(exc))
        return 1
    if db is None:
        return 0
    state = {"window": build_window(db, language, store)}

    def switch_language(code: str) -> None:
        store.setValue("language", code)
        install_translators(app, code)
        old = state["window"]
        old.ctx.worker.stop()
        window = build_window(db, code, store)
        window.language_changed.connect(switch_language)
        window.setGeometry(old.geometry())
        state["window"] = window
        window.show()
        old.close()
        old.deleteLater()

    state["window"].language_changed.connect(switch_language)
    state["window"].show()
    code = app.exec()
    state["window"].ctx.worker.stop()
    db.close()
    return code
