import { useSyncExternalStore } from "react";

// The handbook's words in Vietnamese and English. A few lines of its own instead of i18next: on a weak phone the
// member's first visit downloads and compiles no translation library (issue 13's CI: the first paint missed 2.5 s).

const vi = {
  title: "Sổ tay đảng viên",
  loading: "Đang tải…",
  username: "Tên đăng nhập",
  password: "Mật khẩu",
  signIn: "Đăng nhập",
  signOut: "Đăng xuất",
  largeText: "Chữ to",
  partyAge: "Tuổi đảng",
  partyAgeValue: "{{years}} năm {{months}} tháng",
  since: "Tính từ ngày {{date}}",
  partyAgeOnProbation: "Chưa có: tuổi đảng tính khi được công nhận đảng viên chính thức.",
  nextBadge: "Huy hiệu {{years}} năm tuổi Đảng: đợt trao ngày {{date}}",
  upcoming: "Sinh hoạt sắp tới",
  noUpcoming: "Chưa có lịch sinh hoạt.",
  recent: "Các buổi sinh hoạt gần đây",
  agenda: "Chương trình",
  place: "Địa điểm",
  checkIn: "Điểm danh",
  checkInCode: "Nhập mã 6 số đang hiển thị tại buổi họp",
  checkInSend: "Xác nhận có mặt",
  checkedIn: "Đã điểm danh: có mặt",
  myTasks: "Việc được giao",
  noTasks: "Không có việc nào đang mở.",
  cellTask: "Việc chung của chi bộ",
  due: "Hạn {{date}}",
  attendanceRate: "Tỷ lệ dự họp của tôi: {{rate}}%",
  error: "Có lỗi, hãy thử lại.",
  notLinked: "Tài khoản chưa gắn với hồ sơ đảng viên.",
  kind_regular: "Sinh hoạt thường kỳ",
  kind_thematic: "Sinh hoạt chuyên đề",
  kind_extraordinary: "Sinh hoạt bất thường",
  kind_committee: "Họp cấp ủy",
  att_present: "Có mặt",
  att_absent_excused: "Vắng có lý do",
  att_absent_unexcused: "Vắng không lý do",
  att_none: "Chưa điểm danh",
  language: "English",
  residence: "Nơi cư trú",
  notices: "Thông báo của chi bộ",
  residenceComment: "Nhận xét năm {{year}}",
  residencePending: "chưa nhận được",
  assessment_good: "Tốt",
  assessment_fair: "Khá",
  assessment_needs_improvement: "Cần cố gắng",
  assessment_none: "đã nhận",
  ratingTitle: "Tự đánh giá, xếp loại",
  ratingHistory: "Kết quả xếp loại các năm",
  selfStart: "Tự đánh giá",
  selfEdit: "Sửa bản tự đánh giá",
  selfNotYet: "Đồng chí chưa tự đánh giá, xếp loại.",
  selfDone: "Đã tự đánh giá",
  selfDue: "Hạn tự đánh giá: {{date}}",
  selfWaiting: "Chi bộ đang xem xét, đề nghị xếp loại.",
  decidedLevel: "Kết quả xếp loại đã công bố:",
  pointsValue: "{{points}} điểm",
  groupTitle: "{{label}} (tối đa {{max}} điểm)",
  pointsOver: "Điểm mục “{{label}}” không được quá {{max}}.",
  totalValue: "Tổng: {{total}}/100 điểm",
  selfLevel: "Tự xếp loại",
  needsPoints: "(cần từ {{min}} điểm)",
  selfText: "Tự nhận xét ngắn (ưu điểm, hạn chế)",
  selfSend: "Gửi bản tự đánh giá",
  level_excellent: "Hoàn thành xuất sắc nhiệm vụ",
  level_good: "Hoàn thành tốt nhiệm vụ",
  level_completed: "Hoàn thành nhiệm vụ",
  level_not_completed: "Không hoàn thành nhiệm vụ",
  excluded_exempt: "Đồng chí được miễn công tác và sinh hoạt đảng nên không đánh giá, xếp loại đợt này.",
  excluded_recently_admitted: "Đồng chí kết nạp chưa đủ 6 tháng nên không đánh giá, xếp loại đợt này.",
  badgesTitle: "Huy hiệu Đảng",
  badgeReceived: "Huy hiệu {{years}} năm tuổi Đảng",
  badgeDetail: "Trao ngày {{date}} · số {{number}}",
  badgeReissued: "Cấp lại ngày {{date}} · số {{number}}",
  badgePosthumous: "Truy tặng ngày {{date}} · số {{number}}",
  awardsTitle: "Khen thưởng",
  awardDecision: "Quyết định số {{number}} ngày {{date}} của {{unit}}",
};
type Keys = keyof typeof vi;
const en: Record<Keys, string> = {
  title: "Member's handbook",
  loading: "Loading…",
  username: "Username",
  password: "Password",
  signIn: "Sign in",
  signOut: "Sign out",
  largeText: "Large text",
  partyAge: "Party age",
  partyAgeValue: "{{years}} years {{months}} months",
  since: "Counted from {{date}}",
  partyAgeOnProbation: "None yet: party age counts once you are recognised as a full member.",
  nextBadge: "{{years}}-year Party badge: awarded on {{date}}",
  upcoming: "Coming meetings",
  noUpcoming: "No meeting planned yet.",
  recent: "Recent meetings",
  agenda: "Agenda",
  place: "Place",
  checkIn: "Check in",
  checkInCode: "Type the 6-digit code shown at the meeting",
  checkInSend: "I am here",
  checkedIn: "Checked in: present",
  myTasks: "My tasks",
  noTasks: "No open task.",
  cellTask: "A task of the whole cell",
  due: "Due {{date}}",
  attendanceRate: "My attendance: {{rate}}%",
  error: "Something went wrong; try again.",
  notLinked: "This account is not linked to a member's record.",
  kind_regular: "Regular meeting",
  kind_thematic: "Thematic meeting",
  kind_extraordinary: "Extraordinary meeting",
  kind_committee: "Committee meeting",
  att_present: "Present",
  att_absent_excused: "Absent with reason",
  att_absent_unexcused: "Absent without reason",
  att_none: "Not recorded",
  language: "Tiếng Việt",
  residence: "Place of residence",
  notices: "Notices from my cell",
  residenceComment: "Comment for {{year}}",
  residencePending: "not received yet",
  assessment_good: "Good",
  assessment_fair: "Fair",
  assessment_needs_improvement: "Needs improvement",
  assessment_none: "received",
  ratingTitle: "Self-assessment and rating",
  ratingHistory: "Ratings of past years",
  selfStart: "Self-assess",
  selfEdit: "Change my self-assessment",
  selfNotYet: "You have not self-assessed yet.",
  selfDone: "Self-assessed",
  selfDue: "Self-assessment due: {{date}}",
  selfWaiting: "Your cell is reviewing and proposing a level.",
  decidedLevel: "Your announced rating:",
  pointsValue: "{{points}} points",
  groupTitle: "{{label}} (at most {{max}} points)",
  pointsOver: "The points for “{{label}}” cannot exceed {{max}}.",
  totalValue: "Total: {{total}}/100 points",
  selfLevel: "My level",
  needsPoints: "(needs {{min}} points)",
  selfText: "A short self-review (strengths, shortcomings)",
  selfSend: "Send my self-assessment",
  level_excellent: "Completed tasks excellently",
  level_good: "Completed tasks well",
  level_completed: "Completed tasks",
  level_not_completed: "Did not complete tasks",
  excluded_exempt: "You are exempt from party work and activity, so you are not rated in this cycle.",
  excluded_recently_admitted: "You were admitted less than 6 months ago, so you are not rated in this cycle.",
  badgesTitle: "Party badges",
  badgeReceived: "{{years}}-year party badge",
  badgeDetail: "Awarded on {{date}} · no. {{number}}",
  badgeReissued: "Reissued on {{date}} · no. {{number}}",
  badgePosthumous: "Awarded posthumously on {{date}} · no. {{number}}",
  awardsTitle: "Commendations",
  awardDecision: "Decision no. {{number}} of {{date}} by {{unit}}",
};

export type HandbookKey = Keys;
export type HandbookLanguage = "vi" | "en";

const resources: Record<HandbookLanguage, Record<Keys, string>> = { vi, en };
let language: HandbookLanguage = localStorage.getItem("dangvu.lang") === "en" ? "en" : "vi";
const listeners = new Set<() => void>();

/** The word for `key` in the current language, with each `{{name}}` filled from `values` (the key if unknown). */
export function translate(key: HandbookKey, values: Record<string, unknown> = {}): string {
  const text = resources[language][key] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function handbookLanguage(): HandbookLanguage {
  return language;
}

/** Switches the handbook's language, remembered on this phone; every view using useHandbookT shows it at once. */
export function setHandbookLanguage(next: HandbookLanguage) {
  language = next;
  localStorage.setItem("dangvu.lang", next);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The handbook's translate function; the view renders again when the language changes. */
export function useHandbookT(): { t: typeof translate; language: HandbookLanguage } {
  const current = useSyncExternalStore(subscribe, handbookLanguage);
  return { t: translate, language: current };
}
