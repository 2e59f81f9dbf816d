"""Personal ID numbers: the 12-digit structure, its disagreements with the resident, the 9-digit
old ID, and leading zeros lost in a spreadsheet."""

import pytest

from station_app.core.ids import (
    check_personal_id,
    clean_id_text,
    is_old_id,
    parse_personal_id,
    province_name,
    restore_id,
)


def test_parse_twelve_digits():
    pid = parse_personal_id("040185012345")
    assert pid.place_code == "040"
    assert pid.province == "Nghệ An"
    assert pid.century == 1900
    assert pid.gender == "F"
    assert pid.birth_year == 1985
    assert pid.serial == "012345"
    assert parse_personal_id("001099000001").province == "Hà Nội"


@pytest.mark.parametrize("digit, century, gender", [
    ("0", 1900, "M"), ("1", 1900, "F"), ("2", 2000, "M"), ("3", 2000, "F"),
    ("4", 2100, "M"), ("5", 2100, "F"),
])
def test_century_and_gender_digit(digit, century, gender):
    pid = parse_personal_id(f"040{digit}05123456")
    assert (pid.century, pid.gender, pid.birth_year) == (century, gender, century + 5)
    assert check_personal_id(pid.number, gender, century + 5) == []


def test_agreeing_id_has_no_problem():
    assert check_personal_id("040085012345", "M", 1985) == []
    assert check_personal_id("040085012345", None, None) == []  # nothing to compare with


def test_gender_digit_disagrees():
    assert check_personal_id("040085012345", "F", 1985) == [
        "ID digit 4 ('0') says male, but the resident is female"]
    assert check_personal_id("040385012345", "M", 2085) == [
        "ID digit 4 ('3') says female, but the resident is male"]


def test_century_digit_disagrees():
    assert check_personal_id("040285012345", "M", 1985) == [
        "ID digit 4 ('2') says born in the 2000s, but the birth year is 1985"]
    assert check_personal_id("040005012345", "M", 2005) == [
        "ID digit 4 ('0') says born in the 1900s, but the birth year is 2005"]


def test_year_digits_disagree():
    assert check_personal_id("040085012345", "M", 1986) == [
        "ID digits 5-6 ('85') say born in 1985, but the birth year is 1986"]


def test_gender_and_year_both_disagree():
    assert check_personal_id("040085012345", "F", 1990) == [
        "ID digit 4 ('0') says male, but the resident is female",
        "ID digits 5-6 ('85') say born in 1985, but the birth year is 1990",
    ]


@pytest.mark.parametrize("number, message", [
    ("04008501234", "ID number '04008501234' has 11 digits, a personal ID has 12"),
    ("0400850123456", "ID number '0400850123456' has 13 digits, a personal ID has 12"),
    ("04008501234A", "ID number '04008501234A' must contain digits only"),
    ("040 085 012 345", "ID number '040 085 012 345' must contain digits only"),
])
def test_wrong_form(number, message):
    with pytest.raises(ValueError) as exc:
        parse_personal_id(number)
    assert str(exc.value) == message
    assert check_personal_id(number, "M", 1985) == [message]


def test_births_registered_abroad_are_not_errors():
    # a country code instead of a province code: not a province, and not a problem
    for number in ("840085012345", "392185012345"):
        pid = parse_personal_id(number)
        assert province_name(pid.place_code) is None
        assert pid.province is None
        assert check_personal_id(number, pid.gender, 1985) == []


def test_old_nine_digit_id():
    assert is_old_id("187654321")
    assert is_old_id("012345678")
    assert not is_old_id("12345678")
    assert not is_old_id("0400850123")
    assert not is_old_id("18765432X")


@pytest.mark.parametrize("cell, digits", [
    (40085012345, "40085012345"),        # a number cell
    (40085012345.0, "40085012345"),      # a float cell
    ("40085012345.0", "40085012345"),    # the float as text in a CSV
    ("'040085012345", "040085012345"),   # the apostrophe that keeps a cell as text
    (" 040 085 012 345 ", "040085012345"),
    ("040.085.012.345", "040085012345"),
])
def test_clean_id_text(cell, digits):
    assert clean_id_text(cell) == digits


def test_scientific_notation_lost_digits():
    with pytest.raises(ValueError, match="scientific notation"):
        clean_id_text("4.00850E+10")


def test_restore_leading_zero_lost_by_a_spreadsheet():
    assert restore_id("40085012345", 12, "M", 1985) == "040085012345"
    assert restore_id("1099000001", 12, "M", 1999) == "001099000001"  # two zeros: Hà Nội
    assert restore_id("40085012345", 12, None, None) == "040085012345"
    assert restore_id("040085012345", 12, "M", 1985) == "040085012345"  # nothing lost
    assert restore_id("87654321", 9, None, None) == "087654321"


@pytest.mark.parametrize("digits, gender, year", [
    ("40085012345", "F", 1985),   # restored, it would say male
    ("40085012345", "M", 1990),   # restored, it would say born 1985
    ("40285012345", "M", 1985),   # restored, it would say born in the 2000s
    ("5085012345", "M", 1985),    # restored as 005..., not a province code
    ("1234567", "M", 1985),       # far too short
])
def test_restore_refused_when_it_does_not_fit_the_resident(digits, gender, year):
    with pytest.raises(ValueError, match="it was not restored") as exc:
        restore_id(digits, 12, gender, year)
    assert f"'{digits}' has {len(digits)} digits" in str(exc.value)


def test_restore_refused_for_too_many_digits():
    with pytest.raises(ValueError, match="has 13 digits, expected 12"):
        restore_id("0400850123456", 12, "M", 1985)


def test_old_id_with_more_than_one_zero_lost_is_not_restored():
    with pytest.raises(ValueError, match="not restored"):
        restore_id("1234567", 9, None, None)
