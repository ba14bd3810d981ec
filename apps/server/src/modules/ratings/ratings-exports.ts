import type { AssessmentListQuery, LevelCounts, RatingLevel, ResultsQuery, ResultTable } from "@dangvu/contract";
import { subtreeUnitIds } from "../../access/scope";
import type { Ctx } from "../../context";
import ExcelJS from "../../platform/excel";
import { writeList } from "../../platform/excel-sheet";
import {
  blank,
  bodyLine,
  cellBody,
  centred,
  documentTitle,
  partyDocx,
  partyHeading,
  sectionHeading,
  signatureBlock,
  text,
} from "../../platform/party-document";
import { dmy } from "../../rules/dates";
import { paperUnit, signerOn } from "../org";
import { readableUnits, requireCycle, requireRating } from "./ratings.access";
import * as repo from "./ratings.repo";
import { results } from "./ratings-results.service";

export const levelLabels: Record<RatingLevel, string> = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  completed: "Hoàn thành nhiệm vụ",
  not_completed: "Không hoàn thành nhiệm vụ",
};
const levels = Object.keys(levelLabels) as RatingLevel[];

/** The results tables as an .xlsx workbook: one sheet for organisations, one for members. */
export async function resultsWorkbook(ctx: Ctx, q: ResultsQuery): Promise<Buffer> {
  const data = await results(ctx, q);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  const lines = [
    `Đơn vị: ${data.orgUnitName}`,
    `Năm ${data.year}, so với năm ${data.year - 1}; ngày xuất: ${dmy(ctx.today)}; người xuất: ${ctx.actor.displayName}`,
  ];
  for (const [sheetName, title, table] of [
    ["Tổ chức đảng", "KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG", data.orgs],
    ["Đảng viên", "KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN", data.members],
  ] as const) {
    writeList(
      workbook.addWorksheet(sheetName),
      { title: `${title} NĂM ${data.year}`, lines },
      columns(data.year),
      rowsOf(table),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function columns(year: number) {
  const cols = [{ header: "Đơn vị", key: "unit", width: 36 }];
  for (const l of levels) {
    cols.push({ header: `${levelLabels[l]} ${year} (số)`, key: `${l}`, width: 14 });
    cols.push({ header: `${levelLabels[l]} ${year} (%)`, key: `${l}Share`, width: 12 });
    cols.push({ header: `${levelLabels[l]} ${year - 1} (số)`, key: `${l}Previous`, width: 14 });
  }
  cols.push(
    { header: `Tổng ${year}`, key: "total", width: 10 },
    { header: `Tổng ${year - 1}`, key: "previous", width: 10 },
  );
  return cols;
}

function rowsOf(table: ResultTable): Record<string, unknown>[] {
  return [...table.rows, table.total].map((row) => {
    const out: Record<string, unknown> = {
      unit: row.orgUnitName,
      total: row.current.total,
      previous: row.previous.total,
    };
    for (const l of levels) {
      out[l] = row.current.counts[l as keyof LevelCounts];
      out[`${l}Share`] = row.current.shares[l as keyof LevelCounts];
      out[`${l}Previous`] = row.previous.counts[l as keyof LevelCounts];
    }
    return out;
  });
}

/** The decision of a deciding body in a cycle, with the list of its decided results, in the party format. */
export async function decisionDocx(ctx: Ctx, cycleId: string, unitId: string | undefined) {
  const { cycle } = await requireCycle(ctx, cycleId, "rating.read");
  const decider = unitId ?? cycle.orgUnitId;
  await requireRating(ctx, "rating.read", decider);
  const query: AssessmentListQuery = { status: "decided", page: 1, pageSize: 100000 };
  const all = await repo.listAssessments(ctx.db, cycleId, readableUnits(ctx), query, subtreeUnitIds(decider));
  const decided = all.items.filter((a) => a.decidedByUnitId === decider);
  const unit = await paperUnit(ctx.db, decider);
  const signer = await signerOn(ctx.db, decider, ctx.today);
  const body = issuingBody(unit.name, unit.type);
  const signerTitle = signer?.kind === "deputy_secretary" ? "PHÓ BÍ THƯ" : "BÍ THƯ";
  const orgs = decided.filter((a) => a.subjectType === "org");
  const members = decided.filter((a) => a.subjectType === "member");
  const basis =
    cycle.referenceDate >= "2025-08-30"
      ? "Căn cứ Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị;"
      : "Căn cứ Quy định số 124-QĐ/TW ngày 04/02/2018 của Ban Chấp hành Trung ương về kiểm điểm tự phê bình, phê bình, đánh giá, xếp loại chất lượng hằng năm;";
  const buffer = await partyDocx([
    partyHeading({
      parentBody: unit.parentName,
      issuingBody: body.name,
      number: `Số       -QĐ/${body.code}`,
      place: unit.locality,
      date: ctx.today,
    }),
    ...documentTitle(
      "QUYẾT ĐỊNH",
      `về việc công nhận kết quả ${cycle.name.charAt(0).toLowerCase()}${cycle.name.slice(1)}`,
    ),
    bodyLine("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"),
    bodyLine(`- ${basis}`),
    bodyLine("- Xét đề nghị của các tổ chức đảng trực thuộc,"),
    blank(),
    centred(text("QUYẾT ĐỊNH", { bold: true })),
    bodyLine(
      `Điều 1. Công nhận kết quả xếp loại chất lượng đối với ${orgs.length} tổ chức đảng và ${members.length} đảng viên (có danh sách kèm theo).`,
    ),
    bodyLine(
      "Điều 2. Các tổ chức đảng trực thuộc và đảng viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
    ),
    signatureBlock({ authority: body.authority, title: signerTitle, name: signer?.name ?? null }, [
      "Như Điều 2",
      "Lưu Văn phòng",
    ]),
    blank(),
    ...documentTitle("DANH SÁCH", `kết quả xếp loại chất lượng (kèm theo Quyết định ngày ${dmy(ctx.today)})`),
    ...listSection("I. TỔ CHỨC ĐẢNG", orgs, false),
    ...listSection("II. ĐẢNG VIÊN", members, true),
  ]);
  return { fileName: `quyet-dinh-xep-loai-${cycle.year}.docx`, buffer };
}

/** Who issues the decision: a committee's standing committee or committee, a base cell's own meeting. */
function issuingBody(name: string, type: string) {
  if (type === "grassroots_cell" || type === "cell")
    return { name: cellBody(name), code: "CB", authority: "T/M CHI BỘ" };
  const committee = name.replace(/^Đảng bộ/i, "Đảng ủy");
  const standing = type === "upper_committee" || type === "provincial_committee";
  return { name: committee, code: "ĐU", authority: standing ? "T/M BAN THƯỜNG VỤ" : "T/M ĐẢNG ỦY" };
}

function listSection(title: string, rows: repo.AssessmentRow[], withUnit: boolean) {
  const lines = [sectionHeading(title)];
  if (rows.length === 0) return [...lines, bodyLine("Không có.")];
  for (const level of levels) {
    const group = rows.filter((r) => r.decidedLevel === level);
    if (group.length === 0) continue;
    lines.push(bodyLine([text(`${levelLabels[level]} (${group.length}):`, { bold: true })]));
    group.forEach((r, i) => {
      const number = r.decisionNumber ? `; số quyết định ${r.decisionNumber}` : "";
      lines.push(bodyLine(`${i + 1}. ${r.subjectName}${withUnit ? ` (${r.orgUnitName})` : ""}${number}.`));
    });
  }
  return lines;
}
