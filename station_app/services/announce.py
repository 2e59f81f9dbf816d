"""The loudspeaker announcement (thông báo trên loa truyền thanh): for each village, the text the
ward reads out (three times a day) with the schedule of the coming days: which day, which hours,
where, how many households have an appointment, what to bring, and the sessions that moved.

Dates and times are written the way they are read aloud ('Thứ Bảy, ngày 2 tháng 8 năm 2025',
'7 giờ 30'), not as on paper (02/08/2025, 07:30).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from station_app.core.appointments import UPCOMING
from station_app.core.messages import Message
from station_app.core.scheduling import slot_end, time_vi, weekday_vi
from station_app.core.text import fold
from station_app.services.letters import letterhead
from station_app.services.operators import Operator, authorize
from station_app.services.sessions import parse_day, resolve_villages
from station_app.storage import Database

__all__ = ["AnnounceError", "announcements", "spoken_day", "READS_PER_DAY"]

READS_PER_DAY = "sáng, trưa và chiều"


class AnnounceError(ValueError):
    """Nothing to announce, or bad input."""


def spoken_day(day: dt.date) -> str:
    return f"{weekday_vi(day)}, ngày {day.day} tháng {day.month} năm {day.year}"


def _part_of_day(opens: str) -> str:
    hour = int(opens[:2])
    return "buổi sáng" if hour < 12 else ("buổi chiều" if hour < 18 else "buổi tối")


def announcements(db: Database, villages: list[str] | None = None, start=None, days: int = 3, *,
                  operator: Operator | None = None) -> list[dict]:
    """For each village (those given, or every village with appointments in the period) the
    announcement text of the sessions in the ``days`` days from ``start`` (default today)."""
    authorize(db, operator, "sessions.announce")
    start = parse_day(start) if start else dt.date.today()
    if days < 1:
        raise AnnounceError(Message("the period must be at least 1 day"))
    end = start + dt.timedelta(days=days - 1)
    chosen = resolve_villages(db, villages) if villages else None
    where, params = "", []
    if chosen:
        where = f"AND h.village_id IN ({','.join('?' * len(chosen))})"
        params = [v["id"] for v in chosen]
    rows = db.query(
        f"""SELECT v.id AS village_id, v.name AS village, s.id AS session_id, s.day, s.opens,
        s.closes, s.place, s.slot_minutes, MIN(a.slot) AS first_slot, MAX(a.slot) AS last_slot,
        COUNT(DISTINCT a.household_id) AS households, COUNT(*) AS people
        FROM appointments a JOIN sessions s ON s.id = a.session_id
        JOIN households h ON h.id = a.household_id JOIN areas v ON v.id = h.village_id
        WHERE s.status = 'planned' AND s.day BETWEEN ? AND ?
          AND a.status IN ({','.join('?' * len(UPCOMING))}) {where}
        GROUP BY v.id, s.id ORDER BY s.day, s.opens""",
        (start.isoformat(), end.isoformat(), *UPCOMING, *params))
    moves = db.query(
        f"""SELECT DISTINCT v.id AS village_id, m.kind, m.reason, m.from_day, m.from_place,
        m.from_opens, m.to_day, m.to_place, m.to_opens, m.at
        FROM session_moves m JOIN appointments a ON a.moved_by = m.id
        JOIN households h ON h.id = a.household_id JOIN areas v ON v.id = h.village_id
        WHERE (m.from_day BETWEEN ? AND ? OR m.to_day BETWEEN ? AND ?) {where}
        ORDER BY m.from_day, m.at""",
        (start.isoformat(), end.isoformat(), start.isoformat(), end.isoformat(), *params))
    by_village: dict[str, list[dict]] = defaultdict(list)
    names = {}
    for r in rows:
        by_village[r["village_id"]].append(r)
        names[r["village_id"]] = r["village"]
    moved: dict[str, list[dict]] = defaultdict(list)
    for m in moves:
        moved[m["village_id"]].append(m)
    targets = chosen or sorted(({"id": k, "name": n} for k, n in names.items()),
                               key=lambda v: fold(v["name"]))
    if not any(by_village.get(v["id"]) for v in targets):
        which = ", ".join(v["name"] for v in chosen) if chosen else Message("any village")
        raise AnnounceError(Message("nothing to announce: no appointments for {which} from "
                                    "{start} to {end}", which=which,
                                    start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"))
    head = letterhead(db, start)
    return [{"village": v["name"], "from": start.isoformat(), "to": end.isoformat(),
             "sessions": [{k: r[k] for k in ("day", "opens", "closes", "place", "households",
                                             "people")} for r in by_village[v["id"]]],
             "text": _text(v["name"], by_village[v["id"]], moved[v["id"]], head)}
            for v in targets if by_village.get(v["id"])]


def _text(village: str, sessions: list[dict], moves: list[dict], head) -> str:
    lines = [f"(Đọc trên loa truyền thanh 3 lần mỗi ngày: {READS_PER_DAY})", "",
             "THÔNG BÁO", f"Về việc làm thủ tục cấp thẻ Căn cước cho bà con {village}", "",
             f"Thực hiện kế hoạch cấp thẻ Căn cước cho công dân từ đủ 14 tuổi trở lên, "
             f"{head.body} thông báo lịch làm thủ tục của bà con {village} trong những ngày "
             f"tới như sau:"]
    for s in sessions:
        day = dt.date.fromisoformat(s["day"])
        until = time_vi(slot_end(s["last_slot"], s["slot_minutes"]), spoken=True)
        lines.append(
            f"- {spoken_day(day)}, {_part_of_day(s['opens'])} từ "
            f"{time_vi(s['opens'], spoken=True)} đến {time_vi(s['closes'], spoken=True)}, tại "
            f"{s['place']}: {s['households']} hộ đã được hẹn, bà con đến đúng giờ ghi trên giấy "
            f"mời (từ {time_vi(s['first_slot'], spoken=True)} đến {until}).")
    for m in moves:
        old = dt.date.fromisoformat(m["from_day"])
        why = f"do {m['reason']}, " if m["reason"] else ""
        if m["kind"] == "move":
            new = dt.date.fromisoformat(m["to_day"])
            lines.append(
                f"Lưu ý: {why}{_part_of_day(m['from_opens'])} {spoken_day(old)} tại "
                f"{m['from_place']} được chuyển sang {_part_of_day(m['to_opens'])} {spoken_day(new)} tại "
                f"{m['to_place']}; giờ hẹn của từng hộ giữ nguyên.")
        else:
            lines.append(
                f"Lưu ý: {why}{_part_of_day(m['from_opens'])} {spoken_day(old)} tại "
                f"{m['from_place']} không tổ chức; các hộ đã hẹn buổi này được hẹn lại vào buổi khác, "
                f"có thông báo gửi tới từng hộ.")
    lines += [
        f"Khi đi, bà con mang theo {head.bring.replace('giấy mời này', 'giấy mời')}",
        f"Hộ gia đình chưa nhận được giấy mời xin liên hệ tổ trưởng {village} hoặc "
        f"{head.contact}.",
        f"{head.body} trân trọng thông báo!"]
    return "\n".join(lines)
