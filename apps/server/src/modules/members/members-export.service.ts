import type { MemberListQuery } from "@dangvu/contract";
import type { Ctx } from "../../context";
import ExcelJS from "../../platform/excel";
import * as repo from "./members.repo";
import { listWhere } from "./members.service";
import { toListItem } from "./members.view";
import { statusLabel } from "./members-labels";

const maxExportRows = 100_000;

/** The current list view (same filters and order, every page) as an .xlsx workbook; citizen IDs stay masked. */
export async function exportMembers(ctx: Ctx, filter: MemberListQuery): Promise<Buffer> {
  const where = await listWhere(ctx, filter);
  const { rows } = await repo.listMembers(ctx.db, where, { ...filter, page: 1, pageSize: maxExportRows });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  const sheet = workbook.addWorksheet("Đảng viên", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "STT", key: "n", width: 6 },
    { header: "Họ và tên", key: "fullName", width: 28 },
    { header: "Giới tính", key: "sex", width: 10 },
    { header: "Ngày sinh", key: "birthDate", width: 12 },
    { header: "Chi bộ", key: "orgUnitName", width: 36 },
    { header: "Trạng thái", key: "status", width: 18 },
    { header: "Ngày vào Đảng", key: "admission", width: 14 },
    { header: "Tuổi đảng", key: "partyAge", width: 14 },
    { header: "Số thẻ", key: "cardNumber", width: 14 },
    { header: "Số CCCD", key: "citizenId", width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row, i) => {
    const item = toListItem(row, ctx.today);
    sheet.addRow({
      n: i + 1,
      fullName: item.fullName,
      sex: item.sex === "male" ? "Nam" : "Nữ",
      birthDate: dmy(item.birthDate),
      orgUnitName: item.orgUnitName,
      status: statusLabel(item),
      admission: item.admissionDecidedOn ? dmy(item.admissionDecidedOn) : "",
      partyAge: item.partyAge.since ? `${item.partyAge.years} năm ${item.partyAge.months} tháng` : "",
      cardNumber: item.cardNumber ?? "",
      citizenId: item.citizenId ?? "",
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
