/** Vietnamese messages: Letters (đơn thư) of the inspection module (spread into messages.vi.ts). */
export const inspectionLettersVi: Record<string, string> = {
  "letter.receivedInFuture": "Ngày nhận đơn không được sau hôm nay.",
  "letter.senderRequired": "Đơn có tên cần ghi họ tên người gửi.",
  "letter.addressRequired": "Đơn có tên cần ghi địa chỉ người gửi.",
  "letter.disciplineOnlyForComplaint": "Chỉ đơn khiếu nại mới gắn với một quyết định kỷ luật.",
  "letter.actionOutOfOrder": "Đơn thư đang ở tình trạng “{status}”, không thực hiện được thao tác này.",
  "letter.onBeforeReceived": "Ngày xử lý không được trước ngày nhận đơn ({date}).",
  "letter.onInFuture": "Ngày xử lý không được sau hôm nay.",
  "letter.dueBeforeReceived": "Hạn giải quyết không được trước ngày nhận đơn ({date}).",
  "letter.dueAfterRule": "Hạn giải quyết không được quá thời hạn theo quy định (chậm nhất {date}).",
  "letter.hasCase": "Đơn thư này đã có cuộc kiểm tra, giám sát.",
  "letter.caseOutOfOrder": "Đơn thư đang ở tình trạng “{status}”, không mở cuộc kiểm tra, giám sát từ đơn được.",
  "reminder.letter_due": "Đơn thư nhận ngày {received} đến hạn giải quyết ngày {date}.",
  "reminder.letter_overdue": "Đơn thư nhận ngày {received} đã quá hạn giải quyết (hạn {date}).",
};
