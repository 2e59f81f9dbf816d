"""Invitation letters (SPEC §7): households booked from the 802,466-resident roster, then one A5
PDF with a letter (QR code, embedded Vietnamese font) per household. Bar: >= 1,000 letters a
second into one PDF, for a batch of at least 5,000 households. Booking is reported too."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from run import bench_lead

MIN_HOUSEHOLDS = 5_000


def run(ctx) -> None:
    from station_app.services import letters, sessions
    from station_app.storage import Database

    db = Database.open(ctx.fresh_copy("bench-letters.sqlite3"))
    try:
        today = dt.date.today()
        specs = sessions.week_specs(today + dt.timedelta(days=1), "Hội trường UBND xã",
                                    [("07:00", "11:30"), ("13:30", "17:00")], 20, 40, days=60)
        sessions.create_sessions(db, specs, operator=bench_lead(db), today=today)
        villages = [r["name"] for r in db.query(
            "SELECT v.name, COUNT(*) AS n FROM areas v JOIN households h ON h.village_id = v.id "
            "WHERE v.kind = 'village' GROUP BY v.id ORDER BY v.name_fold")]
        chosen, booked, people, spent = [], 0, 0, 0.0
        for village in villages:
            start = time.perf_counter()
            result = sessions.book_villages(db, [village], operator=bench_lead(db), today=today)
            spent += time.perf_counter() - start
            chosen.append(village)
            booked += result.households
            people += result.people
            if booked >= MIN_HOUSEHOLDS:
                break
        ctx.report(f"book {len(chosen)} villages ({booked:,} households, {people:,} people)",
                   spent, "s", "(no bar)")
        out = ctx.scratch(Path(ctx.data) / "bench-letters.pdf")
        for label, processes in (("one process", 1), ("default: two processes", None)):
            start = time.perf_counter()
            printed = letters.print_letters(db, out, villages=chosen, operator=bench_lead(db),
                                            today=today, processes=processes)
            elapsed = time.perf_counter() - start
            rate = printed["letters"] / elapsed
            ok = None if processes == 1 else (rate >= 1000 and printed["letters"] >= MIN_HOUSEHOLDS)
            ctx.report(f"letters into one A5 PDF, {label} ({printed['letters']:,})", rate,
                       "letters/s", ">= 1,000/s" if processes is None else "(one core)", ok)
        ctx.report("size of the letters PDF", out.stat().st_size / printed["letters"] / 1024,
                   "KiB/page", "(no bar)")
        ctx.report("sampled pages whose QR decodes to its letter", _decoded(db, out),
                   "of 5", "5", None)
    finally:
        db.close()


def _decoded(db, pdf: Path) -> int:
    """Render five pages spread over the batch and decode their QR codes (zxing-cpp)."""
    import pypdfium2 as pdfium
    import zxingcpp

    from station_app.services.lookup import lookup

    document = pdfium.PdfDocument(str(pdf))
    try:
        count = len(document)
        good = 0
        for index in {0, count // 4, count // 2, 3 * count // 4, count - 1}:
            image = document[index].render(scale=150 / 72, grayscale=True).to_pil()
            codes = [r.text for r in zxingcpp.read_barcodes(image)]
            if len(codes) == 2 and lookup(db, codes[0], operator=bench_lead(db))["kind"] == "letter":
                good += 1
        return good
    finally:
        document.close()
