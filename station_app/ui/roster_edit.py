"""The lead's roster edits (services/roster_edits.py): a resident opened from the roster to
correct (name, birth date, IDs, household, card status) with the personal ID checked part by
part as it is typed, and the resident's history; a new resident; a new household. Reading and
saving go through the worker; the ID check is pure (core/ids) and runs as the user types."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from station_app.core.dates import parse_birth_date, show_date, show_moment
from station_app.core.ids import id_parts, parse_personal_id, province_name
from station_app.services.operators import Operator
from station_app.services.roster_edits import (
    CARD_STATUSES,
    add_household,
    add_resident,
    edit_resident,
    resident_for_edit,
    villages,
)
from station_app.ui.floor_models import record_table
from station_app.ui.messages import explain, translated
from station_app.ui.models import card_status_label, gender_label
from station_app.ui.workers import Worker

GOOD, BAD = "✓", "✗"


def field_label(field: str) -> str:
    """The name of a field in the history, in the interface's language."""
    translate = QCoreApplication.translate
    return {
        "full_name": translate("fields", "Full name"), "gender": translate("fields", "Gender"),
        "dob": translate("fields", "Date of birth"),
        "personal_id": translate("fields", "Personal ID"),
        "old_id": translate("fields", "Old ID (CMND)"),
        "relation": translate("fields", "Relation"),
        "card_status": translate("fields", "Card status"),
        "household_code": translate("fields", "Household"),
        "code": translate("fields", "Household code"),
        "village_id": translate("fields", "Village"),
        "address": translate("fields", "Address"), "head_name": translate("fields", "Head"),
        "phone": translate("fields", "Phone"),
    }.get(field, field)


def shown_value(field: str, value: str | None) -> str:
    if value is None:
        return "—"
    if field == "dob":
        return show_date(value)
    if field == "card_status":
        return card_status_label(value)
    if field == "gender":
        return gender_label(value)
    return value


def _button_box(dialog: QDialog, save_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ResidentDialog(QDialog):
    """Correct a resident (``resident_id``) or add one (None). ``saved`` carries the
    resident as stored."""

    saved = Signal(dict)

    def __init__(self, worker: Worker, operator: Operator | None,
                 resident_id: str | None = None, parent=None):
        super().__init__(parent)
        self.worker = worker
        self.operator = operator
        self.resident_id = resident_id
        self.setWindowTitle(self.tr("Correct resident") if resident_id
                            else self.tr("Add resident"))
        self.setMinimumWidth(760)

        self.full_name = QLineEdit()
        self.gender = QComboBox()
        for code, text in ((None, "—"), ("M", gender_label("M")), ("F", gender_label("F"))):
            self.gender.addItem(text, code)
        self.dob = QLineEdit()
        self.dob.setPlaceholderText(self.tr("dd/mm/yyyy, or the year only"))
        self.personal_id = QLineEdit()
        self.personal_id.setMaxLength(14)
        self.personal_id.setPlaceholderText(self.tr("12 digits"))
        self.id_check = QLabel()
        self.id_check.setObjectName("idCheck")
        self.id_check.setTextFormat(Qt.TextFormat.RichText)
        self.old_id = QLineEdit()
        self.old_id.setPlaceholderText(self.tr("9 digits, if any"))
        self.household = QLineEdit()
        self.household.setPlaceholderText(self.tr("household code; a new code moves the resident"))
        self.relation = QLineEdit()
        self.card_status = QComboBox()
        for status in CARD_STATUSES:
            self.card_status.addItem(card_status_label(status), status)

        form = QFormLayout()
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&Gender"), self.gender)
        form.addRow(self.tr("&Date of birth"), self.dob)
        form.addRow(self.tr("&Personal ID"), self.personal_id)
        form.addRow("", self.id_check)
        form.addRow(self.tr("&Old ID (CMND)"), self.old_id)
        form.addRow(self.tr("&Household"), self.household)
        form.addRow(self.tr("&Relation to the head"), self.relation)
        form.addRow(self.tr("Card &status"), self.card_status)

        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"),
             self.tr("After")])
        record_table(None, view=self.history)
        self.history_title = QLabel(self.tr("History of this resident"))
        self.message = QLabel()
        self.message.setObjectName("editMessage")
        self.message.setWordWrap(True)
        self.buttons = _button_box(self, self.tr("Save") if resident_id
                                   else self.tr("Add resident"), self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.history_title.setVisible(bool(resident_id))
        self.history.setVisible(bool(resident_id))

        for box in (self.personal_id, self.dob):
            box.textChanged.connect(self.check_id)
        self.gender.currentIndexChanged.connect(self.check_id)
        self.check_id()
        if resident_id:
            operator = self.operator
            self.buttons.setEnabled(False)  # until the resident is read
            self.worker.query(lambda db: resident_for_edit(db, resident_id, operator=operator),
                              on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, resident: dict) -> None:
        self.full_name.setText(resident["full_name"])
        self.gender.setCurrentIndex(max(0, self.gender.findData(resident["gender"])))
        self.dob.setText(show_date(resident["date_of_birth"] or ""))
        self.personal_id.setText(resident["personal_id"] or "")
        self.old_id.setText(resident["old_id"] or "")
        self.household.setText(resident["household_code"] or "")
        self.relation.setText(resident["relation"] or "")
        self.card_status.setCurrentIndex(
            max(0, self.card_status.findData(resident["card_status"])))
        self._show_history(resident["history"])
        self.buttons.setEnabled(True)
        self.full_name.setFocus()

    def _show_history(self, rows: list[dict]) -> None:
        self.history.setRowCount(len(rows))
        for r, row in enumerate(rows):
            when = show_moment(row["at"])
            who = row["operator"] or ""
            if row["station"]:
                who = f"{who} ({row['station']})"
            cells = (when, who, field_label(row["field"]),
                     shown_value(row["field"], row["before"]),
                     shown_value(row["field"], row["after"]))
            for c, text in enumerate(cells):
                self.history.setItem(r, c, QTableWidgetItem(text))

    def check_id(self) -> None:
        """The personal ID part by part against the gender and birth year typed."""
        number = self.personal_id.text().replace(" ", "")
        if not number:
            self._show_check([self.tr("No personal ID")])
            return
        try:
            year = int(parse_birth_date(self.dob.text())[:4])
        except ValueError:
            year = None
        parts = id_parts(number, self.gender.currentData(), year)
        if parts["form"]:
            self._show_check([f"{BAD} {translated(parts['form'])}"])
            return
        pid = parse_personal_id(number)
        said = {
            "province": self.tr("Province code %1: %2").replace("%1", number[:3]).replace(
                "%2", province_name(number[:3]) or ""),
            "century_gender": self.tr("Century and gender digit %1: %2, born %3–%4")
            .replace("%1", number[3]).replace("%2", gender_label(pid.gender))
            .replace("%3", str(pid.century)).replace("%4", str(pid.century + 99)),
            "birth_year": self.tr("Birth year digits %1: %2").replace("%1", number[4:6])
            .replace("%2", str(pid.birth_year)),
        }
        lines = [f"{BAD} {translated(parts[part])}" if parts[part] else f"{GOOD} {text}"
                 for part, text in said.items()]
        self._show_check(lines)

    def _show_check(self, lines: list[str]) -> None:
        """The check's lines, a part that disagrees in red; ``check_text`` keeps them as
        plain text."""
        self.check_text = "\n".join(lines)
        self.id_check.setText("<br>".join(
            f'<span style="color:{"#b3261e" if line.startswith(BAD) else "#1e6b30"}">'
            f"{escape(line)}</span>" for line in lines))

    def values(self) -> dict:
        return {"full_name": self.full_name.text(), "gender": self.gender.currentData(),
                "dob": self.dob.text(), "personal_id": self.personal_id.text(),
                "old_id": self.old_id.text(), "household_code": self.household.text(),
                "relation": self.relation.text(),
                "card_status": self.card_status.currentData()}

    def save(self) -> None:
        values, operator, rid = self.values(), self.operator, self.resident_id
        self.message.clear()
        if rid:
            job = lambda db: edit_resident(db, rid, values, operator=operator)  # noqa: E731
        else:
            job = lambda db: add_resident(db, values, operator=operator)  # noqa: E731
        self.worker.query(job, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, resident: dict) -> None:
        self.saved.emit(resident)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(explain(exc))


class HouseholdDialog(QDialog):
    """Add a household: code, village, address, head, phone. ``saved`` carries it."""

    saved = Signal(dict)

    def __init__(self, worker: Worker, operator: Operator | None, parent=None):
        super().__init__(parent)
        self.worker = worker
        self.operator = operator
        self.setWindowTitle(self.tr("Add household"))
        self.setMinimumWidth(560)
        self.code = QLineEdit()
        self.village = QComboBox()
        self.village.addItem("—", None)
        self.address = QLineEdit()
        self.head_name = QLineEdit()
        self.phone = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Household &code"), self.code)
        form.addRow(self.tr("&Village"), self.village)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Head of household"), self.head_name)
        form.addRow(self.tr("&Phone"), self.phone)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = _button_box(self, self.tr("Add household"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.worker.query(lambda db: villages(db, operator=operator), on_done=self._villages,
                          on_error=self._failed, owner=self)

    def _villages(self, rows: list[dict]) -> None:
        for row in rows:
            text = f"{row['name']} ({row['commune']})" if row["commune"] else row["name"]
            self.village.addItem(text, row["id"])

    def save(self) -> None:
        code, village, operator = self.code.text(), self.village.currentData(), self.operator
        address, head, phone = self.address.text(), self.head_name.text(), self.phone.text()
        self.message.clear()
        self.worker.query(
            lambda db: add_household(db, code, village, address, head, phone, operator=operator),
            on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, household: dict) -> None:
        self.saved.emit(household)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(explain(exc))
