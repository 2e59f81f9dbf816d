<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AnnounceScreen</name>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="48" />
        <source>&amp;Show</source>
        <translation>&amp;Hiện lịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="51" />
        <source>F&amp;rom</source>
        <translation>Từ n&amp;gày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="53" />
        <source>for &amp;days</source>
        <translation>&amp;số ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="61" />
        <source>Villages</source>
        <translation>Các thôn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="68" />
        <source>Announcement text</source>
        <translation>Nội dung thông báo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="69" />
        <source>&amp;Copy the text</source>
        <translation>Sao &amp;chép nội dung</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="71" />
        <source>&amp;Print…</source>
        <translation>In ra má&amp;y in…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="81" />
        <source>Villages with appointments</source>
        <translation>Thôn/tổ dân phố có lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="132" />
        <source>Copied: paste it where it is needed (Ctrl+V).</source>
        <translation>Đã sao chép: dán vào nơi cần dùng (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/announce_screen.py" line="141" />
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../../station_app/ui/backups.py" line="86" />
        <source>The station database is damaged</source>
        <translation>Cơ sở dữ liệu của trạm bị hỏng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="87" />
        <source>SQLite found damage in %1.</source>
        <translation>SQLite phát hiện hư hỏng trong %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="102" />
        <source>Database damaged: restore a backup (Backups screen)</source>
        <translation>Cơ sở dữ liệu bị hỏng: hãy khôi phục một bản sao lưu (màn hình Sao lưu)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="104" />
        <source>Backup failed: %1</source>
        <translation>Sao lưu không thành công: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="106" />
        <source>Backup: checking the database…</source>
        <translation>Sao lưu: đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="109" />
        <source>No backup yet</source>
        <translation>Chưa có bản sao lưu nào</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="111" />
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="112" />
        <source>%1 min ago</source>
        <translation>%1 phút trước</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="113" />
        <source>%1 h ago</source>
        <translation>%1 giờ trước</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="114" />
        <source>Last backup %1 in %2</source>
        <translation>Sao lưu gần nhất: %1, tại %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups.py" line="117" />
        <source> (this disk only: choose a USB stick)</source>
        <translation> (chỉ trên ổ đĩa này: hãy chọn một USB)</translation>
    </message>
</context>
<context>
    <name>BackupsScreen</name>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="46" />
        <source>the folder beside the database (this disk)</source>
        <translation>thư mục cạnh cơ sở dữ liệu (ổ đĩa này)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="47" />
        <location filename="../../station_app/ui/backups_screen.py" line="91" />
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="51" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="53" />
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="58" />
        <source>Taken</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="59" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="60" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="63" />
        <source>Restore the selected backup…</source>
        <translation>Khôi phục bản sao lưu đã chọn…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="68" />
        <source>Backups of this laptop's database</source>
        <translation>Các bản sao lưu dữ liệu của máy này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="73" />
        <source>Backup folder (a USB stick)</source>
        <translation>Thư mục sao lưu (một USB)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="76" />
        <source>newest backups kept there</source>
        <translation>bản sao lưu mới nhất được giữ lại ở đó</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="78" />
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="90" />
        <source>final bundle file, for HQ</source>
        <translation>tệp gói dữ liệu cuối cùng, gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="96" />
        <source>Write the final bundle and wipe this laptop</source>
        <translation>Xuất gói dữ liệu cuối cùng và xóa dữ liệu trên máy này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="99" />
        <source>End of the campaign</source>
        <translation>Kết thúc chiến dịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="102" />
        <source>Writes the final bundle for HQ (it records the wipe), then overwrites and removes from this laptop the station database, its backups and every letter, notice and report it wrote. Carry the bundle to HQ. This cannot be undone.</source>
        <translation>Xuất gói dữ liệu cuối cùng gửi cấp trên (có ghi nhận việc xóa), sau đó ghi đè và xóa khỏi máy này cơ sở dữ liệu của trạm, các bản sao lưu và mọi giấy mời, thông báo, báo cáo đã tạo. Hãy mang gói dữ liệu về cấp trên. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="110" />
        <location filename="../../station_app/ui/backups_screen.py" line="206" />
        <source>Final bundle</source>
        <translation>Gói dữ liệu cuối cùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="111" />
        <source>Type the station code %1</source>
        <translation>Nhập mã trạm %1 để xác nhận</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="133" />
        <source>No backup in %1 yet.</source>
        <translation>Chưa có bản sao lưu nào trong %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="135" />
        <source>%1 backups in %2; the last taken %3.</source>
        <translation>%1 bản sao lưu trong %2; bản gần nhất lúc %3.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="151" />
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="159" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="167" />
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="170" />
        <source>Backed up to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="185" />
        <source>Choose a backup in the list first.</source>
        <translation>Hãy chọn một bản sao lưu trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="188" />
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="189" />
        <source>Restore the backup taken %1? The station database as it is now is kept aside, and the program closes: start it again to work on the restored station.</source>
        <translation>Khôi phục bản sao lưu lúc %1? Cơ sở dữ liệu hiện tại của trạm được giữ riêng, và chương trình sẽ đóng lại: hãy mở lại để làm việc trên dữ liệu đã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="196" />
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="201" />
        <source>Restored. The database before is kept as %1.</source>
        <translation>Đã khôi phục. Cơ sở dữ liệu trước đó được giữ tại %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="217" />
        <source>Choose where to write the final bundle first.</source>
        <translation>Hãy chọn nơi lưu gói dữ liệu cuối cùng trước.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="220" />
        <source>Wipe this laptop</source>
        <translation>Xóa dữ liệu trên máy này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="221" />
        <source>Write the final bundle to %1, then remove every file of station %2 from this laptop? This cannot be undone.</source>
        <translation>Xuất gói dữ liệu cuối cùng vào %1, sau đó xóa mọi tệp của trạm %2 khỏi máy này? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/backups_screen.py" line="228" />
        <source>Writing the final bundle…</source>
        <translation>Đang xuất gói dữ liệu cuối cùng…</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="35" />
        <location filename="../../station_app/ui/booking_screen.py" line="66" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="36" />
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="37" />
        <location filename="../../station_app/ui/booking_screen.py" line="78" />
        <source>Booked</source>
        <translation>Đã hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="41" />
        <source>&amp;Add to the order →</source>
        <translation>Thêm &amp;vào thứ tự →</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="47" />
        <source>&amp;Up</source>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="49" />
        <source>Do&amp;wn</source>
        <translation>X&amp;uống</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="51" />
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ ra</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="53" />
        <source>&amp;Book these villages</source>
        <translation>Xếp lịch cho &amp;các thôn này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="55" />
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="60" />
        <source>Choose the villages, in the order to book them, then book them into the coming sessions' free places.</source>
        <translation>Chọn các thôn theo thứ tự cần xếp lịch, rồi xếp các hộ vào chỗ còn trống của các buổi sắp tới.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="65" />
        <location filename="../../station_app/ui/booking_screen.py" line="73" />
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="67" />
        <location filename="../../station_app/ui/booking_screen.py" line="74" />
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="68" />
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="69" />
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="70" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="75" />
        <source>Why not placed</source>
        <translation>Lý do chưa xếp được</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="79" />
        <source>Not placed</source>
        <translation>Chưa xếp được</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="87" />
        <source>Villages</source>
        <translation>Các thôn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="88" />
        <source>Booking order</source>
        <translation>Thứ tự xếp lịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="181" />
        <source>Booking…</source>
        <translation>Đang xếp lịch…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="191" />
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/booking_screen.py" line="204" />
        <source>%1 household(s) (%2 people) booked into %3 session(s); %4 not placed; %5 already booked; %6 with nobody to book.</source>
        <translation>Đã xếp lịch %1 hộ (%2 người) vào %3 buổi; %4 hộ chưa xếp được; %5 hộ đã có lịch hẹn; %6 hộ không có ai cần hẹn.</translation>
    </message>
</context>
<context>
    <name>CampaignScreen</name>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="66" />
        <source>e.g. Citizen ID campaign, autumn 2025</source>
        <translation>ví dụ: Đợt cấp CCCD mùa thu 2025</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="70" />
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="73" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="78" />
        <source>From age</source>
        <translation>Từ tuổi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="78" />
        <source>To age (empty: no limit)</source>
        <translation>Đến tuổi (để trống: không giới hạn)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="79" />
        <source>Done by (dd/mm/yyyy)</source>
        <translation>Hoàn thành trước (ngày/tháng/năm)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="86" />
        <location filename="../../station_app/ui/campaign_screen.py" line="137" />
        <source>e.g. 771797:15/06/2021; 96%:30/06/2021</source>
        <translation>ví dụ 771797:15/06/2021; 96%:30/06/2021</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="94" />
        <source>&amp;Save the campaign</source>
        <translation>&amp;Lưu đợt cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="107" />
        <source>New campaign</source>
        <translation>Đợt cấp mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="112" />
        <source>A campaign set here is the province's: it reaches every station with HQ's bundle and supersedes a station's own.</source>
        <translation>Đợt cấp đặt tại đây là của tỉnh: được gửi tới mọi trạm qua gói dữ liệu của cấp trên và thay cho đợt cấp riêng của trạm.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="114" />
        <source>The campaign comes from HQ. Until HQ's arrives, a campaign set here is this station's own; HQ's supersedes it when it comes.</source>
        <translation>Đợt cấp do cấp trên gửi về. Trong khi chưa nhận được, đợt cấp đặt tại đây là đợt cấp riêng của trạm; khi đợt cấp của cấp trên về sẽ thay cho nó.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="118" />
        <source>Campaign name</source>
        <translation>Tên đợt cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="119" />
        <location filename="../../station_app/ui/campaign_screen.py" line="128" />
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="120" />
        <source>Age-group deadlines</source>
        <translation>Hạn theo nhóm tuổi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="121" />
        <source>Milestones (people or % by a day, included)</source>
        <translation>Các mốc (số người hoặc % đến hết ngày)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="122" />
        <source>Opening days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="127" />
        <source>Campaign</source>
        <translation>Đợt cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="129" />
        <source>Set by</source>
        <translation>Do ai đặt</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="138" />
        <source>Save the &amp;milestones</source>
        <translation>Lưu các &amp;mốc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="143" />
        <source>Save the letter&amp;head</source>
        <translation>Lưu tiêu đề &amp;giấy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="145" />
        <source>Letterhead of the letters and notices</source>
        <translation>Tiêu đề giấy mời và thông báo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="148" />
        <source>Superior body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="148" />
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="148" />
        <source>Place (in the date line)</source>
        <translation>Địa danh (dòng ngày tháng)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="149" />
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="149" />
        <source>Signer's name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="162" />
        <source>Campaigns (the one in force highlighted)</source>
        <translation>Các đợt cấp (đợt đang áp dụng được tô màu)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="165" />
        <source>Milestones of the campaign chosen above (empty: none)</source>
        <translation>Các mốc của đợt cấp chọn ở trên (để trống: không có mốc)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="190" />
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="190" />
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="192" />
        <source>not given</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="203" />
        <source>HQ</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="205" />
        <source>%1, superseded by HQ's</source>
        <translation>%1, hết hiệu lực</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="210" />
        <source>every day</source>
        <translation>tất cả các ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="232" />
        <source>HQ's campaign %1 is in force at this station: a station sets a campaign of its own only before HQ's arrives.</source>
        <translation>Đợt cấp %1 của cấp trên đang áp dụng tại trạm: trạm chỉ tự đặt đợt cấp riêng khi chưa nhận được đợt cấp của cấp trên.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="254" />
        <source>Type the campaign's name.</source>
        <translation>Hãy nhập tên đợt cấp.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="256" />
        <source>Type the first and the last day of the campaign.</source>
        <translation>Hãy nhập ngày bắt đầu và ngày kết thúc của đợt cấp.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="267" />
        <source>The campaign ends before it starts.</source>
        <translation>Ngày kết thúc đợt cấp trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="275" />
        <source>Deadline row %1: give the first age and the day.</source>
        <translation>Dòng hạn %1: hãy nhập tuổi bắt đầu và ngày hạn.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="285" />
        <source>Tick at least one opening day.</source>
        <translation>Hãy chọn ít nhất một ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="303" />
        <source>Ready to save: %1 age group(s).</source>
        <translation>Sẵn sàng lưu: %1 nhóm tuổi.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="314" />
        <source>Campaign “%1” saved.</source>
        <translation>Đã lưu đợt cấp “%1”.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="331" />
        <source>%1: deadlines %2; opening days: %3.</source>
        <translation>%1: hạn %2; ngày làm việc: %3.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="349" />
        <source>Milestones saved: %1.</source>
        <translation>Đã lưu các mốc: %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="350" />
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="364" />
        <source>The issuing body, the place and the signer's title can't be empty.</source>
        <translation>Cơ quan ban hành, địa danh và chức vụ người ký không được để trống.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/campaign_screen.py" line="370" />
        <source>Letterhead saved.</source>
        <translation>Đã lưu tiêu đề giấy.</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="142" />
        <source>Import roster: confirm the changes</source>
        <translation>Nhập danh sách: xác nhận các thay đổi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="145" />
        <source>File: %1
This roster would replace %2 values the station holds. Nothing has been written yet: check them, then import or cancel.</source>
        <translation>Tệp: %1
Danh sách này sẽ thay thế %2 giá trị trạm đang lưu. Chưa có gì được ghi: hãy kiểm tra, rồi nhập hoặc hủy.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="150" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="150" />
        <source>Values replaced</source>
        <translation>Số giá trị bị thay</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="150" />
        <source>For example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="159" />
        <source>New: %1   Updated: %2   Unchanged: %3   Rejected: %4</source>
        <translation>Thêm mới: %1   Cập nhật: %2   Không đổi: %3   Bị từ chối: %4</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="164" />
        <source>Import and replace</source>
        <translation>Nhập và thay thế</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="165" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="142" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="32" />
        <location filename="../../station_app/ui/conflicts_screen.py" line="62" />
        <source>Resident</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="33" />
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="34" />
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="35" />
        <source>Collected at</source>
        <translation>Thu nhận tại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="45" />
        <source>why this intake stands (required)</source>
        <translation>lý do giữ hồ sơ này (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="47" />
        <source>Record the decision</source>
        <translation>Ghi quyết định</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="51" />
        <source>The intakes side by side: choose the one that stands</source>
        <translation>Các lần thu nhận đặt cạnh nhau: chọn lần được giữ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="55" />
        <location filename="../../station_app/ui/conflicts_screen.py" line="67" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="61" />
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="63" />
        <source>Stands</source>
        <translation>Được giữ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="64" />
        <source>Set aside</source>
        <translation>Để riêng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="65" />
        <source>Decided at</source>
        <translation>Quyết định tại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="66" />
        <source>By</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="69" />
        <source>Decisions taken</source>
        <translation>Các quyết định đã ghi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/ui/conflicts_screen.py" line="104" />
        <source>%n resident(s) collected at two stations</source>
        <translation>
            <numerusform>%n công dân được thu nhận ở hai trạm</numerusform></translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="128" />
        <source>No conflict to decide.</source>
        <translation>Không có hồ sơ trùng cần quyết định.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="133" />
        <source>Collected on</source>
        <translation>Thu nhận lúc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="134" />
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="135" />
        <source>Operator</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="138" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="140" />
        <source>Set aside by an earlier decision</source>
        <translation>Đã để riêng theo một quyết định trước</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="141" />
        <source>This intake stands</source>
        <translation>Giữ lần thu nhận này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="158" />
        <source>Choose the intake that stands.</source>
        <translation>Hãy chọn lần thu nhận được giữ.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/conflicts_screen.py" line="165" />
        <source>Recorded; the decision goes with the next bundle.</source>
        <translation>Đã ghi; quyết định sẽ đi cùng gói đồng bộ tiếp theo.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="146" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="160" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="315" />
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="147" />
        <source>Collected so far</source>
        <translation>Đã thu nhận</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="148" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="162" />
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="149" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="163" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="317" />
        <source>Percent done</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="150" />
        <source>Collected on the day</source>
        <translation>Thu nhận trong ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="151" />
        <source>Per day, last 7 days</source>
        <translation>Đạt/ngày (7 ngày qua)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="152" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="289" />
        <source>Needed per day</source>
        <translation>Cần đạt/ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="153" />
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
        <location filename="../../station_app/ui/dashboard_screen.py" line="316" />
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
        <location filename="../../station_app/ui/dashboard_screen.py" line="318" />
        <source>Per day</source>
        <translation>Đạt/ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="190" />
        <location filename="../../station_app/ui/dashboard_screen.py" line="319" />
        <source>Behind</source>
        <translation>Chậm (người)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="320" />
        <source>Days late</source>
        <translation>Chậm (ngày)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="404" />
        <source>The campaign has no deadline and no last day yet, so there is nothing to count against. Set a campaign with its age-group deadlines on the Campaign screen.</source>
        <translation>Chiến dịch chưa có thời hạn và chưa có ngày kết thúc nên chưa có gì để so sánh. Hãy đặt đợt cấp với thời hạn theo nhóm tuổi trên màn hình Đợt cấp.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="409" />
        <source>No campaign yet.

The province's campaign (its age-group deadlines) is set here at HQ on the Campaign screen; it reaches every station with HQ's bundle. Until then a station's own campaign, when its bundle brings one, is shown here.</source>
        <translation>Chưa có chiến dịch nào.

Đợt cấp của tỉnh (thời hạn theo từng nhóm tuổi) được đặt tại cấp trên, trên màn hình Đợt cấp; đợt cấp được gửi tới mọi trạm qua gói dữ liệu của cấp trên. Trong khi chưa có, đợt cấp riêng của một trạm (khi gói dữ liệu của trạm mang về) được hiển thị tại đây.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="424" />
        <source>%1 (station %2's own; set the province's on the Campaign screen)</source>
        <translation>%1 (đợt cấp riêng của trạm %2; hãy đặt đợt cấp của tỉnh trên màn hình Đợt cấp)</translation>
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
        <translation>Các thôn</translation>
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
        <location filename="../../station_app/ui/dashboard_screen.py" line="203" />
        <source>Worst first. Red: will miss a deadline at its pace so far (behind: people still to collect then).</source>
        <translation>Xếp từ chậm nhất. Tô đỏ: với tốc độ từ đầu đợt sẽ không kịp thời hạn (chậm: số người còn chưa thu nhận khi đến hạn).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="212" />
        <source>Report (PDF)</source>
        <translation>Báo cáo (PDF)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="213" />
        <source>Report (Excel)</source>
        <translation>Báo cáo (Excel)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="214" />
        <source>Not yet collected (PDF)</source>
        <translation>Danh sách chưa làm (PDF)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="215" />
        <source>Not yet collected (Excel)</source>
        <translation>Danh sách chưa làm (Excel)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="228" />
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="234" />
        <source>Open</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="236" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="279" />
        <source>People collected per day, against the rate the deadlines need</source>
        <translation>Số người được thu nhận mỗi ngày, so với mức cần đạt để kịp thời hạn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="284" />
        <source>Collected that day</source>
        <translation>Thu nhận trong ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="292" />
        <source>Average of 7 days</source>
        <translation>Bình quân 7 ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="415" />
        <source>No campaign yet.

A campaign (its deadlines per age group) comes from HQ: import HQ's bundle on the Sync screen. Before HQ's arrives, the lead can set this station's own on the Campaign screen (in Plan).</source>
        <translation>Chưa có chiến dịch nào.

Chiến dịch (thời hạn theo từng nhóm tuổi) do cấp trên gửi về: hãy nhận gói dữ liệu của cấp trên trên màn hình Đồng bộ. Trong khi chưa nhận được, trưởng trạm có thể đặt đợt cấp riêng của trạm trên màn hình Đợt cấp (trong Kế hoạch).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="427" />
        <source>Campaign %1 · %2 · figures of %3</source>
        <translation>Chiến dịch %1 · %2 · số liệu ngày %3</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="432" />
        <source>Campaign over: no report due</source>
        <translation>Chiến dịch đã kết thúc: không còn kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="434" />
        <source>Next report: %1 (deadline of ages %2), in %3 day(s)</source>
        <translation>Kỳ báo cáo tới: %1 (hạn nhóm tuổi %2), còn %3 ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="435" />
        <source>Next report: %1 (last day of the campaign), in %3 day(s)</source>
        <translation>Kỳ báo cáo tới: %1 (ngày cuối chiến dịch), còn %3 ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="452" />
        <source>Milestone %1</source>
        <translation>Mốc %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="464" />
        <source>Station %1 has sent nothing since %2: its figures are as of then.</source>
        <translation>Trạm %1 chưa gửi dữ liệu từ %2: số liệu của trạm tính đến ngày đó.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="467" />
        <source>the start</source>
        <translation>đầu chiến dịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="517" />
        <source>A file is being written: wait for it, or stop it.</source>
        <translation>Đang ghi một tệp: hãy chờ ghi xong, hoặc dừng lại.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="529" />
        <source>Writing the file…</source>
        <translation>Đang ghi tệp…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="563" />
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="573" />
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="580" />
        <source>Stopped: no file was written.</source>
        <translation>Đã dừng: không ghi tệp nào.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/dashboard_screen.py" line="582" />
        <source>The file could not be written in %1 (is the folder there, and may it be written?).</source>
        <translation>Không ghi được tệp vào %1 (thư mục có tồn tại và được phép ghi không?).</translation>
    </message>
</context>
<context>
    <name>DeliveryScreen</name>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="438" />
        <source>for example: Team 3</source>
        <translation>ví dụ: Tổ 3</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="440" />
        <source>Scan a stub (or type a household code and Enter)</source>
        <translation>Quét phiếu báo (hoặc gõ mã hộ rồi nhấn Enter)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="450" />
        <source>Stubs recorded</source>
        <translation>Phiếu báo đã ghi nhận</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="454" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="455" />
        <source>Letters</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="456" />
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="457" />
        <source>Delivered</source>
        <translation>Đã phát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="458" />
        <source>Not delivered</source>
        <translation>Chưa phát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="463" />
        <source>Stubs handed back</source>
        <translation>Phiếu báo đã nhận giấy mời gửi về</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="465" />
        <source>Delivered by (team)</source>
        <translation>Người/tổ đi phát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="466" />
        <source>Stub</source>
        <translation>Phiếu báo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="471" />
        <source>Letters of the coming sessions, per village</source>
        <translation>Giấy mời của các buổi sắp tới, theo thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="505" />
        <source>Recorded in this sitting: %1</source>
        <translation>Đã ghi nhận trong lượt này: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="530" />
        <source>First type who delivered these letters.</source>
        <translation>Hãy nhập người/tổ đã phát các giấy mời này trước.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="541" />
        <source>%1: letter %2 was already recorded as delivered by %3 on %4.</source>
        <translation>%1: giấy mời số %2 đã được ghi nhận là do %3 phát ngày %4.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="548" />
        <source>%1: letter %2 delivered by %3.</source>
        <translation>%1: giấy mời số %2 đã được %3 phát.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="194" />
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="197" />
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="198" />
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="199" />
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="200" />
        <source>Back to queue</source>
        <translation>Trả về hàng chờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="201" />
        <source>Finish</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="220" />
        <source>Transfer to desk (Ctrl+T)</source>
        <translation>Chuyển sang bàn (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="234" />
        <source>Call this number</source>
        <translation>Gọi số này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="237" />
        <source>No-show came back</source>
        <translation>Người vắng đã quay lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="252" />
        <location filename="../../station_app/ui/desk_screen.py" line="467" />
        <source>No ticket at this desk. Press F5 to call the next number.</source>
        <translation>Bàn chưa có phiếu nào. Nhấn F5 để gọi số tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="266" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="267" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="269" />
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="270" />
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="271" />
        <source>Intake</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="284" />
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="294" />
        <source>Reason or note for the outcome (needed for rejected and referred)</source>
        <translation>Lý do hoặc ghi chú (bắt buộc khi từ chối hoặc chuyển nơi khác)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="322" />
        <source>Search: name, ID, date of birth or household…</source>
        <translation>Tìm: họ tên, số định danh, ngày sinh hoặc mã hộ…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="329" />
        <source>Household members on this ticket (keys 1–4 record the selected person)</source>
        <translation>Nhân khẩu của hộ theo phiếu này (phím 1–4 ghi kết quả cho người đang chọn)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="454" />
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="458" />
        <source>Household %1 · %2 member(s)</source>
        <translation>Hộ %1 · %2 nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="463" />
        <source>No household linked: search for the person on the right.</source>
        <translation>Phiếu chưa gắn với hộ nào: tìm người đến ở khung bên phải.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="494" />
        <source>Today at desk %1: %2 collected · %3 ticket(s) finished · %4 waiting in the queues</source>
        <translation>Hôm nay tại bàn %1: đã thu nhận %2 · xong %3 phiếu · %4 người đang chờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="522" />
        <source>No outcome yet for %1: press F9 again to finish anyway.</source>
        <translation>Chưa ghi kết quả cho %1: nhấn F9 lần nữa nếu vẫn muốn kết thúc.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="543" />
        <source>Type the number of the desk to send it to, then press Ctrl+T again.</source>
        <translation>Gõ số của bàn cần chuyển đến, rồi nhấn lại Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="553" />
        <source>Nobody is waiting.</source>
        <translation>Không có ai đang chờ.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="556" />
        <location filename="../../station_app/ui/desk_screen.py" line="561" />
        <source>Called %1.</source>
        <translation>Đã gọi %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="556" />
        <source>Called %1 again.</source>
        <translation>Đã gọi lại %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="557" />
        <source>%1 did not come: marked no-show.</source>
        <translation>%1 không đến: đã ghi vắng mặt.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="558" />
        <source>%1 went back to the queue.</source>
        <translation>%1 đã trả về hàng chờ.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="559" />
        <source>%1 was sent to desk %2.</source>
        <translation>%1 đã chuyển sang bàn %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="560" />
        <source>%1 finished.</source>
        <translation>%1 đã xong.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="562" />
        <source>%1 is back in the queue.</source>
        <translation>%1 đã vào lại hàng chờ.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="590" />
        <source>Select a person first (the household list or a search result).</source>
        <translation>Hãy chọn một người trước (trong danh sách hộ hoặc kết quả tìm kiếm).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="598" />
        <source>A reason is required: type it in the note field, then press Enter.</source>
        <translation>Cần ghi lý do: gõ vào ô ghi chú rồi nhấn Enter.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="609" />
        <source>%1 is already recorded: %2.</source>
        <translation>%1 đã được ghi: %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="615" />
        <source>changed at the desk from %1 to %2</source>
        <translation>sửa tại bàn từ %1 thành %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="631" />
        <source>%1: %2 recorded.</source>
        <translation>Đã ghi kết quả cho %1: %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="672" />
        <source>Not recorded.</source>
        <translation>Chưa ghi.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="687" />
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="700" />
        <source>%1 found</source>
        <translation>Tìm thấy %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="701" />
        <source>No resident matches</source>
        <translation>Không tìm thấy nhân khẩu nào</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="703" />
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
        <location filename="../../station_app/ui/desk_screen.py" line="103" />
        <source>Already collected</source>
        <translation>Đã thu nhận trước đó</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="105" />
        <source>%1.

Check it is the same person (date of birth, ID, household). To record again anyway, give the reason.</source>
        <translation>%1.

Hãy kiểm tra có đúng là cùng một người không (ngày sinh, số định danh, hộ). Nếu vẫn ghi lại, hãy nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="109" />
        <source>Reason for recording again</source>
        <translation>Lý do ghi lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="114" />
        <source>Record anyway</source>
        <translation>Vẫn ghi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="116" />
        <source>Do not record</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="129" />
        <source>A reason is needed to record this person again.</source>
        <translation>Cần ghi lý do để ghi lại cho người này.</translation>
    </message>
</context>
<context>
    <name>EnrolFlow</name>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="310" />
        <source>Choose the identity file</source>
        <translation>Chọn tệp định danh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="311" />
        <source>Identity files (*.id);;All files (*)</source>
        <translation>Tệp định danh (*.id);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="322" />
        <source>HQ</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="322" />
        <source>station</source>
        <translation>trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="324" />
        <source>%1 %2 is already enrolled with this key.</source>
        <translation>%1 %2 đã được đăng ký với khóa này.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="327" />
        <source>Enrol %1 %2 (%3)? Compare this fingerprint with the one shown on that laptop:</source>
        <translation>Đăng ký %1 %2 (%3)? Hãy so dấu vân tay khóa này với dấu vân tay hiện trên máy đó:</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="331" />
        <source>It replaces the key enrolled for %1, fingerprint %2, which will be revoked: its bundles are refused from then on.</source>
        <translation>Khóa này thay cho khóa đã đăng ký của %1, dấu vân tay %2; khóa cũ sẽ bị thu hồi: từ đó các gói của khóa cũ bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="335" />
        <source>Replace the key</source>
        <translation>Thay khóa</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="338" />
        <source>The fingerprints match: enrol</source>
        <translation>Dấu vân tay khớp: đăng ký</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="345" />
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Đã đăng ký %1, dấu vân tay %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="41" />
        <source>New station</source>
        <translation>Tạo trạm mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="41" />
        <source>Station lead</source>
        <translation>Trưởng trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="44" />
        <source>Welcome. This laptop has no station yet. Set it up from the kit HQ wrote for it (the kit file and the password HQ read out), or enter the station by hand; then its lead, who signs in with the name and PIN below and adds the other operators.</source>
        <translation>Xin chào. Máy này chưa có trạm. Hãy thiết lập từ bộ cài đặt cấp trên đã tạo cho trạm (tệp bộ cài đặt và mật khẩu cấp trên đọc cho), hoặc tự nhập thông tin trạm; sau đó nhập trưởng trạm, người đăng nhập bằng tên và mã PIN dưới đây và thêm các cán bộ khác.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="48" />
        <source>Nobody can sign in to this station yet: enter its lead, who signs in with the name and PIN below and adds the other operators.</source>
        <translation>Trạm này chưa có ai đăng nhập được: nhập trưởng trạm — người sẽ đăng nhập bằng họ tên và mã PIN dưới đây và thêm những người dùng khác.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="54" />
        <source>e.g. Mobile station of Hòa Bình commune</source>
        <translation>ví dụ: Trạm lưu động xã Hòa Bình</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="56" />
        <source>e.g. Nguyễn Văn Hùng</source>
        <translation>ví dụ: Nguyễn Văn Hùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="58" />
        <source>4 to 12 digits</source>
        <translation>từ 4 đến 12 chữ số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="65" />
        <source>Database file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="66" />
        <source>Set up from a kit</source>
        <translation>Thiết lập từ bộ cài đặt</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="67" />
        <source>Enter the station by hand</source>
        <translation>Tự nhập thông tin trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="69" />
        <source>the .kit file HQ gave, e.g. on a USB stick</source>
        <translation>tệp .kit cấp trên gửi, ví dụ trên USB</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="70" />
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="75" />
        <source>20 digits, as HQ read them out</source>
        <translation>20 chữ số, như cấp trên đã đọc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="88" />
        <source>Kit file</source>
        <translation>Tệp bộ cài đặt</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="90" />
        <source>Kit password</source>
        <translation>Mật khẩu bộ cài đặt</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="91" />
        <source>Station code</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="92" />
        <source>Station name</source>
        <translation>Tên trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="99" />
        <source>Lead's name</source>
        <translation>Họ tên trưởng trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="100" />
        <source>Lead's PIN</source>
        <translation>Mã PIN của trưởng trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="101" />
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="121" />
        <source>The station's kit</source>
        <translation>Bộ cài đặt của trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="122" />
        <source>Station kits (*%1)</source>
        <translation>Bộ cài đặt trạm (*%1)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="130" />
        <source>Choose the kit file and type its password.</source>
        <translation>Hãy chọn tệp bộ cài đặt và gõ mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="134" />
        <location filename="../../station_app/ui/first_run.py" line="136" />
        <source>Enter a station code (letters, digits, '-') and a name.</source>
        <translation>Nhập mã trạm (chữ, số, dấu '-') và tên trạm.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="138" />
        <source>Enter the lead's name.</source>
        <translation>Nhập họ tên trưởng trạm.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="141" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Mã PIN gồm 4 đến 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="143" />
        <source>The two PINs differ.</source>
        <translation>Hai mã PIN không khớp.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/first_run.py" line="160" />
        <source>Opening the kit…</source>
        <translation>Đang mở bộ cài đặt…</translation>
    </message>
</context>
<context>
    <name>HallScreen</name>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="61" />
        <source>Make this laptop the host</source>
        <translation>Đặt máy này làm máy chủ của trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="63" />
        <source>Work on its own again</source>
        <translation>Cho máy này làm việc độc lập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="67" />
        <source>New join code</source>
        <translation>Tạo mã kết nối mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="73" />
        <source>a code for one laptop, valid 30 minutes</source>
        <translation>mỗi mã dùng cho một máy, hiệu lực 30 phút</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="77" />
        <source>Laptop</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="78" />
        <source>Joined</source>
        <translation>Kết nối lúc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="79" />
        <source>Last contact</source>
        <translation>Liên lạc gần nhất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="81" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="82" />
        <source>Removed</source>
        <translation>Đã gỡ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="82" />
        <source>Served</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="87" />
        <source>Remove the selected laptop</source>
        <translation>Gỡ máy đã chọn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="89" />
        <source>Laptops joined to this host</source>
        <translation>Các máy đã kết nối với máy chủ này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="97" />
        <source>On the other laptop: Hall network → scan, paste or type this code → Join.</source>
        <translation>Trên máy kia: Mạng nội bộ → quét, dán hoặc gõ mã này → Kết nối.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="105" />
        <source>for example: Desk 2</source>
        <translation>ví dụ: Bàn 2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="106" />
        <source>Join</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="109" />
        <source>Join the station's host</source>
        <translation>Kết nối với máy chủ của trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="111" />
        <source>Join code</source>
        <translation>Mã kết nối</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="112" />
        <source>This laptop's name</source>
        <translation>Tên của máy này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="118" />
        <source>One laptop of the station, usually the ticket table's, is its host: it gives the numbers, the calls and the display for every desk. Each other laptop joins it once with a one-time join code, keeps its own copy of the station's records, and goes on searching and recording intakes when the network drops. Only laptops that joined are served; everything on the network is encrypted. Bundles to HQ are written on the host.</source>
        <translation>Một máy của trạm, thường là máy ở bàn phát số, làm máy chủ: máy chủ cấp số thứ tự, gọi số và cung cấp màn hình hiển thị cho mọi bàn. Mỗi máy khác kết nối với máy chủ một lần bằng mã kết nối dùng một lần, giữ bản sao dữ liệu của trạm và vẫn tra cứu, ghi nhận hồ sơ khi mất mạng. Máy chủ chỉ phục vụ các máy đã kết nối; mọi dữ liệu trên mạng đều được mã hóa. Gói đồng bộ gửi về cấp trên được lập trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="156" />
        <source>This laptop is the station's host (port %1).</source>
        <translation>Máy này là máy chủ của trạm (cổng %1).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="159" />
        <source>This laptop is joined to the host at %1.</source>
        <translation>Máy này đã kết nối với máy chủ tại %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="162" />
        <source>This laptop works on its own.</source>
        <translation>Máy này đang làm việc độc lập.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="164" />
        <source>Its key: %1</source>
        <translation>Khóa của máy: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="185" />
        <source>This laptop is now the host: give each other laptop a join code.</source>
        <translation>Máy này đã là máy chủ: hãy tạo cho mỗi máy khác một mã kết nối.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="190" />
        <source>This laptop works on its own again.</source>
        <translation>Máy này đã trở lại làm việc độc lập.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="205" />
        <source>%1 is served no more.</source>
        <translation>Đã ngừng phục vụ %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hall_screen.py" line="217" />
        <source>Joined %1: numbers, calls and the display now come from the host.</source>
        <translation>Đã kết nối với %1: số thứ tự, gọi số và màn hình hiển thị nay do máy chủ cung cấp.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="42" />
        <source>Hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="43" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="44" />
        <source>Booked</source>
        <translation>Đã hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="45" />
        <source>Checked in</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="46" />
        <source>Collected</source>
        <translation>Đã thu nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="51" />
        <source>No session today.</source>
        <translation>Hôm nay không có buổi làm việc.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="55" />
        <source>What needs doing</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="61" />
        <source>Today's sessions</source>
        <translation>Các buổi làm việc hôm nay</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="129" />
        <source>Today, %1</source>
        <translation>Hôm nay, %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="158" />
        <source>Nothing else waits.</source>
        <translation>Không còn việc gì khác.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="172" />
        <source>Print the letters: %1 not printed</source>
        <translation>In giấy mời: %1 giấy chưa in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="174" />
        <source>sessions up to %1 · first: %2 %3, %4</source>
        <translation>các buổi đến ngày %1 · đầu tiên: %2 %3, %4</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="179" />
        <source>Hand out the letters: %1 printed, not delivered</source>
        <translation>Phát giấy mời: %1 giấy đã in, chưa phát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="181" />
        <source>sessions up to %1 · first: %2, session of %3</source>
        <translation>các buổi đến ngày %1 · đầu tiên: %2, buổi ngày %3</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="185" />
        <source>Send a bundle to HQ: %1 changes not at HQ for %2 days</source>
        <translation>Gửi gói đồng bộ lên cấp trên: %1 thay đổi chưa tới cấp trên đã %2 ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="189" />
        <source>No backup yet (folder %1)</source>
        <translation>Chưa có bản sao lưu nào (thư mục %1)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="191" />
        <source>Last backup %1, in %2</source>
        <translation>Sao lưu gần nhất %1, tại %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="194" />
        <source>Deadline at risk: ages %1 by %2, %3 people left, %4 needed a day, %5 achieved</source>
        <translation>Nguy cơ trễ hạn: độ tuổi %1 hạn %2, còn %3 người, cần %4 người/ngày, đạt %5</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="200" />
        <source>Conflicts between stations to decide: %1</source>
        <translation>Trường hợp trùng giữa các trạm cần quyết định: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="203" />
        <source>Joined laptops silent for %2 minutes (%1): %3</source>
        <translation>Máy đã nối mất liên lạc quá %2 phút (%1): %3</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="207" />
        <source>Stations that sent nothing for %2 days or more (%1): %3</source>
        <translation>Trạm không gửi gì từ %2 ngày trở lên (%1): %3</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="211" />
        <source>Write a bundle back to the stations that lack changes HQ holds (%1): %2</source>
        <translation>Ghi gói đồng bộ gửi lại các trạm còn thiếu thay đổi cấp trên đang giữ (%1): %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/home_screen.py" line="215" />
        <source>Communes behind their deadlines (%1; most: %2, %3 people)</source>
        <translation>Xã chậm so với hạn (%1; chậm nhất: %2, %3 người)</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="258" />
        <location filename="../../station_app/ui/roster_edit.py" line="274" />
        <source>Add household</source>
        <translation>Thêm hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="267" />
        <source>Household &amp;code</source>
        <translation>&amp;Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="268" />
        <source>&amp;Village</source>
        <translation>&amp;Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="269" />
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="270" />
        <source>&amp;Head of household</source>
        <translation>&amp;Chủ hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="271" />
        <source>&amp;Phone</source>
        <translation>Số điện t&amp;hoại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="274" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>HqScreen</name>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="40" />
        <source>campaign</source>
        <translation>đợt cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="41" />
        <source>campaign deadline</source>
        <translation>thời hạn của đợt cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="42" />
        <source>operator</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="43" />
        <source>intake</source>
        <translation>kết quả tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="44" />
        <source>resident</source>
        <translation>công dân</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="45" />
        <source>household</source>
        <translation>hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="46" />
        <source>village or commune</source>
        <translation>thôn hoặc xã</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="47" />
        <source>session</source>
        <translation>buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="48" />
        <source>appointment</source>
        <translation>lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="49" />
        <source>letter</source>
        <translation>giấy mời</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="50" />
        <source>ticket</source>
        <translation>phiếu thứ tự</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="63" />
        <source>Code</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="64" />
        <source>Station name</source>
        <translation>Tên trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="65" />
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="66" />
        <source>Last bundle received</source>
        <translation>Gói nhận gần nhất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="67" />
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="68" />
        <source>Changes not yet at the station</source>
        <translation>Thay đổi chưa tới trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="70" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="71" />
        <source>revoked %1</source>
        <translation>thu hồi %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="72" />
        <source>enrolled %1</source>
        <translation>đăng ký %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="76" />
        <source>Enrol a station…</source>
        <translation>Đăng ký trạm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="77" />
        <source>Revoke the selected station…</source>
        <translation>Thu hồi trạm đã chọn…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="79" />
        <source>Write HQ's identity file…</source>
        <translation>Ghi tệp định danh của cấp trên…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="81" />
        <source>Write a bundle for each station…</source>
        <translation>Ghi gói đồng bộ cho từng trạm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="89" />
        <source>Stations</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="95" />
        <source>Changes not yet at the station: changes HQ holds (from HQ or from the other stations) that the station has not confirmed receiving. They go out in the next "Write a bundle for each station"; the station confirms them with the bundle it sends back.</source>
        <translation>Thay đổi chưa tới trạm: những thay đổi cấp trên đang giữ (của cấp trên hoặc của các trạm khác) mà trạm chưa xác nhận đã nhận. Chúng được gửi đi trong lần "Ghi gói đồng bộ cho từng trạm" tới; trạm xác nhận bằng gói đồng bộ trạm gửi lên.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="107" />
        <source>Bundles from the stations</source>
        <translation>Gói đồng bộ từ các trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="111" />
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="112" />
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="113" />
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="114" />
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="115" />
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="118" />
        <source>Set aside from the stations' bundles</source>
        <translation>Để riêng từ gói dữ liệu của các trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="163" />
        <source>Select an enrolled station first.</source>
        <translation>Hãy chọn một trạm đã đăng ký trước.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="166" />
        <source>Revoke %1 (%2), fingerprint %3? Its bundles are refused from then on; a revoked key is never enrolled again.</source>
        <translation>Thu hồi %1 (%2), dấu vân tay %3? Từ đó các gói của trạm bị từ chối; khóa đã thu hồi không bao giờ được đăng ký lại.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="169" />
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="175" />
        <source>Revoked %1.</source>
        <translation>Đã thu hồi %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="189" />
        <source>Where to write HQ's identity file</source>
        <translation>Nơi ghi tệp định danh của cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="196" />
        <source>Wrote %1. Each station enrols it and compares the fingerprint %2.</source>
        <translation>Đã ghi %1. Mỗi trạm đăng ký tệp này và so dấu vân tay %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="201" />
        <source>Where to write the stations' bundles</source>
        <translation>Nơi ghi gói đồng bộ của các trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/hq_screen.py" line="206" />
        <source>Writing the bundles…</source>
        <translation>Đang ghi các gói đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/ui/hq_screen.py" line="210" />
        <source>Wrote %n bundle(s) into %1: %2.</source>
        <translation>
            <numerusform>Đã ghi %n gói đồng bộ vào %1: %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="185" />
        <source>Import a bundle…</source>
        <translation>Nhập một gói đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="186" />
        <source>Import every bundle of a folder…</source>
        <translation>Nhập mọi gói đồng bộ trong một thư mục…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="190" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="195" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="196" />
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="197" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="198" />
        <source>Changes</source>
        <translation>Số thay đổi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="199" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="224" />
        <source>Choose a bundle</source>
        <translation>Chọn gói đồng bộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="226" />
        <source>Sync bundles (*.bundle);;All files (*)</source>
        <translation>Gói đồng bộ (*.bundle);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="232" />
        <source>Choose the folder of the bundles</source>
        <translation>Chọn thư mục chứa các gói đồng bộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="243" />
        <source>There is no bundle (*.bundle) in %1.</source>
        <translation>Không có gói đồng bộ (*.bundle) nào trong %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/ui/sync_screen.py" line="253" />
        <source>Importing %n bundle(s)…</source>
        <translation>
            <numerusform>Đang nhập %n gói đồng bộ…</numerusform></translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="273" />
        <source>Received %1, already received %2, refused %3, not imported %4.</source>
        <translation>Đã nhận %1, đã nhận trước đó %2, bị từ chối %3, chưa nhập %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/ui/sync_screen.py" line="278" />
        <source>%n resident(s) collected at two stations: see Conflicts.</source>
        <translation>
            <numerusform>%n công dân được thu nhận ở hai trạm: xem mục Trùng hồ sơ.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/ui/sync_screen.py" line="282" />
        <source>%n record(s) set aside, which a station may not make: see “Set aside from the stations' bundles” on this screen.</source>
        <translation>
            <numerusform>%n bản ghi được để riêng vì trạm không được tạo: xem mục “Để riêng từ gói dữ liệu của các trạm” trên màn hình này.</numerusform></translation>
    </message>
</context>
<context>
    <name>KitsScreen</name>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="43" />
        <source>Write the kit…</source>
        <translation>Tạo bộ cài đặt…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="54" />
        <source>A kit for a new station</source>
        <translation>Bộ cài đặt cho trạm mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="57" />
        <source>The kit is one file that sets up a new station laptop: its code and name, HQ's identity, the campaign and the roster of the villages it serves (none ticked: all villages). It is encrypted with a password shown once here: read it to the station lead over the phone, never on the same stick. Valid 14 days.</source>
        <translation>Bộ cài đặt là một tệp để thiết lập máy của trạm mới: mã và tên trạm, định danh của cấp trên, đợt cấp và danh sách dân cư của các thôn trạm phụ trách (không chọn thôn nào: tất cả các thôn). Tệp được mã hóa bằng mật khẩu chỉ hiện một lần tại đây: đọc cho trưởng trạm qua điện thoại, không bao giờ để chung USB. Hiệu lực 14 ngày.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="63" />
        <source>Station code</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="64" />
        <location filename="../../station_app/ui/kits_screen.py" line="72" />
        <source>Station name</source>
        <translation>Tên trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="65" />
        <source>Villages it serves</source>
        <translation>Các thôn phụ trách</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="71" />
        <source>Code</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="73" />
        <source>Villages</source>
        <translation>Các thôn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="74" />
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="91" />
        <source>used %1</source>
        <translation>đã dùng lúc %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="75" />
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="40" />
        <source>e.g. Mobile station of Hoa Binh commune</source>
        <translation>ví dụ: Trạm lưu động xã Hòa Bình</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="76" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="77" />
        <source>Laptop it set up</source>
        <translation>Máy đã thiết lập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="79" />
        <source>Kits written</source>
        <translation>Các bộ cài đặt đã tạo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="92" />
        <source>expired</source>
        <translation>hết hạn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="93" />
        <source>waiting for its first bundle</source>
        <translation>đang chờ gói đồng bộ đầu tiên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="133" />
        <source>Enter the station's code and name first.</source>
        <translation>Hãy nhập mã và tên trạm trước.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="136" />
        <source>Where to write the kit</source>
        <translation>Lưu bộ cài đặt vào đâu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="137" />
        <source>Station kits (*%1)</source>
        <translation>Bộ cài đặt trạm (*%1)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="146" />
        <source>Writing the kit…</source>
        <translation>Đang tạo bộ cài đặt…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/kits_screen.py" line="151" />
        <source>Wrote %1 for %2: %3 residents. Its password, shown only now: read it to the station lead over the phone; it opens the kit until %4.</source>
        <translation>Đã tạo %1 cho %2: %3 người dân. Mật khẩu của bộ cài đặt, chỉ hiện lúc này: đọc cho trưởng trạm qua điện thoại; mật khẩu mở được bộ cài đặt đến %4.</translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="130" />
        <source>V&amp;illages</source>
        <translation>Theo thôn/tổ dân &amp;phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="131" />
        <source>O&amp;ne session</source>
        <translation>Theo một &amp;buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="138" />
        <source>Villages</source>
        <translation>Các thôn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="142" />
        <location filename="../../station_app/ui/letters_screen.py" line="178" />
        <source>Session</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="145" />
        <source>A5 (one letter per A5 sheet)</source>
        <translation>A5 (mỗi tờ A5 một giấy mời)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="146" />
        <source>A4 (the A5 letter centred on A4)</source>
        <translation>A4 (giấy mời khổ A5 đặt giữa tờ A4)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="148" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="153" />
        <source>&amp;Write the letters</source>
        <translation>&amp;In giấy mời ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="156" />
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="163" />
        <source>&amp;Open the PDF</source>
        <translation>&amp;Mở tệp PDF</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="165" />
        <source>&amp;Print…</source>
        <translation>In ra má&amp;y in…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="170" />
        <source>Letters to write</source>
        <translation>Giấy mời cần in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="179" />
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="180" />
        <source>Save as</source>
        <translation>Lưu vào</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="194" />
        <source>The first pages appear here once the letters are written.</source>
        <translation>Các trang đầu sẽ hiện ở đây sau khi in xong giấy mời.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="252" />
        <source>%1 (%2 letters, %3 printed)</source>
        <translation>%1 (%2 giấy mời, đã in %3)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="253" />
        <source>%1 (%2 letters)</source>
        <translation>%1 (%2 giấy mời)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="271" />
        <source>%1 %2–%3, %4 (%5 households)</source>
        <translation>%1 %2–%3, %4 (%5 hộ)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="311" />
        <source>Save the letters as</source>
        <translation>Lưu giấy mời vào tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="312" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="331" />
        <source>Tick the villages (Space) or choose a session first.</source>
        <translation>Hãy đánh dấu thôn/tổ dân phố (phím cách) hoặc chọn một buổi làm việc trước.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="336" />
        <source>Say where to save the letters.</source>
        <translation>Hãy chọn nơi lưu tệp giấy mời.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="352" />
        <source>Writing the letters…</source>
        <translation>Đang in giấy mời ra tệp…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="364" />
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="371" />
        <source>%1 letters written (%2) to %3.</source>
        <translation>Đã in %1 giấy mời (khổ %2) vào tệp %3.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="374" />
        <source>The first %1 of %2 pages:</source>
        <translation>%1 trang đầu trong tổng số %2 trang:</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="392" />
        <source>Stopped: no letter was written, nothing changed.</source>
        <translation>Đã dừng: chưa in giấy mời nào, không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="395" />
        <source>The file could not be written (is the folder there, and may it be written?): %1</source>
        <translation>Không ghi được tệp (thư mục có tồn tại và được phép ghi không?): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="420" />
        <source>Sending the letters to the printer…</source>
        <translation>Đang gửi giấy mời tới máy in…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/letters_screen.py" line="425" />
        <source>%1 pages sent to the printer.</source>
        <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="207" />
        <location filename="../../station_app/ui/main_window.py" line="232" />
        <source>Roster</source>
        <translation>Danh sách dân cư</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="204" />
        <source>Tickets</source>
        <translation>Phát số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="206" />
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="201" />
        <source>Dashboard</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="210" />
        <source>Campaign</source>
        <translation>Đợt cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="212" />
        <source>Sessions</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="196" />
        <location filename="../../station_app/ui/main_window.py" line="216" />
        <source>Booking</source>
        <translation>Xếp lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="218" />
        <source>Move a session</source>
        <translation>Dời buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="197" />
        <location filename="../../station_app/ui/main_window.py" line="222" />
        <source>Letters</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="224" />
        <source>Delivery</source>
        <translation>Phát giấy mời</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="220" />
        <source>Announcements</source>
        <translation>Thông báo loa</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="197" />
        <location filename="../../station_app/ui/main_window.py" line="227" />
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="229" />
        <source>Conflicts</source>
        <translation>Trùng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="228" />
        <source>HQ</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="195" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="195" />
        <source>Floor</source>
        <translation>Tiếp dân</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="196" />
        <location filename="../../station_app/ui/main_window.py" line="215" />
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="198" />
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="200" />
        <source>Home</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="240" />
        <source>Station kits</source>
        <translation>Bộ cài đặt trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="234" />
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="237" />
        <source>Hall network</source>
        <translation>Mạng nội bộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="242" />
        <source>Operators</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="322" />
        <source>CCCD station – %1 (%2)</source>
        <translation>Trạm cấp CCCD – %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="589" />
        <source>WITHOUT THE HOST: numbers and calls wait for it; searches and intakes are kept here</source>
        <translation>MẤT KẾT NỐI MÁY CHỦ: cấp số và gọi số phải chờ; tra cứu và ghi nhận hồ sơ vẫn lưu trên máy này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="593" />
        <source>Joined to the host</source>
        <translation>Đã kết nối máy chủ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="596" />
        <source>Host · laptops joined: %1</source>
        <translation>Máy chủ · số máy đã kết nối: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="617" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="619" />
        <source>&amp;Import roster…</source>
        <translation>&amp;Nhập danh sách dân cư…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="624" />
        <source>&amp;Settings of this laptop…</source>
        <translation>&amp;Cài đặt máy này…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="628" />
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="632" />
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="635" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="639" />
        <source>&amp;Find resident</source>
        <translation>&amp;Tìm công dân</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="644" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="645" />
        <source>Now-serving &amp;display</source>
        <translation>Màn hình &amp;gọi số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="650" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="688" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="689" />
        <source>Ticket %1 is still at this desk. Quit anyway? (The desk finds it again when the program starts.)</source>
        <translation>Phiếu %1 vẫn đang ở bàn này. Vẫn thoát? (Khi mở lại chương trình, bàn sẽ thấy lại phiếu này.)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="716" />
        <source>Not allowed</source>
        <translation>Không được phép</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="717" />
        <source>Your role may not import the roster.</source>
        <translation>Vai trò của bạn không được nhập danh sách dân cư.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="64" />
        <source>Import roster: check the columns</source>
        <translation>Nhập danh sách: kiểm tra các cột</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="66" />
        <source>File: %1
The columns were matched to these fields. Columns not listed are ignored.</source>
        <translation>Tệp: %1
Các cột đã được ghép với những trường sau. Cột không có trong danh sách sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="69" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="69" />
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="75" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MoveScreen</name>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="58" />
        <source>Move it to a new day, place or hours</source>
        <translation>Dời sang ngày, địa điểm hoặc giờ khác</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="60" />
        <source>Spread its appointments over the later sessions (it is cancelled)</source>
        <translation>Chia các lịch hẹn sang các buổi sau (buổi này bị hủy)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="66" />
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="78" />
        <source>New day, place and hours</source>
        <translation>Ngày, địa điểm và giờ mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="80" />
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="81" />
        <location filename="../../station_app/ui/move_screen.py" line="130" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="82" />
        <source>Hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="85" />
        <source>e.g. scheduled power cut (printed on the notices)</source>
        <translation>ví dụ: cắt điện theo lịch (in trên thông báo)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="88" />
        <source>&amp;Move and write the notices</source>
        <translation>&amp;Dời lịch và in thông báo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="92" />
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="97" />
        <source>&amp;Write the notices again</source>
        <translation>&amp;In lại thông báo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="100" />
        <source>&amp;Open the notices</source>
        <translation>&amp;Mở tệp thông báo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="106" />
        <source>Move a session</source>
        <translation>Dời buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="108" />
        <source>Session</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="112" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="113" />
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="121" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="122" />
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="123" />
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="124" />
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="125" />
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="126" />
        <source>Was</source>
        <translation>Lịch cũ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="128" />
        <source>Now</source>
        <translation>Lịch mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="137" />
        <source>Households to tell</source>
        <translation>Các hộ cần báo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="174" />
        <source>%1 %2–%3 · %5 booked · %4</source>
        <translation>%1 %2–%3 · đã hẹn %5 · %4</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="230" />
        <source>%1: %2 household(s)</source>
        <translation>%1: %2 hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="234" />
        <source>Moved. Nobody was booked on it: no notice to write.</source>
        <translation>Đã dời lịch. Buổi này chưa có ai được hẹn: không cần in thông báo.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="239" />
        <source>Moved: %1 household(s) to tell. Writing the notices…</source>
        <translation>Đã dời lịch: %1 hộ cần báo. Đang in thông báo…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="275" />
        <source>%1 notice(s) written: %2</source>
        <translation>Đã in %1 thông báo: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/move_screen.py" line="282" />
        <source>The notices could not be written in %1 (is the folder there, and may it be written?).</source>
        <translation>Không ghi được thông báo vào %1 (thư mục có tồn tại và có được phép ghi không?).</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../station_app/ui/main_window.py" line="299" />
        <source>Alt+number: a group · Ctrl+Tab: the next screen</source>
        <translation>Alt+số: chọn nhóm · Ctrl+Tab: màn hình kế tiếp</translation>
    </message>
</context>
<context>
    <name>OperatorsScreen</name>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="31" />
        <location filename="../../station_app/ui/operators_screen.py" line="59" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="32" />
        <location filename="../../station_app/ui/operators_screen.py" line="60" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="33" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="34" />
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="34" />
        <source>Deactivated</source>
        <translation>Đã ngừng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="38" />
        <source>Deactivate the selected operator</source>
        <translation>Ngừng người dùng đã chọn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="49" />
        <source>4 to 12 digits</source>
        <translation>từ 4 đến 12 chữ số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="51" />
        <source>Add operator</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="57" />
        <source>New operator</source>
        <translation>Người dùng mới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="61" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="62" />
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="90" />
        <source>The two PINs differ.</source>
        <translation>Hai mã PIN không khớp.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/operators_screen.py" line="97" />
        <source>%1 can now sign in.</source>
        <translation>%1 đã có thể đăng nhập.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="40" />
        <location filename="../../station_app/ui/passphrase.py" line="70" />
        <source>Station passphrase</source>
        <translation>Mật khẩu của trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="40" />
        <location filename="../../station_app/ui/passphrase.py" line="70" />
        <source>HQ passphrase</source>
        <translation>Mật khẩu của cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="44" />
        <source>Choose the station passphrase. The station lead types it once each time the app starts; without it the database on this laptop cannot be read if the laptop is lost or stolen. Use at least 10 characters, words rather than digits: an operator's PIN is not enough. If it is forgotten, HQ can open the database again.</source>
        <translation>Đặt mật khẩu của trạm. Trưởng trạm nhập mật khẩu này một lần mỗi khi mở ứng dụng; nếu máy bị mất hoặc bị lấy cắp, không ai đọc được dữ liệu trên máy khi không có mật khẩu. Dùng ít nhất 10 ký tự, nên là các từ ngữ thay vì chữ số: mã PIN của cán bộ là không đủ. Nếu quên mật khẩu, Sở có thể mở lại cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="51" />
        <source>HQ's database is encrypted. HQ's staff type HQ's passphrase (not a PIN) to open it. Nobody can open it without this passphrase, not even from a backup.</source>
        <translation>Dữ liệu của cấp trên được mã hóa. Cán bộ cấp trên nhập mật khẩu của cấp trên (không phải mã PIN) để mở. Không ai mở được dữ liệu này nếu không có mật khẩu, kể cả từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="55" />
        <source>The station database is encrypted. The station lead types the station passphrase (not a PIN) to open it.</source>
        <translation>Cơ sở dữ liệu của trạm đã được mã hóa. Trưởng trạm nhập mật khẩu của trạm (không phải mã PIN) để mở.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="69" />
        <source>Database file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="73" />
        <source>Passphrase again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="88" />
        <source>The two passphrases differ.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/passphrase.py" line="91" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="43" />
        <location filename="../../station_app/ui/plan_screen.py" line="47" />
        <source>measured</source>
        <translation>theo số liệu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="48" />
        <source>&amp;Recompute</source>
        <translation>Tính &amp;lại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="50" />
        <source>&amp;Accept the proposal: create the sessions and book</source>
        <translation>&amp;Đồng ý đề xuất: tạo các buổi và xếp lịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="52" />
        <source>&amp;Omit the chosen proposed day</source>
        <translation>&amp;Bỏ ngày đề xuất đã chọn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="58" />
        <location filename="../../station_app/ui/plan_screen.py" line="81" />
        <source>Deadline or milestone</source>
        <translation>Thời hạn hoặc mốc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="59" />
        <location filename="../../station_app/ui/plan_screen.py" line="82" />
        <source>By (included)</source>
        <translation>Đến hết ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="60" />
        <source>Still to collect</source>
        <translation>Còn phải thu nhận</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="61" />
        <source>Capacity planned</source>
        <translation>Sức chứa đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="62" />
        <location filename="../../station_app/ui/plan_screen.py" line="75" />
        <source>Expected</source>
        <translation>Dự kiến thu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="63" />
        <location filename="../../station_app/ui/plan_screen.py" line="83" />
        <source>Shortfall</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="64" />
        <source>Days to add</source>
        <translation>Số ngày cần thêm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="66" />
        <location filename="../../station_app/ui/plan_screen.py" line="84" />
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="70" />
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="71" />
        <source>Sessions</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="71" />
        <source>proposed</source>
        <translation>đề xuất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="72" />
        <source>planned</source>
        <translation>đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="73" />
        <source>Hours and place</source>
        <translation>Giờ và địa điểm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="74" />
        <source>Capacity</source>
        <translation>Sức chứa</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="76" />
        <source>Villages to book</source>
        <translation>Thôn sẽ xếp lịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="80" />
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="91" />
        <source>Desks</source>
        <translation>Số bàn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="92" />
        <source>Show-up rate</source>
        <translation>Tỷ lệ đến</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="101" />
        <source>Deadlines and milestones</source>
        <translation>Thời hạn và các mốc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="104" />
        <source>The days ahead: sessions planned, and those proposed (in green)</source>
        <translation>Các ngày tới: buổi đã lên lịch và buổi đề xuất (màu xanh)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="109" />
        <source>Stations that can't meet a deadline with the sessions they planned</source>
        <translation>Các trạm không kịp thời hạn với các buổi đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="128" />
        <source>Milestone %1</source>
        <translation>Mốc %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="129" />
        <source>Ages %1</source>
        <translation>Nhóm tuổi %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="133" />
        <source>cannot fit: missing %1</source>
        <translation>không đủ: còn thiếu %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="136" />
        <source>cannot fit at every station</source>
        <translation>có trạm không đủ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="138" />
        <source>fits with the proposal</source>
        <translation>đủ nếu thêm các buổi đề xuất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="139" />
        <source>fits</source>
        <translation>đủ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="160" />
        <source>Nothing to plan for yet: no campaign, or one with no deadline and no last day (see the Campaign screen).</source>
        <translation>Chưa có gì để lập kế hoạch: chưa có đợt cấp, hoặc đợt cấp chưa có thời hạn và ngày kết thúc (xem màn hình Đợt cấp).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="180" />
        <source>%1, %2: %3 still to collect. %4 desk(s); %5 % of the people invited come and are collected (%6); a day the plan proposes (%7) takes %8 people, %9 expected.</source>
        <translation>%1, ngày %2: còn %3 người phải thu nhận. %4 bàn; %5 % số người được mời đến và được thu nhận (%6); một ngày theo đề xuất (%7) nhận %8 người, dự kiến thu %9.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="186" />
        <source>measured on %1 people</source>
        <translation>tính trên %1 người đã mời</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="188" />
        <source>default: too few people invited yet</source>
        <translation>mặc định: chưa mời đủ người để tính</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="212" />
        <source>Choose a proposed day in the list first.</source>
        <translation>Hãy chọn một ngày đề xuất trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="217" />
        <source>%1 left out of the proposal.</source>
        <translation>Đã bỏ ngày %1 khỏi đề xuất.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="222" />
        <source>%1, %2: %3 still to collect across %4 station(s).</source>
        <translation>%1, ngày %2: còn %3 người phải thu nhận ở %4 trạm.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="247" />
        <source>Could lend: %1</source>
        <translation>Có thể hỗ trợ: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="248" />
        <source>%1 (%2 spare, %3 free days)</source>
        <translation>%1 (dư %2 người, %3 ngày trống)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="252" />
        <source>Villages no station serves yet: %1</source>
        <translation>Thôn chưa có trạm phụ trách: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/plan_screen.py" line="266" />
        <source>%1 session(s) created, %2 household(s) booked: their letters are ready on the Letters screen.</source>
        <translation>Đã tạo %1 buổi, xếp lịch %2 hộ: giấy mời sẵn sàng ở màn hình Giấy mời.</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="95" />
        <source>Correct resident</source>
        <translation>Sửa thông tin nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="96" />
        <location filename="../../station_app/ui/roster_edit.py" line="141" />
        <source>Add resident</source>
        <translation>Thêm nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="104" />
        <source>dd/mm/yyyy, or the year only</source>
        <translation>dd/mm/yyyy, hoặc chỉ năm sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="107" />
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="112" />
        <source>9 digits, if any</source>
        <translation>9 chữ số, nếu có</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="114" />
        <source>household code; a new code moves the resident</source>
        <translation>mã hộ; nhập mã hộ khác để chuyển nhân khẩu sang hộ đó</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="121" />
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="122" />
        <source>&amp;Gender</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="123" />
        <source>&amp;Date of birth</source>
        <translation>&amp;Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="124" />
        <source>&amp;Personal ID</source>
        <translation>Số định &amp;danh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="126" />
        <source>&amp;Old ID (CMND)</source>
        <translation>Số CMND &amp;cũ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="127" />
        <source>&amp;Household</source>
        <translation>&amp;Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="128" />
        <source>&amp;Relation to the head</source>
        <translation>&amp;Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="129" />
        <source>Card &amp;status</source>
        <translation>&amp;Tình trạng thẻ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="133" />
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="133" />
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="133" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="133" />
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="134" />
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="136" />
        <source>History of this resident</source>
        <translation>Lịch sử chỉnh sửa của nhân khẩu này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="140" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="141" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="193" />
        <source>No personal ID</source>
        <translation>Chưa có số định danh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="205" />
        <source>Province code %1: %2</source>
        <translation>Mã tỉnh %1: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="207" />
        <source>Century and gender digit %1: %2, born %3–%4</source>
        <translation>Chữ số thế kỷ và giới tính %1: %2, sinh trong các năm %3–%4</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="210" />
        <source>Birth year digits %1: %2</source>
        <translation>Hai chữ số năm sinh %1: năm %2</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <location filename="../../station_app/ui/models.py" line="54" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="54" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="54" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="55" />
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="55" />
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="55" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="56" />
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="56" />
        <source>Card status</source>
        <translation>Tình trạng thẻ</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="109" />
        <source>Roster imported</source>
        <translation>Đã nhập danh sách</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="112" />
        <source>Imported: %1   Updated: %2   Unchanged: %3   Rejected: %4</source>
        <translation>Đã nhập: %1   Cập nhật: %2   Không đổi: %3   Bị từ chối: %4</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="115" />
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="115" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="119" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="196" />
        <source>Choose a roster file</source>
        <translation>Chọn tệp danh sách dân cư</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="197" />
        <source>Rosters (*.csv *.txt *.xlsx)</source>
        <translation>Danh sách (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="204" />
        <source>Cannot import</source>
        <translation>Không thể nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="216" />
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="217" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="239" />
        <source>Import stopped</source>
        <translation>Đã dừng nhập</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="240" />
        <source>Nothing was imported.</source>
        <translation>Không có dữ liệu nào được nhập.</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="43" />
        <source>Search by name, personal ID, date of birth or household code…</source>
        <translation>Tìm theo họ tên, số định danh, ngày sinh hoặc mã hộ…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="46" />
        <source>Import roster…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="50" />
        <source>&amp;Edit resident…</source>
        <translation>&amp;Sửa nhân khẩu…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="52" />
        <source>Add &amp;resident…</source>
        <translation>Thêm nhân &amp;khẩu…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="54" />
        <source>Add house&amp;hold…</source>
        <translation>Thêm &amp;hộ gia đình…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="100" />
        <source>%1 resident(s) on the roster</source>
        <translation>%1 nhân khẩu trong danh sách</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="122" />
        <source>%1 resident(s) found, best first</source>
        <translation>Tìm thấy %1 nhân khẩu, phù hợp nhất trước</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="114" />
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_screen.py" line="125" />
        <source>No resident matches</source>
        <translation>Không tìm thấy nhân khẩu nào</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="51" />
        <source>%1 × %2 people</source>
        <translation>%1 × %2 người</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="53" />
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="54" />
        <source>Hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="55" />
        <location filename="../../station_app/ui/sessions_screen.py" line="109" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="56" />
        <source>Slots</source>
        <translation>Khung giờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="58" />
        <source>Places</source>
        <translation>Số chỗ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="59" />
        <source>Booked</source>
        <translation>Đã hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="60" />
        <source>Free</source>
        <translation>Còn trống</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="64" />
        <source>&amp;Cancel the selected session</source>
        <translation>&amp;Hủy buổi đã chọn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="70" />
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="72" />
        <source> day(s)</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="73" />
        <source>One day</source>
        <translation>Một ngày</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="75" />
        <source>A week</source>
        <translation>Một tuần</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="83" />
        <source>e.g. Commune People's Committee hall</source>
        <translation>ví dụ: Hội trường UBND xã</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="85" />
        <source>One session for each range, separated by commas</source>
        <translation>Mỗi khoảng giờ là một buổi, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="87" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="90" />
        <source>C&amp;reate the sessions</source>
        <translation>Tạo các &amp;buổi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="105" />
        <source>Plan sessions</source>
        <translation>Lập lịch buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="107" />
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="108" />
        <source>For</source>
        <translation>Trong</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="110" />
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="111" />
        <source>Slot length</source>
        <translation>Thời lượng mỗi khung giờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="112" />
        <source>People per slot</source>
        <translation>Số người mỗi khung giờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="113" />
        <source>Campaign</source>
        <translation>Đợt cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="119" />
        <source>Coming sessions</source>
        <translation>Các buổi sắp tới</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="155" />
        <source>%1 session(s) on %2 day(s); %3 of %4 places booked</source>
        <translation>%1 buổi trong %2 ngày; đã hẹn %3 trên %4 chỗ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="163" />
        <source>(no campaign)</source>
        <translation>(không thuộc đợt cấp)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="201" />
        <source>Type the place of the sessions.</source>
        <translation>Hãy nhập địa điểm của các buổi.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="207" />
        <source>No opening day in these days.</source>
        <translation>Không có ngày làm việc nào trong những ngày này.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="209" />
        <source>%1 session(s) on %2 day(s), %3 to %4, will be created.</source>
        <translation>Sẽ tạo %1 buổi trong %2 ngày, từ %3 đến %4.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="225" />
        <source>%1 session(s) created, %2 to %3.</source>
        <translation>Đã tạo %1 buổi, từ %2 đến %3.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="243" />
        <source>Choose a session in the list first.</source>
        <translation>Hãy chọn một buổi trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sessions_screen.py" line="248" />
        <source>The session of %1 is cancelled.</source>
        <translation>Đã hủy buổi %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../station_app/ui/settings.py" line="83" />
        <source>Settings of this laptop</source>
        <translation>Cài đặt máy này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="85" />
        <source>No printer: save each ticket as a PDF</source>
        <translation>Không có máy in: lưu mỗi phiếu thành tệp PDF</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="86" />
        <source>A printer installed on this computer</source>
        <translation>Máy in đã cài trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="87" />
        <source>Thermal printer without driver (ESC/POS)</source>
        <translation>Máy in nhiệt không có trình điều khiển (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="101" />
        <source>%1 mm roll</source>
        <translation>Cuộn giấy %1 mm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="108" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="111" />
        <source>The last screen</source>
        <translation>Màn hình cuối cùng</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="116" />
        <source>Chime on each call</source>
        <translation>Phát chuông mỗi lần gọi số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="118" />
        <source>Speak each call (when a Vietnamese voice is installed)</source>
        <translation>Đọc số bằng giọng nói (khi máy có giọng tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="122" />
        <source>Ticket printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="123" />
        <source>Printer name</source>
        <translation>Tên máy in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="124" />
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="125" />
        <source>ESC/POS connection</source>
        <translation>Kết nối ESC/POS</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="126" />
        <source>Folder for ticket PDFs</source>
        <translation>Thư mục lưu phiếu PDF</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="127" />
        <source>Lock the screen after</source>
        <translation>Khóa màn hình sau</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/settings.py" line="128" />
        <source>Now-serving display on</source>
        <translation>Màn hình gọi số trên</translation>
    </message>
</context>
<context>
    <name>ShownFiles</name>
    <message>
        <location filename="../../station_app/ui/files.py" line="64" />
        <source>Folder</source>
        <translation>Thư mục</translation>
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
        <location filename="../../station_app/ui/signin.py" line="140" />
        <source>That was not a PIN (digits only): a code scanned while the screen is locked is not counted. Type your PIN.</source>
        <translation>Đó không phải mã PIN (chỉ gồm chữ số): mã quét khi màn hình đang khóa không được tính. Hãy nhập mã PIN.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="144" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="150" />
        <source>Too many wrong PINs: this name is locked until %1.</source>
        <translation>Nhập sai mã PIN quá nhiều lần: tên này bị khóa đến %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/signin.py" line="163" />
        <source>Wrong name or PIN.</source>
        <translation>Sai họ tên hoặc mã PIN.</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="364" />
        <source>Send to HQ</source>
        <translation>Gửi lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="367" />
        <source>Choose a folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="369" />
        <source>Write the bundle for HQ</source>
        <translation>Ghi gói đồng bộ gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="371" />
        <source>Write this laptop's identity file</source>
        <translation>Ghi tệp định danh của máy này</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="373" />
        <source>Enrol HQ's identity file…</source>
        <translation>Đăng ký tệp định danh của cấp trên…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="385" />
        <source>Drive or folder:</source>
        <translation>Ổ đĩa hoặc thư mục:</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="389" />
        <source>Once, with HQ:</source>
        <translation>Làm một lần với cấp trên:</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="397" />
        <source>Receive from HQ</source>
        <translation>Nhận từ cấp trên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="400" />
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="401" />
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="402" />
        <source>out</source>
        <translation>gửi đi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="402" />
        <source>in</source>
        <translation>nhận về</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="403" />
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="404" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="405" />
        <source>Changes</source>
        <translation>Số thay đổi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="406" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="407" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="411" />
        <source>Bundles sent, received and refused</source>
        <translation>Các gói đã gửi, đã nhận và bị từ chối</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="440" />
        <source>Choose a drive or folder</source>
        <translation>Chọn ổ đĩa hoặc thư mục</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="458" />
        <source>This laptop's fingerprint: %1</source>
        <translation>Dấu vân tay khóa của máy này: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="460" />
        <source>No HQ is enrolled yet: write this laptop's identity file for HQ and enrol HQ's identity file.</source>
        <translation>Chưa đăng ký cấp trên: hãy ghi tệp định danh của máy này gửi cấp trên và đăng ký tệp định danh của cấp trên.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="463" />
        <source>HQ holds everything of this station (last acknowledged %1).</source>
        <translation>Cấp trên đã có đủ dữ liệu của trạm (xác nhận lần cuối %1).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="467" />
        <source>HQ holds everything up to the last bundle for it (%1). Since then: %2 change(s), the oldest since %3, for the next bundle.</source>
        <translation>Cấp trên đã có đủ dữ liệu đến gói gần nhất gửi cấp trên (%1). Từ đó đến nay: %2 thay đổi, cũ nhất từ %3, sẽ được gửi trong gói tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="474" />
        <source>Not yet at HQ: %1 change(s), the oldest since %2. Last bundle for HQ: %3.</source>
        <translation>Chưa đến cấp trên: %1 thay đổi, cũ nhất từ %2. Gói gần nhất gửi cấp trên: %3.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="477" />
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="486" />
        <source>Choose a drive or folder first.</source>
        <translation>Hãy chọn ổ đĩa hoặc thư mục trước.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="495" />
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="505" />
        <source>Wrote %1 for %2: %3 change(s).</source>
        <translation>Đã ghi %1 gửi %2: %3 thay đổi.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="524" />
        <source>Wrote %1. Carry it to HQ; HQ compares the fingerprint %2.</source>
        <translation>Đã ghi %1. Hãy mang lên cấp trên; cấp trên so dấu vân tay %2.</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="79" />
        <source>Scan the QR code of an invitation letter, or type its household code, a personal ID or a ticket number, and press Enter</source>
        <translation>Quét mã QR trên giấy mời, hoặc gõ mã hộ, số định danh hay số phiếu, rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="114" />
        <source>Reprint (F9)</source>
        <translation>In lại (F9)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="118" />
        <source>What to bring (F10)</source>
        <translation>Cần mang theo (F10)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="126" />
        <source>Last ticket</source>
        <translation>Phiếu vừa phát</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="136" />
        <source>Please bring</source>
        <translation>Xin mang theo</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="161" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="162" />
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="163" />
        <source>Household head</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="164" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="165" />
        <source>Print</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="179" />
        <source>Today's tickets</source>
        <translation>Phiếu đã phát hôm nay</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="231" />
        <source>Already scanned: ticket %1.</source>
        <translation>Đã quét rồi: phiếu %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="264" />
        <source>Ticket %1 issued.</source>
        <translation>Đã phát phiếu %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="274" />
        <source>%1 at %2</source>
        <translation>%1 lúc %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="278" />
        <source>This letter is for a later day: %1 (%2). Ticket %3 is served today with the walk-ins.</source>
        <translation>Giấy mời này hẹn ngày sau: %1 (%2). Phiếu %3 được phục vụ hôm nay cùng người không có giấy hẹn.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="280" />
        <source>This letter is for a later day: %1 (%2). Ticket %3 is served today as an appointment.</source>
        <translation>Giấy mời này hẹn ngày sau: %1 (%2). Phiếu %3 được phục vụ hôm nay như người có hẹn.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="283" />
        <source>This letter was for an earlier day: %1 (%2). Ticket %3 is served today with the walk-ins.</source>
        <translation>Giấy mời này hẹn ngày trước: %1 (%2). Phiếu %3 được phục vụ hôm nay cùng người không có giấy hẹn.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="285" />
        <source>This letter was for an earlier day: %1 (%2). Ticket %3 is served today as an appointment.</source>
        <translation>Giấy mời này hẹn ngày trước: %1 (%2). Phiếu %3 được phục vụ hôm nay như người có hẹn.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="293" />
        <source>Household of %1 checked in: ticket %2.</source>
        <translation>Hộ của %1 đã đến: phiếu %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="301" />
        <source>This household already has ticket %1 (%2). Press F9 to reprint it.</source>
        <translation>Hộ này đã có phiếu %1 (%2). Nhấn F9 để in lại.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="312" />
        <source>It was served earlier today (ticket %1).</source>
        <translation>Hộ này đã được phục vụ trước đó hôm nay (phiếu %1).</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="316" />
        <source>Ticket %1: %2.</source>
        <translation>Phiếu %1: %2.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="329" />
        <source>Household: %1</source>
        <translation>Hộ: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="331" />
        <source>Issued %1 at %2</source>
        <translation>Phát ngày %1 lúc %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="334" />
        <source>People ahead: %1</source>
        <translation>Số người chờ trước: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="366" />
        <source>Ticket %1 printed again.</source>
        <translation>Đã in lại phiếu %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="373" />
        <source>Ticket %1 is issued and kept, but the printer failed: %2. Press F9 to reprint when the printer is ready.</source>
        <translation>Phiếu %1 đã được phát và lưu lại, nhưng máy in bị lỗi: %2. Nhấn F9 để in lại khi máy in sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="383" />
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="384" />
        <source>Saved as PDF (no printer set up)</source>
        <translation>Đã lưu thành PDF (chưa cài máy in)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="385" />
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="386" />
        <source>Not printed: the printer failed. Press F9 to reprint.</source>
        <translation>Chưa in được: máy in bị lỗi. Nhấn F9 để in lại.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="397" />
        <source>printing</source>
        <translation>đang in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="397" />
        <source>printed</source>
        <translation>đã in</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="398" />
        <source>FAILED</source>
        <translation>LỖI</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="398" />
        <source>saved as PDF</source>
        <translation>đã lưu PDF</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="414" />
        <source>Waiting now: %1 · next to be called: %2</source>
        <translation>Đang chờ: %1 · sắp được gọi: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="458" />
        <source>Waiting: %1   ·   last number: %2</source>
        <translation>Đang chờ: %1   ·   số cuối: %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../station_app/ui/app.py" line="56" />
        <location filename="../../station_app/ui/app.py" line="236" />
        <location filename="../../station_app/ui/app.py" line="261" />
        <location filename="../../station_app/ui/app.py" line="275" />
        <source>CCCD station</source>
        <translation>Trạm CCCD</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="85" />
        <source>Unlocking the station…</source>
        <translation>Đang mở khóa trạm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="105" />
        <source>Preparing the demo station…</source>
        <translation>Đang chuẩn bị trạm minh họa…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="111" />
        <source>Encrypting the station database…</source>
        <translation>Đang mã hóa cơ sở dữ liệu của trạm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="118" />
        <location filename="../../station_app/ui/app.py" line="127" />
        <source>Creating the station…</source>
        <translation>Đang tạo trạm…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="262" />
        <source>The program closes now: start it again.</source>
        <translation>Chương trình sẽ đóng ngay: hãy mở lại.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="273" />
        <source>Wiping this laptop…</source>
        <translation>Đang xóa dữ liệu trên máy này…</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="276" />
        <source>Station %1 is wiped from this laptop (%2 files removed). Carry the final bundle %3 to HQ.</source>
        <translation>Đã xóa dữ liệu trạm %1 khỏi máy này (%2 tệp). Hãy mang gói dữ liệu cuối cùng %3 về cấp trên.</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/app.py" line="312" />
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
</context>
<context>
    <name>bring</name>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="136" />
        <source>The appointment letter (if any)</source>
        <translation>Giấy hẹn (nếu có)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="137" />
        <source>The old ID card, CMND/CCCD (if any)</source>
        <translation>CMND/CCCD cũ (nếu có)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="138" />
        <source>Papers proving the residence if the details do not match</source>
        <translation>Giấy tờ chứng minh nơi cư trú nếu thông tin chưa khớp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="140" />
        <source>Children under 14 come with a parent or guardian</source>
        <translation>Người dưới 14 tuổi đi cùng cha, mẹ hoặc người giám hộ</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="65" />
        <source>at station %1</source>
        <translation>tại trạm %1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="34" />
        <location filename="../../station_app/ui/roster_edit.py" line="47" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="34" />
        <location filename="../../station_app/ui/roster_edit.py" line="47" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="35" />
        <location filename="../../station_app/ui/roster_edit.py" line="48" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="36" />
        <source>Personal ID (12 digits)</source>
        <translation>Số định danh cá nhân (12 số)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="37" />
        <source>Old ID (CMND, 9 digits)</source>
        <translation>Số CMND (9 số)</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="38" />
        <source>Relation to head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="39" />
        <location filename="../../station_app/ui/roster_edit.py" line="54" />
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="39" />
        <location filename="../../station_app/ui/roster_edit.py" line="55" />
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="40" />
        <source>Commune</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="40" />
        <source>District</source>
        <translation>Quận/Huyện</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="41" />
        <source>Province</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="41" />
        <location filename="../../station_app/ui/roster_edit.py" line="56" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="42" />
        <location filename="../../station_app/ui/roster_edit.py" line="57" />
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="42" />
        <location filename="../../station_app/ui/roster_edit.py" line="52" />
        <source>Card status</source>
        <translation>Tình trạng thẻ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="43" />
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="49" />
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="50" />
        <source>Old ID (CMND)</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="51" />
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="53" />
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/roster_edit.py" line="56" />
        <source>Head</source>
        <translation>Chủ hộ</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="93" />
        <source>Given where none was stored: %1</source>
        <translation>Bổ sung (trước đây chưa có): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="96" />
        <source>Kept as stored (no value in the file): %1</source>
        <translation>Giữ nguyên như đã lưu (tệp không có giá trị): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/import_dialog.py" line="100" />
        <source>Columns not in the file (stored values kept): %1</source>
        <translation>Các cột không có trong tệp (giữ nguyên giá trị đã lưu): %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../station_app/ui/models.py" line="24" />
        <source>Needs card</source>
        <translation>Cần cấp</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="25" />
        <source>Has valid card</source>
        <translation>Đã có thẻ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="26" />
        <source>Exempt</source>
        <translation>Miễn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="27" />
        <source>Moved away</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="28" />
        <source>Deceased</source>
        <translation>Đã mất</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="34" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/models.py" line="35" />
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
        <location filename="../../station_app/ui/messages.py" line="36" />
        <source>Already collected: %1</source>
        <translation>Đã thu nhận: %1</translation>
    </message>
<message><source>'{name}' names {count} villages; give the village id</source><translation>'{name}' trùng tên {count} thôn; hãy dùng mã thôn</translation></message><message><source>'{raw}' is not a real date (day {day}, month {month}, year {year})</source><translation>'{raw}' không phải là ngày có thật (ngày {day}, tháng {month}, năm {year})</translation></message><message><source>'{text}' has no letters or digits to search for</source><translation>'{text}' không có chữ hay số nào để tìm</translation></message><message><source>'{text}' is a code (a letter's or a household's), not who delivered the letters: type the team's name first (for example: Team 3), then scan the stub again (nothing was recorded)</source><translation>'{text}' là mã (của giấy mời hoặc của hộ), không phải người phát giấy mời: hãy nhập tên tổ trước (ví dụ: Tổ 3), rồi quét lại cuống giấy mời đó (chưa ghi nhận gì)</translation></message><message><source>'{text}' is not a date (expected dd/mm/yyyy or a year)</source><translation>'{text}' không phải là ngày (cần dạng dd/mm/yyyy hoặc một năm)</translation></message><message><source>'{text}' is not a day (expected dd/mm/yyyy)</source><translation>'{text}' không phải là ngày (cần dạng ngày/tháng/năm)</translation></message><message><source>'{text}' is not a milestone (expected 771797:15/06/2021 or 96.2%:15/06/2021)</source><translation>'{text}' không phải là một mốc (ví dụ 771797:15/06/2021 hoặc 96.2%:15/06/2021)</translation></message><message><source>'{text}' is not a time of day (expected HH:MM)</source><translation>'{text}' không phải là giờ trong ngày (cần dạng giờ:phút)</translation></message><message><source>'{text}' is not an age-group deadline (expected 14-22:31/08/2025 or 23+:30/09/2025)</source><translation>'{text}' không phải là hạn theo nhóm tuổi (cần dạng 14-22:31/08/2025 hoặc 23+:30/09/2025)</translation></message><message><source>'{text}' is not opening hours (expected 07:00-11:30)</source><translation>'{text}' không phải là giờ làm việc (cần dạng 07:00-11:30)</translation></message><message><source>'{text}': a share is more than 0 % and at most 100 %</source><translation>'{text}': tỷ lệ phải lớn hơn 0 % và không quá 100 %</translation></message><message><source>'{text}': the age group {low}-{high} is empty</source><translation>'{text}': nhóm tuổi {low}-{high} không có ai</translation></message><message><source>, desk {desk}</source><translation>, bàn {desk}</translation></message><message><source>HQ has no campaign yet: create the campaign first, so that the station starts with it</source><translation>Cấp trên chưa có đợt cấp: hãy tạo đợt cấp trước để trạm bắt đầu với đợt cấp đó</translation></message><message><source>HQ's campaign '{name}' is in force here: a station makes a campaign of its own only before HQ's arrives</source><translation>đợt cấp '{name}' của cấp trên đang áp dụng tại đây: trạm chỉ tự đặt đợt cấp riêng khi chưa nhận được đợt cấp của cấp trên</translation></message><message><source>ID '{digits}' has {count} digits, expected {length}</source><translation>Số '{digits}' có {count} chữ số, cần {length} chữ số</translation></message><message><source>ID '{digits}' has {count} digits; an old ID (CMND) has 9 and only one leading zero can be missing, so it was not restored</source><translation>Số '{digits}' có {count} chữ số; số CMND có 9 chữ số và chỉ có thể mất một số 0 ở đầu, nên không khôi phục được</translation></message><message><source>ID '{digits}' has {count} digits; with its leading zeros put back ('{padded}') it does not match the resident, so it was not restored</source><translation>Số '{digits}' có {count} chữ số; thêm lại các số 0 ở đầu ('{padded}') thì không khớp với công dân, nên không khôi phục</translation></message><message><source>ID '{text}' was turned into a number in scientific notation and lost digits</source><translation>Số '{text}' đã bị bảng tính đổi sang dạng số mũ và mất chữ số</translation></message><message><source>ID digit 4 ('{digit}') says born in the {century}s, but the birth year is {year}</source><translation>Chữ số thứ 4 ('{digit}') chỉ thế kỷ sinh bắt đầu từ năm {century}, nhưng năm sinh là {year}</translation></message><message><source>ID digit 4 ('{digit}') says female, but the resident is male</source><translation>Chữ số thứ 4 ('{digit}') chỉ giới tính nữ, nhưng công dân là nam</translation></message><message><source>ID digit 4 ('{digit}') says male, but the resident is female</source><translation>Chữ số thứ 4 ('{digit}') chỉ giới tính nam, nhưng công dân là nữ</translation></message><message><source>ID digits 1-3 ('{code}') are not a province code</source><translation>Ba số đầu của số định danh ('{code}') không phải mã tỉnh</translation></message><message><source>ID digits 5-6 ('{digits}') say born in {said}, but the birth year is {year}</source><translation>Chữ số thứ 5-6 ('{digits}') chỉ năm sinh {said}, nhưng năm sinh là {year}</translation></message><message><source>ID number '{number}' has {count} digits, a personal ID has 12</source><translation>Số '{number}' có {count} chữ số, số định danh cá nhân có 12 chữ số</translation></message><message><source>ID number '{number}' must contain digits only</source><translation>Số '{number}' chỉ được gồm chữ số</translation></message><message><source>ID {number}: {problem}</source><translation>Số định danh {number}: {problem}</translation></message><message><source>Restore the last backup (on the Backups screen), or rebuild the station from HQ's bundle. The damaged file {path} is kept as it is.</source><translation>Hãy khôi phục bản sao lưu gần nhất (trên màn hình Sao lưu), hoặc dựng lại trạm từ gói dữ liệu của cấp trên. Tệp bị hỏng {path} được giữ nguyên.</translation></message><message><source>Restore the last backup from {folder} (on the Backups screen), or rebuild the station from HQ's bundle. The damaged file {path} is kept as it is.</source><translation>Hãy khôi phục bản sao lưu gần nhất trong {folder} (trên màn hình Sao lưu), hoặc dựng lại trạm từ gói dữ liệu của cấp trên. Tệp bị hỏng {path} được giữ nguyên.</translation></message><message><source>a PIN is {low} to {high} digits</source><translation>Mã PIN gồm {low} đến {high} chữ số</translation></message><message><source>a campaign named '{name}' already exists</source><translation>đã có đợt cấp tên '{name}'</translation></message><message><source>a campaign needs a name</source><translation>đợt cấp cần có tên</translation></message><message><source>a campaign opens on at least one day of the week</source><translation>đợt cấp phải làm việc ít nhất một ngày trong tuần</translation></message><message><source>a correction needs to say why (the reason for correcting)</source><translation>Sửa kết quả cần ghi lý do sửa</translation></message><message><source>a household with code {code} is already on the roster</source><translation>hộ có mã {code} đã có trong danh sách</translation></message><message><source>a kit password is {n} digits (HQ read them out in groups of four)</source><translation>mật khẩu bộ cài đặt gồm {n} chữ số (cấp trên đọc theo từng nhóm bốn số)</translation></message><message><source>a new resident needs a full name</source><translation>Công dân mới cần có họ tên</translation></message><message><source>a new station database needs a station passphrase: type one</source><translation>cơ sở dữ liệu mới của trạm cần có mật khẩu của trạm: hãy nhập mật khẩu</translation></message><message><source>a no-show</source><translation>đã vắng mặt</translation></message><message><source>a person takes at least 1 minute at a desk</source><translation>mỗi người cần ít nhất 1 phút tại bàn</translation></message><message><source>a plan of more than a year at once is not accepted</source><translation>không lập lịch quá một năm trong một lần</translation></message><message><source>a quote opened in this row is never closed: the file was cut short or the quote is a mistake (lines {first}-{end} were read as one row)</source><translation>dấu ngoặc kép mở ở dòng này không được đóng: tệp bị cắt cụt hoặc dấu ngoặc bị nhầm (các dòng {first}-{end} bị đọc thành một dòng)</translation></message><message><source>a record HQ made and no longer holds (HQ restored from a backup?)</source><translation>bản ghi do cấp trên tạo mà cấp trên không còn giữ (cấp trên đã được khôi phục từ bản sao lưu?)</translation></message><message><source>a record of another station, or one a station cannot make</source><translation>bản ghi của trạm khác, hoặc bản ghi mà trạm không được tạo</translation></message><message><source>a record only HQ changes</source><translation>bản ghi chỉ cấp trên được thay đổi</translation></message><message><source>a resident with ID {number} is already on the roster</source><translation>Công dân có số định danh {number} đã có trong danh sách</translation></message><message><source>a session can't be spread onto itself</source><translation>không thể chia lịch hẹn của buổi sang chính buổi đó</translation></message><message><source>a station accepts its own plan; HQ's plan is a view</source><translation>mỗi trạm tự đồng ý kế hoạch của mình; kế hoạch ở tỉnh chỉ để xem</translation></message><message><source>a station code is letters, digits, '-' or '_', for example XA-HB-01</source><translation>mã trạm gồm chữ, số, '-' hoặc '_', ví dụ XA-HB-01</translation></message><message><source>a station has at least 1 desk</source><translation>trạm có ít nhất 1 bàn</translation></message><message><source>a thermal printer on {kind}: needs {package}, which is not installed on this laptop: pip install "station-app[printers]" (or use a file: or net: printer)</source><translation>máy in nhiệt qua {kind}: cần {package}, máy tính này chưa cài: pip install "station-app[printers]" (hoặc dùng máy in file: hay net:)</translation></message><message><source>a ticket is transferred to another desk, not the same one</source><translation>phiếu chỉ chuyển được sang một bàn khác, không phải chính bàn này</translation></message><message><source>an operator named '{name}' already exists</source><translation>Đã có người dùng tên '{name}'</translation></message><message><source>an operator's PIN cannot open the station database: type the station passphrase (at least {n} characters)</source><translation>mã PIN của cán bộ không mở được cơ sở dữ liệu của trạm: hãy nhập mật khẩu của trạm (ít nhất {n} ký tự)</translation></message><message><source>an operator's name is 1 to 60 characters</source><translation>Tên người dùng dài từ 1 đến 60 ký tự</translation></message><message><source>any village</source><translation>bất kỳ thôn/tổ dân phố nào</translation></message><message><source>at station {station}</source><translation>tại trạm {station}</translation></message><message><source>backup folder {folder} does not exist</source><translation>thư mục sao lưu {folder} không tồn tại</translation></message><message><source>backup folder {folder} is not there (is the USB stick plugged in?)</source><translation>không thấy thư mục sao lưu {folder} (USB đã được cắm chưa?)</translation></message><message><source>being called</source><translation>đang được gọi</translation></message><message><source>being served</source><translation>đang được phục vụ</translation></message><message><source>called</source><translation>gọi</translation></message><message><source>cancelled</source><translation>đã bị hủy</translation></message><message><source>cancelled by the operator; nothing was imported</source><translation>Đã hủy theo yêu cầu; chưa nhập gì</translation></message><message><source>cannot write {path}: the disk at {disk} is full; nothing was written (free some space on it, or write elsewhere)</source><translation>không ghi được {path}: ổ đĩa tại {disk} đã đầy; chưa ghi gì cả (hãy giải phóng bớt chỗ trên ổ đó, hoặc ghi vào nơi khác)</translation></message><message><source>cannot write {path}: {reason}</source><translation>không ghi được {path}: {reason}</translation></message><message><source>capacity per slot must be at least 1 person</source><translation>mỗi khung giờ phải nhận ít nhất 1 người</translation></message><message><source>card status '{value}' is not one of {statuses}</source><translation>tình trạng thẻ '{value}' không thuộc các giá trị {statuses}</translation></message><message><source>card status '{value}' is not one of: Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất</source><translation>Tình trạng thẻ '{value}' không thuộc: Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất</translation></message><message><source>choose at least one village to book</source><translation>hãy chọn ít nhất một thôn để xếp lịch</translation></message><message><source>column '{column}' holds a control character ({code}): the file may be damaged</source><translation>cột '{column}' chứa ký tự điều khiển ({code}): tệp có thể bị hỏng</translation></message><message><source>date of birth ('Ngày sinh')</source><translation>ngày sinh ('Ngày sinh')</translation></message><message><source>date of birth is empty</source><translation>Thiếu ngày sinh</translation></message><message><source>date of birth {date} is not plausible</source><translation>Ngày sinh {date} không hợp lý</translation></message><message><source>done</source><translation>đã xong</translation></message><message><source>finished</source><translation>kết thúc</translation></message><message><source>full name '{name}' contains digits</source><translation>Họ tên '{name}' có chữ số</translation></message><message><source>full name ('Họ và tên')</source><translation>họ tên ('Họ và tên')</translation></message><message><source>full name is empty</source><translation>Thiếu họ tên</translation></message><message><source>gender '{value}' is not Nam/Nữ (male/female)</source><translation>Giới tính '{value}' không phải Nam/Nữ</translation></message><message><source>gender is M or F</source><translation>Giới tính phải là nam hoặc nữ</translation></message><message><source>here</source><translation>tại trạm này</translation></message><message><source>household code ('Mã hộ')</source><translation>mã hộ ('Mã hộ')</translation></message><message><source>household code is empty</source><translation>Thiếu mã hộ</translation></message><message><source>import cancelled; nothing was imported</source><translation>Đã hủy nhập; không có gì được nhập</translation></message><message><source>intake {id} is not a current collected intake of this resident</source><translation>Lần thu nhận {id} không phải lần thu nhận hiện hành của công dân này</translation></message><message><source>intake {id} was already corrected by {newer}: correct that one instead</source><translation>Kết quả {id} đã được sửa bằng {newer}: hãy sửa bản đó</translation></message><message><source>issued</source><translation>cấp</translation></message><message><source>issuing body</source><translation>cơ quan ban hành</translation></message><message><source>it comes from a laptop set up from a kit that this HQ did not write</source><translation>gói đến từ máy được thiết lập bằng bộ cài đặt không do cấp trên này tạo</translation></message><message><source>it comes from a laptop that is not enrolled here</source><translation>Gói đến từ một máy chưa được đăng ký ở đây</translation></message><message><source>it could not be merged: {detail}</source><translation>Không gộp được gói: {detail}</translation></message><message><source>it is signed by a revoked key</source><translation>Gói được ký bằng một khóa đã bị thu hồi</translation></message><message><source>it was written for another laptop</source><translation>Gói được ghi cho một máy khác</translation></message><message><source>its kit already set up another laptop: a kit makes one station</source><translation>bộ cài đặt của máy này đã thiết lập một máy khác: mỗi bộ cài đặt chỉ tạo một trạm</translation></message><message><source>its kit expired before its first bundle reached HQ: enrol the station with its identity file, or write it a new kit</source><translation>bộ cài đặt đã hết hạn trước khi gói đồng bộ đầu tiên đến cấp trên: hãy đăng ký trạm bằng tệp định danh, hoặc tạo bộ cài đặt mới</translation></message><message><source>keep from 1 to 1000 backups, not {keep}</source><translation>số bản sao lưu giữ lại phải từ 1 đến 1000, không phải {keep}</translation></message><message><source>letter</source><translation>giấy mời</translation></message><message><source>letter No. {number} of household {code} was never printed: print it on the Letters screen, then record its delivery (nothing was recorded)</source><translation>giấy mời số {number} của hộ {code} chưa từng được in: hãy in trên màn hình Giấy mời rồi mới ghi nhận việc phát (chưa ghi nhận gì)</translation></message><message><source>letter from a laptop this station doesn't know yet: take the bundle round through HQ, or check the household in by its code</source><translation>giấy mời in từ một máy mà trạm này chưa biết: hãy chuyển gói dữ liệu qua cấp trên về máy này, hoặc cho hộ vào bằng cách gõ mã hộ</translation></message><message><source>limit must be at least 1</source><translation>Số kết quả tối đa phải từ 1 trở lên</translation></message><message><source>make this laptop the host first</source><translation>hãy đặt máy này làm máy chủ trước</translation></message><message><source>malformed {name} code: expected {count} ids and a check</source><translation>mã {name} sai dạng: cần {count} mã số và một mã kiểm tra</translation></message><message><source>marked no-show</source><translation>đánh dấu vắng mặt</translation></message><message><source>name the station, for example 'Trạm UBND xã Hòa Bình'</source><translation>hãy đặt tên trạm, ví dụ 'Trạm UBND xã Hòa Bình'</translation></message><message><source>no HQ is enrolled here: enrol HQ's identity file first</source><translation>Chưa đăng ký cấp trên ở đây: hãy đăng ký tệp định danh của cấp trên trước</translation></message><message><source>no backup file at {path}</source><translation>không có tệp sao lưu tại {path}</translation></message><message><source>no campaign '{name}'</source><translation>không có đợt cấp '{name}'</translation></message><message><source>no campaign yet: set one on the Campaign screen (HQ's campaign reaches every station with HQ's bundle)</source><translation>chưa có chiến dịch nào: hãy đặt đợt cấp trên màn hình Đợt cấp (đợt cấp của cấp trên được gửi tới mọi trạm qua gói dữ liệu của cấp trên)</translation></message><message><source>no free slot for {people} people in the sessions planned</source><translation>các buổi đã lập không còn khung giờ trống cho {people} người</translation></message><message><source>no free slot for {people} people on or before the deadline {day}</source><translation>không còn khung giờ trống cho {people} người trước hạn {day}</translation></message><message><source>no household with code {code}</source><translation>không có hộ nào mang mã {code}</translation></message><message><source>no intake '{id}'</source><translation>Không có kết quả tiếp nhận '{id}'</translation></message><message><source>no letter here for '{text}'</source><translation>không có giấy mời nào ở đây cho '{text}'</translation></message><message><source>no operator with id {id}</source><translation>Không có người dùng mã {id}</translation></message><message><source>no planned session on {text}</source><translation>không có buổi làm việc nào vào {text}</translation></message><message><source>no resident '{id}' at this station</source><translation>Trạm không có công dân '{id}'</translation></message><message><source>no session '{text}' (give its id or its day, dd/mm/yyyy)</source><translation>không có buổi '{text}' (hãy nhập mã buổi hoặc ngày, dạng ngày/tháng/năm)</translation></message><message><source>no session move '{move}'</source><translation>không có lần dời lịch '{move}'</translation></message><message><source>no session with free places to book into</source><translation>không có buổi nào còn chỗ trống để xếp lịch</translation></message><message><source>no sessions to create</source><translation>không có buổi nào để tạo</translation></message><message><source>no station database at {path}</source><translation>không có cơ sở dữ liệu của trạm tại {path}</translation></message><message><source>no station database at {path} (create one with: station-app init)</source><translation>Không có dữ liệu trạm tại {path} (tạo bằng lệnh: station-app init)</translation></message><message><source>no such file: {path}</source><translation>Không có tệp: {path}</translation></message><message><source>no such household</source><translation>Không có hộ này</translation></message><message><source>no such village</source><translation>không có thôn/tổ dân phố này</translation></message><message><source>no ticket '{id}'</source><translation>Không có phiếu '{id}'</translation></message><message><source>no village '{name}' in this station's roster (villages: {known})</source><translation>không có thôn '{name}' trong danh sách dân cư của trạm (các thôn: {known})</translation></message><message><source>none yet</source><translation>chưa có</translation></message><message><source>not a station code (it should start with CCCD1|)</source><translation>không phải mã của trạm (mã của trạm bắt đầu bằng CCCD1|)</translation></message><message><source>not issued</source><translation>chưa được cấp</translation></message><message><source>nothing to announce: no appointments for {which} from {start} to {end}</source><translation>không có gì để thông báo: {which} không có lịch hẹn nào từ {start} đến {end}</translation></message><message><source>nothing to change: give a new day, place or hours</source><translation>không có gì thay đổi: hãy nhập ngày, địa điểm hoặc giờ mới</translation></message><message><source>nothing to print: no household of {what} has an upcoming appointment (book them first)</source><translation>không có gì để in: không hộ nào của {what} có lịch hẹn sắp tới (hãy xếp lịch trước)</translation></message><message><source>old ID (CMND) '{value}' must have 9 digits</source><translation>Số CMND '{value}' phải có 9 chữ số</translation></message><message><source>only HQ makes hq operators or changes them</source><translation>chỉ cấp trên mới tạo hoặc thay đổi cán bộ có vai trò cấp trên</translation></message><message><source>only HQ makes hq operators; this is station {station}</source><translation>Chỉ cấp trên mới tạo được người dùng cấp trên; đây là trạm {station}</translation></message><message><source>only HQ writes station kits</source><translation>chỉ cấp trên mới tạo được bộ cài đặt trạm</translation></message><message><source>opening hours {opens}–{closes} are shorter than one {minutes}-minute slot</source><translation>giờ làm việc {opens}–{closes} ngắn hơn một khung giờ {minutes} phút</translation></message><message><source>outcome '{outcome}' needs a reason</source><translation>Kết quả '{outcome}' cần ghi lý do</translation></message><message><source>outcome must be one of {outcomes}, not '{outcome}'</source><translation>Kết quả phải là một trong {outcomes}, không phải '{outcome}'</translation></message><message><source>paper size must be A5 or A4, not '{size}'</source><translation>khổ giấy phải là A5 hoặc A4, không phải '{size}'</translation></message><message><source>phone '{phone}' must contain digits only</source><translation>số điện thoại '{phone}' chỉ được gồm chữ số</translation></message><message><source>place</source><translation>địa danh</translation></message><message><source>planned</source><translation>đã lên lịch</translation></message><message><source>printing stopped: no letter was written</source><translation>đã dừng in: chưa in giấy mời nào</translation></message><message><source>put back the key file of the last backup (the file ending in -key beside it), or have HQ recover the key (station-app passphrase recover)</source><translation>hãy chép lại tệp khóa của bản sao lưu gần nhất (tệp có đuôi -key nằm cạnh nó), hoặc nhờ cấp trên khôi phục khóa (station-app passphrase recover)</translation></message><message><source>reactivated</source><translation>cho vào hàng chờ lại</translation></message><message><source>recalled</source><translation>gọi lại</translation></message><message><source>recording a resident already collected needs a reason</source><translation>Ghi lại cho công dân đã thu nhận cần có lý do</translation></message><message><source>returned to the queue</source><translation>trả về hàng chờ</translation></message><message><source>role must be one of {roles}, not '{role}'</source><translation>Vai trò phải là một trong {roles}, không phải '{role}'</translation></message><message><source>same person as line {line} (household, name and birth date)</source><translation>Trùng người ở dòng {line} (cùng hộ, họ tên và ngày sinh)</translation></message><message><source>say who delivered the letter</source><translation>hãy cho biết ai đã phát giấy mời</translation></message><message><source>say why this intake stands (the reason is required)</source><translation>Hãy ghi lý do giữ lần thu nhận này (bắt buộc)</translation></message><message><source>search text is empty</source><translation>Chưa nhập nội dung tìm kiếm</translation></message><message><source>session {session} can't take appointments: it is not planned for a day after today</source><translation>buổi {session} không nhận lịch hẹn được: buổi này không nằm sau ngày hôm nay</translation></message><message><source>session {session} has already taken place</source><translation>buổi {session} đã diễn ra</translation></message><message><source>session {session} is in the past</source><translation>buổi {session} đã qua</translation></message><message><source>session {session} is {status}</source><translation>buổi {session} {status}</translation></message><message><source>session {session} is {status}; only a planned session can be moved</source><translation>buổi {session} {status}; chỉ dời được buổi đã lên lịch</translation></message><message><source>signer title</source><translation>chức vụ người ký</translation></message><message><source>slot length must be at least 1 minute</source><translation>mỗi khung giờ dài ít nhất 1 phút</translation></message><message><source>started</source><translation>bắt đầu phục vụ</translation></message><message><source>station {station} was set up from a kit that this HQ did not write (another HQ's kit?)</source><translation>trạm {station} được thiết lập từ bộ cài đặt không do cấp trên này tạo (bộ cài đặt của tỉnh khác?)</translation></message><message><source>symbol</source><translation>ký hiệu</translation></message><message><source>the backup to {folder} failed: {error}</source><translation>sao lưu vào {folder} không thành công: {error}</translation></message><message><source>the booking was stopped: nothing was booked</source><translation>đã dừng xếp lịch: chưa hộ nào được xếp</translation></message><message><source>the bundle was written by another version of the app: update the app on both laptops</source><translation>Gói được ghi bằng phiên bản phần mềm khác: hãy cập nhật phần mềm trên cả hai máy</translation></message><message><source>the campaign ends before it starts</source><translation>ngày kết thúc đợt cấp trước ngày bắt đầu</translation></message><message><source>the copy of the key sealed to HQ in {path} is damaged: the station seals it again at its next opening with the passphrase; until then use the key file of one of its backups</source><translation>bản khóa niêm phong cho cấp trên trong {path} bị hỏng: trạm sẽ niêm phong lại khi mở bằng mật khẩu lần tới; trong lúc chờ, hãy dùng tệp khóa của một bản sao lưu</translation></message><message><source>the copy of the key sealed to HQ in {path} was damaged: sealed again</source><translation>bản khóa niêm phong cho cấp trên trong {path} đã bị hỏng: đã niêm phong lại</translation></message><message><source>the file ends inside a character of this row: it was cut short</source><translation>tệp kết thúc giữa một ký tự của dòng này: tệp bị cắt cụt</translation></message><message><source>the file is incomplete (cut short while copying): copy it again</source><translation>Tệp không đầy đủ (bị cắt khi sao chép): hãy sao chép lại</translation></message><message><source>the file is not a sync bundle</source><translation>Tệp này không phải gói đồng bộ</translation></message><message><source>the file was changed or damaged after it was written: nothing of it was imported</source><translation>Tệp đã bị sửa đổi hoặc hư hỏng sau khi ghi: không nhập dữ liệu nào từ tệp này</translation></message><message><source>the first operator of a station is its lead</source><translation>Người dùng đầu tiên của trạm phải là trưởng trạm</translation></message><message><source>the host is station {host}, this laptop is {here}: join a host of this station</source><translation>máy chủ thuộc trạm {host}, máy này thuộc trạm {here}: hãy kết nối với máy chủ của đúng trạm này</translation></message><message><source>the host laptop cannot be reached: a new number, calling and the display need it (searches and intakes go on here); this resumes by itself when it is back</source><translation>không liên lạc được với máy chủ: cấp số mới, gọi số và màn hình hiển thị cần máy chủ (tra cứu và ghi nhận hồ sơ vẫn làm được trên máy này); sẽ tự tiếp tục khi máy chủ hoạt động trở lại</translation></message><message><source>the host refused to enrol this laptop: {reason}</source><translation>máy chủ từ chối kết nối máy này: {reason}</translation></message><message><source>the hours {opens}–{closes} hold {places} people but {booked} are booked on this session; nothing was moved</source><translation>khung {opens}–{closes} chỉ nhận {places} người nhưng buổi này đã hẹn {booked} người; chưa dời gì</translation></message><message><source>the identity file changed since it was read: choose it again</source><translation>Tệp định danh đã thay đổi từ lúc đọc: hãy chọn lại</translation></message><message><source>the key file {path} cannot be read</source><translation>không đọc được tệp khóa {path}</translation></message><message><source>the key file {path} is damaged in its header (kind, version, station or the names of its parts); {remedy}</source><translation>tệp khóa {path} bị hỏng ở phần đầu (loại, phiên bản, trạm hoặc tên các phần); {remedy}</translation></message><message><source>the key file {path} is damaged in the part the passphrase opens; {remedy}</source><translation>tệp khóa {path} bị hỏng ở phần mà mật khẩu của trạm mở; {remedy}</translation></message><message><source>the key file {path} is damaged: it cannot be read as a key file (broken at byte {at}); {remedy}</source><translation>tệp khóa {path} bị hỏng: không đọc được như một tệp khóa (hỏng ở byte {at}); {remedy}</translation></message><message><source>the key of {path} was not sealed to this HQ's key (was HQ enrolled at the station?)</source><translation>khóa của {path} không được niêm phong cho khóa của Sở này (trạm đã đăng ký Sở chưa?)</translation></message><message><source>the kit file is damaged: ask HQ for a new kit</source><translation>tệp bộ cài đặt bị hỏng: hãy xin cấp trên bộ cài đặt mới</translation></message><message><source>the kit file is incomplete (cut short while copying): copy it again from HQ's stick</source><translation>tệp bộ cài đặt không đầy đủ (bị cắt khi sao chép): hãy chép lại từ USB của cấp trên</translation></message><message><source>the kit of {station} already set up a laptop (fingerprint {fingerprint}, its first bundle came on {day}): a kit makes one station; another laptop of the station joins its host through the hall network, or gets a kit of its own</source><translation>bộ cài đặt của {station} đã thiết lập một máy (dấu vân tay {fingerprint}, gói đồng bộ đầu tiên đến ngày {day}): mỗi bộ cài đặt chỉ tạo một trạm; máy khác của trạm kết nối với máy chủ của trạm qua mạng nội bộ, hoặc nhận bộ cài đặt riêng</translation></message><message><source>the kit of {station} expired: its first bundle had to reach HQ by {day}; enrol the station with its identity file, or write it a new kit</source><translation>bộ cài đặt của {station} đã hết hạn: gói đồng bộ đầu tiên phải đến cấp trên trước ngày {day}; hãy đăng ký trạm bằng tệp định danh, hoặc tạo bộ cài đặt mới</translation></message><message><source>the laptop at {address} is not the host of this join code (its key differs): nothing was sent</source><translation>máy tại {address} không phải máy chủ của mã kết nối này (khóa không khớp): chưa gửi gì cả</translation></message><message><source>the last day is before the first</source><translation>ngày cuối trước ngày đầu</translation></message><message><source>the letter code fails its check: it is of the old kind, printed before letters were signed, and no longer accepted: reprint the household's letter</source><translation>mã giấy mời không đúng: đây là loại mã cũ, in trước khi giấy mời có chữ ký số, nay không còn dùng được: hãy in lại giấy mời của hộ</translation></message><message><source>the letter code fails its check: misread, mistyped or forged; nothing was changed</source><translation>mã giấy mời không đúng: quét sai, gõ sai hoặc giấy mời giả; không có gì thay đổi</translation></message><message><source>the letter's {setting} can't be empty</source><translation>mục {setting} của giấy mời không được để trống</translation></message><message><source>the milestone {milestone} is outside the campaign ({starts}–{ends})</source><translation>mốc {milestone} nằm ngoài thời gian đợt cấp ({starts}–{ends})</translation></message><message><source>the period must be at least 1 day</source><translation>khoảng thời gian phải ít nhất 1 ngày</translation></message><message><source>the place of a session can't be empty</source><translation>địa điểm của buổi không được để trống</translation></message><message><source>the roster of a village this station does not serve</source><translation>danh sách dân cư của thôn mà trạm này không phục vụ</translation></message><message><source>the row has {count} cells, the header {width}: it was cut short</source><translation>dòng có {count} ô, dòng tiêu đề có {width} ô: dòng bị cắt cụt</translation></message><message><source>the session of {day} {opens} at {place}</source><translation>buổi làm việc ngày {day} lúc {opens} tại {place}</translation></message><message><source>the sessions chosen</source><translation>các buổi đã chọn</translation></message><message><source>the sessions planned after today</source><translation>các buổi đã lên lịch sau hôm nay</translation></message><message><source>the show-up rate is more than 0 and at most 1</source><translation>tỷ lệ đến phải lớn hơn 0 và không quá 1</translation></message><message><source>the station already has a session on {day} {opens}–{closes} at {place}</source><translation>trạm đã có buổi làm việc ngày {day} {opens}–{closes} tại {place}</translation></message><message><source>the station database is busy: another program (a roster import or a bundle merge?) is writing to it; nothing was changed, try again</source><translation>Cơ sở dữ liệu của trạm đang bận: một chương trình khác (nhập danh sách hoặc gộp gói đồng bộ?) đang ghi; chưa có gì thay đổi, hãy thử lại</translation></message><message><source>the station database {path} is encrypted: type the station passphrase to open it</source><translation>cơ sở dữ liệu của trạm {path} đã được mã hóa: hãy nhập mật khẩu của trạm để mở</translation></message><message><source>the station passphrase cannot be digits only: choose words the lead remembers, at least {n} characters</source><translation>mật khẩu của trạm không được chỉ gồm chữ số: hãy chọn các từ mà trưởng trạm nhớ được, ít nhất {n} ký tự</translation></message><message><source>the station passphrase must have at least {n} characters</source><translation>mật khẩu của trạm phải có ít nhất {n} ký tự</translation></message><message><source>the station's last lead cannot be deactivated</source><translation>Không thể khóa trưởng trạm cuối cùng của trạm</translation></message><message><source>the {name} code fails its check: misread or mistyped</source><translation>mã {name} không đúng: quét sai hoặc gõ sai</translation></message><message><source>this bundle from {station} starts after its change {since}, but this laptop holds its changes only up to {received}: this laptop was restored from an older backup (its changes were applied). The next bundle to {station} asks for the missing ones again from {received}</source><translation>gói đồng bộ này của {station} bắt đầu sau thay đổi số {since} của trạm đó, nhưng máy này chỉ giữ các thay đổi của trạm đến số {received}: máy này đã được khôi phục từ một bản sao lưu cũ hơn (các thay đổi trong gói đã được áp dụng). Gói đồng bộ tiếp theo gửi {station} sẽ yêu cầu gửi lại các thay đổi còn thiếu từ số {received}</translation></message><message><source>this code is neither a letter nor a ticket (nor a household code or personal ID here): nothing was changed</source><translation>Mã này không phải giấy mời cũng không phải phiếu (cũng không phải mã hộ hay số định danh ở trạm này): không có gì thay đổi</translation></message><message><source>this file is not a station kit</source><translation>tệp này không phải bộ cài đặt trạm</translation></message><message><source>this import would replace {count} stored values ({fields}); nothing was imported</source><translation>lần nhập này sẽ thay thế {count} giá trị đã lưu ({fields}); chưa nhập gì</translation></message><message><source>this is a {kind} code, not a letter</source><translation>đây là mã {kind}, không phải mã giấy mời</translation></message><message><source>this is not a join code (it starts with CCCD-HALL1|)</source><translation>đây không phải mã kết nối (mã kết nối bắt đầu bằng CCCD-HALL1|)</translation></message><message><source>this kit for {station} expired on {day}: ask HQ for a new kit</source><translation>bộ cài đặt của {station} đã hết hạn ngày {day}: hãy xin cấp trên bộ cài đặt mới</translation></message><message><source>this kit was written by another version of the app (format {version}): update the app on this laptop</source><translation>bộ cài đặt được tạo bởi phiên bản khác của ứng dụng (định dạng {version}): hãy cập nhật ứng dụng trên máy này</translation></message><message><source>this laptop already holds a station ({path}): a kit sets up a new laptop only; nothing was changed</source><translation>máy này đã có trạm ({path}): bộ cài đặt chỉ dùng cho máy mới; không có gì thay đổi</translation></message><message><source>this laptop has not joined a host</source><translation>máy này chưa kết nối với máy chủ nào</translation></message><message><source>this laptop is joined to a host: leave it first</source><translation>máy này đang kết nối với một máy chủ: hãy ngắt kết nối trước</translation></message><message><source>this laptop is joined to the station's host, which keeps the queue: issue and call through it (the screens do)</source><translation>máy này đang kết nối với máy chủ của trạm, nơi quản lý hàng đợi: hãy cấp số và gọi số qua máy chủ (các màn hình đã làm như vậy)</translation></message><message><source>this laptop is the host; it cannot join another</source><translation>máy này là máy chủ; không thể kết nối với máy chủ khác</translation></message><message><source>this move changed no appointment: there is nobody to tell</source><translation>lần dời lịch này không đổi lịch hẹn nào: không có ai cần báo</translation></message><message><source>this resident has only one collected intake: there is nothing to decide</source><translation>Công dân này chỉ có một lần thu nhận: không có gì cần quyết định</translation></message><message><source>ticket</source><translation>phiếu thứ tự</translation></message><message><source>transferred</source><translation>chuyển bàn</translation></message><message><source>two sessions overlap on {day}: {a_opens}–{a_closes} and {opens}–{closes}</source><translation>hai buổi trùng giờ ngày {day}: {a_opens}–{a_closes} và {opens}–{closes}</translation></message><message><source>type the station code {station} to confirm the wipe</source><translation>hãy nhập mã trạm {station} để xác nhận việc xóa dữ liệu</translation></message><message><source>unknown kind of station code '{kind}'</source><translation>loại mã của trạm không xác định: '{kind}'</translation></message><message><source>unknown letter setting(s): {names}</source><translation>mục thiết lập giấy mời không có: {names}</translation></message><message><source>waiting</source><translation>đang chờ</translation></message><message><source>wrong kit password, or the kit file is damaged: check the 20 digits with HQ, or copy the kit again</source><translation>sai mật khẩu bộ cài đặt, hoặc tệp bị hỏng: hãy kiểm tra lại 20 chữ số với cấp trên, hoặc chép lại bộ cài đặt</translation></message><message><source>wrong station passphrase for {path} (its key file is station {station}'s)</source><translation>sai mật khẩu của trạm cho {path} (tệp khóa của nó thuộc trạm {station})</translation></message><message><source>{booked} people are booked on the session {session}: move it or spread its appointments over other sessions instead</source><translation>buổi {session} đã hẹn {booked} người: hãy dời buổi hoặc chia lịch hẹn sang các buổi khác</translation></message><message><source>{count} of {total} households can't be placed in {where} ({free} free places for {people} people; household {code}: {reason}); nothing was moved</source><translation>{count} trên {total} hộ không xếp được vào {where} (còn {free} chỗ trống cho {people} người; hộ {code}: {reason}); chưa dời gì</translation></message><message><source>{count} records from {station} were kept aside, not applied: a station may change only its own tickets, intakes, sessions and appointments and the roster of the villages it serves</source><translation>{count} bản ghi của {station} được để riêng, không áp dụng: một trạm chỉ được thay đổi số thứ tự, hồ sơ tiếp nhận, phiên làm việc và lịch hẹn của chính trạm, và danh sách dân cư của các thôn mà trạm phục vụ</translation></message><message><source>{days} more days of sessions</source><translation>thêm {days} ngày làm việc</translation></message><message><source>{day} has {count} sessions (opening at {times}); add the opening time, for example '{day} {opens}'</source><translation>ngày {day} có {count} buổi (bắt đầu lúc {times}); hãy thêm giờ bắt đầu, ví dụ '{day} {opens}'</translation></message><message><source>{day} is in the past</source><translation>ngày {day} đã qua</translation></message><message><source>{day} {opens}–{closes} at {place}</source><translation>{day} {opens}–{closes} tại {place}</translation></message><message><source>{day} {opens}–{closes} is taken: the station already has a session {c_opens}–{c_closes} at {place} ({booked} booked); nothing was moved (to put these households into the free places of the later sessions, spread this session instead of moving it)</source><translation>ngày {day} {opens}–{closes} đã có lịch: trạm đã có buổi {c_opens}–{c_closes} tại {place} (đã hẹn {booked} người); chưa dời gì (để xếp các hộ này vào chỗ trống của các buổi sau, hãy chia lịch hẹn của buổi này thay vì dời buổi)</translation></message><message><source>{desks} more desks from {day}, or {days}</source><translation>thêm {desks} bàn từ ngày {day}, hoặc {days}</translation></message><message><source>{fact}: check it is the same person; to record again, confirm with a reason</source><translation>{fact}: hãy kiểm tra có đúng người không; muốn ghi lại, xác nhận kèm lý do</translation></message><message><source>{file} is a binary file, not a CSV or XLSX roster</source><translation>{file} là tệp nhị phân, không phải danh sách CSV hoặc XLSX</translation></message><message><source>{file} is a database, not a roster (CSV or XLSX)</source><translation>{file} là tệp cơ sở dữ liệu, không phải danh sách (CSV hoặc XLSX)</translation></message><message><source>{file} is empty</source><translation>{file} không có dữ liệu</translation></message><message><source>{file} is not UTF-8 text (line {line}); save it as CSV UTF-8 or XLSX</source><translation>{file} không phải văn bản UTF-8 (dòng {line}); hãy lưu thành CSV UTF-8 hoặc XLSX</translation></message><message><source>{file} is not a readable XLSX workbook ({reason})</source><translation>Không đọc được {file} như một bảng tính XLSX ({reason})</translation></message><message><source>{file}, line {line}: {reason}</source><translation>{file}, dòng {line}: {reason}</translation></message><message><source>{file}: broken UTF-16 text ({reason})</source><translation>{file}: văn bản UTF-16 bị lỗi ({reason})</translation></message><message><source>{file}: no column for {missing}; the headers are: {headers}</source><translation>{file}: không có cột {missing}; các cột là: {headers}</translation></message><message><source>{file}: no column of full names (such as 'Họ và tên') found</source><translation>{file}: không tìm thấy cột họ tên (ví dụ 'Họ và tên')</translation></message><message><source>{file}: the header line cannot be read ({reason})</source><translation>{file}: không đọc được dòng tiêu đề ({reason})</translation></message><message><source>{file}: the roster reader stopped unexpectedly (exit code {code})</source><translation>{file}: trình đọc danh sách dừng bất thường (mã thoát {code})</translation></message><message><source>{folder} is not a folder</source><translation>{folder} không phải là thư mục</translation></message><message><source>{name} ({dob}) was already collected {where} on {when}{desk}</source><translation>{name} ({dob}) đã được thu nhận {where} lúc {when}{desk}</translation></message><message><source>{number} is {status}: it cannot be {action}</source><translation>phiếu {number} {status}: không thể {action}</translation></message><message><source>{path} already exists; choose another file name</source><translation>{path} đã có; hãy chọn tên tệp khác</translation></message><message><source>{path} cannot be read as a station database: {error}</source><translation>Không đọc được {path} như dữ liệu trạm: {error}</translation></message><message><source>{path} has no key file</source><translation>{path} không có tệp khóa</translation></message><message><source>{path} has no key file ({name}) beside it</source><translation>bên cạnh {path} không có tệp khóa ({name})</translation></message><message><source>{path} is a backup of station {other}, not of this station {station}</source><translation>{path} là bản sao lưu của trạm {other}, không phải của trạm này ({station})</translation></message><message><source>{path} is a database, not a station kit</source><translation>{path} là cơ sở dữ liệu, không phải bộ cài đặt</translation></message><message><source>{path} is a folder, not a station kit</source><translation>{path} là thư mục, không phải bộ cài đặt</translation></message><message><source>{path} is a folder; give a file name for the kit</source><translation>{path} là thư mục; hãy đặt tên tệp cho bộ cài đặt</translation></message><message><source>{path} is an SQLite file but not a station database</source><translation>{path} là tệp SQLite nhưng không phải dữ liệu trạm</translation></message><message><source>{path} is an empty file, not a station database</source><translation>{path} là tệp rỗng, không phải dữ liệu trạm</translation></message><message><source>{path} is damaged: {problem}</source><translation>{path} bị hỏng: {problem}</translation></message><message><source>{path} is not a station backup</source><translation>{path} không phải là bản sao lưu của trạm</translation></message><message><source>{path} is not a station backup: {error}</source><translation>{path} không phải là bản sao lưu của trạm: {error}</translation></message><message><source>{path} is not a station database (not SQLite, damaged, or encrypted and its key file {key_file} is missing)</source><translation>{path} không phải dữ liệu trạm (không phải SQLite, đã hỏng, hoặc đã mã hóa nhưng thiếu tệp khóa {key_file})</translation></message><message><source>{path} is not a station database (not SQLite, or damaged), or its key file does not open it</source><translation>{path} không phải dữ liệu trạm (không phải SQLite, hoặc đã hỏng), hoặc tệp khóa bên cạnh không mở được tệp này</translation></message><message><source>{path} is not a station database (not SQLite, or damaged), or its key file {key_file} (station {station}'s) is another database's</source><translation>{path} không phải là cơ sở dữ liệu của trạm (không phải SQLite, hoặc bị hỏng), hoặc tệp khóa {key_file} của nó (thuộc trạm {station}) là của một cơ sở dữ liệu khác</translation></message><message><source>{path} is not a station key file</source><translation>{path} không phải là tệp khóa của trạm</translation></message><message><source>{path} is not encrypted yet: type a new station passphrase to encrypt it</source><translation>{path} chưa được mã hóa: hãy nhập mật khẩu mới của trạm để mã hóa</translation></message><message><source>{path} is open in another program: close it, then open the station again to encrypt it</source><translation>{path} đang được mở trong một chương trình khác: hãy đóng chương trình đó rồi mở lại trạm để mã hóa</translation></message><message><source>{path} was made by a newer version of station-app ({names}); restore it with that version</source><translation>{path} được tạo bởi phiên bản station-app mới hơn ({names}); hãy khôi phục bằng phiên bản đó</translation></message><message><source>{path}: no such file</source><translation>{path}: không có tệp này</translation></message><message><source>{people} people must come together but a slot takes at most {biggest}</source><translation>{people} người phải đến cùng nhau nhưng mỗi khung giờ nhận tối đa {biggest} người</translation></message><message><source>{station} acknowledges this laptop's changes up to {ack}, more than it has made ({made}): this laptop was restored from an older backup; the acknowledgement is ignored</source><translation>{station} xác nhận đã nhận các thay đổi của máy này đến số {ack}, nhiều hơn số máy này đã tạo ({made}): máy này đã được khôi phục từ một bản sao lưu cũ hơn; xác nhận đó bị bỏ qua</translation></message><message><source>{station} is HQ's own code</source><translation>{station} là mã của chính cấp trên</translation></message><message><source>{station} is already enrolled here (fingerprint {fingerprint}): a kit makes a new station. For a replaced laptop, revoke {station} first; another laptop of the station joins its host through the hall network</source><translation>{station} đã được đăng ký tại đây (dấu vân tay {fingerprint}): bộ cài đặt chỉ tạo trạm mới. Nếu thay máy, hãy thu hồi {station} trước; máy khác của trạm kết nối với máy chủ của trạm qua mạng nội bộ</translation></message><message><source>{station} is already enrolled here with another laptop (fingerprint {fingerprint}): a kit makes one station</source><translation>{station} đã được đăng ký tại đây với máy khác (dấu vân tay {fingerprint}): mỗi bộ cài đặt chỉ tạo một trạm</translation></message><message><source>{station} is already enrolled with another key: confirm the replacement</source><translation>{station} đã được đăng ký với khóa khác: hãy xác nhận việc thay khóa</translation></message><message><source>{station} now holds this laptop's changes only up to {ack}, no longer up to {acked}: it was restored from an older backup. The next bundle to {station} carries them again from {ack}</source><translation>{station} nay chỉ còn giữ các thay đổi của máy này đến số {ack}, không còn đến số {acked}: máy đó đã được khôi phục từ một bản sao lưu cũ hơn. Gói đồng bộ tiếp theo gửi {station} sẽ mang lại các thay đổi từ số {ack}</translation></message><message><source>{station} numbers its changes again from {upto} (this laptop held them up to {received}): it was restored from an older backup</source><translation>{station} đánh số lại các thay đổi của mình từ số {upto} (máy này đã giữ đến số {received}): máy đó đã được khôi phục từ một bản sao lưu cũ hơn</translation></message><message><source>{villages} in {session}</source><translation>{villages} trong {session}</translation></message></context>
<context>
    <name>outcomes</name>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="50" />
        <source>Collected</source>
        <translation>Đã thu nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="51" />
        <source>Missing documents</source>
        <translation>Thiếu giấy tờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="52" />
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/desk_screen.py" line="53" />
        <source>Referred elsewhere</source>
        <translation>Chuyển nơi khác</translation>
    </message>
</context>
<context>
    <name>queues</name>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="124" />
        <source>With an appointment letter</source>
        <translation>Có giấy hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="125" />
        <source>Without an appointment letter</source>
        <translation>Không có giấy hẹn</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/floor_models.py" line="126" />
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
        <translation>Cấp trên</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="51" />
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="51" />
        <source>Called</source>
        <translation>Đã gọi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="52" />
        <source>At the desk</source>
        <translation>Đang làm thủ tục</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="52" />
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/ticket_screen.py" line="53" />
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="59" />
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="60" />
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="61" />
        <source>already received</source>
        <translation>đã nhận trước đó</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="62" />
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="63" />
        <source>cancelled</source>
        <translation>đã bị hủy</translation>
    </message>
    <message>
        <location filename="../../station_app/ui/sync_screen.py" line="81" />
        <source>Documents folder (%1)</source>
        <translation>Thư mục Tài liệu (%1)</translation>
    </message>
</context>
<context><name>QPlatformTheme</name><message><source>OK</source><translation>Đồng ý</translation></message><message><source>Save</source><translation>Lưu</translation></message><message><source>Save All</source><translation>Lưu tất cả</translation></message><message><source>Open</source><translation>Mở</translation></message><message><source>&amp;Yes</source><translation>&amp;Có</translation></message><message><source>Yes to &amp;All</source><translation>Có với &amp;tất cả</translation></message><message><source>&amp;No</source><translation>&amp;Không</translation></message><message><source>N&amp;o to All</source><translation>K&amp;hông với tất cả</translation></message><message><source>Abort</source><translation>Hủy bỏ</translation></message><message><source>Retry</source><translation>Thử lại</translation></message><message><source>Ignore</source><translation>Bỏ qua</translation></message><message><source>Close</source><translation>Đóng</translation></message><message><source>Cancel</source><translation>Hủy</translation></message><message><source>Discard</source><translation>Không lưu</translation></message><message><source>Help</source><translation>Trợ giúp</translation></message><message><source>Apply</source><translation>Áp dụng</translation></message><message><source>Reset</source><translation>Đặt lại</translation></message><message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message></context><context><name>QFileDialog</name><message><source>Look in:</source><translation>Tìm trong:</translation></message><message><source>Back</source><translation>Quay lại</translation></message><message><source>Forward</source><translation>Tiến tới</translation></message><message><source>Parent Directory</source><translation>Thư mục cha</translation></message><message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message><message><source>List View</source><translation>Dạng danh sách</translation></message><message><source>Detail View</source><translation>Dạng chi tiết</translation></message><message><source>File &amp;name:</source><translation>&amp;Tên tệp:</translation></message><message><source>Files of type:</source><translation>Loại tệp:</translation></message><message><source>&amp;Open</source><translation>&amp;Mở</translation></message><message><source>&amp;Save</source><translation>&amp;Lưu</translation></message><message><source>&amp;Choose</source><translation>&amp;Chọn</translation></message><message><source>Open</source><translation>Mở</translation></message><message><source>Save As</source><translation>Lưu thành</translation></message><message><source>Directory:</source><translation>Thư mục:</translation></message><message><source>All Files (*)</source><translation>Mọi tệp (*)</translation></message><message><source>New Folder</source><translation>Thư mục mới</translation></message><message><source>&amp;Rename</source><translation>Đổi &amp;tên</translation></message><message><source>&amp;Delete</source><translation>&amp;Xóa</translation></message><message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩ&amp;n</translation></message><message><source>&amp;New Folder</source><translation>Thư mục &amp;mới</translation></message><message><source>Recent Places</source><translation>Nơi đã mở gần đây</translation></message><message><source>My Computer</source><translation>Máy tính</translation></message><message><source>Computer</source><translation>Máy tính</translation></message><message><source>File</source><translation>Tệp</translation></message><message><source>File Folder</source><translation>Thư mục</translation></message><message><source>Folder</source><translation>Thư mục</translation></message><message><source>Directories</source><translation>Thư mục</translation></message><message><source>saved as PDF</source><translation>đã lưu PDF</translation></message><message><source>%1: deadlines %2; opening days: %3.</source><translation>%1: hạn %2; ngày làm việc: %3.</translation></message><message><source>HQ passphrase</source><translation>Mật khẩu của cấp trên</translation></message><message><source>HQ's database is encrypted. HQ's staff type HQ's passphrase (not a PIN) to open it. Nobody can open it without this passphrase, not even from a backup.</source><translation>Dữ liệu của cấp trên được mã hóa. Cán bộ cấp trên nhập mật khẩu của cấp trên (không phải mã PIN) để mở. Không ai mở được dữ liệu này nếu không có mật khẩu, kể cả từ bản sao lưu.</translation></message><message><source>Drive</source><translation>Ổ đĩa</translation></message><message><source>Unknown</source><translation>Không rõ</translation></message><message><source>Sidebar</source><translation>Thanh bên</translation></message><message><source>Files</source><translation>Tệp</translation></message><message><source>&amp;Look in:</source><translation>&amp;Tìm trong:</translation></message><message><source>Files of &amp;type:</source><translation>&amp;Loại tệp:</translation></message></context><context><name>QFileSystemModel</name><message><source>Name</source><translation>Tên</translation></message><message><source>Size</source><translation>Kích thước</translation></message><message><source>Type</source><translation>Loại</translation></message><message><source>Kind</source><translation>Loại</translation></message><message><source>Date Modified</source><translation>Ngày sửa</translation></message><message><source>My Computer</source><translation>Máy tính</translation></message><message><source>Computer</source><translation>Máy tính</translation></message></context><context><name>QLineEdit</name><message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message><message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message><message><source>Cu&amp;t</source><translation>&amp;Cắt</translation></message><message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message><message><source>&amp;Paste</source><translation>&amp;Dán</translation></message><message><source>Delete</source><translation>Xóa</translation></message><message><source>Select All</source><translation>Chọn tất cả</translation></message></context><context><name>QPrintDialog</name><message><source>Print</source><translation>In</translation></message><message><source>&amp;Print</source><translation>&amp;In</translation></message><message><source>&amp;Options &gt;&gt;</source><translation>&amp;Tùy chọn &gt;&gt;</translation></message><message><source>&amp;Options &lt;&lt;</source><translation>&amp;Tùy chọn &lt;&lt;</translation></message><message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message><message><source>Print To File ...</source><translation>In ra tệp…</translation></message><message><source>Local file</source><translation>Tệp trên máy</translation></message><message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message><message><source>All Pages</source><translation>Tất cả các trang</translation></message><message><source>Odd Pages</source><translation>Các trang lẻ</translation></message><message><source>Even Pages</source><translation>Các trang chẵn</translation></message><message><source>OK</source><translation>Đồng ý</translation></message><message><source>%1 already exists.
Do you want to overwrite it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message><message><source>%1 is a directory.
Please choose a different file name.</source><translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation></message><message><source>File %1 is not writable.
Please choose a different file name.</source><translation>Không ghi được vào tệp %1.
Hãy chọn tên tệp khác.</translation></message><message><source>Invalid Pages Definition</source><translation>Khai báo trang không hợp lệ</translation></message><message><source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source><translation>%1 không đúng cú pháp. Hãy dùng dấu ',' để ngăn cách các trang và khoảng trang, dấu '-' để ghi khoảng trang, và các khoảng trang không được chồng lên nhau.</translation></message><message><source>The 'From' value cannot be greater than the 'To' value.</source><translation>Giá trị 'Từ' không được lớn hơn giá trị 'Đến'.</translation></message><message><source>1 (1x1)</source><translation>1 (1x1)</translation></message><message><source>2 (2x1)</source><translation>2 (2x1)</translation></message><message><source>4 (2x2)</source><translation>4 (2x2)</translation></message><message><source>6 (2x3)</source><translation>6 (2x3)</translation></message><message><source>9 (3x3)</source><translation>9 (3x3)</translation></message><message><source>16 (4x4)</source><translation>16 (4x4)</translation></message><message><source>Left to Right, Top to Bottom</source><translation>Trái sang phải, trên xuống dưới</translation></message><message><source>Left to Right, Bottom to Top</source><translation>Trái sang phải, dưới lên trên</translation></message><message><source>Right to Left, Bottom to Top</source><translation>Phải sang trái, dưới lên trên</translation></message><message><source>Right to Left, Top to Bottom</source><translation>Phải sang trái, trên xuống dưới</translation></message><message><source>Bottom to Top, Left to Right</source><translation>Dưới lên trên, trái sang phải</translation></message><message><source>Bottom to Top, Right to Left</source><translation>Dưới lên trên, phải sang trái</translation></message><message><source>Top to Bottom, Left to Right</source><translation>Trên xuống dưới, trái sang phải</translation></message><message><source>Top to Bottom, Right to Left</source><translation>Trên xuống dưới, phải sang trái</translation></message></context><context><name>QPrintWidget</name><message><source>Printer</source><translation>Máy in</translation></message><message><source>&amp;Name:</source><translation>&amp;Tên:</translation></message><message><source>P&amp;roperties</source><translation>Th&amp;uộc tính</translation></message><message><source>Location:</source><translation>Vị trí:</translation></message><message><source>Type:</source><translation>Loại:</translation></message><message><source>Output &amp;file:</source><translation>Tệp &amp;xuất ra:</translation></message><message><source>Preview</source><translation>Xem trước</translation></message><message><source>...</source><translation>…</translation></message><message><source>Form</source><translation>Biểu mẫu</translation></message></context><context><name>QPrintSettingsOutput</name><message><source>Copies</source><translation>Số bản</translation></message><message><source>Copies:</source><translation>Số bản:</translation></message><message><source>Collate</source><translation>Sắp theo bộ</translation></message><message><source>Reverse</source><translation>In ngược thứ tự</translation></message><message><source>Options</source><translation>Tùy chọn</translation></message><message><source>Color Mode</source><translation>Chế độ màu</translation></message><message><source>Color</source><translation>Màu</translation></message><message><source>Grayscale</source><translation>Thang xám</translation></message><message><source>Double Sided Printing</source><translation>In hai mặt</translation></message><message><source>Off</source><translation>Tắt</translation></message><message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message><message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message><message><source>Print range</source><translation>Phạm vi in</translation></message><message><source>Print all</source><translation>In tất cả</translation></message><message><source>Pages from</source><translation>Các trang từ</translation></message><message><source>to</source><translation>đến</translation></message><message><source>Pages</source><translation>Các trang</translation></message><message><source>Current Page</source><translation>Trang hiện tại</translation></message><message><source>Selection</source><translation>Phần đã chọn</translation></message><message><source>Page Set:</source><translation>Nhóm trang:</translation></message><message><source>Page &amp;Set:</source><translation>&amp;Nhóm trang:</translation></message><message><source>Output Settings</source><translation>Thiết lập bản in</translation></message><message><source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source><translation>Nhập các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy. Khoảng trang ghi bằng hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation></message><message><source>Form</source><translation>Biểu mẫu</translation></message></context><context><name>QPrintPropertiesDialog</name><message><source>Printer Properties</source><translation>Thuộc tính máy in</translation></message><message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message><message><source>Page Setup Conflicts</source><translation>Xung đột thiết lập trang</translation></message><message><source>Advanced Option Conflicts</source><translation>Xung đột tùy chọn nâng cao</translation></message><message><source>There are conflicts in page setup options. Do you want to fix them?</source><translation>Có xung đột trong các tùy chọn thiết lập trang. Bạn có muốn sửa không?</translation></message><message><source>There are conflicts in some advanced options. Do you want to fix them?</source><translation>Có xung đột trong một số tùy chọn nâng cao. Bạn có muốn sửa không?</translation></message></context><context><name>QPrintPropertiesWidget</name><message><source>Page</source><translation>Trang</translation></message><message><source>Advanced</source><translation>Nâng cao</translation></message><message><source>There are conflicts in some options. Please fix them.</source><translation>Có xung đột giữa một số tùy chọn. Hãy sửa lại.</translation></message><message><source>Form</source><translation>Biểu mẫu</translation></message></context><context><name>QPageSetupWidget</name><message><source>Paper</source><translation>Giấy</translation></message><message><source>Page size:</source><translation>Khổ giấy:</translation></message><message><source>Width:</source><translation>Rộng:</translation></message><message><source>Height:</source><translation>Cao:</translation></message><message><source>Paper source:</source><translation>Khay giấy:</translation></message><message><source>Orientation</source><translation>Hướng giấy</translation></message><message><source>Portrait</source><translation>Dọc</translation></message><message><source>Landscape</source><translation>Ngang</translation></message><message><source>Reverse landscape</source><translation>Ngang ngược</translation></message><message><source>Reverse portrait</source><translation>Dọc ngược</translation></message><message><source>Margins</source><translation>Lề</translation></message><message><source>top margin</source><translation>lề trên</translation></message><message><source>left margin</source><translation>lề trái</translation></message><message><source>right margin</source><translation>lề phải</translation></message><message><source>bottom margin</source><translation>lề dưới</translation></message><message><source>Page Layout</source><translation>Bố cục trang</translation></message><message><source>Page order:</source><translation>Thứ tự trang:</translation></message><message><source>Page &amp;order:</source><translation>&amp;Thứ tự trang:</translation></message><message><source>Pages per sheet:</source><translation>Số trang mỗi tờ:</translation></message><message><source>Pages &amp;per sheet:</source><translation>Số trang &amp;mỗi tờ:</translation></message><message><source>Millimeters (mm)</source><translation>Milimét (mm)</translation></message><message><source>Inches (in)</source><translation>Inch (in)</translation></message><message><source>Points (pt)</source><translation>Điểm (pt)</translation></message><message><source>Custom</source><translation>Tùy chỉnh</translation></message><message><source>Form</source><translation>Biểu mẫu</translation></message></context></TS>