import { randomUUID } from "node:crypto";
import type { Discipline, FileComplaintInput, ResolveComplaintInput } from "@dangvu/contract";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { Conflict } from "../../errors";
import { dmy } from "../../rules/dates";
import { ruleValue } from "../../rules/settings";
import { requireMember } from "../members";
import { complaintDeadline } from "./discipline.rules";
import { type ComplaintWindow, complaintWindowKey } from "./inspection.settings";
import * as repo from "./inspection-discipline.repo";
import { fail, requireDiscipline, shownAfterWrite } from "./inspection-discipline.service";
import { recordOnMember } from "./inspection-discipline-effects";

const conflict = (code: string, field: string): never => {
  throw new Conflict(code, {}, { [field]: code });
};

/**
 * The window a complaint must be filed in (Điều lệ Đ39 k7): from the decision, or for a complaint to the next level,
 * from the previous level's result (itself a decision received).
 */
async function checkFiledOn(ctx: Ctx, row: repo.DisciplineRow, last: repo.ComplaintRow | undefined, filedOn: string) {
  const from = (last?.resultOn ?? row.decidedOn) as string;
  if (filedOn < from) fail("discipline.complaintBeforeDecision", { date: dmy(from) }, "filedOn");
  if (filedOn > ctx.today) fail("discipline.complaintInFuture", {}, "filedOn");
  const window = await ruleValue<ComplaintWindow>(ctx.db, complaintWindowKey, filedOn);
  const lastDay = complaintDeadline(from, window.days);
  if (filedOn > lastDay)
    fail(
      "discipline.complaintLate",
      { lastDay: dmy(lastDay), days: window.days, setting: complaintWindowKey },
      "filedOn",
    );
}

/**
 * Files a complaint against a decision, at the next level (1, 2, …) once the previous one is resolved. The discipline
 * applies meanwhile (Điều lệ Đ39 k9): nothing changes on the member's record.
 */
export async function fileComplaint(ctx: Ctx, id: string, input: FileComplaintInput): Promise<Discipline> {
  const { row } = await requireDiscipline(ctx, id, "inspection.write");
  if (row.status !== "decided") conflict("discipline.complaintNotDecided", "filedOn");
  const complaints = await repo.complaintsOf(ctx.db, [id]);
  const last = complaints.at(-1);
  if (last && !last.result) conflict("discipline.complaintPending", "filedOn");
  if (last?.result === "annulled") conflict("discipline.complaintAnnulled", "filedOn");
  if (input.version !== row.version) throw new Conflict("version.stale");
  await checkFiledOn(ctx, row, last, input.filedOn);
  const complaint = {
    id: randomUUID(),
    disciplineId: id,
    level: complaints.length + 1,
    filedOn: input.filedOn,
    filedWith: input.filedWith,
    content: input.content,
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateDiscipline(tx, id, row.version, {}))) throw new Conflict("version.stale");
    await repo.insertComplaint(tx, complaint);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "discipline.complaintFiled",
      entityType: "discipline",
      entityId: id,
      after: { level: complaint.level, ...input },
    });
  });
  return shownAfterWrite(ctx, id);
}

/** The member an annulment restores: an expelled one whose expulsion is annulled (117-QĐ/TW 2023). */
async function restoredMember(ctx: Ctx, row: repo.DisciplineRow, input: ResolveComplaintInput) {
  if (input.result !== "annulled" || row.form !== "expulsion" || !row.memberId) return null;
  return (await requireMember(ctx, row.memberId)).member;
}

/** Restores the member in the resolution's transaction. */
async function restore(
  ctx: Ctx,
  tx: Tx,
  member: { id: string; orgUnitId: string } | null,
  row: repo.DisciplineRow,
  input: ResolveComplaintInput,
) {
  if (!member) return;
  const event = {
    kind: "restoration" as const,
    decisionNo: input.decisionNo as string,
    decidedOn: input.resultOn,
    note: input.note.slice(0, 1000),
  };
  await recordOnMember(ctx, tx, member, event, row.id);
}

/**
 * Resolves the pending complaint: upheld, changed or annulled. Annulling an expulsion restores the member; any other
 * result is recorded here only (the member's record keeps the discipline: no lifecycle event reverses it).
 */
export async function resolveComplaint(ctx: Ctx, id: string, input: ResolveComplaintInput): Promise<Discipline> {
  const { row } = await requireDiscipline(ctx, id, "inspection.write");
  const pending = (await repo.complaintsOf(ctx.db, [id])).find((c) => !c.result);
  if (!pending) conflict("discipline.noPendingComplaint", "result");
  if (input.version !== row.version) throw new Conflict("version.stale");
  const filedOn = pending?.filedOn as string;
  if (input.resultOn < filedOn) fail("discipline.resultBeforeComplaint", { date: dmy(filedOn) }, "resultOn");
  if (input.resultOn > ctx.today) fail("discipline.resultInFuture", {}, "resultOn");
  if (input.result === "annulled" && row.form === "expulsion" && !input.decisionNo)
    fail("discipline.restorationNeedsDecision", {}, "decisionNo");
  const member = await restoredMember(ctx, row, input);
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateDiscipline(tx, id, row.version, {}))) throw new Conflict("version.stale");
    await repo.resolvePendingComplaint(tx, id, {
      result: input.result,
      resultOn: input.resultOn,
      resultDecisionNo: input.decisionNo ?? null,
      note: input.note,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "discipline.complaintResolved",
      entityType: "discipline",
      entityId: id,
      after: { level: pending?.level, ...input },
    });
    await restore(ctx, tx, member, row, input);
  });
  return shownAfterWrite(ctx, id);
}
