import type { ReportDetail, ReportParams, ReportStatus, TemplateDocument } from "@dangvu/contract";
import { permissionsIfVisible } from "../../access/require";
import type { Ctx } from "../../context";
import { fileSlug } from "../../platform/party-document";
import { issuerCode, numberOf } from "../documents";
import { memberListBook } from "../members";
import { paperUnit, signerOn } from "../org";
import * as repo from "./reports.repo";
import { reportDocx } from "./reports-docx";
import { type MemberListLine, memberListLine, reportDay, reportIssuer, signerTitle } from "./reports-files.rules";
import { findVersion } from "./reports-templates.repo";
import { getReport } from "./reports-workflow.service";
import { type ChildReport, reportXlsx } from "./reports-xlsx";

export interface ReportFile {
  fileName: string;
  buffer: Buffer;
}

/** Above this many members the Word file points to the Excel file for the member list instead of printing it. */
const memberListInWord = 300;

/**
 * A unit's report for a period as a party document (.docx). The access check is getReport's (report.read at the
 * unit: 404 outside the reader's subtree, 403 without the permission; 400 for a period the template does not have).
 * Dated the day its number was taken (its submission), or today for a draft, whose number is left blank.
 */
export async function reportDocxFile(ctx: Ctx, params: ReportParams): Promise<ReportFile> {
  const detail = await getReport(ctx, params);
  const document = await templateDocument(ctx, detail);
  const issuedOn = await issueDay(ctx, detail, document.typeCode);
  const unit = await paperUnit(ctx.db, detail.orgUnitId);
  const signer = await signerOn(ctx.db, detail.orgUnitId, issuedOn);
  const buffer = await reportDocx(detail, {
    parentBody: detail.parentUnitName,
    issuingBody: reportIssuer(detail.orgUnitName, unit.type),
    issuerCode: await issuerCode(ctx.db, detail.orgUnitId, issuedOn),
    place: unit.locality,
    date: issuedOn,
    document: { ...document, signerTitle: signerTitle(document.signerTitle, signer?.kind) },
    signerName: signer?.name ?? null,
    memberList: await memberLines(ctx, detail, memberListInWord),
  });
  return { fileName: `${baseName(detail)}.docx`, buffer };
}

/**
 * The report's tables as .xlsx: a sheet per table and breakdown, the member list book, and a sheet per unit directly
 * under the report's unit (as the tree stood in the period) with its approved report's figures or its status.
 */
export async function reportXlsxFile(ctx: Ctx, params: ReportParams): Promise<ReportFile> {
  const detail = await getReport(ctx, params);
  const day = reportDay(detail, ctx.today);
  const children: ChildReport[] = [];
  for (const child of await repo.childReports(ctx.db, detail.orgUnitId, detail.period, day)) {
    const approved = child.status === "approved" && child.templateId;
    const report = approved
      ? await getReport(ctx, {
          templateId: child.templateId as string,
          orgUnitId: child.orgUnitId,
          period: detail.period,
        })
      : null;
    children.push({
      orgUnitId: child.orgUnitId,
      orgUnitName: child.orgUnitName,
      status: (child.status as ReportStatus | null) ?? "not_started",
      report,
    });
  }
  const buffer = await reportXlsx(detail, children, await memberLines(ctx, detail));
  return { fileName: `${baseName(detail)}.xlsx`, buffer };
}

async function templateDocument(ctx: Ctx, detail: ReportDetail): Promise<TemplateDocument> {
  const version = await findVersion(ctx.db, detail.templateVersionId);
  return version?.document as TemplateDocument;
}

/** The day the report's number was taken (at its first submission), or today before it has one. */
async function issueDay(ctx: Ctx, detail: ReportDetail, typeCode: string): Promise<string> {
  if (!detail.id || !detail.documentNumber) return ctx.today;
  return (await numberOf(ctx.db, { type: "report", id: detail.id }, typeCode))?.issuedOn ?? ctx.today;
}

/**
 * The member list book's lines for a report with a memberList section, as the subtree stood at the period's end,
 * for a reader who may read the members there; null otherwise, or when there are more than `limit`.
 */
async function memberLines(ctx: Ctx, detail: ReportDetail, limit = Infinity): Promise<MemberListLine[] | null> {
  if (!detail.sections.some((s) => s.kind === "memberList")) return null;
  const day = reportDay(detail, ctx.today);
  const held = await permissionsIfVisible(ctx, detail.orgUnitId, day < ctx.today ? day : undefined);
  if (!held?.has("member.read")) return null;
  const rows = await memberListBook(ctx.db, detail.orgUnitId, day);
  return rows.length > limit ? null : rows.map(memberListLine);
}

function baseName(detail: ReportDetail): string {
  return `bao-cao-${fileSlug(detail.orgUnitName)}-${detail.period}`;
}
