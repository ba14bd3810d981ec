import type { MemberListQuery, Reminder } from "@dangvu/contract";
import type { Ctx } from "../../context";
import ExcelJS from "../../platform/excel";
import { type SheetColumn, writeList } from "../../platform/excel-sheet";
import { dmy } from "../../rules/dates";
import { unitNames } from "../org";
import * as repo from "./members.repo";
import { listWhere } from "./members.service";
import { toListItem } from "./members.view";
import { filterLabels, reminderKindLabels, statusLabel } from "./members-labels";
import { listReminders } from "./reminders.service";

const maxExportRows = 100_000;

const memberColumns: SheetColumn[] = [
  { header: "STT", key: "n", width: 6 },
  { header: "Họ và tên", key: "fullName", width: 28 },
  { header: "Giới tính", key: "sex", width: 10 },
  { header: "Ngày sinh", key: "birthDate", width: 12, date: true },
  { header: "Chi bộ", key: "orgUnitName", width: 36 },
  { header: "Trạng thái", key: "status", width: 22 },
  { header: "Ngày vào Đảng", key: "admission", width: 14, date: true },
  { header: "Tuổi đảng", key: "partyAge", width: 14 },
  { header: "Số thẻ", key: "cardNumber", width: 14 },
  { header: "Số CCCD", key: "citizenId", width: 16 },
];

/**
 * The current list view (same filters and order, every page) as an .xlsx workbook: a title block naming the unit, the
 * day and the filter, every column of the list, dates as dates; citizen IDs stay masked as in the list.
 */
export async function exportMembers(ctx: Ctx, filter: MemberListQuery): Promise<Buffer> {
  const where = await listWhere(ctx, filter);
  const { rows } = await repo.listMembers(ctx.db, where, { ...filter, page: 1, pageSize: maxExportRows });
  const workbook = newWorkbook();
  writeList(
    workbook.addWorksheet("Đảng viên"),
    { title: "DANH SÁCH ĐẢNG VIÊN", lines: await titleLines(ctx, filter.orgUnitId, describeFilter(filter)) },
    memberColumns,
    rows.map((row, i) => {
      const item = toListItem(row, ctx.today);
      return {
        n: i + 1,
        fullName: item.fullName,
        sex: item.sex === "male" ? "Nam" : "Nữ",
        birthDate: item.birthDate,
        orgUnitName: item.orgUnitName,
        status: statusLabel(item),
        admission: item.admissionDecidedOn,
        partyAge: item.partyAge.since ? `${item.partyAge.years} năm ${item.partyAge.months} tháng` : "",
        cardNumber: item.cardNumber ?? "",
        citizenId: item.citizenId ?? "",
      };
    }),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const reminderColumns: SheetColumn[] = [
  { header: "STT", key: "n", width: 6 },
  { header: "Việc cần làm", key: "kind", width: 34 },
  { header: "Đảng viên", key: "memberName", width: 26 },
  { header: "Tổ chức", key: "orgUnitName", width: 34 },
  { header: "Hạn", key: "dueOn", width: 12, date: true },
  { header: "Quá hạn", key: "overdue", width: 10 },
  { header: "Nội dung", key: "message", width: 80 },
];

/** The reminders of the actor's scope (or a unit's subtree), as the page lists them, in an .xlsx workbook. */
export async function exportReminders(ctx: Ctx, orgUnitId?: string): Promise<Buffer> {
  const reminders = await listReminders(ctx, orgUnitId);
  const workbook = newWorkbook();
  writeList(
    workbook.addWorksheet("Nhắc việc"),
    { title: "NHẮC VIỆC CÔNG TÁC ĐẢNG VIÊN", lines: await titleLines(ctx, orgUnitId, "Tất cả việc cần làm") },
    reminderColumns,
    reminders.map((r: Reminder, i) => ({
      n: i + 1,
      kind: reminderKindLabels[r.kind],
      memberName: r.memberName ?? "",
      orgUnitName: r.orgUnitName,
      dueOn: r.dueOn,
      overdue: r.overdue ? "Quá hạn" : "",
      message: r.message,
    })),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  return workbook;
}

/** The lines under a list's title: which unit, which day and by whom, which filter. */
async function titleLines(ctx: Ctx, orgUnitId: string | undefined, filter: string): Promise<string[]> {
  const unit = orgUnitId ? (await unitNames(ctx.db, [orgUnitId])).get(orgUnitId) : undefined;
  return [
    `Đơn vị: ${unit ?? "Tất cả tổ chức trong phạm vi được giao"}`,
    `Ngày xuất: ${dmy(ctx.today)}; người xuất: ${ctx.actor.displayName}`,
    `Điều kiện lọc: ${filter}`,
  ];
}

/** The list's filters in words, as the list page shows them. */
function describeFilter(filter: MemberListQuery): string {
  const range = (label: string, min?: number, max?: number) =>
    min === undefined && max === undefined ? [] : [`${label} ${min ?? 0}–${max ?? "…"} năm`];
  const parts = [
    filter.q ? `Tìm “${filter.q}”` : "",
    `Trạng thái: ${filterLabels.status[filter.status ?? "default"]}`,
    filter.sex ? `Giới tính: ${filter.sex === "male" ? "Nam" : "Nữ"}` : "",
    ...range("Tuổi đời", filter.ageMin, filter.ageMax),
    ...range("Tuổi đảng", filter.partyAgeMin, filter.partyAgeMax),
    filter.ethnicity ? `Dân tộc: ${filter.ethnicity}` : "",
    filter.generalEducation ? `Giáo dục phổ thông: ${filter.generalEducation}` : "",
    filter.politicalTheoryLevel ? `Lý luận chính trị: ${filterLabels.theory[filter.politicalTheoryLevel]}` : "",
  ];
  return parts.filter(Boolean).join("; ");
}
