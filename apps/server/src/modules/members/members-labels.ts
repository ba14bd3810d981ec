import type { MemberListItem } from "@dangvu/contract";

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
