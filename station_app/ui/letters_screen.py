"""Invitation letters (a lead's screens).

Letters: choose villages (or one session) and the paper, write the batch as one PDF by a worker
task with progress and a stop button, see the first pages in the window, then open the PDF or
print it through the system's print dialog (its pages rendered with pypdfium2, also by a task).

Delivery: the stubs handed back are scanned one after another into one field (a USB scanner
types the code and Enter), each recorded as delivered by the team named above it; the table
counts the letters delivered and not delivered per village.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date
from station_app.core.processes import call_in_process
from station_app.services.letters import (
    LettersCancelled,
    check_deliverer,
    delivery_counts,
    print_letters_at,
    record_delivery,
)
from station_app.services.sessions import list_sessions
from station_app.ui import files
from station_app.ui.floor_models import (
    RecordTableModel,
    Wanted,
    point_font,
    record_table,
    roomy,
    say,
)
from station_app.ui.messages import explain
from station_app.ui.numbers import number

PREVIEW_PAGES = 2  # pages shown side by side after a batch is written
PREVIEW_HEIGHT = 900  # pixels the preview pages are rendered at (scaled down to fit)
PRINT_DPI = 300  # at most: a page is rendered as an image at the printer's resolution


def render_preview(path: Path, pages: int = PREVIEW_PAGES) -> list[QImage]:
    """The first ``pages`` pages of a PDF as images (off the GUI thread: a QImage may be made
    in any thread)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        images = []
        for index in range(min(pages, len(document))):
            page = document[index]
            images.append(_image(page.render(scale=PREVIEW_HEIGHT / page.get_height())))
        return images
    finally:
        document.close()


def _image(bitmap) -> QImage:
    picture = bitmap.to_pil().convert("RGB")
    data = picture.tobytes()
    return QImage(data, picture.width, picture.height, 3 * picture.width,
                  QImage.Format.Format_RGB888).copy()  # copy: data is freed with picture


def print_pdf(printer: QPrinter, path: Path, progress) -> int:
    """Every page of the PDF on ``printer``, each rendered as an image and fitted to the page
    (QPainter may paint on a QPrinter off the GUI thread). Stops when progress() says so."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        total = len(document)
        dpi = min(printer.resolution(), PRINT_DPI)
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(total):
            if progress(index, total) is False:
                printer.abort()
                break
            if index:
                printer.newPage()
            page = document[index]
            image = _image(page.render(scale=dpi / 72))
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(area.adjusted(0, 0, fitted.width() - area.width(),
                                            fitted.height() - area.height()), image)
        else:
            progress(total, total)
        return total
    finally:
        if painter.isActive():
            painter.end()
        document.close()


class LettersScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.job = None  # the writing or printing under way
        self.written: Path | None = None
        self.wanted_session: str | None = None  # the session to choose once listed

        self.by_village = QRadioButton(self.tr("V&illages"))
        self.by_session = QRadioButton(self.tr("O&ne session"))
        self.by_village.setChecked(True)
        self.which = QButtonGroup(self)
        self.which.addButton(self.by_village)
        self.which.addButton(self.by_session)
        self.villages = QListWidget()
        roomy(self.villages)
        self.villages.setAccessibleName(self.tr("Villages"))
        self.villages.itemChanged.connect(self._ticked)
        self.asked_to_tick = False  # the message says to tick a village
        self.sessions = QComboBox()
        self.sessions.setAccessibleName(self.tr("Session"))
        self.by_village.toggled.connect(self._which_changed)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A5 (one letter per A5 sheet)"), "A5")
        self.paper.addItem(self.tr("A4 (the A5 letter centred on A4)"), "A4")
        self.out = QLineEdit()
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(self.choose)
        self.write_button = QPushButton(self.tr("&Write the letters"))
        self.write_button.clicked.connect(self.write)
        self.out.returnPressed.connect(self.write)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.bar = QProgressBar()
        self.bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the PDF"))
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        for button in (self.open_button, self.print_button):
            button.setEnabled(False)

        box = QGroupBox(self.tr("Letters to write"))
        form = QFormLayout(box)
        pick = QHBoxLayout()
        pick.addWidget(self.by_village)
        pick.addWidget(self.by_session)
        pick.addStretch(1)
        form.addRow(pick)
        form.addRow(self.villages)
        form.addRow(self.tr("Session"), self.sessions)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Save as"), where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.bar)
        form.addRow(self.message)
        after = QHBoxLayout()
        after.addWidget(self.open_button)
        after.addWidget(self.print_button)
        after.addStretch(1)
        form.addRow(after)

        self.preview_title = QLabel(self.tr("The first pages appear here once the letters are "
                                            "written."))
        self.preview_title.setWordWrap(True)
        self.pages = [QLabel() for _ in range(PREVIEW_PAGES)]
        row = QHBoxLayout()
        for label in self.pages:
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            row.addWidget(label)
        inner = QWidget()
        inner.setLayout(row)
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(inner)
        right = QVBoxLayout()
        right.addWidget(self.preview_title)
        right.addWidget(self.preview, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(box, 4)
        layout.addLayout(right, 5)
        # Tab goes from each choice to what it chooses (the form's layout order put the paper
        # right after the two choices)
        chain = (self.by_village, self.villages, self.by_session, self.sessions, self.paper,
                 self.out, self.choose, self.write_button)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._which_changed()
        self.refresh()

    # -- choices -------------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()
        self.villages.setFocus()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def _which_changed(self) -> None:
        self.villages.setEnabled(self.by_village.isChecked())
        self.sessions.setEnabled(self.by_session.isChecked())

    def refresh(self) -> None:
        """The villages with letters to print and the coming sessions."""
        operator, today = self.ctx.session, dt.date.today()
        self.ctx.worker.query(
            lambda db: (delivery_counts(db, operator=operator),
                        list_sessions(db, start=today, operator=operator)),
            on_done=self._show_choices, on_error=self._failed, owner=self)

    def _show_choices(self, found) -> None:
        counts, sessions = found
        checked = set(self.chosen_villages())
        item = self.villages.currentItem()
        current = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.villages.blockSignals(True)
        self.villages.clear()
        for c in counts:
            # printed ones said: printing a village again is a reprint (letters lost, torn)
            text = (self.tr("%1 (%2 letters, %3 printed)").replace("%3", number(c["printed"]))
                    if c["printed"] else self.tr("%1 (%2 letters)"))
            item = QListWidgetItem(text.replace("%1", c["village"])
                                   .replace("%2", number(c["letters"])))
            item.setData(Qt.ItemDataRole.UserRole, c["village_id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c["village_id"] in checked
                               else Qt.CheckState.Unchecked)
            self.villages.addItem(item)
            if c["village_id"] == current:
                self.villages.setCurrentItem(item)
        self.villages.blockSignals(False)
        if self.villages.currentRow() < 0 and self.villages.count():
            self.villages.setCurrentRow(0)  # the first Space ticks the first village
        current = self.sessions.currentData()
        self.sessions.clear()
        for s in sessions:
            if s["households"]:
                self.sessions.addItem(
                    self.tr("%1 %2–%3, %4 (%5 households)").replace("%1", show_date(s["day"]))
                    .replace("%2", s["opens"]).replace("%3", s["closes"])
                    .replace("%4", s["place"]).replace("%5", number(s["households"])), s["id"])
        if current:
            self.sessions.setCurrentIndex(max(0, self.sessions.findData(current)))
        if self.wanted_session is not None and self.sessions.findData(self.wanted_session) >= 0:
            self.select(self.wanted_session)
            self.wanted_session = None
        if not self.out.text():
            self._fresh_out(self.ctx.prefs.reports_folder())

    def _fresh_out(self, folder: Path) -> None:
        """A file name no letters were written to yet: the next print never overwrites the
        last one's PDF (another village's letters, maybe not on paper yet)."""
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
        self.out.setText(str(files.unused_path(folder, f"giay-moi-{stamp}", "pdf")))

    def select(self, session_id: str) -> None:
        """The letters of one session chosen (the home page's first session not printed)."""
        self.wanted_session = session_id
        index = self.sessions.findData(session_id)
        if index >= 0:
            self.by_session.setChecked(True)
            self.sessions.setCurrentIndex(index)
            self.sessions.setFocus()

    def _ticked(self) -> None:
        if self.asked_to_tick:
            self.asked_to_tick = False
            self.message.clear()  # said, and done

    def chosen_villages(self) -> list[str]:
        return [self.villages.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.villages.count())
                if self.villages.item(i).checkState() == Qt.CheckState.Checked]

    def _choose(self) -> None:
        path = files.save_file(self, self.tr("Save the letters as"), self.out.text(),
                               self.tr("PDF files (*.pdf)"))
        if path:
            self.out.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    # -- writing -------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for widget in (self.write_button, self.choose, self.open_button, self.print_button):
            widget.setEnabled(not busy and (widget in (self.write_button, self.choose)
                                            or self.written is not None))
        self.stop_button.setVisible(busy)
        self.bar.setVisible(busy)

    def write(self) -> None:
        if self.job is not None and self.job.pending:
            return
        villages = self.chosen_villages() if self.by_village.isChecked() else None
        session = self.sessions.currentData() if self.by_session.isChecked() else None
        self.asked_to_tick = not villages and not session
        if self.asked_to_tick:
            say(self.message, self.tr("Tick the villages (Space) or choose a session first."),
                "warn")
            return
        text = self.out.text().strip()
        if not text:
            say(self.message, self.tr("Say where to save the letters."), "warn")
            return
        out, size, operator = Path(text), self.paper.currentData(), self.ctx.session
        db_path, key = self.ctx.db_path, self.ctx.db.key

        def work(progress):
            out.parent.mkdir(parents=True, exist_ok=True)
            # drawn in a process of its own: thousands of letters never hold this one's Python
            printed = call_in_process(print_letters_at, db_path, key, out, villages=villages,
                                      session=session, size=size, operator=operator,
                                      progress=progress)
            return printed, render_preview(out)

        self.written = None
        self.bar.setRange(0, 0)
        self._busy(True)
        say(self.message, self.tr("Writing the letters…"), "info")
        self.job = self.ctx.worker.task(work, db=False, on_done=self._written,
                                        on_error=self._failed, on_progress=self._progressed,
                                        owner=self)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            say(self.message, self.tr("Stopping…"), "info")

    def _written(self, result) -> None:
        printed, images = result
        self.job = None
        self.written = Path(printed["out"])
        self._busy(False)
        say(self.message, self.tr("%1 letters written (%2) to %3.")
            .replace("%1", number(printed["letters"])).replace("%2", printed["size"])
            .replace("%3", printed["out"]), "ok")
        self.preview_title.setText(self.tr("The first %1 of %2 pages:")
                                   .replace("%1", number(len(images)))
                                   .replace("%2", number(printed["letters"])))
        room = self.preview.viewport().size()
        for label, image in zip(self.pages, images + [None] * PREVIEW_PAGES):
            # the pages side by side, each as high as the room lets it be
            label.setPixmap(QPixmap.fromImage(image).scaled(
                max(100, room.width() // PREVIEW_PAGES - 16), max(150, room.height() - 16),
                Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
                if image else QPixmap())
        self.open_button.setFocus()
        self._fresh_out(self.written.parent)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.job = None
        self._busy(False)
        if isinstance(exc, LettersCancelled):
            say(self.message, self.tr("Stopped: no letter was written, nothing changed."),
                "warn")
        elif isinstance(exc, OSError):
            say(self.message, self.tr("The file could not be written (is the folder there, and "
                                      "may it be written?): %1").replace("%1", str(exc)), "error")
        else:
            say(self.message, explain(exc), "error")

    # -- after -----------------------------------------------------------------------------------
    def open_pdf(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def print_dialog(self) -> None:
        if self.written is None:
            return
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # kept: the task uses it
        dialog = QPrintDialog(self.printer, self)
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        shiboken6.delete(dialog)  # now: it points at the printer
        if accepted:
            self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> None:
        """The written PDF on ``printer`` (chosen in the print dialog), by a task."""
        path = self.written
        self.bar.setRange(0, 0)
        self._busy(True)
        say(self.message, self.tr("Sending the letters to the printer…"), "info")

        def printed(total: int) -> None:
            self.job = None
            self._busy(False)
            say(self.message, self.tr("%1 pages sent to the printer.").replace("%1", number(total)),
                "ok")

        self.job = self.ctx.worker.task(lambda progress: print_pdf(printer, path, progress),
                                        db=False, on_done=printed, on_error=self._failed,
                                        on_progress=self._progressed, owner=self)


class DeliveryScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.team = QLineEdit()
        self.team.setPlaceholderText(self.tr("for example: Team 3"))
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan a stub (or type a household code and Enter)"))
        self.scan.setFont(point_font(13))
        self.scan.returnPressed.connect(self.record)
        self.team.returnPressed.connect(self.name_team)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(point_font(12))
        # room for two lines: the form gives a wrapped label only one (a refusal was cut)
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing() + 4)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Stubs recorded"))
        self.recorded = 0
        self.count_label = QLabel()
        self.model = RecordTableModel([
            ("village", self.tr("Village"), None),
            ("letters", self.tr("Letters"), None),
            ("printed", self.tr("Printed"), None),
            ("delivered", self.tr("Delivered"), None),
            ("not_delivered", self.tr("Not delivered"), None),
        ], colour=lambda r: "#fff3e0" if r["not_delivered"] else None, parent=self)
        self.table = record_table(self.model, stretch=0)
        self.wanted = Wanted(self.table, self.model, lambda r, v: r["village_id"] == v)

        box = QGroupBox(self.tr("Stubs handed back"))
        form = QFormLayout(box)
        form.addRow(self.tr("Delivered by (team)"), self.team)
        form.addRow(self.tr("Stub"), self.scan)
        form.addRow(self.message)
        form.addRow(self.count_label)
        form.addRow(self.recent)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Letters of the coming sessions, per village")))
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addLayout(right, 1)
        self._counted()
        self.refresh()

    def activate(self) -> None:
        self.refresh()
        (self.scan if self.team.text().strip() else self.team).setFocus()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def refresh(self) -> None:
        operator = self.ctx.session
        self.ctx.worker.query(lambda db: delivery_counts(db, operator=operator),
                              on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, counts: list[dict]) -> None:
        # the village selected stays selected through a refresh (two come as the screen opens)
        current = self.model.record(self.table.currentIndex().row())
        self.model.set_records(counts)
        if self.wanted.value is None and current is not None:
            self.wanted.value = current["village_id"]
        self.wanted.apply()

    def select(self, village_id: str) -> None:
        """The village ``village_id`` selected in the counts (the home page's first village
        with letters not handed out)."""
        self.wanted.select(village_id)

    def _counted(self) -> None:
        self.count_label.setText(self.tr("Recorded in this sitting: %1")
                                 .replace("%1", number(self.recorded)))

    def name_team(self) -> None:
        """The team named (Enter): now the stubs. A stub scanned into the team's field, before
        anyone was named, is refused there instead of becoming the team's name."""
        team = self.team.text()
        if not team.strip():
            return

        def refused(exc: Exception) -> None:
            self._failed(exc)
            self.team.clear()
            self.team.setFocus()

        self.scan.setFocus()  # at once: the next stub may come before the check's answer
        self.ctx.worker.query(lambda db: check_deliverer(db, team),
                              on_done=lambda _: self.message.clear(),  # an earlier refusal
                              on_error=refused, owner=self)

    def record(self) -> None:
        code, team = self.scan.text().strip(), self.team.text().strip()
        if not code:
            return
        if not team:
            say(self.message, self.tr("First type who delivered these letters."), "warn")
            self.team.setFocus()
            return
        self.scan.clear()
        operator = self.ctx.session
        self.ctx.worker.query(lambda db: record_delivery(db, code, team, operator=operator),
                              on_done=self._recorded,
                              on_error=lambda exc: self._refused(exc, code), owner=self)

    def _recorded(self, r: dict) -> None:
        if r["already"]:
            text = (self.tr("%1: letter %2 was already recorded as delivered by %3 on %4.")
                    .replace("%1", r["household_code"]).replace("%2", str(r["number"]))
                    .replace("%3", r["delivered_by"])
                    .replace("%4", show_date(r["delivered_at"][:10])))
            say(self.message, text, "warn")
        else:
            self.recorded += 1
            text = (self.tr("%1: letter %2 delivered by %3.")
                    .replace("%1", r["household_code"]).replace("%2", str(r["number"]))
                    .replace("%3", r["delivered_by"]))
            say(self.message, text, "ok")
            self._counted()
        self.recent.insertItem(0, text)
        self.wanted.value = r["village_id"]  # the scanned letter's village highlighted
        self.refresh()

    def _refused(self, exc: Exception, code: str) -> None:
        """A stub not recorded: said with its code, and kept in the list too (in red), so that
        a fast run of scans loses none of them to the next one's line."""
        text = explain(exc)
        if code not in text:  # "the letter code fails its check" names no stub
            text = f"{code if len(code) <= 24 else code[:21] + '…'}: {text}"
        say(self.message, text, "error")
        self.recent.insertItem(0, self.message.text())
        self.recent.item(0).setForeground(QColor("#b00020"))

    def _failed(self, exc: Exception) -> None:
        say(self.message, explain(exc), "error")
