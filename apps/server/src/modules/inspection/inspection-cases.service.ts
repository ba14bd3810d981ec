import { randomUUID } from "node:crypto";
import type {
  CaseKind,
  CaseState,
  CreateCaseInput,
  InspectingBody,
  InspectionCase,
  OrgUnitType,
  UpdateCaseInput,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { loadCalendar } from "../../rules/lifecycle-settings";
import { ruleValue } from "../../rules/settings";
import { openingsOf } from "../audit";
import { activeUnit, hasInspectionCommittee, isCell, unitNames } from "../org";
import { requireInspectionAt } from "./inspection.access";
import { isOverdue, nextActions, stepDueOn } from "./inspection.rules";
import { type StepDays, stepDaysKey } from "./inspection.settings";
import * as repo from "./inspection-cases.repo";
import { bodyLabels } from "./inspection-labels";
import { resolveSubjects, subjectViews } from "./inspection-subjects";

/** What else a new case is opened from: a letter links itself to the case in the same transaction. */
export interface CaseOrigin {
  letterId?: string;
  link?(tx: Tx, caseId: string): Promise<void>;
}

/**
 * Opens a case on the body's decision: the body must exist at the unit (an inspection committee from the grassroots
 * committee up, a standing committee from the upper-grassroots level up), the subjects below it, the decision not in
 * the future and its number not used by the unit that year; the first step's deadline counted in working days.
 */
export async function createCase(ctx: Ctx, input: CreateCaseInput, origin: CaseOrigin = {}): Promise<InspectionCase> {
  // Creating reveals no record: at a unit they see, those without the right are refused (403) as for any other.
  await requireCan(ctx, "inspection.write", input.orgUnitId);
  const unit = await activeUnit(ctx, input.orgUnitId);
  checkBody(input.body, unit.type as OrgUnitType, unit.name);
  checkDates(ctx.today, input.decidedOn, input.dueOn ?? null);
  if (input.programmeItemId) await checkItem(ctx, input.programmeItemId, input.orgUnitId);
  const subjects = await resolveSubjects(ctx, input.orgUnitId, input.subjects);
  if (await repo.decisionTaken(ctx.db, input.orgUnitId, input.decisionNo, Number(input.decidedOn.slice(0, 4))))
    throw new Conflict("case.decisionTaken", { number: input.decisionNo }, { decisionNo: "case.decisionTaken" });
  const id = randomUUID();
  const due = await deadlineOf(ctx, "decided", input.decidedOn);
  await ctx.transaction(async (tx) => {
    await repo.insertCase(
      tx,
      {
        id,
        orgUnitId: input.orgUnitId,
        body: input.body,
        kind: input.kind,
        title: input.title,
        content: input.content || null,
        decisionNo: input.decisionNo,
        decidedOn: input.decidedOn,
        dueOn: input.dueOn ?? null,
        state: "decided",
        stateSince: input.decidedOn,
        stepDueOn: due,
        programmeItemId: input.programmeItemId ?? null,
        letterId: origin.letterId ?? null,
        sharedWithRoles: input.sharedWithRoles ?? [],
        createdAt: ctx.now,
      },
      subjects,
    );
    await origin.link?.(tx, id);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "inspectionCase.created",
      entityType: "inspectionCase",
      entityId: id,
      after: { ...input, letterId: origin.letterId ?? null },
    });
  });
  return caseView(ctx, await loaded(ctx, id), true);
}

/** Opens a case to read it: allowed readers only, and the opening itself is recorded in the audit trail. */
export async function openCase(ctx: Ctx, id: string): Promise<InspectionCase> {
  const row = await loaded(ctx, id);
  const { write } = await requireInspectionAt(ctx, "inspection.read", row.orgUnitId, row.sharedWithRoles);
  await ctx.transaction((tx) =>
    recordAudit(tx, ctx.actor, ctx.now, {
      action: "inspectionCase.opened",
      entityType: "inspectionCase",
      entityId: id,
    }),
  );
  return caseView(ctx, row, write);
}

/** Corrects a case's title, content, time limit or who else may read it. */
export async function updateCase(ctx: Ctx, id: string, input: UpdateCaseInput): Promise<InspectionCase> {
  const row = await writableCase(ctx, id);
  const dueOn = input.dueOn === undefined ? row.dueOn : input.dueOn;
  if (dueOn && dueOn < row.decidedOn)
    throw new RuleViolation("case.dueBeforeDecision", {}, { dueOn: "case.dueBeforeDecision" });
  const patch = {
    title: input.title ?? row.title,
    content: input.content === undefined ? row.content : input.content || null,
    dueOn,
    sharedWithRoles: input.sharedWithRoles ?? row.sharedWithRoles,
  };
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateCase(tx, id, input.version, patch))) throw new Conflict("version.stale");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "inspectionCase.updated",
      entityType: "inspectionCase",
      entityId: id,
      before: { title: row.title, content: row.content, dueOn: row.dueOn, sharedWithRoles: row.sharedWithRoles },
      after: patch,
    });
  });
  return caseView(ctx, await loaded(ctx, id), true);
}

/** A case the actor may change (inspection.write at its unit), or the refusal. */
export async function writableCase(ctx: Ctx, id: string): Promise<repo.CaseRow> {
  const row = await loaded(ctx, id);
  await requireInspectionAt(ctx, "inspection.write", row.orgUnitId, row.sharedWithRoles);
  return row;
}

export async function loaded(ctx: Ctx, id: string): Promise<repo.CaseRow> {
  const row = await repo.findCase(ctx.db, id);
  if (!row) throw new NotFound();
  return row;
}

/** For the audit trail: the case's unit, when the actor may read the case. */
export async function locateCaseForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string }> {
  const row = await loaded(ctx, id);
  await requireInspectionAt(ctx, "inspection.read", row.orgUnitId, row.sharedWithRoles);
  return { orgUnitId: row.orgUnitId };
}

/** The deadline of a step beginning on `since`, by the step setting of that day and the holiday calendar. */
export async function deadlineOf(ctx: Ctx, state: CaseState, since: string): Promise<string | null> {
  const days = await ruleValue<StepDays>(ctx.db, stepDaysKey, since);
  return stepDueOn(state, since, days, await loadCalendar(ctx.db));
}

/** The case as the API shows it. */
export async function caseView(ctx: Ctx, row: repo.CaseRow, write: boolean): Promise<InspectionCase> {
  const stored = (await repo.subjectsOf(ctx.db, [row.id])).get(row.id) ?? [];
  const [subjects, steps, documents, openings, disciplineIds] = await Promise.all([
    subjectViews(ctx.db, stored),
    repo.stepsOf(ctx.db, row.id),
    repo.documentsOf(ctx.db, row.id),
    openingsOf(ctx.db, "inspectionCase", row.id),
    repo.disciplineIdsOf(ctx.db, row.id),
  ]);
  const units = await unitNames(ctx.db, [row.orgUnitId]);
  const state = row.state as CaseState;
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    orgUnitName: units.get(row.orgUnitId) ?? "",
    body: row.body as InspectingBody,
    kind: row.kind as CaseKind,
    title: row.title,
    content: row.content,
    subjects,
    decisionNo: row.decisionNo,
    decidedOn: row.decidedOn,
    dueOn: row.dueOn,
    state,
    stateSince: row.stateSince,
    stepDueOn: row.stepDueOn,
    overdue: isOverdue({ state, stepDueOn: row.stepDueOn, dueOn: row.dueOn }, ctx.today),
    nextActions: nextActions(row.kind as CaseKind, state),
    steps: steps.map((s) => ({
      action: s.action as InspectionCase["steps"][number]["action"],
      on: s.on,
      details: s.details,
      byName: s.byName,
      at: s.createdAt.toISOString(),
    })),
    documents: documents.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
    sharedWithRoles: row.sharedWithRoles,
    openings,
    letterId: row.letterId,
    programmeItemId: row.programmeItemId,
    disciplineIds,
    version: row.version,
    can: { write },
  };
}

function checkBody(body: InspectingBody, type: OrgUnitType, unitName: string) {
  const fits =
    body === "inspection_committee"
      ? hasInspectionCommittee(type)
      : body === "standing_committee"
        ? type === "upper_committee" || type === "provincial_committee"
        : body === "cell"
          ? isCell(type)
          : !isCell(type) && type !== "party_group";
  if (!fits)
    throw new RuleViolation(
      "inspection.bodyNotAtUnit",
      { body: bodyLabels[body], unit: unitName },
      { body: "inspection.bodyNotAtUnit" },
    );
}

function checkDates(today: string, decidedOn: string, dueOn: string | null) {
  if (decidedOn > today) throw new RuleViolation("case.decidedInFuture", {}, { decidedOn: "case.decidedInFuture" });
  if (dueOn && dueOn < decidedOn)
    throw new RuleViolation("case.dueBeforeDecision", {}, { dueOn: "case.dueBeforeDecision" });
}

async function checkItem(ctx: Ctx, itemId: string, orgUnitId: string) {
  const item = await repo.programmeItem(ctx.db, itemId);
  if (!item || item.org_unit_id !== orgUnitId)
    throw new RuleViolation("case.itemOfAnotherUnit", {}, { programmeItemId: "case.itemOfAnotherUnit" });
  if (item.taken) throw new Conflict("case.itemTaken", {}, { programmeItemId: "case.itemTaken" });
}
