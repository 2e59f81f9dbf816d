"""`make screenshots` (issue 16): docs/screenshots/sync-, conflicts- and hq-<vi|en>.png at
1366×768, from three laptops made here: HQ holding a synthetic roster, two stations that
exchanged bundles with it, one resident collected at both stations, a tampered bundle refused.
Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots sync"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from build.screenshots import LANGS, shoot, store, wait_until  # noqa: E402
from station_app.services.demo_roster import write_demo_roster  # noqa: E402
from station_app.services.intake import record_intake  # noqa: E402
from station_app.services.operators import add_operator, find_operator  # noqa: E402
from station_app.services.roster_import import import_roster  # noqa: E402
from station_app.services.syncing import import_files  # noqa: E402
from station_app.storage import Database  # noqa: E402
from station_app.sync import (  # noqa: E402
    create_keys,
    enrol,
    export_bundle,
    import_bundle,
    read_identity_file,
    write_identity_file,
)
from station_app.ui.app import build_window, install_translators  # noqa: E402

LEAD, HQ_OPERATOR = "Trưởng trạm", "Cán bộ Sở"


def laptops(tmp: Path) -> dict[str, Path]:
    """HQ and two stations, enrolled both ways; the roster from HQ; bundles exchanged; one
    resident collected at both stations; a tampered bundle refused at the first station."""
    sites = {"hq": ("HQ-S", "Công an tỉnh Hòa Bình", True),
             "a": ("XA-HB-01", "Trạm UBND xã Hòa Bình", False),
             "b": ("XA-TL-02", "Trạm trường THCS Tân Lập", False)}
    dbs, who = {}, {}
    for key, (code, name, hq) in sites.items():
        db = Database.create(tmp / f"{key}.sqlite3", code, name, hq=hq)
        create_keys(db)
        lead = add_operator(db, LEAD, "lead", "1111")
        who[key] = add_operator(db, HQ_OPERATOR, "hq", "4444", by=lead) if hq else lead
        write_identity_file(db, tmp / f"{key}.id", operator=who[key])
        dbs[key] = db
    for key in ("a", "b"):
        enrol(dbs["hq"], read_identity_file(tmp / f"{key}.id"), operator=who["hq"])
        enrol(dbs[key], read_identity_file(tmp / "hq.id"), operator=who[key])
    write_demo_roster(tmp / "roster.csv", households=300, seed=7)
    import_roster(dbs["hq"], tmp / "roster.csv", operator=who["hq"])

    def send(src: str, dst: str, name: str) -> Path:
        path = tmp / f"{name}.bundle"
        export_bundle(dbs[src], path, to=dbs[dst].station, operator=who[src])
        import_bundle(dbs[dst], path, operator=who[dst])
        return path

    send("hq", "a", "1")
    send("hq", "b", "2")
    residents = [r["id"] for r in dbs["hq"].query(
        "SELECT id FROM residents WHERE dob <= '2005' ORDER BY id LIMIT 12")]
    twice = residents[0]
    record_intake(dbs["a"], twice, "collected", desk="1", operator=who["a"])
    record_intake(dbs["b"], twice, "collected", desk="2", operator=who["b"],
                  note="Đối chiếu CMND cũ")
    for resident in residents[1:8]:
        record_intake(dbs["a"], resident, "collected", desk="1", operator=who["a"])
    send("a", "hq", "3")
    send("b", "hq", "4")
    back = tmp / "5.bundle"
    export_bundle(dbs["hq"], back, to="XA-HB-01", operator=who["hq"])
    damaged = bytearray(back.read_bytes())
    damaged[len(damaged) // 2] ^= 0x40
    (tmp / "usb").mkdir()
    (tmp / "usb" / "tu-HQ.bundle").write_bytes(bytes(damaged))
    import_files(dbs["a"], [tmp / "usb" / "tu-HQ.bundle", back], operator=who["a"])
    for resident in residents[8:]:  # not yet at HQ
        record_intake(dbs["a"], resident, "collected", desk="2", operator=who["a"])
    for db in dbs.values():
        db.close()
    return {key: tmp / f"{key}.sqlite3" for key in sites}


def screens(app: QApplication, paths: dict[str, Path], tmp: Path, lang: str) -> None:
    install_translators(app, lang)
    for key, name, screen_name, shot in (("a", LEAD, "Sync", "sync"),
                                         ("hq", HQ_OPERATOR, "Conflicts", "conflicts"),
                                         ("hq", HQ_OPERATOR, "HQ", "hq")):
        db = Database.open(paths[key])
        win = build_window(db, lang, store(tmp, f"{shot}-{lang}", language=lang),
                           operator=find_operator(db, name))
        win.resize(1366, 768)
        win.show()
        screen = win.screens[screen_name]
        win.tabs.setCurrentWidget(screen)
        if shot == "sync":
            screen.fill_volumes(keep=str(tmp / "usb"))
            wait_until(lambda s=screen: s.history.rowCount() > 0 and s.pending.text())
            screen.importer.start([tmp / "usb" / "tu-HQ.bundle"])
            wait_until(lambda s=screen: s.importer.results.rowCount() == 1)
        elif shot == "conflicts":
            wait_until(lambda s=screen: s.conflicts.rowCount() == 1)
            screen.choose("XA-HB-01")
            screen.reason.setText("Trạm Tân Lập thu nhận lần hai do nhầm hồ sơ")
        else:
            wait_until(lambda s=screen: s.stations.rowCount() == 2)
            screen.table.selectRow(0)
            screen.importer.start([tmp / "3.bundle", tmp / "4.bundle", tmp / "usb" /
                                   "tu-HQ.bundle"])
            wait_until(lambda s=screen: s.importer.results.rowCount() == 3)
        shoot(win, f"{shot}-{lang}")
        win.close()
        db.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = laptops(tmp)
        for lang in LANGS:
            screens(app, paths, tmp, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
