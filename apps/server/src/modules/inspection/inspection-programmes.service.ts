import { randomUUID } from "node:crypto";
import type {
  CaseKind,
  CreateProgrammeInput,
  InspectingBody,
  OrgUnitType,
  Programme,
  ProgrammeItemInput,
  ProgrammeListQuery,
  ProgrammeSummary,
  UpdateProgrammeInput,
  UpdateProgrammeItemInput,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import type { StoredSubject } from "../../db/schema";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { activeUnit } from "../org";
import { requireInspectionAt, requireListWithin } from "./inspection.access";
import * as repo from "./inspection-programmes.repo";
import { bodyAllowedAt, isItemLate, progressOf } from "./inspection-programmes.rules";
import { resolveSubjects, subjectViews } from "./inspection-subjects";

const entityType = "inspectionProgramme";

function summaryOf(row: repo.ListedProgramme, items: readonly repo.ItemWithCase[], today: string): ProgrammeSummary {
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    year: row.year,
    body: row.body as InspectingBody,
    title: row.title,
    decisionNo: row.decisionNo,
    approvedOn: row.approvedOn,
    progress: progressOf(row.year, items, today),
    version: row.version,
  };
}

/** The programmes the reader may see (the inspection committee's work is confidential), narrowed as asked. */
export async function listProgrammes(ctx: Ctx, query: ProgrammeListQuery): Promise<ProgrammeSummary[]> {
  await requireListWithin(ctx, query.orgUnitId);
  const rows = await repo.listProgrammes(ctx.db, ctx.actor, query);
  const items = await repo.itemsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    summaryOf(
      row,
      items.filter((i) => i.programmeId === row.id),
      ctx.today,
    ),
  );
}

/** A programme the reader may read (404 to anyone outside the inspection work), checked for `permission`. */
async function programmeFor(ctx: Ctx, id: string, permission: "inspection.read" | "inspection.write") {
  const row = await repo.findProgramme(ctx.db, id);
  if (!row) throw new NotFound();
  const { write } = await requireInspectionAt(ctx, permission, row.orgUnitId);
  return { row, write };
}

/** One programme with its items, each with the case that carries it out and whether it is late. */
export async function getProgramme(ctx: Ctx, id: string): Promise<Programme> {
  const { row, write } = await programmeFor(ctx, id, "inspection.read");
  const items = await repo.itemsOf(ctx.db, [id]);
  const views = await subjectViews(
    ctx.db,
    items.flatMap((i) => i.subjects),
  );
  let at = 0;
  return {
    ...summaryOf(row, items, ctx.today),
    items: items.map((item) => {
      const subjects = views.slice(at, at + item.subjects.length);
      at += item.subjects.length;
      return {
        id: item.id,
        kind: item.kind as CaseKind,
        content: item.content,
        subjects,
        month: item.month,
        team: item.team,
        caseId: item.caseId,
        caseState: item.caseState,
        late: isItemLate(row.year, item.month, item.caseId, ctx.today),
      };
    }),
    can: { write },
  };
}

const fail = (code: string, field: string, params: Record<string, string | number> = {}): never => {
  throw new RuleViolation(code, params, { [field]: code });
};

/** Adopts the year's programme of one body of a unit: one per unit, year and body (409 for a second). */
export async function createProgramme(ctx: Ctx, input: CreateProgrammeInput): Promise<Programme> {
  await requireCan(ctx, "inspection.write", input.orgUnitId);
  const unit = await activeUnit(ctx, input.orgUnitId);
  if (!bodyAllowedAt(input.body, unit.type as OrgUnitType)) fail("programme.bodyNotAt", "body", { name: unit.name });
  if (input.approvedOn && input.approvedOn > ctx.today) fail("programme.approvedInFuture", "approvedOn");
  const exists = () => new Conflict("programme.exists", { year: input.year }, { body: "programme.exists" });
  if (await repo.findSame(ctx.db, input.orgUnitId, input.year, input.body)) throw exists();
  const row: repo.ProgrammeRow = {
    id: randomUUID(),
    orgUnitId: input.orgUnitId,
    year: input.year,
    body: input.body,
    title: input.title,
    decisionNo: input.decisionNo || null,
    approvedOn: input.approvedOn ?? null,
    version: 1,
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    if (!(await repo.insertProgramme(tx, row))) throw exists();
    await audit(ctx, tx, "inspection.programmeCreated", row.id, undefined, input);
  });
  return getProgramme(ctx, row.id);
}

function audit(ctx: Ctx, tx: Tx, action: string, entityId: string, before: unknown, after: unknown) {
  return recordAudit(tx, ctx.actor, ctx.now, { action, entityType, entityId, before, after });
}

const stale = () => new Conflict("version.stale", {}, { version: "version.stale" });

/** Corrects a programme's title, decision number or approval date. */
export async function updateProgramme(ctx: Ctx, id: string, input: UpdateProgrammeInput): Promise<Programme> {
  const { row } = await programmeFor(ctx, id, "inspection.write");
  if (input.approvedOn && input.approvedOn > ctx.today) fail("programme.approvedInFuture", "approvedOn");
  const { version, ...fields } = input;
  const changes: Partial<repo.ProgrammeRow> = {};
  if (fields.title !== undefined) changes.title = fields.title;
  if (fields.decisionNo !== undefined) changes.decisionNo = fields.decisionNo || null;
  if (fields.approvedOn !== undefined) changes.approvedOn = fields.approvedOn;
  const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof repo.ProgrammeRow]]));
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateProgramme(tx, id, version, changes))) throw stale();
    await audit(ctx, tx, "inspection.programmeUpdated", id, before, changes);
  });
  return getProgramme(ctx, id);
}

/** Plans one inspection or thematic supervision in the programme. */
export async function addItem(ctx: Ctx, id: string, input: ProgrammeItemInput): Promise<Programme> {
  const { row } = await programmeFor(ctx, id, "inspection.write");
  const subjects = await resolveSubjects(ctx, row.orgUnitId, input.subjects);
  const item: repo.ItemRow = {
    id: randomUUID(),
    programmeId: id,
    kind: input.kind,
    content: input.content,
    subjects,
    month: input.month,
    team: input.team || null,
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    await repo.insertItem(tx, item);
    await repo.touchProgramme(tx, id);
    await audit(ctx, tx, "inspection.programmeItemAdded", id, undefined, { itemId: item.id, ...input, subjects });
  });
  return getProgramme(ctx, id);
}

async function itemFor(ctx: Ctx, id: string, itemId: string) {
  const { row } = await programmeFor(ctx, id, "inspection.write");
  const item = await repo.findItem(ctx.db, itemId);
  if (!item || item.programmeId !== id) throw new NotFound();
  return { row, item };
}

/** Changes a planned item (its subjects, month, team …); the programme's version guards concurrent edits. */
export async function updateItem(
  ctx: Ctx,
  id: string,
  itemId: string,
  input: UpdateProgrammeItemInput,
): Promise<Programme> {
  const { row, item } = await itemFor(ctx, id, itemId);
  if (row.version !== input.version) throw stale();
  const changes: Partial<repo.ItemRow> = {};
  if (input.kind !== undefined) changes.kind = input.kind;
  if (input.content !== undefined) changes.content = input.content;
  if (input.month !== undefined) changes.month = input.month;
  if (input.team !== undefined) changes.team = input.team || null;
  if (input.subjects !== undefined)
    changes.subjects = (await resolveSubjects(ctx, row.orgUnitId, input.subjects)) as StoredSubject[];
  const before = Object.fromEntries(Object.keys(changes).map((k) => [k, item[k as keyof repo.ItemRow]]));
  await ctx.transaction(async (tx) => {
    await repo.updateItem(tx, itemId, changes);
    if (!(await repo.updateProgramme(tx, id, input.version, {}))) throw stale();
    await audit(ctx, tx, "inspection.programmeItemUpdated", id, { itemId, ...before }, { itemId, ...changes });
  });
  return getProgramme(ctx, id);
}

/** Removes a planned item; one a case was opened for stays (409): the case carries it out. */
export async function deleteItem(ctx: Ctx, id: string, itemId: string): Promise<Programme> {
  const { item } = await itemFor(ctx, id, itemId);
  if (item.caseId) throw new Conflict("programme.itemHasCase");
  const { caseId: _c, caseState: _s, createdAt: _at, ...before } = item;
  await ctx.transaction(async (tx) => {
    await repo.deleteItem(tx, itemId);
    await repo.touchProgramme(tx, id);
    await audit(ctx, tx, "inspection.programmeItemDeleted", id, { itemId, ...before }, undefined);
  });
  return getProgramme(ctx, id);
}

/** For the audit trail: the unit that governs the programme, when the actor may read it. */
export async function locateProgrammeForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string }> {
  const { row } = await programmeFor(ctx, id, "inspection.read");
  return { orgUnitId: row.orgUnitId };
}
