import type { LetterListQuery } from "@dangvu/contract";
import type { Ctx } from "../../context";
import { translate } from "../../i18n";
import ExcelJS from "../../platform/excel";
import { type SheetColumn, writeList } from "../../platform/excel-sheet";
import { dmy } from "../../rules/dates";
import { unitNames } from "../org";
import { requireListWithin } from "./inspection.access";
import * as repo from "./inspection-letters.repo";
import { letterFilter, toListItem } from "./inspection-letters.service";

/** The register is a Vietnamese document whatever the reader's language. */
const vi = (code: string) => translate("vi", code);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const columns: SheetColumn[] = [
  { header: "STT", key: "no", width: 6 },
  { header: "Ngày nhận", key: "receivedOn", width: 13, date: true },
  { header: "Loại đơn", key: "kindLabel", width: 18 },
  { header: "Người gửi", key: "sender", width: 24 },
  { header: "Nội dung tóm tắt", key: "summary", width: 48 },
  { header: "Đơn vị tiếp nhận", key: "orgUnitName", width: 30 },
  { header: "Tình trạng", key: "statusLabel", width: 18 },
  { header: "Hạn giải quyết", key: "dueOn", width: 13, date: true },
  { header: "Quá hạn", key: "overdueLabel", width: 9 },
];

/** The register of letters (sổ theo dõi đơn thư) as filtered, as an .xlsx with its title block. */
export async function exportLetters(
  ctx: Ctx,
  query: Omit<LetterListQuery, "page" | "pageSize">,
): Promise<{ fileName: string; buffer: Buffer }> {
  await requireListWithin(ctx, query.orgUnitId);
  const { rows } = await repo.listLetters(ctx.db, letterFilter(ctx, query), null);
  const unit = query.orgUnitId ? (await unitNames(ctx.db, [query.orgUnitId])).get(query.orgUnitId) : null;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  const lines = [
    `Đơn vị: ${unit ?? "các đơn vị được xem"}`,
    `Năm: ${query.year ?? "tất cả"}. Ngày lập: ${dmy(ctx.today)}. Tổng số: ${rows.length} đơn thư.`,
  ];
  writeList(
    workbook.addWorksheet("Đơn thư"),
    { title: "SỔ THEO DÕI ĐƠN THƯ", lines },
    columns,
    rows.map((r, i) => {
      const letter = toListItem(r, ctx.today);
      return {
        ...letter,
        no: i + 1,
        kindLabel: vi(`letter.kind.${letter.kind}`),
        sender: letter.senderName ?? vi(`letter.identity.${letter.identity}`),
        statusLabel: capitalised(vi(`letter.status.${letter.status}`)),
        overdueLabel: letter.overdue ? "Có" : "",
      };
    }),
  );
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `don-thu-${query.year ?? "tat-ca"}-${ctx.today}.xlsx`, buffer };
}
