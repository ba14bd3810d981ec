import type { AwardForm, ModelTitle } from "@dangvu/contract";
import type { SeededRuleSetting } from "../../platform/module";

export const awardFormsKey = "awards.forms";
export const awardEligibilityKey = "awards.eligibility";
export const modelTitlesKey = "awards.modelTitles";
export const modelRecognitionScoreKey = "awards.modelRecognitionScore";

/** Which decided yearly levels make a member or an organisation eligible for a periodic commendation. */
export interface AwardEligibility {
  /** Levels that count as outstanding in the year (basis `year_excellent`). */
  yearLevels: string[];
  /** How many years running, ending with the proposal's year, and the levels each must have (basis `five_years_excellent`). */
  runningYears: number;
  runningLevels: string[];
}

/** The score range in which an emulation model is recognised (inclusive). */
export interface RecognitionScore {
  min: number;
  max: number;
}

const mem = ["member"] as const;
const both = ["member", "org"] as const;
const by = (unitType: AwardForm["awardedBy"][number]["unitType"], recipients: readonly ("member" | "org")[]) => ({
  unitType,
  recipients: [...recipients],
});

/** The catalogue of domain.md §6.1: who may award which form, to members or organisations. */
export const seededAwardForms: AwardForm[] = [
  {
    code: "praise",
    label: "Biểu dương",
    labelEn: "Praise",
    awardedBy: [
      by("cell", both),
      by("sub_committee", both),
      by("grassroots_cell", both),
      by("grassroots_committee", both),
    ],
  },
  {
    code: "certificate_of_merit",
    label: "Giấy khen",
    labelEn: "Certificate of merit",
    awardedBy: [by("grassroots_cell", mem), by("grassroots_committee", both), by("upper_committee", both)],
  },
  {
    code: "certificate_of_commendation",
    label: "Bằng khen",
    labelEn: "Certificate of commendation",
    awardedBy: [by("provincial_committee", both)],
  },
  {
    code: "emulation_flag",
    label: "Cờ thi đua",
    labelEn: "Emulation flag",
    awardedBy: [by("provincial_committee", ["org"])],
  },
];

/** "Dân vận khéo" in its four fields (HD 29-HD/ĐUK Thái Nguyên 2024); the committee adds its own titles. */
export const seededModelTitles: ModelTitle[] = [
  {
    code: "dan_van_kheo",
    label: "Dân vận khéo",
    labelEn: "Skilled mass mobilisation",
    fields: [
      { code: "economy", label: "Kinh tế", labelEn: "Economy" },
      { code: "culture_society", label: "Văn hóa - xã hội", labelEn: "Culture and society" },
      { code: "defence_security", label: "Quốc phòng - an ninh", labelEn: "Defence and security" },
      { code: "political_system", label: "Xây dựng hệ thống chính trị", labelEn: "Building the political system" },
    ],
  },
];

/** Commendation and emulation rules as data (domain.md §6.1, §6.2, §6.4). */
export const awardCommendationSettings: SeededRuleSetting[] = [
  {
    key: awardFormsKey,
    validFrom: "2021-01-01",
    value: seededAwardForms,
    source: "Quy định 29-QĐ/TW 2021 và Quy định 24-QĐ/TW 2021 (thi hành Điều lệ Đảng), mục 27.2",
    confidence: "S",
    note: "Danh mục hình thức khen thưởng và cấp được khen (biểu dương, giấy khen, bằng khen, cờ thi đua). Huy hiệu Đảng quản lý riêng. Cấp ủy có thể thêm hình thức (ví dụ cờ của đảng bộ khối) bằng một phiên bản mới.",
  },
  {
    key: awardEligibilityKey,
    validFrom: "2021-01-01",
    value: { yearLevels: ["excellent"], runningYears: 5, runningLevels: ["excellent"] } satisfies AwardEligibility,
    source:
      "Hướng dẫn 01-HD/TW 2021 mục 19 (khen tổ chức đảng, đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu trong năm và 5 năm liền); Hướng dẫn 21-HD/BTCTW 2019 (chỉ xét trong số được xếp loại Hoàn thành xuất sắc nhiệm vụ)",
    confidence: "S-old",
    note: "Khen thưởng định kỳ chỉ xét trong số được xếp loại “Hoàn thành xuất sắc nhiệm vụ” trong năm, hoặc 5 năm liền (tính đến năm đề nghị). Hướng dẫn 21-HD/BTCTW 2019 đã được thay bằng văn bản năm 2025 (366-QĐ/TW); chưa kiểm chứng văn bản mới có giữ nguyên điều kiện này. Khen theo đợt thi đua và khen đột xuất không dựa vào xếp loại.",
  },
  {
    key: modelTitlesKey,
    validFrom: "2013-06-03",
    value: seededModelTitles,
    source:
      "Nghị quyết 25-NQ/TW 03/6/2013; Hướng dẫn 29-HD/ĐUK ngày 16/4/2024 của Đảng ủy Khối các cơ quan tỉnh Thái Nguyên",
    confidence: "P",
    note: "Danh hiệu mô hình thi đua và lĩnh vực: “Dân vận khéo” với 4 lĩnh vực theo hướng dẫn của một tỉnh (Thái Nguyên). Cấp ủy thêm danh hiệu của mình (ví dụ “Chi bộ 4 tốt”, chưa thấy văn bản công khai) bằng một phiên bản mới.",
  },
  {
    key: modelRecognitionScoreKey,
    validFrom: "2013-06-03",
    value: { min: 75, max: 100 } satisfies RecognitionScore,
    source:
      "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Yên Bái, tổng kết năm 2023 (64 mô hình được công nhận đạt 75–100 điểm)",
    confidence: "P",
    note: "Mô hình được công nhận khi điểm chấm trong khoảng này (thang 100 điểm). Đây là cách làm của một tỉnh (Yên Bái), không phải quy định của Trung ương; cấp ủy đặt lại theo hướng dẫn của mình.",
  },
];

/** The seeded version of a setting in force on a date: its source, confidence and doubt, shown beside a catalogue. */
export function seededVersion(key: string, on: string): SeededRuleSetting | undefined {
  return awardCommendationSettings
    .filter((s) => s.key === key && s.validFrom <= on)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    .at(-1);
}
