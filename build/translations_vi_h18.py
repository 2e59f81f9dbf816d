"""Vietnamese of the hall network's strings (issue 18): its screen, the status bar's mark and
the service messages."""

VI_h18 = {
    "Hall network": "Mạng nội bộ",
    "Make this laptop the host": "Đặt máy này làm máy chủ của trạm",
    "Work on its own again": "Cho máy này làm việc độc lập",
    "New join code": "Tạo mã kết nối mới",
    "a code for one laptop, valid 30 minutes": "mỗi mã dùng cho một máy, hiệu lực 30 phút",
    "Laptop": "Máy tính",
    "Joined": "Kết nối lúc",
    "Last contact": "Liên lạc gần nhất",
    "Removed": "Đã gỡ",
    "Served": "Đang phục vụ",
    "Remove the selected laptop": "Gỡ máy đã chọn",
    "Laptops joined to this host": "Các máy đã kết nối với máy chủ này",
    "On the other laptop: Hall network → scan, paste or type this code → Join.":
        "Trên máy kia: Mạng nội bộ → quét, dán hoặc gõ mã này → Kết nối.",
    "for example: Desk 2": "ví dụ: Bàn 2",
    "Join": "Kết nối",
    "Join the station's host": "Kết nối với máy chủ của trạm",
    "Join code": "Mã kết nối",
    "This laptop's name": "Tên của máy này",
    "This laptop is the station's host (port %1).": "Máy này là máy chủ của trạm (cổng %1).",
    "This laptop is joined to the host at %1.": "Máy này đã kết nối với máy chủ tại %1.",
    "This laptop works on its own.": "Máy này đang làm việc độc lập.",
    "Its key: %1": "Khóa của máy: %1",
    "This laptop is now the host: give each other laptop a join code.":
        "Máy này đã là máy chủ: hãy tạo cho mỗi máy khác một mã kết nối.",
    "This laptop works on its own again.": "Máy này đã trở lại làm việc độc lập.",
    "%1 is served no more.": "Đã ngừng phục vụ %1.",
    "Joined %1: numbers, calls and the display now come from the host.":
        "Đã kết nối với %1: số thứ tự, gọi số và màn hình hiển thị nay do máy chủ cung cấp.",
    "WITHOUT THE HOST: numbers and calls wait for it; searches and intakes are kept here":
        "MẤT KẾT NỐI MÁY CHỦ: cấp số và gọi số phải chờ; tra cứu và ghi nhận hồ sơ vẫn lưu "
        "trên máy này",
    "Joined to the host": "Đã kết nối máy chủ",
    "Host · laptops joined: %1": "Máy chủ · số máy đã kết nối: %1",
    "One laptop of the station, usually the ticket table's, is its host: it gives the "
    "numbers, the calls and the display for every desk. Each other laptop joins it once "
    "with a one-time join code, keeps its own copy of the station's records, and goes "
    "on searching and recording intakes when the network drops. Only laptops that "
    "joined are served; everything on the network is encrypted. Bundles to HQ are "
    "written on the host.":
        "Một máy của trạm, thường là máy ở bàn phát số, làm máy chủ: máy chủ cấp số thứ tự, "
        "gọi số và cung cấp màn hình hiển thị cho mọi bàn. Mỗi máy khác kết nối với máy chủ "
        "một lần bằng mã kết nối dùng một lần, giữ bản sao dữ liệu của trạm và vẫn tra cứu, "
        "ghi nhận hồ sơ khi mất mạng. Máy chủ chỉ phục vụ các máy đã kết nối; mọi dữ liệu "
        "trên mạng đều được mã hóa. Gói đồng bộ gửi về cấp trên được lập trên máy chủ.",
    # service messages
    "make this laptop the host first": "hãy đặt máy này làm máy chủ trước",
    "the host is station {host}, this laptop is {here}: join a host of this station":
        "máy chủ thuộc trạm {host}, máy này thuộc trạm {here}: hãy kết nối với máy chủ của "
        "đúng trạm này",
    "the host laptop cannot be reached: a new number, calling and the display need it "
    "(searches and intakes go on here); this resumes by itself when it is back":
        "không liên lạc được với máy chủ: cấp số mới, gọi số và màn hình hiển thị cần máy "
        "chủ (tra cứu và ghi nhận hồ sơ vẫn làm được trên máy này); sẽ tự tiếp tục khi máy "
        "chủ hoạt động trở lại",
    "the host refused to enrol this laptop: {reason}":
        "máy chủ từ chối kết nối máy này: {reason}",
    "the laptop at {address} is not the host of this join code (its key differs): nothing "
    "was sent":
        "máy tại {address} không phải máy chủ của mã kết nối này (khóa không khớp): chưa gửi "
        "gì cả",
    "this laptop has not joined a host": "máy này chưa kết nối với máy chủ nào",
    "this laptop is joined to a host: leave it first":
        "máy này đang kết nối với một máy chủ: hãy ngắt kết nối trước",
    "this laptop is joined to the station's host, which keeps the queue: issue and call "
    "through it (the screens do)":
        "máy này đang kết nối với máy chủ của trạm, nơi quản lý hàng đợi: hãy cấp số và gọi "
        "số qua máy chủ (các màn hình đã làm như vậy)",
    "this laptop is the host; it cannot join another":
        "máy này là máy chủ; không thể kết nối với máy chủ khác",
    "this is not a join code (it starts with CCCD-HALL1|)":
        "đây không phải mã kết nối (mã kết nối bắt đầu bằng CCCD-HALL1|)",
}
