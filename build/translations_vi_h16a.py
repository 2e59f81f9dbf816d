"""Vietnamese of the Sync, Conflicts and HQ screens and their services (issue 16, h16a)."""

VI_h16a = {
    # main window tabs
    "Sync": "Đồng bộ",
    "Conflicts": "Trùng hồ sơ",
    "HQ": "Cấp trên (HQ)",
    # statuses of a bundle
    "sent": "đã gửi",
    "received": "đã nhận",
    "already received": "đã nhận trước đó",
    "refused": "bị từ chối",
    "cancelled": "đã hủy",
    # import box
    "Import a bundle…": "Nhập một gói đồng bộ…",
    "Import every bundle of a folder…": "Nhập mọi gói đồng bộ trong một thư mục…",
    "File": "Tệp",
    "From": "Từ",
    "Result": "Kết quả",
    "Changes": "Số thay đổi",
    "Choose a bundle": "Chọn gói đồng bộ",
    "Sync bundles (*.bundle);;All files (*)": "Gói đồng bộ (*.bundle);;Mọi tệp (*)",
    "Choose the folder of the bundles": "Chọn thư mục chứa các gói đồng bộ",
    "There is no bundle (*.bundle) in %1.": "Không có gói đồng bộ (*.bundle) nào trong %1.",
    "Importing %n bundle(s)…": "Đang nhập %n gói đồng bộ…",
    "Received %1, already received %2, refused %3, not imported %4.":
        "Đã nhận %1, đã nhận trước đó %2, bị từ chối %3, chưa nhập %4.",
    "%n resident(s) collected at two stations: see Conflicts.":
        "%n công dân được thu nhận ở hai trạm: xem mục Trùng hồ sơ.",
    # enrolment
    "Choose the identity file": "Chọn tệp định danh",
    "Identity files (*.id);;All files (*)": "Tệp định danh (*.id);;Mọi tệp (*)",
    "station": "trạm",
    "%1 %2 is already enrolled with this key.": "%1 %2 đã được đăng ký với khóa này.",
    "Enrol %1 %2 (%3)? Compare this fingerprint with the one shown on that laptop:":
        "Đăng ký %1 %2 (%3)? Hãy so dấu vân tay khóa này với dấu vân tay hiện trên máy đó:",
    "It replaces the key enrolled for %1, fingerprint %2, which will be revoked: its bundles "
    "are refused from then on.":
        "Khóa này thay cho khóa đã đăng ký của %1, dấu vân tay %2; khóa cũ sẽ bị thu hồi: "
        "từ đó các gói của khóa cũ bị từ chối.",
    "Replace the key": "Thay khóa",
    "The fingerprints match: enrol": "Dấu vân tay khớp: đăng ký",
    "Enrolled %1, fingerprint %2.": "Đã đăng ký %1, dấu vân tay %2.",
    # sync screen
    "Send to HQ": "Gửi lên cấp trên",
    "Choose a folder…": "Chọn thư mục…",
    "Write the bundle for HQ": "Ghi gói đồng bộ gửi cấp trên",
    "Write this laptop's identity file": "Ghi tệp định danh của máy này",
    "Enrol HQ's identity file…": "Đăng ký tệp định danh của cấp trên…",
    "Drive or folder:": "Ổ đĩa hoặc thư mục:",
    "Once, with HQ:": "Làm một lần với cấp trên:",
    "Receive from HQ": "Nhận từ cấp trên",
    "When": "Thời điểm",
    "Direction": "Chiều",
    "out": "gửi đi",
    "in": "nhận về",
    "Bundles sent, received and refused": "Các gói đã gửi, đã nhận và bị từ chối",
    "Choose a drive or folder": "Chọn ổ đĩa hoặc thư mục",
    "This laptop's fingerprint: %1": "Dấu vân tay khóa của máy này: %1",
    "No HQ is enrolled yet: write this laptop's identity file for HQ and enrol HQ's identity "
    "file.":
        "Chưa đăng ký cấp trên: hãy ghi tệp định danh của máy này gửi cấp trên và đăng ký tệp "
        "định danh của cấp trên.",
    "HQ holds everything of this station (last acknowledged %1).":
        "Cấp trên đã có đủ dữ liệu của trạm (xác nhận lần cuối %1).",
    "Not yet at HQ: %1 change(s), the oldest since %2. Last bundle for HQ: %3.":
        "Chưa đến cấp trên: %1 thay đổi, cũ nhất từ %2. Gói gần nhất gửi cấp trên: %3.",
    "Choose a drive or folder first.": "Hãy chọn ổ đĩa hoặc thư mục trước.",
    "Writing the bundle…": "Đang ghi gói đồng bộ…",
    "Wrote %1 for %2: %3 change(s).": "Đã ghi %1 gửi %2: %3 thay đổi.",
    "Wrote %1. Carry it to HQ; HQ compares the fingerprint %2.":
        "Đã ghi %1. Hãy mang lên cấp trên; cấp trên so dấu vân tay %2.",
    # conflicts screen
    "Resident": "Công dân",
    "Born": "Ngày sinh",
    "Collected at": "Thu nhận tại",
    "why this intake stands (required)": "lý do giữ hồ sơ này (bắt buộc)",
    "Record the decision": "Ghi quyết định",
    "The intakes side by side: choose the one that stands":
        "Các lần thu nhận đặt cạnh nhau: chọn lần được giữ",
    "Stands": "Được giữ",
    "Set aside": "Để riêng",
    "Decided at": "Quyết định tại",
    "By": "Người quyết định",
    "Decisions taken": "Các quyết định đã ghi",
    "%n resident(s) collected at two stations": "%n công dân được thu nhận ở hai trạm",
    "No conflict to decide.": "Không có hồ sơ trùng cần quyết định.",
    "Collected on": "Thu nhận lúc",
    "Operator": "Cán bộ",
    "Note": "Ghi chú",
    "Set aside by an earlier decision": "Đã để riêng theo một quyết định trước",
    "This intake stands": "Giữ lần thu nhận này",
    "Choose the intake that stands.": "Hãy chọn lần thu nhận được giữ.",
    "Recorded; the decision goes with the next bundle.":
        "Đã ghi; quyết định sẽ đi cùng gói đồng bộ tiếp theo.",
    # HQ screen
    "Code": "Mã trạm",
    "Station name": "Tên trạm",
    "Key fingerprint": "Dấu vân tay khóa",
    "Last bundle received": "Gói nhận gần nhất",
    "none yet": "chưa có",
    "Not acknowledged": "Chưa xác nhận",
    "revoked %1": "thu hồi %1",
    "enrolled %1": "đăng ký %1",
    "Enrol a station…": "Đăng ký trạm…",
    "Revoke the selected station…": "Thu hồi trạm đã chọn…",
    "Write HQ's identity file…": "Ghi tệp định danh của cấp trên…",
    "Write a bundle for each station…": "Ghi gói đồng bộ cho từng trạm…",
    "Bundles from the stations": "Gói đồng bộ từ các trạm",
    "Select an enrolled station first.": "Hãy chọn một trạm đã đăng ký trước.",
    "Revoke %1 (%2), fingerprint %3? Its bundles are refused from then on; a revoked key is "
    "never enrolled again.":
        "Thu hồi %1 (%2), dấu vân tay %3? Từ đó các gói của trạm bị từ chối; khóa đã thu hồi "
        "không bao giờ được đăng ký lại.",
    "Revoke": "Thu hồi",
    "Revoked %1.": "Đã thu hồi %1.",
    "Where to write HQ's identity file": "Nơi ghi tệp định danh của cấp trên",
    "Wrote %1. Each station enrols it and compares the fingerprint %2.":
        "Đã ghi %1. Mỗi trạm đăng ký tệp này và so dấu vân tay %2.",
    "Where to write the stations' bundles": "Nơi ghi gói đồng bộ của các trạm",
    "Writing the bundles…": "Đang ghi các gói đồng bộ…",
    "Wrote %n bundle(s) into %1: %2.": "Đã ghi %n gói đồng bộ vào %1: %2.",
    # service messages
    "cancelled by the operator; nothing was imported": "Đã hủy theo yêu cầu; chưa nhập gì",
    "intake {id} is not a current collected intake of this resident":
        "Lần thu nhận {id} không phải lần thu nhận hiện hành của công dân này",
    "it comes from a laptop that is not enrolled here":
        "Gói đến từ một máy chưa được đăng ký ở đây",
    "it could not be merged: {detail}": "Không gộp được gói: {detail}",
    "it is signed by a revoked key": "Gói được ký bằng một khóa đã bị thu hồi",
    "it was written for another laptop": "Gói được ghi cho một máy khác",
    "no HQ is enrolled here: enrol HQ's identity file first":
        "Chưa đăng ký cấp trên ở đây: hãy đăng ký tệp định danh của cấp trên trước",
    "say why this intake stands (the reason is required)":
        "Hãy ghi lý do giữ lần thu nhận này (bắt buộc)",
    "the bundle was written by another version of the app: update the app on both laptops":
        "Gói được ghi bằng phiên bản phần mềm khác: hãy cập nhật phần mềm trên cả hai máy",
    "the file is incomplete (cut short while copying): copy it again":
        "Tệp không đầy đủ (bị cắt khi sao chép): hãy sao chép lại",
    "the file is not a sync bundle": "Tệp này không phải gói đồng bộ",
    "the file was changed or damaged after it was written: nothing of it was imported":
        "Tệp đã bị sửa đổi hoặc hư hỏng sau khi ghi: không nhập dữ liệu nào từ tệp này",
    "the identity file changed since it was read: choose it again":
        "Tệp định danh đã thay đổi từ lúc đọc: hãy chọn lại",
    "this resident has only one collected intake: there is nothing to decide":
        "Công dân này chỉ có một lần thu nhận: không có gì cần quyết định",
    "{folder} is not a folder": "{folder} không phải là thư mục",
    "{station} is already enrolled with another key: confirm the replacement":
        "{station} đã được đăng ký với khóa khác: hãy xác nhận việc thay khóa",
}
