/** Vietnamese messages of the party badges (awards module; spread into messages.vi.ts). */
export const badgesVi: Record<string, string> = {
  "badge.authority":
    "{unit} không ghi quyết định tặng Huy hiệu Đảng: quyết định do Ban Thường vụ tỉnh ủy hoặc tương đương ban hành (thiết lập awards.badgeAuthority); hãy chọn tổ chức cấp trên.",
  "badge.signedInFuture": "Ngày ký quyết định không được sau ngày hôm nay.",
  "badge.memberOutside": "Đảng viên này không thuộc {unit} nên không ghi vào quyết định của {unit}.",
  "badge.numberRepeated": "Số huy hiệu {number} được ghi hai lần trong quyết định; mỗi huy hiệu có một số riêng.",
  "badge.memberRepeated": "Một đảng viên được ghi hai lần cùng một mốc huy hiệu trong quyết định.",
  "badge.needsReason":
    "Tặng sớm vì bệnh nặng hoặc cấp lại huy hiệu bị mất cần ghi lý do (trường Ghi chú) cho đồng chí {name}.",
  "badge.unknownMilestone":
    "Không có Huy hiệu {milestone} năm tuổi Đảng: các mốc là 30, 40, 45 … 90 năm (thiết lập badge.milestones; không có mốc 35 năm).",
  "badge.reissueNotHeld": "Đồng chí {name} chưa được tặng Huy hiệu {milestone} năm tuổi Đảng nên không cấp lại được.",
  "badge.duplicate":
    "Đồng chí {name} đã được tặng Huy hiệu {milestone} năm tuổi Đảng; không tặng lần thứ hai (mất huy hiệu thì chọn Cấp lại).",
  "badge.posthumousLiving":
    "Truy tặng chỉ dành cho đảng viên đã từ trần; đồng chí {name} không có trong trường hợp này.",
  "badge.deceasedPosthumous": "Đồng chí {name} đã từ trần: chọn hình thức Truy tặng (mẫu 4B-HHĐ).",
  "badge.notOnList": "Đồng chí {name} không còn là đảng viên chính thức trong danh sách nên không xét tặng huy hiệu.",
  "badge.milestoneNotReached":
    "Đồng chí {name} chưa đủ {milestone} năm tuổi Đảng vào ngày {date} (tuổi đảng tính từ ngày quyết định kết nạp, trừ thời gian gián đoạn). Tặng sớm chỉ khi bệnh nặng (sớm không quá 12 tháng với huy hiệu 30–65 năm, 24 tháng với 70–90 năm) hoặc truy tặng (không quá 12 tháng).",
  "badge.disciplineDelay":
    "Đồng chí {name} bị kỷ luật nên chưa được xét tặng huy hiệu trước ngày {until} (6 tháng sau khiển trách, 9 tháng sau cảnh cáo, 1 năm sau cách chức: thiết lập awards.badgeDisciplineDelay).",
  "badge.decisionNumberTaken": "Số quyết định {number} đã được dùng cho một quyết định khác.",
  "badge.numberTaken": "Số huy hiệu {number} đã được cấp cho một huy hiệu khác.",
  "badge.noneListed": "Quyết định cần ít nhất một huy hiệu.",
};
