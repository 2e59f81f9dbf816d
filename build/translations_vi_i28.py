"""Vietnamese of issue 28 (milestones, planning to the deadline, the Plan screen)."""

VI_i28 = {
    # issue 28
    "e.g. 771797:15/06/2021; 96%:30/06/2021": "ví dụ 771797:15/06/2021; 96%:30/06/2021",
    "Milestones (people or % by a day, included)": "Các mốc (số người hoặc % đến hết ngày)",
    "Milestones": "Các mốc",
    "Save the &milestones": "Lưu các &mốc",
    "Milestones of the campaign chosen above (empty: none)":
        "Các mốc của đợt cấp chọn ở trên (để trống: không có mốc)",
    "Milestones saved: %1.": "Đã lưu các mốc: %1.",
    "Milestone %1": "Mốc %1",
    "Plan": "Kế hoạch",
    "measured": "theo số liệu",
    "&Recompute": "Tính &lại",
    "&Omit the chosen proposed day": "&Bỏ ngày đề xuất đã chọn",
    "Choose a proposed day in the list first.": "Hãy chọn một ngày đề xuất trong danh sách.",
    "%1 left out of the proposal.": "Đã bỏ ngày %1 khỏi đề xuất.",
    "Nothing to plan for yet: no campaign, or one with no deadline and no last day (see the "
    "Campaign screen).":
        "Chưa có gì để lập kế hoạch: chưa có đợt cấp, hoặc đợt cấp chưa có thời hạn và ngày kết "
        "thúc (xem màn hình Đợt cấp).",
    "&Accept the proposal: create the sessions and book":
        "&Đồng ý đề xuất: tạo các buổi và xếp lịch",
    "Deadline or milestone": "Thời hạn hoặc mốc",
    "By (included)": "Đến hết ngày",
    "Still to collect": "Còn phải thu nhận",
    "Capacity planned": "Sức chứa đã lên lịch",
    "Expected": "Dự kiến thu",
    "Shortfall": "Còn thiếu",
    "Days to add": "Số ngày cần thêm",
    "Outcome": "Kết quả",
    "Villages to book": "Thôn sẽ xếp lịch",
    "Desks": "Số bàn",
    "Show-up rate": "Tỷ lệ đến",
    "Deadlines and milestones": "Thời hạn và các mốc",
    "proposed": "đề xuất",
    "Hours and place": "Giờ và địa điểm",
    "Capacity": "Sức chứa",
    "The days ahead: sessions planned, and those proposed (in green)":
        "Các ngày tới: buổi đã lên lịch và buổi đề xuất (màu xanh)",
    "Stations that can't meet a deadline with the sessions they planned":
        "Các trạm không kịp thời hạn với các buổi đã lên lịch",
    "Ages %1": "Nhóm tuổi %1",
    "cannot fit: missing %1": "không đủ: còn thiếu %1",
    "cannot fit at every station": "có trạm không đủ",
    "fits with the proposal": "đủ nếu thêm các buổi đề xuất",
    "fits": "đủ",
    "%1, %2: %3 still to collect. %4 desk(s); %5 % of the people invited come and are "
    "collected (%6); a day of sessions (%7) takes %8 people, %9 expected.":
        "%1, ngày %2: còn %3 người phải thu nhận. %4 bàn; %5 % số người được mời đến và được "
        "thu nhận (%6); một ngày làm việc (%7) nhận %8 người, dự kiến thu %9.",
    "measured on %1 people": "tính trên %1 người đã mời",
    "default: too few people invited yet": "mặc định: chưa mời đủ người để tính",
    "%1, %2: %3 still to collect across %4 station(s).":
        "%1, ngày %2: còn %3 người phải thu nhận ở %4 trạm.",
    "Could lend: %1": "Có thể hỗ trợ: %1",
    "%1 (%2 spare, %3 free days)": "%1 (dư %2 người, %3 ngày trống)",
    "Villages no station serves yet: %1": "Thôn chưa có trạm phụ trách: %1",
    "%1 session(s) created, %2 household(s) booked: their letters are ready on the Letters "
    "screen.": "Đã tạo %1 buổi, xếp lịch %2 hộ: giấy mời sẵn sàng ở màn hình Giấy mời.",
    "'{text}' is not a milestone (expected 771797:15/06/2021 or 96.2%:15/06/2021)":
        "'{text}' không phải là một mốc (ví dụ 771797:15/06/2021 hoặc 96.2%:15/06/2021)",
    "'{text}': a share is more than 0 % and at most 100 %":
        "'{text}': tỷ lệ phải lớn hơn 0 % và không quá 100 %",
    "a person takes at least 1 minute at a desk": "mỗi người cần ít nhất 1 phút tại bàn",
    "a station accepts its own plan; HQ's plan is a view":
        "mỗi trạm tự đồng ý kế hoạch của mình; kế hoạch ở tỉnh chỉ để xem",
    "a station has at least 1 desk": "trạm có ít nhất 1 bàn",
    "the milestone {milestone} is outside the campaign ({starts}–{ends})":
        "mốc {milestone} nằm ngoài thời gian đợt cấp ({starts}–{ends})",
    "the show-up rate is more than 0 and at most 1": "tỷ lệ đến phải lớn hơn 0 và không quá 1",
    "{days} more days of sessions": "thêm {days} ngày làm việc",
    "{desks} more desks from {day}, or {days}": "thêm {desks} bàn từ ngày {day}, hoặc {days}",
}
