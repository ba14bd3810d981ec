import type { Indicator } from "../../platform/module";
import {
  type CaseCount,
  countCaseSubjects,
  countDiscipline,
  countLetters,
  type DisciplineCount,
} from "./inspection-indicators.repo";

const indicator = (id: string, vi: string, en: string, compute: Indicator["compute"]): Indicator => ({
  id: `inspection.${id}`,
  group: "inspection",
  unit: "count",
  label: { vi, en },
  compute,
});
const cases = (id: string, vi: string, en: string, what: CaseCount) =>
  indicator(id, vi, en, (db, query) => countCaseSubjects(db, query, what));
const discipline = (id: string, vi: string, en: string, what: DisciplineCount) =>
  indicator(id, vi, en, (db, query) => countDiscipline(db, query, what));

const memberForms: [string, string, string][] = [
  ["reprimand", "khiển trách", "reprimand"],
  ["warning", "cảnh cáo", "warning"],
  ["dismissal", "cách chức", "removal from post"],
  ["expulsion", "khai trừ", "expulsion"],
];

/**
 * The inspection, supervision, letter and discipline figures of reports (domain.md §9.2), computed from the records
 * (issue 11 item 6): cases by their decision's date, counted at the inspecting unit; letters at the receiving unit;
 * discipline where its subject stood. They replace the entered `entered.inspection.*` figures from 2026.
 */
export const inspectionIndicators: Indicator[] = [
  cases("inspected.orgs", "Tổ chức đảng được kiểm tra", "Party organisations inspected", {
    work: "inspection",
    subjects: "organisations",
  }),
  cases(
    "inspected.members",
    "Đảng viên được kiểm tra (kể cả cấp ủy viên)",
    "Members inspected (committee members too)",
    {
      work: "inspection",
      subjects: "members",
    },
  ),
  cases(
    "inspected.suspectedMembers",
    "Đảng viên được kiểm tra khi có dấu hiệu vi phạm",
    "Members inspected on suspected violations",
    { work: "inspection", kind: "inspection_suspected", subjects: "members" },
  ),
  cases("supervised.orgs", "Tổ chức đảng được giám sát", "Party organisations supervised", {
    work: "supervision",
    subjects: "organisations",
  }),
  cases(
    "supervised.members",
    "Đảng viên được giám sát (kể cả cấp ủy viên)",
    "Members supervised (committee members too)",
    {
      work: "supervision",
      subjects: "members",
    },
  ),
  indicator("letters.received", "Đơn thư tiếp nhận", "Letters received", (db, q) => countLetters(db, q, "received")),
  indicator(
    "letters.resolved",
    "Đơn thư đã giải quyết có kết quả (không tính đơn chuyển cơ quan có thẩm quyền)",
    "Letters resolved with a result (not those forwarded to the competent body)",
    (db, q) => countLetters(db, q, "resolved"),
  ),
  discipline("discipline.orgs", "Tổ chức đảng bị thi hành kỷ luật", "Party organisations disciplined", {
    subjectType: "organisation",
  }),
  discipline("discipline.members", "Đảng viên bị thi hành kỷ luật", "Members disciplined", { subjectType: "member" }),
  ...memberForms.map(([form, vi, en]) =>
    discipline(`discipline.${form}`, `Trong đó: ${vi}`, `Of whom: ${en}`, { subjectType: "member", form }),
  ),
  discipline("discipline.dissolution", "Tổ chức đảng bị giải tán", "Party organisations dissolved", {
    subjectType: "organisation",
    form: "dissolution",
  }),
];
