"""Vietnamese for every interface string (English source -> Vietnamese): the one catalogue.
build/update_translations.py fills resources/translations/station_app_vi.ts from it. A key
appears once (tests/test_translations.py); add new strings at the end of VI."""

VI = {
    'Roster': 'Danh sách dân cư',
    'CCCD station – %1 (%2)': 'Trạm cấp CCCD – %1 (%2)',
    '&File': '&Tệp',
    '&Import roster…': '&Nhập danh sách dân cư…',
    '&Quit': 'T&hoát',
    '&Find resident': '&Tìm công dân',
    '&Language': '&Ngôn ngữ',
    'New station': 'Tạo trạm mới',
    'e.g. Mobile station of Hòa Bình commune': 'ví dụ: Trạm lưu động xã Hòa Bình',
    'Database file': 'Tệp dữ liệu',
    'Station code': 'Mã trạm',
    'Station name': 'Tên trạm',
    "Enter a station code (letters, digits, '-') and a name.":
        "Nhập mã trạm (chữ, số, dấu '-') và tên trạm.",
    'Preparing the demo station…': 'Đang chuẩn bị trạm minh họa…',
    'Search by name, personal ID, date of birth or household code…':
        'Tìm theo họ tên, số định danh, ngày sinh hoặc mã hộ…',
    'Import roster…': 'Nhập danh sách…',
    '%1 resident(s) on the roster': '%1 nhân khẩu trong danh sách',
    'Searching…': 'Đang tìm…',
    '%1 resident(s) found, best first': 'Tìm thấy %1 nhân khẩu, phù hợp nhất trước',
    'No resident matches': 'Không tìm thấy nhân khẩu nào',
    'Needs card': 'Cần cấp',
    'Has valid card': 'Đã có thẻ',
    'Exempt': 'Miễn',
    'Moved away': 'Đã chuyển đi',
    'Deceased': 'Đã mất',
    'Male': 'Nam',
    'Female': 'Nữ',
    'Full name': 'Họ và tên',
    'Date of birth': 'Ngày sinh',
    'Gender': 'Giới tính',
    'Personal ID': 'Số định danh',
    'Household': 'Mã hộ',
    'Village': 'Thôn/Tổ dân phố',
    'Relation': 'Quan hệ',
    'Card status': 'Tình trạng thẻ',
    'Personal ID (12 digits)': 'Số định danh cá nhân (12 số)',
    'Old ID (CMND, 9 digits)': 'Số CMND (9 số)',
    'Relation to head': 'Quan hệ với chủ hộ',
    'Household code': 'Mã hộ',
    'Commune': 'Xã/Phường',
    'District': 'Quận/Huyện',
    'Province': 'Tỉnh/Thành phố',
    'Address': 'Địa chỉ',
    'Phone': 'Số điện thoại',
    'Import roster: check the columns': 'Nhập danh sách: kiểm tra các cột',
    'File: %1\nThe columns were matched to these fields. Columns not listed are ignored.':
        'Tệp: %1\nCác cột đã được ghép với những trường sau. Cột không có trong danh sách sẽ bị bỏ qua.',
    'Field': 'Trường',
    'Column in the file': 'Cột trong tệp',
    'Import': 'Nhập',
    'Cancel': 'Hủy',
    'Roster imported': 'Đã nhập danh sách',
    'Imported: %1   Updated: %2   Unchanged: %3   Rejected: %4':
        'Đã nhập: %1   Cập nhật: %2   Không đổi: %3   Bị từ chối: %4',
    'Line': 'Dòng',
    'Head of household': 'Chủ hộ',
    'Given where none was stored: %1': 'Bổ sung (trước đây chưa có): %1',
    'Kept as stored (no value in the file): %1': 'Giữ nguyên như đã lưu (tệp không có giá trị): %1',
    'Columns not in the file (stored values kept): %1':
        'Các cột không có trong tệp (giữ nguyên giá trị đã lưu): %1',
    'Import roster: confirm the changes': 'Nhập danh sách: xác nhận các thay đổi',
    'File: %1\nThis roster would replace %2 values the station holds. Nothing has been written yet: check them, then import or cancel.':
        'Tệp: %1\nDanh sách này sẽ thay thế %2 giá trị trạm đang lưu. Chưa có gì được ghi: hãy kiểm tra, rồi nhập hoặc hủy.',
    'Values replaced': 'Số giá trị bị thay',
    'For example': 'Ví dụ',
    'New: %1   Updated: %2   Unchanged: %3   Rejected: %4':
        'Thêm mới: %1   Cập nhật: %2   Không đổi: %3   Bị từ chối: %4',
    'Import and replace': 'Nhập và thay thế',
    'Reason': 'Lý do',
    'Choose a roster file': 'Chọn tệp danh sách dân cư',
    'Rosters (*.csv *.txt *.xlsx)': 'Danh sách (*.csv *.txt *.xlsx)',
    'Cannot import': 'Không thể nhập',
    'Importing %1…': 'Đang nhập %1…',
    'Import stopped': 'Đã dừng nhập',
    'Nothing was imported.': 'Không có dữ liệu nào được nhập.',
    'Volunteer': 'Tình nguyện viên',
    'Staff': 'Cán bộ',
    'Station lead': 'Trưởng trạm',
    'Headquarters': 'Cấp trên',
    'Your name': 'Họ tên của bạn',
    'PIN (digits)': 'Mã PIN (chữ số)',
    'Sign in': 'Đăng nhập',
    'Name': 'Họ tên',
    'PIN': 'Mã PIN',
    'The screen locked after a while without use. %1, type your PIN to go on; someone else may sign in with their own name.':
        'Màn hình đã khóa vì lâu không sử dụng. %1, nhập mã PIN để tiếp tục; người khác có thể đăng nhập bằng tên của mình.',
    'Sign in with your name and PIN.': 'Đăng nhập bằng họ tên và mã PIN.',
    'Type your name.': 'Nhập họ tên.',
    'Checking…': 'Đang kiểm tra…',
    'Too many wrong PINs: this name is locked until %1.':
        'Nhập sai mã PIN quá nhiều lần: tên này bị khóa đến %1.',
    'Wrong name or PIN.': 'Sai họ tên hoặc mã PIN.',
    'Welcome. This laptop has no station yet: enter the station, then its lead, who signs in with the name and PIN below and adds the other operators.':
        'Xin chào. Máy này chưa có trạm: nhập thông tin trạm, rồi trưởng trạm — người sẽ đăng nhập bằng họ tên và mã PIN dưới đây và thêm những người dùng khác.',
    'Nobody can sign in to this station yet: enter its lead, who signs in with the name and PIN below and adds the other operators.':
        'Trạm này chưa có ai đăng nhập được: nhập trưởng trạm — người sẽ đăng nhập bằng họ tên và mã PIN dưới đây và thêm những người dùng khác.',
    'e.g. Nguyễn Văn Hùng': 'ví dụ: Nguyễn Văn Hùng',
    '4 to 12 digits': 'từ 4 đến 12 chữ số',
    "Lead's name": 'Họ tên trưởng trạm',
    "Lead's PIN": 'Mã PIN của trưởng trạm',
    'PIN again': 'Nhập lại mã PIN',
    "Enter the lead's name.": 'Nhập họ tên trưởng trạm.',
    'A PIN is 4 to 12 digits.': 'Mã PIN gồm 4 đến 12 chữ số.',
    'The two PINs differ.': 'Hai mã PIN không khớp.',
    'Creating the station…': 'Đang tạo trạm…',
    'Tickets': 'Phát số',
    'Desk': 'Bàn',
    'Operators': 'Người dùng',
    '&Settings of this laptop…': '&Cài đặt máy này…',
    '&Lock the screen': '&Khóa màn hình',
    'Sign &out': 'Đăng &xuất',
    '&View': '&Xem',
    'Now-serving &display': 'Màn hình &gọi số',
    'Not allowed': 'Không được phép',
    'Your role may not import the roster.': 'Vai trò của bạn không được nhập danh sách dân cư.',
    'Role': 'Vai trò',
    'Status': 'Trạng thái',
    'Active': 'Đang dùng',
    'Deactivated': 'Đã ngừng',
    'Deactivate the selected operator': 'Ngừng người dùng đã chọn',
    'Add operator': 'Thêm người dùng',
    'New operator': 'Người dùng mới',
    '%1 can now sign in.': '%1 đã có thể đăng nhập.',
    'Settings of this laptop': 'Cài đặt máy này',
    'No printer: save each ticket as a PDF': 'Không có máy in: lưu mỗi phiếu thành tệp PDF',
    'A printer installed on this computer': 'Máy in đã cài trên máy tính này',
    'Thermal printer without driver (ESC/POS)': 'Máy in nhiệt không có trình điều khiển (ESC/POS)',
    '%1 mm roll': 'Cuộn giấy %1 mm',
    ' min': ' phút',
    'The last screen': 'Màn hình cuối cùng',
    'Chime on each call': 'Phát chuông mỗi lần gọi số',
    'Speak each call (when a Vietnamese voice is installed)':
        'Đọc số bằng giọng nói (khi máy có giọng tiếng Việt)',
    'Ticket printer': 'Máy in phiếu',
    'Printer name': 'Tên máy in',
    'Paper': 'Khổ giấy',
    'ESC/POS connection': 'Kết nối ESC/POS',
    'Folder for ticket PDFs': 'Thư mục lưu phiếu PDF',
    'Lock the screen after': 'Khóa màn hình sau',
    'Now-serving display on': 'Màn hình gọi số trên',
    'Scan the QR code of an invitation letter (or type a ticket number) and press Enter':
        'Quét mã QR trên giấy mời (hoặc gõ số phiếu) rồi nhấn Enter',
    'Reprint (F9)': 'In lại (F9)',
    'What to bring (F10)': 'Cần mang theo (F10)',
    'Last ticket': 'Phiếu vừa phát',
    'Please bring': 'Xin mang theo',
    'Number': 'Số',
    'Time': 'Giờ',
    'Household head': 'Chủ hộ',
    "Today's tickets": 'Phiếu đã phát hôm nay',
    'Print': 'In phiếu',
    'Already scanned: ticket %1.': 'Đã quét rồi: phiếu %1.',
    'Ticket %1 issued.': 'Đã phát phiếu %1.',
    'Household of %1 checked in: ticket %2.': 'Hộ của %1 đã đến: phiếu %2.',
    'This household already has ticket %1 (%2). Press F9 to reprint it.':
        'Hộ này đã có phiếu %1 (%2). Nhấn F9 để in lại.',
    'Ticket %1: %2.': 'Phiếu %1: %2.',
    'Household: %1': 'Hộ: %1',
    'Issued %1 at %2': 'Phát ngày %1 lúc %2',
    'People ahead: %1': 'Số người chờ trước: %1',
    'Ticket %1 is issued and kept, but the printer failed: %2. Press F9 to reprint when the printer is ready.':
        'Phiếu %1 đã được phát và lưu lại, nhưng máy in bị lỗi: %2. Nhấn F9 để in lại khi máy in sẵn sàng.',
    'Printing…': 'Đang in…',
    'Saved as PDF (no printer set up)': 'Đã lưu thành PDF (chưa cài máy in)',
    'Printed': 'Đã in',
    'Not printed: the printer failed. Press F9 to reprint.':
        'Chưa in được: máy in bị lỗi. Nhấn F9 để in lại.',
    'printing': 'đang in',
    'printed': 'đã in',
    'FAILED': 'LỖI',
    'Waiting now: %1 · next to be called: %2': 'Đang chờ: %1 · sắp được gọi: %2',
    'Waiting: %1   ·   last number: %2': 'Đang chờ: %1   ·   số cuối: %2',
    'Waiting': 'Đang chờ',
    'Called': 'Đã gọi',
    'At the desk': 'Đang làm thủ tục',
    'No-show': 'Vắng mặt',
    'Done': 'Đã xong',
    'Your role may not do this; the attempt was recorded.':
        'Vai trò của bạn không được làm việc này; lần thử đã được ghi lại.',
    'This code is not an invitation letter or ticket of this station: nothing was changed.':
        'Mã này không phải giấy mời hay phiếu của trạm: không có gì thay đổi.',
    'No such ticket today at this station.': 'Hôm nay trạm không có phiếu này.',
    'This desk is still serving a ticket: finish, return or transfer it first.':
        'Bàn này đang phục vụ một phiếu: hãy kết thúc, trả về hàng chờ hoặc chuyển bàn trước.',
    'That cannot be done to this ticket now (%1).':
        'Không thể làm việc đó với phiếu này lúc này (%1).',
    'Already collected: %1': 'Đã thu nhận: %1',
    'Call next': 'Gọi số tiếp',
    'Recall': 'Gọi lại',
    'Back to queue': 'Trả về hàng chờ',
    'Finish': 'Xong',
    'Transfer to desk (Ctrl+T)': 'Chuyển sang bàn (Ctrl+T)',
    'Call this number': 'Gọi số này',
    'No-show came back': 'Người vắng đã quay lại',
    '%1 is back in the queue.': '%1 đã vào lại hàng chờ.',
    'No ticket at this desk. Press F5 to call the next number.':
        'Bàn chưa có phiếu nào. Nhấn F5 để gọi số tiếp theo.',
    'Card': 'Thẻ',
    'Intake': 'Kết quả',
    'Reason or note for the outcome (needed for rejected and referred)':
        'Lý do hoặc ghi chú (bắt buộc khi từ chối hoặc chuyển nơi khác)',
    'Search: name, ID, date of birth or household…':
        'Tìm: họ tên, số định danh, ngày sinh hoặc mã hộ…',
    'Household members on this ticket (keys 1–4 record the selected person)':
        'Nhân khẩu của hộ theo phiếu này (phím 1–4 ghi kết quả cho người đang chọn)',
    'Status: %1': 'Trạng thái: %1',
    'Household %1 · %2 member(s)': 'Hộ %1 · %2 nhân khẩu',
    'No household linked: search for the person on the right.':
        'Phiếu chưa gắn với hộ nào: tìm người đến ở khung bên phải.',
    'Today at desk %1: %2 collected · %3 ticket(s) finished · %4 waiting in the queues':
        'Hôm nay tại bàn %1: đã thu nhận %2 · xong %3 phiếu · %4 người đang chờ',
    'Nobody is waiting.': 'Không có ai đang chờ.',
    'Called %1.': 'Đã gọi %1.',
    'Called %1 again.': 'Đã gọi lại %1.',
    '%1 did not come: marked no-show.': '%1 không đến: đã ghi vắng mặt.',
    '%1 went back to the queue.': '%1 đã trả về hàng chờ.',
    '%1 was sent to desk %2.': '%1 đã chuyển sang bàn %2.',
    'Type the number of the desk to send it to, then press Ctrl+T again.':
        'Gõ số của bàn cần chuyển đến, rồi nhấn lại Ctrl+T.',
    '%1 finished.': '%1 đã xong.',
    'Select a person first (the household list or a search result).':
        'Hãy chọn một người trước (trong danh sách hộ hoặc kết quả tìm kiếm).',
    '%1 is already recorded: %2.': '%1 đã được ghi: %2.',
    'changed at the desk from %1 to %2': 'sửa tại bàn từ %1 thành %2',
    '%1: %2 recorded.': 'Đã ghi kết quả cho %1: %2.',
    'Not recorded.': 'Chưa ghi.',
    '%1 found': 'Tìm thấy %1',
    '%1 already collected (orange)': '%1 người đã thu nhận (màu cam)',
    'at station %1': 'tại trạm %1',
    'Collected': 'Đã thu nhận hồ sơ',
    'Missing documents': 'Thiếu giấy tờ',
    'Rejected': 'Từ chối',
    'Referred elsewhere': 'Chuyển nơi khác',
    'Already collected': 'Đã thu nhận trước đó',
    '%1.\n\nCheck it is the same person (date of birth, ID, household). To record again anyway, give the reason.':
        '%1.\n\nHãy kiểm tra có đúng là cùng một người không (ngày sinh, số định danh, hộ). Nếu vẫn ghi lại, hãy nêu lý do.',
    'Reason for recording again': 'Lý do ghi lại',
    'Record anyway': 'Vẫn ghi',
    'Do not record': 'Không ghi',
    'Now serving': 'Màn hình gọi số',
    'NOW SERVING': 'ĐANG PHỤC VỤ',
    'Please wait: numbers will be called here': 'Xin vui lòng chờ: số thứ tự sẽ được gọi tại đây',
    'Last calls': 'Số vừa gọi',
    'In all: %1': 'Tổng cộng: %1',
    'Desk %1': 'Bàn %1',
    'Close': 'Đóng',
    'this import would replace {count} stored values ({fields}); nothing was imported':
        'lần nhập này sẽ thay thế {count} giá trị đã lưu ({fields}); chưa nhập gì',
    'the row has {count} cells, the header {width}: it was cut short':
        'dòng có {count} ô, dòng tiêu đề có {width} ô: dòng bị cắt cụt',
    "column '{column}' holds a control character ({code}): the file may be damaged":
        "cột '{column}' chứa ký tự điều khiển ({code}): tệp có thể bị hỏng",
    'the file ends inside a character of this row: it was cut short':
        'tệp kết thúc giữa một ký tự của dòng này: tệp bị cắt cụt',
    'a quote opened in this row is never closed: the file was cut short or the quote is a mistake (lines {first}-{end} were read as one row)':
        'dấu ngoặc kép mở ở dòng này không được đóng: tệp bị cắt cụt hoặc dấu ngoặc bị nhầm (các dòng {first}-{end} bị đọc thành một dòng)',
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
    "ID number '{number}' must contain digits only": "Số '{number}' chỉ được gồm chữ số",
    'ID {number}: {problem}': 'Số định danh {number}: {problem}',
    "card status '{value}' is not one of: Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất":
        "Tình trạng thẻ '{value}' không thuộc: Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất",
    "date of birth ('Ngày sinh')": "ngày sinh ('Ngày sinh')",
    'date of birth is empty': 'Thiếu ngày sinh',
    'date of birth {date} is not plausible': 'Ngày sinh {date} không hợp lý',
    "full name '{name}' contains digits": "Họ tên '{name}' có chữ số",
    "full name ('Họ và tên')": "họ tên ('Họ và tên')",
    'full name is empty': 'Thiếu họ tên',
    "gender '{value}' is not Nam/Nữ (male/female)": "Giới tính '{value}' không phải Nam/Nữ",
    "household code ('Mã hộ')": "mã hộ ('Mã hộ')",
    'household code is empty': 'Thiếu mã hộ',
    'import cancelled; nothing was imported': 'Đã hủy nhập; không có gì được nhập',
    'no such file: {path}': 'Không có tệp: {path}',
    "old ID (CMND) '{value}' must have 9 digits": "Số CMND '{value}' phải có 9 chữ số",
    'same person as line {line} (household, name and birth date)':
        'Trùng người ở dòng {line} (cùng hộ, họ tên và ngày sinh)',
    '{file} is a binary file, not a CSV or XLSX roster':
        '{file} là tệp nhị phân, không phải danh sách CSV hoặc XLSX',
    'the station database is busy: another program (a roster import or a bundle merge?) is writing to it; nothing was changed, try again':
        'Cơ sở dữ liệu của trạm đang bận: một chương trình khác (nhập danh sách hoặc gộp gói đồng bộ?) đang ghi; chưa có gì thay đổi, hãy thử lại',
    '{file} is a database, not a roster (CSV or XLSX)':
        '{file} là tệp cơ sở dữ liệu, không phải danh sách (CSV hoặc XLSX)',
    '{file} is empty': '{file} không có dữ liệu',
    '{file} is not UTF-8 text (line {line}); save it as CSV UTF-8 or XLSX':
        '{file} không phải văn bản UTF-8 (dòng {line}); hãy lưu thành CSV UTF-8 hoặc XLSX',
    '{file} is not a readable XLSX workbook ({reason})':
        'Không đọc được {file} như một bảng tính XLSX ({reason})',
    '{file}, line {line}: {reason}': '{file}, dòng {line}: {reason}',
    '{file}: broken UTF-16 text ({reason})': '{file}: văn bản UTF-16 bị lỗi ({reason})',
    '{file}: no column for {missing}; the headers are: {headers}':
        '{file}: không có cột {missing}; các cột là: {headers}',
    "{file}: no column of full names (such as 'Họ và tên') found":
        "{file}: không tìm thấy cột họ tên (ví dụ 'Họ và tên')",
    '{file}: the header line cannot be read ({reason})':
        '{file}: không đọc được dòng tiêu đề ({reason})',
    '{file}: the roster reader stopped unexpectedly (exit code {code})':
        '{file}: trình đọc danh sách dừng bất thường (mã thoát {code})',
    "'{text}' has no letters or digits to search for": "'{text}' không có chữ hay số nào để tìm",
    ', desk {desk}': ', bàn {desk}',
    'a PIN is {low} to {high} digits': 'Mã PIN gồm {low} đến {high} chữ số',
    'a correction needs to say why (the reason for correcting)': 'Sửa kết quả cần ghi lý do sửa',
    'a new resident needs a full name': 'Công dân mới cần có họ tên',
    'a resident with ID {number} is already on the roster':
        'Công dân có số định danh {number} đã có trong danh sách',
    "an operator named '{name}' already exists": "Đã có người dùng tên '{name}'",
    "an operator's name is 1 to 60 characters": 'Tên người dùng dài từ 1 đến 60 ký tự',
    'at station {station}': 'tại trạm {station}',
    'gender is M or F': 'Giới tính phải là nam hoặc nữ',
    'here': 'tại trạm này',
    'intake {id} was already corrected by {newer}: correct that one instead':
        'Kết quả {id} đã được sửa bằng {newer}: hãy sửa bản đó',
    'limit must be at least 1': 'Số kết quả tối đa phải từ 1 trở lên',
    "no intake '{id}'": "Không có kết quả tiếp nhận '{id}'",
    'no operator with id {id}': 'Không có người dùng mã {id}',
    "no resident '{id}' at this station": "Trạm không có công dân '{id}'",
    'no such household': 'Không có hộ này',
    'only HQ makes hq operators; this is station {station}':
        'Chỉ cấp trên mới tạo được người dùng cấp trên; đây là trạm {station}',
    "no ticket '{id}'": "Không có phiếu '{id}'",
    "outcome '{outcome}' needs a reason": "Kết quả '{outcome}' cần ghi lý do",
    "outcome must be one of {outcomes}, not '{outcome}'":
        "Kết quả phải là một trong {outcomes}, không phải '{outcome}'",
    'recording a resident already collected needs a reason':
        'Ghi lại cho công dân đã thu nhận cần có lý do',
    "role must be one of {roles}, not '{role}'":
        "Vai trò phải là một trong {roles}, không phải '{role}'",
    'search text is empty': 'Chưa nhập nội dung tìm kiếm',
    'the first operator of a station is its lead':
        'Người dùng đầu tiên của trạm phải là trưởng trạm',
    "the station's last lead cannot be deactivated":
        'Không thể khóa trưởng trạm cuối cùng của trạm',
    '{name} ({dob}) was already collected {where} on {when}{desk}':
        '{name} ({dob}) đã được thu nhận {where} lúc {when}{desk}',
    '{fact}: check it is the same person; to record again, confirm with a reason':
        '{fact}: hãy kiểm tra có đúng người không; muốn ghi lại, xác nhận kèm lý do',
    'Dashboard': 'Tiến độ',
    'Target': 'Chỉ tiêu',
    'Collected so far': 'Đã thu nhận',
    'Remaining': 'Còn lại',
    'Percent done': 'Tỷ lệ',
    'Collected on the day': 'Thu nhận trong ngày',
    'Per day, last 7 days': 'Đạt/ngày (7 ngày qua)',
    'Needed per day': 'Cần đạt/ngày',
    'Projected finish': 'Dự kiến hoàn thành',
    'Ages': 'Nhóm tuổi',
    'Deadline': 'Thời hạn',
    'People collected': 'Đã thu nhận',
    'Days left': 'Còn (ngày)',
    'Needed/day': 'Cần/ngày',
    'Achieved/day': 'Đạt/ngày',
    'On track': 'Kịp hạn',
    'yes': 'có',
    'no': 'không',
    'Per day': 'Đạt/ngày',
    'Behind': 'Chậm (người)',
    'Days late': 'Chậm (ngày)',
    'Station': 'Trạm',
    'Its villages done': 'Tỷ lệ địa bàn',
    'Last bundle': 'Gói dữ liệu gần nhất',
    'none': 'chưa có',
    'Villages': 'Các thôn',
    'Communes': 'Xã/Phường',
    'Stations': 'Trạm',
    'Worst first. Red: will miss a deadline at its pace so far (behind: people still to collect then).':
        'Xếp từ chậm nhất. Tô đỏ: với tốc độ từ đầu đợt sẽ không kịp thời hạn (chậm: số người còn chưa thu nhận khi đến hạn).',
    'Report (PDF)': 'Báo cáo (PDF)',
    'Report (Excel)': 'Báo cáo (Excel)',
    'Not yet collected (PDF)': 'Danh sách chưa làm (PDF)',
    'Not yet collected (Excel)': 'Danh sách chưa làm (Excel)',
    'Open': 'Mở tệp',
    'Open folder': 'Mở thư mục',
    'People collected per day, against the rate the deadlines need':
        'Số người được thu nhận mỗi ngày, so với mức cần đạt để kịp thời hạn',
    'Collected that day': 'Thu nhận trong ngày',
    'Average of 7 days': 'Bình quân 7 ngày',
    'Campaign %1 · %2 · figures of %3': 'Chiến dịch %1 · %2 · số liệu ngày %3',
    'Campaign over: no report due': 'Chiến dịch đã kết thúc: không còn kỳ báo cáo',
    'Next report: %1 (deadline of ages %2), in %3 day(s)':
        'Kỳ báo cáo tới: %1 (hạn nhóm tuổi %2), còn %3 ngày',
    'Next report: %1 (last day of the campaign), in %3 day(s)':
        'Kỳ báo cáo tới: %1 (ngày cuối chiến dịch), còn %3 ngày',
    'Station %1 has sent nothing since %2: its figures are as of then.':
        'Trạm %1 chưa gửi dữ liệu từ %2: số liệu của trạm tính đến ngày đó.',
    'the start': 'đầu chiến dịch',
    'Writing the file…': 'Đang ghi tệp…',
    'Written: %1': 'Đã ghi: %1',
    'The file could not be written in %1 (is the folder there, and may it be written?).':
        'Không ghi được tệp vào %1 (thư mục có tồn tại và được phép ghi không?).',
    'A reason is required: type it in the note field, then press Enter.':
        'Cần ghi lý do: gõ vào ô ghi chú rồi nhấn Enter.',
    'A reason is needed to record this person again.': 'Cần ghi lý do để ghi lại cho người này.',
    'Quit': 'Thoát',
    'Ticket %1 is still at this desk. Quit anyway? (The desk finds it again when the program starts.)':
        'Phiếu %1 vẫn đang ở bàn này. Vẫn thoát? (Khi mở lại chương trình, bàn sẽ thấy lại phiếu này.)',
    '%1 locked the screen. %1, type your PIN to go on; someone else may sign in with their own name.':
        '%1 đã khóa màn hình. %1 nhập mã PIN để tiếp tục; người khác có thể đăng nhập bằng tên của mình.',
    'Scan the QR code of an invitation letter, or type its household code, a personal ID or a ticket number, and press Enter':
        'Quét mã QR trên giấy mời, hoặc gõ mã hộ, số định danh hay số phiếu, rồi nhấn Enter',
    '%1 at %2': '%1 lúc %2',
    'This letter is for a later day: %1 (%2). Ticket %3 is served today with the walk-ins.':
        'Giấy mời này hẹn ngày sau: %1 (%2). Phiếu %3 được phục vụ hôm nay cùng người không có giấy hẹn.',
    'This letter is for a later day: %1 (%2). Ticket %3 is served today as an appointment.':
        'Giấy mời này hẹn ngày sau: %1 (%2). Phiếu %3 được phục vụ hôm nay như người có hẹn.',
    'This letter was for an earlier day: %1 (%2). Ticket %3 is served today with the walk-ins.':
        'Giấy mời này hẹn ngày trước: %1 (%2). Phiếu %3 được phục vụ hôm nay cùng người không có giấy hẹn.',
    'This letter was for an earlier day: %1 (%2). Ticket %3 is served today as an appointment.':
        'Giấy mời này hẹn ngày trước: %1 (%2). Phiếu %3 được phục vụ hôm nay như người có hẹn.',
    'CCCD station': 'Trạm CCCD',
    'The appointment letter (if any)': 'Giấy hẹn (nếu có)',
    'The old ID card, CMND/CCCD (if any)': 'CMND/CCCD cũ (nếu có)',
    'Papers proving the residence if the details do not match':
        'Giấy tờ chứng minh nơi cư trú nếu thông tin chưa khớp',
    'Children under 14 come with a parent or guardian':
        'Người dưới 14 tuổi đi cùng cha, mẹ hoặc người giám hộ',
    'With an appointment letter': 'Có giấy hẹn',
    'Without an appointment letter': 'Không có giấy hẹn',
    'Priority (elderly, disabled, pregnant women, small children)':
        'Ưu tiên (người cao tuổi, khuyết tật, phụ nữ mang thai, trẻ nhỏ)',
    'this code is neither a letter nor a ticket (nor a household code or personal ID here): nothing was changed':
        'Mã này không phải giấy mời cũng không phải phiếu (cũng không phải mã hộ hay số định danh ở trạm này): không có gì thay đổi',
    '{path} cannot be read as a station database: {error}':
        'Không đọc được {path} như dữ liệu trạm: {error}',
    '{path} is an SQLite file but not a station database':
        '{path} là tệp SQLite nhưng không phải dữ liệu trạm',
    '{path} is an empty file, not a station database':
        '{path} là tệp rỗng, không phải dữ liệu trạm',
    '{path} is not a station database (not SQLite, or damaged)':
        '{path} không phải dữ liệu trạm (không phải SQLite, hoặc đã hỏng)',
    "{station} acknowledges this laptop's changes up to {ack}, more than it has made ({made}): this laptop was restored from an older backup; the acknowledgement is ignored":
        '{station} xác nhận đã nhận các thay đổi của máy này đến số {ack}, nhiều hơn số máy này đã tạo ({made}): máy này đã được khôi phục từ một bản sao lưu cũ hơn; xác nhận đó bị bỏ qua',
    "{station} now holds this laptop's changes only up to {ack}, no longer up to {acked}: it was restored from an older backup. The next bundle to {station} carries them again from {ack}":
        '{station} nay chỉ còn giữ các thay đổi của máy này đến số {ack}, không còn đến số {acked}: máy đó đã được khôi phục từ một bản sao lưu cũ hơn. Gói đồng bộ tiếp theo gửi {station} sẽ mang lại các thay đổi từ số {ack}',
    'this bundle from {station} starts after its change {since}, but this laptop holds its changes only up to {received}: this laptop was restored from an older backup (its changes were applied). The next bundle to {station} asks for the missing ones again from {received}':
        'gói đồng bộ này của {station} bắt đầu sau thay đổi số {since} của trạm đó, nhưng máy này chỉ giữ các thay đổi của trạm đến số {received}: máy này đã được khôi phục từ một bản sao lưu cũ hơn (các thay đổi trong gói đã được áp dụng). Gói đồng bộ tiếp theo gửi {station} sẽ yêu cầu gửi lại các thay đổi còn thiếu từ số {received}',
    '{station} numbers its changes again from {upto} (this laptop held them up to {received}): it was restored from an older backup':
        '{station} đánh số lại các thay đổi của mình từ số {upto} (máy này đã giữ đến số {received}): máy đó đã được khôi phục từ một bản sao lưu cũ hơn',
    '{count} records from {station} were kept aside, not applied: a station may change only its own tickets, intakes, sessions and appointments and the roster of the villages it serves':
        '{count} bản ghi của {station} được để riêng, không áp dụng: một trạm chỉ được thay đổi số thứ tự, hồ sơ tiếp nhận, phiên làm việc và lịch hẹn của chính trạm, và danh sách dân cư của các thôn mà trạm phục vụ',
    'a record of another station, or one a station cannot make':
        'bản ghi của trạm khác, hoặc bản ghi mà trạm không được tạo',
    'only HQ makes hq operators or changes them':
        'chỉ cấp trên mới tạo hoặc thay đổi cán bộ có vai trò cấp trên',
    'the roster of a village this station does not serve':
        'danh sách dân cư của thôn mà trạm này không phục vụ',
    'a record only HQ changes': 'bản ghi chỉ cấp trên được thay đổi',
    'a record HQ made and no longer holds (HQ restored from a backup?)':
        'bản ghi do cấp trên tạo mà cấp trên không còn giữ (cấp trên đã được khôi phục từ bản sao lưu?)',
    'Sync': 'Đồng bộ',
    'Conflicts': 'Trùng hồ sơ',
    'HQ': 'Cấp trên',
    'sent': 'đã gửi',
    'received': 'đã nhận',
    'already received': 'đã nhận trước đó',
    'refused': 'bị từ chối',
    'cancelled': 'đã bị hủy',
    'Import a bundle…': 'Nhập một gói đồng bộ…',
    'Import every bundle of a folder…': 'Nhập mọi gói đồng bộ trong một thư mục…',
    'File': 'Tệp',
    'From': 'Từ',
    'Result': 'Kết quả',
    'Changes': 'Số thay đổi',
    'Choose a bundle': 'Chọn gói đồng bộ',
    'Sync bundles (*.bundle);;All files (*)': 'Gói đồng bộ (*.bundle);;Mọi tệp (*)',
    'Choose the folder of the bundles': 'Chọn thư mục chứa các gói đồng bộ',
    'There is no bundle (*.bundle) in %1.': 'Không có gói đồng bộ (*.bundle) nào trong %1.',
    'Importing %n bundle(s)…': 'Đang nhập %n gói đồng bộ…',
    'Received %1, already received %2, refused %3, not imported %4.':
        'Đã nhận %1, đã nhận trước đó %2, bị từ chối %3, chưa nhập %4.',
    '%n resident(s) collected at two stations: see Conflicts.':
        '%n công dân được thu nhận ở hai trạm: xem mục Trùng hồ sơ.',
    'Choose the identity file': 'Chọn tệp định danh',
    'Identity files (*.id);;All files (*)': 'Tệp định danh (*.id);;Mọi tệp (*)',
    'station': 'trạm',
    '%1 %2 is already enrolled with this key.': '%1 %2 đã được đăng ký với khóa này.',
    'Enrol %1 %2 (%3)? Compare this fingerprint with the one shown on that laptop:':
        'Đăng ký %1 %2 (%3)? Hãy so dấu vân tay khóa này với dấu vân tay hiện trên máy đó:',
    'It replaces the key enrolled for %1, fingerprint %2, which will be revoked: its bundles are refused from then on.':
        'Khóa này thay cho khóa đã đăng ký của %1, dấu vân tay %2; khóa cũ sẽ bị thu hồi: từ đó các gói của khóa cũ bị từ chối.',
    'Replace the key': 'Thay khóa',
    'The fingerprints match: enrol': 'Dấu vân tay khớp: đăng ký',
    'Enrolled %1, fingerprint %2.': 'Đã đăng ký %1, dấu vân tay %2.',
    'Send to HQ': 'Gửi lên cấp trên',
    'Choose a folder…': 'Chọn thư mục…',
    'Write the bundle for HQ': 'Ghi gói đồng bộ gửi cấp trên',
    "Write this laptop's identity file": 'Ghi tệp định danh của máy này',
    "Enrol HQ's identity file…": 'Đăng ký tệp định danh của cấp trên…',
    'Drive or folder:': 'Ổ đĩa hoặc thư mục:',
    'Once, with HQ:': 'Làm một lần với cấp trên:',
    'Receive from HQ': 'Nhận từ cấp trên',
    'When': 'Thời điểm',
    'Direction': 'Chiều',
    'out': 'gửi đi',
    'in': 'nhận về',
    'Bundles sent, received and refused': 'Các gói đã gửi, đã nhận và bị từ chối',
    'Choose a drive or folder': 'Chọn ổ đĩa hoặc thư mục',
    "This laptop's fingerprint: %1": 'Dấu vân tay khóa của máy này: %1',
    "No HQ is enrolled yet: write this laptop's identity file for HQ and enrol HQ's identity file.":
        'Chưa đăng ký cấp trên: hãy ghi tệp định danh của máy này gửi cấp trên và đăng ký tệp định danh của cấp trên.',
    'HQ holds everything of this station (last acknowledged %1).':
        'Cấp trên đã có đủ dữ liệu của trạm (xác nhận lần cuối %1).',
    'Not yet at HQ: %1 change(s), the oldest since %2. Last bundle for HQ: %3.':
        'Chưa đến cấp trên: %1 thay đổi, cũ nhất từ %2. Gói gần nhất gửi cấp trên: %3.',
    'Choose a drive or folder first.': 'Hãy chọn ổ đĩa hoặc thư mục trước.',
    'Writing the bundle…': 'Đang ghi gói đồng bộ…',
    'Wrote %1 for %2: %3 change(s).': 'Đã ghi %1 gửi %2: %3 thay đổi.',
    'Wrote %1. Carry it to HQ; HQ compares the fingerprint %2.':
        'Đã ghi %1. Hãy mang lên cấp trên; cấp trên so dấu vân tay %2.',
    'Resident': 'Công dân',
    'Born': 'Ngày sinh',
    'Collected at': 'Thu nhận tại',
    'why this intake stands (required)': 'lý do giữ hồ sơ này (bắt buộc)',
    'Record the decision': 'Ghi quyết định',
    'The intakes side by side: choose the one that stands':
        'Các lần thu nhận đặt cạnh nhau: chọn lần được giữ',
    'Stands': 'Được giữ',
    'Set aside': 'Để riêng',
    'Decided at': 'Quyết định tại',
    'By': 'Người quyết định',
    'Decisions taken': 'Các quyết định đã ghi',
    '%n resident(s) collected at two stations': '%n công dân được thu nhận ở hai trạm',
    'No conflict to decide.': 'Không có hồ sơ trùng cần quyết định.',
    'Collected on': 'Thu nhận lúc',
    'Operator': 'Cán bộ',
    'Note': 'Ghi chú',
    'Set aside by an earlier decision': 'Đã để riêng theo một quyết định trước',
    'This intake stands': 'Giữ lần thu nhận này',
    'Choose the intake that stands.': 'Hãy chọn lần thu nhận được giữ.',
    'Recorded; the decision goes with the next bundle.':
        'Đã ghi; quyết định sẽ đi cùng gói đồng bộ tiếp theo.',
    'Code': 'Mã trạm',
    'Key fingerprint': 'Dấu vân tay khóa',
    'Last bundle received': 'Gói nhận gần nhất',
    'none yet': 'chưa có',
    'Not acknowledged': 'Chưa xác nhận',
    'revoked %1': 'thu hồi %1',
    'enrolled %1': 'đăng ký %1',
    'Enrol a station…': 'Đăng ký trạm…',
    'Revoke the selected station…': 'Thu hồi trạm đã chọn…',
    "Write HQ's identity file…": 'Ghi tệp định danh của cấp trên…',
    'Write a bundle for each station…': 'Ghi gói đồng bộ cho từng trạm…',
    'Bundles from the stations': 'Gói đồng bộ từ các trạm',
    'Select an enrolled station first.': 'Hãy chọn một trạm đã đăng ký trước.',
    'Revoke %1 (%2), fingerprint %3? Its bundles are refused from then on; a revoked key is never enrolled again.':
        'Thu hồi %1 (%2), dấu vân tay %3? Từ đó các gói của trạm bị từ chối; khóa đã thu hồi không bao giờ được đăng ký lại.',
    'Revoke': 'Thu hồi',
    'Revoked %1.': 'Đã thu hồi %1.',
    "Where to write HQ's identity file": 'Nơi ghi tệp định danh của cấp trên',
    'Wrote %1. Each station enrols it and compares the fingerprint %2.':
        'Đã ghi %1. Mỗi trạm đăng ký tệp này và so dấu vân tay %2.',
    "Where to write the stations' bundles": 'Nơi ghi gói đồng bộ của các trạm',
    'Writing the bundles…': 'Đang ghi các gói đồng bộ…',
    'Wrote %n bundle(s) into %1: %2.': 'Đã ghi %n gói đồng bộ vào %1: %2.',
    'cancelled by the operator; nothing was imported': 'Đã hủy theo yêu cầu; chưa nhập gì',
    'intake {id} is not a current collected intake of this resident':
        'Lần thu nhận {id} không phải lần thu nhận hiện hành của công dân này',
    'it comes from a laptop that is not enrolled here':
        'Gói đến từ một máy chưa được đăng ký ở đây',
    'it could not be merged: {detail}': 'Không gộp được gói: {detail}',
    'it is signed by a revoked key': 'Gói được ký bằng một khóa đã bị thu hồi',
    'it was written for another laptop': 'Gói được ghi cho một máy khác',
    "no HQ is enrolled here: enrol HQ's identity file first":
        'Chưa đăng ký cấp trên ở đây: hãy đăng ký tệp định danh của cấp trên trước',
    'say why this intake stands (the reason is required)':
        'Hãy ghi lý do giữ lần thu nhận này (bắt buộc)',
    'the bundle was written by another version of the app: update the app on both laptops':
        'Gói được ghi bằng phiên bản phần mềm khác: hãy cập nhật phần mềm trên cả hai máy',
    'the file is incomplete (cut short while copying): copy it again':
        'Tệp không đầy đủ (bị cắt khi sao chép): hãy sao chép lại',
    'the file is not a sync bundle': 'Tệp này không phải gói đồng bộ',
    'the file was changed or damaged after it was written: nothing of it was imported':
        'Tệp đã bị sửa đổi hoặc hư hỏng sau khi ghi: không nhập dữ liệu nào từ tệp này',
    'the identity file changed since it was read: choose it again':
        'Tệp định danh đã thay đổi từ lúc đọc: hãy chọn lại',
    'this resident has only one collected intake: there is nothing to decide':
        'Công dân này chỉ có một lần thu nhận: không có gì cần quyết định',
    '{folder} is not a folder': '{folder} không phải là thư mục',
    '{station} is already enrolled with another key: confirm the replacement':
        '{station} đã được đăng ký với khóa khác: hãy xác nhận việc thay khóa',
    'Campaign': 'Đợt cấp',
    'Sessions': 'Buổi làm việc',
    'Booking': 'Xếp lịch hẹn',
    'Move a session': 'Dời buổi làm việc',
    'New campaign': 'Đợt cấp mới',
    'Campaign name': 'Tên đợt cấp',
    'e.g. Citizen ID campaign, autumn 2025': 'ví dụ: Đợt cấp CCCD mùa thu 2025',
    'dd/mm/yyyy': 'ngày/tháng/năm',
    'to': 'đến',
    'Period': 'Thời gian',
    'Age-group deadlines': 'Hạn theo nhóm tuổi',
    'From age': 'Từ tuổi',
    'To age (empty: no limit)': 'Đến tuổi (để trống: không giới hạn)',
    'Done by (dd/mm/yyyy)': 'Hoàn thành trước (ngày/tháng/năm)',
    'Opening days': 'Ngày làm việc',
    '&Save the campaign': '&Lưu đợt cấp',
    'Campaigns': 'Các đợt cấp',
    'Deadlines': 'Hạn',
    'every day': 'tất cả các ngày',
    'Letterhead of the letters and notices': 'Tiêu đề giấy mời và thông báo',
    'Superior body': 'Cơ quan cấp trên',
    'Issuing body': 'Cơ quan ban hành',
    'Place (in the date line)': 'Địa danh (dòng ngày tháng)',
    "Signer's title": 'Chức vụ người ký',
    "Signer's name": 'Họ tên người ký',
    'Save the letter&head': 'Lưu tiêu đề &giấy',
    "Type the campaign's name.": 'Hãy nhập tên đợt cấp.',
    'Type the first and the last day of the campaign.':
        'Hãy nhập ngày bắt đầu và ngày kết thúc của đợt cấp.',
    'The campaign ends before it starts.': 'Ngày kết thúc đợt cấp trước ngày bắt đầu.',
    'Deadline row %1: give the first age and the day.':
        'Dòng hạn %1: hãy nhập tuổi bắt đầu và ngày hạn.',
    'Tick at least one opening day.': 'Hãy chọn ít nhất một ngày làm việc.',
    'Ready to save: %1 age group(s).': 'Sẵn sàng lưu: %1 nhóm tuổi.',
    'Campaign “%1” saved.': 'Đã lưu đợt cấp “%1”.',
    "The issuing body, the place and the signer's title can't be empty.":
        'Cơ quan ban hành, địa danh và chức vụ người ký không được để trống.',
    'Letterhead saved.': 'Đã lưu tiêu đề giấy.',
    'Day': 'Ngày',
    'Hours': 'Giờ làm việc',
    'Place': 'Địa điểm',
    'Slots': 'Khung giờ',
    '%1 × %2 people': '%1 × %2 người',
    'Places': 'Số chỗ',
    'Booked': 'Đã hẹn',
    'Free': 'Còn trống',
    '&Cancel the selected session': '&Hủy buổi đã chọn',
    ' day(s)': ' ngày',
    'One day': 'Một ngày',
    'A week': 'Một tuần',
    "e.g. Commune People's Committee hall": 'ví dụ: Hội trường UBND xã',
    'One session for each range, separated by commas':
        'Mỗi khoảng giờ là một buổi, cách nhau bằng dấu phẩy',
    'C&reate the sessions': 'Tạo các &buổi',
    'Plan sessions': 'Lập lịch buổi làm việc',
    'First day': 'Ngày đầu',
    'For': 'Trong',
    'Opening hours': 'Giờ làm việc',
    'Slot length': 'Thời lượng mỗi khung giờ',
    'People per slot': 'Số người mỗi khung giờ',
    'Coming sessions': 'Các buổi sắp tới',
    '%1 session(s) on %2 day(s); %3 of %4 places booked':
        '%1 buổi trong %2 ngày; đã hẹn %3 trên %4 chỗ',
    '(no campaign)': '(không thuộc đợt cấp)',
    'Type the place of the sessions.': 'Hãy nhập địa điểm của các buổi.',
    '%1 session(s) created, %2 to %3.': 'Đã tạo %1 buổi, từ %2 đến %3.',
    'Choose a session in the list first.': 'Hãy chọn một buổi trong danh sách trước.',
    'The session of %1 is cancelled.': 'Đã hủy buổi %1.',
    'Households': 'Số hộ',
    '&Add to the order →': 'Thêm &vào thứ tự →',
    '&Up': '&Lên',
    'Do&wn': 'X&uống',
    '&Remove': '&Bỏ ra',
    '&Book these villages': 'Xếp lịch cho &các thôn này',
    '&Stop': '&Dừng',
    "Choose the villages, in the order to book them, then book them into the coming sessions' free places.":
        'Chọn các thôn theo thứ tự cần xếp lịch, rồi xếp các hộ vào chỗ còn trống của các buổi sắp tới.',
    'People': 'Số người',
    'Why not placed': 'Lý do chưa xếp được',
    'Not placed': 'Chưa xếp được',
    'Booking order': 'Thứ tự xếp lịch',
    'Booking…': 'Đang xếp lịch…',
    'Stopping…': 'Đang dừng…',
    '%1 household(s) (%2 people) booked into %3 session(s); %4 not placed; %5 already booked; %6 with nobody to book.':
        'Đã xếp lịch %1 hộ (%2 người) vào %3 buổi; %4 hộ chưa xếp được; %5 hộ đã có lịch hẹn; %6 hộ không có ai cần hẹn.',
    'Move it to a new day, place or hours': 'Dời sang ngày, địa điểm hoặc giờ khác',
    'Spread its appointments over the later sessions (it is cancelled)':
        'Chia các lịch hẹn sang các buổi sau (buổi này bị hủy)',
    'New day, place and hours': 'Ngày, địa điểm và giờ mới',
    'e.g. scheduled power cut (printed on the notices)':
        'ví dụ: cắt điện theo lịch (in trên thông báo)',
    '&Move and write the notices': '&Dời lịch và in thông báo',
    '&Open the notices': '&Mở tệp thông báo',
    '&Write the notices again': '&In lại thông báo',
    'Session': 'Buổi làm việc',
    'Households to tell': 'Các hộ cần báo',
    'Was': 'Lịch cũ',
    'Now': 'Lịch mới',
    '%1 %2–%3 · %5 booked · %4': '%1 %2–%3 · đã hẹn %5 · %4',
    '%1: %2 household(s)': '%1: %2 hộ',
    'Moved. Nobody was booked on it: no notice to write.':
        'Đã dời lịch. Buổi này chưa có ai được hẹn: không cần in thông báo.',
    'Moved: %1 household(s) to tell. Writing the notices…':
        'Đã dời lịch: %1 hộ cần báo. Đang in thông báo…',
    '%1 notice(s) written: %2': 'Đã in %1 thông báo: %2',
    'The notices could not be written in %1 (is the folder there, and may it be written?).':
        'Không ghi được thông báo vào %1 (thư mục có tồn tại và có được phép ghi không?).',
    "'{name}' names {count} villages; give the village id":
        "'{name}' trùng tên {count} thôn; hãy dùng mã thôn",
    "'{text}' is not a day (expected dd/mm/yyyy)":
        "'{text}' không phải là ngày (cần dạng ngày/tháng/năm)",
    "'{text}' is not a time of day (expected HH:MM)":
        "'{text}' không phải là giờ trong ngày (cần dạng giờ:phút)",
    "'{text}' is not an age-group deadline (expected 14-22:31/08/2025 or 23+:30/09/2025)":
        "'{text}' không phải là hạn theo nhóm tuổi (cần dạng 14-22:31/08/2025 hoặc 23+:30/09/2025)",
    "'{text}' is not opening hours (expected 07:00-11:30)":
        "'{text}' không phải là giờ làm việc (cần dạng 07:00-11:30)",
    "'{text}': the age group {low}-{high} is empty": "'{text}': nhóm tuổi {low}-{high} không có ai",
    "a campaign named '{name}' already exists": "đã có đợt cấp tên '{name}'",
    'a campaign needs a name': 'đợt cấp cần có tên',
    'a campaign opens on at least one day of the week':
        'đợt cấp phải làm việc ít nhất một ngày trong tuần',
    'a plan of more than a year at once is not accepted':
        'không lập lịch quá một năm trong một lần',
    "a session can't be spread onto itself": 'không thể chia lịch hẹn của buổi sang chính buổi đó',
    'capacity per slot must be at least 1 person': 'mỗi khung giờ phải nhận ít nhất 1 người',
    'choose at least one village to book': 'hãy chọn ít nhất một thôn để xếp lịch',
    'issuing body': 'cơ quan ban hành',
    'place': 'địa danh',
    'symbol': 'ký hiệu',
    'signer title': 'chức vụ người ký',
    "no campaign '{name}'": "không có đợt cấp '{name}'",
    'no free slot for {people} people in the sessions planned':
        'các buổi đã lập không còn khung giờ trống cho {people} người',
    'no free slot for {people} people on or before the deadline {day}':
        'không còn khung giờ trống cho {people} người trước hạn {day}',
    'no planned session on {text}': 'không có buổi làm việc nào vào {text}',
    "no session '{text}' (give its id or its day, dd/mm/yyyy)":
        "không có buổi '{text}' (hãy nhập mã buổi hoặc ngày, dạng ngày/tháng/năm)",
    "no session move '{move}'": "không có lần dời lịch '{move}'",
    'no session with free places to book into': 'không có buổi nào còn chỗ trống để xếp lịch',
    'no sessions to create': 'không có buổi nào để tạo',
    "no village '{name}' in this station's roster (villages: {known})":
        "không có thôn '{name}' trong danh sách dân cư của trạm (các thôn: {known})",
    'nothing to change: give a new day, place or hours':
        'không có gì thay đổi: hãy nhập ngày, địa điểm hoặc giờ mới',
    'opening hours {opens}–{closes} are shorter than one {minutes}-minute slot':
        'giờ làm việc {opens}–{closes} ngắn hơn một khung giờ {minutes} phút',
    "paper size must be A5 or A4, not '{size}'": "khổ giấy phải là A5 hoặc A4, không phải '{size}'",
    "session {session} can't take appointments: it is not planned for a day after today":
        'buổi {session} không nhận lịch hẹn được: buổi này không nằm sau ngày hôm nay',
    'session {session} has already taken place': 'buổi {session} đã diễn ra',
    'session {session} is in the past': 'buổi {session} đã qua',
    'session {session} is {status}': 'buổi {session} {status}',
    'session {session} is {status}; only a planned session can be moved':
        'buổi {session} {status}; chỉ dời được buổi đã lên lịch',
    'planned': 'đã lên lịch',
    '{day} {opens}–{closes} at {place}': '{day} {opens}–{closes} tại {place}',
    'slot length must be at least 1 minute': 'mỗi khung giờ dài ít nhất 1 phút',
    'the booking was stopped: nothing was booked': 'đã dừng xếp lịch: chưa hộ nào được xếp',
    'the campaign ends before it starts': 'ngày kết thúc đợt cấp trước ngày bắt đầu',
    'the hours {opens}–{closes} hold {places} people but {booked} are booked on this session; nothing was moved':
        'khung {opens}–{closes} chỉ nhận {places} người nhưng buổi này đã hẹn {booked} người; chưa dời gì',
    'the last day is before the first': 'ngày cuối trước ngày đầu',
    "the letter's {setting} can't be empty": 'mục {setting} của giấy mời không được để trống',
    "the place of a session can't be empty": 'địa điểm của buổi không được để trống',
    'the sessions chosen': 'các buổi đã chọn',
    'the sessions planned after today': 'các buổi đã lên lịch sau hôm nay',
    'the station already has a session on {day} {opens}–{closes} at {place}':
        'trạm đã có buổi làm việc ngày {day} {opens}–{closes} tại {place}',
    'this move changed no appointment: there is nobody to tell':
        'lần dời lịch này không đổi lịch hẹn nào: không có ai cần báo',
    'two sessions overlap on {day}: {a_opens}–{a_closes} and {opens}–{closes}':
        'hai buổi trùng giờ ngày {day}: {a_opens}–{a_closes} và {opens}–{closes}',
    'unknown letter setting(s): {names}': 'mục thiết lập giấy mời không có: {names}',
    '{booked} people are booked on the session {session}: move it or spread its appointments over other sessions instead':
        'buổi {session} đã hẹn {booked} người: hãy dời buổi hoặc chia lịch hẹn sang các buổi khác',
    "{count} of {total} households can't be placed in {where} ({free} free places for {people} people; household {code}: {reason}); nothing was moved":
        '{count} trên {total} hộ không xếp được vào {where} (còn {free} chỗ trống cho {people} người; hộ {code}: {reason}); chưa dời gì',
    "{day} has {count} sessions (opening at {times}); add the opening time, for example '{day} {opens}'":
        "ngày {day} có {count} buổi (bắt đầu lúc {times}); hãy thêm giờ bắt đầu, ví dụ '{day} {opens}'",
    '{day} is in the past': 'ngày {day} đã qua',
    '{people} people must come together but a slot takes at most {biggest}':
        '{people} người phải đến cùng nhau nhưng mỗi khung giờ nhận tối đa {biggest} người',
    'Letters': 'Giấy mời',
    'Delivery': 'Phát giấy mời',
    'Announcements': 'Thông báo loa',
    'V&illages': 'Theo thôn/tổ dân &phố',
    'O&ne session': 'Theo một &buổi làm việc',
    'A5 (one letter per A5 sheet)': 'A5 (mỗi tờ A5 một giấy mời)',
    'A4 (the A5 letter centred on A4)': 'A4 (giấy mời khổ A5 đặt giữa tờ A4)',
    'C&hoose…': 'C&họn…',
    '&Write the letters': '&In giấy mời ra tệp PDF',
    '&Open the PDF': '&Mở tệp PDF',
    '&Print…': 'In ra má&y in…',
    'Letters to write': 'Giấy mời cần in',
    'Save as': 'Lưu vào',
    'The first pages appear here once the letters are written.':
        'Các trang đầu sẽ hiện ở đây sau khi in xong giấy mời.',
    '%1 (%2 letters)': '%1 (%2 giấy mời)',
    '%1 (%2 letters, %3 printed)': '%1 (%2 giấy mời, đã in %3)',
    '%1 %2–%3, %4 (%5 households)': '%1 %2–%3, %4 (%5 hộ)',
    'Save the letters as': 'Lưu giấy mời vào tệp',
    'PDF files (*.pdf)': 'Tệp PDF (*.pdf)',
    'Tick the villages (Space) or choose a session first.':
        'Hãy đánh dấu thôn/tổ dân phố (phím cách) hoặc chọn một buổi làm việc trước.',
    'Say where to save the letters.': 'Hãy chọn nơi lưu tệp giấy mời.',
    'Writing the letters…': 'Đang in giấy mời ra tệp…',
    '%1 letters written (%2) to %3.': 'Đã in %1 giấy mời (khổ %2) vào tệp %3.',
    'The first %1 of %2 pages:': '%1 trang đầu trong tổng số %2 trang:',
    'Stopped: no letter was written, nothing changed.':
        'Đã dừng: chưa in giấy mời nào, không có gì thay đổi.',
    'The file could not be written (is the folder there, and may it be written?): %1':
        'Không ghi được tệp (thư mục có tồn tại và được phép ghi không?): %1',
    'Sending the letters to the printer…': 'Đang gửi giấy mời tới máy in…',
    '%1 pages sent to the printer.': 'Đã gửi %1 trang tới máy in.',
    'for example: Team 3': 'ví dụ: Tổ 3',
    'Scan a stub (or type a household code and Enter)':
        'Quét phiếu báo (hoặc gõ mã hộ rồi nhấn Enter)',
    'Stubs recorded': 'Phiếu báo đã ghi nhận',
    'Delivered': 'Đã phát',
    'Not delivered': 'Chưa phát',
    'Stubs handed back': 'Phiếu báo đã nhận giấy mời gửi về',
    'Delivered by (team)': 'Người/tổ đi phát',
    'Stub': 'Phiếu báo',
    'Letters of the coming sessions, per village':
        'Giấy mời của các buổi sắp tới, theo thôn/tổ dân phố',
    'Recorded in this sitting: %1': 'Đã ghi nhận trong lượt này: %1',
    'First type who delivered these letters.': 'Hãy nhập người/tổ đã phát các giấy mời này trước.',
    '%1: letter %2 was already recorded as delivered by %3 on %4.':
        '%1: giấy mời số %2 đã được ghi nhận là do %3 phát ngày %4.',
    '%1: letter %2 delivered by %3.': '%1: giấy mời số %2 đã được %3 phát.',
    '&Show': '&Hiện lịch',
    'F&rom': 'Từ n&gày',
    'for &days': '&số ngày',
    'Announcement text': 'Nội dung thông báo',
    '&Copy the text': 'Sao &chép nội dung',
    'Villages with appointments': 'Thôn/tổ dân phố có lịch hẹn',
    'Copied: paste it where it is needed (Ctrl+V).': 'Đã sao chép: dán vào nơi cần dùng (Ctrl+V).',
    'Sent to the printer.': 'Đã gửi tới máy in.',
    'letter': 'giấy mời',
    'ticket': 'phiếu thứ tự',
    'any village': 'bất kỳ thôn/tổ dân phố nào',
    '{villages} in {session}': '{villages} trong {session}',
    'the session of {day} {opens} at {place}': 'buổi làm việc ngày {day} lúc {opens} tại {place}',
    'malformed {name} code: expected {count} ids and a check':
        'mã {name} sai dạng: cần {count} mã số và một mã kiểm tra',
    "no letter here for '{text}'": "không có giấy mời nào ở đây cho '{text}'",
    'not a station code (it should start with CCCD1|)':
        'không phải mã của trạm (mã của trạm bắt đầu bằng CCCD1|)',
    'nothing to announce: no appointments for {which} from {start} to {end}':
        'không có gì để thông báo: {which} không có lịch hẹn nào từ {start} đến {end}',
    'nothing to print: no household of {what} has an upcoming appointment (book them first)':
        'không có gì để in: không hộ nào của {what} có lịch hẹn sắp tới (hãy xếp lịch trước)',
    'printing stopped: no letter was written': 'đã dừng in: chưa in giấy mời nào',
    'say who delivered the letter': 'hãy cho biết ai đã phát giấy mời',
    "the letter code fails its check: it is of the old kind, printed before letters were signed, and no longer accepted: reprint the household's letter":
        'mã giấy mời không đúng: đây là loại mã cũ, in trước khi giấy mời có chữ ký số, nay không còn dùng được: hãy in lại giấy mời của hộ',
    'the period must be at least 1 day': 'khoảng thời gian phải ít nhất 1 ngày',
    'the {name} code fails its check: misread or mistyped':
        'mã {name} không đúng: quét sai hoặc gõ sai',
    'this is a {kind} code, not a letter': 'đây là mã {kind}, không phải mã giấy mời',
    "unknown kind of station code '{kind}'": "loại mã của trạm không xác định: '{kind}'",
    '&Edit resident…': '&Sửa nhân khẩu…',
    'Add &resident…': 'Thêm nhân &khẩu…',
    'Add house&hold…': 'Thêm &hộ gia đình…',
    'Correct resident': 'Sửa thông tin nhân khẩu',
    'Add resident': 'Thêm nhân khẩu',
    'dd/mm/yyyy, or the year only': 'dd/mm/yyyy, hoặc chỉ năm sinh',
    '12 digits': '12 chữ số',
    '9 digits, if any': '9 chữ số, nếu có',
    'household code; a new code moves the resident':
        'mã hộ; nhập mã hộ khác để chuyển nhân khẩu sang hộ đó',
    '&Full name': '&Họ và tên',
    '&Gender': '&Giới tính',
    '&Date of birth': '&Ngày sinh',
    '&Personal ID': 'Số định &danh',
    '&Old ID (CMND)': 'Số CMND &cũ',
    '&Household': '&Hộ gia đình',
    '&Relation to the head': '&Quan hệ với chủ hộ',
    'Card &status': '&Tình trạng thẻ',
    'Who': 'Người sửa',
    'Before': 'Trước',
    'After': 'Sau',
    'History of this resident': 'Lịch sử chỉnh sửa của nhân khẩu này',
    'Save': 'Lưu',
    'No personal ID': 'Chưa có số định danh',
    'Province code %1: %2': 'Mã tỉnh %1: %2',
    'Century and gender digit %1: %2, born %3–%4':
        'Chữ số thế kỷ và giới tính %1: %2, sinh trong các năm %3–%4',
    'Birth year digits %1: %2': 'Hai chữ số năm sinh %1: năm %2',
    'Old ID (CMND)': 'Số CMND cũ',
    'Head': 'Chủ hộ',
    'Add household': 'Thêm hộ gia đình',
    'Household &code': '&Mã hộ',
    '&Village': '&Thôn/Tổ dân phố',
    '&Address': 'Đị&a chỉ',
    '&Head of household': '&Chủ hộ',
    '&Phone': 'Số điện t&hoại',
    "ID digits 1-3 ('{code}') are not a province code":
        "Ba số đầu của số định danh ('{code}') không phải mã tỉnh",
    'a household with code {code} is already on the roster':
        'hộ có mã {code} đã có trong danh sách',
    "card status '{value}' is not one of {statuses}":
        "tình trạng thẻ '{value}' không thuộc các giá trị {statuses}",
    'no household with code {code}': 'không có hộ nào mang mã {code}',
    'no such village': 'không có thôn/tổ dân phố này',
    "phone '{phone}' must contain digits only": "số điện thoại '{phone}' chỉ được gồm chữ số",
    'The station database is damaged': 'Cơ sở dữ liệu của trạm bị hỏng',
    'SQLite found damage in %1.': 'SQLite phát hiện hư hỏng trong %1.',
    'Database damaged: restore a backup (Backups screen)':
        'Cơ sở dữ liệu bị hỏng: hãy khôi phục một bản sao lưu (màn hình Sao lưu)',
    'Backup failed: %1': 'Sao lưu không thành công: %1',
    'Backup: checking the database…': 'Sao lưu: đang kiểm tra cơ sở dữ liệu…',
    'No backup yet': 'Chưa có bản sao lưu nào',
    'just now': 'vừa xong',
    '%1 min ago': '%1 phút trước',
    '%1 h ago': '%1 giờ trước',
    'Last backup %1 in %2': 'Sao lưu gần nhất: %1, tại %2',
    ' (this disk only: choose a USB stick)': ' (chỉ trên ổ đĩa này: hãy chọn một USB)',
    'Backups': 'Sao lưu',
    'the folder beside the database (this disk)': 'thư mục cạnh cơ sở dữ liệu (ổ đĩa này)',
    'Back up now': 'Sao lưu ngay',
    'Choose…': 'Chọn…',
    'Size': 'Dung lượng',
    'Taken': 'Thời điểm sao lưu',
    'Restore the selected backup…': 'Khôi phục bản sao lưu đã chọn…',
    "Backups of this laptop's database": 'Các bản sao lưu dữ liệu của máy này',
    'Backup folder (a USB stick)': 'Thư mục sao lưu (một USB)',
    'newest backups kept there': 'bản sao lưu mới nhất được giữ lại ở đó',
    'Keep': 'Giữ lại',
    'final bundle file, for HQ': 'tệp gói dữ liệu cuối cùng, gửi cấp trên',
    'Write the final bundle and wipe this laptop':
        'Xuất gói dữ liệu cuối cùng và xóa dữ liệu trên máy này',
    'End of the campaign': 'Kết thúc chiến dịch',
    'Writes the final bundle for HQ (it records the wipe), then overwrites and removes from this laptop the station database, its backups and every letter, notice and report it wrote. Carry the bundle to HQ. This cannot be undone.':
        'Xuất gói dữ liệu cuối cùng gửi cấp trên (có ghi nhận việc xóa), sau đó ghi đè và xóa khỏi máy này cơ sở dữ liệu của trạm, các bản sao lưu và mọi giấy mời, thông báo, báo cáo đã tạo. Hãy mang gói dữ liệu về cấp trên. Không thể hoàn tác.',
    'Final bundle': 'Gói dữ liệu cuối cùng',
    'Type the station code %1': 'Nhập mã trạm %1 để xác nhận',
    'No backup in %1 yet.': 'Chưa có bản sao lưu nào trong %1.',
    '%1 backups in %2; the last taken %3.': '%1 bản sao lưu trong %2; bản gần nhất lúc %3.',
    'Backup folder': 'Thư mục sao lưu',
    'Saved.': 'Đã lưu.',
    'Backing up…': 'Đang sao lưu…',
    'Backed up to %1.': 'Đã sao lưu vào %1.',
    'Choose a backup in the list first.': 'Hãy chọn một bản sao lưu trong danh sách trước.',
    'Restore a backup': 'Khôi phục bản sao lưu',
    'Restore the backup taken %1? The station database as it is now is kept aside, and the program closes: start it again to work on the restored station.':
        'Khôi phục bản sao lưu lúc %1? Cơ sở dữ liệu hiện tại của trạm được giữ riêng, và chương trình sẽ đóng lại: hãy mở lại để làm việc trên dữ liệu đã khôi phục.',
    'Restoring…': 'Đang khôi phục…',
    'Restored. The database before is kept as %1.':
        'Đã khôi phục. Cơ sở dữ liệu trước đó được giữ tại %1.',
    'Choose where to write the final bundle first.':
        'Hãy chọn nơi lưu gói dữ liệu cuối cùng trước.',
    'Wipe this laptop': 'Xóa dữ liệu trên máy này',
    'Write the final bundle to %1, then remove every file of station %2 from this laptop? This cannot be undone.':
        'Xuất gói dữ liệu cuối cùng vào %1, sau đó xóa mọi tệp của trạm %2 khỏi máy này? Không thể hoàn tác.',
    'Writing the final bundle…': 'Đang xuất gói dữ liệu cuối cùng…',
    'The program closes now: start it again.': 'Chương trình sẽ đóng ngay: hãy mở lại.',
    'Wiping this laptop…': 'Đang xóa dữ liệu trên máy này…',
    'Station %1 is wiped from this laptop (%2 files removed). Carry the final bundle %3 to HQ.':
        'Đã xóa dữ liệu trạm %1 khỏi máy này (%2 tệp). Hãy mang gói dữ liệu cuối cùng %3 về cấp trên.',
    'backup folder {folder} does not exist': 'thư mục sao lưu {folder} không tồn tại',
    'backup folder {folder} is not there (is the USB stick plugged in?)':
        'không thấy thư mục sao lưu {folder} (USB đã được cắm chưa?)',
    'keep from 1 to 1000 backups, not {keep}':
        'số bản sao lưu giữ lại phải từ 1 đến 1000, không phải {keep}',
    'no backup file at {path}': 'không có tệp sao lưu tại {path}',
    'no station database at {path}': 'không có cơ sở dữ liệu của trạm tại {path}',
    'the backup to {folder} failed: {error}': 'sao lưu vào {folder} không thành công: {error}',
    'type the station code {station} to confirm the wipe':
        'hãy nhập mã trạm {station} để xác nhận việc xóa dữ liệu',
    '{path} is a backup of station {other}, not of this station {station}':
        '{path} là bản sao lưu của trạm {other}, không phải của trạm này ({station})',
    '{path} is damaged: {problem}': '{path} bị hỏng: {problem}',
    '{path} is not a station backup': '{path} không phải là bản sao lưu của trạm',
    '{path} is not a station backup: {error}': '{path} không phải là bản sao lưu của trạm: {error}',
    '{path} was made by a newer version of station-app ({names}); restore it with that version':
        '{path} được tạo bởi phiên bản station-app mới hơn ({names}); hãy khôi phục bằng phiên bản đó',
    'Hall network': 'Mạng nội bộ',
    'Make this laptop the host': 'Đặt máy này làm máy chủ của trạm',
    'Work on its own again': 'Cho máy này làm việc độc lập',
    'New join code': 'Tạo mã kết nối mới',
    'a code for one laptop, valid 30 minutes': 'mỗi mã dùng cho một máy, hiệu lực 30 phút',
    'Laptop': 'Máy tính',
    'Joined': 'Kết nối lúc',
    'Last contact': 'Liên lạc gần nhất',
    'Removed': 'Đã gỡ',
    'Served': 'Đang phục vụ',
    'Remove the selected laptop': 'Gỡ máy đã chọn',
    'Laptops joined to this host': 'Các máy đã kết nối với máy chủ này',
    'On the other laptop: Hall network → scan, paste or type this code → Join.':
        'Trên máy kia: Mạng nội bộ → quét, dán hoặc gõ mã này → Kết nối.',
    'for example: Desk 2': 'ví dụ: Bàn 2',
    'Join': 'Kết nối',
    "Join the station's host": 'Kết nối với máy chủ của trạm',
    'Join code': 'Mã kết nối',
    "This laptop's name": 'Tên của máy này',
    "This laptop is the station's host (port %1).": 'Máy này là máy chủ của trạm (cổng %1).',
    'This laptop is joined to the host at %1.': 'Máy này đã kết nối với máy chủ tại %1.',
    'This laptop works on its own.': 'Máy này đang làm việc độc lập.',
    'Its key: %1': 'Khóa của máy: %1',
    'This laptop is now the host: give each other laptop a join code.':
        'Máy này đã là máy chủ: hãy tạo cho mỗi máy khác một mã kết nối.',
    'This laptop works on its own again.': 'Máy này đã trở lại làm việc độc lập.',
    '%1 is served no more.': 'Đã ngừng phục vụ %1.',
    'Joined %1: numbers, calls and the display now come from the host.':
        'Đã kết nối với %1: số thứ tự, gọi số và màn hình hiển thị nay do máy chủ cung cấp.',
    'WITHOUT THE HOST: numbers and calls wait for it; searches and intakes are kept here':
        'MẤT KẾT NỐI MÁY CHỦ: cấp số và gọi số phải chờ; tra cứu và ghi nhận hồ sơ vẫn lưu trên máy này',
    'Joined to the host': 'Đã kết nối máy chủ',
    'Host · laptops joined: %1': 'Máy chủ · số máy đã kết nối: %1',
    "One laptop of the station, usually the ticket table's, is its host: it gives the numbers, the calls and the display for every desk. Each other laptop joins it once with a one-time join code, keeps its own copy of the station's records, and goes on searching and recording intakes when the network drops. Only laptops that joined are served; everything on the network is encrypted. Bundles to HQ are written on the host.":
        'Một máy của trạm, thường là máy ở bàn phát số, làm máy chủ: máy chủ cấp số thứ tự, gọi số và cung cấp màn hình hiển thị cho mọi bàn. Mỗi máy khác kết nối với máy chủ một lần bằng mã kết nối dùng một lần, giữ bản sao dữ liệu của trạm và vẫn tra cứu, ghi nhận hồ sơ khi mất mạng. Máy chủ chỉ phục vụ các máy đã kết nối; mọi dữ liệu trên mạng đều được mã hóa. Gói đồng bộ gửi về cấp trên được lập trên máy chủ.',
    'make this laptop the host first': 'hãy đặt máy này làm máy chủ trước',
    'the host is station {host}, this laptop is {here}: join a host of this station':
        'máy chủ thuộc trạm {host}, máy này thuộc trạm {here}: hãy kết nối với máy chủ của đúng trạm này',
    'the host laptop cannot be reached: a new number, calling and the display need it (searches and intakes go on here); this resumes by itself when it is back':
        'không liên lạc được với máy chủ: cấp số mới, gọi số và màn hình hiển thị cần máy chủ (tra cứu và ghi nhận hồ sơ vẫn làm được trên máy này); sẽ tự tiếp tục khi máy chủ hoạt động trở lại',
    'the host refused to enrol this laptop: {reason}': 'máy chủ từ chối kết nối máy này: {reason}',
    'the laptop at {address} is not the host of this join code (its key differs): nothing was sent':
        'máy tại {address} không phải máy chủ của mã kết nối này (khóa không khớp): chưa gửi gì cả',
    'this laptop has not joined a host': 'máy này chưa kết nối với máy chủ nào',
    'this laptop is joined to a host: leave it first':
        'máy này đang kết nối với một máy chủ: hãy ngắt kết nối trước',
    "this laptop is joined to the station's host, which keeps the queue: issue and call through it (the screens do)":
        'máy này đang kết nối với máy chủ của trạm, nơi quản lý hàng đợi: hãy cấp số và gọi số qua máy chủ (các màn hình đã làm như vậy)',
    'this laptop is the host; it cannot join another':
        'máy này là máy chủ; không thể kết nối với máy chủ khác',
    'this is not a join code (it starts with CCCD-HALL1|)':
        'đây không phải mã kết nối (mã kết nối bắt đầu bằng CCCD-HALL1|)',
    'Station passphrase': 'Mật khẩu của trạm',
    "Choose the station passphrase. The station lead types it once each time the app starts; without it the database on this laptop cannot be read if the laptop is lost or stolen. Use at least 10 characters, words rather than digits: an operator's PIN is not enough. If it is forgotten, HQ can open the database again.":
        'Đặt mật khẩu của trạm. Trưởng trạm nhập mật khẩu này một lần mỗi khi mở ứng dụng; nếu máy bị mất hoặc bị lấy cắp, không ai đọc được dữ liệu trên máy khi không có mật khẩu. Dùng ít nhất 10 ký tự, nên là các từ ngữ thay vì chữ số: mã PIN của cán bộ là không đủ. Nếu quên mật khẩu, Sở có thể mở lại cơ sở dữ liệu.',
    'The station database is encrypted. The station lead types the station passphrase (not a PIN) to open it.':
        'Cơ sở dữ liệu của trạm đã được mã hóa. Trưởng trạm nhập mật khẩu của trạm (không phải mã PIN) để mở.',
    'Passphrase again': 'Nhập lại mật khẩu',
    'The two passphrases differ.': 'Hai lần nhập mật khẩu không khớp nhau.',
    'Encrypting the station database…': 'Đang mã hóa cơ sở dữ liệu của trạm…',
    'Unlocking the station…': 'Đang mở khóa trạm…',
    'the station passphrase cannot be digits only: choose words the lead remembers, at least {n} characters':
        'mật khẩu của trạm không được chỉ gồm chữ số: hãy chọn các từ mà trưởng trạm nhớ được, ít nhất {n} ký tự',
    'the station passphrase must have at least {n} characters':
        'mật khẩu của trạm phải có ít nhất {n} ký tự',
    'the key file {path} cannot be read': 'không đọc được tệp khóa {path}',
    '{path} is not a station key file': '{path} không phải là tệp khóa của trạm',
    "an operator's PIN cannot open the station database: type the station passphrase (at least {n} characters)":
        'mã PIN của cán bộ không mở được cơ sở dữ liệu của trạm: hãy nhập mật khẩu của trạm (ít nhất {n} ký tự)',
    'wrong station passphrase for {path}': 'sai mật khẩu của trạm cho {path}',
    '{path} has no key file': '{path} không có tệp khóa',
    "the key of {path} was not sealed to this HQ's key (was HQ enrolled at the station?)":
        'khóa của {path} không được niêm phong cho khóa của Sở này (trạm đã đăng ký Sở chưa?)',
    '{path} is open in another program: close it, then open the station again to encrypt it':
        '{path} đang được mở trong một chương trình khác: hãy đóng chương trình đó rồi mở lại trạm để mã hóa',
    '{path} is not a station database (not SQLite, damaged, or encrypted and its key file {key_file} is missing)':
        '{path} không phải dữ liệu trạm (không phải SQLite, đã hỏng, hoặc đã mã hóa nhưng thiếu tệp khóa {key_file})',
    '{path} is not a station database (not SQLite, or damaged), or its key file does not open it':
        '{path} không phải dữ liệu trạm (không phải SQLite, hoặc đã hỏng), hoặc tệp khóa bên cạnh không mở được tệp này',
    '{path} has no key file ({name}) beside it': 'bên cạnh {path} không có tệp khóa ({name})',
    # -- issue 22 (b22b): who owns the campaign, booking, the bundle folder, set aside, delivery
    "A campaign set here is the province's: it reaches every station with HQ's bundle and supersedes a station's own.":
        'Đợt cấp đặt tại đây là của tỉnh: được gửi tới mọi trạm qua gói dữ liệu của cấp trên và thay cho đợt cấp riêng của trạm.',
    "The campaign comes from HQ. Until HQ's arrives, a campaign set here is this station's own; HQ's supersedes it when it comes.":
        'Đợt cấp do cấp trên gửi về. Trong khi chưa nhận được, đợt cấp đặt tại đây là đợt cấp riêng của trạm; khi đợt cấp của cấp trên về sẽ thay cho nó.',
    'Set by': 'Do ai đặt',
    "%1, superseded by HQ's": '%1, hết hiệu lực',
    'Campaigns (the one in force highlighted)': 'Các đợt cấp (đợt đang áp dụng được tô màu)',
    "HQ's campaign %1 is in force at this station: a station sets a campaign of its own only before HQ's arrives.":
        'Đợt cấp %1 của cấp trên đang áp dụng tại trạm: trạm chỉ tự đặt đợt cấp riêng khi chưa nhận được đợt cấp của cấp trên.',
    'The campaign has no deadline and no last day yet, so there is nothing to count against. Set a campaign with its age-group deadlines on the Campaign screen.':
        'Chiến dịch chưa có thời hạn và chưa có ngày kết thúc nên chưa có gì để so sánh. Hãy đặt đợt cấp với thời hạn theo nhóm tuổi trên màn hình Đợt cấp.',
    "No campaign yet.\n\nThe province's campaign (its age-group deadlines) is set here at HQ on the Campaign screen; it reaches every station with HQ's bundle. Until then a station's own campaign, when its bundle brings one, is shown here.":
        'Chưa có chiến dịch nào.\n\nĐợt cấp của tỉnh (thời hạn theo từng nhóm tuổi) được đặt tại cấp trên, trên màn hình Đợt cấp; đợt cấp được gửi tới mọi trạm qua gói dữ liệu của cấp trên. Trong khi chưa có, đợt cấp riêng của một trạm (khi gói dữ liệu của trạm mang về) được hiển thị tại đây.',
    "No campaign yet.\n\nA campaign (its deadlines per age group) comes from HQ: import HQ's bundle on the Sync screen. Before HQ's arrives, the lead can set this station's own on the Campaign screen (in Plan).":
        'Chưa có chiến dịch nào.\n\nChiến dịch (thời hạn theo từng nhóm tuổi) do cấp trên gửi về: hãy nhận gói dữ liệu của cấp trên trên màn hình Đồng bộ. Trong khi chưa nhận được, trưởng trạm có thể đặt đợt cấp riêng của trạm trên màn hình Đợt cấp (trong Kế hoạch).',
    "%1 (station %2's own; set the province's on the Campaign screen)":
        '%1 (đợt cấp riêng của trạm %2; hãy đặt đợt cấp của tỉnh trên màn hình Đợt cấp)',
    'campaign': 'đợt cấp',
    'campaign deadline': 'thời hạn của đợt cấp',
    'operator': 'cán bộ',
    'intake': 'kết quả tiếp nhận',
    'resident': 'công dân',
    'household': 'hộ',
    'village or commune': 'thôn hoặc xã',
    'session': 'buổi làm việc',
    'appointment': 'lịch hẹn',
    'Record': 'Bản ghi',
    '(deleted)': '(đã xóa)',
    'Why': 'Lý do',
    "Set aside from the stations' bundles": 'Để riêng từ gói dữ liệu của các trạm',
    "%n record(s) set aside, which a station may not make: see “Set aside from the stations' bundles” on this screen.":
        '%n bản ghi được để riêng vì trạm không được tạo: xem mục “Để riêng từ gói dữ liệu của các trạm” trên màn hình này.',
    "HQ's campaign '{name}' is in force here: a station makes a campaign of its own only before HQ's arrives":
        "đợt cấp '{name}' của cấp trên đang áp dụng tại đây: trạm chỉ tự đặt đợt cấp riêng khi chưa nhận được đợt cấp của cấp trên",
    "Restore the last backup (on the Backups screen), or rebuild the station from HQ's bundle. The damaged file {path} is kept as it is.":
        'Hãy khôi phục bản sao lưu gần nhất (trên màn hình Sao lưu), hoặc dựng lại trạm từ gói dữ liệu của cấp trên. Tệp bị hỏng {path} được giữ nguyên.',
    "Restore the last backup from {folder} (on the Backups screen), or rebuild the station from HQ's bundle. The damaged file {path} is kept as it is.":
        'Hãy khôi phục bản sao lưu gần nhất trong {folder} (trên màn hình Sao lưu), hoặc dựng lại trạm từ gói dữ liệu của cấp trên. Tệp bị hỏng {path} được giữ nguyên.',
    'letter No. {number} of household {code} was never printed: print it on the Letters screen, then record its delivery (nothing was recorded)':
        'giấy mời số {number} của hộ {code} chưa từng được in: hãy in trên màn hình Giấy mời rồi mới ghi nhận việc phát (chưa ghi nhận gì)',
    "no campaign yet: set one on the Campaign screen (HQ's campaign reaches every station with HQ's bundle)":
        'chưa có chiến dịch nào: hãy đặt đợt cấp trên màn hình Đợt cấp (đợt cấp của cấp trên được gửi tới mọi trạm qua gói dữ liệu của cấp trên)',
    'no station database at {path} (create one with: station-app init)':
        'Không có dữ liệu trạm tại {path} (tạo bằng lệnh: station-app init)',
    '{day} {opens}–{closes} is taken: the station already has a session {c_opens}–{c_closes} at {place} ({booked} booked); nothing was moved (to put these households into the free places of the later sessions, spread this session instead of moving it)':
        'ngày {day} {opens}–{closes} đã có lịch: trạm đã có buổi {c_opens}–{c_closes} tại {place} (đã hẹn {booked} người); chưa dời gì (để xếp các hộ này vào chỗ trống của các buổi sau, hãy chia lịch hẹn của buổi này thay vì dời buổi)',
    'Documents folder (%1)': 'Thư mục Tài liệu (%1)',
    # issue 23: navigation by task, the home page, keyboard and what a person sees
    'Today':
        'Hôm nay',
    'A file is being written: wait for it, or stop it.':
        'Đang ghi một tệp: hãy chờ ghi xong, hoặc dừng lại.',
    'Stopped: no file was written.':
        'Đã dừng: không ghi tệp nào.',
    'Changes not yet at the station':
        'Thay đổi chưa tới trạm',
    'Changes not yet at the station: changes HQ holds (from HQ or from the other stations) that the station has not confirmed receiving. They go out in the next "Write a bundle for each station"; the station confirms them with the bundle it sends back.':
        'Thay đổi chưa tới trạm: những thay đổi cấp trên đang giữ (của cấp trên hoặc của các trạm khác) mà trạm chưa xác nhận đã nhận. Chúng được gửi đi trong lần "Ghi gói đồng bộ cho từng trạm" tới; trạm xác nhận bằng gói đồng bộ trạm gửi lên.',
    'from %1':
        'từ %1',
    'until %1':
        'đến %1',
    'not given':
        'chưa có',
    '%1 session(s) on %2 day(s), %3 to %4, will be created.':
        'Sẽ tạo %1 buổi trong %2 ngày, từ %3 đến %4.',
    'No opening day in these days.':
        'Không có ngày làm việc nào trong những ngày này.',
    'Floor':
        'Tiếp dân',
    'Plan':
        'Kế hoạch',
    'Home':
        'Trang đầu',
    'Alt+number: a group · Ctrl+Tab: the next screen':
        'Alt+số: chọn nhóm · Ctrl+Tab: màn hình kế tiếp',
    'Checked in':
        'Đã đến',
    'No session today.':
        'Hôm nay không có buổi làm việc.',
    'What needs doing':
        'Việc cần làm',
    "Today's sessions":
        'Các buổi làm việc hôm nay',
    'Today, %1':
        'Hôm nay, %1',
    'Nothing else waits.':
        'Không còn việc gì khác.',
    'Print the letters: %1 not printed': 'In giấy mời: %1 giấy chưa in',
    'sessions up to %1 · first: %2 %3, %4': 'các buổi đến ngày %1 · đầu tiên: %2 %3, %4',
    'Hand out the letters: %1 printed, not delivered': 'Phát giấy mời: %1 giấy đã in, chưa phát',
    'sessions up to %1 · first: %2, session of %3':
        'các buổi đến ngày %1 · đầu tiên: %2, buổi ngày %3',
    'Send a bundle to HQ: %1 changes not at HQ for %2 days':
        'Gửi gói đồng bộ lên cấp trên: %1 thay đổi chưa tới cấp trên đã %2 ngày',
    'No backup yet (folder %1)':
        'Chưa có bản sao lưu nào (thư mục %1)',
    'Last backup %1, in %2':
        'Sao lưu gần nhất %1, tại %2',
    'Deadline at risk: ages %1 by %2, %3 people left, %4 needed a day, %5 achieved':
        'Nguy cơ trễ hạn: độ tuổi %1 hạn %2, còn %3 người, cần %4 người/ngày, đạt %5',
    'Conflicts between stations to decide: %1':
        'Trường hợp trùng giữa các trạm cần quyết định: %1',
    'Joined laptops silent for %2 minutes (%1): %3':
        'Máy đã nối mất liên lạc quá %2 phút (%1): %3',
    'Stations that sent nothing for %2 days or more (%1): %3':
        'Trạm không gửi gì từ %2 ngày trở lên (%1): %3',
    'Write a bundle back to the stations that lack changes HQ holds (%1): %2':
        'Ghi gói đồng bộ gửi lại các trạm còn thiếu thay đổi cấp trên đang giữ (%1): %2',
    'Communes behind their deadlines (%1; most: %2, %3 people)':
        'Xã chậm so với hạn (%1; chậm nhất: %2, %3 người)',
    # issue 22, point 3 (b22c): a letter from a laptop not known yet, told apart from a forged one
    "the letter code fails its check: misread, mistyped or forged; nothing was changed":
        "mã giấy mời không đúng: quét sai, gõ sai hoặc giấy mời giả; không có gì thay đổi",
    "letter from a laptop this station doesn't know yet: take the bundle round through HQ, or "
    "check the household in by its code":
        "giấy mời in từ một máy mà trạm này chưa biết: hãy chuyển gói dữ liệu qua cấp trên "
        "về máy này, hoặc cho hộ vào bằng cách gõ mã hộ",
    # issue 24 (b24): a damaged key file, a full disk, thermal printers' drivers
    "the key file {path} is damaged: it cannot be read as a key file (broken at byte {at}); "
    "{remedy}":
        "tệp khóa {path} bị hỏng: không đọc được như một tệp khóa (hỏng ở byte {at}); {remedy}",
    "the key file {path} is damaged in its header (kind, version, station or the names of its "
    "parts); {remedy}":
        "tệp khóa {path} bị hỏng ở phần đầu (loại, phiên bản, trạm hoặc tên các phần); {remedy}",
    "the key file {path} is damaged in the part the passphrase opens; {remedy}":
        "tệp khóa {path} bị hỏng ở phần mà mật khẩu của trạm mở; {remedy}",
    "the copy of the key sealed to HQ in {path} is damaged: the station seals it again at its "
    "next opening with the passphrase; until then use the key file of one of its backups":
        "bản khóa niêm phong cho cấp trên trong {path} bị hỏng: trạm sẽ niêm phong lại khi mở "
        "bằng mật khẩu lần tới; trong lúc chờ, hãy dùng tệp khóa của một bản sao lưu",
    "put back the key file of the last backup (the file ending in -key beside it), or have HQ "
    "recover the key (station-app passphrase recover)":
        "hãy chép lại tệp khóa của bản sao lưu gần nhất (tệp có đuôi -key nằm cạnh nó), hoặc "
        "nhờ cấp trên khôi phục khóa (station-app passphrase recover)",
    "wrong station passphrase for {path} (its key file is station {station}'s)":
        "sai mật khẩu của trạm cho {path} (tệp khóa của nó thuộc trạm {station})",
    "{path} is not a station database (not SQLite, or damaged), or its key file {key_file} "
    "(station {station}'s) is another database's":
        "{path} không phải là cơ sở dữ liệu của trạm (không phải SQLite, hoặc bị hỏng), hoặc tệp "
        "khóa {key_file} của nó (thuộc trạm {station}) là của một cơ sở dữ liệu khác",
    "the copy of the key sealed to HQ in {path} was damaged: sealed again":
        "bản khóa niêm phong cho cấp trên trong {path} đã bị hỏng: đã niêm phong lại",
    "cannot write {path}: the disk at {disk} is full; nothing was written (free some space on "
    "it, or write elsewhere)":
        "không ghi được {path}: ổ đĩa tại {disk} đã đầy; chưa ghi gì cả (hãy giải phóng bớt chỗ "
        "trên ổ đó, hoặc ghi vào nơi khác)",
    "cannot write {path}: {reason}": "không ghi được {path}: {reason}",
    "a thermal printer on {kind}: needs {package}, which is not installed on this laptop: pip "
    "install \"station-app[printers]\" (or use a file: or net: printer)":
        "máy in nhiệt qua {kind}: cần {package}, máy tính này chưa cài: pip install "
        "\"station-app[printers]\" (hoặc dùng máy in file: hay net:)",
    # issue 28: milestones, planning to the deadline, the Plan screen
    'e.g. 771797:15/06/2021; 96%:30/06/2021': 'ví dụ 771797:15/06/2021; 96%:30/06/2021',
    'Milestones (people or % by a day, included)': 'Các mốc (số người hoặc % đến hết ngày)',
    'Milestones': 'Các mốc',
    'Save the &milestones': 'Lưu các &mốc',
    'Milestones of the campaign chosen above (empty: none)':
        'Các mốc của đợt cấp chọn ở trên (để trống: không có mốc)',
    'Milestones saved: %1.': 'Đã lưu các mốc: %1.',
    'Milestone %1': 'Mốc %1',
    'measured': 'theo số liệu',
    '&Recompute': 'Tính &lại',
    '&Omit the chosen proposed day': '&Bỏ ngày đề xuất đã chọn',
    'Choose a proposed day in the list first.': 'Hãy chọn một ngày đề xuất trong danh sách.',
    '%1 left out of the proposal.': 'Đã bỏ ngày %1 khỏi đề xuất.',
    'Nothing to plan for yet: no campaign, or one with no deadline and no last day (see the Campaign screen).':
        'Chưa có gì để lập kế hoạch: chưa có đợt cấp, hoặc đợt cấp chưa có thời hạn và ngày kết thúc (xem màn hình Đợt cấp).',
    '&Accept the proposal: create the sessions and book':
        '&Đồng ý đề xuất: tạo các buổi và xếp lịch',
    'Deadline or milestone': 'Thời hạn hoặc mốc',
    'By (included)': 'Đến hết ngày',
    'Still to collect': 'Còn phải thu nhận',
    'Capacity planned': 'Sức chứa đã lên lịch',
    'Expected': 'Dự kiến thu',
    'Shortfall': 'Còn thiếu',
    'Days to add': 'Số ngày cần thêm',
    'Outcome': 'Kết quả',
    'Villages to book': 'Thôn sẽ xếp lịch',
    'Desks': 'Số bàn',
    'Show-up rate': 'Tỷ lệ đến',
    'Deadlines and milestones': 'Thời hạn và các mốc',
    'proposed': 'đề xuất',
    'Hours and place': 'Giờ và địa điểm',
    'Capacity': 'Sức chứa',
    'The days ahead: sessions planned, and those proposed (in green)':
        'Các ngày tới: buổi đã lên lịch và buổi đề xuất (màu xanh)',
    "Stations that can't meet a deadline with the sessions they planned":
        'Các trạm không kịp thời hạn với các buổi đã lên lịch',
    'Ages %1': 'Nhóm tuổi %1',
    'cannot fit: missing %1': 'không đủ: còn thiếu %1',
    'cannot fit at every station': 'có trạm không đủ',
    'fits with the proposal': 'đủ nếu thêm các buổi đề xuất',
    'fits': 'đủ',
    '%1, %2: %3 still to collect. %4 desk(s); %5 % of the people invited come and are collected (%6); a day the plan proposes (%7) takes %8 people, %9 expected.':
        '%1, ngày %2: còn %3 người phải thu nhận. %4 bàn; %5 % số người được mời đến và được thu nhận (%6); một ngày theo đề xuất (%7) nhận %8 người, dự kiến thu %9.',
    'measured on %1 people': 'tính trên %1 người đã mời',
    'default: too few people invited yet': 'mặc định: chưa mời đủ người để tính',
    '%1, %2: %3 still to collect across %4 station(s).':
        '%1, ngày %2: còn %3 người phải thu nhận ở %4 trạm.',
    'Could lend: %1': 'Có thể hỗ trợ: %1',
    '%1 (%2 spare, %3 free days)': '%1 (dư %2 người, %3 ngày trống)',
    'Villages no station serves yet: %1': 'Thôn chưa có trạm phụ trách: %1',
    '%1 session(s) created, %2 household(s) booked: their letters are ready on the Letters screen.':
        'Đã tạo %1 buổi, xếp lịch %2 hộ: giấy mời sẵn sàng ở màn hình Giấy mời.',
    "'{text}' is not a milestone (expected 771797:15/06/2021 or 96.2%:15/06/2021)":
        "'{text}' không phải là một mốc (ví dụ 771797:15/06/2021 hoặc 96.2%:15/06/2021)",
    "'{text}': a share is more than 0 % and at most 100 %":
        "'{text}': tỷ lệ phải lớn hơn 0 % và không quá 100 %",
    'a person takes at least 1 minute at a desk': 'mỗi người cần ít nhất 1 phút tại bàn',
    "a station accepts its own plan; HQ's plan is a view":
        'mỗi trạm tự đồng ý kế hoạch của mình; kế hoạch ở tỉnh chỉ để xem',
    'a station has at least 1 desk': 'trạm có ít nhất 1 bàn',
    'the milestone {milestone} is outside the campaign ({starts}–{ends})':
        'mốc {milestone} nằm ngoài thời gian đợt cấp ({starts}–{ends})',
    'the show-up rate is more than 0 and at most 1': 'tỷ lệ đến phải lớn hơn 0 và không quá 1',
    '{days} more days of sessions': 'thêm {days} ngày làm việc',
    '{desks} more desks from {day}, or {days}': 'thêm {desks} bàn từ ngày {day}, hoặc {days}',
    # issue 22 (b22e): after HQ's answer, the changes made since the last bundle told apart
    "HQ holds everything up to the last bundle for it (%1). Since then: %2 change(s), the "
    "oldest since %3, for the next bundle.":
        "Cấp trên đã có đủ dữ liệu đến gói gần nhất gửi cấp trên (%1). Từ đó đến nay: %2 thay "
        "đổi, cũ nhất từ %3, sẽ được gửi trong gói tiếp theo.",
    # issue 22 (point 1): the passphrase messages name no environment variable
    'the station database {path} is encrypted: type the station passphrase to open it':
        'cơ sở dữ liệu của trạm {path} đã được mã hóa: hãy nhập mật khẩu của trạm để mở',
    '{path} is not encrypted yet: type a new station passphrase to encrypt it':
        '{path} chưa được mã hóa: hãy nhập mật khẩu mới của trạm để mã hóa',
    'a new station database needs a station passphrase: type one':
        'cơ sở dữ liệu mới của trạm cần có mật khẩu của trạm: hãy nhập mật khẩu',
    # --- issue 27: station kits (HQ's Station kits screen, the first screen's kit mode, the
    # kit's service messages) ---
    "Welcome. This laptop has no station yet. Set it up from the kit HQ wrote for it (the kit "
    "file and the password HQ read out), or enter the station by hand; then its lead, who signs "
    "in with the name and PIN below and adds the other operators.":
        "Xin chào. Máy này chưa có trạm. Hãy thiết lập từ bộ cài đặt cấp trên đã tạo cho trạm (tệp "
        "bộ cài đặt và mật khẩu cấp trên đọc cho), hoặc tự nhập thông tin trạm; sau đó nhập trưởng "
        "trạm, người đăng nhập bằng tên và mã PIN dưới đây và thêm các cán bộ khác.",
    "Set up from a kit": "Thiết lập từ bộ cài đặt",
    "e.g. Mobile station of Hoa Binh commune": "ví dụ: Trạm lưu động xã Hòa Bình",
    "Enter the station by hand": "Tự nhập thông tin trạm",
    "the .kit file HQ gave, e.g. on a USB stick": "tệp .kit cấp trên gửi, ví dụ trên USB",
    "20 digits, as HQ read them out": "20 chữ số, như cấp trên đã đọc",
    "Kit file": "Tệp bộ cài đặt",
    "Kit password": "Mật khẩu bộ cài đặt",
    "The station's kit": "Bộ cài đặt của trạm",
    "Station kits (*%1)": "Bộ cài đặt trạm (*%1)",
    "Choose the kit file and type its password.": "Hãy chọn tệp bộ cài đặt và gõ mật khẩu.",
    "Opening the kit…": "Đang mở bộ cài đặt…",
    "Write the kit…": "Tạo bộ cài đặt…",
    "A kit for a new station": "Bộ cài đặt cho trạm mới",
    "The kit is one file that sets up a new station laptop: its code and name, HQ's identity, "
    "the campaign and the roster of the villages it serves (none ticked: all villages). It is "
    "encrypted with a password shown once here: read it to the station lead over the phone, "
    "never on the same stick. Valid 14 days.":
        "Bộ cài đặt là một tệp để thiết lập máy của trạm mới: mã và tên trạm, định danh của "
        "cấp trên, đợt cấp và danh sách dân cư của các thôn trạm phụ trách (không chọn thôn nào: "
        "tất cả các thôn). Tệp được mã hóa bằng mật khẩu chỉ hiện một lần tại đây: đọc cho "
        "trưởng trạm qua điện thoại, không bao giờ để chung USB. Hiệu lực 14 ngày.",
    "Villages it serves": "Các thôn phụ trách",
    "all": "tất cả",
    "Laptop it set up": "Máy đã thiết lập",
    "Valid until": "Hiệu lực đến",
    "State": "Trạng thái",
    "Kits written": "Các bộ cài đặt đã tạo",
    "used %1": "đã dùng lúc %1",
    "expired": "hết hạn",
    "waiting for its first bundle": "đang chờ gói đồng bộ đầu tiên",
    "Enter the station's code and name first.": "Hãy nhập mã và tên trạm trước.",
    "Where to write the kit": "Lưu bộ cài đặt vào đâu",
    "Writing the kit…": "Đang tạo bộ cài đặt…",
    "Wrote %1 for %2: %3 residents. Its password, shown only now: read it to the station lead "
    "over the phone; it opens the kit until %4.":
        "Đã tạo %1 cho %2: %3 người dân. Mật khẩu của bộ cài đặt, chỉ hiện lúc này: đọc cho "
        "trưởng trạm qua điện thoại; mật khẩu mở được bộ cài đặt đến %4.",
    "Station kits": "Bộ cài đặt trạm",
    "HQ has no campaign yet: create the campaign first, so that the station starts with it":
        "Cấp trên chưa có đợt cấp: hãy tạo đợt cấp trước để trạm bắt đầu với đợt cấp đó",
    "a kit password is {n} digits (HQ read them out in groups of four)":
        "mật khẩu bộ cài đặt gồm {n} chữ số (cấp trên đọc theo từng nhóm bốn số)",
    "a station code is letters, digits, '-' or '_', for example XA-HB-01":
        "mã trạm gồm chữ, số, '-' hoặc '_', ví dụ XA-HB-01",
    "name the station, for example 'Trạm UBND xã Hòa Bình'":
        "hãy đặt tên trạm, ví dụ 'Trạm UBND xã Hòa Bình'",
    "only HQ writes station kits": "chỉ cấp trên mới tạo được bộ cài đặt trạm",
    "station {station} was set up from a kit that this HQ did not write (another HQ's kit?)":
        "trạm {station} được thiết lập từ bộ cài đặt không do cấp trên này tạo (bộ cài đặt của "
        "tỉnh khác?)",
    "the kit file is damaged: ask HQ for a new kit":
        "tệp bộ cài đặt bị hỏng: hãy xin cấp trên bộ cài đặt mới",
    "the kit file is incomplete (cut short while copying): copy it again from HQ's stick":
        "tệp bộ cài đặt không đầy đủ (bị cắt khi sao chép): hãy chép lại từ USB của cấp trên",
    "the kit of {station} already set up a laptop (fingerprint {fingerprint}, its first bundle "
    "came on {day}): a kit makes one station; another laptop of the station joins its host "
    "through the hall network, or gets a kit of its own":
        "bộ cài đặt của {station} đã thiết lập một máy (dấu vân tay {fingerprint}, gói đồng bộ "
        "đầu tiên đến ngày {day}): mỗi bộ cài đặt chỉ tạo một trạm; máy khác của trạm kết nối "
        "với máy chủ của trạm qua mạng nội bộ, hoặc nhận bộ cài đặt riêng",
    "the kit of {station} expired: its first bundle had to reach HQ by {day}; enrol the station "
    "with its identity file, or write it a new kit":
        "bộ cài đặt của {station} đã hết hạn: gói đồng bộ đầu tiên phải đến cấp trên trước ngày "
        "{day}; hãy đăng ký trạm bằng tệp định danh, hoặc tạo bộ cài đặt mới",
    "this file is not a station kit": "tệp này không phải bộ cài đặt trạm",
    "this kit for {station} expired on {day}: ask HQ for a new kit":
        "bộ cài đặt của {station} đã hết hạn ngày {day}: hãy xin cấp trên bộ cài đặt mới",
    "this kit was written by another version of the app (format {version}): update the app on "
    "this laptop":
        "bộ cài đặt được tạo bởi phiên bản khác của ứng dụng (định dạng {version}): hãy cập "
        "nhật ứng dụng trên máy này",
    "this laptop already holds a station ({path}): a kit sets up a new laptop only; nothing was "
    "changed":
        "máy này đã có trạm ({path}): bộ cài đặt chỉ dùng cho máy mới; không có gì thay đổi",
    "wrong kit password, or the kit file is damaged: check the 20 digits with HQ, or copy the "
    "kit again":
        "sai mật khẩu bộ cài đặt, hoặc tệp bị hỏng: hãy kiểm tra lại 20 chữ số với cấp trên, hoặc "
        "chép lại bộ cài đặt",
    "{path} already exists; choose another file name": "{path} đã có; hãy chọn tên tệp khác",
    "{path} is a database, not a station kit": "{path} là cơ sở dữ liệu, không phải bộ cài đặt",
    "{path} is a folder, not a station kit": "{path} là thư mục, không phải bộ cài đặt",
    "{path} is a folder; give a file name for the kit":
        "{path} là thư mục; hãy đặt tên tệp cho bộ cài đặt",
    "{path}: no such file": "{path}: không có tệp này",
    "{station} is HQ's own code": "{station} là mã của chính cấp trên",
    "{station} is already enrolled here (fingerprint {fingerprint}): a kit makes a new station. "
    "For a replaced laptop, revoke {station} first; another laptop of the station joins its "
    "host through the hall network":
        "{station} đã được đăng ký tại đây (dấu vân tay {fingerprint}): bộ cài đặt chỉ tạo "
        "trạm mới. Nếu thay máy, hãy thu hồi {station} trước; máy khác của trạm kết nối với "
        "máy chủ của trạm qua mạng nội bộ",
    "{station} is already enrolled here with another laptop (fingerprint {fingerprint}): a kit "
    "makes one station":
        "{station} đã được đăng ký tại đây với máy khác (dấu vân tay {fingerprint}): mỗi bộ "
        "cài đặt chỉ tạo một trạm",
    "it comes from a laptop set up from a kit that this HQ did not write":
        "gói đến từ máy được thiết lập bằng bộ cài đặt không do cấp trên này tạo",
    "its kit already set up another laptop: a kit makes one station":
        "bộ cài đặt của máy này đã thiết lập một máy khác: mỗi bộ cài đặt chỉ tạo một trạm",
    "its kit expired before its first bundle reached HQ: enrol the station with its identity "
    "file, or write it a new kit":
        "bộ cài đặt đã hết hạn trước khi gói đồng bộ đầu tiên đến cấp trên: hãy đăng ký trạm bằng "
        "tệp định danh, hoặc tạo bộ cài đặt mới",
    # issue 23, session 3: the file dialog's list, HQ's passphrase page
    'Folder': 'Thư mục',
    'saved as PDF': 'đã lưu PDF',
    '%1: deadlines %2; opening days: %3.': '%1: hạn %2; ngày làm việc: %3.',
    'HQ passphrase': 'Mật khẩu của cấp trên',
    "HQ's database is encrypted. HQ's staff type HQ's passphrase (not a PIN) to open it. Nobody can open it without this passphrase, not even from a backup.":
        'Dữ liệu của cấp trên được mã hóa. Cán bộ cấp trên nhập mật khẩu của cấp trên (không phải mã PIN) để mở. Không ai mở được dữ liệu này nếu không có mật khẩu, kể cả từ bản sao lưu.',
    "'{text}' is a code (a letter's or a household's), not who delivered the letters: type the team's name first (for example: Team 3), then scan the stub again (nothing was recorded)":
        "'{text}' là mã (của giấy mời hoặc của hộ), không phải người phát giấy mời: hãy nhập tên tổ trước (ví dụ: Tổ 3), rồi quét lại cuống giấy mời đó (chưa ghi nhận gì)",
    'That was not a PIN (digits only): a code scanned while the screen is locked is not counted. Type your PIN.':
        'Đó không phải mã PIN (chỉ gồm chữ số): mã quét khi màn hình đang khóa không được tính. Hãy nhập mã PIN.',
    # the desk's refusals of an action (core/queueing.py)
    '{number} is {status}: it cannot be {action}': 'phiếu {number} {status}: không thể {action}',
    'not issued': 'chưa được cấp',
    'waiting': 'đang chờ',
    'being called': 'đang được gọi',
    'being served': 'đang được phục vụ',
    'a no-show': 'đã vắng mặt',
    'done': 'đã xong',
    'issued': 'cấp',
    'called': 'gọi',
    'recalled': 'gọi lại',
    'started': 'bắt đầu phục vụ',
    'marked no-show': 'đánh dấu vắng mặt',
    'reactivated': 'cho vào hàng chờ lại',
    'returned to the queue': 'trả về hàng chờ',
    'transferred': 'chuyển bàn',
    'finished': 'kết thúc',
    'a ticket is transferred to another desk, not the same one':
        'phiếu chỉ chuyển được sang một bàn khác, không phải chính bàn này',
    'No outcome yet for %1: press F9 again to finish anyway.':
        'Chưa ghi kết quả cho %1: nhấn F9 lần nữa nếu vẫn muốn kết thúc.',
    'Ticket %1 printed again.': 'Đã in lại phiếu %1.',
    'It was served earlier today (ticket %1).': 'Hộ này đã được phục vụ trước đó hôm nay (phiếu %1).',
}

# Qt's own strings (standard buttons, the file dialog): PySide6 ships no qtbase_vi.qm, so the
# few the app shows are in its own catalogue, by Qt's context.
QT_VI = {
    'QPlatformTheme': {
        'OK': 'Đồng ý',
        'Save': 'Lưu',
        'Save All': 'Lưu tất cả',
        'Open': 'Mở',
        '&Yes': '&Có',
        'Yes to &All': 'Có với &tất cả',
        '&No': '&Không',
        'N&o to All': 'K&hông với tất cả',
        'Abort': 'Hủy bỏ',
        'Retry': 'Thử lại',
        'Ignore': 'Bỏ qua',
        'Close': 'Đóng',
        'Cancel': 'Hủy',
        'Discard': 'Không lưu',
        'Help': 'Trợ giúp',
        'Apply': 'Áp dụng',
        'Reset': 'Đặt lại',
        'Restore Defaults': 'Khôi phục mặc định',
    },
    'QFileDialog': {
        'Look in:': 'Tìm trong:',
        'Back': 'Quay lại',
        'Forward': 'Tiến tới',
        'Parent Directory': 'Thư mục cha',
        'Create New Folder': 'Tạo thư mục mới',
        'List View': 'Dạng danh sách',
        'Detail View': 'Dạng chi tiết',
        'File &name:': '&Tên tệp:',
        'Files of type:': 'Loại tệp:',
        '&Open': '&Mở',
        '&Save': '&Lưu',
        '&Choose': '&Chọn',
        'Open': 'Mở',
        'Save As': 'Lưu thành',
        'Directory:': 'Thư mục:',
        'All Files (*)': 'Mọi tệp (*)',
        'New Folder': 'Thư mục mới',
        '&Rename': 'Đổi &tên',
        '&Delete': '&Xóa',
        'Show &hidden files': 'Hiện tệp ẩ&n',
        '&New Folder': 'Thư mục &mới',
        'Recent Places': 'Nơi đã mở gần đây',
        'My Computer': 'Máy tính',
        'Computer': 'Máy tính',
        'File': 'Tệp',
        'File Folder': 'Thư mục',
        'Folder': 'Thư mục',
        'Directories': 'Thư mục',  # HQ trial, session 3: the folder dialog's type list
    'saved as PDF': 'đã lưu PDF',
    '%1: deadlines %2; opening days: %3.': '%1: hạn %2; ngày làm việc: %3.',
    'HQ passphrase': 'Mật khẩu của cấp trên',
    "HQ's database is encrypted. HQ's staff type HQ's passphrase (not a PIN) to open it. Nobody can open it without this passphrase, not even from a backup.":
        'Dữ liệu của cấp trên được mã hóa. Cán bộ cấp trên nhập mật khẩu của cấp trên (không phải mã PIN) để mở. Không ai mở được dữ liệu này nếu không có mật khẩu, kể cả từ bản sao lưu.',
        'Drive': 'Ổ đĩa',
        'Unknown': 'Không rõ',
        'Sidebar': 'Thanh bên',
        'Files': 'Tệp',
        '&Look in:': '&Tìm trong:',
        'Files of &type:': '&Loại tệp:',
    },
    'QFileSystemModel': {
        'Name': 'Tên',
        'Size': 'Kích thước',
        'Type': 'Loại',
        'Kind': 'Loại',
        'Date Modified': 'Ngày sửa',
        'My Computer': 'Máy tính',
        'Computer': 'Máy tính',
    },
    'QLineEdit': {
        '&Undo': '&Hoàn tác',
        '&Redo': '&Làm lại',
        'Cu&t': '&Cắt',
        '&Copy': '&Sao chép',
        '&Paste': '&Dán',
        'Delete': 'Xóa',
        'Select All': 'Chọn tất cả',
    },
    'QPrintDialog': {
        'Print': 'In',
        '&Print': '&In',
        '&Options >>': '&Tùy chọn >>',
        '&Options <<': '&Tùy chọn <<',
        'Print to File (PDF)': 'In ra tệp (PDF)',
        'Print To File ...': 'In ra tệp…',
        'Local file': 'Tệp trên máy',
        'Write PDF file': 'Ghi tệp PDF',
        'All Pages': 'Tất cả các trang',
        'Odd Pages': 'Các trang lẻ',
        'Even Pages': 'Các trang chẵn',
        'OK': 'Đồng ý',
        '%1 already exists.\nDo you want to overwrite it?': '%1 đã có.\nBạn có muốn ghi đè không?',
        '%1 is a directory.\nPlease choose a different file name.': '%1 là một thư mục.\nHãy chọn tên tệp khác.',
        'File %1 is not writable.\nPlease choose a different file name.': 'Không ghi được vào tệp %1.\nHãy chọn tên tệp khác.',
        'Invalid Pages Definition': 'Khai báo trang không hợp lệ',
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.": "%1 không đúng cú pháp. Hãy dùng dấu ',' để ngăn cách các trang và khoảng trang, dấu '-' để ghi khoảng trang, và các khoảng trang không được chồng lên nhau.",
        "The 'From' value cannot be greater than the 'To' value.": "Giá trị 'Từ' không được lớn hơn giá trị 'Đến'.",
        '1 (1x1)': '1 (1x1)',
        '2 (2x1)': '2 (2x1)',
        '4 (2x2)': '4 (2x2)',
        '6 (2x3)': '6 (2x3)',
        '9 (3x3)': '9 (3x3)',
        '16 (4x4)': '16 (4x4)',
        'Left to Right, Top to Bottom': 'Trái sang phải, trên xuống dưới',
        'Left to Right, Bottom to Top': 'Trái sang phải, dưới lên trên',
        'Right to Left, Bottom to Top': 'Phải sang trái, dưới lên trên',
        'Right to Left, Top to Bottom': 'Phải sang trái, trên xuống dưới',
        'Bottom to Top, Left to Right': 'Dưới lên trên, trái sang phải',
        'Bottom to Top, Right to Left': 'Dưới lên trên, phải sang trái',
        'Top to Bottom, Left to Right': 'Trên xuống dưới, trái sang phải',
        'Top to Bottom, Right to Left': 'Trên xuống dưới, phải sang trái',
    },
    'QPrintWidget': {
        'Printer': 'Máy in',
        '&Name:': '&Tên:',
        'P&roperties': 'Th&uộc tính',
        'Location:': 'Vị trí:',
        'Type:': 'Loại:',
        'Output &file:': 'Tệp &xuất ra:',
        'Preview': 'Xem trước',
        '...': '…',
        'Form': 'Biểu mẫu',
    },
    'QPrintSettingsOutput': {
        'Copies': 'Số bản',
        'Copies:': 'Số bản:',
        'Collate': 'Sắp theo bộ',
        'Reverse': 'In ngược thứ tự',
        'Options': 'Tùy chọn',
        'Color Mode': 'Chế độ màu',
        'Color': 'Màu',
        'Grayscale': 'Thang xám',
        'Double Sided Printing': 'In hai mặt',
        'Off': 'Tắt',
        'Long side binding': 'Đóng gáy cạnh dài',
        'Short side binding': 'Đóng gáy cạnh ngắn',
        'Print range': 'Phạm vi in',
        'Print all': 'In tất cả',
        'Pages from': 'Các trang từ',
        'to': 'đến',
        'Pages': 'Các trang',
        'Current Page': 'Trang hiện tại',
        'Selection': 'Phần đã chọn',
        'Page Set:': 'Nhóm trang:',
        'Page &Set:': '&Nhóm trang:',
        'Output Settings': 'Thiết lập bản in',
        'Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.': 'Nhập các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy. Khoảng trang ghi bằng hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.',
        'Form': 'Biểu mẫu',
    },
    'QPrintPropertiesDialog': {
        'Printer Properties': 'Thuộc tính máy in',
        'Job Options': 'Tùy chọn lệnh in',
        'Page Setup Conflicts': 'Xung đột thiết lập trang',
        'Advanced Option Conflicts': 'Xung đột tùy chọn nâng cao',
        'There are conflicts in page setup options. Do you want to fix them?': 'Có xung đột trong các tùy chọn thiết lập trang. Bạn có muốn sửa không?',
        'There are conflicts in some advanced options. Do you want to fix them?': 'Có xung đột trong một số tùy chọn nâng cao. Bạn có muốn sửa không?',
    },
    'QPrintPropertiesWidget': {
        'Page': 'Trang',
        'Advanced': 'Nâng cao',
        'There are conflicts in some options. Please fix them.': 'Có xung đột giữa một số tùy chọn. Hãy sửa lại.',
        'Form': 'Biểu mẫu',
    },
    'QPageSetupWidget': {
        'Paper': 'Giấy',
        'Page size:': 'Khổ giấy:',
        'Width:': 'Rộng:',
        'Height:': 'Cao:',
        'Paper source:': 'Khay giấy:',
        'Orientation': 'Hướng giấy',
        'Portrait': 'Dọc',
        'Landscape': 'Ngang',
        'Reverse landscape': 'Ngang ngược',
        'Reverse portrait': 'Dọc ngược',
        'Margins': 'Lề',
        'top margin': 'lề trên',
        'left margin': 'lề trái',
        'right margin': 'lề phải',
        'bottom margin': 'lề dưới',
        'Page Layout': 'Bố cục trang',
        'Page order:': 'Thứ tự trang:',
        'Page &order:': '&Thứ tự trang:',
        'Pages per sheet:': 'Số trang mỗi tờ:',
        'Pages &per sheet:': 'Số trang &mỗi tờ:',
        'Millimeters (mm)': 'Milimét (mm)',
        'Inches (in)': 'Inch (in)',
        'Points (pt)': 'Điểm (pt)',
        'Custom': 'Tùy chỉnh',
        'Form': 'Biểu mẫu',
    },
}
