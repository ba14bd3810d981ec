import type { CriterionGroup, OrgUnitType, RatingLevel } from "@dangvu/contract";
import type { SeededRuleSetting } from "../../platform/module";

/** A points framework (366-QĐ/TW appendices); no criteria means levels only (124-QĐ/TW and before). */
export interface FrameworkSetting {
  key: string;
  groups: { id: CriterionGroup; label: string; max: number }[];
  criteria: { id: string; group: CriterionGroup; label: string; max: number }[];
}

/** Lowest total of each level, highest first. */
export type BandsSetting = { level: RatingLevel; min: number }[];

/** The excellent quota: at most `percent`% of those rated at `base` or better, counted in each `scope`. */
export interface QuotaSetting {
  percent: number;
  base: "good_or_better";
  scope: "base_organisation";
}

/** Who decides: the base organisation above the subject, or the committee directly above it. */
export type Decider = "base_organisation" | "parent";
export interface AuthoritySetting {
  member: Decider;
  org: Partial<Record<OrgUnitType, Decider>>;
}

export interface LevelsSetting {
  levels: { code: RatingLevel; label: string; short: string }[];
  /** Organisations' levels before 2018 (HD 20/2008, 27/2014), for the records of older years. */
  historical: { code: string; label: string; until: number }[];
}

/** Days from the reference date to each step's due date, when a cycle does not give its own. */
export interface StepDeadlinesSetting {
  selfDays: number;
  proposalDays: number;
  decisionDays: number;
}

export const frameworkKeys = { member: "ratings.framework.member", org: "ratings.framework.org" } as const;
export const bandsKey = "ratings.bands";
export const quotaKey = "ratings.excellentQuota";
export const authorityKey = "ratings.authority";
export const levelsKey = "ratings.levels";
export const stepDeadlinesKey = "ratings.stepDeadlines";

/** Who is left out of a review (domain.md §5.4): read when a cycle is created. */
export const exclusionsKey = "ratings.exclusions";
export interface ExclusionsSetting {
  recentlyAdmittedMonths: number;
}

const groups366: FrameworkSetting["groups"] = [
  { id: "general", label: "Nhóm tiêu chí chung", max: 30 },
  { id: "tasks", label: "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ", max: 70 },
];

const memberFramework: FrameworkSetting = {
  key: "366-QĐ/TW đảng viên",
  groups: groups366,
  criteria: [
    { id: "politics", group: "general", label: "Tư tưởng chính trị, chấp hành chủ trương, đường lối", max: 10 },
    { id: "ethics", group: "general", label: "Phẩm chất đạo đức, lối sống, tác phong, lề lối làm việc", max: 10 },
    { id: "discipline", group: "general", label: "Ý thức tổ chức kỷ luật, tinh thần tự phê bình và phê bình", max: 10 },
    { id: "duties", group: "tasks", label: "Kết quả thực hiện nhiệm vụ chuyên môn được giao", max: 40 },
    { id: "partyTasks", group: "tasks", label: "Thực hiện nhiệm vụ đảng viên, sinh hoạt chi bộ, đảng phí", max: 20 },
    { id: "residence", group: "tasks", label: "Thực hiện nhiệm vụ nơi cư trú, quan hệ với nhân dân", max: 10 },
  ],
};

const orgFramework: FrameworkSetting = {
  key: "366-QĐ/TW tập thể",
  groups: groups366,
  criteria: [
    { id: "politics", group: "general", label: "Xây dựng Đảng về chính trị, tư tưởng, đạo đức", max: 10 },
    { id: "organisation", group: "general", label: "Xây dựng tổ chức, đội ngũ cán bộ, đảng viên", max: 10 },
    {
      id: "principles",
      group: "general",
      label: "Thực hiện nguyên tắc tập trung dân chủ, kiểm tra, giám sát",
      max: 10,
    },
    { id: "tasks", group: "tasks", label: "Lãnh đạo thực hiện nhiệm vụ chính trị của cơ quan, đơn vị", max: 40 },
    { id: "meetings", group: "tasks", label: "Chất lượng sinh hoạt đảng, quản lý đảng viên", max: 20 },
    { id: "mass", group: "tasks", label: "Lãnh đạo đoàn thể, công tác dân vận", max: 10 },
  ],
};

const levelsOnly = (key: string): FrameworkSetting => ({ key, groups: [], criteria: [] });

const frameworkNote =
  "Khung 100 điểm của Quy định 366-QĐ/TW (30/8/2025): nhóm tiêu chí chung 30 điểm, nhóm kết quả thực hiện nhiệm vụ 70 điểm (nguồn S). Các tiêu chí chi tiết và điểm từng tiêu chí ở đây là cách chia của cấp ủy theo tinh thần các phụ lục, chưa đối chiếu văn bản gốc của phụ lục (mức C); cấp ủy sửa lại theo hướng dẫn của tỉnh. Trước ngày 30/8/2025 (Quy định 124-QĐ/TW) không chấm điểm, chỉ chọn mức xếp loại.";

/** The ratings module's rules as data (domain.md §5), with their sources and doubts. */
export const ratingsRuleSettings: SeededRuleSetting[] = [
  {
    key: frameworkKeys.member,
    validFrom: "2018-01-01",
    value: levelsOnly("124-QĐ/TW"),
    source: "Quy định 124-QĐ/TW (2018), Quy định 132-QĐ/TW: xếp loại theo 4 mức, không chấm điểm",
    confidence: "S-old",
    note: "Trước Quy định 366-QĐ/TW đảng viên tự chọn một trong bốn mức, không có khung điểm.",
  },
  {
    key: frameworkKeys.member,
    validFrom: "2025-08-30",
    value: memberFramework,
    source: "Quy định 366-QĐ/TW ngày 30/8/2025, phụ lục đảng viên (domain.md §5.2)",
    confidence: "C",
    note: frameworkNote,
  },
  {
    key: frameworkKeys.org,
    validFrom: "2018-01-01",
    value: levelsOnly("124-QĐ/TW"),
    source: "Quy định 124-QĐ/TW (2018): xếp loại tổ chức đảng theo 4 mức, không chấm điểm",
    confidence: "S-old",
    note: "Trước Quy định 366-QĐ/TW tổ chức đảng tự chọn mức xếp loại, không có khung điểm.",
  },
  {
    key: frameworkKeys.org,
    validFrom: "2025-08-30",
    value: orgFramework,
    source: "Quy định 366-QĐ/TW ngày 30/8/2025, phụ lục tập thể (domain.md §5.2)",
    confidence: "C",
    note: frameworkNote,
  },
  {
    key: bandsKey,
    validFrom: "2025-08-30",
    value: [
      { level: "excellent", min: 90 },
      { level: "good", min: 70 },
      { level: "completed", min: 50 },
      { level: "not_completed", min: 0 },
    ] satisfies BandsSetting,
    source: "Quy định 366-QĐ/TW: HTXSNV từ 90 điểm, HTTNV 70 đến dưới 90, HTNV 50 đến dưới 70, KHTNV dưới 50",
    confidence: "S",
    note: "Ngưỡng điểm của từng mức. Ngoài điểm, mỗi mức còn điều kiện khác (tỷ lệ nhiệm vụ vượt yêu cầu, không bị kỷ luật…) mà cấp có thẩm quyền xem xét khi quyết định.",
  },
  {
    key: quotaKey,
    validFrom: "2019-01-01",
    value: { percent: 20, base: "good_or_better", scope: "base_organisation" } satisfies QuotaSetting,
    source: "Hướng dẫn 21-HD/BTCTW 2019 (domain.md §5.3)",
    confidence: "S-old",
    note: "Số đảng viên Hoàn thành xuất sắc nhiệm vụ không quá 20% số được xếp loại Hoàn thành tốt nhiệm vụ trở lên trong mỗi tổ chức cơ sở đảng. Quy định theo Hướng dẫn 21 năm 2019; chưa kiểm chứng Quy định 124 và 366 có giữ đúng tỷ lệ này cho đảng viên hay không. Tỷ lệ, mức làm cơ sở và phạm vi tính có thể đổi.",
  },
  {
    key: authorityKey,
    validFrom: "2023-11-10",
    value: {
      member: "base_organisation",
      org: {
        cell: "base_organisation",
        sub_committee: "base_organisation",
        grassroots_committee: "parent",
        grassroots_cell: "parent",
        upper_committee: "parent",
      },
    } satisfies AuthoritySetting,
    source: "Hướng dẫn 25-HD/BTCTW ngày 10/11/2023 (tổ chức đảng); đảng viên: thông lệ (domain.md §5.5)",
    confidence: "S",
    note: "Chi bộ trực thuộc và đảng bộ bộ phận do đảng ủy cơ sở quyết định; tổ chức cơ sở đảng do ban thường vụ cấp ủy cấp trên trực tiếp quyết định (nguồn S). Đảng viên: chi bộ đề xuất, tổ chức cơ sở đảng quyết định là thông lệ, chưa đối chiếu văn bản (mức C).",
  },
  {
    key: levelsKey,
    validFrom: "2018-01-01",
    value: {
      levels: [
        { code: "excellent", label: "Hoàn thành xuất sắc nhiệm vụ", short: "HTXSNV" },
        { code: "good", label: "Hoàn thành tốt nhiệm vụ", short: "HTTNV" },
        { code: "completed", label: "Hoàn thành nhiệm vụ", short: "HTNV" },
        { code: "not_completed", label: "Không hoàn thành nhiệm vụ", short: "KHTNV" },
      ],
      historical: [
        { code: "tsvm_typical", label: "Trong sạch, vững mạnh tiêu biểu", until: 2017 },
        { code: "tsvm", label: "Trong sạch, vững mạnh", until: 2017 },
        { code: "good", label: "Hoàn thành tốt nhiệm vụ", until: 2017 },
        { code: "completed", label: "Hoàn thành nhiệm vụ", until: 2017 },
        { code: "weak", label: "Yếu kém", until: 2017 },
      ],
    } satisfies LevelsSetting,
    source: "Quy định 124-QĐ/TW Điều 12; Quy định 366-QĐ/TW Điều 11 (bốn mức); HD 20/2008, 27/2014 (mức cũ)",
    confidence: "S",
    note: "Bốn mức dùng chung cho tổ chức, tập thể và cá nhân. Các mức cũ của tổ chức đảng trước năm 2018 (Trong sạch, vững mạnh…) chỉ để đọc hồ sơ các năm trước; tên các mức cũ là mức C.",
  },
  {
    key: stepDeadlinesKey,
    validFrom: "2018-01-01",
    value: { selfDays: -30, proposalDays: -15, decisionDays: 15 } satisfies StepDeadlinesSetting,
    source: "Thông lệ kiểm điểm cuối năm, tháng 11–12 (domain.md §5.5)",
    confidence: "C",
    note: "Hạn mặc định của từng bước tính từ ngày xếp loại của đợt: tự đánh giá 30 ngày trước, chi bộ đề xuất 15 ngày trước, cấp có thẩm quyền quyết định 15 ngày sau. Là cách làm thường thấy, không phải quy định; mỗi đợt có thể đặt hạn riêng.",
  },
  {
    key: exclusionsKey,
    validFrom: "2018-01-01",
    value: { recentlyAdmittedMonths: 6 } satisfies ExclusionsSetting,
    source: "Quy định 124-QĐ/TW Điều 5 khoản 2 (domain.md §5.4)",
    confidence: "S",
    note: "Không kiểm điểm, xếp loại đảng viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt, đảng viên mới kết nạp dưới 6 tháng tính đến ngày xếp loại. Việc đình chỉ sinh hoạt chưa được ghi nhận trong hệ thống nên chưa loại trừ tự động; cấp ủy tự đối chiếu.",
  },
];
