<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="143" />
        <source>Import roster: confirm the changes</source>
        <translation>Nhập danh sách: xác nhận các thay đổi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="146" />
        <source>File: %1
This roster would replace %2 values the station holds. Nothing has been written yet: check them, then import or cancel.</source>
        <translation>Tệp: %1
Danh sách này sẽ thay thế %2 giá trị trạm đang lưu. Chưa có gì được ghi: hãy kiểm tra, rồi nhập hoặc hủy.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="151" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="151" />
        <source>Values replaced</source>
        <translation>Số giá trị bị thay</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="151" />
        <source>For example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="160" />
        <source>New: %1   Updated: %2   Unchanged: %3   Rejected: %4</source>
        <translation>Thêm mới: %1   Cập nhật: %2   Không đổi: %3   Bị từ chối: %4</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="165" />
        <source>Import and replace</source>
        <translation>Nhập và thay thế</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="166" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="147" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="160" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="313" />
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="148" />
        <source>Collected so far</source>
        <translation>Đã thu nhận</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="149" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="162" />
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="150" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="163" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="315" />
        <source>Percent done</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="151" />
        <source>Collected on the day</source>
        <translation>Thu nhận trong ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="152" />
        <source>Per day, last 7 days</source>
        <translation>Đạt/ngày (7 ngày qua)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="153" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="287" />
        <source>Needed per day</source>
        <translation>Cần đạt/ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="154" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="168" />
        <source>Projected finish</source>
        <translation>Dự kiến hoàn thành</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="158" />
        <source>Ages</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="159" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="161" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="187" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="314" />
        <source>People collected</source>
        <translation>Đã thu nhận</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="164" />
        <source>Days left</source>
        <translation>Còn (ngày)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="165" />
        <source>Needed/day</source>
        <translation>Cần/ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="166" />
        <source>Achieved/day</source>
        <translation>Đạt/ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="170" />
        <source>On track</source>
        <translation>Kịp hạn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="171" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="171" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="182" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="188" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="316" />
        <source>Per day</source>
        <translation>Đạt/ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="190" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="317" />
        <source>Behind</source>
        <translation>Chậm (người)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="318" />
        <source>Days late</source>
        <translation>Chậm (ngày)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="183" />
        <source>Commune</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="186" />
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="189" />
        <source>Its villages done</source>
        <translation>Tỷ lệ địa bàn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="191" />
        <source>Last bundle</source>
        <translation>Gói dữ liệu gần nhất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="192" />
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="195" />
        <source>Villages</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="196" />
        <source>Communes</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="197" />
        <source>Stations</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="206" />
        <source>Worst first. Red: will miss a deadline at its pace so far (behind: people still to collect then).</source>
        <translation>Xếp từ chậm nhất. Tô đỏ: với tốc độ từ đầu đợt sẽ không kịp thời hạn (chậm: số người còn chưa thu nhận khi đến hạn).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="213" />
        <source>Report (PDF)</source>
        <translation>Báo cáo (PDF)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="214" />
        <source>Report (Excel)</source>
        <translation>Báo cáo (Excel)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="215" />
        <source>Not yet collected (PDF)</source>
        <translation>Danh sách chưa làm (PDF)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="216" />
        <source>Not yet collected (Excel)</source>
        <translation>Danh sách chưa làm (Excel)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="230" />
        <source>Open</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="232" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="276" />
        <source>People collected per day, against the rate the deadlines need</source>
        <translation>Số người được thu nhận mỗi ngày, so với mức cần đạt để kịp thời hạn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="281" />
        <source>Collected that day</source>
        <translation>Thu nhận trong ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="290" />
        <source>Average of 7 days</source>
        <translation>Bình quân 7 ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="404" />
        <source>The campaign has no deadline and no last day yet, so there is nothing to count against. Give it its deadlines (at HQ, or with the command line).</source>
        <translation>Chiến dịch chưa có thời hạn và ngày kết thúc nên chưa thể tính tiến độ. Hãy nhập thời hạn cho chiến dịch (tại cấp tỉnh, hoặc bằng dòng lệnh).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="408" />
        <source>No campaign yet.

A campaign (its deadlines per age group) usually comes from HQ: import HQ's bundle. A lead can also create one at this station with the command line:

%1</source>
        <translation>Chưa có chiến dịch nào.

Chiến dịch (thời hạn theo từng nhóm tuổi) thường do cấp tỉnh gửi về: hãy nhập gói dữ liệu của cấp tỉnh. Trưởng trạm cũng có thể tự tạo chiến dịch tại trạm bằng dòng lệnh:

%1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="417" />
        <source>Campaign %1 · %2 · figures of %3</source>
        <translation>Chiến dịch %1 · %2 · số liệu ngày %3</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="422" />
        <source>Campaign over: no report due</source>
        <translation>Chiến dịch đã kết thúc: không còn kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="424" />
        <source>Next report: %1 (deadline of ages %2), in %3 day(s)</source>
        <translation>Kỳ báo cáo tới: %1 (hạn nhóm tuổi %2), còn %3 ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="425" />
        <source>Next report: %1 (last day of the campaign), in %3 day(s)</source>
        <translation>Kỳ báo cáo tới: %1 (ngày cuối chiến dịch), còn %3 ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="451" />
        <source>Station %1 has sent nothing since %2: its figures are as of then.</source>
        <translation>Trạm %1 chưa gửi dữ liệu từ %2: số liệu của trạm tính đến ngày đó.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="454" />
        <source>the start</source>
        <translation>đầu chiến dịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="504" />
        <source>Writing the file…</source>
        <translation>Đang ghi tệp…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="527" />
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="535" />
        <source>The file could not be written in %1 (is the folder there, and may it be written?).</source>
        <translation>Không ghi được tệp vào %1 (thư mục có tồn tại và được phép ghi không?).</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="192" />
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="195" />
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="196" />
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="197" />
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="198" />
        <source>Back to queue</source>
        <translation>Trả về hàng chờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="199" />
        <source>Finish</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="213" />
        <source>Transfer to desk (Ctrl+T)</source>
        <translation>Chuyển sang bàn (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="227" />
        <source>Call this number</source>
        <translation>Gọi số này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="230" />
        <source>No-show came back</source>
        <translation>Người vắng đã quay lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="244" />
        <location filename="../../station_app/ui/desk_screen.py" line="448" />
        <source>No ticket at this desk. Press F5 to call the next number.</source>
        <translation>Bàn chưa có phiếu nào. Nhấn F5 để gọi số tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="255" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="256" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="258" />
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="259" />
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="260" />
        <source>Intake</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="275" />
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="283" />
        <source>Reason or note for the outcome (needed for rejected and referred)</source>
        <translation>Lý do hoặc ghi chú (bắt buộc khi từ chối hoặc chuyển nơi khác)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="309" />
        <source>Search: name, ID, date of birth or household…</source>
        <translation>Tìm: họ tên, số định danh, ngày sinh hoặc mã hộ…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="315" />
        <source>Household members on this ticket (keys 1–4 record the selected person)</source>
        <translation>Nhân khẩu của hộ theo phiếu này (phím 1–4 ghi kết quả cho người đang chọn)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="435" />
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="439" />
        <source>Household %1 · %2 member(s)</source>
        <translation>Hộ %1 · %2 nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="444" />
        <source>No household linked: search for the person on the right.</source>
        <translation>Phiếu chưa gắn với hộ nào: tìm người đến ở khung bên phải.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="475" />
        <source>Today at desk %1: %2 collected · %3 ticket(s) finished · %4 waiting in the queues</source>
        <translation>Hôm nay tại bàn %1: đã thu nhận %2 · xong %3 phiếu · %4 người đang chờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="509" />
        <source>Nobody is waiting.</source>
        <translation>Không có ai đang chờ.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="512" />
        <location filename="../../station_app/ui/desk_screen.py" line="517" />
        <source>Called %1.</source>
        <translation>Đã gọi %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="512" />
        <source>Called %1 again.</source>
        <translation>Đã gọi lại %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="513" />
        <source>%1 did not come: marked no-show.</source>
        <translation>%1 không đến: đã ghi vắng mặt.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="514" />
        <source>%1 went back to the queue.</source>
        <translation>%1 đã trả về hàng chờ.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="515" />
        <source>%1 was sent to another desk.</source>
        <translation>%1 đã chuyển sang bàn khác.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="516" />
        <source>%1 finished.</source>
        <translation>%1 đã xong.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="518" />
        <source>%1 is back in the queue.</source>
        <translation>%1 đã vào lại hàng chờ.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="546" />
        <source>Select a person first (the household list or a search result).</source>
        <translation>Hãy chọn một người trước (trong danh sách hộ hoặc kết quả tìm kiếm).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="554" />
        <source>A reason is required: type it in the note field, then press Enter (or the key again).</source>
        <translation>Cần ghi lý do: gõ vào ô ghi chú rồi nhấn Enter (hoặc nhấn lại phím đó).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="565" />
        <source>%1 is already recorded: %2.</source>
        <translation>%1 đã được ghi: %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="571" />
        <source>changed at the desk from %1 to %2</source>
        <translation>sửa tại bàn từ %1 thành %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="587" />
        <source>%1: %2 recorded.</source>
        <translation>%1: đã ghi %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="618" />
        <source>Not recorded.</source>
        <translation>Chưa ghi.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="633" />
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="646" />
        <source>%1 found</source>
        <translation>Tìm thấy %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="647" />
        <source>No resident matches</source>
        <translation>Không tìm thấy nhân khẩu nào</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="649" />
        <source>%1 already collected (orange)</source>
        <translation>%1 người đã thu nhận (màu cam)</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../station_app/ui/display_window.py" line="145" />
        <source>Now serving</source>
        <translation>Màn hình gọi số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/display_window.py" line="160" />
        <source>NOW SERVING</source>
        <translation>ĐANG PHỤC VỤ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/display_window.py" line="162" />
        <source>Please wait: numbers will be called here</source>
        <translation>Xin vui lòng chờ: số thứ tự sẽ được gọi tại đây</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/display_window.py" line="184" />
        <source>Last calls</source>
        <translation>Số vừa gọi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/display_window.py" line="188" />
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/display_window.py" line="276" />
        <source>In all: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/display_window.py" line="285" />
        <source>Desk %1</source>
        <translation>Bàn %1</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="108" />
        <source>Already collected</source>
        <translation>Đã thu nhận trước đó</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="110" />
        <source>%1.

Check it is the same person (date of birth, ID, household). To record again anyway, give the reason.</source>
        <translation>%1.

Hãy kiểm tra có đúng là cùng một người không (ngày sinh, số định danh, hộ). Nếu vẫn ghi lại, hãy nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="114" />
        <source>Reason for recording again</source>
        <translation>Lý do ghi lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="119" />
        <source>Record anyway</source>
        <translation>Vẫn ghi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="121" />
        <source>Do not record</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="134" />
        <source>A reason is needed to record this person again.</source>
        <translation>Cần ghi lý do để ghi lại cho người này.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="29" />
        <source>New station</source>
        <translation>Tạo trạm mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="29" />
        <source>Station lead</source>
        <translation>Trưởng trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="32" />
        <source>Welcome. This laptop has no station yet: enter the station, then its lead, who signs in with the name and PIN below and adds the other operators.</source>
        <translation>Xin chào. Máy này chưa có trạm: nhập thông tin trạm, rồi trưởng trạm — người sẽ đăng nhập bằng họ tên và mã PIN dưới đây và thêm những người dùng khác.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="35" />
        <source>Nobody can sign in to this station yet: enter its lead, who signs in with the name and PIN below and adds the other operators.</source>
        <translation>Trạm này chưa có ai đăng nhập được: nhập trưởng trạm — người sẽ đăng nhập bằng họ tên và mã PIN dưới đây và thêm những người dùng khác.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="41" />
        <source>e.g. Mobile station of Hòa Bình commune</source>
        <translation>ví dụ: Trạm lưu động xã Hòa Bình</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="43" />
        <source>e.g. Nguyễn Văn Hùng</source>
        <translation>ví dụ: Nguyễn Văn Hùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="45" />
        <source>4 to 12 digits</source>
        <translation>từ 4 đến 12 chữ số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="52" />
        <source>Database file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="54" />
        <source>Station code</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="55" />
        <source>Station name</source>
        <translation>Tên trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="56" />
        <source>Lead's name</source>
        <translation>Họ tên trưởng trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="57" />
        <source>Lead's PIN</source>
        <translation>Mã PIN của trưởng trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="58" />
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="71" />
        <location filename="../../station_app/ui/first_run.py" line="73" />
        <source>Enter a station code (letters, digits, '-') and a name.</source>
        <translation>Nhập mã trạm (chữ, số, dấu '-') và tên trạm.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="75" />
        <source>Enter the lead's name.</source>
        <translation>Nhập họ tên trưởng trạm.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="78" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Mã PIN gồm 4 đến 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="80" />
        <source>The two PINs differ.</source>
        <translation>Hai mã PIN không khớp.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="79" />
        <source>Roster</source>
        <translation>Danh sách dân cư</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="80" />
        <source>Tickets</source>
        <translation>Phát số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="81" />
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="82" />
        <source>Dashboard</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="83" />
        <source>Operators</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="97" />
        <source>CCCD station – %1 (%2)</source>
        <translation>Trạm cấp CCCD – %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="235" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="237" />
        <source>&amp;Import roster…</source>
        <translation>&amp;Nhập danh sách dân cư…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="242" />
        <source>&amp;Settings of this laptop…</source>
        <translation>&amp;Cài đặt máy này…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="246" />
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="250" />
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="253" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="257" />
        <source>&amp;Find resident</source>
        <translation>&amp;Tìm công dân</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="262" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="263" />
        <source>Now-serving &amp;display</source>
        <translation>Màn hình &amp;gọi số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="268" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="306" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="307" />
        <source>Ticket %1 is still at this desk. Quit anyway? (The desk finds it again when the program starts.)</source>
        <translation>Phiếu %1 vẫn đang ở bàn này. Vẫn thoát? (Khi mở lại chương trình, bàn sẽ thấy lại phiếu này.)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="334" />
        <source>Not allowed</source>
        <translation>Không được phép</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="335" />
        <source>Your role may not import the roster.</source>
        <translation>Vai trò của bạn không được nhập danh sách dân cư.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="65" />
        <source>Import roster: check the columns</source>
        <translation>Nhập danh sách: kiểm tra các cột</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="67" />
        <source>File: %1
The columns were matched to these fields. Columns not listed are ignored.</source>
        <translation>Tệp: %1
Các cột đã được ghép với những trường sau. Cột không có trong danh sách sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="70" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="70" />
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="76" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="77" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>OperatorsScreen</name>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="33" />
        <location filename="../../station_app/ui/operators_screen.py" line="61" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="34" />
        <location filename="../../station_app/ui/operators_screen.py" line="62" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="35" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="36" />
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="36" />
        <source>Deactivated</source>
        <translation>Đã ngừng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="44" />
        <source>Deactivate the selected operator</source>
        <translation>Ngừng người dùng đã chọn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="53" />
        <source>4 to 12 digits</source>
        <translation>từ 4 đến 12 chữ số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="55" />
        <source>Add operator</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="59" />
        <source>New operator</source>
        <translation>Người dùng mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="63" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="64" />
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="89" />
        <source>The two PINs differ.</source>
        <translation>Hai mã PIN không khớp.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="96" />
        <source>%1 can now sign in.</source>
        <translation>%1 đã có thể đăng nhập.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="39" />
        <location filename="../../station_app/ui/passphrase.py" line="62" />
        <source>Station passphrase</source>
        <translation>Mật khẩu của trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="42" />
        <source>Choose the station passphrase. The station lead types it once each time the app starts; without it the database on this laptop cannot be read if the laptop is lost or stolen. Use at least 10 characters, words rather than digits: an operator's PIN is not enough. If it is forgotten, HQ can open the database again.</source>
        <translation>Đặt mật khẩu của trạm. Trưởng trạm nhập mật khẩu này một lần mỗi khi mở ứng dụng; nếu máy bị mất hoặc bị lấy cắp, không ai đọc được dữ liệu trên máy khi không có mật khẩu. Dùng ít nhất 10 ký tự, nên là các từ ngữ thay vì chữ số: mã PIN của cán bộ là không đủ. Nếu quên mật khẩu, Sở có thể mở lại cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="47" />
        <source>The station database is encrypted. The station lead types the station passphrase (not a PIN) to open it.</source>
        <translation>Cơ sở dữ liệu của trạm đã được mã hóa. Trưởng trạm nhập mật khẩu của trạm (không phải mã PIN) để mở.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="61" />
        <source>Database file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="64" />
        <source>Passphrase again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="79" />
        <source>The two passphrases differ.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="82" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <location filename="../../station_app/ui/models.py" line="59" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="59" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="59" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="60" />
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="60" />
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="60" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="61" />
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="61" />
        <source>Card status</source>
        <translation>Tình trạng thẻ</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="110" />
        <source>Roster imported</source>
        <translation>Đã nhập danh sách</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="113" />
        <source>Imported: %1   Updated: %2   Unchanged: %3   Rejected: %4</source>
        <translation>Đã nhập: %1   Cập nhật: %2   Không đổi: %3   Bị từ chối: %4</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="116" />
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="116" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="120" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="195" />
        <source>Choose a roster file</source>
        <translation>Chọn tệp danh sách dân cư</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="196" />
        <source>Rosters (*.csv *.txt *.xlsx)</source>
        <translation>Danh sách (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="203" />
        <source>Cannot import</source>
        <translation>Không thể nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="213" />
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="214" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="236" />
        <source>Import stopped</source>
        <translation>Đã dừng nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="237" />
        <source>Nothing was imported.</source>
        <translation>Không có dữ liệu nào được nhập.</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="40" />
        <source>Search by name, personal ID, date of birth or household code…</source>
        <translation>Tìm theo họ tên, số định danh, ngày sinh hoặc mã hộ…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="43" />
        <source>Import roster…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/ui/roster_screen.py" line="82" />
        <source>%n resident(s) on the roster</source>
        <translation>
            <numerusform>%n nhân khẩu trong danh sách</numerusform></translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="96" />
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/ui/roster_screen.py" line="104" />
        <source>%n resident(s) found, best first</source>
        <translation>
            <numerusform>Tìm thấy %n nhân khẩu, phù hợp nhất trước</numerusform></translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="106" />
        <source>No resident matches</source>
        <translation>Không tìm thấy nhân khẩu nào</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../station_app/ui/settings.py" line="84" />
        <source>Settings of this laptop</source>
        <translation>Cài đặt máy này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="86" />
        <source>No printer: save each ticket as a PDF</source>
        <translation>Không có máy in: lưu mỗi phiếu thành tệp PDF</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="87" />
        <source>A printer installed on this computer</source>
        <translation>Máy in đã cài trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="88" />
        <source>Thermal printer without driver (ESC/POS)</source>
        <translation>Máy in nhiệt không có trình điều khiển (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="102" />
        <source>%1 mm roll</source>
        <translation>Cuộn giấy %1 mm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="109" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="112" />
        <source>The last screen</source>
        <translation>Màn hình cuối cùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="117" />
        <source>Chime on each call</source>
        <translation>Phát chuông mỗi lần gọi số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="119" />
        <source>Speak each call (when a Vietnamese voice is installed)</source>
        <translation>Đọc số bằng giọng nói (khi máy có giọng tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="123" />
        <source>Ticket printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="124" />
        <source>Printer name</source>
        <translation>Tên máy in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="125" />
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="126" />
        <source>ESC/POS connection</source>
        <translation>Kết nối ESC/POS</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="127" />
        <source>Folder for ticket PDFs</source>
        <translation>Thư mục lưu phiếu PDF</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="128" />
        <source>Lock the screen after</source>
        <translation>Khóa màn hình sau</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="129" />
        <source>Now-serving display on</source>
        <translation>Màn hình gọi số trên</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../station_app/ui/signin.py" line="61" />
        <source>Your name</source>
        <translation>Họ tên của bạn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="64" />
        <source>PIN (digits)</source>
        <translation>Mã PIN (chữ số)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="67" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="81" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="82" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="105" />
        <source>%1 locked the screen. %1, type your PIN to go on; someone else may sign in with their own name.</source>
        <translation>%1 đã khóa màn hình. %1 nhập mã PIN để tiếp tục; người khác có thể đăng nhập bằng tên của mình.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="109" />
        <source>The screen locked after a while without use. %1, type your PIN to go on; someone else may sign in with their own name.</source>
        <translation>Màn hình đã khóa vì lâu không sử dụng. %1, nhập mã PIN để tiếp tục; người khác có thể đăng nhập bằng tên của mình.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="112" />
        <source>Sign in with your name and PIN.</source>
        <translation>Đăng nhập bằng họ tên và mã PIN.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="134" />
        <source>Type your name.</source>
        <translation>Nhập họ tên.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="137" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="143" />
        <source>Too many wrong PINs: this name is locked until %1.</source>
        <translation>Nhập sai mã PIN quá nhiều lần: tên này bị khóa đến %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="156" />
        <source>Wrong name or PIN.</source>
        <translation>Sai họ tên hoặc mã PIN.</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="73" />
        <source>Scan the QR code of an invitation letter, or type its household code, a personal ID or a ticket number, and press Enter</source>
        <translation>Quét mã QR trên giấy mời, hoặc gõ mã hộ, số định danh hay số phiếu, rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="106" />
        <source>Reprint (F9)</source>
        <translation>In lại (F9)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="110" />
        <source>What to bring (F10)</source>
        <translation>Cần mang theo (F10)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="118" />
        <source>Last ticket</source>
        <translation>Phiếu vừa phát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="128" />
        <source>Please bring</source>
        <translation>Xin mang theo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="151" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="152" />
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="153" />
        <source>Household head</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="154" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="155" />
        <source>Print</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="176" />
        <source>Today's tickets</source>
        <translation>Phiếu đã phát hôm nay</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="228" />
        <source>Already scanned: ticket %1.</source>
        <translation>Đã quét rồi: phiếu %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="261" />
        <source>Ticket %1 issued.</source>
        <translation>Đã phát phiếu %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="271" />
        <source>%1 at %2</source>
        <translation>%1 lúc %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="275" />
        <source>This letter is for a later day: %1 (%2). Ticket %3 is served today with the walk-ins.</source>
        <translation>Giấy mời này hẹn ngày sau: %1 (%2). Phiếu %3 được phục vụ hôm nay cùng người không có giấy hẹn.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="277" />
        <source>This letter is for a later day: %1 (%2). Ticket %3 is served today as an appointment.</source>
        <translation>Giấy mời này hẹn ngày sau: %1 (%2). Phiếu %3 được phục vụ hôm nay như người có hẹn.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="280" />
        <source>This letter was for an earlier day: %1 (%2). Ticket %3 is served today with the walk-ins.</source>
        <translation>Giấy mời này hẹn ngày trước: %1 (%2). Phiếu %3 được phục vụ hôm nay cùng người không có giấy hẹn.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="282" />
        <source>This letter was for an earlier day: %1 (%2). Ticket %3 is served today as an appointment.</source>
        <translation>Giấy mời này hẹn ngày trước: %1 (%2). Phiếu %3 được phục vụ hôm nay như người có hẹn.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="290" />
        <source>Household of %1 checked in: ticket %2.</source>
        <translation>Hộ của %1 đã đến: phiếu %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="297" />
        <source>This household already has ticket %1 (%2). Press F9 to reprint it.</source>
        <translation>Hộ này đã có phiếu %1 (%2). Nhấn F9 để in lại.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="307" />
        <source>Ticket %1: %2.</source>
        <translation>Phiếu %1: %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="320" />
        <source>Household: %1</source>
        <translation>Hộ: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="322" />
        <source>Issued %1 at %2</source>
        <translation>Phát ngày %1 lúc %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="325" />
        <source>People ahead: %1</source>
        <translation>Số người chờ trước: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="361" />
        <source>Ticket %1 is issued and kept, but the printer failed: %2. Press F9 to reprint when the printer is ready.</source>
        <translation>Phiếu %1 đã được phát và lưu lại, nhưng máy in bị lỗi: %2. Nhấn F9 để in lại khi máy in sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="372" />
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="373" />
        <source>Saved as PDF (no printer set up)</source>
        <translation>Đã lưu thành PDF (chưa cài máy in)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="374" />
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="375" />
        <source>Not printed: the printer failed. Press F9 to reprint.</source>
        <translation>Chưa in được: máy in bị lỗi. Nhấn F9 để in lại.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="384" />
        <source>printing</source>
        <translation>đang in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="384" />
        <source>printed</source>
        <translation>đã in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="385" />
        <source>FAILED</source>
        <translation>LỖI</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="400" />
        <source>Waiting now: %1 · next to be called: %2</source>
        <translation>Đang chờ: %1 · sắp được gọi: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="444" />
        <source>Waiting: %1   ·   last number: %2</source>
        <translation>Đang chờ: %1   ·   số cuối: %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../station_app/ui/app.py" line="57" />
        <location filename="../../station_app/ui/app.py" line="205" />
        <source>CCCD station</source>
        <translation>Trạm CCCD</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="85" />
        <source>Unlocking the station…</source>
        <translation>Đang mở khóa trạm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="102" />
        <source>Preparing the demo station…</source>
        <translation>Đang chuẩn bị trạm minh họa…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="108" />
        <source>Encrypting the station database…</source>
        <translation>Đang mã hóa cơ sở dữ liệu của trạm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="115" />
        <location filename="../../station_app/ui/app.py" line="124" />
        <source>Creating the station…</source>
        <translation>Đang tạo trạm…</translation>
    </message>
</context>
<context>
    <name>bring</name>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="99" />
        <source>The appointment letter (if any)</source>
        <translation>Giấy hẹn (nếu có)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="100" />
        <source>The old ID card, CMND/CCCD (if any)</source>
        <translation>CMND/CCCD cũ (nếu có)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="101" />
        <source>Papers proving the residence if the details do not match</source>
        <translation>Giấy tờ chứng minh nơi cư trú nếu thông tin chưa khớp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="103" />
        <source>Children under 14 come with a parent or guardian</source>
        <translation>Người dưới 14 tuổi đi cùng cha, mẹ hoặc người giám hộ</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="66" />
        <source>at station %1</source>
        <translation>tại trạm %1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="35" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="35" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="36" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="37" />
        <source>Personal ID (12 digits)</source>
        <translation>Số định danh cá nhân (12 số)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="38" />
        <source>Old ID (CMND, 9 digits)</source>
        <translation>Số CMND (9 số)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="39" />
        <source>Relation to head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="40" />
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="40" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="41" />
        <source>Commune</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="41" />
        <source>District</source>
        <translation>Quận/Huyện</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="42" />
        <source>Province</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="42" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="43" />
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="43" />
        <source>Card status</source>
        <translation>Tình trạng thẻ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="44" />
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="94" />
        <source>Given where none was stored: %1</source>
        <translation>Bổ sung (trước đây chưa có): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="97" />
        <source>Kept as stored (no value in the file): %1</source>
        <translation>Giữ nguyên như đã lưu (tệp không có giá trị): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="101" />
        <source>Columns not in the file (stored values kept): %1</source>
        <translation>Các cột không có trong tệp (giữ nguyên giá trị đã lưu): %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../station_app/ui/models.py" line="25" />
        <source>Needs card</source>
        <translation>Cần cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="26" />
        <source>Has valid card</source>
        <translation>Đã có thẻ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="27" />
        <source>Exempt</source>
        <translation>Miễn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="28" />
        <source>Moved away</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="29" />
        <source>Deceased</source>
        <translation>Đã mất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="35" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="36" />
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../station_app/ui/messages.py" line="21" />
        <source>Your role may not do this; the attempt was recorded.</source>
        <translation>Vai trò của bạn không được làm việc này; lần thử đã được ghi lại.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/messages.py" line="25" />
        <source>This code is not an invitation letter or ticket of this station: nothing was changed.</source>
        <translation>Mã này không phải giấy mời hay phiếu của trạm: không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/messages.py" line="28" />
        <source>No such ticket today at this station.</source>
        <translation>Hôm nay trạm không có phiếu này.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/messages.py" line="30" />
        <source>This desk is still serving a ticket: finish, return or transfer it first.</source>
        <translation>Bàn này đang phục vụ một phiếu: hãy kết thúc, trả về hàng chờ hoặc chuyển bàn trước.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/messages.py" line="33" />
        <source>That cannot be done to this ticket now (%1).</source>
        <translation>Không thể làm việc đó với phiếu này lúc này (%1).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/messages.py" line="35" />
        <source>Already collected: %1</source>
        <translation>Đã thu nhận: %1</translation>
    </message>
<message><source>'{raw}' is not a real date (day {day}, month {month}, year {year})</source><translation>'{raw}' không phải là ngày có thật (ngày {day}, tháng {month}, năm {year})</translation></message><message><source>'{text}' has no letters or digits to search for</source><translation>'{text}' không có chữ hay số nào để tìm</translation></message><message><source>'{text}' is not a date (expected dd/mm/yyyy or a year)</source><translation>'{text}' không phải là ngày (cần dạng dd/mm/yyyy hoặc một năm)</translation></message><message><source>, desk {desk}</source><translation>, bàn {desk}</translation></message><message><source>ID '{digits}' has {count} digits, expected {length}</source><translation>Số '{digits}' có {count} chữ số, cần {length} chữ số</translation></message><message><source>ID '{digits}' has {count} digits; an old ID (CMND) has 9 and only one leading zero can be missing, so it was not restored</source><translation>Số '{digits}' có {count} chữ số; số CMND có 9 chữ số và chỉ có thể mất một số 0 ở đầu, nên không khôi phục được</translation></message><message><source>ID '{digits}' has {count} digits; with its leading zeros put back ('{padded}') it does not match the resident, so it was not restored</source><translation>Số '{digits}' có {count} chữ số; thêm lại các số 0 ở đầu ('{padded}') thì không khớp với công dân, nên không khôi phục</translation></message><message><source>ID '{text}' was turned into a number in scientific notation and lost digits</source><translation>Số '{text}' đã bị bảng tính đổi sang dạng số mũ và mất chữ số</translation></message><message><source>ID digit 4 ('{digit}') says born in the {century}s, but the birth year is {year}</source><translation>Chữ số thứ 4 ('{digit}') chỉ thế kỷ sinh bắt đầu từ năm {century}, nhưng năm sinh là {year}</translation></message><message><source>ID digit 4 ('{digit}') says female, but the resident is male</source><translation>Chữ số thứ 4 ('{digit}') chỉ giới tính nữ, nhưng công dân là nam</translation></message><message><source>ID digit 4 ('{digit}') says male, but the resident is female</source><translation>Chữ số thứ 4 ('{digit}') chỉ giới tính nam, nhưng công dân là nữ</translation></message><message><source>ID digits 5-6 ('{digits}') say born in {said}, but the birth year is {year}</source><translation>Chữ số thứ 5-6 ('{digits}') chỉ năm sinh {said}, nhưng năm sinh là {year}</translation></message><message><source>ID number '{number}' has {count} digits, a personal ID has 12</source><translation>Số '{number}' có {count} chữ số, số định danh cá nhân có 12 chữ số</translation></message><message><source>ID number '{number}' must contain digits only</source><translation>Số '{number}' chỉ được gồm chữ số</translation></message><message><source>ID {number}: {problem}</source><translation>Số định danh {number}: {problem}</translation></message><message><source>a PIN is {low} to {high} digits</source><translation>Mã PIN gồm {low} đến {high} chữ số</translation></message><message><source>a correction needs to say why (the reason for correcting)</source><translation>Sửa kết quả cần ghi lý do sửa</translation></message><message><source>a new resident needs a full name</source><translation>Công dân mới cần có họ tên</translation></message><message><source>a new station database needs a station passphrase (typed, or {env})</source><translation>cơ sở dữ liệu mới của trạm cần có mật khẩu của trạm (nhập vào, hoặc biến {env})</translation></message><message><source>a quote opened in this row is never closed: the file was cut short or the quote is a mistake (lines {first}-{end} were read as one row)</source><translation>dấu ngoặc kép mở ở dòng này không được đóng: tệp bị cắt cụt hoặc dấu ngoặc bị nhầm (các dòng {first}-{end} bị đọc thành một dòng)</translation></message><message><source>a resident with ID {number} is already on the roster</source><translation>Công dân có số định danh {number} đã có trong danh sách</translation></message><message><source>an operator named '{name}' already exists</source><translation>Đã có người dùng tên '{name}'</translation></message><message><source>an operator's PIN cannot open the station database: type the station passphrase (at least {n} characters)</source><translation>mã PIN của cán bộ không mở được cơ sở dữ liệu của trạm: hãy nhập mật khẩu của trạm (ít nhất {n} ký tự)</translation></message><message><source>an operator's name is 1 to 60 characters</source><translation>Tên người dùng dài từ 1 đến 60 ký tự</translation></message><message><source>at station {station}</source><translation>tại trạm {station}</translation></message><message><source>card status '{value}' is not one of: Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất</source><translation>Tình trạng thẻ '{value}' không thuộc: Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất</translation></message><message><source>column '{column}' holds a control character ({code}): the file may be damaged</source><translation>cột '{column}' chứa ký tự điều khiển ({code}): tệp có thể bị hỏng</translation></message><message><source>date of birth ('Ngày sinh')</source><translation>ngày sinh ('Ngày sinh')</translation></message><message><source>date of birth is empty</source><translation>Thiếu ngày sinh</translation></message><message><source>date of birth {date} is not plausible</source><translation>Ngày sinh {date} không hợp lý</translation></message><message><source>full name '{name}' contains digits</source><translation>Họ tên '{name}' có chữ số</translation></message><message><source>full name ('Họ và tên')</source><translation>họ tên ('Họ và tên')</translation></message><message><source>full name is empty</source><translation>Thiếu họ tên</translation></message><message><source>gender '{value}' is not Nam/Nữ (male/female)</source><translation>Giới tính '{value}' không phải Nam/Nữ</translation></message><message><source>gender is M or F</source><translation>Giới tính phải là nam hoặc nữ</translation></message><message><source>here</source><translation>tại trạm này</translation></message><message><source>household code ('Mã hộ')</source><translation>mã hộ ('Mã hộ')</translation></message><message><source>household code is empty</source><translation>Thiếu mã hộ</translation></message><message><source>import cancelled; nothing was imported</source><translation>Đã hủy nhập; không có gì được nhập</translation></message><message><source>intake {id} was already corrected by {newer}: correct that one instead</source><translation>Kết quả {id} đã được sửa bằng {newer}: hãy sửa bản đó</translation></message><message><source>limit must be at least 1</source><translation>Số kết quả tối đa phải từ 1 trở lên</translation></message><message><source>no intake '{id}'</source><translation>Không có kết quả tiếp nhận '{id}'</translation></message><message><source>no operator with id {id}</source><translation>Không có người dùng mã {id}</translation></message><message><source>no resident '{id}' at this station</source><translation>Trạm không có công dân '{id}'</translation></message><message><source>no station database at {path} (create one with: station-app init)</source><translation>Không có dữ liệu trạm tại {path} (tạo bằng lệnh: station-app init)</translation></message><message><source>no such file: {path}</source><translation>Không có tệp: {path}</translation></message><message><source>no such household</source><translation>Không có hộ này</translation></message><message><source>no ticket '{id}'</source><translation>Không có phiếu '{id}'</translation></message><message><source>old ID (CMND) '{value}' must have 9 digits</source><translation>Số CMND '{value}' phải có 9 chữ số</translation></message><message><source>only HQ makes hq operators; this is station {station}</source><translation>Chỉ cấp trên (HQ) mới tạo được người dùng cấp trên; đây là trạm {station}</translation></message><message><source>outcome '{outcome}' needs a reason</source><translation>Kết quả '{outcome}' cần ghi lý do</translation></message><message><source>outcome must be one of {outcomes}, not '{outcome}'</source><translation>Kết quả phải là một trong {outcomes}, không phải '{outcome}'</translation></message><message><source>recording a resident already collected needs a reason</source><translation>Ghi lại cho công dân đã thu nhận cần có lý do</translation></message><message><source>role must be one of {roles}, not '{role}'</source><translation>Vai trò phải là một trong {roles}, không phải '{role}'</translation></message><message><source>same person as line {line} (household, name and birth date)</source><translation>Trùng người ở dòng {line} (cùng hộ, họ tên và ngày sinh)</translation></message><message><source>search text is empty</source><translation>Chưa nhập nội dung tìm kiếm</translation></message><message><source>the file ends inside a character of this row: it was cut short</source><translation>tệp kết thúc giữa một ký tự của dòng này: tệp bị cắt cụt</translation></message><message><source>the first operator of a station is its lead</source><translation>Người dùng đầu tiên của trạm phải là trưởng trạm</translation></message><message><source>the key file {path} cannot be read</source><translation>không đọc được tệp khóa {path}</translation></message><message><source>the key of {path} was not sealed to this HQ's key (was HQ enrolled at the station?)</source><translation>khóa của {path} không được niêm phong cho khóa của Sở này (trạm đã đăng ký Sở chưa?)</translation></message><message><source>the row has {count} cells, the header {width}: it was cut short</source><translation>dòng có {count} ô, dòng tiêu đề có {width} ô: dòng bị cắt cụt</translation></message><message><source>the station database is busy: another program (a roster import or a bundle merge?) is writing to it; nothing was changed, try again</source><translation>Cơ sở dữ liệu của trạm đang bận: một chương trình khác (nhập danh sách hoặc gộp gói đồng bộ?) đang ghi; chưa có gì thay đổi, hãy thử lại</translation></message><message><source>the station database {path} is encrypted: type the station passphrase (or set {env})</source><translation>cơ sở dữ liệu của trạm {path} đã được mã hóa: hãy nhập mật khẩu của trạm (hoặc đặt biến {env})</translation></message><message><source>the station passphrase cannot be digits only: choose words the lead remembers, at least {n} characters</source><translation>mật khẩu của trạm không được chỉ gồm chữ số: hãy chọn các từ mà trưởng trạm nhớ được, ít nhất {n} ký tự</translation></message><message><source>the station passphrase must have at least {n} characters</source><translation>mật khẩu của trạm phải có ít nhất {n} ký tự</translation></message><message><source>the station's last lead cannot be deactivated</source><translation>Không thể khóa trưởng trạm cuối cùng của trạm</translation></message><message><source>this code is neither a letter nor a ticket (nor a household code or personal ID here): nothing was changed</source><translation>Mã này không phải giấy mời cũng không phải phiếu (cũng không phải mã hộ hay số định danh ở trạm này): không có gì thay đổi</translation></message><message><source>this import would replace {count} stored values ({fields}); nothing was imported</source><translation>lần nhập này sẽ thay thế {count} giá trị đã lưu ({fields}); chưa nhập gì</translation></message><message><source>wrong station passphrase for {path}</source><translation>sai mật khẩu của trạm cho {path}</translation></message><message><source>{fact}: check it is the same person; to record again, confirm with a reason</source><translation>{fact}: hãy kiểm tra có đúng người không; muốn ghi lại, xác nhận kèm lý do</translation></message><message><source>{file} is a binary file, not a CSV or XLSX roster</source><translation>{file} là tệp nhị phân, không phải danh sách CSV hoặc XLSX</translation></message><message><source>{file} is a database, not a roster (CSV or XLSX)</source><translation>{file} là tệp cơ sở dữ liệu, không phải danh sách (CSV hoặc XLSX)</translation></message><message><source>{file} is empty</source><translation>{file} không có dữ liệu</translation></message><message><source>{file} is not UTF-8 text (line {line}); save it as CSV UTF-8 or XLSX</source><translation>{file} không phải văn bản UTF-8 (dòng {line}); hãy lưu thành CSV UTF-8 hoặc XLSX</translation></message><message><source>{file} is not a readable XLSX workbook ({reason})</source><translation>Không đọc được {file} như một bảng tính XLSX ({reason})</translation></message><message><source>{file}, line {line}: {reason}</source><translation>{file}, dòng {line}: {reason}</translation></message><message><source>{file}: broken UTF-16 text ({reason})</source><translation>{file}: văn bản UTF-16 bị lỗi ({reason})</translation></message><message><source>{file}: no column for {missing}; the headers are: {headers}</source><translation>{file}: không có cột {missing}; các cột là: {headers}</translation></message><message><source>{file}: no column of full names (such as 'Họ và tên') found</source><translation>{file}: không tìm thấy cột họ tên (ví dụ 'Họ và tên')</translation></message><message><source>{file}: the header line cannot be read ({reason})</source><translation>{file}: không đọc được dòng tiêu đề ({reason})</translation></message><message><source>{file}: the roster reader stopped unexpectedly (exit code {code})</source><translation>{file}: trình đọc danh sách dừng bất thường (mã thoát {code})</translation></message><message><source>{name} ({dob}) was already collected {where} on {when}{desk}</source><translation>{name} ({dob}) đã được thu nhận {where} lúc {when}{desk}</translation></message><message><source>{path} cannot be read as a station database: {error}</source><translation>Không đọc được {path} như dữ liệu trạm: {error}</translation></message><message><source>{path} has no key file</source><translation>{path} không có tệp khóa</translation></message><message><source>{path} has no key file ({name}) beside it</source><translation>bên cạnh {path} không có tệp khóa ({name})</translation></message><message><source>{path} is an SQLite file but not a station database</source><translation>{path} là tệp SQLite nhưng không phải dữ liệu trạm</translation></message><message><source>{path} is an empty file, not a station database</source><translation>{path} là tệp rỗng, không phải dữ liệu trạm</translation></message><message><source>{path} is not a station database (not SQLite, damaged, or encrypted and its key file {key_file} is missing)</source><translation>{path} không phải dữ liệu trạm (không phải SQLite, đã hỏng, hoặc đã mã hóa nhưng thiếu tệp khóa {key_file})</translation></message><message><source>{path} is not a station database (not SQLite, or damaged), or its key file does not open it</source><translation>{path} không phải dữ liệu trạm (không phải SQLite, hoặc đã hỏng), hoặc tệp khóa bên cạnh không mở được tệp này</translation></message><message><source>{path} is not a station key file</source><translation>{path} không phải là tệp khóa của trạm</translation></message><message><source>{path} is not encrypted yet: type a new station passphrase to encrypt it (or set {env})</source><translation>{path} chưa được mã hóa: hãy nhập mật khẩu mới của trạm để mã hóa (hoặc đặt biến {env})</translation></message><message><source>{path} is open in another program: close it, then open the station again to encrypt it</source><translation>{path} đang được mở trong một chương trình khác: hãy đóng chương trình đó rồi mở lại trạm để mã hóa</translation></message></context>
<context>
    <name>outcomes</name>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="51" />
        <source>Collected</source>
        <translation>Đã thu nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="52" />
        <source>Missing documents</source>
        <translation>Thiếu giấy tờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="53" />
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="54" />
        <source>Referred elsewhere</source>
        <translation>Chuyển nơi khác</translation>
    </message>
</context>
<context>
    <name>queues</name>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="87" />
        <source>With an appointment letter</source>
        <translation>Có giấy hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="88" />
        <source>Without an appointment letter</source>
        <translation>Không có giấy hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="89" />
        <source>Priority (elderly, disabled, pregnant women, small children)</source>
        <translation>Ưu tiên (người cao tuổi, khuyết tật, phụ nữ mang thai, trẻ nhỏ)</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../station_app/ui/signin.py" line="31" />
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="32" />
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="33" />
        <source>Station lead</source>
        <translation>Trưởng trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="34" />
        <source>Headquarters</source>
        <translation>Cấp trên (HQ)</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="53" />
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="53" />
        <source>Called</source>
        <translation>Đã gọi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="54" />
        <source>At the desk</source>
        <translation>Đang làm thủ tục</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="54" />
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="55" />
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
</context>
<context><name>QPlatformTheme</name><message><source>OK</source><translation>Đồng ý</translation></message><message><source>Save</source><translation>Lưu</translation></message><message><source>Save All</source><translation>Lưu tất cả</translation></message><message><source>Open</source><translation>Mở</translation></message><message><source>&amp;Yes</source><translation>&amp;Có</translation></message><message><source>Yes to &amp;All</source><translation>Có với &amp;tất cả</translation></message><message><source>&amp;No</source><translation>&amp;Không</translation></message><message><source>N&amp;o to All</source><translation>K&amp;hông với tất cả</translation></message><message><source>Abort</source><translation>Hủy bỏ</translation></message><message><source>Retry</source><translation>Thử lại</translation></message><message><source>Ignore</source><translation>Bỏ qua</translation></message><message><source>Close</source><translation>Đóng</translation></message><message><source>Cancel</source><translation>Hủy</translation></message><message><source>Discard</source><translation>Không lưu</translation></message><message><source>Help</source><translation>Trợ giúp</translation></message><message><source>Apply</source><translation>Áp dụng</translation></message><message><source>Reset</source><translation>Đặt lại</translation></message><message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message></context><context><name>QFileDialog</name><message><source>Look in:</source><translation>Tìm trong:</translation></message><message><source>Back</source><translation>Quay lại</translation></message><message><source>Forward</source><translation>Tiến tới</translation></message><message><source>Parent Directory</source><translation>Thư mục cha</translation></message><message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message><message><source>List View</source><translation>Dạng danh sách</translation></message><message><source>Detail View</source><translation>Dạng chi tiết</translation></message><message><source>File &amp;name:</source><translation>&amp;Tên tệp:</translation></message><message><source>Files of type:</source><translation>Loại tệp:</translation></message><message><source>&amp;Open</source><translation>&amp;Mở</translation></message><message><source>&amp;Save</source><translation>&amp;Lưu</translation></message><message><source>&amp;Choose</source><translation>&amp;Chọn</translation></message><message><source>Open</source><translation>Mở</translation></message><message><source>Save As</source><translation>Lưu thành</translation></message><message><source>Directory:</source><translation>Thư mục:</translation></message><message><source>All Files (*)</source><translation>Mọi tệp (*)</translation></message><message><source>New Folder</source><translation>Thư mục mới</translation></message><message><source>&amp;Rename</source><translation>Đổi &amp;tên</translation></message><message><source>&amp;Delete</source><translation>&amp;Xóa</translation></message><message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩ&amp;n</translation></message><message><source>&amp;New Folder</source><translation>Thư mục &amp;mới</translation></message><message><source>Recent Places</source><translation>Nơi đã mở gần đây</translation></message><message><source>My Computer</source><translation>Máy tính</translation></message><message><source>Computer</source><translation>Máy tính</translation></message><message><source>File</source><translation>Tệp</translation></message><message><source>File Folder</source><translation>Thư mục</translation></message><message><source>Folder</source><translation>Thư mục</translation></message><message><source>Drive</source><translation>Ổ đĩa</translation></message><message><source>Unknown</source><translation>Không rõ</translation></message><message><source>Sidebar</source><translation>Thanh bên</translation></message><message><source>Files</source><translation>Tệp</translation></message></context><context><name>QFileSystemModel</name><message><source>Name</source><translation>Tên</translation></message><message><source>Size</source><translation>Kích thước</translation></message><message><source>Type</source><translation>Loại</translation></message><message><source>Kind</source><translation>Loại</translation></message><message><source>Date Modified</source><translation>Ngày sửa</translation></message><message><source>My Computer</source><translation>Máy tính</translation></message><message><source>Computer</source><translation>Máy tính</translation></message></context><context><name>QLineEdit</name><message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message><message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message><message><source>Cu&amp;t</source><translation>&amp;Cắt</translation></message><message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message><message><source>&amp;Paste</source><translation>&amp;Dán</translation></message><message><source>Delete</source><translation>Xóa</translation></message><message><source>Select All</source><translation>Chọn tất cả</translation></message></context></TS>