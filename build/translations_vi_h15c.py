"""Vietnamese of the roster edits (issue 15, point 7): the edit dialogs of the roster screen
and the messages of services/roster_edits.py."""

VI_h15c = {
    # roster screen
    "&Edit resident…": "&Sửa nhân khẩu…",
    "Add &resident…": "Thêm nhân &khẩu…",
    "Add house&hold…": "Thêm &hộ gia đình…",
    # resident dialog
    "Correct resident": "Sửa thông tin nhân khẩu",
    "Add resident": "Thêm nhân khẩu",
    "dd/mm/yyyy, or the year only": "dd/mm/yyyy, hoặc chỉ năm sinh",
    "12 digits": "12 chữ số",
    "9 digits, if any": "9 chữ số, nếu có",
    "household code; a new code moves the resident":
        "mã hộ; nhập mã hộ khác để chuyển nhân khẩu sang hộ đó",
    "&Full name": "&Họ và tên",
    "&Gender": "&Giới tính",
    "&Date of birth": "&Ngày sinh",
    "&Personal ID": "Số định &danh",
    "&Old ID (CMND)": "Số CMND &cũ",
    "&Household": "&Hộ gia đình",
    "&Relation to the head": "&Quan hệ với chủ hộ",
    "Card &status": "&Tình trạng thẻ",
    "When": "Thời điểm",
    "Who": "Người sửa",
    "Before": "Trước",
    "After": "Sau",
    "History of this resident": "Lịch sử chỉnh sửa của nhân khẩu này",
    "Save": "Lưu",
    "No personal ID": "Chưa có số định danh",
    "Province code %1: %2": "Mã tỉnh %1: %2",
    "Century and gender digit %1: %2, born %3–%4":
        "Chữ số thế kỷ và giới tính %1: %2, sinh trong các năm %3–%4",
    "Birth year digits %1: %2": "Hai chữ số năm sinh %1: năm %2",
    # history field names
    "Old ID (CMND)": "Số CMND cũ",
    "Head": "Chủ hộ",
    # household dialog
    "Add household": "Thêm hộ gia đình",
    "Household &code": "&Mã hộ",
    "&Village": "&Thôn/Tổ dân phố",
    "&Address": "Đị&a chỉ",
    "&Head of household": "&Chủ hộ",
    "&Phone": "Số điện t&hoại",
    # services/roster_edits.py and core/ids.py
    "ID digits 1-3 ('{code}') are not a province code":
        "Ba số đầu của số định danh ('{code}') không phải mã tỉnh",
    "a household with code {code} is already on the roster":
        "hộ có mã {code} đã có trong danh sách",
    "card status '{value}' is not one of {statuses}":
        "tình trạng thẻ '{value}' không thuộc các giá trị {statuses}",
    "no household with code {code}": "không có hộ nào mang mã {code}",
    "no such village": "không có thôn/tổ dân phố này",
    "phone '{phone}' must contain digits only": "số điện thoại '{phone}' chỉ được gồm chữ số",
}
