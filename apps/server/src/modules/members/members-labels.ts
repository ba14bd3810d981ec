import type { MemberListItem, ReminderKind } from "@dangvu/contract";

const statusNames: Record<MemberListItem["status"], string> = {
  candidate: "Quần chúng ưu tú",
  probationary: "Đảng viên dự bị",
  full: "Đảng viên chính thức",
  left: "Đã ra khỏi danh sách",
};

/** The Vietnamese label of a member's status, with exemption and temporary activity noted. */
export function statusLabel(item: Pick<MemberListItem, "status" | "isExempt" | "temporaryElsewhere">): string {
  const notes = [
    item.isExempt ? "miễn sinh hoạt" : "",
    item.temporaryElsewhere ? "sinh hoạt tạm thời nơi khác" : "",
  ].filter(Boolean);
  return notes.length ? `${statusNames[item.status]} (${notes.join(", ")})` : statusNames[item.status];
}

export const statusByLabel: Record<string, "candidate" | "probationary" | "full"> = {
  "quần chúng ưu tú": "candidate",
  "đảng viên dự bị": "probationary",
  "dự bị": "probationary",
  "đảng viên chính thức": "full",
  "chính thức": "full",
};

/** The list's filters in words, for the title block of an export. */
export const filterLabels = {
  status: {
    default: "đảng viên và quần chúng ưu tú",
    candidate: "quần chúng ưu tú",
    probationary: "đảng viên dự bị",
    full: "đảng viên chính thức",
    exempt: "miễn sinh hoạt",
    temporary_elsewhere: "sinh hoạt tạm thời nơi khác",
    left: "đã ra khỏi danh sách",
    active: "đảng viên (dự bị và chính thức)",
  },
  theory: { none: "chưa qua đào tạo", elementary: "sơ cấp", intermediate: "trung cấp", advanced: "cao cấp" },
} as const;

/** What each reminder asks, as the reminders page names its groups. */
export const reminderKindLabels: Record<ReminderKind, string> = {
  probation_due: "Đến hạn xét công nhận đảng viên chính thức",
  probation_overdue: "Quá hạn xét công nhận đảng viên chính thức",
  ceremony_overdue: "Quá hạn tổ chức lễ kết nạp",
  badge_due: "Đến đợt xét tặng Huy hiệu Đảng",
  transfer_overdue: "Chuyển sinh hoạt đảng quá hạn",
  temporary_return_due: "Đến hạn trở về sau sinh hoạt tạm thời",
  transfer_incoming: "Đảng viên chuyển đến chờ tiếp nhận",
  retirement_transfer: "Đủ tuổi nghỉ hưu: chuyển sinh hoạt về nơi cư trú",
  cell_too_small: "Chi bộ có ít đảng viên",
  strike_off_absence: "Bỏ sinh hoạt không lý do: xem xét xóa tên",
  rating_step_due: "Đến hạn một bước xếp loại chất lượng",
  strike_off_rating: "Hai năm liền không hoàn thành nhiệm vụ: xem xét xóa tên",
  report_due: "Báo cáo định kỳ sắp đến hạn hoặc quá hạn chưa gửi",
  inspection_step_due: "Cuộc kiểm tra, giám sát sắp đến hạn hoặc quá hạn một bước",
  letter_due: "Đơn thư sắp đến hạn hoặc quá hạn giải quyết",
};
