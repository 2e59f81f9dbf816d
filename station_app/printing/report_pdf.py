"""The progress report (báo cáo) and the list of residents still missing, as A4 PDFs in the
state administrative layout (SPEC §4): issuing body and national motto, number and symbol,
place-and-date line, subject, body, signature block. Text is in Liberation Serif, embedded, so
Vietnamese copies out intact. A few pages each: laid out with reportlab's platypus; the chart
of daily intake against the needed rate is a ``reportlab.graphics`` bar chart.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import islice
from xml.sax.saxutils import escape

import _rl_accel  # noqa: F401 - reportlab's C accelerator, which reportlab finds by name
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from station_app.core.dates import admin_date_line, show_date, show_moment
from station_app.core.numbers import day_bar_share, show_decimal, show_number
from station_app.printing import WritingStopped
from station_app.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from station_app.printing.letters import Letterhead

__all__ = ["write_progress_pdf", "write_missing_pdf", "number_vi", "WritingStopped"]

CHART_DAYS = 60  # the chart shows the last 60 days of the campaign
# the card statuses that take a resident out of the target, as the reports say them
NO_CARD_SAID = {"has_card": "đã có thẻ còn hạn", "exempt": "miễn", "moved": "đã chuyển đi",
              "deceased": "đã mất"}


def number_vi(value) -> str:
    """12345 -> '12.345', 12.5 -> '12,5' (Vietnamese separators); None -> '–'."""
    if isinstance(value, float) and not value.is_integer():
        return show_decimal(value, "vi")
    return show_number(value, "vi")


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=SERIF, fontSize=11, leading=14.5,
                          alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=3)
    return {
        "body": base,
        "plain": ParagraphStyle("plain", parent=base, firstLineIndent=0, spaceAfter=0),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER, firstLineIndent=0,
                                 spaceAfter=0),
        "head": ParagraphStyle("head", parent=base, fontName=SERIF_BOLD, alignment=TA_CENTER,
                               firstLineIndent=0, fontSize=10.5, leading=13, spaceAfter=0),
        "title": ParagraphStyle("title", parent=base, fontName=SERIF_BOLD, fontSize=14,
                                leading=18, alignment=TA_CENTER, firstLineIndent=0,
                                spaceBefore=8, spaceAfter=0),
        "h2": ParagraphStyle("h2", parent=base, fontName=SERIF_BOLD, firstLineIndent=0,
                             spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=SERIF, fontSize=9, leading=11),
        "note": ParagraphStyle("note", parent=base, fontName=SERIF_ITALIC, fontSize=10,
                               firstLineIndent=0),
    }


def _header(head: Letterhead, symbol: str, st: dict, width: float) -> list:
    """Issuing body and motto side by side, then number and the place-and-date line."""
    left = [Paragraph(escape(head.parent_body.upper()), st["center"]),
            Paragraph(f"<b>{escape(head.body.upper())}</b>", st["head"]),
            Paragraph("_______", st["center"])]
    right = [Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st["head"]),
             Paragraph("<u>Độc lập - Tự do - Hạnh phúc</u>", st["head"])]
    table = Table([[left, right],
                   [Paragraph(f"Số:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/{symbol}", st["center"]),
                    Paragraph(f"<i>{escape(admin_date_line(head.place, head.date))}</i>",
                              st["center"])]],
                  colWidths=[width * 0.42, width * 0.58])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SERIF),  # not Helvetica (unembedded)
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def _signature(head: Letterhead, st: dict, width: float, recipients: list[str]) -> list:
    left = [Paragraph("<b><i>Nơi nhận:</i></b>", st["plain"])]
    left += [Paragraph(f"- {r};", ParagraphStyle("r", parent=st["plain"], fontSize=9.5))
             for r in recipients]
    left.append(Paragraph("- Lưu: VT.", ParagraphStyle("r", parent=st["plain"], fontSize=9.5)))
    right = [Paragraph(f"<b>{escape(head.signer_title.upper())}</b>", st["head"]),
             Spacer(1, 20 * mm), Paragraph(f"<b>{escape(head.signer_name)}</b>", st["head"])]
    table = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SERIF),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 6 * mm), KeepTogether(table)]


def _table(headers: list[str], rows: list[list], widths: list[float], st: dict,
           flagged: set[int] = frozenset()) -> Table:
    """Text wraps in its cell; numbers are right-aligned with Vietnamese separators."""
    cell = st["cell"]
    bold = ParagraphStyle("cellb", parent=cell, fontName=SERIF_BOLD, alignment=TA_CENTER)
    data = [[Paragraph(h, bold) for h in headers]]
    font, pad = (cell.fontName, cell.fontSize), 3  # plain text as the Paragraphs write it
    style = [("FONT", (0, 0), (-1, -1), *font), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad)]
    room = [w - 2 * pad for w in widths]
    for r, row in enumerate(rows, 1):
        line = []
        for c, v in enumerate(row):
            if isinstance(v, str) and v.isprintable() and stringWidth(v, *font) <= room[c]:
                line.append(v)  # one line: drawn as it is (a Paragraph costs 30 times more)
            elif isinstance(v, str):
                line.append(Paragraph(escape(v), cell))
            else:
                line.append(number_vi(v))
                style.append(("ALIGN", (c, r), (c, r), "RIGHT"))
        data.append(line)
    for r in flagged:
        style.append(("BACKGROUND", (0, r + 1), (-1, r + 1), colors.HexColor("#fde2e1")))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _chart(report: dict, width: float) -> Drawing:
    """Collected per day (bars) against the rate needed now to meet every deadline (line)."""
    days = report["days"][-CHART_DAYS:]
    values = [d["collected"] for d in days] or [0]
    needed = report["needed_per_day"] or 0
    top = max([*values, needed, 1]) * 1.15
    height = 66 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = SERIF  # its default is the unembedded Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 38, 22, width - 44, height - 52
    chart.data = [values]
    # a bar takes barWidth / (barWidth + groupSpacing) of its day's place
    chart.barWidth = 10
    chart.groupSpacing = chart.barWidth / day_bar_share(len(values), CHART_DAYS) - chart.barWidth
    chart.bars[0].fillColor = colors.HexColor("#4a7ab5")
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = SERIF, 7
    chart.valueAxis.labelTextFormat = number_vi
    chart.categoryAxis.categoryNames = [d["date"][8:10] + "/" + d["date"][5:7] for d in days]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = SERIF, 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.tickDown = 2
    step = max(1, math.ceil(len(days) / 12))
    chart.categoryAxis.categoryNames = [n if i % step == 0 else ""
                                        for i, n in enumerate(chart.categoryAxis.categoryNames)]
    drawing.add(chart)
    line = LinePlot()  # the needed rate, on the same axes as the bars
    line.x, line.y, line.width, line.height = chart.x, chart.y, chart.width, chart.height
    line.data = [[(0, needed), (len(values), needed)]]
    line.xValueAxis.valueMin, line.xValueAxis.valueMax = 0, len(values)
    line.yValueAxis.valueMin, line.yValueAxis.valueMax = 0, top
    line.xValueAxis.visible = line.yValueAxis.visible = False
    line.lines[0].strokeColor = colors.HexColor("#c0392b")
    line.lines[0].strokeWidth = 1.5
    drawing.add(line)
    legend = Legend()
    legend.x, legend.y = chart.x + 4, height - 6
    legend.fontName, legend.fontSize = SERIF, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy, legend.deltax = 8, 8, 150
    legend.colorNamePairs = [(colors.HexColor("#4a7ab5"), "Số hồ sơ đã thu nhận trong ngày"),
                             (colors.HexColor("#c0392b"),
                              f"Mức cần đạt mỗi ngày: {number_vi(report['needed_per_day'])}")]
    drawing.add(legend)
    drawing.add(String(chart.x - 30, chart.y + chart.height + 6, "người/ngày", fontName=SERIF,
                       fontSize=7))
    if len(report["days"]) > len(days):
        drawing.add(String(chart.x + chart.width, 2, f"{len(days)} ngày gần nhất",
                           fontName=SERIF_ITALIC, fontSize=7, textAnchor="end"))
    return drawing


def _groups_vi(ages: list[str]) -> str:
    """'nhóm 14-22', 'các nhóm 14-22 và 23+', 'các nhóm 14-22, 23-60 và 60+'."""
    if len(ages) == 1:
        return f"nhóm {ages[0]}"
    return f"các nhóm {', '.join(ages[:-1])} và {ages[-1]}"


def _behind(row: dict) -> str:
    if not row["behind"]:
        return "Đạt"
    # None: an age group of a missed deadline has nobody collected yet (others may have some)
    days = (f"{_groups_vi(row['not_started'])} tuổi chưa thu nhận được ai"
            if row["days_behind"] is None else f"{row['days_behind']} ngày")
    return f"Chậm {number_vi(row['behind'])} người; {days}"


def station_phrase(name: str, code: str) -> str:
    """'trạm <name> (<code>)', without the word twice when the name starts with it
    ('Trạm lưu động 1' reads 'Trạm lưu động 1 (LD01)', not 'trạm Trạm lưu động 1')."""
    words = name.split()
    if words and words[0].lower() == "trạm":
        return f"{name} ({code})"
    return f"trạm {name} ({code})"


def write_progress_pdf(fh, report: dict, head: Letterhead) -> None:
    """The progress report of ``services.progress.progress`` into the binary file ``fh``."""
    st = _styles()
    page = A4
    report = {**report, "campaign": escape(report["campaign"]),
              "station_name": escape(report["station_name"])}
    doc = SimpleDocTemplate(fh, pagesize=page, leftMargin=25 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"Báo cáo tiến độ cấp thẻ Căn cước ngày {show_date(report['date'])}",
                            author=head.body, creator="station-app",
                            initialFontName=SERIF)  # not the unembedded Helvetica
    width = page[0] - 43 * mm
    symbol = "BC-" + head.symbol.split("-", 1)[-1]
    story = _header(head, symbol, st, width)
    story.append(Paragraph("BÁO CÁO", st["title"]))
    story.append(Paragraph(f"<b>Tiến độ cấp thẻ Căn cước – {report['campaign']}, đến ngày "
                           f"{show_date(report['date'])}</b>", st["center"]))
    story.append(Spacer(1, 5 * mm))
    n = number_vi
    where = "toàn bộ các trạm (dữ liệu đã hợp nhất)" if report["hq"] else \
        station_phrase(report["station_name"], report["station"])
    no_card = report["no_card_needed"]
    story.append(Paragraph(
        f"Thực hiện kế hoạch {report['campaign']} (từ ngày {show_date(report['start'])} đến ngày "
        f"{show_date(report['end'])}), {head.body} báo cáo tiến độ thu nhận hồ sơ cấp thẻ Căn "
        f"cước của {where} đến hết ngày {show_date(report['date'])} như sau:", st["body"]))
    story.append(Paragraph(
        f"1. Số công dân thuộc diện phải cấp: <b>{n(report['target'])}</b> người; đã thu nhận "
        f"<b>{n(report['collected'])}</b> người (<b>{n(report['percent'])}%</b>); còn lại "
        f"<b>{n(report['remaining'])}</b> người. Không tính vào chỉ tiêu: "
        + "; ".join(f"{NO_CARD_SAID[k]} {n(v)}" for k, v in no_card.items()) + ".", st["body"]))
    finish = report["projected_finish"]
    story.append(Paragraph(
        f"2. Trong ngày {show_date(report['date'])} thu nhận {n(report['collected_on_date'])} "
        f"người. Tốc độ bình quân 7 ngày gần nhất: <b>{n(report['achieved_per_day'])}</b> "
        f"người/ngày (từ đầu đợt: {n(report['achieved_per_day_since_start'])} người/ngày); mức "
        f"cần đạt để kịp các thời hạn: <b>{n(report['needed_per_day'])}</b> người/ngày. Với tốc "
        f"độ hiện nay, dự kiến hoàn thành ngày "
        f"<b>{show_date(finish) if finish else 'chưa xác định'}</b>.", st["body"]))
    story.append(Paragraph("3. Tiến độ theo nhóm tuổi và thời hạn:", st["body"]))
    story.append(_table(
        ["Nhóm tuổi", "Thời hạn", "Chỉ tiêu", "Đã thu nhận", "Còn lại", "Tỷ lệ %",
         "Còn (ngày)", "Cần/ngày", "Đạt/ngày", "Đánh giá"],
        [[d["ages"], show_date(d["date"]), d["target"], d["collected"], d["remaining"],
          d["percent"], d["days_left"], d["needed_per_day"], d["achieved_per_day"],
          "Kịp" if d["on_track"] else "Không kịp"] for d in report["deadlines"]],
        [w * mm for w in (17, 19, 18, 19, 16, 14, 15, 16, 16, 17)], st,
        flagged={i for i, d in enumerate(report["deadlines"]) if not d["on_track"]}))
    milestones = report.get("milestones") or []
    if milestones:
        story.append(Paragraph("Các mốc của kế hoạch (số người thu nhận đến hết ngày):",
                               st["body"]))
        story.append(_table(
            ["Mốc", "Đến hết ngày", "Chỉ tiêu", "Đã thu nhận", "Còn lại", "Còn (ngày)",
             "Cần/ngày", "Cần/ngày cả đợt", "Đạt/ngày", "Đánh giá"],
            [[m["label"].split(" – ")[0], show_date(m["date"]), m["target"],
              m["collected"], m["remaining"], m["days_left"], m["needed_per_day"],
              m["campaign_needed_per_day"], m["achieved_per_day"],
              "Đã đạt" if m["achieved"] else "Kịp" if m["on_track"] else "Không kịp"]
             for m in milestones],
            [w * mm for w in (17, 19, 18, 19, 16, 15, 16, 17, 16, 14)], st,
            flagged={i for i, m in enumerate(milestones) if not m["on_track"]}))
    story.append(CondPageBreak(75 * mm))
    story.append(Paragraph("4. Số hồ sơ thu nhận theo ngày so với mức cần đạt:", st["body"]))
    story.append(_chart(report, width))
    _unit_section(story, "5. Xếp hạng thôn, tổ dân phố (đơn vị không kịp tiến độ tô màu):",
                  report["villages"], "Thôn/Tổ", st, width, report)
    if len(report["communes"]) > 1 or report["hq"]:
        _unit_section(story, "6. Xếp hạng xã, phường:", report["communes"], "Xã/Phường", st,
                      width, report)
    if report.get("stations") is not None:
        story.append(Paragraph("7. Các trạm (số liệu của mỗi trạm tính đến gói dữ liệu gần "
                               "nhất đã nhận):", st["body"]))
        story.append(_table(
            ["Trạm", "Gói dữ liệu gần nhất", "Đã thu nhận", "Đạt/ngày", "Chỉ tiêu địa bàn",
             "Tỷ lệ %", "Đánh giá"],
            [[s["code"], show_moment(s["last_bundle"]) + (" – im lặng" if s["silent"] else "")
              if s["last_bundle"] else "chưa nhận", s["collected"], s["achieved_per_day"],
              s["target"], s["percent"], _behind(s)] for s in report["stations"]],
            [w * mm for w in (20, 34, 20, 17, 22, 15, 39)], st,
            flagged={i for i, s in enumerate(report["stations"]) if s["silent"] or s["behind"]}))
        for s in report["stations"]:
            if s["silent"]:
                since = show_date(s["last_bundle"][:10]) if s["last_bundle"] else None
                story.append(Paragraph(
                    f"Trạm {escape(s['code'])} im lặng từ {report['silent_days']} ngày trở lên: số liệu "
                    + (f"tính đến gói dữ liệu ngày {since}." if since else
                       "chưa có (chưa nhận gói dữ liệu nào)."), st["note"]))
    story.append(Paragraph(
        "Đề nghị các thôn, tổ dân phố không kịp tiến độ phối hợp rà soát, vận động công dân "
        "đến làm thủ tục theo lịch hẹn./.", st["body"]))
    story += _signature(head, st, width, ["Ủy ban nhân dân cấp xã", "Công an cấp trên"])
    doc.build(story)


def _unit_section(story, title, rows, label, st, width, report) -> None:
    ages = [d["ages"] for d in report["deadlines"]]
    story.append(Paragraph(title, st["body"]))
    headers = ["#", label, "Chỉ tiêu", "Đã thu", "Tỷ lệ %"]
    headers += [f"{a} tuổi: đã thu/chỉ tiêu" for a in ages] + ["Đánh giá"]
    fixed = [8, 36, 16, 16, 13]
    rest = (width / mm - sum(fixed) - 38) / max(1, len(ages))
    data = [[r["rank"], r["name"], r["target"], r["collected"], r["percent"],
             *[f"{number_vi(a['collected'])}/{number_vi(a['target'])}" for a in r["by_age"]],
             _behind(r)] for r in rows]
    story.append(_table(headers, data, [w * mm for w in [*fixed, *[rest] * len(ages), 38]], st,
                        flagged={i for i, r in enumerate(rows) if r["behind"]}))


class _RowsTable(Flowable):
    """A table whose rows are read as it is laid out, a page at a time: only the page being
    drawn holds its cells (a list of hundreds of thousands of people never sits in memory as
    one Table). ``make(rows)`` gives the Table of some rows, its header repeated. Each page
    lays out a few rows more than the last page held (laying out a cell is most of the time a
    page takes), and more when they all fit."""

    MARGIN = 8  # rows laid out beyond what the last page held (a page of short rows holds more)

    def __init__(self, make, rows: Iterator[list], pending: list | None = None,
                 guess: int = 40):
        super().__init__()
        self.make, self.rows, self.pending, self.guess = make, rows, pending or [], guess

    def _fill(self, count: int) -> None:
        self.pending += islice(self.rows, max(0, count - len(self.pending)))

    def wrap(self, availWidth, availHeight):
        self._fill(1)  # nothing left: nothing to draw
        return (availWidth, availHeight + 1) if self.pending else (availWidth, 0)

    def split(self, availWidth, availHeight):
        self._fill(1)
        if self.make(self.pending[:1]).wrap(availWidth, availHeight)[1] > availHeight:
            return []  # not even one row fits at the foot of this page: on the next page
        want = self.guess
        while True:
            self._fill(want)
            table = self.make(self.pending)
            fits = table.wrap(availWidth, availHeight)[1] <= availHeight
            if not fits or len(self.pending) < want:
                break
            want *= 2  # all of them fit, and more rows wait: lay out more
        if fits:
            return [table]  # the last rows, all on this page
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []  # not a row fits here: on the next page
        drawn = len(parts[0]._cellvalues) - 1  # its header repeated
        return [parts[0], _RowsTable(self.make, self.rows, self.pending[drawn:],
                                     drawn + self.MARGIN)]

    def draw(self) -> None:
        pass


def write_missing_pdf(fh, listed: dict, villages, head: Letterhead, progress=None) -> None:
    """The residents still missing, one table per village, for the door-to-door teams:
    ``listed`` is services.progress.missing_list's head, ``villages`` its villages each with
    an iterator of its residents, read as the pages are laid out. ``progress(rows drawn,
    rows)`` is told as each page's part of a table is drawn (a list of thousands takes tens of
    seconds); when it returns False the writing stops (WritingStopped)."""
    st = _styles()
    page = landscape(A4)
    doc = SimpleDocTemplate(fh, pagesize=page, leftMargin=18 * mm, rightMargin=15 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm,
                            title="Danh sách công dân chưa làm thủ tục cấp thẻ Căn cước",
                            author=head.body, creator="station-app",
                            initialFontName=SERIF)  # not the unembedded Helvetica
    width = page[0] - 33 * mm
    story = _header(head, "DS-" + head.symbol.split("-", 1)[-1], st, width)
    story.append(Paragraph("DANH SÁCH", st["title"]))
    story.append(Paragraph(f"<b>Công dân chưa làm thủ tục cấp thẻ Căn cước – {escape(listed['campaign'])}"
                           f" (đến ngày {show_date(listed['date'])})</b>", st["center"]))
    story.append(Paragraph(f"Tổng số: {number_vi(listed['count'])} người.", st["center"]))
    widths = [w * mm for w in (10, 52, 22, 24, 84, 28, 24)]
    headers = ["STT", "Họ và tên", "Ngày sinh", "Mã hộ", "Địa chỉ", "Điện thoại", "Hạn"]

    def make(rows: list[list]) -> Table:
        return _table(headers, rows, widths, st)

    for village, residents in villages:
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(f"{escape(village['name'])} ({number_vi(village['count'])} người)",
                               st["h2"]))
        story.append(_RowsTable(make, (
            [i, r["full_name"], show_date(r["dob"]) if r["dob"] else "", r["household_code"] or "",
             r["address"] or "", r["phone"] or "", show_date(r["deadline"])]
            for i, r in enumerate(residents, 1))))
    story += _signature(head, st, width, ["Tổ công tác các thôn, tổ dân phố"])
    if progress is not None:
        drawn = [0]

        def after(flowable) -> None:
            if isinstance(flowable, Table) and flowable.repeatRows == 1:
                drawn[0] += len(flowable._cellvalues) - 1  # its rows on this page
                if progress(drawn[0], listed["count"]) is False:
                    raise WritingStopped()

        doc.afterFlowable = after
    doc.build(story)
