"""Synthetic rosters that look like a real commune's: family names with their real frequencies,
middle and given names by gender, households of realistic size and ages, villages, some
residents with cards already. Deterministic for a given seed."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

__all__ = ["ROSTER_HEADERS", "generate_roster"]

ROSTER_HEADERS = [
    "Mã hộ", "Họ và tên", "Giới tính", "Ngày, tháng, năm sinh", "Số định danh cá nhân",
    "Số CMND", "Quan hệ với chủ hộ", "Thôn/Tổ dân phố", "Xã/Phường", "Tỉnh/Thành phố",
    "Địa chỉ", "Số điện thoại", "Tình trạng thẻ",
]

# Share of the population (percent), from published surveys of Vietnamese family names.
FAMILY_NAMES = {
    "Nguyễn": 38.4, "Trần": 11.0, "Lê": 9.5, "Phạm": 7.1, "Hoàng": 3.1, "Huỳnh": 2.0,
    "Phan": 4.5, "Vũ": 2.0, "Võ": 1.9, "Đặng": 2.1, "Bùi": 2.0, "Đỗ": 1.4, "Hồ": 1.3,
    "Ngô": 1.3, "Dương": 1.0, "Lý": 0.5, "Đinh": 0.6, "Trịnh": 0.5, "Đào": 0.4, "Mai": 0.4,
    "Lương": 0.3, "Cao": 0.3, "Tạ": 0.2, "Lưu": 0.2, "Chu": 0.2, "Kiều": 0.1, "Quách": 0.1,
}
MIDDLE = {
    "M": {"Văn": 45, "Hữu": 8, "Đức": 10, "Minh": 10, "Quốc": 6, "Thành": 5, "Công": 6,
          "Xuân": 4, "Ngọc": 3, "Gia": 3},
    "F": {"Thị": 55, "Ngọc": 8, "Thu": 6, "Thanh": 7, "Kim": 5, "Mỹ": 4, "Hồng": 5,
          "Phương": 4, "Bảo": 3, "Thùy": 3},
}
GIVEN = {
    "M": ["An", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Huy", "Khánh", "Long", "Minh", "Nam",
          "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Bảy", "Đạt", "Đức", "Hiếu", "Hoàng",
          "Kiên", "Lâm", "Lợi", "Nghĩa", "Phúc", "Quang", "Tài", "Thành", "Trung", "Vinh",
          "Tùng", "Khoa", "Lộc", "Tâm", "Thịnh", "Toàn", "Ước", "Ân"],
    "F": ["Anh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hoa", "Hồng", "Hương", "Lan",
          "Linh", "Loan", "Mai", "My", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thu",
          "Trang", "Tuyết", "Vân", "Yến", "Hòa", "Ánh", "Diệp", "Ngân", "Ơn", "Uyên", "Xuân"],
}
# ``names="varied"`` (the benchmarks' big roster, issue 25): names as varied as a province's,
# so that a search meets a long tail of distinct full names (at least 250,000 among 802,466)
# rather than the few tens of thousands the lists above make. Rarer family names share a few
# percent of the people; middle and given names come from longer lists, the first ones of each
# list the most frequent (weights 1/rank^0.7), and a quarter of the people have two middle names.
RARE_FAMILY_NAMES = [
    "Trương", "Đoàn", "Vương", "Lâm", "Phùng", "Mạc", "Thái", "Tôn", "Thân", "Hà", "Lại", "La",
    "Tăng", "Khúc", "Châu", "Từ", "Quan", "Lục", "Mẫn", "Văn", "Nghiêm", "Doãn", "Triệu", "Âu",
    "Ông", "Kim", "Giáp", "Khổng", "Nông", "Lò", "Hứa", "Thạch", "Diệp", "Bạch", "Sầm", "Lã",
    "Cù", "Ninh", "Tống", "Hầu", "Khương", "Tiêu", "Mạnh", "Đàm", "Bế", "Vi", "Phí", "Đồng",
    "Thiều", "Viên", "Chung", "Cấn", "Nhữ", "Ứng", "Kha", "Lều", "Quản", "Ôn", "Thẩm", "Yên",
]
MORE_MIDDLE = {
    "M": ["Văn", "Đức", "Minh", "Hữu", "Quốc", "Công", "Thành", "Quang", "Trọng", "Đình",
          "Xuân", "Ngọc", "Tiến", "Thanh", "Gia", "Anh", "Bá", "Duy", "Hoàng", "Mạnh", "Tuấn",
          "Việt", "Khắc", "Trung", "Hải", "Phú", "Nhật", "Bảo", "Chí", "Thế", "Kim", "Phúc",
          "Thiện", "Hồng", "Tấn", "Như", "Huy", "Cao", "Sỹ", "Đăng", "Trường", "Hoài", "Vĩnh",
          "Thái", "Nam", "Phước", "Hoài", "Khánh", "Tùng", "Lâm"],
    "F": ["Thị", "Ngọc", "Thanh", "Thu", "Kim", "Hồng", "Mỹ", "Phương", "Thùy", "Bảo", "Minh",
          "Lan", "Hải", "Diệu", "Khánh", "Quỳnh", "Hoài", "Bích", "Cẩm", "Tuyết", "Mai",
          "Thảo", "Ánh", "Huyền", "Như", "Tường", "Vân", "Yến", "Xuân", "Hương", "Thúy",
          "Hoàng", "Nguyệt", "Hà", "Trà", "Tú", "Linh", "Kiều", "Uyên", "Gia", "Thiên", "Đan",
          "Ngân", "Hạnh", "Phúc", "Tâm", "An", "Diễm", "Song", "Vĩnh"],
}
MORE_GIVEN = {
    "M": GIVEN["M"] + [
        "Bảo", "Công", "Chiến", "Cương", "Duy", "Dương", "Định", "Giang", "Hào", "Hậu", "Hiển",
        "Hiệp", "Hòa", "Hưng", "Khang", "Khải", "Khôi", "Kỳ", "Luân", "Mạnh", "Nhân", "Nhật",
        "Ninh", "Phát", "Phi", "Phước", "Quý", "Quyết", "Sang", "Sĩ", "Tân", "Thái", "Thanh",
        "Thiện", "Thông", "Tiến", "Tín", "Trí", "Triều", "Trọng", "Tú", "Tường", "Vũ", "Vương",
        "Ý", "Đông", "Đăng", "Kha", "Lực", "Nguyên", "Thuận", "Thương", "Tính", "Trường",
        "Tuệ", "Vĩ", "Bách", "Chánh", "Cảnh", "Doanh", "Giáp", "Hiền", "Hoan", "Khiêm",
        "Lĩnh", "Mẫn", "Nghị", "Nhựt", "Sáng", "Tạo", "Thạch", "Thọ", "Toản", "Trực", "Uy",
        "Vỹ", "Xuyên", "Yên", "Đoàn", "Được"],
    "F": GIVEN["F"] + [
        "Ái", "An", "Bích", "Cúc", "Duyên", "Dịu", "Đào", "Gấm", "Hậu", "Hiền", "Huệ",
        "Huyền", "Khánh", "Kiều", "Lài", "Liên", "Liễu", "Lụa", "Ly", "Lý", "Mận", "Minh", "Mơ",
        "Nga", "Nguyệt", "Nhàn", "Nhi", "Như", "Nương", "Phượng", "Quế", "Quyên", "Sen", "Tâm",
        "Thanh", "Thoa", "Thơ", "Thúy", "Thủy", "Thương", "Tiên", "Trâm", "Trinh", "Tú",
        "Tươi", "Vy", "Xoan", "Diễm", "Hân", "Hảo", "Khuê", "Lệ", "Mến", "Nhạn", "Sương",
        "Thắm", "Thêu", "Thục", "Trúc", "Vi", "Châu", "Dao", "Hiên", "Hường", "Lành", "Mỹ",
        "Ngà", "Nhung", "Phấn", "Quyền", "Tình", "Trà", "Tuyền", "Ước", "Xinh", "Yên"],
}
VILLAGE_NAMES = ["Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Đoài", "Tân Lập",
                 "Phú Thọ", "An Hòa", "Bình Minh", "Hưng Thịnh", "Quyết Tiến", "Đồng Tâm",
                 "Thắng Lợi", "Tiền Phong", "Hòa Bình", "Phúc Lộc", "Yên Ổn"]
VILLAGE_KINDS = ["Thôn", "Thôn", "Thôn", "Khu phố", "Tổ dân phố", "Ấp"]
STATUS_WORDS = {"needs_card": "Cần cấp", "has_card": "Đã có thẻ", "exempt": "Miễn",
                "moved": "Chuyển đi", "deceased": "Đã mất"}
PROVINCE = ("040", "Nghệ An")
OTHER_BIRTH_PROVINCES = ["001", "038", "042", "079", "044", "046"]


def _weighted(table: dict[str, float]) -> tuple[list[str], list[float]]:
    names = list(table)
    total = 0.0
    cumulative = []
    for name in names:
        total += table[name]
        cumulative.append(total)
    return names, cumulative


def _villages(rng: random.Random, households: int) -> list[str]:
    count = max(4, min(60, households // 350))
    names = []
    for i in range(count):
        base = VILLAGE_NAMES[i % len(VILLAGE_NAMES)]
        suffix = f" {i // len(VILLAGE_NAMES) + 1}" if i >= len(VILLAGE_NAMES) else ""
        names.append(f"{rng.choice(VILLAGE_KINDS)} {base}{suffix}")
    return names


def _by_rank(names: list[str]) -> tuple[list[str], list[float]]:
    """``names`` weighted 1/rank^0.7 (a long tail), duplicates dropped."""
    names = list(dict.fromkeys(names))
    return _weighted({n: rank ** -0.7 for rank, n in enumerate(names, 1)})


def generate_roster(households: int, seed: int, today: dt.date | None = None,
                    max_residents: int | None = None,
                    names: str = "common") -> Iterator[list[str]]:
    """Rows in ROSTER_HEADERS order; households stay together, sorted by code. ``names``:
    "common" (the demo's and the tests' rosters) or "varied" (see RARE_FAMILY_NAMES): the
    same households, people, ages and statuses, only the names differ."""
    if names not in ("common", "varied"):
        raise ValueError(f"names must be 'common' or 'varied', not {names!r}")
    rng = random.Random(seed)
    # varied names come from a generator of their own: the main one draws exactly what it
    # draws for common names, so everything else in the roster stays the same
    name_rng = random.Random(f"names {seed}") if names == "varied" else None
    rare, rare_weights = _weighted(dict.fromkeys(RARE_FAMILY_NAMES, 1.0))
    more_middles = {g: _by_rank(t) for g, t in MORE_MIDDLE.items()}
    more_given = {g: _by_rank(t) for g, t in MORE_GIVEN.items()}

    def varied_family(family: str) -> str:
        if name_rng.random() < 0.04:  # a rarer family name
            return name_rng.choices(rare, cum_weights=rare_weights)[0]
        return family

    def varied_name(gender: str, family: str) -> str:
        m_names, m_weights = more_middles[gender]
        middle = name_rng.choices(m_names, cum_weights=m_weights)[0]
        if name_rng.random() < 0.25:
            second = name_rng.choices(m_names, cum_weights=m_weights)[0]
            if second != middle:
                middle += " " + second
        g_names, g_weights = more_given[gender]
        return f"{family} {middle} {name_rng.choices(g_names, cum_weights=g_weights)[0]}"

    today = today or dt.date(2026, 1, 1)
    families, family_weights = _weighted(FAMILY_NAMES)
    middles = {g: _weighted(t) for g, t in MIDDLE.items()}
    villages = _villages(rng, households)
    commune = "Xã Hòa Bình"
    serials: set[str] = set()
    produced = 0

    def person(gender: str, family: str, age: int) -> dict:
        m_names, m_weights = middles[gender]
        middle = rng.choices(m_names, cum_weights=m_weights)[0]
        given = rng.choice(GIVEN[gender])
        if rng.random() < 0.12:  # a second middle name
            second = rng.choices(m_names, cum_weights=m_weights)[0]
            if second != middle:
                middle += " " + second
        born = today - dt.timedelta(days=int(age * 365.25) + rng.randrange(365))
        name = f"{family} {middle} {given}" if name_rng is None else varied_name(gender, family)
        return {"name": name, "gender": gender, "born": born,
                "year_only": age > 70 and rng.random() < 0.3}

    for h in range(households):
        code = f"HK{h + 1:07d}"
        village = villages[min(len(villages) - 1, h * len(villages) // households)]
        family = rng.choices(families, cum_weights=family_weights)[0]
        if name_rng is not None:
            family = varied_family(family)
        head_gender = "M" if rng.random() < 0.78 else "F"
        head_age = rng.randint(24, 85)
        members = [("Chủ hộ", person(head_gender, family, head_age))]
        if rng.random() < 0.8:
            spouse_gender = "F" if head_gender == "M" else "M"
            spouse_family = rng.choices(families, cum_weights=family_weights)[0]
            if name_rng is not None:
                spouse_family = varied_family(spouse_family)
            members.append(("Vợ" if spouse_gender == "F" else "Chồng",
                            person(spouse_gender, spouse_family,
                                   max(18, head_age + rng.randint(-6, 4)))))
        for _ in range(rng.choices([0, 1, 2, 3, 4], weights=[12, 22, 38, 20, 8])[0]):
            child_age = head_age - rng.randint(20, 38)
            if child_age >= 0:
                gender = "M" if rng.random() < 0.51 else "F"
                members.append(("Con", person(gender, family, child_age)))
        if head_age < 55 and rng.random() < 0.15:
            members.append(("Mẹ", person("F", family, head_age + rng.randint(20, 30))))
        phone = f"0{rng.choice('39785')}{rng.randrange(10**8):08d}"
        address = f"Số {rng.randint(1, 300)}, {village}, {commune}"
        for relation, p in members:
            age = today.year - p["born"].year
            born = p["born"]
            dob = str(born.year) if p["year_only"] else born.strftime("%d/%m/%Y")
            pid = ""
            if age >= 14 and rng.random() < 0.85 or age < 14 and rng.random() < 0.6:
                place = PROVINCE[0] if rng.random() < 0.9 else rng.choice(OTHER_BIRTH_PROVINCES)
                digit = 2 * ((born.year - 1900) // 100) + (0 if p["gender"] == "M" else 1)
                while True:
                    pid = f"{place}{digit}{born.year % 100:02d}{rng.randrange(10**6):06d}"
                    if pid not in serials:
                        serials.add(pid)
                        break
            old_id = f"18{rng.randrange(10**7):07d}" if age >= 30 and rng.random() < 0.4 else ""
            if age < 14:
                status = "exempt"
            else:
                r = rng.random()
                status = ("has_card" if r < 0.28 else "moved" if r < 0.29 else
                          "deceased" if r < 0.295 else "needs_card")
            yield [code, p["name"], "Nam" if p["gender"] == "M" else "Nữ", dob, pid, old_id,
                   relation, village, commune, PROVINCE[1], address,
                   phone if relation == "Chủ hộ" else "", STATUS_WORDS[status]]
            produced += 1
            if max_residents and produced >= max_residents:
                return
