"""Vietnamese of the strings added for issue 16, points 4, 5 and 8 (branch h16b)."""

VI_h16b = {
    # a peer restored from an older backup (sync/receive.py)
    "{station} acknowledges this laptop's changes up to {ack}, more than it has made "
    "({made}): this laptop was restored from an older backup; the acknowledgement is ignored":
        "{station} xác nhận đã nhận các thay đổi của máy này đến số {ack}, nhiều hơn số máy "
        "này đã tạo ({made}): máy này đã được khôi phục từ một bản sao lưu cũ hơn; xác nhận "
        "đó bị bỏ qua",
    "{station} now holds this laptop's changes only up to {ack}, no longer up to {acked}: it "
    "was restored from an older backup. The next bundle to {station} carries them again from "
    "{ack}":
        "{station} nay chỉ còn giữ các thay đổi của máy này đến số {ack}, không còn đến số "
        "{acked}: máy đó đã được khôi phục từ một bản sao lưu cũ hơn. Gói đồng bộ tiếp theo "
        "gửi {station} sẽ mang lại các thay đổi từ số {ack}",
    "this bundle from {station} starts after its change {since}, but this laptop holds its "
    "changes only up to {received}: this laptop was restored from an older backup (its "
    "changes were applied). The next bundle to {station} asks for the missing ones again "
    "from {received}":
        "gói đồng bộ này của {station} bắt đầu sau thay đổi số {since} của trạm đó, nhưng máy "
        "này chỉ giữ các thay đổi của trạm đến số {received}: máy này đã được khôi phục từ một "
        "bản sao lưu cũ hơn (các thay đổi trong gói đã được áp dụng). Gói đồng bộ tiếp theo "
        "gửi {station} sẽ yêu cầu gửi lại các thay đổi còn thiếu từ số {received}",
    "{station} numbers its changes again from {upto} (this laptop held them up to "
    "{received}): it was restored from an older backup":
        "{station} đánh số lại các thay đổi của mình từ số {upto} (máy này đã giữ đến số "
        "{received}): máy đó đã được khôi phục từ một bản sao lưu cũ hơn",
}
VI_h16b.update({
    # what HQ accepts from a station (sync/remit.py, sync/receive.py)
    "{count} records from {station} were kept aside, not applied: a station may change only "
    "its own tickets, intakes, sessions and appointments and the roster of the villages it "
    "serves":
        "{count} bản ghi của {station} được để riêng, không áp dụng: một trạm chỉ được thay "
        "đổi số thứ tự, hồ sơ tiếp nhận, phiên làm việc và lịch hẹn của chính trạm, và danh "
        "sách dân cư của các thôn mà trạm phục vụ",
    "a record of another station, or one a station cannot make":
        "bản ghi của trạm khác, hoặc bản ghi mà trạm không được tạo",
    "only HQ makes hq operators or changes them":
        "chỉ cấp trên (HQ) mới tạo hoặc thay đổi cán bộ có vai trò HQ",
    "the roster of a village this station does not serve":
        "danh sách dân cư của thôn mà trạm này không phục vụ",
    "a record only HQ changes": "bản ghi chỉ cấp trên (HQ) được thay đổi",
})
VI_h16b["a record HQ made and no longer holds (HQ restored from a backup?)"] = (
    "bản ghi do cấp trên (HQ) tạo mà HQ không còn giữ (HQ đã được khôi phục từ bản sao lưu?)")
