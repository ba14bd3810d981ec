import { randomUUID } from "node:crypto";
import type { CreatePositionInput, CreateTermInput, OrgUnitType, Position, Term } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { NotFound, RuleViolation } from "../../errors";
import { ruleValue } from "../../rules/settings";
import { dmy, positionLabel } from "./org.checks";
import { memberCounts, pathOf, type UnitState } from "./org.repo";
import { isCell, overlaps, type SeatProblem, seatProblem } from "./org.rules";
import { activeUnit, getUnit } from "./org.service";
import * as repo from "./org-committee.repo";

/** The terms (nhiệm kỳ) of a unit, oldest first. */
export async function listTerms(ctx: Ctx, orgUnitId: string): Promise<Term[]> {
  await getUnit(ctx, orgUnitId);
  return repo.listTerms(ctx.db, orgUnitId);
}

/** Adds a term; terms of one unit do not overlap. */
export async function createTerm(ctx: Ctx, orgUnitId: string, input: CreateTermInput): Promise<Term> {
  await requireCan(ctx, "org.write", orgUnitId);
  await activeUnit(ctx, orgUnitId);
  if (input.endsOn && input.endsOn <= input.startsOn)
    throw new RuleViolation("org.endBeforeStart", {}, { endsOn: "org.endBeforeStart" });
  const existing = await repo.listTerms(ctx.db, orgUnitId);
  const clash = existing.find((t) => overlaps(t.startsOn, t.endsOn, input.startsOn, input.endsOn ?? null));
  if (clash) throw new RuleViolation("org.termOverlap", { name: clash.name }, { startsOn: "org.termOverlap" });
  const term = {
    id: randomUUID(),
    orgUnitId,
    name: input.name,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
  };
  await ctx.transaction(async (tx) => {
    await repo.insertTerm(tx, term);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "org.termCreated",
      entityType: "orgUnit",
      entityId: orgUnitId,
      after: term,
    });
  });
  return term;
}

/** The committee positions of a unit in force on a date (today by default), or all of them with `all`. */
export async function listPositions(ctx: Ctx, orgUnitId: string, all: boolean): Promise<Position[]> {
  await getUnit(ctx, orgUnitId);
  const rows = await repo.listPositions(ctx.db, orgUnitId);
  const current = rows.filter((p) => p.startsOn <= ctx.today && (!p.endsOn || p.endsOn > ctx.today));
  return (all ? rows : current).map(toPosition);
}

/**
 * Seats someone on a unit's committee from a date. A cell's seats name one of its full members; the rules on who and
 * how many are `seatProblem`'s, judged on the start date with the rule version then in force.
 */
export async function createPosition(ctx: Ctx, orgUnitId: string, input: CreatePositionInput): Promise<Position> {
  await requireCan(ctx, "org.write", orgUnitId);
  const unit = await activeUnit(ctx, orgUnitId);
  if (input.endsOn && input.endsOn <= input.startsOn)
    throw new RuleViolation("org.endBeforeStart", {}, { endsOn: "org.endBeforeStart" });
  if (input.termId) {
    if (!(await repo.findTermOfUnit(ctx.db, input.termId, orgUnitId)))
      throw new RuleViolation("field.invalidValue", {}, { termId: "field.invalidValue" });
  }
  const memberId = input.memberId ?? null;
  const holder = memberId ? await seatHolder(ctx, unit, memberId, input.startsOn) : null;
  const seats = (await repo.listPositions(ctx.db, orgUnitId)).map(toPosition);
  const problem = seatProblem({
    unitType: unit.type as OrgUnitType,
    kind: input.kind,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    memberId,
    holderName: input.holderName ?? null,
    holder,
    fullMembers: (await memberCounts(ctx.db, ctx.registry.unitCounts, orgUnitId, input.startsOn)).full,
    seats,
    rules: {
      cellCommitteeThreshold: await ruleValue<number>(ctx.db, "org.cellCommitteeThreshold", input.startsOn),
      cellCommitteeMaxSize: await ruleValue<number>(ctx.db, "org.cellCommitteeMaxSize", input.startsOn),
    },
  });
  if (problem) throw await seatViolation(ctx, unit, input.startsOn, problem);
  const position = {
    id: randomUUID(),
    orgUnitId,
    termId: input.termId ?? null,
    kind: input.kind,
    holderName: holder?.fullName ?? (input.holderName as string),
    memberId,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
  };
  await ctx.transaction(async (tx) => {
    await repo.insertPosition(tx, position);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "org.positionCreated",
      entityType: "orgUnit",
      entityId: orgUnitId,
      after: position,
    });
  });
  return position;
}

/** The named member on a date, as the members module knows them; `inUnit` for the cell itself or a committee's subtree. */
async function seatHolder(ctx: Ctx, unit: UnitState, memberId: string, on: string) {
  const found = await ctx.registry.memberOn?.(ctx.db, memberId, on);
  if (!found) return null;
  const official = found.officialUnitId;
  const inUnit = isCell(unit.type as OrgUnitType)
    ? official === unit.id
    : official !== null && (await pathOf(ctx.db, official, on)).some((p) => p.id === unit.id);
  return { ...found, inUnit };
}

async function seatViolation(ctx: Ctx, unit: UnitState, on: string, problem: SeatProblem) {
  const params = {
    unit: unit.name,
    date: dmy(on),
    name: problem.other?.holderName ?? "",
    kind: problem.other ? positionLabel(ctx.lang, problem.other.kind) : "",
    count: (await memberCounts(ctx.db, ctx.registry.unitCounts, unit.id, on)).full,
    threshold: await ruleValue<number>(ctx.db, "org.cellCommitteeThreshold", on),
    max: await ruleValue<number>(ctx.db, "org.cellCommitteeMaxSize", on),
  };
  return new RuleViolation(problem.code, params, { [problem.field]: problem.code });
}

/** Ends a position on a date. */
export async function endPosition(ctx: Ctx, positionId: string, endsOn: string): Promise<Position> {
  const row = await repo.findPosition(ctx.db, positionId);
  if (!row) throw new NotFound();
  await requireCan(ctx, "org.write", row.orgUnitId);
  if (row.endsOn) throw new RuleViolation("org.positionEnded");
  if (endsOn <= row.startsOn) throw new RuleViolation("org.endBeforeStart", {}, { endsOn: "org.endBeforeStart" });
  await ctx.transaction(async (tx) => {
    await repo.endPosition(tx, positionId, endsOn);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "org.positionEnded",
      entityType: "orgUnit",
      entityId: row.orgUnitId,
      before: row,
      after: { endsOn },
    });
  });
  return toPosition({ ...row, endsOn });
}

function toPosition(row: repo.PositionRow): Position {
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    termId: row.termId,
    kind: row.kind as Position["kind"],
    holderName: row.holderName,
    memberId: row.memberId,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
  };
}
