import type { ResidenceMemberRow, ResidenceMembersQuery } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { resolveScope } from "../../access/scope";
import type { Ctx } from "../../context";
import ExcelJS from "../../platform/excel";
import { dmy } from "../../rules/dates";
import { ruleValue } from "../../rules/settings";
import { unitNames } from "../org";
import { type RegistrationListRule, registrationListKey } from "./residence.settings";
import * as repo from "./residence-followup.repo";

/**
 * The members of the user's subtree (or a unit's subtree inside it) who are on the member list and not registered at
 * their place of residence (Quy định 213-QĐ/TW), or registered but not yet asked for the year's comment. Members
 * exempt from party work and activity are left out of the first list as the committee's setting says.
 */
export async function listFollowUp(ctx: Ctx, query: ResidenceMembersQuery): Promise<ResidenceMemberRow[]> {
  if (query.orgUnitId) await requireCan(ctx, "member.read", query.orgUnitId);
  const scope = await resolveScope(ctx.db, ctx.actor, "member.read", query.orgUnitId);
  const filter: repo.FollowUpFilter =
    query.missing === "unregistered"
      ? {
          missing: "unregistered",
          excludeExempt: (await ruleValue<RegistrationListRule>(ctx.db, registrationListKey, ctx.today))
            .excludeExemptMembers,
        }
      : { missing: "unrequested", year: yearOf(ctx, query) };
  const rows = await repo.followUpMembers(ctx.db, scope, filter);
  return rows.map((row) => ({ ...row, status: row.status as ResidenceMemberRow["status"] }));
}

function yearOf(ctx: Ctx, query: ResidenceMembersQuery): number {
  return query.year ?? Number(ctx.today.slice(0, 4));
}

const statusLabels: Record<string, string> = { probationary: "Dự bị", full: "Chính thức" };

/** The same list as an .xlsx: a title block (what, unit, date), then one row a member. */
export async function exportFollowUp(
  ctx: Ctx,
  query: ResidenceMembersQuery,
): Promise<{ fileName: string; buffer: Buffer }> {
  const rows = await listFollowUp(ctx, query);
  const unregistered = query.missing === "unregistered";
  const title = unregistered
    ? "DANH SÁCH ĐẢNG VIÊN CHƯA ĐĂNG KÝ SINH HOẠT NƠI CƯ TRÚ"
    : `DANH SÁCH ĐẢNG VIÊN CHƯA XIN NHẬN XÉT NƠI CƯ TRÚ NĂM ${yearOf(ctx, query)}`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  const sheet = workbook.addWorksheet(unregistered ? "Chưa đăng ký" : "Chưa xin nhận xét");
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([`Đơn vị: ${await unitLine(ctx, query.orgUnitId)}`]);
  sheet.addRow([`Ngày lập: ${dmy(ctx.today)}. Căn cứ Quy định 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị.`]);
  sheet.addRow([]);
  const header = unregistered
    ? ["STT", "Họ và tên", "Chi bộ", "Đảng viên", "Đăng ký cũ kết thúc ngày"]
    : ["STT", "Họ và tên", "Chi bộ", "Đảng viên", "Chi bộ nơi cư trú", "Địa chỉ nơi cư trú"];
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 5 }];
  rows.forEach((row, i) => {
    const common = [i + 1, row.memberName, row.orgUnitName, statusLabels[row.status] ?? row.status];
    const extra = unregistered
      ? [row.lastEndedOn ? isoToDate(row.lastEndedOn) : ""]
      : [row.residenceOrgName ?? "", row.address ?? ""];
    const added = sheet.addRow([...common, ...extra]);
    if (unregistered && row.lastEndedOn) added.getCell(5).numFmt = "dd/mm/yyyy";
  });
  sheet.columns.forEach((column, i) => {
    column.width = [6, 28, 36, 12, 30, 40][i] ?? 20;
  });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const kind = unregistered ? "chua-dang-ky-noi-cu-tru" : `chua-xin-nhan-xet-${yearOf(ctx, query)}`;
  return { fileName: `dang-vien-${kind}-${ctx.today}.xlsx`, buffer };
}

/** The unit the list covers: the chosen one, or the units the user's grants cover. */
async function unitLine(ctx: Ctx, orgUnitId: string | undefined): Promise<string> {
  const ids = orgUnitId
    ? [orgUnitId]
    : ctx.actor.grants.filter((g) => g.permissions.has("member.read")).map((g) => g.orgUnitId);
  const names = await unitNames(ctx.db, [...new Set(ids)]);
  return [...names.values()].join("; ") || "—";
}

function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
