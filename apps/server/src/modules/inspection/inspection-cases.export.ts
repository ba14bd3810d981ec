import type { Ctx } from "../../context";
import ExcelJS from "../../platform/excel";
import { type SheetColumn, writeList } from "../../platform/excel-sheet";
import { dmy } from "../../rules/dates";
import { unitNames } from "../org";
import * as repo from "./inspection-cases.repo";
import { type CaseFilter, caseFilter, listItems } from "./inspection-cases-list.service";
import { bodyLabels, caseKindLabels, caseStateLabels } from "./inspection-labels";

const columns: SheetColumn[] = [
  { header: "STT", key: "no", width: 6 },
  { header: "Số quyết định", key: "decisionNo", width: 16 },
  { header: "Ngày quyết định", key: "decidedOn", width: 13, date: true },
  { header: "Chủ thể", key: "bodyLabel", width: 18 },
  { header: "Đơn vị", key: "orgUnitName", width: 30 },
  { header: "Loại", key: "kindLabel", width: 30 },
  { header: "Nội dung", key: "title", width: 44 },
  { header: "Đối tượng", key: "subjectNames", width: 36 },
  { header: "Trạng thái", key: "stateLabel", width: 26 },
  { header: "Hạn bước hiện tại", key: "stepDueOn", width: 13, date: true },
  { header: "Quá hạn", key: "late", width: 9 },
];

/** The cases as filtered (every page), as an .xlsx with its title block: for the committee's own records. */
export async function exportCases(ctx: Ctx, query: CaseFilter): Promise<{ fileName: string; buffer: Buffer }> {
  const rows = await repo.listCases(ctx.db, await caseFilter(ctx, query), query.sort ?? "-decidedOn", 1, 100_000);
  const items = await listItems(ctx, rows);
  const unit = query.orgUnitId ? (await unitNames(ctx.db, [query.orgUnitId])).get(query.orgUnitId) : null;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  const lines = [
    `Đơn vị: ${unit ?? "các đơn vị được xem"}`,
    `Năm: ${query.year ?? "tất cả"}. Ngày lập: ${dmy(ctx.today)}. Tổng số: ${items.length} cuộc.`,
  ];
  writeList(
    workbook.addWorksheet("Kiểm tra, giám sát"),
    { title: "DANH SÁCH CÁC CUỘC KIỂM TRA, GIÁM SÁT", lines },
    columns,
    items.map((c, i) => ({
      ...c,
      no: i + 1,
      bodyLabel: bodyLabels[c.body],
      kindLabel: caseKindLabels[c.kind],
      stateLabel: caseStateLabels[c.state],
      late: c.overdue ? "Quá hạn" : "",
    })),
  );
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `kiem-tra-giam-sat-${query.year ?? "tat-ca"}-${ctx.today}.xlsx`, buffer };
}
