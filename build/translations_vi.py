"""Vietnamese for every interface string (English source -> Vietnamese). Used by
build/update_translations.py to fill resources/translations/station_app_vi.ts."""

VI = {
    # main window and shell
    "Roster": "Danh sách dân cư",
    "CCCD station – %1 (%2)": "Trạm cấp CCCD – %1 (%2)",
    "&File": "&Tệp",
    "&Import roster…": "&Nhập danh sách dân cư…",
    "&Quit": "T&hoát",
    "&Find resident": "&Tìm công dân",
    "&Language": "&Ngôn ngữ",
    "New station": "Tạo trạm mới",
    "e.g. Mobile station of Hòa Bình commune": "ví dụ: Trạm lưu động xã Hòa Bình",
    "Database file": "Tệp dữ liệu",
    "Station code": "Mã trạm",
    "Station name": "Tên trạm",
    "Enter a station code (letters, digits, '-') and a name.":
        "Nhập mã trạm (chữ, số, dấu '-') và tên trạm.",
    "Preparing the demo station…": "Đang chuẩn bị trạm minh họa…",
    # roster screen
    "Search by name, personal ID, date of birth or household code…":
        "Tìm theo họ tên, số định danh, ngày sinh hoặc mã hộ…",
    "Import roster…": "Nhập danh sách…",
    "%n resident(s) on the roster": "%n nhân khẩu trong danh sách",
    "Searching…": "Đang tìm…",
    "%n resident(s) found, best first": "Tìm thấy %n nhân khẩu, phù hợp nhất trước",
    "No resident matches": "Không tìm thấy nhân khẩu nào",
    # models
    "Needs card": "Cần cấp",
    "Has valid card": "Đã có thẻ",
    "Exempt": "Miễn",
    "Moved away": "Đã chuyển đi",
    "Deceased": "Đã mất",
    "Male": "Nam",
    "Female": "Nữ",
    "Full name": "Họ và tên",
    "Date of birth": "Ngày sinh",
    "Gender": "Giới tính",
    "Personal ID": "Số định danh",
    "Household": "Mã hộ",
    "Village": "Thôn/Tổ dân phố",
    "Relation": "Quan hệ",
    "Card status": "Tình trạng thẻ",
    # roster import
    "Personal ID (12 digits)": "Số định danh cá nhân (12 số)",
    "Old ID (CMND, 9 digits)": "Số CMND (9 số)",
    "Relation to head": "Quan hệ với chủ hộ",
    "Household code": "Mã hộ",
    "Commune": "Xã/Phường",
    "District": "Quận/Huyện",
    "Province": "Tỉnh/Thành phố",
    "Address": "Địa chỉ",
    "Phone": "Số điện thoại",
    "Import roster: check the columns": "Nhập danh sách: kiểm tra các cột",
    "File: %1\nThe columns were matched to these fields. Columns not listed are ignored.":
        "Tệp: %1\nCác cột đã được ghép với những trường sau. Cột không có trong danh sách sẽ bị bỏ qua.",
    "Field": "Trường",
    "Column in the file": "Cột trong tệp",
    "Import": "Nhập",
    "Cancel": "Hủy",
    "Roster imported": "Đã nhập danh sách",
    "Imported: %1   Updated: %2   Unchanged: %3   Rejected: %4":
        "Đã nhập: %1   Cập nhật: %2   Không đổi: %3   Bị từ chối: %4",
    "Line": "Dòng",
    "Head of household": "Chủ hộ",
    "Given where none was stored: %1": "Bổ sung (trước đây chưa có): %1",
    "Kept as stored (no value in the file): %1": "Giữ nguyên như đã lưu (tệp không có giá trị): %1",
    "Columns not in the file (stored values kept): %1":
        "Các cột không có trong tệp (giữ nguyên giá trị đã lưu): %1",
    "Import roster: confirm the changes": "Nhập danh sách: xác nhận các thay đổi",
    "File: %1\nThis roster would replace %2 values the station holds. Nothing has been written yet: check them, then import or cancel.":
        "Tệp: %1\nDanh sách này sẽ thay thế %2 giá trị trạm đang lưu. Chưa có gì được ghi: "
        "hãy kiểm tra, rồi nhập hoặc hủy.",
    "Values replaced": "Số giá trị bị thay",
    "For example": "Ví dụ",
    "New: %1   Updated: %2   Unchanged: %3   Rejected: %4":
        "Thêm mới: %1   Cập nhật: %2   Không đổi: %3   Bị từ chối: %4",
    "Import and replace": "Nhập và thay thế",
    "Reason": "Lý do",
    "Choose a roster file": "Chọn tệp danh sách dân cư",
    "Rosters (*.csv *.txt *.xlsx)": "Danh sách (*.csv *.txt *.xlsx)",
    "Cannot import": "Không thể nhập",
    "Importing %1…": "Đang nhập %1…",
    "Import stopped": "Đã dừng nhập",
    "Nothing was imported.": "Không có dữ liệu nào được nhập.",
    # station floor (issue 7): sign-in, operators, settings
    "Volunteer": "Tình nguyện viên",
    "Staff": "Cán bộ",
    "Station lead": "Trưởng trạm",
    "Headquarters": "Cấp trên (HQ)",
    "Your name": "Họ tên của bạn",
    "PIN (digits)": "Mã PIN (chữ số)",
    "Sign in": "Đăng nhập",
    "Name": "Họ tên",
    "PIN": "Mã PIN",
    "The screen locked after a while without use. %1, type your PIN to go on; someone else may sign in with their own name.":
        "Màn hình đã khóa vì lâu không sử dụng. %1, nhập mã PIN để tiếp tục; người khác có thể đăng nhập bằng tên của mình.",
    "Sign in with your name and PIN.": "Đăng nhập bằng họ tên và mã PIN.",
    "Type your name.": "Nhập họ tên.",
    "Checking…": "Đang kiểm tra…",
    "Too many wrong PINs: this name is locked until %1.":
        "Nhập sai mã PIN quá nhiều lần: tên này bị khóa đến %1.",
    "Wrong name or PIN.": "Sai họ tên hoặc mã PIN.",
    "Welcome. This laptop has no station yet: enter the station, then its lead, who signs in with the name and PIN below and adds the other operators.":
        "Xin chào. Máy này chưa có trạm: nhập thông tin trạm, rồi trưởng trạm — người sẽ đăng nhập bằng họ tên và mã PIN dưới đây và thêm những người dùng khác.",
    "Nobody can sign in to this station yet: enter its lead, who signs in with the name and PIN below and adds the other operators.":
        "Trạm này chưa có ai đăng nhập được: nhập trưởng trạm — người sẽ đăng nhập bằng họ tên và mã PIN dưới đây và thêm những người dùng khác.",
    "e.g. Nguyễn Văn Hùng": "ví dụ: Nguyễn Văn Hùng",
    "4 to 12 digits": "từ 4 đến 12 chữ số",
    "Lead's name": "Họ tên trưởng trạm",
    "Lead's PIN": "Mã PIN của trưởng trạm",
    "PIN again": "Nhập lại mã PIN",
    "Enter the lead's name.": "Nhập họ tên trưởng trạm.",
    "A PIN is 4 to 12 digits.": "Mã PIN gồm 4 đến 12 chữ số.",
    "The two PINs differ.": "Hai mã PIN không khớp.",
    "Creating the station…": "Đang tạo trạm…",
    "Tickets": "Phát số",
    "Desk": "Bàn",
    "Operators": "Người dùng",
    "&Settings of this laptop…": "&Cài đặt máy này…",
    "&Lock the screen": "&Khóa màn hình",
    "Sign &out": "Đăng &xuất",
    "&View": "&Xem",
    "Now-serving &display": "Màn hình &gọi số",
    "Not allowed": "Không được phép",
    "Your role may not import the roster.": "Vai trò của bạn không được nhập danh sách dân cư.",
    "Role": "Vai trò",
    "Status": "Trạng thái",
    "Active": "Đang dùng",
    "Deactivated": "Đã ngừng",
    "Deactivate the selected operator": "Ngừng người dùng đã chọn",
    "Add operator": "Thêm người dùng",
    "New operator": "Người dùng mới",
    "%1 can now sign in.": "%1 đã có thể đăng nhập.",
    "Settings of this laptop": "Cài đặt máy này",
    "No printer: save each ticket as a PDF": "Không có máy in: lưu mỗi phiếu thành tệp PDF",
    "A printer installed on this computer": "Máy in đã cài trên máy tính này",
    "Thermal printer without driver (ESC/POS)": "Máy in nhiệt không có trình điều khiển (ESC/POS)",
    "%1 mm roll": "Cuộn giấy %1 mm",
    " min": " phút",
    "The last screen": "Màn hình cuối cùng",
    "Chime on each call": "Phát chuông mỗi lần gọi số",
    "Speak each call (when a Vietnamese voice is installed)":
        "Đọc số bằng giọng nói (khi máy có giọng tiếng Việt)",
    "Ticket printer": "Máy in phiếu",
    "Printer name": "Tên máy in",
    "Paper": "Khổ giấy",
    "ESC/POS connection": "Kết nối ESC/POS",
    "Folder for ticket PDFs": "Thư mục lưu phiếu PDF",
    "Lock the screen after": "Khóa màn hình sau",
    "Now-serving display on": "Màn hình gọi số trên",
    # ticket table
    "Scan the QR code of an invitation letter (or type a ticket number) and press Enter":
        "Quét mã QR trên giấy mời (hoặc gõ số phiếu) rồi nhấn Enter",
    "Reprint (F9)": "In lại (F9)",
    "What to bring (F10)": "Cần mang theo (F10)",
    "Last ticket": "Phiếu vừa phát",
    "Please bring": "Xin mang theo",
    "Number": "Số",
    "Time": "Giờ",
    "Household head": "Chủ hộ",
    "Today's tickets": "Phiếu đã phát hôm nay",
    "Print": "In phiếu",
    "Already scanned: ticket %1.": "Đã quét rồi: phiếu %1.",
    "Ticket %1 issued.": "Đã phát phiếu %1.",
    "Household of %1 checked in: ticket %2.": "Hộ của %1 đã đến: phiếu %2.",
    "This household already has ticket %1 (%2). Press F9 to reprint it.":
        "Hộ này đã có phiếu %1 (%2). Nhấn F9 để in lại.",
    "Ticket %1: %2.": "Phiếu %1: %2.",
    "Household: %1": "Hộ: %1",
    "Issued %1 at %2": "Phát ngày %1 lúc %2",
    "People ahead: %1": "Số người chờ trước: %1",
    "Ticket %1 is issued and kept, but the printer failed: %2. Press F9 to reprint when the printer is ready.":
        "Phiếu %1 đã được phát và lưu lại, nhưng máy in bị lỗi: %2. Nhấn F9 để in lại khi máy in sẵn sàng.",
    "Printing…": "Đang in…",
    "Saved as PDF (no printer set up)": "Đã lưu thành PDF (chưa cài máy in)",
    "Printed": "Đã in",
    "Not printed: the printer failed. Press F9 to reprint.": "Chưa in được: máy in bị lỗi. Nhấn F9 để in lại.",
    "printing": "đang in",
    "printed": "đã in",
    "FAILED": "LỖI",
    "Waiting now: %1 · next to be called: %2": "Đang chờ: %1 · sắp được gọi: %2",
    "Waiting: %1   ·   last number: %2": "Đang chờ: %1   ·   số cuối: %2",
    "Waiting": "Đang chờ",
    "Called": "Đã gọi",
    "At the desk": "Đang làm thủ tục",
    "No-show": "Vắng mặt",
    "Done": "Đã xong",
    # messages
    "Your role may not do this; the attempt was recorded.":
        "Vai trò của bạn không được làm việc này; lần thử đã được ghi lại.",
    "This code is not an invitation letter or ticket of this station: nothing was changed.":
        "Mã này không phải giấy mời hay phiếu của trạm: không có gì thay đổi.",
    "No such ticket today at this station.": "Hôm nay trạm không có phiếu này.",
    "This desk is still serving a ticket: finish, return or transfer it first.":
        "Bàn này đang phục vụ một phiếu: hãy kết thúc, trả về hàng chờ hoặc chuyển bàn trước.",
    "That cannot be done to this ticket now (%1).": "Không thể làm việc đó với phiếu này lúc này (%1).",
    "Already collected: %1": "Đã thu nhận: %1",
    # desk
    "Call next": "Gọi số tiếp",
    "Recall": "Gọi lại",
    "Back to queue": "Trả về hàng chờ",
    "Finish": "Xong",
    "Transfer to desk (Ctrl+T)": "Chuyển sang bàn (Ctrl+T)",
    "Call this number": "Gọi số này",
    "No-show came back": "Người vắng đã quay lại",
    "%1 is back in the queue.": "%1 đã vào lại hàng chờ.",
    "No ticket at this desk. Press F5 to call the next number.":
        "Bàn chưa có phiếu nào. Nhấn F5 để gọi số tiếp theo.",
    "Card": "Thẻ",
    "Intake": "Kết quả",
    "Reason or note for the outcome (needed for rejected and referred)":
        "Lý do hoặc ghi chú (bắt buộc khi từ chối hoặc chuyển nơi khác)",
    "Search: name, ID, date of birth or household…": "Tìm: họ tên, số định danh, ngày sinh hoặc mã hộ…",
    "Household members on this ticket (keys 1–4 record the selected person)":
        "Nhân khẩu của hộ theo phiếu này (phím 1–4 ghi kết quả cho người đang chọn)",
    "Status: %1": "Trạng thái: %1",
    "Household %1 · %2 member(s)": "Hộ %1 · %2 nhân khẩu",
    "No household linked: search for the person on the right.":
        "Phiếu chưa gắn với hộ nào: tìm người đến ở khung bên phải.",
    "Today at desk %1: %2 collected · %3 ticket(s) finished · %4 waiting in the queues":
        "Hôm nay tại bàn %1: đã thu nhận %2 · xong %3 phiếu · %4 người đang chờ",
    "Nobody is waiting.": "Không có ai đang chờ.",
    "Called %1.": "Đã gọi %1.",
    "Called %1 again.": "Đã gọi lại %1.",
    "%1 did not come: marked no-show.": "%1 không đến: đã ghi vắng mặt.",
    "%1 went back to the queue.": "%1 đã trả về hàng chờ.",
    "%1 was sent to another desk.": "%1 đã chuyển sang bàn khác.",
    "%1 finished.": "%1 đã xong.",
    "Select a person first (the household list or a search result).":
        "Hãy chọn một người trước (trong danh sách hộ hoặc kết quả tìm kiếm).",
    "Type the reason in the note field first, then press the key again.":
        "Nhập lý do vào ô ghi chú trước, rồi nhấn lại phím.",
    "%1 is already recorded: %2.": "%1 đã được ghi: %2.",
    "changed at the desk from %1 to %2": "sửa tại bàn từ %1 thành %2",
    "%1: %2 recorded.": "%1: đã ghi %2.",
    "Not recorded.": "Chưa ghi.",
    "%1 found": "Tìm thấy %1",
    "%1 already collected (orange)": "%1 người đã thu nhận (màu cam)",
    "at station %1": "tại trạm %1",
    "Collected": "Đã thu nhận hồ sơ",
    "Missing documents": "Thiếu giấy tờ",
    "Rejected": "Từ chối",
    "Referred elsewhere": "Chuyển nơi khác",
    "Already collected": "Đã thu nhận trước đó",
    "%1.\n\nCheck it is the same person (date of birth, ID, household). To record again anyway, give the reason.":
        "%1.\n\nHãy kiểm tra có đúng là cùng một người không (ngày sinh, số định danh, hộ). Nếu vẫn ghi lại, hãy nêu lý do.",
    "Reason for recording again": "Lý do ghi lại",
    "Record anyway": "Vẫn ghi",
    "Do not record": "Không ghi",
    # now-serving display
    "Now serving": "Màn hình gọi số",
    "NOW SERVING": "ĐANG PHỤC VỤ",
    "Please wait: numbers will be called here": "Xin vui lòng chờ: số thứ tự sẽ được gọi tại đây",
    "Last calls": "Số vừa gọi",
    "In all: %1": "Tổng cộng: %1",
    "Desk %1": "Bàn %1",
    "Close": "Đóng",
    # service messages (core/messages.py): rejected rows, roster file errors
    "this import would replace {count} stored values ({fields}); nothing was imported":
        "lần nhập này sẽ thay thế {count} giá trị đã lưu ({fields}); chưa nhập gì",
    "the row has {count} cells, the header {width}: it was cut short":
        "dòng có {count} ô, dòng tiêu đề có {width} ô: dòng bị cắt cụt",
    "column '{column}' holds a control character ({code}): the file may be damaged":
        "cột '{column}' chứa ký tự điều khiển ({code}): tệp có thể bị hỏng",
    "the file ends inside a character of this row: it was cut short":
        "tệp kết thúc giữa một ký tự của dòng này: tệp bị cắt cụt",
    "a quote opened in this row is never closed: the file was cut short or the quote is a mistake (lines {first}-{end} were read as one row)":
        "dấu ngoặc kép mở ở dòng này không được đóng: tệp bị cắt cụt hoặc dấu ngoặc bị nhầm "
        "(các dòng {first}-{end} bị đọc thành một dòng)",
    "'{raw}' is not a real date (day {day}, month {month}, year {year})":
        "'{raw}' không phải là ngày có thật (ngày {day}, tháng {month}, năm {year})",
    "'{text}' is not a date (expected dd/mm/yyyy or a year)":
        "'{text}' không phải là ngày (cần dạng dd/mm/yyyy hoặc một năm)",
    "ID '{digits}' has {count} digits, expected {length}":
        "Số '{digits}' có {count} chữ số, cần {length} chữ số",
    "ID '{digits}' has {count} digits; an old ID (CMND) has 9 and only one leading zero can be missing, so it was not restored":
        "Số '{digits}' có {count} chữ số; số CMND có 9 chữ số và chỉ có thể mất một số 0 ở đầu, nên không khôi phục được",
    "ID '{digits}' has {count} digits; with its leading zeros put back ('{padded}') it does not match the resident, so it was not restored":
        "Số '{digits}' có {count} chữ số; thêm lại các số 0 ở đầu ('{padded}') thì không khớp với công dân, nên không khôi phục",
    "ID '{text}' was turned into a number in scientific notation and lost digits":
        "Số '{text}' đã bị bảng tính đổi sang dạng số mũ và mất chữ số",
    "ID digit 4 ('{digit}') says born in the {century}s, but the birth year is {year}":
        "Chữ số thứ 4 ('{digit}') chỉ thế kỷ sinh bắt đầu từ năm {century}, nhưng năm sinh là {year}",
    "ID digit 4 ('{digit}') says male, but the resident is female":
        "Chữ số thứ 4 ('{digit}') chỉ giới tính nam, nhưng công dân là nữ",
    "ID digit 4 ('{digit}') says female, but the resident is male":
        "Chữ số thứ 4 ('{digit}') chỉ giới tính nữ, nhưng công dân là nam",
    "ID digits 5-6 ('{digits}') say born in {said}, but the birth year is {year}":
        "Chữ số thứ 5-6 ('{digits}') chỉ năm sinh {said}, nhưng năm sinh là {year}",
    "ID number '{number}' has {count} digits, a personal ID has 12":
        "Số '{number}' có {count} chữ số, số định danh cá nhân có 12 chữ số",
    "ID number '{number}' must contain digits only":
        "Số '{number}' chỉ được gồm chữ số",
    'ID {number}: {problem}':
        'Số định danh {number}: {problem}',
    "card status '{value}' is not one of: Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất":
        "Tình trạng thẻ '{value}' không thuộc: Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất",
    "date of birth ('Ngày sinh')":
        "ngày sinh ('Ngày sinh')",
    'date of birth is empty':
        'Thiếu ngày sinh',
    'date of birth {date} is not plausible':
        'Ngày sinh {date} không hợp lý',
    "full name '{name}' contains digits":
        "Họ tên '{name}' có chữ số",
    "full name ('Họ và tên')":
        "họ tên ('Họ và tên')",
    'full name is empty':
        'Thiếu họ tên',
    "gender '{value}' is not Nam/Nữ (male/female)":
        "Giới tính '{value}' không phải Nam/Nữ",
    "household code ('Mã hộ')":
        "mã hộ ('Mã hộ')",
    'household code is empty':
        'Thiếu mã hộ',
    'import cancelled; nothing was imported':
        'Đã hủy nhập; không có gì được nhập',
    'no such file: {path}':
        'Không có tệp: {path}',
    "old ID (CMND) '{value}' must have 9 digits":
        "Số CMND '{value}' phải có 9 chữ số",
    'same person as line {line} (household, name and birth date)':
        'Trùng người ở dòng {line} (cùng hộ, họ tên và ngày sinh)',
    '{file} is a binary file, not a CSV or XLSX roster':
        '{file} là tệp nhị phân, không phải danh sách CSV hoặc XLSX',
    'the station database is busy: another program (a roster import or a bundle merge?) is writing to it; nothing was changed, try again':
        'Cơ sở dữ liệu của trạm đang bận: một chương trình khác (nhập danh sách hoặc gộp gói đồng bộ?) đang ghi; chưa có gì thay đổi, hãy thử lại',
    '{file} is a database, not a roster (CSV or XLSX)':
        '{file} là tệp cơ sở dữ liệu, không phải danh sách (CSV hoặc XLSX)',
    '{file} is empty':
        '{file} không có dữ liệu',
    '{file} is not UTF-8 text (line {line}); save it as CSV UTF-8 or XLSX':
        '{file} không phải văn bản UTF-8 (dòng {line}); hãy lưu thành CSV UTF-8 hoặc XLSX',
    '{file} is not a readable XLSX workbook ({reason})':
        'Không đọc được {file} như một bảng tính XLSX ({reason})',
    '{file}, line {line}: {reason}':
        '{file}, dòng {line}: {reason}',
    '{file}: broken UTF-16 text ({reason})':
        '{file}: văn bản UTF-16 bị lỗi ({reason})',
    '{file}: no column for {missing}; the headers are: {headers}':
        '{file}: không có cột {missing}; các cột là: {headers}',
    "{file}: no column of full names (such as 'Họ và tên') found":
        "{file}: không tìm thấy cột họ tên (ví dụ 'Họ và tên')",
    '{file}: the header line cannot be read ({reason})':
        '{file}: không đọc được dòng tiêu đề ({reason})',
    '{file}: the roster reader stopped unexpectedly (exit code {code})':
        '{file}: trình đọc danh sách dừng bất thường (mã thoát {code})',
    "'{text}' has no letters or digits to search for":
        "'{text}' không có chữ hay số nào để tìm",
    ', desk {desk}':
        ', bàn {desk}',
    'a PIN is {low} to {high} digits':
        'Mã PIN gồm {low} đến {high} chữ số',
    'a correction needs to say why (the reason for correcting)':
        'Sửa kết quả cần ghi lý do sửa',
    'a new resident needs a full name':
        'Công dân mới cần có họ tên',
    'a resident with ID {number} is already on the roster':
        'Công dân có số định danh {number} đã có trong danh sách',
    "an operator named '{name}' already exists":
        "Đã có người dùng tên '{name}'",
    "an operator's name is 1 to 60 characters":
        'Tên người dùng dài từ 1 đến 60 ký tự',
    'at station {station}':
        'tại trạm {station}',
    'gender is M or F':
        'Giới tính phải là nam hoặc nữ',
    'here':
        'tại trạm này',
    'intake {id} was already corrected by {newer}: correct that one instead':
        'Kết quả {id} đã được sửa bằng {newer}: hãy sửa bản đó',
    'limit must be at least 1':
        'Số kết quả tối đa phải từ 1 trở lên',
    "no intake '{id}'":
        "Không có kết quả tiếp nhận '{id}'",
    'no operator with id {id}':
        'Không có người dùng mã {id}',
    "no resident '{id}' at this station":
        "Trạm không có công dân '{id}'",
    'no such household':
        'Không có hộ này',
    'only HQ makes hq operators; this is station {station}':
        'Chỉ cấp trên (HQ) mới tạo được người dùng cấp trên; đây là trạm {station}',
    "no ticket '{id}'":
        "Không có phiếu '{id}'",
    "outcome '{outcome}' needs a reason":
        "Kết quả '{outcome}' cần ghi lý do",
    "outcome must be one of {outcomes}, not '{outcome}'":
        "Kết quả phải là một trong {outcomes}, không phải '{outcome}'",
    'recording a resident already collected needs a reason':
        'Ghi lại cho công dân đã thu nhận cần có lý do',
    "role must be one of {roles}, not '{role}'":
        "Vai trò phải là một trong {roles}, không phải '{role}'",
    'search text is empty':
        'Chưa nhập nội dung tìm kiếm',
    'the first operator of a station is its lead':
        'Người dùng đầu tiên của trạm phải là trưởng trạm',
    "the station's last lead cannot be deactivated":
        'Không thể khóa trưởng trạm cuối cùng của trạm',
    '{name} ({dob}) was already collected {where} on {when}{desk}':
        '{name} ({dob}) đã được thu nhận {where} lúc {when}{desk}',
    '{fact}: check it is the same person; to record again, confirm with a reason':
        '{fact}: hãy kiểm tra có đúng người không; muốn ghi lại, xác nhận kèm lý do',
    # dashboard
    "Dashboard": "Tiến độ",
    "Target": "Chỉ tiêu",
    "Collected so far": "Đã thu nhận",
    "Remaining": "Còn lại",
    "Percent done": "Tỷ lệ",
    "Collected on the day": "Thu nhận trong ngày",
    "Per day, last 7 days": "Đạt/ngày (7 ngày qua)",
    "Needed per day": "Cần đạt/ngày",
    "Projected finish": "Dự kiến hoàn thành",
    "Ages": "Nhóm tuổi",
    "Deadline": "Thời hạn",
    "People collected": "Đã thu nhận",
    "Days left": "Còn (ngày)",
    "Needed/day": "Cần/ngày",
    "Achieved/day": "Đạt/ngày",
    "On track": "Kịp hạn",
    "yes": "có",
    "no": "không",
    "Per day": "Đạt/ngày",
    "Behind": "Chậm (người)",
    "Days late": "Chậm (ngày)",
    "Station": "Trạm",
    "Its villages done": "Tỷ lệ địa bàn",
    "Last bundle": "Gói dữ liệu gần nhất",
    "none": "chưa có",
    "Villages": "Thôn/Tổ dân phố",
    "Communes": "Xã/Phường",
    "Stations": "Trạm",
    "Worst first. Red: will miss a deadline at its pace so far (behind: people still to collect then).":
        "Xếp từ chậm nhất. Tô đỏ: với tốc độ từ đầu đợt sẽ không kịp thời hạn (chậm: số người "
        "còn chưa thu nhận khi đến hạn).",
    "Report (PDF)": "Báo cáo (PDF)",
    "Report (Excel)": "Báo cáo (Excel)",
    "Not yet collected (PDF)": "Danh sách chưa làm (PDF)",
    "Not yet collected (Excel)": "Danh sách chưa làm (Excel)",
    "Open": "Mở tệp",
    "Open folder": "Mở thư mục",
    "People collected per day, against the rate the deadlines need":
        "Số người được thu nhận mỗi ngày, so với mức cần đạt để kịp thời hạn",
    "Collected that day": "Thu nhận trong ngày",
    "Average of 7 days": "Bình quân 7 ngày",
    "The campaign has no deadline and no last day yet, so there is nothing to count against. "
    "Give it its deadlines (at HQ, or with the command line).":
        "Chiến dịch chưa có thời hạn và ngày kết thúc nên chưa thể tính tiến độ. Hãy nhập thời "
        "hạn cho chiến dịch (tại cấp tỉnh, hoặc bằng dòng lệnh).",
    "No campaign yet.\n\nA campaign (its deadlines per age group) usually comes from HQ: import "
    "HQ's bundle. A lead can also create one at this station with the command line:\n\n%1":
        "Chưa có chiến dịch nào.\n\nChiến dịch (thời hạn theo từng nhóm tuổi) thường do cấp "
        "tỉnh gửi về: hãy nhập gói dữ liệu của cấp tỉnh. Trưởng trạm cũng có thể tự tạo chiến "
        "dịch tại trạm bằng dòng lệnh:\n\n%1",
    "Campaign %1 · %2 · figures of %3": "Chiến dịch %1 · %2 · số liệu ngày %3",
    "Campaign over: no report due": "Chiến dịch đã kết thúc: không còn kỳ báo cáo",
    "Next report: %1 (deadline of ages %2), in %3 day(s)":
        "Kỳ báo cáo tới: %1 (hạn nhóm tuổi %2), còn %3 ngày",
    "Next report: %1 (last day of the campaign), in %3 day(s)":
        "Kỳ báo cáo tới: %1 (ngày cuối chiến dịch), còn %3 ngày",
    "Station %1 has sent nothing since %2: its figures are as of then.":
        "Trạm %1 chưa gửi dữ liệu từ %2: số liệu của trạm tính đến ngày đó.",
    "the start": "đầu chiến dịch",
    "Writing the file…": "Đang ghi tệp…",
    "Written: %1": "Đã ghi: %1",
    "The file could not be written in %1 (is the folder there, and may it be written?).":
        "Không ghi được tệp vào %1 (thư mục có tồn tại và được phép ghi không?).",
    # issue 13: the station floor tried by hand
    "A reason is required: type it in the note field, then press Enter (or the key again).":
        "Cần ghi lý do: gõ vào ô ghi chú rồi nhấn Enter (hoặc nhấn lại phím đó).",
    "A reason is needed to record this person again.":
        "Cần ghi lý do để ghi lại cho người này.",
    "Quit": "Thoát",
    "Ticket %1 is still at this desk. Quit anyway? (The desk finds it again when the program "
    "starts.)":
        "Phiếu %1 vẫn đang ở bàn này. Vẫn thoát? (Khi mở lại chương trình, bàn sẽ thấy lại "
        "phiếu này.)",
    "%1 locked the screen. %1, type your PIN to go on; someone else may sign in with their "
    "own name.":
        "%1 đã khóa màn hình. %1 nhập mã PIN để tiếp tục; người khác có thể đăng nhập bằng tên "
        "của mình.",
    "Scan the QR code of an invitation letter, or type its household code, a personal ID or a "
    "ticket number, and press Enter":
        "Quét mã QR trên giấy mời, hoặc gõ mã hộ, số định danh hay số phiếu, rồi nhấn Enter",
    "%1 at %2": "%1 lúc %2",
    "This letter is for a later day: %1 (%2). Ticket %3 is served today with the walk-ins.":
        "Giấy mời này hẹn ngày sau: %1 (%2). Phiếu %3 được phục vụ hôm nay cùng người không "
        "có giấy hẹn.",
    "This letter is for a later day: %1 (%2). Ticket %3 is served today as an appointment.":
        "Giấy mời này hẹn ngày sau: %1 (%2). Phiếu %3 được phục vụ hôm nay như người có hẹn.",
    "This letter was for an earlier day: %1 (%2). Ticket %3 is served today with the walk-ins.":
        "Giấy mời này hẹn ngày trước: %1 (%2). Phiếu %3 được phục vụ hôm nay cùng người không "
        "có giấy hẹn.",
    "This letter was for an earlier day: %1 (%2). Ticket %3 is served today as an "
    "appointment.":
        "Giấy mời này hẹn ngày trước: %1 (%2). Phiếu %3 được phục vụ hôm nay như người có hẹn.",
    "CCCD station": "Trạm CCCD",
    "The appointment letter (if any)": "Giấy hẹn (nếu có)",
    "The old ID card, CMND/CCCD (if any)": "CMND/CCCD cũ (nếu có)",
    "Papers proving the residence if the details do not match":
        "Giấy tờ chứng minh nơi cư trú nếu thông tin chưa khớp",
    "Children under 14 come with a parent or guardian":
        "Người dưới 14 tuổi đi cùng cha, mẹ hoặc người giám hộ",
    "With an appointment letter": "Có giấy hẹn",
    "Without an appointment letter": "Không có giấy hẹn",
    "Priority (elderly, disabled, pregnant women, small children)":
        "Ưu tiên (người cao tuổi, khuyết tật, phụ nữ mang thai, trẻ nhỏ)",
    "no station database at {path} (create one with: station-app init)":
        "Không có dữ liệu trạm tại {path} (tạo bằng lệnh: station-app init)",
    "this code is neither a letter nor a ticket (nor a household code or personal ID here): "
    "nothing was changed":
        "Mã này không phải giấy mời cũng không phải phiếu (cũng không phải mã hộ hay số định "
        "danh ở trạm này): không có gì thay đổi",
    "{path} cannot be read as a station database: {error}":
        "Không đọc được {path} như dữ liệu trạm: {error}",
    "{path} is an SQLite file but not a station database":
        "{path} là tệp SQLite nhưng không phải dữ liệu trạm",
    "{path} is an empty file, not a station database":
        "{path} là tệp rỗng, không phải dữ liệu trạm",
    "{path} is not a station database (not SQLite, or damaged)":
        "{path} không phải dữ liệu trạm (không phải SQLite, hoặc đã hỏng)",
}

# Qt's own strings (standard buttons, the file dialog): PySide6 ships no qtbase_vi.qm, so the
# few the app shows are in its own catalogue, by Qt's context.
QT_VI = {
    "QPlatformTheme": {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở",
        "&Yes": "&Có", "Yes to &All": "Có với &tất cả", "&No": "&Không",
        "N&o to All": "K&hông với tất cả", "Abort": "Hủy bỏ", "Retry": "Thử lại",
        "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Hủy", "Discard": "Không lưu",
        "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại",
        "Restore Defaults": "Khôi phục mặc định",
    },
    "QFileDialog": {
        "Look in:": "Tìm trong:", "Back": "Quay lại", "Forward": "Tiến tới",
        "Parent Directory": "Thư mục cha", "Create New Folder": "Tạo thư mục mới",
        "List View": "Dạng danh sách", "Detail View": "Dạng chi tiết",
        "File &name:": "&Tên tệp:", "Files of type:": "Loại tệp:", "&Open": "&Mở",
        "&Save": "&Lưu", "&Choose": "&Chọn", "Open": "Mở", "Save As": "Lưu thành",
        "Directory:": "Thư mục:", "All Files (*)": "Mọi tệp (*)", "New Folder": "Thư mục mới",
        "&Rename": "Đổi &tên", "&Delete": "&Xóa", "Show &hidden files": "Hiện tệp ẩ&n",
        "&New Folder": "Thư mục &mới", "Recent Places": "Nơi đã mở gần đây",
        "My Computer": "Máy tính", "Computer": "Máy tính", "File": "Tệp",
        "File Folder": "Thư mục", "Folder": "Thư mục", "Drive": "Ổ đĩa",
        "Unknown": "Không rõ", "Sidebar": "Thanh bên", "Files": "Tệp",
    },
    "QFileSystemModel": {
        "Name": "Tên", "Size": "Kích thước", "Type": "Loại", "Kind": "Loại",
        "Date Modified": "Ngày sửa", "My Computer": "Máy tính", "Computer": "Máy tính",
    },
    "QLineEdit": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép",
        "&Paste": "&Dán", "Delete": "Xóa", "Select All": "Chọn tất cả",
    },
}

from build.translations_vi_h16b import VI_h16b  # noqa: E402

VI.update(VI_h16b)
from build.translations_vi_h16a import VI_h16a  # noqa: E402

VI.update(VI_h16a)
from build.translations_vi_h15a import VI_h15a  # noqa: E402

VI.update(VI_h15a)
from build.translations_vi_h15b import VI_h15b  # noqa: E402

VI.update(VI_h15b)

from build.translations_vi_h15b import QT_VI_h15b  # noqa: E402

QT_VI.update(QT_VI_h15b)
from build.translations_vi_h15c import VI_h15c  # noqa: E402

VI.update(VI_h15c)
from build.translations_vi_h17b import VI_h17b  # noqa: E402

VI.update(VI_h17b)
from build.translations_vi_h18 import VI_h18  # noqa: E402

VI.update(VI_h18)
from build.translations_vi_h17a import VI_h17a  # noqa: E402

VI.update(VI_h17a)
from build.translations_vi_i28 import VI_i28  # noqa: E402  (issue 28)

VI.update(VI_i28)
