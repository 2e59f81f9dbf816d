"""Choosing a file or a folder: Qt's own file dialog, never the system's (the same dialog on
every laptop, in the product's words: Qt ships no Vietnamese for it, build/translations_vi.py
holds its strings), its list showing what every screen shows: a moment as dd/mm/yyyy hh:mm
(core.dates.show_moment), a size as core.numbers.show_size, a folder as a folder in the
interface's language (issue 23)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from station_app.core.dates import show_moment
from station_app.ui.numbers import size

_SIZE, _TYPE, _MODIFIED = 1, 2, 3  # QFileSystemModel's columns after the name


class ShownFiles(QStyledItemDelegate):
    """The list's size, type and date columns written as the product writes them (Qt writes
    '7 12 2026', '3.91 KiB' and 'Folder' whatever the language). A delegate of the view, not
    a proxy over its model, and reading the file itself rather than the model's fileInfo():
    both crashed the dialog when a typed name was accepted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._stats: dict[str, os.stat_result | None] = {}  # one look at a file per dialog

    def _stat(self, path) -> os.stat_result | None:
        if path not in self._stats:
            try:
                self._stats[path] = os.stat(path)
            except (OSError, TypeError):
                self._stats[path] = None
        return self._stats[path]

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() not in (_SIZE, _TYPE, _MODIFIED):
            return
        # the path as the view's own data, then the file looked at here (once, not at every
        # paint): the model's fileInfo() read from Python while the dialog accepted a typed
        # name crashed (2 runs in 3)
        info = self._stat(index.siblingAtColumn(0).data(QFileSystemModel.Roles.FilePathRole))
        if info is None:
            return
        folder = stat.S_ISDIR(info.st_mode)
        if index.column() == _SIZE:
            option.text = "" if folder else size(info.st_size)
        elif index.column() == _TYPE and folder:
            option.text = self.tr("Folder")
        elif index.column() == _MODIFIED:
            option.text = show_moment(dt.datetime.fromtimestamp(info.st_mtime))


def unused_path(folder: Path, stem: str, ext: str) -> Path:
    """``stem.ext`` in ``folder``, or ``stem-2.ext``, ``stem-3.ext``… when taken: a file the
    screens write never overwrites the last one's."""
    path, n = folder / f"{stem}.{ext}", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.{ext}", n + 1
    return path


def file_dialog(parent: QWidget | None, title: str, start: str, filters: str = "",
                name: bool = True) -> QFileDialog:
    """The dialog in ``start``'s folder (or, when it is not there yet, the nearest one that is:
    Qt would open the program's working folder), ``start``'s file name chosen unless ``name``
    is False (a folder not there yet: chosen, it would grey the button out)."""
    path = Path(start or Path.home()).expanduser()
    folder = path if path.is_dir() else path.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    dialog = QFileDialog(parent, title, str(folder), filters)
    if name and not path.is_dir():
        dialog.selectFile(path.name)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None:  # every column readable whole, the name taking the room left
        view.setItemDelegate(ShownFiles(view))
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        return dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, title: str, start: str, filters: str = "") -> str:
    """An existing file's path, or '' when the person cancels."""
    dialog = file_dialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _chosen(dialog)


def save_file(parent: QWidget | None, title: str, start: str, filters: str = "") -> str:
    """Where to write a file (an existing one only once the person confirmed replacing it),
    or ''."""
    if start:  # the folder the app writes to unless told otherwise: there to be chosen
        with contextlib.suppress(OSError):
            Path(start).expanduser().parent.mkdir(parents=True, exist_ok=True)
    dialog = file_dialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _chosen(dialog)


def folder_dialog(parent: QWidget | None, title: str, start: str) -> QFileDialog:
    dialog = file_dialog(parent, title, start, name=False)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return dialog


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """An existing folder's path, or ''."""
    return _chosen(folder_dialog(parent, title, start))
