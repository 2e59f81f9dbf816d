"""Vietnamese of the letters, delivery and announcement screens and of the letters' and
announcements' service messages (issue 15, points 5, 6 and 8)."""

VI_h15b = {
    # main window tabs
    "Letters": "Giấy mời",
    "Delivery": "Phát giấy mời",
    "Announcements": "Thông báo loa",
    # letters screen
    "V&illages": "Theo thôn/tổ dân &phố",
    "O&ne session": "Theo một &buổi làm việc",
    "Session": "Buổi làm việc",
    "A5 (one letter per A5 sheet)": "A5 (mỗi tờ A5 một giấy mời)",
    "A4 (the A5 letter centred on A4)": "A4 (giấy mời khổ A5 đặt giữa tờ A4)",
    "C&hoose…": "C&họn…",
    "&Write the letters": "&In giấy mời ra tệp PDF",
    "&Stop": "&Dừng",
    "&Open the PDF": "&Mở tệp PDF",
    "&Print…": "In ra má&y in…",
    "Letters to write": "Giấy mời cần in",
    "Save as": "Lưu vào",
    "The first pages appear here once the letters are written.":
        "Các trang đầu sẽ hiện ở đây sau khi in xong giấy mời.",
    "%1 (%2 letters)": "%1 (%2 giấy mời)",
    "%1 %2–%3, %4 (%5 households)": "%1 %2–%3, %4 (%5 hộ)",
    "Save the letters as": "Lưu giấy mời vào tệp",
    "PDF files (*.pdf)": "Tệp PDF (*.pdf)",
    "Tick the villages (Space) or choose a session first.":
        "Hãy đánh dấu thôn/tổ dân phố (phím cách) hoặc chọn một buổi làm việc trước.",
    "Say where to save the letters.": "Hãy chọn nơi lưu tệp giấy mời.",
    "Writing the letters…": "Đang in giấy mời ra tệp…",
    "Stopping…": "Đang dừng…",
    "%1 letters written (%2) to %3.": "Đã in %1 giấy mời (khổ %2) vào tệp %3.",
    "The first %1 of %2 pages:": "%1 trang đầu trong tổng số %2 trang:",
    "Stopped: no letter was written, nothing changed.":
        "Đã dừng: chưa in giấy mời nào, không có gì thay đổi.",
    "The file could not be written (is the folder there, and may it be written?): %1":
        "Không ghi được tệp (thư mục có tồn tại và được phép ghi không?): %1",
    "Sending the letters to the printer…": "Đang gửi giấy mời tới máy in…",
    "%1 pages sent to the printer.": "Đã gửi %1 trang tới máy in.",
    # delivery screen
    "for example: Team 3": "ví dụ: Tổ 3",
    "Scan a stub (or type a household code and Enter)":
        "Quét phiếu báo (hoặc gõ mã hộ rồi nhấn Enter)",
    "Stubs recorded": "Phiếu báo đã ghi nhận",
    "Delivered": "Đã phát",
    "Not delivered": "Chưa phát",
    "Stubs handed back": "Phiếu báo đã nhận giấy mời gửi về",
    "Delivered by (team)": "Người/tổ đi phát",
    "Stub": "Phiếu báo",
    "Letters of the coming sessions, per village":
        "Giấy mời của các buổi sắp tới, theo thôn/tổ dân phố",
    "Recorded in this sitting: %1": "Đã ghi nhận trong lượt này: %1",
    "First type who delivered these letters.": "Hãy nhập người/tổ đã phát các giấy mời này trước.",
    "%1: letter %2 was already recorded as delivered by %3 on %4.":
        "%1: giấy mời số %2 đã được ghi nhận là do %3 phát ngày %4.",
    "%1: letter %2 delivered by %3.": "%1: giấy mời số %2 đã được %3 phát.",
    # announcements screen
    "&Show": "&Hiện lịch",
    "F&rom": "Từ n&gày",
    "for &days": "&số ngày",
    "Announcement text": "Nội dung thông báo",
    "&Copy the text": "Sao &chép nội dung",
    "Villages with appointments": "Thôn/tổ dân phố có lịch hẹn",
    "Copied: paste it where it is needed (Ctrl+V).": "Đã sao chép: dán vào nơi cần dùng (Ctrl+V).",
    "Sent to the printer.": "Đã gửi tới máy in.",
    # service messages (letters, announcements, scanned codes)
    "letter": "giấy mời",
    "ticket": "phiếu thứ tự",
    "any village": "bất kỳ thôn/tổ dân phố nào",
    "{villages} in {session}": "{villages} trong {session}",
    "the session of {day} {opens} at {place}": "buổi làm việc ngày {day} lúc {opens} tại {place}",
    "malformed {name} code: expected {count} ids and a check":
        "mã {name} sai dạng: cần {count} mã số và một mã kiểm tra",
    "no letter here for '{text}'": "không có giấy mời nào ở đây cho '{text}'",
    "not a station code (it should start with CCCD1|)":
        "không phải mã của trạm (mã của trạm bắt đầu bằng CCCD1|)",
    "nothing to announce: no appointments for {which} from {start} to {end}":
        "không có gì để thông báo: {which} không có lịch hẹn nào từ {start} đến {end}",
    "nothing to print: no household of {what} has an upcoming appointment (book them first)":
        "không có gì để in: không hộ nào của {what} có lịch hẹn sắp tới (hãy xếp lịch trước)",
    "paper size must be A5 or A4, not '{size}'": "khổ giấy phải là A5 hoặc A4, không phải '{size}'",
    "printing stopped: no letter was written": "đã dừng in: chưa in giấy mời nào",
    "say who delivered the letter": "hãy cho biết ai đã phát giấy mời",
    "the letter code fails its check: it is of the old kind, printed before letters were signed, and no longer accepted: reprint the household's letter":
        "mã giấy mời không đúng: đây là loại mã cũ, in trước khi giấy mời có chữ ký số, nay "
        "không còn dùng được: hãy in lại giấy mời của hộ",
    "the letter code fails its check: misread, mistyped, or not a letter of this campaign's stations":
        "mã giấy mời không đúng: quét sai, gõ sai, hoặc không phải giấy mời của các trạm trong "
        "đợt cấp thẻ này",
    "the letter's {setting} can't be empty": "mục {setting} của giấy mời không được để trống",
    "the period must be at least 1 day": "khoảng thời gian phải ít nhất 1 ngày",
    "the {name} code fails its check: misread or mistyped":
        "mã {name} không đúng: quét sai hoặc gõ sai",
    "this is a {kind} code, not a letter": "đây là mã {kind}, không phải mã giấy mời",
    "this move changed no appointment: there is nobody to tell":
        "lần dời lịch này không đổi lịch hẹn nào: không có ai cần báo",
    "unknown kind of station code '{kind}'": "loại mã của trạm không xác định: '{kind}'",
    "unknown letter setting(s): {names}": "mục thiết lập giấy mời không có: {names}",
}

# Qt's own print dialog (Print… on the letters and announcement screens): PySide6 ships no
# qtbase_vi.qm (see QT_VI in translations_vi.py)
_FORM = {"Form": "Biểu mẫu"}
_ORDERS = {
    "Left to Right, Top to Bottom": "Trái sang phải, trên xuống dưới",
    "Left to Right, Bottom to Top": "Trái sang phải, dưới lên trên",
    "Right to Left, Bottom to Top": "Phải sang trái, dưới lên trên",
    "Right to Left, Top to Bottom": "Phải sang trái, trên xuống dưới",
    "Bottom to Top, Left to Right": "Dưới lên trên, trái sang phải",
    "Bottom to Top, Right to Left": "Dưới lên trên, phải sang trái",
    "Top to Bottom, Left to Right": "Trên xuống dưới, trái sang phải",
    "Top to Bottom, Right to Left": "Trên xuống dưới, phải sang trái",
}
QT_VI_h15b = {
    "QPrintDialog": {
        "Print": "In", "&Print": "&In", "&Options >>": "&Tùy chọn >>",
        "&Options <<": "&Tùy chọn <<", "Print to File (PDF)": "In ra tệp (PDF)",
        "Print To File ...": "In ra tệp…", "Local file": "Tệp trên máy",
        "Write PDF file": "Ghi tệp PDF", "All Pages": "Tất cả các trang",
        "Odd Pages": "Các trang lẻ", "Even Pages": "Các trang chẵn", "OK": "Đồng ý",
        "%1 already exists.\nDo you want to overwrite it?":
            "%1 đã có.\nBạn có muốn ghi đè không?",
        "%1 is a directory.\nPlease choose a different file name.":
            "%1 là một thư mục.\nHãy chọn tên tệp khác.",
        "File %1 is not writable.\nPlease choose a different file name.":
            "Không ghi được vào tệp %1.\nHãy chọn tên tệp khác.",
        "Invalid Pages Definition": "Khai báo trang không hợp lệ",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, "
        "'-' to define ranges and make sure ranges do not intersect with each other.":
            "%1 không đúng cú pháp. Hãy dùng dấu ',' để ngăn cách các trang và khoảng trang, "
            "dấu '-' để ghi khoảng trang, và các khoảng trang không được chồng lên nhau.",
        "The 'From' value cannot be greater than the 'To' value.":
            "Giá trị 'Từ' không được lớn hơn giá trị 'Đến'.",
        "1 (1x1)": "1 (1x1)", "2 (2x1)": "2 (2x1)", "4 (2x2)": "4 (2x2)", "6 (2x3)": "6 (2x3)",
        "9 (3x3)": "9 (3x3)", "16 (4x4)": "16 (4x4)", **_ORDERS,
    },
    "QPrintWidget": {
        "Printer": "Máy in", "&Name:": "&Tên:", "P&roperties": "Th&uộc tính",
        "Location:": "Vị trí:", "Type:": "Loại:", "Output &file:": "Tệp &xuất ra:",
        "Preview": "Xem trước", "...": "…", **_FORM,
    },
    "QPrintSettingsOutput": {
        "Copies": "Số bản", "Copies:": "Số bản:", "Collate": "Sắp theo bộ",
        "Reverse": "In ngược thứ tự", "Options": "Tùy chọn", "Color Mode": "Chế độ màu",
        "Color": "Màu", "Grayscale": "Thang xám", "Double Sided Printing": "In hai mặt",
        "Off": "Tắt", "Long side binding": "Đóng gáy cạnh dài",
        "Short side binding": "Đóng gáy cạnh ngắn", "Print range": "Phạm vi in",
        "Print all": "In tất cả", "Pages from": "Các trang từ", "to": "đến",
        "Pages": "Các trang", "Current Page": "Trang hiện tại", "Selection": "Phần đã chọn",
        "Page Set:": "Nhóm trang:", "Page &Set:": "&Nhóm trang:",
        "Output Settings": "Thiết lập bản in",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
        "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.":
            "Nhập các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy. Khoảng trang ghi bằng "
            "hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.",
        **_FORM,
    },
    "QPrintPropertiesDialog": {
        "Printer Properties": "Thuộc tính máy in", "Job Options": "Tùy chọn lệnh in",
        "Page Setup Conflicts": "Xung đột thiết lập trang",
        "Advanced Option Conflicts": "Xung đột tùy chọn nâng cao",
        "There are conflicts in page setup options. Do you want to fix them?":
            "Có xung đột trong các tùy chọn thiết lập trang. Bạn có muốn sửa không?",
        "There are conflicts in some advanced options. Do you want to fix them?":
            "Có xung đột trong một số tùy chọn nâng cao. Bạn có muốn sửa không?",
    },
    "QPrintPropertiesWidget": {
        "Page": "Trang", "Advanced": "Nâng cao",
        "There are conflicts in some options. Please fix them.":
            "Có xung đột giữa một số tùy chọn. Hãy sửa lại.", **_FORM,
    },
    "QPageSetupWidget": {
        "Paper": "Giấy", "Page size:": "Khổ giấy:", "Width:": "Rộng:", "Height:": "Cao:",
        "Paper source:": "Khay giấy:", "Orientation": "Hướng giấy", "Portrait": "Dọc",
        "Landscape": "Ngang", "Reverse landscape": "Ngang ngược", "Reverse portrait": "Dọc ngược",
        "Margins": "Lề", "top margin": "lề trên", "left margin": "lề trái",
        "right margin": "lề phải", "bottom margin": "lề dưới", "Page Layout": "Bố cục trang",
        "Page order:": "Thứ tự trang:", "Page &order:": "&Thứ tự trang:",
        "Pages per sheet:": "Số trang mỗi tờ:", "Pages &per sheet:": "Số trang &mỗi tờ:",
        "Millimeters (mm)": "Milimét (mm)", "Inches (in)": "Inch (in)",
        "Points (pt)": "Point (pt)", "Custom": "Tùy chỉnh", **_FORM,
    },
}
