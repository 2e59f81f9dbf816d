"""Vietnamese of the backups, restore, check at start and wipe (issue 17: h17b)."""

VI_h17b = {
    # the status line and the check at start (ui/backups.py)
    "The station database is damaged": "Cơ sở dữ liệu của trạm bị hỏng",
    "SQLite found damage in %1.": "SQLite phát hiện hư hỏng trong %1.",
    "Database damaged: restore a backup (Backups screen)":
        "Cơ sở dữ liệu bị hỏng: hãy khôi phục một bản sao lưu (màn hình Sao lưu)",
    "Backup failed: %1": "Sao lưu không thành công: %1",
    "Backup: checking the database…": "Sao lưu: đang kiểm tra cơ sở dữ liệu…",
    "No backup yet": "Chưa có bản sao lưu nào",
    "just now": "vừa xong",
    "%1 min ago": "%1 phút trước",
    "%1 h ago": "%1 giờ trước",
    "Last backup %1 in %2": "Sao lưu gần nhất: %1, tại %2",
    " (this disk only: choose a USB stick)": " (chỉ trên ổ đĩa này: hãy chọn một USB)",
    # the Backups screen (ui/backups_screen.py)
    "Backups": "Sao lưu",
    "the folder beside the database (this disk)": "thư mục cạnh cơ sở dữ liệu (ổ đĩa này)",
    "Back up now": "Sao lưu ngay",
    "Choose…": "Chọn…",
    "Save": "Lưu",
    "Size": "Dung lượng",
    "File": "Tệp",
    "Taken": "Thời điểm sao lưu",
    "Restore the selected backup…": "Khôi phục bản sao lưu đã chọn…",
    "Backups of this station": "Các bản sao lưu của trạm",
    "Backup folder (a USB stick)": "Thư mục sao lưu (một USB)",
    "newest backups kept there": "bản sao lưu mới nhất được giữ lại ở đó",
    "Keep": "Giữ lại",
    "final bundle file, for HQ": "tệp gói dữ liệu cuối cùng, gửi cấp trên",
    "Write the final bundle and wipe this laptop":
        "Xuất gói dữ liệu cuối cùng và xóa dữ liệu trên máy này",
    "End of the campaign": "Kết thúc chiến dịch",
    "Writes the final bundle for HQ (it records the wipe), then overwrites and removes from "
    "this laptop the station database, its backups and every letter, notice and report it "
    "wrote. Carry the bundle to HQ. This cannot be undone.":
        "Xuất gói dữ liệu cuối cùng gửi cấp trên (có ghi nhận việc xóa), sau đó ghi đè và "
        "xóa khỏi máy này cơ sở dữ liệu của trạm, các bản sao lưu và mọi giấy mời, thông báo, "
        "báo cáo đã tạo. Hãy mang gói dữ liệu về cấp trên. Không thể hoàn tác.",
    "Final bundle": "Gói dữ liệu cuối cùng",
    "Type the station code %1": "Nhập mã trạm %1 để xác nhận",
    "No backup in %1 yet.": "Chưa có bản sao lưu nào trong %1.",
    "%1 backups in %2; the last taken %3.": "%1 bản sao lưu trong %2; bản gần nhất lúc %3.",
    "Backup folder": "Thư mục sao lưu",
    "Saved.": "Đã lưu.",
    "Backing up…": "Đang sao lưu…",
    "Backed up to %1.": "Đã sao lưu vào %1.",
    "Choose a backup in the list first.": "Hãy chọn một bản sao lưu trong danh sách trước.",
    "Restore a backup": "Khôi phục bản sao lưu",
    "Restore the backup taken %1? The station database as it is now is kept aside, and the "
    "program closes: start it again to work on the restored station.":
        "Khôi phục bản sao lưu lúc %1? Cơ sở dữ liệu hiện tại của trạm được giữ riêng, và "
        "chương trình sẽ đóng lại: hãy mở lại để làm việc trên dữ liệu đã khôi phục.",
    "Restoring…": "Đang khôi phục…",
    "Restored. The database before is kept as %1.":
        "Đã khôi phục. Cơ sở dữ liệu trước đó được giữ tại %1.",
    "Choose where to write the final bundle first.":
        "Hãy chọn nơi lưu gói dữ liệu cuối cùng trước.",
    "Wipe this laptop": "Xóa dữ liệu trên máy này",
    "Write the final bundle to %1, then remove every file of station %2 from this laptop? "
    "This cannot be undone.":
        "Xuất gói dữ liệu cuối cùng vào %1, sau đó xóa mọi tệp của trạm %2 khỏi máy này? "
        "Không thể hoàn tác.",
    "Writing the final bundle…": "Đang xuất gói dữ liệu cuối cùng…",
    # app.py
    "The program closes now: start it again.": "Chương trình sẽ đóng ngay: hãy mở lại.",
    "Wiping this laptop…": "Đang xóa dữ liệu trên máy này…",
    "Station %1 is wiped from this laptop (%2 files removed). Carry the final bundle %3 to HQ.":
        "Đã xóa dữ liệu trạm %1 khỏi máy này (%2 tệp). Hãy mang gói dữ liệu cuối cùng %3 về "
        "cấp trên.",
    # service messages (services/backups.py, services/wipe.py)
    "Restore the last backup (on the Backups screen, or: station-app restore FILE), or rebuild "
    "the station from HQ's bundle. The damaged file {path} is kept as it is.":
        "Hãy khôi phục bản sao lưu gần nhất (trên màn hình Sao lưu, hoặc: station-app restore "
        "TỆP), hoặc dựng lại trạm từ gói dữ liệu của cấp trên. Tệp bị hỏng {path} được giữ "
        "nguyên.",
    "Restore the last backup from {folder} (on the Backups screen, or: station-app restore "
    "FILE), or rebuild the station from HQ's bundle. The damaged file {path} is kept as it is.":
        "Hãy khôi phục bản sao lưu gần nhất trong {folder} (trên màn hình Sao lưu, hoặc: "
        "station-app restore TỆP), hoặc dựng lại trạm từ gói dữ liệu của cấp trên. Tệp bị "
        "hỏng {path} được giữ nguyên.",
    "backup folder {folder} does not exist": "thư mục sao lưu {folder} không tồn tại",
    "backup folder {folder} is not there (is the USB stick plugged in?)":
        "không thấy thư mục sao lưu {folder} (USB đã được cắm chưa?)",
    "keep from 1 to 1000 backups, not {keep}": "số bản sao lưu giữ lại phải từ 1 đến 1000, không phải {keep}",
    "no backup file at {path}": "không có tệp sao lưu tại {path}",
    "no station database at {path}": "không có cơ sở dữ liệu của trạm tại {path}",
    "the backup to {folder} failed: {error}": "sao lưu vào {folder} không thành công: {error}",
    "type the station code {station} to confirm the wipe":
        "hãy nhập mã trạm {station} để xác nhận việc xóa dữ liệu",
    "{path} is a backup of station {other}, not of this station {station}":
        "{path} là bản sao lưu của trạm {other}, không phải của trạm này ({station})",
    "{path} is damaged: {problem}": "{path} bị hỏng: {problem}",
    "{path} is not a station backup": "{path} không phải là bản sao lưu của trạm",
    "{path} is not a station backup: {error}": "{path} không phải là bản sao lưu của trạm: {error}",
    "{path} was made by a newer version of station-app ({names}); restore it with that version":
        "{path} được tạo bởi phiên bản station-app mới hơn ({names}); hãy khôi phục bằng "
        "phiên bản đó",
}
