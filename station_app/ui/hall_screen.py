"""The hall's network (a lead's screen, docs/hall-network.md): make this laptop the station's
host and give each other laptop a one-time join code, see the joined laptops and their last
contact, remove one; or join a host by typing (or scanning) its code, and leave it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QImage, QPainter, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_moment
from station_app.printing.pdfwriter import qr_matrix
from station_app.services import hall
from station_app.sync.hall_tls import show_fingerprint
from station_app.ui.floor_models import RecordTableModel, Wanted, record_table
from station_app.ui.messages import explain

QR_PX = 200


def qr_pixmap(text: str, size: int) -> QPixmap:
    """``text``'s QR code, black on white with a quiet zone, ``size`` pixels square."""
    n, rows = qr_matrix(text)
    scale = max(1, size // (n + 8))
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    offset = (size - n * scale) // 2
    for y, row in enumerate(rows):
        for x, value in enumerate(row):
            if value == 0:
                painter.fillRect(offset + x * scale, offset + y * scale, scale, scale,
                                 Qt.GlobalColor.black)
    painter.end()
    return QPixmap.fromImage(image)


class HallScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.state: dict = {}
        self.role = QLabel()
        self.role.setWordWrap(True)
        font = self.role.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.role.setFont(font)
        self.key = QLabel()
        self.make_host = QPushButton(self.tr("Make this laptop the host"))
        self.make_host.clicked.connect(self._make_host)
        self.leave = QPushButton(self.tr("Work on its own again"))
        self.leave.clicked.connect(self._leave)

        # the host: join codes and the laptops joined
        self.new_code = QPushButton(self.tr("New join code"))
        self.new_code.clicked.connect(self._new_code)
        self.code = QPlainTextEdit(readOnly=True)  # the whole code in view, to read out or copy
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.code.setFixedHeight(self.code.fontMetrics().lineSpacing() * 4 + 12)
        self.code.setPlaceholderText(self.tr("a code for one laptop, valid 30 minutes"))
        self.qr = QLabel()  # the same code for the joining laptop's scanner
        self.qr.setFixedSize(QR_PX, QR_PX)
        self.model = RecordTableModel([
            ("label", self.tr("Laptop"), None),
            ("joined_at", self.tr("Joined"), lambda r: show_moment(r["joined_at"]) or "–"),
            ("last_contact", self.tr("Last contact"),
             lambda r: show_moment(r["last_contact"], seconds=True) or "–"),
            ("left_at", self.tr("Status"),
             lambda r: self.tr("Removed") if r["left_at"] else self.tr("Served")),
        ], parent=self)
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.wanted = Wanted(self.table, self.model, lambda r, label: r["label"] == label)
        self.remove = QPushButton(self.tr("Remove the selected laptop"))
        self.remove.clicked.connect(self._remove)
        self.host_box = QGroupBox(self.tr("Laptops joined to this host"))
        host = QVBoxLayout(self.host_box)
        row = QHBoxLayout()
        row.addWidget(self.new_code, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.code, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.qr)
        host.addLayout(row)
        host.addWidget(QLabel(self.tr(
            "On the other laptop: Hall network → scan, paste or type this code → Join.")))
        host.addWidget(self.table, 1)
        host.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)

        # joining a host
        self.join_code = QLineEdit()
        self.join_code.setPlaceholderText("CCCD-HALL1|…")
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("for example: Desk 2"))
        self.join = QPushButton(self.tr("Join"))
        self.join.clicked.connect(self._join)
        self.join_code.returnPressed.connect(self._join)
        self.join_box = QGroupBox(self.tr("Join the station's host"))
        form = QFormLayout(self.join_box)
        form.addRow(self.tr("Join code"), self.join_code)
        form.addRow(self.tr("This laptop's name"), self.label)
        form.addRow("", self.join)

        self.message = QLabel()
        self.message.setWordWrap(True)
        about = QLabel(self.tr(
            "One laptop of the station, usually the ticket table's, is its host: it gives the "
            "numbers, the calls and the display for every desk. Each other laptop joins it once "
            "with a one-time join code, keeps its own copy of the station's records, and goes "
            "on searching and recording intakes when the network drops. Only laptops that "
            "joined are served; everything on the network is encrypted. Bundles to HQ are "
            "written on the host."))
        about.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.role)
        left.addWidget(self.key)
        left.addWidget(about)
        left.addWidget(self.make_host)
        left.addWidget(self.leave)
        left.addWidget(self.join_box)
        left.addWidget(self.message)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.host_box, 3)
        self.refresh()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def _say(self, exc: Exception) -> None:
        self.message.setText(explain(exc))

    def select(self, label: str) -> None:
        """The joined laptop ``label`` selected (the home page's silent laptop)."""
        self.wanted.select(label)

    def refresh(self) -> None:
        self.ctx.worker.query(hall.status, on_done=self._show, on_error=self._say, owner=self)

    def _show(self, state: dict) -> None:
        self.state = state
        role = state["role"]
        if role == "host":
            text = self.tr("This laptop is the station's host (port %1).").replace(
                "%1", str(state["port"]))
        elif role == "member":
            text = self.tr("This laptop is joined to the host at %1.").replace(
                "%1", state["host"])
        else:
            text = self.tr("This laptop works on its own.")
        self.role.setText(text)
        self.key.setText(self.tr("Its key: %1").replace(
            "%1", show_fingerprint(state["fingerprint"])))
        self.make_host.setVisible(role is None)
        self.leave.setVisible(role is not None)
        self.join_box.setVisible(role is None)
        self.host_box.setVisible(role == "host")
        self.model.set_records(state["members"])
        self.wanted.apply()

    def _run(self, func, done_text: str) -> None:
        who = self.ctx.session

        def done(_result) -> None:
            self.message.setText(done_text)
            self.refresh()

        self.ctx.worker.query(lambda db: func(db, who), on_done=done, on_error=self._say,
                              owner=self)

    def _make_host(self) -> None:
        self._run(lambda db, who: hall.become_host(db, operator=who),
                  self.tr("This laptop is now the host: give each other laptop a join code."))

    def _leave(self) -> None:
        self.code.clear()
        self._run(lambda db, who: hall.leave(db, operator=who),
                  self.tr("This laptop works on its own again."))

    def _new_code(self) -> None:
        who = self.ctx.session
        self.ctx.worker.query(lambda db: hall.new_join_code(db, operator=who),
                              on_done=self._show_code, on_error=self._say, owner=self)

    def _show_code(self, code: str) -> None:
        self.code.setPlainText(code)
        self.qr.setPixmap(qr_pixmap(code, QR_PX))

    def _remove(self) -> None:
        record = self.model.record(self.table.currentIndex().row())
        if record:
            self._run(lambda db, who: hall.remove_member(db, record["fingerprint"], operator=who),
                      self.tr("%1 is served no more.").replace("%1", record["label"]))

    def _join(self) -> None:
        code, label = self.join_code.text(), self.label.text().strip()
        if not code.strip():
            return
        self.join.setEnabled(False)
        who = self.ctx.session

        def done(result: dict) -> None:
            self.join.setEnabled(True)
            self.join_code.clear()
            self.message.setText(self.tr("Joined %1: numbers, calls and the display now come "
                                         "from the host.").replace("%1", result["host_name"]))
            self.refresh()

        def failed(exc: Exception) -> None:
            self.join.setEnabled(True)
            self._say(exc)

        # a task: the first round brings the whole roster, which may take a while
        self.ctx.worker.task(lambda db, _progress: hall.join(db, code, label, operator=who),
                             on_done=done, on_error=failed, owner=self)
