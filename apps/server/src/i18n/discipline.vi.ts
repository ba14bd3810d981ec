/** Vietnamese messages: Discipline proposals, decisions and complaints of the inspection module (spread into messages.vi.ts). */
export const disciplineVi: Record<string, string> = {
  "discipline.form.reprimand": "khiển trách",
  "discipline.form.warning": "cảnh cáo",
  "discipline.form.dismissal": "cách chức",
  "discipline.form.expulsion": "khai trừ",
  "discipline.form.dissolution": "giải tán",
  "discipline.subject.organisation": "tổ chức đảng",
  "discipline.subject.full": "đảng viên chính thức",
  "discipline.subject.probationary": "đảng viên dự bị",
  "discipline.formNotForSubject":
    "Không thể thi hành kỷ luật {form} đối với {subject}: {subject} chỉ có thể bị {allowed} (Quy định 69-QĐ/TW, Điều 7).",
  "discipline.noSuchBody":
    "{unit} không có cơ quan được chọn để quyết định kỷ luật (chi bộ quyết định ở chi bộ; cấp ủy, ban thường vụ, ủy ban kiểm tra ở đảng bộ).",
  "discipline.memberRequired": "Chưa chọn đảng viên bị đề nghị kỷ luật.",
  "discipline.notOnList": "{name} không còn trong danh sách đảng viên nên không thể thi hành kỷ luật.",
  "discipline.subjectUnitRequired": "Chưa chọn tổ chức đảng bị đề nghị kỷ luật.",
  "discipline.organisationNotBelow":
    "Tổ chức đảng bị kỷ luật phải là tổ chức cấp dưới của cấp ủy quyết định (Điều lệ Đảng, Điều 36).",
  "discipline.caseNotConcluded": "Cuộc kiểm tra được dẫn chưa có kết luận nên chưa thể làm căn cứ đề nghị kỷ luật.",
  "discipline.violationEndsBeforeStart": "Ngày kết thúc vi phạm không được trước ngày bắt đầu vi phạm.",
  "discipline.proposedInFuture": "Ngày đề nghị không được sau ngày hôm nay.",
  "discipline.proposedBeforeViolation": "Ngày đề nghị không được trước ngày có hành vi vi phạm.",
  "discipline.bodyNotAtLevel":
    "{body} không có thẩm quyền thi hành kỷ luật ở cấp này (Điều lệ Đảng, Điều 36; thiết lập {setting}).",
  "discipline.formBeyondBody":
    "{body} không có thẩm quyền quyết định hình thức {form} (Điều lệ Đảng, Điều 36; thiết lập {setting}).",
  "discipline.subjectOutside":
    "{body} không có thẩm quyền kỷ luật đối tượng ngoài đảng bộ, chi bộ của mình (Điều lệ Đảng, Điều 36).",
  "discipline.organisationFromAbove":
    "{body} không tự thi hành kỷ luật tổ chức mình: kỷ luật tổ chức đảng do cấp ủy cấp trên quyết định (Điều lệ Đảng, Điều 36).",
  "discipline.cellOwnMembers":
    "{body} chỉ quyết định kỷ luật {form} đối với đảng viên trong chi bộ mình (Điều lệ Đảng, Điều 36).",
  "discipline.renewedOutside": "Ngày có vi phạm mới phải sau ngày vi phạm cũ và không sau ngày quyết định.",
  "discipline.timeBarred":
    "Đã hết thời hiệu kỷ luật: ngày cuối cùng có thể quyết định là {lastDay} (Quy định 69-QĐ/TW; thiết lập {setting}).",
  "discipline.alreadyDecided": "Đề nghị kỷ luật này đã được quyết định.",
  "discipline.decidedBeforeProposal": "Ngày quyết định không được trước ngày đề nghị ({date}).",
  "discipline.decidedInFuture": "Ngày quyết định không được sau ngày hôm nay.",
  "discipline.decisionTaken": "Số quyết định {decisionNo} đã được dùng trong năm {year} ở tổ chức này.",
  "discipline.postRequired": "Kỷ luật cách chức phải ghi rõ chức vụ bị cách (Quy định 69-QĐ/TW, Điều 7).",
  "discipline.complaintBeforeDecision": "Ngày khiếu nại không được trước ngày quyết định ({date}).",
  "discipline.complaintInFuture": "Ngày khiếu nại không được sau ngày hôm nay.",
  "discipline.complaintLate":
    "Đã quá thời hạn khiếu nại: chậm nhất ngày {lastDay}, trong {days} ngày kể từ khi nhận quyết định (Điều lệ Đảng, Điều 39; thiết lập {setting}).",
  "discipline.complaintNotDecided": "Chỉ khiếu nại được một quyết định kỷ luật đã ban hành.",
  "discipline.complaintPending": "Khiếu nại cấp trước chưa được giải quyết: chưa thể khiếu nại lên cấp tiếp theo.",
  "discipline.complaintAnnulled": "Quyết định kỷ luật đã bị hủy theo khiếu nại: không còn gì để khiếu nại.",
  "discipline.noPendingComplaint": "Không có khiếu nại nào đang chờ giải quyết.",
  "discipline.resultBeforeComplaint": "Ngày giải quyết không được trước ngày khiếu nại ({date}).",
  "discipline.resultInFuture": "Ngày giải quyết không được sau ngày hôm nay.",
  "discipline.restorationNeedsDecision":
    "Hủy quyết định khai trừ phải ghi số quyết định giải quyết khiếu nại: đảng viên được phục hồi theo quyết định đó (Quy định 117-QĐ/TW).",
};
