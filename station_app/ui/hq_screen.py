"""HQ (the hq role's screen): the stations enrolled, each with its code, name, key fingerprint,
last bundle received and the changes it has not acknowledged; enrol a station from its identity
file, revoke one; import every bundle of a folder (a USB stick that went round the stations) in
one go with a result per file, and the records kept aside from them (what a station may not
make, with the reason); write the bundle back to each station. Services: services/syncing.py
(which refuses every role but hq)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_moment
from station_app.services.syncing import (
    export_to_stations,
    hq_stations,
    revoke_station,
    write_identity_to,
)
from station_app.sync import set_aside_records
from station_app.ui import files
from station_app.ui.floor_models import RecordTableModel, Wanted, record_table, say
from station_app.ui.messages import explain, translated
from station_app.ui.sync_screen import (
    ConfirmBar,
    EnrolFlow,
    ImportBox,
    count,
)

_KINDS = {"campaigns": QT_TRANSLATE_NOOP("HqScreen", "campaign"),
          "campaign_deadlines": QT_TRANSLATE_NOOP("HqScreen", "campaign deadline"),
          "operators": QT_TRANSLATE_NOOP("HqScreen", "operator"),
          "intakes": QT_TRANSLATE_NOOP("HqScreen", "intake"),
          "residents": QT_TRANSLATE_NOOP("HqScreen", "resident"),
          "households": QT_TRANSLATE_NOOP("HqScreen", "household"),
          "areas": QT_TRANSLATE_NOOP("HqScreen", "village or commune"),
          "sessions": QT_TRANSLATE_NOOP("HqScreen", "session"),
          "appointments": QT_TRANSLATE_NOOP("HqScreen", "appointment"),
          "letters": QT_TRANSLATE_NOOP("HqScreen", "letter"),
          "tickets": QT_TRANSLATE_NOOP("HqScreen", "ticket")}


def record_kind(table: str) -> str:
    """What kind of record a table holds, as the HQ screen names it (else the table's name)."""
    return QCoreApplication.translate("HqScreen", _KINDS[table]) if table in _KINDS else table


class HqScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.stations = RecordTableModel([
            ("station", self.tr("Code"), None),
            ("name", self.tr("Station name"), None),
            ("fingerprint", self.tr("Key fingerprint"), None),
            ("last_received", self.tr("Last bundle received"),
             lambda r: show_moment(r["last_received"]) or self.tr("none yet")),
            ("not_acknowledged", self.tr("Changes not yet at the station"),
             lambda r: "" if r["revoked_at"] else count(r["not_acknowledged"])),
            ("revoked_at", self.tr("Status"),
             lambda r: self.tr("revoked %1").replace("%1", show_moment(r["revoked_at"]))
             if r["revoked_at"] else self.tr("enrolled %1").replace("%1", show_moment(r["enrolled_at"]))),
        ], colour=lambda r: "#eeeeee" if r["revoked_at"] else None, parent=self)
        self.table = record_table(self.stations)
        self.wanted = Wanted(self.table, self.stations, lambda r, code: r["station"] == code)
        self.enrol = QPushButton(self.tr("Enrol a station…"))
        self.revoke = QPushButton(self.tr("Revoke the selected station…"))
        self.revoke.clicked.connect(self.ask_revoke)
        self.identity = QPushButton(self.tr("Write HQ's identity file…"))
        self.identity.clicked.connect(self.write_identity)
        self.back = QPushButton(self.tr("Write a bundle for each station…"))
        self.back.clicked.connect(self.write_back)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.confirm = ConfirmBar()
        self.enrol_flow = EnrolFlow(self, ctx, self.confirm, self.message, self.refresh, hq=True)
        self.enrol.clicked.connect(self.enrol_flow.choose)

        box = QGroupBox(self.tr("Stations"))
        buttons = QHBoxLayout()
        for button in (self.enrol, self.revoke, self.identity, self.back):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.explained = QLabel(self.tr(
            "Changes not yet at the station: changes HQ holds (from HQ or from the other "
            "stations) that the station has not confirmed receiving. They go out in the next "
            "\"Write a bundle for each station\"; the station confirms them with the bundle it "
            "sends back."))
        self.explained.setWordWrap(True)
        self.explained.setStyleSheet("color: #555;")
        inner = QVBoxLayout(box)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.explained)
        inner.addLayout(buttons)
        inner.addWidget(self.confirm)
        inner.addWidget(self.message)
        self.importer = ImportBox(ctx, self.tr("Bundles from the stations"),
                                  lambda _r: self.refresh(), hq=True)
        # the records a station may not make (sync/remit.py): kept, never merged
        self.aside = RecordTableModel([
            ("at", self.tr("When"), lambda r: show_moment(r["at"])),
            ("station", self.tr("From"), None),
            ("tbl", self.tr("Record"), lambda r: record_kind(r["tbl"])
             + (" " + self.tr("(deleted)") if r["deleted"] else "")),
            ("reason", self.tr("Why"), lambda r: translated(r["explained"])),
        ], parent=self)
        self.aside_view = record_table(self.aside)
        self.aside_box = QGroupBox(self.tr("Set aside from the stations' bundles"))
        QVBoxLayout(self.aside_box).addWidget(self.aside_view)
        below = QHBoxLayout()
        below.addWidget(self.importer, 3)
        below.addWidget(self.aside_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(box, 3)
        layout.addLayout(below, 2)
        self.refresh()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)
        self.ctx.worker.cancel(self.importer)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        operator = self.ctx.session

        def shown(found) -> None:
            self._show(found[0])
            self.aside.set_records(found[1])

        self.ctx.worker.query(lambda db: (hq_stations(db, operator=operator),
                                          set_aside_records(db, operator=operator)),
                              on_done=shown, on_error=self._failed, owner=self)

    def _show(self, stations: list[dict]) -> None:
        self.stations.set_records(stations)
        self.wanted.apply()

    def select(self, code: str) -> None:
        """The station ``code`` selected (the home page's silent station)."""
        self.wanted.select(code)

    def _failed(self, exc: Exception) -> None:
        say(self.message, explain(exc), "error")

    def selected(self) -> dict | None:
        return self.stations.record(self.table.currentIndex().row())

    def ask_revoke(self) -> None:
        station = self.selected()
        if not station or station["revoked_at"]:
            say(self.message, self.tr("Select an enrolled station first."), "warn")
            return
        self.confirm.ask(
            self.tr("Revoke %1 (%2), fingerprint %3? Its bundles are refused from then on; a "
                    "revoked key is never enrolled again.").replace("%1", station["station"])
            .replace("%2", station["name"]).replace("%3", station["fingerprint"]),
            self.tr("Revoke"), lambda: self._revoke(station))

    def _revoke(self, station: dict) -> None:
        operator = self.ctx.session

        def done(_r) -> None:
            say(self.message, self.tr("Revoked %1.").replace("%1", station["station"]), "ok")
            self.refresh()

        self.ctx.worker.query(lambda db: revoke_station(db, station["key_id"], operator=operator),
                              on_done=done, on_error=self._failed, owner=self)

    def _choose_folder(self, title: str) -> str:
        """A folder, the dialog opening on the stick the bundles came from (or were written to)."""
        chosen = files.choose_folder(self, title, self.importer.last_folder or str(Path.home()))
        if chosen:
            self.importer.last_folder = chosen
        return chosen

    def write_identity(self) -> None:
        folder = self._choose_folder(self.tr("Where to write HQ's identity file"))
        if not folder:
            return
        operator = self.ctx.session
        self.ctx.worker.query(
            lambda db: write_identity_to(db, folder, operator=operator),
            on_done=lambda r: say(self.message, self.tr(
                "Wrote %1. Each station enrols it and compares the fingerprint %2.").replace(
                "%1", str(r[0])).replace("%2", r[1]), "ok"),
            on_error=self._failed, owner=self)

    def write_back(self) -> None:
        folder = self._choose_folder(self.tr("Where to write the stations' bundles"))
        if not folder:
            return
        operator = self.ctx.session
        self.back.setEnabled(False)
        say(self.message, self.tr("Writing the bundles…"), "info")

        def written(results) -> None:
            self.back.setEnabled(True)
            say(self.message, self.tr("Wrote %n bundle(s) into %1: %2.", "", len(results))
                .replace("%1", folder).replace("%2", ", ".join(
                    f"{r.recipient} ({count(r.changes)})" for r in results)), "ok")
            self.refresh()

        def failed(exc: Exception) -> None:
            self.back.setEnabled(True)
            self._failed(exc)

        self.ctx.worker.task(lambda db, progress: export_to_stations(db, folder,
                                                                      progress, operator=operator),
                             on_done=written, on_error=failed, owner=self)
