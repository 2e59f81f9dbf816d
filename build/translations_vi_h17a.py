"""Vietnamese of the strings of the encrypted station database (issue 17: the passphrase page,
the key messages). Merged into VI by build/translations_vi.py."""

VI_h17a = {
    # the passphrase page
    "Station passphrase": "Mật khẩu của trạm",
    "Choose the station passphrase. The station lead types it once each time the app starts; "
    "without it the database on this laptop cannot be read if the laptop is lost or stolen. "
    "Use at least 10 characters, words rather than digits: an operator's PIN is not enough. "
    "If it is forgotten, HQ can open the database again.":
        "Đặt mật khẩu của trạm. Trưởng trạm nhập mật khẩu này một lần mỗi khi mở ứng dụng; "
        "nếu máy bị mất hoặc bị lấy cắp, không ai đọc được dữ liệu trên máy khi không có mật "
        "khẩu. Dùng ít nhất 10 ký tự, nên là các từ ngữ thay vì chữ số: mã PIN của cán bộ là "
        "không đủ. Nếu quên mật khẩu, Sở có thể mở lại cơ sở dữ liệu.",
    "The station database is encrypted. The station lead types the station passphrase "
    "(not a PIN) to open it.":
        "Cơ sở dữ liệu của trạm đã được mã hóa. Trưởng trạm nhập mật khẩu của trạm (không "
        "phải mã PIN) để mở.",
    "Passphrase again": "Nhập lại mật khẩu",
    "The two passphrases differ.": "Hai lần nhập mật khẩu không khớp nhau.",
    "Checking…": "Đang kiểm tra…",
    "Encrypting the station database…": "Đang mã hóa cơ sở dữ liệu của trạm…",
    "Unlocking the station…": "Đang mở khóa trạm…",
    # messages of storage/keys.py, storage/db.py, sync/recovery.py
    "the station passphrase cannot be digits only: choose words the lead remembers, at least "
    "{n} characters":
        "mật khẩu của trạm không được chỉ gồm chữ số: hãy chọn các từ mà trưởng trạm nhớ được, "
        "ít nhất {n} ký tự",
    "the station passphrase must have at least {n} characters":
        "mật khẩu của trạm phải có ít nhất {n} ký tự",
    "the key file {path} cannot be read": "không đọc được tệp khóa {path}",
    "{path} is not a station key file": "{path} không phải là tệp khóa của trạm",
    "the station database {path} is encrypted: type the station passphrase (or set {env})":
        "cơ sở dữ liệu của trạm {path} đã được mã hóa: hãy nhập mật khẩu của trạm (hoặc đặt "
        "biến {env})",
    "an operator's PIN cannot open the station database: type the station passphrase (at "
    "least {n} characters)":
        "mã PIN của cán bộ không mở được cơ sở dữ liệu của trạm: hãy nhập mật khẩu của trạm "
        "(ít nhất {n} ký tự)",
    "wrong station passphrase for {path}": "sai mật khẩu của trạm cho {path}",
    "{path} has no key file": "{path} không có tệp khóa",
    "the key of {path} was not sealed to this HQ's key (was HQ enrolled at the station?)":
        "khóa của {path} không được niêm phong cho khóa của Sở này (trạm đã đăng ký Sở "
        "chưa?)",
    "{path} is not encrypted yet: type a new station passphrase to encrypt it (or set {env})":
        "{path} chưa được mã hóa: hãy nhập mật khẩu mới của trạm để mã hóa (hoặc đặt biến "
        "{env})",
    "{path} is open in another program: close it, then open the station again to encrypt it":
        "{path} đang được mở trong một chương trình khác: hãy đóng chương trình đó rồi mở lại "
        "trạm để mã hóa",
    "a new station database needs a station passphrase (typed, or {env})":
        "cơ sở dữ liệu mới của trạm cần có mật khẩu của trạm (nhập vào, hoặc biến {env})",
    "{path} is not a station database (not SQLite, damaged, or encrypted and its key file "
    "{key_file} is missing)":
        "{path} không phải dữ liệu trạm (không phải SQLite, đã hỏng, hoặc đã mã hóa nhưng "
        "thiếu tệp khóa {key_file})",
    "{path} is not a station database (not SQLite, or damaged), or its key file does not open "
    "it":
        "{path} không phải dữ liệu trạm (không phải SQLite, hoặc đã hỏng), hoặc tệp khóa "
        "bên cạnh không mở được tệp này",
    "{path} has no key file ({name}) beside it": "bên cạnh {path} không có tệp khóa ({name})",
}
