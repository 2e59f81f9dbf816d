"""Vietnamese of issue 23's strings (navigation by task, the home page, keyboard fixes)."""

# issue 23
VI_i23 = {
    "No campaign yet.\n\nA campaign (its deadlines per age group) usually comes from HQ: import "
    "HQ's bundle. A lead can also create one on the Campaign screen (Plan, Alt+3).":
        "Chưa có chiến dịch nào.\n\nChiến dịch (thời hạn theo từng nhóm tuổi) thường do cấp "
        "tỉnh gửi về: hãy nhập gói dữ liệu của cấp tỉnh. Trưởng trạm cũng có thể tự tạo chiến "
        "dịch trên màn hình Đợt cấp (Kế hoạch, Alt+3).",
    "Today": "Hôm nay",
    "A file is being written: wait for it, or stop it.":
        "Đang ghi một tệp: hãy chờ ghi xong, hoặc dừng lại.",
    "Stopped: no file was written.": "Đã dừng: không ghi tệp nào.",
    "Changes not yet at the station": "Thay đổi chưa tới trạm",
    "Changes not yet at the station: changes HQ holds (from HQ or from the other stations) that "
    "the station has not confirmed receiving. They go out in the next \"Write a bundle for each "
    "station\"; the station confirms them with the bundle it sends back.":
        "Thay đổi chưa tới trạm: những thay đổi cấp trên đang giữ (của cấp trên hoặc của các "
        "trạm khác) mà trạm chưa xác nhận đã nhận. Chúng được gửi đi trong lần \"Ghi gói đồng "
        "bộ cho từng trạm\" tới; trạm xác nhận bằng gói đồng bộ trạm gửi lên.",
    "from %1": "từ %1",
    "until %1": "đến %1",
    "not given": "chưa có",
    "%1 session(s) on %2 day(s), %3 to %4, will be created.":
        "Sẽ tạo %1 buổi trong %2 ngày, từ %3 đến %4.",
    "No opening day in these days.": "Không có ngày làm việc nào trong những ngày này.",
    "Floor": "Tiếp dân",
    "Plan": "Kế hoạch",
    "Home": "Trang đầu",
    "Alt+number: a group · Ctrl+Tab: the next screen":
        "Alt+số: chọn nhóm · Ctrl+Tab: màn hình kế tiếp",
    "Checked in": "Đã đến",
    "No session today.": "Hôm nay không có buổi làm việc.",
    "What needs doing": "Việc cần làm",
    "Today's sessions": "Các buổi làm việc hôm nay",
    "Today, %1": "Hôm nay, %1",
    "Nothing else waits.": "Không còn việc gì khác.",
    "Print the letters: %1 not printed for the coming days (first: %2 %3, %4)":
        "In giấy mời: %1 giấy chưa in cho các ngày tới (đầu tiên: %2 %3, %4)",
    "Hand out the letters: %1 printed, not delivered (first: %2, session of %3)":
        "Phát giấy mời: %1 giấy đã in, chưa phát (đầu tiên: %2, buổi ngày %3)",
    "Send a bundle to HQ: %1 changes not at HQ for %2 days":
        "Gửi gói dữ liệu lên cấp trên: %1 thay đổi chưa tới cấp trên đã %2 ngày",
    "No backup yet (folder %1)": "Chưa có bản sao lưu nào (thư mục %1)",
    "Last backup %1, in %2": "Sao lưu gần nhất %1, tại %2",
    "Deadline at risk: ages %1 by %2, %3 people left, %4 needed a day, %5 achieved":
        "Nguy cơ trễ hạn: độ tuổi %1 hạn %2, còn %3 người, cần %4 người/ngày, đạt %5",
    "Decide %1 conflicts between stations": "Quyết định %1 trường hợp trùng giữa các trạm",
    "%1 joined laptops silent for %2 minutes: %3":
        "%1 máy đã nối mất liên lạc quá %2 phút: %3",
    "%1 stations sent nothing for %2 days or more: %3":
        "%1 trạm không gửi gì từ %2 ngày trở lên: %3",
    "Write a bundle back to %1 stations that lack changes HQ holds: %2":
        "Ghi gói dữ liệu gửi lại %1 trạm còn thiếu thay đổi cấp trên đang giữ: %2",
    "%1 communes behind their deadlines (most: %2, %3 people)":
        "%1 xã chậm so với hạn (chậm nhất: %2, %3 người)",
}

QT_VI_i23 = {  # Qt 6's file dialog names its Alt keys
    "QFileDialog": {"&Look in:": "&Tìm trong:", "Files of &type:": "&Loại tệp:"},
}
