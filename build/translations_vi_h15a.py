"""Vietnamese of the lead's planning screens and of the sessions' service messages (issue 15:
campaign, sessions, booking, moving a session)."""

VI_h15a = {
    # tabs
    "Campaign": "Đợt cấp",
    "Sessions": "Buổi làm việc",
    "Booking": "Xếp lịch hẹn",
    "Move a session": "Dời buổi làm việc",
    # campaign screen
    "New campaign": "Đợt cấp mới",
    "Campaign name": "Tên đợt cấp",
    "e.g. Citizen ID campaign, autumn 2025": "ví dụ: Đợt cấp CCCD mùa thu 2025",
    "dd/mm/yyyy": "ngày/tháng/năm",
    "to": "đến",
    "Period": "Thời gian",
    "Age-group deadlines": "Hạn theo nhóm tuổi",
    "From age": "Từ tuổi",
    "To age (empty: no limit)": "Đến tuổi (để trống: không giới hạn)",
    "Done by (dd/mm/yyyy)": "Hoàn thành trước (ngày/tháng/năm)",
    "Opening days": "Ngày làm việc",
    "&Save the campaign": "&Lưu đợt cấp",
    "Campaigns": "Các đợt cấp",
    "Deadlines": "Hạn",
    "every day": "tất cả các ngày",
    "Letterhead of the letters and notices": "Tiêu đề giấy mời và thông báo",
    "Superior body": "Cơ quan cấp trên",
    "Issuing body": "Cơ quan ban hành",
    "Place (in the date line)": "Địa danh (dòng ngày tháng)",
    "Signer's title": "Chức vụ người ký",
    "Signer's name": "Họ tên người ký",
    "Save the letter&head": "Lưu tiêu đề &giấy",
    "Type the campaign's name.": "Hãy nhập tên đợt cấp.",
    "Type the first and the last day of the campaign.":
        "Hãy nhập ngày bắt đầu và ngày kết thúc của đợt cấp.",
    "The campaign ends before it starts.": "Ngày kết thúc đợt cấp trước ngày bắt đầu.",
    "Deadline row %1: give the first age and the day.":
        "Dòng hạn %1: hãy nhập tuổi bắt đầu và ngày hạn.",
    "Tick at least one opening day.": "Hãy chọn ít nhất một ngày làm việc.",
    "Ready to save: %1 age group(s).": "Sẵn sàng lưu: %1 nhóm tuổi.",
    "Campaign %1 saved.": "Đã lưu đợt cấp %1.",
    "The issuing body, the place and the signer's title can't be empty.":
        "Cơ quan ban hành, địa danh và chức vụ người ký không được để trống.",
    "Letterhead saved.": "Đã lưu tiêu đề giấy.",
    # sessions screen
    "Day": "Ngày",
    "Hours": "Giờ làm việc",
    "Place": "Địa điểm",
    "Slots": "Khung giờ",
    "%1 × %2 people": "%1 × %2 người",
    "Places": "Số chỗ",
    "Booked": "Đã hẹn",
    "Free": "Còn trống",
    "&Cancel the selected session": "&Hủy buổi đã chọn",
    " day(s)": " ngày",
    "One day": "Một ngày",
    "A week": "Một tuần",
    "e.g. Commune People's Committee hall": "ví dụ: Hội trường UBND xã",
    "One session for each range, separated by commas":
        "Mỗi khoảng giờ là một buổi, cách nhau bằng dấu phẩy",
    "C&reate the sessions": "Tạo các &buổi",
    "Plan sessions": "Lập lịch buổi làm việc",
    "First day": "Ngày đầu",
    "For": "Trong",
    "Opening hours": "Giờ làm việc",
    "Slot length": "Thời lượng mỗi khung giờ",
    "People per slot": "Số người mỗi khung giờ",
    "Coming sessions": "Các buổi sắp tới",
    "%1 session(s) on %2 day(s); %3 of %4 places booked":
        "%1 buổi trong %2 ngày; đã hẹn %3 trên %4 chỗ",
    "(no campaign)": "(không thuộc đợt cấp)",
    "Type the place of the sessions.": "Hãy nhập địa điểm của các buổi.",
    "%1 session(s) on %2 day(s) will be created.": "Sẽ tạo %1 buổi trong %2 ngày.",
    "%1 session(s) created.": "Đã tạo %1 buổi.",
    "Choose a session in the list first.": "Hãy chọn một buổi trong danh sách trước.",
    "The session of %1 is cancelled.": "Đã hủy buổi %1.",
    # booking screen
    "Households": "Số hộ",
    "&Add to the order →": "Thêm &vào thứ tự →",
    "&Up": "&Lên",
    "Do&wn": "X&uống",
    "&Remove": "&Bỏ ra",
    "&Book these villages": "Xếp lịch cho &các thôn này",
    "&Stop": "&Dừng",
    "Choose the villages, in the order to book them, then book them into the coming sessions' "
    "free places.":
        "Chọn các thôn theo thứ tự cần xếp lịch, rồi xếp các hộ vào chỗ còn trống của các buổi "
        "sắp tới.",
    "People": "Số người",
    "Why not placed": "Lý do chưa xếp được",
    "Not placed": "Chưa xếp được",
    "Villages": "Các thôn",
    "Booking order": "Thứ tự xếp lịch",
    "Booking…": "Đang xếp lịch…",
    "Stopping…": "Đang dừng…",
    "%1 household(s) (%2 people) booked into %3 session(s); %4 not placed; %5 already booked; "
    "%6 with nobody to book.":
        "Đã xếp lịch %1 hộ (%2 người) vào %3 buổi; %4 hộ chưa xếp được; %5 hộ đã có lịch hẹn; "
        "%6 hộ không có ai cần hẹn.",
    # move screen
    "Move it to a new day, place or hours": "Dời sang ngày, địa điểm hoặc giờ khác",
    "Spread its appointments over the later sessions (it is cancelled)":
        "Chia các lịch hẹn sang các buổi sau (buổi này bị hủy)",
    "New day, place and hours": "Ngày, địa điểm và giờ mới",
    "e.g. scheduled power cut (printed on the notices)":
        "ví dụ: cắt điện theo lịch (in trên thông báo)",
    "&Move and write the notices": "&Dời lịch và in thông báo",
    "&Open the notices": "&Mở tệp thông báo",
    "&Write the notices again": "&In lại thông báo",
    "Session": "Buổi làm việc",
    "Households to tell": "Các hộ cần báo",
    "Was": "Lịch cũ",
    "Now": "Lịch mới",
    "%1 %2–%3 · %5 booked · %4": "%1 %2–%3 · đã hẹn %5 · %4",
    "%1: %2 household(s)": "%1: %2 hộ",
    "Moved. Nobody was booked on it: no notice to write.":
        "Đã dời lịch. Buổi này chưa có ai được hẹn: không cần in thông báo.",
    "Moved: %1 household(s) to tell. Writing the notices…":
        "Đã dời lịch: %1 hộ cần báo. Đang in thông báo…",
    "%1 notice(s) written: %2": "Đã in %1 thông báo: %2",
    "The notices could not be written in %1 (is the folder there, and may it be written?).":
        "Không ghi được thông báo vào %1 (thư mục có tồn tại và có được phép ghi không?).",
    # service messages (sessions, scheduling, letter settings)
    "'{name}' names {count} villages; give the village id":
        "'{name}' trùng tên {count} thôn; hãy dùng mã thôn",
    "'{text}' is not a day (expected dd/mm/yyyy)":
        "'{text}' không phải là ngày (cần dạng ngày/tháng/năm)",
    "'{text}' is not a time of day (expected HH:MM)":
        "'{text}' không phải là giờ trong ngày (cần dạng giờ:phút)",
    "'{text}' is not an age-group deadline (expected 14-22:31/08/2025 or 23+:30/09/2025)":
        "'{text}' không phải là hạn theo nhóm tuổi (cần dạng 14-22:31/08/2025 hoặc "
        "23+:30/09/2025)",
    "'{text}' is not opening hours (expected 07:00-11:30)":
        "'{text}' không phải là giờ làm việc (cần dạng 07:00-11:30)",
    "'{text}': the age group {low}-{high} is empty": "'{text}': nhóm tuổi {low}-{high} không có ai",
    "a campaign named '{name}' already exists": "đã có đợt cấp tên '{name}'",
    "a campaign needs a name": "đợt cấp cần có tên",
    "a campaign opens on at least one day of the week":
        "đợt cấp phải làm việc ít nhất một ngày trong tuần",
    "a plan of more than a year at once is not accepted":
        "không lập lịch quá một năm trong một lần",
    "a session can't be spread onto itself": "không thể chia lịch hẹn của buổi sang chính buổi đó",
    "capacity per slot must be at least 1 person": "mỗi khung giờ phải nhận ít nhất 1 người",
    "choose at least one village to book": "hãy chọn ít nhất một thôn để xếp lịch",
    "issuing body": "cơ quan ban hành",
    "place": "địa danh",
    "symbol": "ký hiệu",
    "signer title": "chức vụ người ký",
    "no campaign '{name}'": "không có đợt cấp '{name}'",
    "no free slot for {people} people in the sessions planned":
        "các buổi đã lập không còn khung giờ trống cho {people} người",
    "no free slot for {people} people on or before the deadline {day}":
        "không còn khung giờ trống cho {people} người trước hạn {day}",
    "no planned session on {text}": "không có buổi làm việc nào vào {text}",
    "no session '{text}' (give its id or its day, dd/mm/yyyy)":
        "không có buổi '{text}' (hãy nhập mã buổi hoặc ngày, dạng ngày/tháng/năm)",
    "no session move '{move}'": "không có lần dời lịch '{move}'",
    "no session with free places to book into": "không có buổi nào còn chỗ trống để xếp lịch",
    "no sessions to create": "không có buổi nào để tạo",
    "no village '{name}' in this station's roster (villages: {known})":
        "không có thôn '{name}' trong danh sách dân cư của trạm (các thôn: {known})",
    "none yet": "chưa có",
    "nothing to change: give a new day, place or hours":
        "không có gì thay đổi: hãy nhập ngày, địa điểm hoặc giờ mới",
    "opening hours {opens}–{closes} are shorter than one {minutes}-minute slot":
        "giờ làm việc {opens}–{closes} ngắn hơn một khung giờ {minutes} phút",
    "paper size must be A5 or A4, not '{size}'": "khổ giấy phải là A5 hoặc A4, không phải '{size}'",
    "session {session} can't take appointments: it is not planned for a day after today":
        "buổi {session} không nhận lịch hẹn được: buổi này không nằm sau ngày hôm nay",
    "session {session} has already taken place": "buổi {session} đã diễn ra",
    "session {session} is in the past": "buổi {session} đã qua",
    "session {session} is {status}": "buổi {session} {status}",
    "session {session} is {status}; only a planned session can be moved":
        "buổi {session} {status}; chỉ dời được buổi đã lên lịch",
    "planned": "đã lên lịch",
    "{day} {opens}–{closes} at {place}": "{day} {opens}–{closes} tại {place}",
    "cancelled": "đã bị hủy",
    "slot length must be at least 1 minute": "mỗi khung giờ dài ít nhất 1 phút",
    "the booking was stopped: nothing was booked": "đã dừng xếp lịch: chưa hộ nào được xếp",
    "the campaign ends before it starts": "ngày kết thúc đợt cấp trước ngày bắt đầu",
    "the hours {opens}–{closes} hold {places} people but {booked} are booked on this session; "
    "nothing was moved":
        "khung {opens}–{closes} chỉ nhận {places} người nhưng buổi này đã hẹn {booked} người; "
        "chưa dời gì",
    "the last day is before the first": "ngày cuối trước ngày đầu",
    "the letter's {setting} can't be empty": "{setting} trên giấy không được để trống",
    "the place of a session can't be empty": "địa điểm của buổi không được để trống",
    "the sessions chosen": "các buổi đã chọn",
    "the sessions planned after today": "các buổi đã lên lịch sau hôm nay",
    "the station already has a session on {day} {opens}–{closes} at {place}":
        "trạm đã có buổi làm việc ngày {day} {opens}–{closes} tại {place}",
    "this move changed no appointment: there is nobody to tell":
        "lần dời lịch này không thay đổi lịch hẹn nào: không có ai cần báo",
    "two sessions overlap on {day}: {a_opens}–{a_closes} and {opens}–{closes}":
        "hai buổi trùng giờ ngày {day}: {a_opens}–{a_closes} và {opens}–{closes}",
    "unknown letter setting(s): {names}": "không có mục thiết lập giấy: {names}",
    "{booked} people are booked on the session {session}: move it or spread its appointments "
    "over other sessions instead":
        "buổi {session} đã hẹn {booked} người: hãy dời buổi hoặc chia lịch hẹn sang các buổi khác",
    "{count} of {total} households can't be placed in {where} ({free} free places for {people} "
    "people; household {code}: {reason}); nothing was moved":
        "{count} trên {total} hộ không xếp được vào {where} (còn {free} chỗ trống cho {people} "
        "người; hộ {code}: {reason}); chưa dời gì",
    "{day} has {count} sessions (opening at {times}); add the opening time, for example "
    "'{day} {opens}'":
        "ngày {day} có {count} buổi (bắt đầu lúc {times}); hãy thêm giờ bắt đầu, ví dụ "
        "'{day} {opens}'",
    "{day} is in the past": "ngày {day} đã qua",
    "{day} {opens}–{closes} is taken: the station already has a session {c_opens}–{c_closes} at "
    "{place} ({booked} booked); nothing was moved (to put these households into that session's "
    "free places: schedule move {session} --spread --onto {other})":
        "ngày {day} {opens}–{closes} đã có lịch: trạm đã có buổi {c_opens}–{c_closes} tại {place} "
        "(đã hẹn {booked} người); chưa dời gì (để xếp các hộ này vào chỗ trống của buổi đó: "
        "schedule move {session} --spread --onto {other})",
    "{people} people must come together but a slot takes at most {biggest}":
        "{people} người phải đến cùng nhau nhưng mỗi khung giờ nhận tối đa {biggest} người",
}
