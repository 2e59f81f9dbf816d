"""Operators (a lead's screen): who may sign in at this station, with which role; add one with
a PIN, deactivate one who left. The service refuses these actions to any other role. Other
stations' operators (arrived by sync) are not listed; the hq role is offered only at HQ."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services.operators import ROLES, add_operator, list_operators, set_active
from station_app.ui.floor_models import RecordTableModel, record_table
from station_app.ui.messages import explain
from station_app.ui.signin import role_label


class OperatorsScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RecordTableModel([
            ("name", self.tr("Name"), None),
            ("role", self.tr("Role"), lambda r: role_label(r["role"])),
            ("active", self.tr("Status"),
             lambda r: self.tr("Active") if r["active"] else self.tr("Deactivated")),
        ], parent=self)
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.deactivate = QPushButton(self.tr("Deactivate the selected operator"))
        self.deactivate.clicked.connect(self._deactivate)

        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            if role != "hq" or ctx.db.is_hq:  # only HQ makes hq operators
                self.role.addItem(role_label(role), role)
        if ctx.db.is_hq:  # HQ adds its own staff; it has no floor for volunteers
            self.role.setCurrentIndex(self.role.findData("hq"))
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self.pin.setPlaceholderText(self.tr("4 to 12 digits"))
        self.pin_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self.add = QPushButton(self.tr("Add operator"))
        self.add.clicked.connect(self._add)
        for field in (self.name, self.pin, self.pin_again):
            field.returnPressed.connect(self._add)  # Enter submits the form
        self.message = QLabel()
        self.message.setWordWrap(True)
        box = QGroupBox(self.tr("New operator"))
        form = QFormLayout(box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow("", self.add)
        form.addRow(self.message)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.deactivate)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(box, 2)
        self.refresh()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def activate(self) -> None:
        self.name.setFocus()

    def _say(self, exc: Exception) -> None:
        self.message.setText(explain(exc))

    def refresh(self) -> None:
        self.ctx.worker.query(lambda db: list_operators(db, active_only=False),
                              on_done=self.model.set_records, on_error=self._say, owner=self)

    def _add(self) -> None:
        name, role, pin = self.name.text(), self.role.currentData(), self.pin.text()
        if pin != self.pin_again.text():
            self.message.setText(self.tr("The two PINs differ."))
            return
        by = self.ctx.session
        self.add.setEnabled(False)

        def done(_op) -> None:
            self.add.setEnabled(True)
            self.message.setText(self.tr("%1 can now sign in.").replace("%1", name.strip()))
            for field in (self.name, self.pin, self.pin_again):
                field.clear()
            self.name.setFocus()  # the next operator starts at the name
            self.refresh()

        def failed(exc: Exception) -> None:
            self.add.setEnabled(True)
            self._say(exc)

        self.ctx.worker.query(lambda db: add_operator(db, name, role, pin, by=by),
                              on_done=done, on_error=failed, owner=self)

    def _deactivate(self) -> None:
        record = self.model.record(self.table.currentIndex().row())
        if not record:
            return
        by = self.ctx.session
        self.ctx.worker.query(lambda db: set_active(db, by, record["id"], False),
                              on_done=lambda _r: self.refresh(), on_error=self._say, owner=self)
