import {
  type CaseFromLetterInput,
  type InspectionCase,
  type Letter,
  type LetterActionInput,
  letterTransitions,
} from "@dangvu/contract";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { Conflict, RuleViolation } from "../../errors";
import { translate } from "../../i18n";
import { dmy } from "../../rules/dates";
import { letterDueOn } from "./inspection.rules";
import { createCase } from "./inspection-cases.service";
import * as repo from "./inspection-letters.repo";
import { letterDays, requireLetter, shownLetter } from "./inspection-letters.service";

const entityType = "inspectionLetter";

const fail = (code: string, field: string, params: Record<string, string | number> = {}): never => {
  throw new RuleViolation(code, params, { [field]: code });
};

/** Takes an action on a letter, in one transaction with its audit entry. */
export async function actOnLetter(ctx: Ctx, id: string, input: LetterActionInput): Promise<Letter> {
  const { row } = await requireLetter(ctx, id, "inspection.write");
  const rule = letterTransitions[input.action];
  if (row.status !== rule.from) throw new Conflict("letter.actionOutOfOrder", { status: statusName(ctx, row.status) });
  if (row.version !== input.version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  if (input.on < row.receivedOn) fail("letter.onBeforeReceived", "on", { date: dmy(row.receivedOn) });
  if (input.on > ctx.today) fail("letter.onInFuture", "on");
  const changes = { status: rule.to, ...(await changesOf(ctx, row, input)) };
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateLetter(tx, id, row.version, changes))) throw new Conflict("version.stale");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: `${entityType}.${input.action}`,
      entityType,
      entityId: id,
      before: { status: row.status, dueOn: row.dueOn },
      after: { ...input, status: rule.to },
    });
  });
  return shownLetter(ctx, id, true);
}

/** What each action records on the letter besides its status. */
async function changesOf(ctx: Ctx, row: repo.LetterRow, input: LetterActionInput): Promise<Partial<repo.LetterRow>> {
  switch (input.action) {
    case "take":
      return { handledOn: input.on, dueOn: await dueOnTaken(ctx, row, input.dueOn) };
    case "forward":
      return { handledOn: input.on, forwardedTo: input.forwardedTo };
    case "resolve":
      return { result: input.result, resultOn: input.on };
    case "file":
      return { handledOn: input.on, filedReason: input.reason, dueOn: null };
  }
}

/** The deadline of a letter taken up: the one set, not before its receipt nor after the rule's days; else the rule's. */
async function dueOnTaken(ctx: Ctx, row: repo.LetterRow, dueOn: string | undefined): Promise<string> {
  const latest = letterDueOn(row.receivedOn, await letterDays(ctx, row.receivedOn));
  if (dueOn === undefined) return latest;
  if (dueOn < row.receivedOn) fail("letter.dueBeforeReceived", "dueOn", { date: dmy(row.receivedOn) });
  if (dueOn > latest) fail("letter.dueAfterRule", "dueOn", { date: dmy(latest) });
  return dueOn;
}

/** A status as the reader's language names it, for the messages. */
const statusName = (ctx: Ctx, status: string) => translate(ctx.lang, `letter.status.${status}`);

/** Opens a case from a letter: the case is the letter's unit's; the letter is linked to it and taken up. */
export async function openCaseFromLetter(ctx: Ctx, id: string, input: CaseFromLetterInput): Promise<InspectionCase> {
  const { row } = await requireLetter(ctx, id, "inspection.write");
  if (row.caseId) throw new Conflict("letter.hasCase");
  if (row.status !== "received" && row.status !== "in_progress")
    throw new Conflict("letter.caseOutOfOrder", { status: statusName(ctx, row.status) });
  const link = async (tx: Tx, caseId: string) => {
    const status = row.status === "received" ? "in_progress" : row.status;
    const handledOn = row.handledOn ?? ctx.today;
    if (!(await repo.updateLetter(tx, id, row.version, { caseId, status, handledOn })))
      throw new Conflict("version.stale");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: `${entityType}.caseOpened`,
      entityType,
      entityId: id,
      before: { status: row.status },
      after: { caseId, status },
    });
  };
  return createCase(ctx, { ...input, orgUnitId: row.orgUnitId }, { letterId: id, link });
}
