/**
 * Figures a report's unit types in, for work the platform does not keep records of (domain.md §9.2): training,
 * propaganda, political standards, the year's targets; and inspection, supervision, letters and discipline as typed in
 * the template versions before 2026 (from 2026 the standard templates count them from the inspection module's records). A unit's figure is its own entry plus its children's approved reports of the same
 * period; validation rules between them are data in each template version.
 */
export interface EnteredIndicator {
  id: string;
  group: string;
  label: { vi: string; en: string };
}

const entered = (id: string, group: string, vi: string, en: string): EnteredIndicator => ({
  id: `entered.${id}`,
  group,
  label: { vi, en },
});

export const enteredIndicators: readonly EnteredIndicator[] = [
  entered("targets.admissions", "targets", "Chỉ tiêu kết nạp đảng viên trong năm", "The year's admission target"),
  entered("inspection.orgs", "inspection", "Tổ chức đảng được kiểm tra", "Party organisations inspected"),
  entered("inspection.members", "inspection", "Đảng viên được kiểm tra", "Members inspected"),
  entered(
    "inspection.suspectedMembers",
    "inspection",
    "Đảng viên được kiểm tra khi có dấu hiệu vi phạm",
    "Members inspected on suspected violations",
  ),
  entered("supervision.orgs", "inspection", "Tổ chức đảng được giám sát", "Party organisations supervised"),
  entered("supervision.members", "inspection", "Đảng viên được giám sát", "Members supervised"),
  entered("letters.received", "inspection", "Đơn thư tiếp nhận", "Letters received"),
  entered("letters.resolved", "inspection", "Đơn thư đã giải quyết", "Letters resolved"),
  entered("discipline.orgs", "inspection", "Tổ chức đảng bị thi hành kỷ luật", "Party organisations disciplined"),
  entered("discipline.members", "inspection", "Đảng viên bị thi hành kỷ luật", "Members disciplined"),
  entered("discipline.reprimand", "inspection", "Trong đó: khiển trách", "Of whom: reprimand"),
  entered("discipline.warning", "inspection", "Trong đó: cảnh cáo", "Of whom: warning"),
  entered("discipline.removal", "inspection", "Trong đó: cách chức", "Of whom: removal from post"),
  entered("discipline.expulsion", "inspection", "Trong đó: khai trừ", "Of whom: expulsion"),
  entered("training.classes", "training", "Lớp bồi dưỡng lý luận chính trị", "Political training classes"),
  entered("training.learners", "training", "Lượt học viên", "Learners"),
  entered(
    "training.awarenessLearners",
    "training",
    "Học viên lớp nhận thức về Đảng",
    "Party-awareness course learners",
  ),
  entered("training.newMemberLearners", "training", "Học viên lớp đảng viên mới", "New-member course learners"),
  entered("propaganda.sessions", "propaganda", "Buổi thông tin thời sự, báo cáo viên", "Current-affairs sessions"),
  entered("propaganda.listeners", "propaganda", "Lượt người nghe", "Attendances"),
  entered(
    "politicalStandards.conclusions",
    "organisation",
    "Kết luận tiêu chuẩn chính trị đã ban hành",
    "Political-standard conclusions issued",
  ),
  entered("selfCorrection.sessions", "campaigns", 'Buổi sinh hoạt "tự soi, tự sửa"', '"Self-examination" sessions'),
];

export const enteredById: ReadonlyMap<string, EnteredIndicator> = new Map(enteredIndicators.map((e) => [e.id, e]));

export const isEntered = (indicator: string) => indicator.startsWith("entered.");
