import type { ReportTemplateInput, TemplateSection } from "@dangvu/contract";
import {
  breakdown,
  cardsAndBadges,
  commendations,
  inspection,
  inspectionRules,
  meetings,
  memberChanges,
  memberStanding,
  members,
  models,
  narratives,
  organisations,
  politicalStandards,
  propaganda,
  ratings,
  residence,
  row,
  table,
  training,
} from "./reports.standard-sections";

/**
 * The report templates a bloc committee (Đảng ủy Khối) uses, seeded into every database once (domain.md §9;
 * issue 10): the cell's monthly report, the base committee's and the committee's 6-month and annual reports, the
 * basic statistics tables as at 31/12 (1-TCTW … 4-TCTW of HD 11-HD/BTCTW) and the member list book (7-HSĐV).
 * The office edits them as new versions. Indicator ids are the modules' (GET /api/reports/indicators) or the entered
 * ones (reports.entered.ts); breakdowns are the members module's. The seed adds to the party-work reports a version
 * from 2026-01-01 that takes the inspection figures from the inspection module's records (reports.standard-computed.ts).
 *
 * Due dates are not sourced for any bloc (domain.md §9.1 [C]); the offsets below (days after the period's last day)
 * are plausible choices: a cell's month by the 5th of the next, a base committee's half-year and year within 10 days,
 * the committee's after its bases' (20 days), the statistics by 15 January, the member list 10 days after the quarter.
 */

const validFrom = "2020-01-01";

const committeeRecipients = [
  "Thường trực Tỉnh ủy (b/c)",
  "Ban Tổ chức Tỉnh ủy (b/c)",
  "Văn phòng Tỉnh ủy (b/c)",
  "Các đảng ủy, chi bộ cơ sở trực thuộc",
  "Lưu Văn phòng Đảng ủy Khối",
];
const baseRecipients = ["Ban Thường vụ Đảng ủy Khối (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"];
const baseSigner = { signerAuthority: "T/M ĐẢNG ỦY", signerTitle: "BÍ THƯ" };
const committeeSigner = { signerAuthority: "T/M BAN THƯỜNG VỤ", signerTitle: "BÍ THƯ" };

/** The sections of a base committee's or the committee's 6-month or annual report. */
const partyWork = (annual: boolean, next: string): TemplateSection[] => [
  organisations,
  members,
  cardsAndBadges,
  meetings,
  residence,
  ...(annual ? [ratings] : []),
  commendations,
  models,
  inspection,
  training,
  propaganda,
  politicalStandards,
  ...narratives(next),
];

const statistics = (form: string, name: string, sections: TemplateSection[]): ReportTemplateInput => ({
  code: `stats_${form}_tctw`,
  name: `Biểu ${form}-TCTW: ${name} (có đến 31-12)`,
  periodType: "year",
  reportingUnitTypes: ["grassroots_committee", "grassroots_cell"],
  dueOffsetDays: 15,
  validFrom,
  sections: [...sections, { kind: "narrative", key: "notes", title: "Giải trình số liệu" }],
  rules: [],
  document: {
    typeCode: "BC",
    summary: `Thống kê ${name.toLowerCase()} {period} (có đến 31-12), biểu ${form}-TCTW`,
    ...baseSigner,
    recipients: ["Ban Tổ chức Đảng ủy Khối (b/c)", "Lưu Văn phòng Đảng ủy"],
  },
});

/** The standard templates, in force from 2020; `seedStandardTemplates` puts those missing into a database. */
export const standardTemplates: ReportTemplateInput[] = [
  {
    code: "cell_monthly",
    name: "Báo cáo tháng của chi bộ",
    periodType: "month",
    reportingUnitTypes: ["cell", "grassroots_cell"],
    dueOffsetDays: 5,
    validFrom,
    sections: [
      // A month has no admission target of its own: the year's target is the base committee's.
      table("members", "Đảng viên", [...memberStanding, row("members.admitted"), ...memberChanges.slice(2)]),
      meetings,
      residence,
      ...narratives("tháng tới"),
    ],
    rules: [],
    document: {
      typeCode: "BC",
      summary: "Kết quả thực hiện nhiệm vụ {period}",
      // A cell too small to elect a cell committee signs "T/M CHI BỘ": the office edits its copy (a template has one).
      signerAuthority: "T/M CHI ỦY",
      signerTitle: "BÍ THƯ",
      recipients: ["Đảng ủy cấp trên (b/c)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
    },
  },
  {
    code: "base_half_year",
    name: "Báo cáo sơ kết 6 tháng của đảng bộ cơ sở",
    periodType: "half_year",
    reportingUnitTypes: ["grassroots_committee", "sub_committee"],
    dueOffsetDays: 10,
    validFrom,
    sections: partyWork(false, "6 tháng cuối năm"),
    rules: inspectionRules,
    document: {
      typeCode: "BC",
      summary: "Kết quả công tác xây dựng Đảng {period}",
      ...baseSigner,
      recipients: baseRecipients,
    },
  },
  {
    code: "base_year",
    name: "Báo cáo tổng kết năm của đảng bộ cơ sở",
    periodType: "year",
    reportingUnitTypes: ["grassroots_committee", "sub_committee"],
    dueOffsetDays: 10,
    validFrom,
    sections: partyWork(true, "năm tới"),
    rules: inspectionRules,
    document: {
      typeCode: "BC",
      summary: "Kết quả công tác xây dựng Đảng {period}",
      ...baseSigner,
      recipients: baseRecipients,
    },
  },
  {
    code: "committee_half_year",
    name: "Báo cáo sơ kết 6 tháng công tác xây dựng Đảng của Đảng ủy Khối",
    periodType: "half_year",
    reportingUnitTypes: ["upper_committee"],
    dueOffsetDays: 20,
    validFrom,
    sections: partyWork(false, "6 tháng cuối năm"),
    rules: inspectionRules,
    document: {
      typeCode: "BC",
      summary: "Sơ kết công tác xây dựng Đảng {period}",
      ...committeeSigner,
      recipients: committeeRecipients,
    },
  },
  {
    code: "committee_year",
    name: "Báo cáo tổng kết năm công tác xây dựng Đảng của Đảng ủy Khối",
    periodType: "year",
    reportingUnitTypes: ["upper_committee"],
    dueOffsetDays: 20,
    validFrom,
    sections: partyWork(true, "năm tới"),
    rules: inspectionRules,
    document: {
      typeCode: "BC",
      summary: "Tổng kết công tác xây dựng Đảng {period}",
      ...committeeSigner,
      recipients: committeeRecipients,
    },
  },
  statistics("1", "Tổ chức đảng và đảng viên", [
    organisations,
    table("members", "Đảng viên và biến động đảng viên trong năm", [...memberStanding, ...memberChanges.slice(1)]),
    breakdown("byGender", "Đảng viên chia theo giới tính", "members.byGender"),
  ]),
  // domain.md §9.3 names 2-TCTW "specialist qualifications"; document-format.md §3.2 finds it more likely the form
  // of newly admitted members [U]. Both are given: the admissions, then the qualifications of the members on the list.
  statistics("2", "Đảng viên mới kết nạp và trình độ chuyên môn", [
    table("admitted", "Kết nạp đảng viên", [row("members.admitted"), row("members.readmitted", 1)]),
    breakdown("byProfessionalQualification", "Trình độ chuyên môn nghiệp vụ", "members.byProfessionalQualification"),
  ]),
  statistics("3", "Chất lượng đội ngũ đảng viên", [
    breakdown("byAgeBand", "Độ tuổi", "members.byAgeBand"),
    breakdown("byGeneralEducation", "Giáo dục phổ thông", "members.byGeneralEducation"),
    breakdown("byProfessionalQualification", "Chuyên môn nghiệp vụ", "members.byProfessionalQualification"),
    breakdown("byAcademicTitle", "Học hàm", "members.byAcademicTitle"),
    breakdown("byPoliticalTheory", "Lý luận chính trị", "members.byPoliticalTheory"),
    breakdown("byPartyAgeBand", "Tuổi Đảng", "members.byPartyAgeBand"),
  ]),
  statistics("4", "Đảng viên chia theo dân tộc và tôn giáo", [
    breakdown("byEthnicity", "Đảng viên chia theo dân tộc", "members.byEthnicity"),
    breakdown("byReligion", "Đảng viên trong các tôn giáo", "members.byReligion"),
  ]),
  {
    code: "member_list_7_hsdv",
    name: "Sổ danh sách đảng viên (mẫu 7-HSĐV)",
    // Reconciled with the levels above and below every 3 months (HD 12-HD/BTCTW; records-and-calendar.md §2.7).
    periodType: "quarter",
    reportingUnitTypes: ["cell", "grassroots_cell", "sub_committee", "grassroots_committee", "upper_committee"],
    dueOffsetDays: 10,
    validFrom,
    sections: [
      table("members", "Số đảng viên", memberStanding),
      { kind: "memberList", key: "memberList", title: "Danh sách đảng viên" },
      { kind: "narrative", key: "notes", title: "Những thay đổi, sai lệch đã đối chiếu" },
    ],
    rules: [],
    document: {
      typeCode: "BC",
      summary: "Đối chiếu danh sách đảng viên {period}",
      // One template for every level that keeps the book: the signing body is named generically.
      signerAuthority: "T/M CẤP ỦY",
      signerTitle: "BÍ THƯ",
      recipients: ["Cấp ủy cấp trên (b/c)", "Lưu hồ sơ đảng viên"],
    },
  },
];
