import type { SeededRuleSetting } from "../../platform/module";

/** The numbers of the member lifecycle as the regulations set them (see members.rules.ts for their use). */
export interface LifecycleDefaults {
  admissionAgeMin: number;
  admissionAgeMax: number;
  probationMonths: number;
  ceremonyWorkingDays: number;
  fullMembershipWorkingDays: number;
  transferLetterWorkingDays: number;
  transferStartWorkingDays: number;
}

export function lifecycleDefaults(): LifecycleDefaults {
  return {
    admissionAgeMin: 18,
    admissionAgeMax: 60,
    probationMonths: 12,
    ceremonyWorkingDays: 30,
    fullMembershipWorkingDays: 30,
    transferLetterWorkingDays: 30,
    transferStartWorkingDays: 60,
  };
}

/** Re-admission (kết nạp lại): who may come back, after how long, how often (294-QĐ/TW điểm 3.5). */
export interface ReadmissionRules {
  monthsAfterExit: number;
  /** After a conviction of a less serious crime, months from the day the criminal record was cleared. */
  monthsAfterRecordCleared: number;
  maxTimes: number;
  /** Grounds of the exit after which nobody is re-admitted (ExitGround values). */
  excludedGrounds: string[];
}

/** Who may introduce an applicant (Điều lệ Đảng Điều 4 khoản 2; QĐ 24-QĐ/TW mục 3.2.1). */
export interface IntroducerRules {
  count: number;
  monthsTogether: number;
}

/** The general education an applicant needs: a level of the 12-year system (QĐ 24-QĐ/TW mục 1). */
export type EducationLevel = "none" | "primary" | "lower_secondary" | "upper_secondary";
export interface EducationRules {
  required: EducationLevel;
}
/** The lower level accepted under each exception (EducationException values). */
export type EducationExceptions = Record<string, EducationLevel>;

/** How long the certificate of the course on the Party stays valid for admission. */
export interface CourseRules {
  validMonths: number;
}

/** The shape a party card number must have; the format is not published (domain.md §2.7). */
export interface CardNumberRules {
  pattern: string;
  example: string;
}

/**
 * How long a temporary transfer (chuyển sinh hoạt đảng tạm thời) may last (domain.md §2.5): a stay of at least
 * `minMonths`; for work or a change of residence under `workMonthsBelow` (longer is an official transfer); for
 * full-time study in Vietnam up to `studyMonthsMax`.
 */
export interface TemporaryTransferRules {
  minMonths: number;
  workMonthsBelow: number;
  studyMonthsMax: number;
}

export const temporaryTransferDefaults = (): TemporaryTransferRules => ({
  minMonths: 3,
  workMonthsBelow: 12,
  studyMonthsMax: 24,
});

/**
 * The retirement age in normal working conditions, by sex, in months (Bộ luật Lao động 2019 Điều 169): `before` up to
 * `firstYear - 1`; from `firstYear`, `first` rising by `step` each year up to `final`.
 */
export interface RetirementAgeRules {
  firstYear: number;
  male: { before: number; first: number; step: number; final: number };
  female: { before: number; first: number; step: number; final: number };
}

export const retirementAgeDefaults = (): RetirementAgeRules => ({
  firstYear: 2021,
  male: { before: 720, first: 723, step: 3, final: 744 },
  female: { before: 660, first: 664, step: 4, final: 720 },
});

export function readmissionDefaults(): ReadmissionRules {
  return {
    monthsAfterExit: 36,
    monthsAfterRecordCleared: 60,
    maxTimes: 1,
    excludedGrounds: ["gave_up_activity", "resigned", "disunity", "corruption", "serious_crime"],
  };
}

export const introducerDefaults = (): IntroducerRules => ({ count: 2, monthsTogether: 12 });
export const educationDefaults = (): EducationRules => ({ required: "lower_secondary" });
export const educationExceptionDefaults = (): EducationExceptions => ({
  remote_area: "primary",
  special_case: "primary",
});
export const courseDefaults = (): CourseRules => ({ validMonths: 60 });
export const cardNumberDefaults = (): CardNumberRules => ({
  pattern: "^\\d{2}\\.?\\d{3}\\.?\\d{3}$",
  example: "28.397.061",
});

/** The member rules that are numbers or lists set by regulation (domain.md §2, §6.3). */
export const memberRuleSettings: SeededRuleSetting[] = [
  {
    key: "member.lifecycle",
    validFrom: "2016-07-25",
    value: lifecycleDefaults(),
    source: "QĐ 29-QĐ/TW 25/7/2016 (tuổi 18–60 khi chi bộ xét: congdan.binhphuoc.gov.vn); Điều lệ Đ5",
    confidence: "S-old",
    note: "Phiên bản trước QĐ 24, dùng cho hồ sơ và sự kiện cũ (trước ngày này cũng dùng phiên bản này). Tuổi kết nạp và 12 tháng dự bị như hiện nay; các thời hạn tính theo ngày làm việc giả định như QĐ 24, chưa đối chiếu HD 01-HD/TW 2016.",
  },
  {
    key: "member.lifecycle",
    validFrom: "2021-07-30",
    value: lifecycleDefaults(),
    source: "Điều lệ Đ5; QĐ 24-QĐ/TW mục 1, 4.1, 4.2, 6; 294-QĐ/TW",
    confidence: "S",
    note: "Tuổi kết nạp (tính theo tháng), thời gian dự bị, thời hạn tổ chức lễ kết nạp, xét chính thức, chuyển sinh hoạt (ngày làm việc).",
  },
  {
    key: "member.readmission",
    validFrom: "2016-07-25",
    value: readmissionDefaults(),
    source:
      "QĐ 29-QĐ/TW 2016 và QĐ 24-QĐ/TW 2021 mục 3.5 (thuvienphapluat.vn); 294-QĐ/TW 2025 điểm 3.5.1–3.5.4 (ngoisao.vn 13/6/2025)",
    confidence: "S",
    note: "Kết nạp lại: sau ít nhất 36 tháng kể từ khi ra khỏi Đảng (án hình sự tội ít nghiêm trọng: 60 tháng kể từ khi xóa án tích), có văn bản đồng ý của ban thường vụ tỉnh ủy (hoặc tương đương), chỉ một lần; không xét người đã tự bỏ sinh hoạt đảng, xin ra khỏi Đảng (trừ vì gia đình đặc biệt khó khăn), gây mất đoàn kết nội bộ nghiêm trọng, bị kết án về tội tham nhũng hoặc tội nghiêm trọng trở lên. Nguồn là trang hỏi đáp pháp luật và báo trích văn bản, chưa đối chiếu bản gốc; người ra khỏi Đảng do vi phạm chính sách dân số theo quy định riêng của Ban Bí thư, phần mềm không xét.",
  },
  {
    key: "member.introducers",
    validFrom: "2021-07-30",
    value: introducerDefaults(),
    source: "Điều lệ Đảng Điều 4 khoản 2; QĐ 24-QĐ/TW mục 3.2.1 (lawnet.vn); domain.md §2.2",
    confidence: "S",
    note: 'Hai đảng viên chính thức giới thiệu, cùng công tác, học tập hoặc sinh hoạt nơi cư trú với người vào Đảng ít nhất 12 tháng; nơi có Đoàn (hoặc công đoàn) thì nghị quyết giới thiệu của ban chấp hành đoàn cơ sở thay một người. Trước QĐ 24, Điều lệ ghi "cùng công tác ít nhất một năm".',
  },
  {
    key: "member.education",
    validFrom: "2016-07-25",
    value: educationDefaults(),
    source: "QĐ 29-QĐ/TW, QĐ 24-QĐ/TW mục 1, 232-QĐ/TW Điều 1 (thuvienphapluat.vn); domain.md §2.2",
    confidence: "S",
    note: "Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên (lớp 9/12, hoặc 7/10 theo hệ 10 năm cũ).",
  },
  {
    key: "member.educationExceptions",
    validFrom: "2016-07-25",
    value: educationExceptionDefaults(),
    source: "QĐ 24-QĐ/TW mục 1: theo hướng dẫn của Ban Bí thư (mức cụ thể chưa tìm được)",
    confidence: "C",
    note: 'Người ở miền núi, hải đảo, vùng đồng bào dân tộc thiểu số, vùng kinh tế - xã hội đặc biệt khó khăn, hoặc trường hợp khác do yêu cầu phát triển đảng: học vấn theo hướng dẫn của Ban Bí thư. Mức "hoàn thành tiểu học" ở đây là thiết lập tạm của cấp ủy, chưa đối chiếu hướng dẫn hiện hành.',
  },
  {
    key: "member.courseCertificate",
    validFrom: "2016-07-25",
    value: courseDefaults(),
    source: "domain.md §2.2: một trang tập huấn ghi 5 năm (nguồn yếu)",
    confidence: "C",
    note: "Thời hạn giá trị của giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng khi xét kết nạp: 60 tháng. Chưa tìm được văn bản quy định; đây là thiết lập của cấp ủy.",
  },
  {
    key: "member.cardNumberFormat",
    validFrom: "2011-01-01",
    value: cardNumberDefaults(),
    source: "domain.md §2.7: định dạng số thẻ đảng viên không tìm được nguồn",
    confidence: "C",
    note: "Số thẻ gồm 8 chữ số (hai số đầu là mã tỉnh), có thể viết có dấu chấm: 28.397.061 hoặc 28397061. Định dạng do cấp ủy đặt để bắt lỗi gõ, không phải quy định của Trung ương; thẻ điện tử từ năm 2025 có thể khác.",
  },
  {
    key: "member.temporaryTransfer",
    validFrom: "2016-07-25",
    value: temporaryTransferDefaults(),
    source: "QĐ 29-QĐ/TW 2016 về sinh hoạt đảng tạm thời (ezlearning, luatduonggia trích); domain.md §2.5",
    confidence: "S-old",
    note: "Chuyển sinh hoạt tạm thời khi thay đổi nơi cư trú hoặc nơi làm việc từ 3 tháng đến dưới 1 năm; đi học tập trung trong nước từ 3 tháng đến 2 năm. Nguồn trích QĐ 29 (đã được thay bằng QĐ 24 rồi 294-QĐ/TW); chưa đối chiếu văn bản hiện hành, có thể đã đổi. Các trường hợp đặc biệt do Ban Bí thư quy định không xét ở đây.",
  },
  {
    key: "member.retirementAge",
    validFrom: "2021-01-01",
    value: retirementAgeDefaults(),
    source:
      "Bộ luật Lao động 2019 Điều 169 khoản 2; Nghị định 135/2020/NĐ-CP Phụ lục I (tapchitaichinh.vn, bizlive.vn); domain.md §2.5 (nghỉ hưu là một trường hợp chuyển sinh hoạt đảng chính thức)",
    confidence: "S",
    note: "Tuổi nghỉ hưu trong điều kiện lao động bình thường (tính theo tháng): trước năm 2021 nam 60, nữ 55; từ 2021 nam 60 tuổi 3 tháng, mỗi năm thêm 3 tháng đến 62 tuổi (năm 2028); nữ 55 tuổi 4 tháng, mỗi năm thêm 4 tháng đến 60 tuổi (năm 2035). Ngày đủ tuổi tính theo năm đạt tuổi, như bảng của Nghị định 135. Không xét người được nghỉ hưu sớm (lao động nặng nhọc, suy giảm khả năng lao động) hoặc muộn hơn (chuyên gia, cán bộ lãnh đạo): chi bộ tự đối chiếu quyết định nghỉ hưu. Dùng để nhắc giới thiệu đảng viên nghỉ hưu về sinh hoạt nơi cư trú; quy định của Đảng không nêu tuổi.",
  },
  {
    key: "badge.milestones",
    validFrom: "2021-07-30",
    value: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
    source: "QĐ 24-QĐ/TW mục 27.1.2; HD 01-HD/TW 2021 mục 18",
    confidence: "S",
    note: "Các mốc tuổi đảng được xét tặng Huy hiệu Đảng.",
  },
  {
    key: "badge.awardDays",
    validFrom: "2021-07-30",
    value: ["02-03", "05-19", "09-02", "11-07"],
    source: "HD 01-HD/TW 2021 mục 18.4",
    confidence: "S",
    note: "Các ngày kỷ niệm trao Huy hiệu Đảng (tháng-ngày).",
  },
];

/** The seeded values of every member rule, as one bundle (what a fresh database holds; tests judge with it). */
export function memberRuleDefaults() {
  return {
    lifecycle: lifecycleDefaults(),
    readmission: readmissionDefaults(),
    introducers: introducerDefaults(),
    education: educationDefaults(),
    educationExceptions: educationExceptionDefaults(),
    course: courseDefaults(),
    cardNumber: cardNumberDefaults(),
    temporaryTransfer: temporaryTransferDefaults(),
  };
}
