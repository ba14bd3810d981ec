import type { BadgeFileQuery, BadgeForm } from "@dangvu/contract";
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { requireCan } from "../../access/require";
import { resolveScope } from "../../access/scope";
import type { Ctx } from "../../context";
import { NotFound } from "../../errors";
import ExcelJS from "../../platform/excel";
import { type SheetColumn, writeList } from "../../platform/excel-sheet";
import {
  type Block,
  bodyLine,
  centred,
  documentTitle,
  partyDocx,
  partyHeading,
  signatureBlock,
  text,
} from "../../platform/party-document";
import { dmy } from "../../rules/dates";
import { type PaperUnit, paperUnit } from "../org";
import * as repo from "./awards-badges.repo";
import { evaluateList, subjectsOf } from "./awards-badges.service";

/**
 * The proposal lists of party badges (HD 38-HD/BTCTW forms, domain.md §2.8, §6.3): 4-HHĐ for the award date's
 * members (early awards for illness marked, disciplined members left out until their delay ends), 4B-HHĐ for the
 * deceased (posthumous), 4A-HHĐ for members whose badge was lost (the highest badge they received). Columns follow the
 * 4A list seen (luatvietnam): name, birth date, home town, admission decision, ceremony, full membership, card number,
 * proposing organisation; the badge's number for 4A, the day of death for 4B. The printed forms a committee holds may
 * order them differently.
 */

export interface BadgeListLine {
  fullName: string;
  birthDate: string;
  homeTown: string;
  admissionDecidedOn: string | null;
  ceremonyOn: string | null;
  fullMembershipOn: string | null;
  cardNumber: string;
  orgUnitName: string;
  milestone: number;
  extra: string;
  note: string;
}

const formTitles: Record<BadgeForm, { code: string; title: string; extra: string }> = {
  "4": { code: "4-HHĐ", title: "DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG", extra: "Tuổi đảng" },
  "4A": { code: "4A-HHĐ", title: "DANH SÁCH ĐỀ NGHỊ CẤP LẠI HUY HIỆU ĐẢNG", extra: "Số HHĐ đã cấp" },
  "4B": { code: "4B-HHĐ", title: "DANH SÁCH ĐỀ NGHỊ TRUY TẶNG HUY HIỆU ĐẢNG", extra: "Ngày từ trần" },
};

/** The lines of a form for an award date, in unit then name order. */
export async function badgeListLines(ctx: Ctx, query: BadgeFileQuery): Promise<BadgeListLine[]> {
  if (query.form === "4A") return reissueLines(ctx, query);
  const { rows } = await evaluateList(ctx, query.on, query.orgUnitId, true);
  const wanted = rows.filter(({ item }) =>
    query.form === "4B" ? item.kind === "posthumous" : item.kind !== "posthumous" && !item.delayedUntil,
  );
  return wanted.map(({ facts, item }) => ({
    ...line(facts, item.milestone),
    extra: query.form === "4B" ? dmy(item.diedOn ?? "") : `${item.partyAge.years} năm ${item.partyAge.months} tháng`,
    note: item.kind === "early_illness" ? "Đề nghị tặng sớm (bệnh nặng)" : "",
  }));
}

async function reissueLines(ctx: Ctx, query: BadgeFileQuery): Promise<BadgeListLine[]> {
  if (query.orgUnitId) await requireCan(ctx, "award.read", query.orgUnitId);
  const units = await resolveScope(ctx.db, ctx.actor, "award.read", query.orgUnitId);
  const facts = (await repo.factsOf(ctx.db, query.memberIds)).filter(
    (f) => units === "all" || units.includes(f.orgUnitId),
  );
  if (facts.length < query.memberIds.length) throw new NotFound();
  const { badges } = await subjectsOf(ctx.db, facts);
  return facts.flatMap((f) => {
    const held = badges.filter((b) => b.memberId === f.id && b.kind !== "reissue").at(-1);
    return held ? [{ ...line(f, held.milestone), extra: held.badgeNumber, note: "Mất huy hiệu" }] : [];
  });
}

function line(f: repo.BadgeFactsRow, milestone: number): Omit<BadgeListLine, "extra" | "note"> {
  return {
    fullName: f.fullName,
    birthDate: f.birthDate,
    homeTown: f.homeTown ?? "",
    admissionDecidedOn: f.firstAdmissionDecidedOn,
    ceremonyOn: f.ceremonyOn,
    fullMembershipOn: f.fullMembershipOn,
    cardNumber: f.cardNumber ?? "",
    orgUnitName: f.orgUnitName,
    milestone,
  };
}

function columns(form: BadgeForm): SheetColumn[] {
  return [
    { header: "STT", key: "n", width: 6 },
    { header: "Họ và tên", key: "fullName", width: 26 },
    { header: "Ngày sinh", key: "birthDate", width: 12, date: true },
    { header: "Quê quán", key: "homeTown", width: 24 },
    { header: "Ngày vào Đảng", key: "admissionDecidedOn", width: 13, date: true },
    { header: "Ngày kết nạp", key: "ceremonyOn", width: 13, date: true },
    { header: "Ngày chính thức", key: "fullMembershipOn", width: 13, date: true },
    { header: "Số thẻ đảng viên", key: "cardNumber", width: 14 },
    { header: "Huy hiệu (năm tuổi Đảng)", key: "milestone", width: 12 },
    { header: formTitles[form].extra, key: "extra", width: 16 },
    { header: "Tổ chức đảng đề nghị", key: "orgUnitName", width: 32 },
    { header: "Ghi chú", key: "note", width: 22 },
  ];
}

/** The unit the list is made by: the one asked for, else the top of the reader's grants (blank with none). */
async function issuer(ctx: Ctx, orgUnitId: string | undefined): Promise<PaperUnit> {
  const unitId = orgUnitId ?? ctx.actor.grants.find((g) => g.permissions.has("award.read"))?.orgUnitId;
  return unitId ? paperUnit(ctx.db, unitId) : { name: "", type: "", parentName: null, locality: null };
}

/** The form as an .xlsx workbook with its title block. */
export async function badgeListXlsx(ctx: Ctx, query: BadgeFileQuery): Promise<Buffer> {
  const lines = await badgeListLines(ctx, query);
  const unit = await issuer(ctx, query.orgUnitId);
  const form = formTitles[query.form];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  writeList(
    workbook.addWorksheet(form.code),
    {
      title: form.title,
      lines: [
        `Mẫu ${form.code}; đợt trao ngày ${dmy(query.on)}`,
        `Đơn vị: ${unit.name}`,
        `Ngày lập: ${dmy(ctx.today)}; người lập: ${ctx.actor.displayName}; tổng số: ${lines.length} đồng chí`,
      ],
    },
    columns(query.form),
    lines.map((l, i) => ({ n: i + 1, ...l })),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The form as a .docx in the party document layout: heading, title, the bordered list, the signature. */
export async function badgeListDocx(ctx: Ctx, query: BadgeFileQuery): Promise<Buffer> {
  const lines = await badgeListLines(ctx, query);
  const unit = await issuer(ctx, query.orgUnitId);
  const form = formTitles[query.form];
  const blocks: Block[] = [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [text(`Mẫu ${form.code}`, { italics: true, size: 24 })],
    }),
    partyHeading({ parentBody: unit.parentName, issuingBody: unit.name, place: unit.locality, date: ctx.today }),
    ...documentTitle(form.title, `Đợt ${dmy(query.on)}`),
    listTable(query.form, lines),
    bodyLine(`Tổng số: ${lines.length} đồng chí.`),
    signatureBlock({ authority: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ" }, ["Ban Tổ chức Tỉnh ủy", "Lưu"]),
  ];
  return partyDocx(blocks);
}

function listTable(form: BadgeForm, lines: BadgeListLine[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (value: string, bold = false) =>
    new TableCell({ borders, children: [centred(text(value, { bold, size: 20 }))] });
  const headers = columns(form).filter((c) => c.key !== "ceremonyOn" && c.key !== "note");
  const value = (l: BadgeListLine & { n: number }, key: string) => {
    const v = (l as unknown as Record<string, unknown>)[key];
    if (v === null || v === undefined) return "";
    return /On$|Date$/.test(key) ? dmy(String(v)) : String(v);
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h.header, true)) }),
      ...lines.map((l, i) => new TableRow({ children: headers.map((h) => cell(value({ ...l, n: i + 1 }, h.key))) })),
    ],
  });
}
