"""Vietnamese of issue 24's strings: a damaged key file, a full disk."""

VI_i24 = {
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
}
