<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="40" />
        <source>Roster</source>
        <translation>Danh sách dân cư</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="50" />
        <source>CCCD station – %1 (%2)</source>
        <translation>Trạm cấp CCCD – %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="69" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="71" />
        <source>&amp;Import roster…</source>
        <translation>&amp;Nhập danh sách dân cư…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="75" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="79" />
        <source>&amp;Find resident</source>
        <translation>&amp;Tìm công dân</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="84" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="39" />
        <source>Import roster: check the columns</source>
        <translation>Nhập danh sách: kiểm tra các cột</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="41" />
        <source>File: %1
The columns were matched to these fields. Columns not listed are ignored.</source>
        <translation>Tệp: %1
Các cột đã được ghép với những trường sau. Cột không có trong danh sách sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="45" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="45" />
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="53" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="54" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NewStationDialog</name>
    <message>
        <location filename="../../station_app/ui/app.py" line="81" />
        <location filename="../../station_app/ui/app.py" line="99" />
        <source>New station</source>
        <translation>Tạo trạm mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="85" />
        <source>e.g. Mobile station of Hòa Bình commune</source>
        <translation>ví dụ: Trạm lưu động xã Hòa Bình</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="87" />
        <source>Database file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="88" />
        <source>Station code</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="89" />
        <source>Station name</source>
        <translation>Tên trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="100" />
        <source>Enter a station code (letters, digits, '-') and a name.</source>
        <translation>Nhập mã trạm (chữ, số, dấu '-') và tên trạm.</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <location filename="../../station_app/ui/models.py" line="73" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="73" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="73" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="74" />
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="74" />
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="74" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="75" />
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="75" />
        <source>Card status</source>
        <translation>Tình trạng thẻ</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="66" />
        <source>Roster imported</source>
        <translation>Đã nhập danh sách</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="69" />
        <source>Imported: %1   Updated: %2   Unchanged: %3   Rejected: %4</source>
        <translation>Đã nhập: %1   Cập nhật: %2   Không đổi: %3   Bị từ chối: %4</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="73" />
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="73" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="101" />
        <source>Choose a roster file</source>
        <translation>Chọn tệp danh sách dân cư</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="102" />
        <source>Rosters (*.csv *.txt *.xlsx)</source>
        <translation>Danh sách (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="109" />
        <source>Cannot import</source>
        <translation>Không thể nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="117" />
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="118" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="134" />
        <source>Import stopped</source>
        <translation>Đã dừng nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="135" />
        <source>Nothing was imported.</source>
        <translation>Không có dữ liệu nào được nhập.</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="30" />
        <source>Search by name, personal ID, date of birth or household code…</source>
        <translation>Tìm theo họ tên, số định danh, ngày sinh hoặc mã hộ…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="33" />
        <source>Import roster…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/ui/roster_screen.py" line="70" />
        <source>%n resident(s) on the roster</source>
        <translation>
            <numerusform>%n nhân khẩu trong danh sách</numerusform></translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="80" />
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/ui/roster_screen.py" line="89" />
        <source>%n resident(s) found, best first</source>
        <translation>
            <numerusform>Tìm thấy %n nhân khẩu, phù hợp nhất trước</numerusform></translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="91" />
        <source>No resident matches</source>
        <translation>Không tìm thấy nhân khẩu nào</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../station_app/ui/app.py" line="107" />
        <source>Preparing the demo station…</source>
        <translation>Đang chuẩn bị trạm minh họa…</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="21" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="21" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="22" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="23" />
        <source>Personal ID (12 digits)</source>
        <translation>Số định danh cá nhân (12 số)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="24" />
        <source>Old ID (CMND, 9 digits)</source>
        <translation>Số CMND (9 số)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="25" />
        <source>Relation to head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="26" />
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="26" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="27" />
        <source>Commune</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="27" />
        <source>District</source>
        <translation>Quận/Huyện</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="28" />
        <source>Province</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="28" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="29" />
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="29" />
        <source>Card status</source>
        <translation>Tình trạng thẻ</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../station_app/ui/models.py" line="21" />
        <source>Needs card</source>
        <translation>Cần cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="22" />
        <source>Has valid card</source>
        <translation>Đã có thẻ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="23" />
        <source>Exempt</source>
        <translation>Miễn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="24" />
        <source>Moved away</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="25" />
        <source>Deceased</source>
        <translation>Đã mất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="31" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="32" />
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
</TS>