"""Sync (a station lead's screen): write the bundle for HQ onto a drive chosen from the mounted
volumes (or a folder), import one bundle or every bundle of a folder (progress, Cancel), the log
of bundles sent, received and refused with the reason in the interface language, what has not
reached HQ yet and since when, this laptop's identity file and HQ's enrolment (its fingerprint
shown to compare; replacing a key asks again). The pieces shared with the HQ screen
(ConfirmBar, ImportBox, EnrolFlow) live here too. All the work is in services/syncing.py."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_moment
from station_app.services.syncing import (
    bundle_history,
    bundles_in,
    default_bundle_folder,
    enrol_identity,
    export_to_folder,
    import_files,
    not_at_hq,
    preview_enrolment,
    removable_drives,
    write_identity_to,
)
from station_app.sync import ensure_keys, fingerprint
from station_app.ui import files
from station_app.ui.floor_models import RecordTableModel, record_table, say
from station_app.ui.keys import menu_letters, mnemonic, with_alt_key
from station_app.ui.messages import explain, translated
from station_app.ui.numbers import number


def count(n: int) -> str:
    """A number in the interface's language: 1.394 in Vietnamese, 1,394 in English."""
    return number(n)


def status_label(status: str) -> str:
    return {"exported": QCoreApplication.translate("sync", "sent"),
            "applied": QCoreApplication.translate("sync", "received"),
            "already applied": QCoreApplication.translate("sync", "already received"),
            "refused": QCoreApplication.translate("sync", "refused"),
            "cancelled": QCoreApplication.translate("sync", "cancelled")}.get(status, status)


def writable_volumes() -> list[tuple[str, str]]:
    """(label, folder) to write a bundle to: the removable drives mounted now, then the bundle
    folder in the user's documents. Never the system's own volume or a system folder: a bundle
    written into / or /home is lost to whoever carries the drive."""
    found = []
    if os.name == "nt":  # the drives other than the system's (Linux: services/syncing.py)
        system = QStorageInfo.root().rootPath()
        for volume in QStorageInfo.mountedVolumes():
            if (volume.isValid() and volume.isReady() and not volume.isReadOnly()
                    and volume.rootPath() != system):
                found.append((volume.displayName() or volume.rootPath(), volume.rootPath()))
    else:
        for drive in removable_drives():
            found.append((f"{drive.name} ({drive})", str(drive)))
    documents = str(default_bundle_folder())
    found.append((QCoreApplication.translate("sync", "Documents folder (%1)").replace(
        "%1", documents), documents))
    return found


class VolumeBox(QComboBox):
    """The drives and folders to write to, a drive first when one is plugged in; the list of
    drives is read again each time it opens or the screen is shown, so a USB stick plugged in
    meanwhile is there (and chosen, unless the lead chose a place)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chosen: str | None = None  # the place the lead picked, kept over refills
        self.activated.connect(lambda _i: setattr(self, "chosen", self.currentData()))
        self.currentTextChanged.connect(self.setToolTip)

    elides = True  # a long path shortened in its middle, whole in its tooltip and the list

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def paintEvent(self, _event) -> None:
        """The chosen place with '…' in the middle of a path too long for the box (its drive
        and the folder's own name stay readable), not cut at its end."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        option.currentText = self.fontMetrics().elidedText(option.currentText,
                                                           Qt.TextElideMode.ElideMiddle, room)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def fill(self, keep: str | None = None) -> None:
        if keep:
            self.chosen = keep
        self.blockSignals(True)
        self.clear()
        for label, folder in writable_volumes():
            self.addItem(label, folder)
        if self.chosen:
            if self.findData(self.chosen) < 0:
                self.addItem(self.chosen, self.chosen)
            self.setCurrentIndex(self.findData(self.chosen))
        self.blockSignals(False)
        self.setToolTip(self.currentText())


class ConfirmBar(QFrame):
    """A question asked in the screen itself (not a modal dialog): a text, a button that does
    it and one that does not."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ConfirmBar { background: #fff8e1; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.yes = QPushButton()
        self.no = QPushButton(self.tr("Cancel"))
        self.yes.clicked.connect(self._yes)
        self.no.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.yes)
        buttons.addWidget(self.no)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self._then: Callable[[], None] | None = None
        self.hide()

    def ask(self, text: str, button: str, then: Callable[[], None]) -> None:
        self.text.setText(text)
        # its Alt key: a letter no menu and no button on screen uses (keys.py gives the others
        # theirs when the screen is built; this one's words come only now)
        window = self.window()
        taken = menu_letters(window.menuBar()) if isinstance(window, QMainWindow) else set()
        taken |= {mnemonic(b.text()) for b in window.findChildren(QAbstractButton)
                  if b is not self.yes and (b.isVisible() or b is self.no)} - {None}
        self.yes.setText(with_alt_key(button.replace("&", "&&"), taken))
        self._then = then
        self.show()
        window.activateWindow()  # back from the file dialog: the keys come to this window
        self.yes.setFocus()

    def _yes(self) -> None:
        self.hide()
        if self._then:
            self._then()


class ImportBox(QGroupBox):
    """Import one bundle or every bundle of a folder, off the GUI thread, with progress and
    Cancel; the result of each file (refusals with their reason) in a table."""

    def __init__(self, ctx, title: str, done: Callable[[list], None], hq: bool = False,
                 start_in: Callable[[], str | None] = lambda: None, parent=None):
        super().__init__(title, parent)
        self.ctx, self._done, self.job, self.start_in = ctx, done, None, start_in
        self.last_folder: str | None = None  # the stick's folder once chosen: dialogs open there
        self.action = "hq.stations" if hq else "sync.bundle"
        self.one = QPushButton(self.tr("Import a bundle…"))
        self.folder = QPushButton(self.tr("Import every bundle of a folder…"))
        self.one.clicked.connect(self.choose_file)
        self.folder.clicked.connect(self.choose_folder)
        self.bar = QProgressBar()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self._cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.results = RecordTableModel([
            ("file", self.tr("File"), lambda r: Path(r.file).name),
            ("sender", self.tr("From"), lambda r: r.sender or ""),
            ("status", self.tr("Result"), lambda r: status_label(r.status)),
            ("changes", self.tr("Changes"), lambda r: count(r.changes) if r.changes else ""),
            ("reason", self.tr("Reason"), lambda r: translated(r.reason) if r.reason else ""),
        ], colour=lambda r: "#ffebee" if r.status in ("refused", "cancelled") else None,
            parent=self)
        self.table = record_table(self.results)
        buttons = QHBoxLayout()
        buttons.addWidget(self.one)
        buttons.addWidget(self.folder)
        buttons.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.bar, 1)
        running.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(running)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._running(False)

    def _running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel.setVisible(running)
        self.one.setEnabled(not running)
        self.folder.setEnabled(not running)

    def choose_file(self) -> None:
        chosen = files.open_file(self, self.tr("Choose a bundle"),
                                 self.start_in() or self.last_folder or str(Path.home()),
                                 self.tr("Sync bundles (*.bundle);;All files (*)"))
        if chosen:
            self.last_folder = str(Path(chosen).parent)
            self.start([Path(chosen)])

    def choose_folder(self) -> None:
        chosen = files.choose_folder(self, self.tr("Choose the folder of the bundles"),
                                     self.start_in() or self.last_folder or str(Path.home()))
        if not chosen:
            return
        self.last_folder = chosen
        try:
            paths = bundles_in(chosen, written_by=self.ctx.db.station)
        except ValueError as exc:
            say(self.message, explain(exc), "error")
            return
        if not paths:
            say(self.message, self.tr("There is no bundle (*.bundle) in %1.").replace(
                "%1", chosen), "warn")
            return
        self.start(paths)

    def start(self, paths: list[Path]) -> None:
        operator, action = self.ctx.session, self.action
        self._running(True)
        self.bar.setRange(0, 100 * len(paths))
        self.bar.setValue(0)
        say(self.message, self.tr("Importing %n bundle(s)…", "", len(paths)), "info")
        self.job = self.ctx.worker.task(
            lambda db, progress: import_files(db, paths, progress, action, operator=operator),
            on_done=self._finished, on_error=self._failed, on_progress=self._progress,
            owner=self)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _finished(self, results: list) -> None:
        self._running(False)
        self.job = None
        self.results.set_records(results)
        count = {s: sum(r.status == s for r in results)
                 for s in ("applied", "already applied", "refused", "cancelled")}
        text = self.tr("Received %1, already received %2, refused %3, not imported %4.")
        for i, n in enumerate(count.values(), 1):
            text = text.replace(f"%{i}", str(n))
        conflicts = sum(r.conflicts for r in results)
        if conflicts:
            text += " " + self.tr("%n resident(s) collected at two stations: see Conflicts.",
                                  "", conflicts)
        aside = sum(r.set_aside for r in results)
        if aside:  # only HQ keeps records aside
            text += " " + self.tr("%n record(s) set aside, which a station may not make: "
                                  "see “Set aside from the stations' bundles” on this screen.",
                                  "", aside)
        say(self.message, text, "error" if count["refused"] or count["cancelled"]
            else "warn" if aside else "ok")
        self._done(results)

    def _failed(self, exc: Exception) -> None:
        self._running(False)
        self.job = None
        say(self.message, explain(exc), "error")


class EnrolFlow:
    """Enrol another laptop from its identity file: read it, show whom it names and its
    fingerprint to compare, enrol on confirmation; a key that replaces an enrolled one asks
    again, showing both fingerprints."""

    def __init__(self, owner: QWidget, ctx, confirm: ConfirmBar, message: QLabel,
                 done: Callable[[], None], hq: bool = False):
        self.owner, self.ctx, self.confirm, self.message = owner, ctx, confirm, message
        self.done, self.hq = done, hq

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("EnrolFlow", text)

    def choose(self) -> None:
        chosen = files.open_file(
            self.owner, self.tr("Choose the identity file"), str(Path.home()),
            self.tr("Identity files (*.id);;All files (*)"))
        if chosen:
            self.read(Path(chosen))

    def read(self, path: Path) -> None:
        operator = self.ctx.session
        self.ctx.worker.query(lambda db: preview_enrolment(db, path, operator=operator),
                              on_done=self._previewed, on_error=self._failed, owner=self.owner)

    def _previewed(self, preview) -> None:
        who = preview.identity
        kind = self.tr("HQ") if who.hq else self.tr("station")
        if preview.already:
            say(self.message, self.tr("%1 %2 is already enrolled with this key.")
                .replace("%1", kind).replace("%2", who.station), "info")
            return
        text = (self.tr("Enrol %1 %2 (%3)? Compare this fingerprint with the one shown on "
                        "that laptop:").replace("%1", kind).replace("%2", who.station)
                .replace("%3", who.name) + f"\n\n    {preview.fingerprint}")
        if preview.replaces:
            text += "\n\n" + self.tr("It replaces the key enrolled for %1, fingerprint %2, "
                                     "which will be revoked: its bundles are refused from "
                                     "then on.").replace("%1", who.station).replace(
                "%2", ", ".join(preview.replaces))
            self.confirm.ask(text, self.tr("Replace the key"),
                             lambda: self._enrol(preview, True))
        else:
            self.confirm.ask(text, self.tr("The fingerprints match: enrol"),
                             lambda: self._enrol(preview, False))

    def _enrol(self, preview, replace: bool) -> None:
        operator, hq = self.ctx.session, self.hq

        def enrolled(_new) -> None:
            say(self.message, self.tr("Enrolled %1, fingerprint %2.").replace(
                "%1", preview.identity.station).replace("%2", preview.fingerprint), "ok")
            self.done()

        self.ctx.worker.query(
            lambda db: enrol_identity(db, preview, replace=replace, hq_only=hq, operator=operator),
            on_done=enrolled, on_error=self._failed, owner=self.owner)

    def _failed(self, exc: Exception) -> None:
        say(self.message, explain(exc), "error")


class SyncScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pending = QLabel()
        self.pending.setWordWrap(True)

        send = QGroupBox(self.tr("Send to HQ"))
        self.where = VolumeBox()
        self.where.setMinimumContentsLength(24)
        self.other = QPushButton(self.tr("Choose a folder…"))
        self.other.clicked.connect(self.choose_folder)
        self.export = QPushButton(self.tr("Write the bundle for HQ"))
        self.export.clicked.connect(self.write_bundle)
        self.identity = QPushButton(self.tr("Write this laptop's identity file"))
        self.identity.clicked.connect(self.write_identity)
        self.enrol = QPushButton(self.tr("Enrol HQ's identity file…"))
        self.own = QLabel()
        self.own.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.confirm = ConfirmBar()
        self.enrol_flow = EnrolFlow(self, ctx, self.confirm, self.message, self.refresh)
        self.enrol.clicked.connect(self.enrol_flow.choose)
        where = QHBoxLayout()
        where.addWidget(self.where, 1)
        where.addWidget(self.other)
        box = QVBoxLayout(send)
        box.addWidget(QLabel(self.tr("Drive or folder:")))
        box.addLayout(where)
        box.addWidget(self.export)
        box.addSpacing(12)
        box.addWidget(QLabel(self.tr("Once, with HQ:")))
        box.addWidget(self.identity)
        box.addWidget(self.enrol)
        box.addWidget(self.own)
        box.addWidget(self.confirm)
        box.addWidget(self.message)
        box.addStretch(1)

        self.importer = ImportBox(ctx, self.tr("Receive from HQ"), lambda _r: self.refresh(),
                                  start_in=self.where.currentData)
        self.history = RecordTableModel([
            ("at", self.tr("When"), lambda r: show_moment(r["at"])),
            ("direction", self.tr("Direction"),
             lambda r: self.tr("out") if r["direction"] == "out" else self.tr("in")),
            ("station", self.tr("Station"), None),
            ("status", self.tr("Result"), lambda r: status_label(r["status"])),
            ("changes", self.tr("Changes"), lambda r: count(r["changes"]) if r["changes"] else ""),
            ("file", self.tr("File"), lambda r: Path(r["file"] or "").name),
            ("reason", self.tr("Reason"), lambda r: translated(r["reason"]) if r["reason"] else ""),
        ], colour=lambda r: "#ffebee" if r["status"] in ("refused", "cancelled") else None,
            parent=self)
        self.history_view = record_table(self.history)
        log = QGroupBox(self.tr("Bundles sent, received and refused"))
        QVBoxLayout(log).addWidget(self.history_view)

        left = QVBoxLayout()
        left.addWidget(send)
        right = QVBoxLayout()
        right.addWidget(self.importer, 2)
        right.addWidget(log, 3)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pending)
        layout.addLayout(columns, 1)
        self.fill_volumes()
        self.refresh()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)
        self.ctx.worker.cancel(self.importer)

    def activate(self) -> None:
        self.fill_volumes()
        self.refresh()

    def fill_volumes(self, keep: str | None = None) -> None:
        self.where.fill(keep)

    def choose_folder(self) -> None:
        chosen = files.choose_folder(self, self.tr("Choose a drive or folder"),
                                     self.where.currentData() or str(Path.home()))
        if chosen:
            self.fill_volumes(keep=chosen)

    def refresh(self) -> None:
        operator = self.ctx.session

        def read(db):
            me = ensure_keys(db, operator=operator.name if operator else None)
            return (not_at_hq(db, operator=operator), bundle_history(db, operator=operator),
                    fingerprint(me.key_id))

        self.ctx.worker.query(read, on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, result) -> None:
        state, history, own = result
        self.history.set_records(history)
        self.own.setText(self.tr("This laptop's fingerprint: %1").replace("%1", own))
        if state["count"] is None:
            say(self.pending, self.tr("No HQ is enrolled yet: write this laptop's identity "
                                      "file for HQ and enrol HQ's identity file."), "warn")
        elif state["count"] == 0:
            say(self.pending, self.tr("HQ holds everything of this station (last "
                                      "acknowledged %1).").replace(
                "%1", show_moment(state["acked_at"]) or "–"), "ok")
        elif state["after_last_bundle"]:  # HQ's answer came back; these are newer
            say(self.pending, self.tr("HQ holds everything up to the last bundle for it (%1). "
                                      "Since then: %2 change(s), the oldest since %3, for the "
                                      "next bundle.")
                .replace("%1", show_moment(state["last_out"]["at"]))
                .replace("%2", count(state["count"]))
                .replace("%3", show_moment(state["since"]) or "–"), "info")
        else:
            say(self.pending, self.tr("Not yet at HQ: %1 change(s), the oldest since %2. Last "
                                      "bundle for HQ: %3.")
                .replace("%1", count(state["count"])).replace("%2", show_moment(state["since"]) or "–")
                .replace("%3", show_moment((state["last_out"] or {}).get("at")) or self.tr("none")),
                "warn")

    def _failed(self, exc: Exception) -> None:
        say(self.message, explain(exc), "error")

    def _folder(self) -> str | None:
        folder = self.where.currentData()
        if not folder:
            say(self.message, self.tr("Choose a drive or folder first."), "warn")
        return folder

    def write_bundle(self) -> None:
        folder = self._folder()
        if not folder:
            return
        operator = self.ctx.session
        self.export.setEnabled(False)
        say(self.message, self.tr("Writing the bundle…"), "info")

        def work(db, progress):
            progress(0, 1)
            result = export_to_folder(db, folder, operator=operator)
            progress(1, 1)
            return result

        def written(result) -> None:
            self.export.setEnabled(True)
            say(self.message, self.tr("Wrote %1 for %2: %3 change(s).").replace(
                "%1", str(result.path)).replace("%2", result.recipient).replace(
                "%3", count(result.changes)), "ok")
            self.refresh()

        def failed(exc: Exception) -> None:
            self.export.setEnabled(True)
            self._failed(exc)

        self.ctx.worker.task(work, on_done=written, on_error=failed, owner=self)

    def write_identity(self) -> None:
        folder = self._folder()
        if not folder:
            return
        operator = self.ctx.session
        self.ctx.worker.query(
            lambda db: write_identity_to(db, folder, operator=operator),
            on_done=lambda r: say(self.message, self.tr(
                "Wrote %1. Carry it to HQ; HQ compares the fingerprint %2.").replace(
                "%1", str(r[0])).replace("%2", r[1]), "ok"),
            on_error=self._failed, owner=self)
