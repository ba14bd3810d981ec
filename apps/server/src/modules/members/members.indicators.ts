import type { Indicator } from "../../platform/module";
import { countEvents, countStanding, countTransfers } from "./members-indicators.repo";

const group = "members";

const standing = (id: string, which: Parameters<typeof countStanding>[1], vi: string, en: string): Indicator => ({
  id,
  group,
  unit: "count",
  label: { vi, en },
  compute: (db, q) => countStanding(db, which, q),
});

/** The event indicators by id, with the event kinds each counts (for the set-based figures of members-leaf.repo.ts). */
export const memberEventIndicators: Record<string, readonly string[]> = {};

const events = (id: string, kinds: string[], vi: string, en: string): Indicator => {
  memberEventIndicators[id] = kinds;
  return { id, group, unit: "count", label: { vi, en }, compute: (db, q) => countEvents(db, kinds, q) };
};

const transfers = (id: string, direction: "in" | "out" | "within", vi: string, en: string): Indicator => ({
  id,
  group,
  unit: "count",
  label: { vi, en },
  compute: (db, q) => countTransfers(db, direction, q),
});

/** The member figures of party-work reports (domain.md §9): the list at the period's end and the period's changes. */
export const memberIndicators: Indicator[] = [
  standing("members.onList", "onList", "Tổng số đảng viên cuối kỳ", "Members on the list at the end of the period"),
  standing("members.full", "full", "Đảng viên chính thức cuối kỳ", "Full members at the end of the period"),
  standing("members.probationary", "probationary", "Đảng viên dự bị cuối kỳ", "Probationary members at the end"),
  standing("members.exempt", "exempt", "Đảng viên được miễn công tác, sinh hoạt", "Members exempt at the end"),
  events("members.admitted", ["admission"], "Kết nạp đảng viên mới", "Members admitted"),
  events("members.readmitted", ["readmission"], "Kết nạp lại", "Members re-admitted"),
  events("members.recognisedFull", ["full_membership"], "Công nhận đảng viên chính thức", "Recognised as full members"),
  transfers("members.transferredIn", "in", "Chuyển sinh hoạt đến", "Transferred in"),
  transfers("members.transferredOut", "out", "Chuyển sinh hoạt đi", "Transferred out"),
  transfers("members.transferredWithin", "within", "Chuyển sinh hoạt nội bộ", "Transferred within"),
  events("members.struckOff", ["struck_off"], "Xóa tên", "Struck off the list"),
  events(
    "members.probationStruckOff",
    ["probation_struck_off"],
    "Xóa tên đảng viên dự bị",
    "Probationary members struck off",
  ),
  events("members.expelled", ["expulsion"], "Khai trừ", "Expelled"),
  events("members.disciplined", ["discipline"], "Kỷ luật (khiển trách, cảnh cáo, cách chức)", "Disciplined"),
  events("members.resigned", ["resignation"], "Xin ra khỏi Đảng", "Left at their own request"),
  events("members.died", ["death"], "Từ trần", "Died"),
  events("members.cardsIssued", ["card_issued"], "Phát thẻ đảng viên", "Party cards issued"),
];
