import { randomUUID } from "node:crypto";
import type { CreatePositionInput, CreateTermInput, OrgUnitType, Position, Term } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { NotFound, RuleViolation } from "../../errors";
import { hasInspectionCommittee } from "./org.rules";
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

/** Appoints someone to a committee position from a date. */
export async function createPosition(ctx: Ctx, orgUnitId: string, input: CreatePositionInput): Promise<Position> {
  await requireCan(ctx, "org.write", orgUnitId);
  const unit = await activeUnit(ctx, orgUnitId);
  if (input.kind === "inspection_chair" && !hasInspectionCommittee(unit.type as OrgUnitType)) {
    throw new RuleViolation("org.noInspectionCommittee", {}, { kind: "org.noInspectionCommittee" });
  }
  if (input.endsOn && input.endsOn <= input.startsOn)
    throw new RuleViolation("org.endBeforeStart", {}, { endsOn: "org.endBeforeStart" });
  if (input.termId) {
    if (!(await repo.findTermOfUnit(ctx.db, input.termId, orgUnitId)))
      throw new RuleViolation("field.invalidValue", {}, { termId: "field.invalidValue" });
  }
  const position = {
    id: randomUUID(),
    orgUnitId,
    termId: input.termId ?? null,
    kind: input.kind,
    holderName: input.holderName,
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
    startsOn: row.startsOn,
    endsOn: row.endsOn,
  };
}

function overlaps(aStart: string, aEnd: string | null, bStart: string, bEnd: string | null): boolean {
  return (aEnd === null || bStart < aEnd) && (bEnd === null || aStart < bEnd);
}
