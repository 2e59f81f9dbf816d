"""Importing a roster from the window: the columns shown first, the import as a worker task
(a big roster through the parse worker process), the result or the cancel reported. The
importer runs on the synchronous worker (the task is done when ``run`` returns), except for the
cancel, which needs a real thread to cancel."""

from __future__ import annotations

import multiprocessing

import pytest

pytest.importorskip("PySide6")

from cli_helpers import lead_of
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget  # noqa: E402

from station_app.services import roster_import  # noqa: E402
from station_app.services.roster_files import open_roster  # noqa: E402
from station_app.storage import Database  # noqa: E402
from station_app.ui.import_dialog import MappingDialog, RosterImporter  # noqa: E402
from station_app.ui.workers import SyncWorker, Worker  # noqa: E402


class ModalCloser:
    """Answers each modal dialog the importer opens (they run their own event loop): records
    its title, texts and table, then accepts it."""

    def __init__(self):
        self.seen: list[dict] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._close)
        self.timer.start(20)

    def _close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        table = dialog.findChild(QTableWidget)
        self.seen.append({
            "title": dialog.windowTitle(),
            "texts": [label.text() for label in dialog.findChildren(QLabel)],
            "rows": [[table.item(r, c).text() for c in range(table.columnCount())]
                     for r in range(table.rowCount())] if table else [],
        })
        dialog.accept()


def _importer(qtbot, worker, operator):
    parent = QWidget()
    qtbot.addWidget(parent)
    done = []
    imp = RosterImporter(parent, worker, operator, on_done=lambda: done.append(True))
    imp.done = done
    imp.closer = ModalCloser()
    return imp


@pytest.fixture
def importer(qtbot, db_path, lead):
    imp = _importer(qtbot, SyncWorker(db_path), lead)
    yield imp
    imp.closer.timer.stop()
    imp.worker.stop()


def _count(db_path) -> int:
    db = Database.open(db_path)
    try:
        return db.scalar("SELECT count(*) FROM residents")
    finally:
        db.close()


def test_the_column_check_reads_only_the_start_of_the_file(qapp, small_roster, monkeypatch):
    monkeypatch.setattr("station_app.services.roster_files.HEAD_BYTES", 4096)
    table = open_roster(small_roster, head_only=True)
    dialog = MappingDialog(small_roster, table.headers, {"full_name": 1, "dob": 3}, None)
    assert [dialog.findChild(QTableWidget).item(r, 1).text() for r in range(2)] == [
        "Họ và tên", "Ngày, tháng, năm sinh"]
    rows = [row for _, chunk in table.chunks(1000) for row in chunk]
    assert 0 < len(rows) < 100 and len(rows[-1]) == len(table.headers)  # whole lines only


@pytest.mark.parametrize("where", ["in process", "in a worker"])
def test_an_import_runs_off_the_gui_thread_and_shows_its_result(importer, qtbot, small_roster,
                                                               db_path, monkeypatch, where):
    if where == "in a worker":  # as for a province's roster
        monkeypatch.setattr(roster_import, "PARALLEL_BYTES", 0)
    importer.run(small_roster)
    result = importer.closer.seen[-1]
    assert result["title"] == "Roster imported"
    imported = _count(db_path)
    assert imported > 1000 and importer.done == [True]
    assert f"Imported: {imported:,}   Updated: 0   Unchanged: 0   Rejected: 0" in result["texts"]
    assert multiprocessing.active_children() == []


def test_a_cancelled_import_says_nothing_was_imported(qtbot, small_roster, db_path, monkeypatch,
                                                      lead):
    monkeypatch.setattr(roster_import, "PARALLEL_BYTES", 0)
    worker = Worker(db_path)
    importer = _importer(qtbot, worker, lead)
    try:
        task = importer.run(small_roster)
        task.cancel()  # before the first chunk is written
        qtbot.waitUntil(lambda: bool(importer.closer.seen), timeout=60_000)  # a real thread
        assert not task.pending
    finally:
        importer.closer.timer.stop()
        worker.stop()
    stopped = importer.closer.seen[-1]
    assert stopped["title"] == "Import stopped"
    assert any("Import cancelled; nothing was imported" in t and "Nothing was imported." in t
               for t in stopped["texts"])
    assert _count(db_path) == 0 and importer.done == []
    assert multiprocessing.active_children() == []


def test_bad_rows_are_listed_with_line_and_reason(importer, qtbot, tmp_path, db_path):
    path = tmp_path / "roster.csv"
    path.write_text("Họ và tên,Ngày sinh,Mã hộ\nNguyễn Văn An,1985,HK1\nLê Bình,31/02/1990,HK1\n",
                    encoding="utf-8")
    importer.run(path)
    result = importer.closer.seen[-1]
    assert result["rows"] == [
        ["3", "'31/02/1990' is not a real date (day 31, month 2, year 1990)"]]
    assert _count(db_path) == 1


def test_in_vietnamese_the_reasons_and_errors_are_vietnamese(importer, qtbot, qapp, tmp_path,
                                                             db_path):
    from station_app.ui.app import install_translators

    install_translators(qapp, "vi")
    try:
        path = tmp_path / "roster.csv"
        path.write_text("Họ và tên,Ngày sinh,Mã hộ,Giới tính\nNguyễn Văn An,1985,HK1,Nam\n"
                        "Lê Bình,31/02/1990,HK1,Nam\nNguyễn Văn An,1985,HK1,Nam\n"
                        "Trần Chi,1990,HK1,X\n", encoding="utf-8")
        importer.run(path)
        assert importer.closer.seen[-1]["rows"] == [
            ["3", "'31/02/1990' không phải là ngày có thật (ngày 31, tháng 2, năm 1990)"],
            ["4", "Trùng người ở dòng 2 (cùng hộ, họ tên và ngày sinh)"],
            ["5", "Giới tính 'X' không phải Nam/Nữ"]]
        empty = tmp_path / "empty.csv"
        empty.write_text("", encoding="utf-8")
        importer.start(empty)  # refused before anything is asked
        assert len(importer.closer.seen) == 2
        assert "empty.csv không có dữ liệu" in importer.closer.seen[-1]["texts"]
    finally:
        install_translators(qapp, "en")


ROSTER = ("Mã hộ,Họ và tên,Giới tính,Ngày sinh,Số định danh cá nhân,Quan hệ với chủ hộ\n"
          "HK001,Nguyễn Văn An,Nam,05/03/1985,040085012345,Chủ hộ\n"
          "HK001,Đặng Thị Hoà,Nữ,1987,040187123456,Vợ\n")


def _station_with_ids(db_path, tmp_path):
    first = tmp_path / "first.csv"
    first.write_text(ROSTER, encoding="utf-8")
    db = Database.open(db_path)
    try:
        roster_import.import_roster(db, first, operator=lead_of(db))
    finally:
        db.close()
    changed = tmp_path / "changed.csv"
    changed.write_text(ROSTER.replace("040085012345", "040085099999"), encoding="utf-8")
    return changed


def _ids(db_path) -> set:
    db = Database.open(db_path)
    try:
        return {r["personal_id"] for r in db.query("SELECT personal_id FROM residents")}
    finally:
        db.close()


@pytest.mark.parametrize("where", ["in process", "in a worker"])
def test_an_import_that_replaces_ids_shows_them_and_asks_first(importer, qtbot, tmp_path,
                                                               db_path, monkeypatch, where):
    if where == "in a worker":
        monkeypatch.setattr(roster_import, "PARALLEL_BYTES", 0)
    path = _station_with_ids(db_path, tmp_path)
    importer.closer.timer.stop()  # this test answers the question itself: first "Cancel"
    asked = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.reject()
            table = dialog.findChild(QTableWidget)
            asked.append((dialog.windowTitle(), [table.item(0, c).text() for c in range(
                              table.columnCount())] if table and table.rowCount() else [],
                          [label.text() for label in dialog.findChildren(QLabel)],
                          _ids(db_path)))

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    importer.run(path)  # the SyncWorker runs it at once; the question is answered meanwhile
    timer.stop()
    title, row, texts, ids = asked[0]
    assert title == "Import roster: confirm the changes"
    assert row == ["Personal ID (12 digits)", "1",
                   "Nguyễn Văn An (HK001, 05/03/1985): 040085012345 → 040085099999"]
    assert any("would replace 1 values" in text for text in texts)
    assert ids == {"040085012345", "040187123456"}  # nothing written while it asks
    qtbot.wait(100)
    assert _ids(db_path) == {"040085012345", "040187123456"} and importer.done == []

    importer.closer.timer.start(20)  # now "Import and replace"
    importer.run(path)
    assert [d["title"] for d in importer.closer.seen] == [
        "Import roster: confirm the changes", "Roster imported"]
    assert _ids(db_path) == {"040085099999", "040187123456"} and importer.done == [True]
    assert multiprocessing.active_children() == []


def test_a_broken_xlsx_is_one_message(importer, qtbot, tmp_path, db_path):
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Mã hộ", "Họ và tên", "Ngày sinh"])
    for n in range(200):
        book.active.append([f"HK{n}", "Nguyễn Văn An", "1985"])
    book.save(tmp_path / "good.xlsx")
    with zipfile.ZipFile(tmp_path / "good.xlsx") as zin, \
            zipfile.ZipFile(tmp_path / "broken.xlsx", "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[: len(data) // 2] if "worksheets" in item.filename else data)
    importer.start(tmp_path / "broken.xlsx")
    texts = [t for d in importer.closer.seen for t in d["texts"]]
    assert any(t.startswith("broken.xlsx is not a readable XLSX workbook (") and
               "Traceback" not in t for t in texts), texts
    assert _count(db_path) == 0
