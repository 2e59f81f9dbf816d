"""Station kits (the hq role's screen, docs/kit-format.md): write the kit that sets up a new
station laptop (its code, name and the villages it serves, none ticked: all), show its password
once, and list the kits written: waiting, used by which laptop, or expired. Services:
services/kits.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_moment
from station_app.services.kits import KIT_SUFFIX, list_kits, villages_to_serve, write_kit
from station_app.ui import files
from station_app.ui.floor_models import RecordTableModel, record_table, roomy, say
from station_app.ui.messages import explain
from station_app.ui.sync_screen import count


class KitsScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.code = QLineEdit()
        self.code.setPlaceholderText("XA-HB-01")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Mobile station of Hoa Binh commune"))
        self.villages = QListWidget()
        roomy(self.villages)
        self.write = QPushButton(self.tr("Write the kit…"))
        self.write.clicked.connect(self.choose_file)
        for field in (self.code, self.name):
            field.returnPressed.connect(self.choose_file)  # Enter submits the form
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.password = QLabel()  # shown once, after a kit is written
        self.password.setFont(QFont(self.font().family(), 22, QFont.Weight.Bold))
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password.hide()

        form_box = QGroupBox(self.tr("A kit for a new station"))
        form = QFormLayout(form_box)
        intro = QLabel(self.tr(
            "The kit is one file that sets up a new station laptop: its code and name, HQ's "
            "identity, the campaign and the roster of the villages it serves (none ticked: all "
            "villages). It is encrypted with a password shown once here: read it to the "
            "station lead over the phone, never on the same stick. Valid 14 days."))
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Station code"), self.code)
        form.addRow(self.tr("Station name"), self.name)
        form.addRow(self.tr("Villages it serves"), self.villages)
        form.addRow(self.write)
        form.addRow(self.message)
        form.addRow(self.password)

        self.kits = RecordTableModel([
            ("station", self.tr("Code"), None),
            ("name", self.tr("Station name"), None),
            ("villages", self.tr("Villages"),
             lambda r: ", ".join(r["villages"]) if r["villages"] else self.tr("all")),
            ("expires_at", self.tr("Valid until"), lambda r: show_moment(r["expires_at"])),
            ("state", self.tr("State"), self._state),
            ("fingerprint", self.tr("Laptop it set up"), None),
        ], colour=lambda r: "#eeeeee" if r["state"] == "expired" else None, parent=self)
        list_box = QGroupBox(self.tr("Kits written"))
        inner = QVBoxLayout(list_box)
        inner.addWidget(record_table(self.kits))

        layout = QHBoxLayout(self)
        layout.addWidget(form_box, 1)
        layout.addWidget(list_box, 2)
        self._load_villages()
        self.refresh()

    def _state(self, kit: dict) -> str:
        if kit["state"] == "used":
            return self.tr("used %1").replace("%1", show_moment(kit["used_at"]))
        return self.tr("expired") if kit["state"] == "expired" else self.tr(
            "waiting for its first bundle")

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        operator = self.ctx.session
        self.ctx.worker.query(lambda db: list_kits(db, operator=operator),
                              on_done=self.kits.set_records,
                              on_error=self._failed, owner=self)

    def _load_villages(self) -> None:
        def loaded(rows) -> None:
            self.villages.clear()
            for row in rows:
                item = QListWidgetItem(f"{row['name']} ({row['commune'] or '-'})")
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.villages.addItem(item)

        operator = self.ctx.session
        self.ctx.worker.query(lambda db: villages_to_serve(db, operator=operator), on_done=loaded,
                              on_error=self._failed, owner=self)

    def _failed(self, exc: Exception) -> None:
        say(self.message, explain(exc), "error")

    def chosen_villages(self) -> list[str] | None:
        ids = [self.villages.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.villages.count())
               if self.villages.item(i).checkState() == Qt.CheckState.Checked]
        return ids or None

    def choose_file(self) -> None:
        code = self.code.text().strip()
        if not code or not self.name.text().strip():
            say(self.message, self.tr("Enter the station's code and name first."), "warn")
            return
        path = files.save_file(
            self, self.tr("Where to write the kit"), str(Path.home() / f"{code}{KIT_SUFFIX}"),
            self.tr("Station kits (*%1)").replace("%1", KIT_SUFFIX))
        if path:
            self.write_to(path)

    def write_to(self, path: str) -> None:
        operator = self.ctx.session
        code, name, villages = self.code.text(), self.name.text(), self.chosen_villages()
        self.write.setEnabled(False)
        self.password.hide()
        say(self.message, self.tr("Writing the kit…"), "info")

        def written(kit: dict) -> None:
            self.write.setEnabled(True)
            say(self.message, self.tr(
                "Wrote %1 for %2: %3 residents. Its password, shown only now: read it to the "
                "station lead over the phone; it opens the kit until %4.")
                .replace("%1", kit["file"]).replace("%2", kit["station"])
                .replace("%3", count(kit["residents"])).replace("%4", show_moment(kit["expires_at"])),
                "ok")
            self.password.setText(kit["password"])
            self.password.show()
            self.code.clear()
            self.name.clear()
            self.code.setFocus()  # the next kit starts at its code
            self.refresh()

        def failed(exc: Exception) -> None:
            self.write.setEnabled(True)
            self._failed(exc)

        self.ctx.worker.task(
            lambda db, _progress: write_kit(db, path, code, name, villages, operator=operator),
            on_done=written, on_error=failed, owner=self)
