"""Service errors as the interface shows them: in Vietnamese when the interface is Vietnamese,
the English line unchanged for the command line."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from station_app.services.intake import IntakeError, add_resident  # noqa: E402
from station_app.services.operators import OperatorError, add_operator  # noqa: E402
from station_app.services.roster_import import RosterFileError, import_roster  # noqa: E402
from station_app.services.search import SearchError, search_residents  # noqa: E402
from station_app.ui.messages import explain  # noqa: E402


@pytest.fixture
def vietnamese(qapp):
    from station_app.ui.app import install_translators

    install_translators(qapp, "vi")
    yield
    install_translators(qapp, "en")


def test_service_errors_in_vietnamese(vietnamese, roster_db, lead):
    with pytest.raises(OperatorError) as bad_pin:
        add_operator(roster_db, "Cán bộ Mới", "staff", "12", by=lead)
    assert str(bad_pin.value) == "a PIN is 4 to 12 digits"
    assert explain(bad_pin.value) == "Mã PIN gồm 4 đến 12 chữ số"

    taken = roster_db.scalar("SELECT personal_id FROM residents WHERE personal_id IS NOT NULL")
    with pytest.raises(IntakeError) as duplicate:
        add_resident(roster_db, "Nguyễn Văn Mới", personal_id=taken, operator=lead)
    assert explain(duplicate.value) == (
        f"Công dân có số định danh {taken} đã có trong danh sách")

    with pytest.raises(IntakeError) as bad_date:
        add_resident(roster_db, "Nguyễn Văn Mới", dob="30/02/1990", operator=lead)
    assert explain(bad_date.value) == (
        "'30/02/1990' không phải là ngày có thật (ngày 30, tháng 2, năm 1990)")

    with pytest.raises(SearchError) as empty:
        search_residents(roster_db, "  ", operator=lead)
    assert explain(empty.value) == "Chưa nhập nội dung tìm kiếm"


def test_in_english_the_service_line_is_shown_as_a_sentence(qapp, roster_db, tmp_path, lead):
    with pytest.raises(OperatorError) as bad_pin:
        add_operator(roster_db, "Cán bộ Mới", "staff", "12", by=lead)
    assert explain(bad_pin.value) == "A PIN is 4 to 12 digits"
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(RosterFileError) as no_rows:
        import_roster(roster_db, empty, operator=lead)
    assert explain(no_rows.value) == "empty.csv is empty"  # a file name keeps its case
