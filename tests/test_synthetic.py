"""The synthetic roster that demos, tests and benchmarks use: realistic and deterministic."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from station_app.core.ids import check_personal_id, parse_personal_id
from station_app.core.synthetic import ROSTER_HEADERS, generate_roster
from station_app.services.roster_files import map_headers

COLUMN = {h: i for i, h in enumerate(ROSTER_HEADERS)}


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    return list(generate_roster(2000, seed=4))


def col(row, header):
    return row[COLUMN[header]]


def test_deterministic_for_a_seed(rows):
    assert list(generate_roster(2000, seed=4)) == rows
    assert list(generate_roster(2000, seed=5)) != rows
    assert list(generate_roster(2000, seed=4, max_residents=100)) == rows[:100]


def test_headers_are_understood_by_the_import():
    mapping = map_headers(ROSTER_HEADERS)
    assert {"full_name", "household_code", "dob", "gender", "personal_id", "old_id",
            "relation", "village", "card_status"} <= set(mapping)


def test_family_names_with_their_real_frequencies(rows):
    families = Counter(col(r, "Họ và tên").split()[0] for r in rows)
    share = {name: n / len(rows) for name, n in families.items()}
    assert families.most_common(1)[0][0] == "Nguyễn"
    assert 0.30 < share["Nguyễn"] < 0.46
    assert share["Trần"] > share["Hoàng"] and share["Lê"] > share["Đặng"]
    assert len(families) >= 20


def test_households_of_realistic_size_with_one_head(rows):
    households = Counter(col(r, "Mã hộ") for r in rows)
    assert len(households) == 2000
    sizes = list(households.values())
    assert min(sizes) >= 1 and max(sizes) <= 9
    assert 2.8 < sum(sizes) / len(sizes) < 4.5
    heads = Counter(col(r, "Mã hộ") for r in rows if col(r, "Quan hệ với chủ hộ") == "Chủ hộ")
    assert set(heads) == set(households) and set(heads.values()) == {1}


def test_ids_agree_with_gender_birth_year_and_province(rows):
    with_id = [r for r in rows if col(r, "Số định danh cá nhân")]
    assert 0.6 < len(with_id) / len(rows) < 0.95
    places = Counter()
    for r in with_id:
        number = col(r, "Số định danh cá nhân")
        gender = "M" if col(r, "Giới tính") == "Nam" else "F"
        year = int(col(r, "Ngày, tháng, năm sinh")[-4:])
        assert check_personal_id(number, gender, year) == [], r
        places[parse_personal_id(number).province] += 1
    assert places.most_common(1)[0][0] == "Nghệ An"
    assert None not in places
    assert len({col(r, "Số định danh cá nhân") for r in with_id}) == len(with_id)  # unique
    old_ids = [col(r, "Số CMND") for r in rows if col(r, "Số CMND")]
    assert old_ids and all(len(o) == 9 and o.isdigit() for o in old_ids)


def test_year_only_dates_cards_and_ages(rows):
    today = dt.date(2026, 1, 1)
    year_only = [r for r in rows if len(col(r, "Ngày, tháng, năm sinh")) == 4]
    assert year_only
    assert all(today.year - int(col(r, "Ngày, tháng, năm sinh")) > 70 for r in year_only)
    statuses = Counter(col(r, "Tình trạng thẻ") for r in rows)
    assert {"Cần cấp", "Đã có thẻ", "Miễn"} <= set(statuses)
    assert statuses["Cần cấp"] > statuses["Đã có thẻ"] > 0
    children = [r for r in rows if len(col(r, "Ngày, tháng, năm sinh")) == 10
                and dt.datetime.strptime(col(r, "Ngày, tháng, năm sinh"), "%d/%m/%Y").date()
                > dt.date(today.year - 13, 12, 31)]
    assert children and all(col(r, "Tình trạng thẻ") == "Miễn" for r in children)
    villages = {col(r, "Thôn/Tổ dân phố") for r in rows}
    assert 4 <= len(villages) <= 60


def test_varied_names_change_the_names_only_and_give_a_long_tail(rows):
    varied = list(generate_roster(2000, seed=4, names="varied"))
    name = COLUMN["Họ và tên"]
    assert [r[:name] + r[name + 1:] for r in varied] == [r[:name] + r[name + 1:] for r in rows]
    assert list(generate_roster(2000, seed=4, names="varied")) == varied  # deterministic
    common = Counter(r[name] for r in rows)
    names = Counter(r[name] for r in varied)
    # many more distinct full names, most of them carried by one person only
    assert len(names) > 1.5 * len(common)
    assert sum(1 for n in names.values() if n == 1) > len(varied) / 2
    families = Counter(n.split()[0] for n in names.elements())
    assert families.most_common(1)[0][0] == "Nguyễn" and len(families) > 60
    with pytest.raises(ValueError):
        list(generate_roster(10, seed=4, names="rare"))
