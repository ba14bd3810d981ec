import { randomUUID } from "node:crypto";
import type {
  CreateLetterInput,
  Letter,
  LetterIdentity,
  LetterListItem,
  LetterListQuery,
  LetterPage,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { NotFound, RuleViolation } from "../../errors";
import { ruleValue } from "../../rules/settings";
import { openingsOf } from "../audit";
import { activeUnit, unitNames } from "../org";
import { requireInspectionAt, requireListWithin } from "./inspection.access";
import { isFiledWithoutAction, letterDueOn, letterOverdue } from "./inspection.rules";
import { type LetterDays, letterDaysKey } from "./inspection.settings";
import { requireDiscipline } from "./inspection-discipline.service";
import * as repo from "./inspection-letters.repo";
import { resolveSubjects, subjectViews } from "./inspection-subjects";

const entityType = "inspectionLetter";

/** Why a letter from no one who can be answered is kept without action (22-QĐ/TW Đ20), in the rule's words. */
const filedReasons: Record<Exclude<LetterIdentity, "named">, string> = {
  anonymous: "Đơn nặc danh: lưu đơn, không xem xét, giải quyết (Quy định 22-QĐ/TW, Điều 20).",
  false_name: "Đơn mạo danh: lưu đơn, không xem xét, giải quyết (Quy định 22-QĐ/TW, Điều 20).",
  no_address: "Đơn không rõ địa chỉ người gửi: lưu đơn, không xem xét, giải quyết (Quy định 22-QĐ/TW, Điều 20).",
};

const fail = (code: string, field: string, params: Record<string, string | number> = {}): never => {
  throw new RuleViolation(code, params, { [field]: code });
};

/** The days a letter received on `on` may take to resolve: the local figure (the platform is below central level). */
export async function letterDays(ctx: Ctx, on: string): Promise<number> {
  return (await ruleValue<LetterDays>(ctx.db, letterDaysKey, on)).local;
}

/** The letter, after the actor's right to it: 404 unknown or unreadable, 403 a write by a read-only reader. */
export async function requireLetter(
  ctx: Ctx,
  id: string,
  permission: "inspection.read" | "inspection.write",
): Promise<{ row: repo.LetterRow; write: boolean }> {
  const row = await repo.findLetter(ctx.db, id);
  if (!row) throw new NotFound();
  const { write } = await requireInspectionAt(ctx, permission, row.orgUnitId, row.sharedWithRoles);
  return { row, write };
}

/** Receives a letter and classifies it: letters from no one who can be answered are filed without action. */
export async function createLetter(ctx: Ctx, input: CreateLetterInput): Promise<Letter> {
  // Creating reveals no record: at a unit they see, those without the right are refused (403) as for any other.
  await requireCan(ctx, "inspection.write", input.orgUnitId);
  await activeUnit(ctx, input.orgUnitId);
  if (input.receivedOn > ctx.today) fail("letter.receivedInFuture", "receivedOn");
  const filed = isFiledWithoutAction(input.identity);
  if (!filed && !input.senderName) fail("letter.senderRequired", "senderName");
  if (!filed && !input.senderAddress) fail("letter.addressRequired", "senderAddress");
  if (input.disciplineId) await checkDiscipline(ctx, input.kind, input.disciplineId);
  const subjects = await resolveSubjects(ctx, input.orgUnitId, input.subjects ?? []);
  const row = {
    id: randomUUID(),
    orgUnitId: input.orgUnitId,
    receivedOn: input.receivedOn,
    kind: input.kind,
    identity: input.identity,
    senderName: input.senderName || null,
    senderAddress: input.senderAddress || null,
    summary: input.summary,
    subjects,
    status: filed ? "filed" : "received",
    dueOn: filed ? null : letterDueOn(input.receivedOn, await letterDays(ctx, input.receivedOn)),
    filedReason: filed ? filedReasons[input.identity as keyof typeof filedReasons] : null,
    disciplineId: input.disciplineId ?? null,
    sharedWithRoles: input.sharedWithRoles ?? [],
    version: 1,
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    await repo.insertLetter(tx, row);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: `${entityType}.received`,
      entityType,
      entityId: row.id,
      after: { ...input, status: row.status, dueOn: row.dueOn },
    });
  });
  return shownLetter(ctx, row.id, true);
}

/** A complaint may name the discipline decision it is about, one the actor may read (404 otherwise). */
async function checkDiscipline(ctx: Ctx, kind: string, disciplineId: string) {
  if (kind !== "complaint") fail("letter.disciplineOnlyForComplaint", "disciplineId");
  await requireDiscipline(ctx, disciplineId, "inspection.read");
}

/** The letters the actor may read, filtered, the latest received first. */
export async function listLetters(ctx: Ctx, query: LetterListQuery): Promise<LetterPage> {
  await requireListWithin(ctx, query.orgUnitId);
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.listLetters(ctx.db, letterFilter(ctx, filter), { page, pageSize });
  return { items: rows.map((r) => toListItem(r, ctx.today)), total };
}

/** The list's filter: the rows the actor may read (their units, or a role the letter names), as asked. */
export function letterFilter(ctx: Ctx, query: Omit<LetterListQuery, "page" | "pageSize">): repo.LetterFilter {
  return { ...query, actor: ctx.actor, today: ctx.today };
}

export function toListItem(r: repo.ListedLetter, today: string): LetterListItem {
  return {
    id: r.id,
    orgUnitId: r.orgUnitId,
    orgUnitName: r.orgUnitName,
    receivedOn: r.receivedOn,
    kind: r.kind as LetterListItem["kind"],
    identity: r.identity as LetterListItem["identity"],
    senderName: r.senderName,
    status: r.status as LetterListItem["status"],
    dueOn: r.dueOn,
    overdue: letterOverdue(r, today),
    caseId: r.caseId,
    summary: r.summary,
  };
}

/** One letter; each reading is recorded in the audit trail (its own transaction) and listed with the letter. */
export async function getLetter(ctx: Ctx, id: string): Promise<Letter> {
  const { write } = await requireLetter(ctx, id, "inspection.read");
  await ctx.transaction((tx) =>
    recordAudit(tx, ctx.actor, ctx.now, { action: `${entityType}.opened`, entityType, entityId: id }),
  );
  return shownLetter(ctx, id, write);
}

/** The letter as the API shows it, with its subjects' names and its openings. */
export async function shownLetter(ctx: Ctx, id: string, write: boolean): Promise<Letter> {
  const row = await repo.findLetter(ctx.db, id);
  if (!row) throw new NotFound();
  const names = await unitNames(ctx.db, [row.orgUnitId]);
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    orgUnitName: names.get(row.orgUnitId) ?? "",
    receivedOn: row.receivedOn,
    kind: row.kind as Letter["kind"],
    identity: row.identity as Letter["identity"],
    senderName: row.senderName,
    senderAddress: row.senderAddress,
    summary: row.summary,
    subjects: await subjectViews(ctx.db, row.subjects),
    status: row.status as Letter["status"],
    dueOn: row.dueOn,
    overdue: letterOverdue(row, ctx.today),
    handledOn: row.handledOn,
    forwardedTo: row.forwardedTo,
    result: row.result,
    resultOn: row.resultOn,
    filedReason: row.filedReason,
    caseId: row.caseId,
    disciplineId: row.disciplineId,
    sharedWithRoles: row.sharedWithRoles,
    openings: await openingsOf(ctx.db, entityType, id),
    version: row.version,
    can: { write },
  };
}

/** For the audit trail: the letter's unit, when the actor may read the letter (404 otherwise). */
export async function locateLetterForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string }> {
  const { row } = await requireLetter(ctx, id, "inspection.read");
  return { orgUnitId: row.orgUnitId };
}
