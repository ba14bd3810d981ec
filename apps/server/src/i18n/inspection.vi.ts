/** Vietnamese messages: Cases of inspection and supervision and the subjects of the inspection module (spread into messages.vi.ts). */
export const inspectionCasesVi: Record<string, string> = {
  "inspection.subjectMemberRequired": "Cần chọn đảng viên là đối tượng kiểm tra, giám sát.",
  "inspection.subjectUnitRequired": "Cần chọn tổ chức đảng là đối tượng kiểm tra, giám sát.",
  "inspection.subjectTwice": "Một đối tượng được chọn hai lần.",
  "inspection.subjectOutside":
    "Đối tượng phải là tổ chức đảng cấp dưới hoặc đảng viên trong đảng bộ của đơn vị kiểm tra, giám sát.",
  "inspection.bodyNotAtUnit":
    "{unit} không có {body} để tiến hành kiểm tra, giám sát (UBKT từ đảng ủy cơ sở trở lên; Ban Thường vụ từ cấp trên cơ sở trở lên).",
  "case.decisionTaken":
    "Số quyết định {number} đã được dùng cho một cuộc kiểm tra, giám sát khác của đơn vị trong năm.",
  "case.dueBeforeDecision": "Thời hạn không thể trước ngày quyết định.",
  "case.decidedInFuture": "Ngày quyết định không được sau ngày hôm nay.",
  "case.itemOfAnotherUnit": "Nội dung chương trình này không thuộc chương trình của đơn vị tiến hành.",
  "case.itemTaken": "Nội dung chương trình này đã có cuộc kiểm tra, giám sát thực hiện.",
  "case.stepOutOfOrder":
    "Không thể “{action}” khi cuộc kiểm tra, giám sát đang ở bước “{state}”: các bước phải theo đúng trình tự.",
  "case.stepBeforePrevious": "Ngày của bước này không thể trước ngày bắt đầu bước trước ({date}).",
  "case.stepInFuture": "Ngày của bước không được sau ngày hôm nay.",
  "case.documentMissing": "Chưa chọn tệp để đính kèm, hoặc tệp rỗng.",
  "case.documentTooLarge": "Tệp quá lớn (tối đa {max} MB).",
  "case.documentType": "Chỉ nhận tệp PDF, Word, Excel hoặc ảnh JPG, PNG (đuôi tệp phải khớp nội dung).",
  "reminder.inspectionStepDue":
    "Cuộc kiểm tra, giám sát theo quyết định {decision} ({state}): bước hiện tại đến hạn ngày {date}.",
  "reminder.inspectionStepLate":
    "Cuộc kiểm tra, giám sát theo quyết định {decision} ({state}): bước hiện tại quá hạn từ ngày {date}.",
};
