import type { ReportDetail, ReportValue, TemplateDocument } from "@dangvu/contract";
import type { ReportHeading } from "../src/modules/reports/reports-docx";
import type { ChildReport } from "../src/modules/reports/reports-xlsx";

/**
 * A hand-built 6-month party-work report of an upper committee (the shape `getReport` answers), for the tests of
 * the Word and Excel files and for the developer check that renders it (scripts/check-report-docx.sh).
 */

const computed = (indicator: string, label: string, value: number | null): ReportValue => ({
  indicator,
  label,
  kind: "computed",
  unit: "count",
  value,
  own: null,
  children: null,
});
const entered = (indicator: string, label: string, own: number, children: number): ReportValue => ({
  indicator,
  label,
  kind: "entered",
  unit: "count",
  value: own + children,
  own,
  children,
});

export const sampleDocument: TemplateDocument = {
  typeCode: "BC",
  summary: "Kết quả công tác xây dựng Đảng {period}, phương hướng, nhiệm vụ 6 tháng cuối năm 2026",
  signerAuthority: "T/M BAN THƯỜNG VỤ",
  signerTitle: "BÍ THƯ",
  recipients: [
    "Ban Thường vụ Tỉnh ủy (để b/c)",
    "Các ban xây dựng Đảng Tỉnh ủy",
    "Các đảng ủy, chi bộ cơ sở",
    "Lưu Văn phòng Đảng ủy Khối",
  ],
};

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** The sample report, with the fields a test wants changed (status, number, narrative …). */
export function sampleReport(patch: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: id(1),
    templateId: id(2),
    templateVersionId: id(3),
    templateName: "Báo cáo 6 tháng công tác xây dựng Đảng (Đảng ủy Khối)",
    orgUnitId: id(4),
    orgUnitName: "Đảng bộ Khối các cơ quan tỉnh",
    parentUnitId: null,
    parentUnitName: null,
    childUnits: 0,
    period: "2026-H1",
    periodLabel: "6 tháng đầu năm 2026",
    from: "2026-01-01",
    to: "2026-06-30",
    dueOn: "2026-07-05",
    status: "approved",
    version: 4,
    computedAt: "2026-07-02T08:00:00.000Z",
    submittedAt: "2026-07-03T08:00:00.000Z",
    approvedAt: "2026-07-04T08:00:00.000Z",
    documentNumber: "15-BC/ĐU",
    sections: [
      { kind: "narrative", key: "results", title: "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm" },
      {
        kind: "table",
        key: "organisations",
        title: "Tổ chức đảng và đảng viên",
        rows: [
          { indicator: "org.grassrootsOrganisations", label: "Tổ chức cơ sở đảng", level: 0 },
          { indicator: "org.grassrootsCommittees", label: "Đảng bộ cơ sở", level: 1 },
          { indicator: "org.grassrootsCells", label: "Chi bộ cơ sở", level: 1 },
          { indicator: "members.onList", label: "Tổng số đảng viên", level: 0 },
          { indicator: "members.full", label: "Đảng viên chính thức", level: 1 },
          { indicator: "members.probationary", label: "Đảng viên dự bị", level: 1 },
          { indicator: "members.admitted", label: "Kết nạp đảng viên mới", percentOf: "entered.targets.admissions" },
          { indicator: "members.transferredOut" },
        ],
      },
      {
        kind: "table",
        key: "inspection",
        title: "Kiểm tra, giám sát và thi hành kỷ luật đảng",
        rows: [
          { indicator: "entered.inspection.orgs" },
          { indicator: "entered.discipline.members" },
          { indicator: "entered.discipline.reprimand", level: 1 },
        ],
      },
      { kind: "breakdown", key: "ethnicity", title: "Đảng viên chia theo dân tộc", breakdown: "members.byEthnicity" },
      { kind: "narrative", key: "limits", title: "Hạn chế, khuyết điểm và nguyên nhân" },
      { kind: "narrative", key: "tasks", title: "Phương hướng, nhiệm vụ 6 tháng cuối năm 2026" },
    ],
    rules: [],
    values: [
      computed("org.grassrootsOrganisations", "Tổ chức cơ sở đảng", 42),
      computed("org.grassrootsCommittees", "Đảng bộ cơ sở", 12),
      computed("org.grassrootsCells", "Chi bộ cơ sở", 30),
      computed("members.onList", "Đảng viên trong danh sách", 2345),
      computed("members.full", "Đảng viên chính thức", 2210),
      computed("members.probationary", "Đảng viên dự bị", 135),
      computed("members.admitted", "Đảng viên được kết nạp", 134),
      computed("members.transferredOut", "Đảng viên chuyển sinh hoạt đi", null),
      entered("entered.targets.admissions", "Chỉ tiêu kết nạp đảng viên trong năm", 200, 0),
      entered("entered.inspection.orgs", "Tổ chức đảng được kiểm tra", 3, 9),
      entered("entered.discipline.members", "Đảng viên bị thi hành kỷ luật", 0, 2),
      entered("entered.discipline.reprimand", "Trong đó: khiển trách", 0, 1),
    ],
    breakdowns: {
      ethnicity: [
        { key: "kinh", label: "Kinh", value: 2290 },
        { key: "tay", label: "Tày", value: 41 },
        { key: "other", label: "Dân tộc khác", value: 14 },
      ],
    },
    narrative: {
      results:
        "Sáu tháng đầu năm 2026, Đảng ủy Khối tập trung lãnh đạo thực hiện các nhiệm vụ chính trị.\n\n" +
        "1. Công tác chính trị, tư tưởng\n" +
        "Tổ chức quán triệt, học tập các nghị quyết của Đảng cho 100% cán bộ, đảng viên.\n" +
        "2. Công tác tổ chức, cán bộ và đảng viên\n" +
        "Kết nạp 134 đảng viên mới, đạt 67% chỉ tiêu năm.",
      limits: "Một số chi bộ sinh hoạt chưa đều.\nNguyên nhân: cấp ủy chưa sâu sát.",
    },
    history: [],
    can: { edit: false, submit: false, approve: false, return: false, reopen: false },
    ...patch,
  };
}

/** The heading of the sample: issued by the bloc committee under the provincial committee. */
export function sampleHeading(patch: Partial<ReportHeading> = {}): ReportHeading {
  return {
    parentBody: "Đảng bộ tỉnh Bắc Ninh",
    issuingBody: "Đảng ủy Khối các cơ quan tỉnh",
    issuerCode: "ĐU",
    place: "Bắc Ninh",
    date: "2026-07-03",
    document: sampleDocument,
    signerName: "Nguyễn Văn Bí",
    ...patch,
  };
}

/** Two children of the sample: one approved with its figures, one that has not submitted. */
export function sampleChildren(): ChildReport[] {
  const approved = sampleReport({
    orgUnitId: id(10),
    orgUnitName: "Đảng bộ Sở Tài chính",
    templateName: "Báo cáo 6 tháng của đảng bộ cơ sở",
    documentNumber: "07-BC/ĐU",
    values: [
      computed("org.grassrootsOrganisations", "Tổ chức cơ sở đảng", 1),
      computed("members.onList", "Đảng viên trong danh sách", 321),
      entered("entered.inspection.orgs", "Tổ chức đảng được kiểm tra", 9, 0),
    ],
  });
  return [
    { orgUnitId: id(10), orgUnitName: "Đảng bộ Sở Tài chính", status: "approved", report: approved },
    { orgUnitId: id(11), orgUnitName: "Chi bộ Sở Xây dựng", status: "draft", report: null },
  ];
}
