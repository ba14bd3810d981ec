import type { MyAssessment, MyRatings, RatingLevel, SelfAssessmentInput } from "@dangvu/contract";
import type { Ctx } from "../../context";
import { NotFound } from "../../errors";
import { memberIdOfUser } from "../users";
import * as repo from "./ratings.repo";
import { frameworkOn } from "./ratings.view";
import { saveSelf, withCycle } from "./ratings-steps.service";

async function ownMemberId(ctx: Ctx): Promise<string> {
  const memberId = await memberIdOfUser(ctx.db, ctx.actor.userId);
  if (!memberId) throw new NotFound("handbook.notLinked");
  return memberId;
}

/** The member's latest assessment (an open cycle's first) and the yearly levels announced to them. */
export async function myRatings(ctx: Ctx): Promise<MyRatings> {
  const memberId = await ownMemberId(ctx);
  const [latest, history] = await Promise.all([
    repo.latestOfMember(ctx.db, memberId),
    repo.announcedYearsOfMember(ctx.db, memberId),
  ]);
  return {
    current: latest ? await mine(ctx, latest.id) : null,
    history: history.map((h) => ({ year: h.year, level: h.level as RatingLevel })),
  };
}

async function mine(ctx: Ctx, id: string): Promise<MyAssessment> {
  const row = (await repo.findAssessment(ctx.db, id)) as repo.AssessmentRow;
  const cycle = (await repo.findCycle(ctx.db, row.cycleId)) as repo.CycleRow;
  const found = await frameworkOn(ctx.db, "member", cycle.referenceDate);
  const announced = Boolean(row.announcedAt);
  return {
    id: row.id,
    cycleId: cycle.id,
    cycleName: cycle.name,
    year: cycle.year,
    status: row.status as MyAssessment["status"],
    excludedReason: row.excludedReason as MyAssessment["excludedReason"],
    selfDueOn: cycle.selfDueOn,
    framework: found?.framework ?? null,
    selfPoints: row.selfPoints,
    selfTotal: row.selfTotal,
    selfLevel: row.selfLevel as RatingLevel | null,
    selfText: row.selfText,
    selfAt: row.selfAt ? new Date(row.selfAt).toISOString() : null,
    decidedLevel: announced ? (row.decidedLevel as RatingLevel | null) : null,
    announcedAt: row.announcedAt ? new Date(row.announcedAt).toISOString() : null,
    canSelf: cycle.status === "open" && (row.status === "pending" || row.status === "self_assessed"),
  };
}

/** The member's own self-assessment in a cycle (404 when the cycle does not review them). */
export async function selfAssessOwn(ctx: Ctx, cycleId: string, input: SelfAssessmentInput): Promise<MyAssessment> {
  const memberId = await ownMemberId(ctx);
  const own = await repo.memberInCycle(ctx.db, cycleId, memberId);
  if (!own) throw new NotFound();
  const row = (await repo.findAssessment(ctx.db, own.id)) as repo.AssessmentRow;
  const { cycle } = await withCycle(ctx, row);
  await saveSelf(ctx, row, cycle.referenceDate, cycle.year, input);
  return mine(ctx, own.id);
}
