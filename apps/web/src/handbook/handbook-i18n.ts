import i18next, { type i18n } from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";

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
};

export const handbookI18n: i18n = i18next.createInstance();
void handbookI18n.use(initReactI18next).init({
  lng: localStorage.getItem("dangvu.lang") === "en" ? "en" : "vi",
  resources: { vi: { translation: vi }, en: { translation: en } },
  interpolation: { escapeValue: false },
});
export type HandbookKey = Keys;

type Translate = (key: HandbookKey, options?: Record<string, unknown>) => string;

/** The handbook's own keys, type-checked here (the desk app's typed resources do not include them). */
export function useHandbookT(): { t: Translate } {
  useTranslation(undefined, { i18n: handbookI18n });
  const t = handbookI18n.t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return { t: (key, options) => t(key, options) };
}
