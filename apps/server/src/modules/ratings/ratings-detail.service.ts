import type {
  AssessmentDetail,
  AssessmentListQuery,
  AssessmentPage,
  RatingEvidence,
  RatingLevel,
} from "@dangvu/contract";
import { subtreeUnitIds } from "../../access/scope";
import type { Ctx } from "../../context";
import { NotFound } from "../../errors";
import { ruleValue } from "../../rules/settings";
import { openTasksOfMember, openTasksOfUnit, yearAttendanceOfMember, yearMeetingQuality } from "../meetings";
import { memberDisciplines } from "../members";
import { unitNames } from "../org";
import { residenceCommentOfYear } from "../residence";
import { holdsAt, readableUnits, requireCycle, requireRating } from "./ratings.access";
import * as repo from "./ratings.repo";
import { decidingUnit, excellentPlacesLeft } from "./ratings.rules";
import { type AuthoritySetting, authorityKey, type QuotaSetting, quotaKey } from "./ratings.settings";
import { frameworkOn, toAssessment, toCycle } from "./ratings.view";
import { decidedYearLevels } from "./ratings-history.repo";

/** A cycle's assessments in the reader's units, filtered, by unit then Vietnamese name. */
export async function listAssessments(ctx: Ctx, cycleId: string, q: AssessmentListQuery): Promise<AssessmentPage> {
  await requireCycle(ctx, cycleId, "rating.read");
  if (q.orgUnitId) await requireRating(ctx, "rating.read", q.orgUnitId);
  const within = q.orgUnitId ? subtreeUnitIds(q.orgUnitId) : undefined;
  const page = await repo.listAssessments(ctx.db, cycleId, readableUnits(ctx), q, within);
  return { items: page.items.map(toAssessment), total: page.total };
}

/** One assessment with its cycle, framework, evidence, deciding body, quota and what the reader may do. */
export async function getAssessment(ctx: Ctx, id: string): Promise<AssessmentDetail> {
  const row = await repo.findAssessment(ctx.db, id);
  if (!row) throw new NotFound();
  const held = await requireRating(ctx, "rating.read", row.orgUnitId);
  const cycle = await repo.findCycle(ctx.db, row.cycleId);
  if (!cycle) throw new NotFound();
  const subjectType = row.subjectType as "member" | "org";
  const authority = await ruleValue<AuthoritySetting>(ctx.db, authorityKey, ctx.today);
  const decider = decidingUnit(subjectType, await repo.chainOf(ctx.db, row.orgUnitId), authority);
  const [found, evidence, names, canDecide, canChange, placesLeft] = await Promise.all([
    frameworkOn(ctx.db, subjectType, cycle.referenceDate),
    evidenceOf(ctx, row, cycle.year),
    unitNames(ctx.db, decider ? [decider] : []),
    holdsAt(ctx, "rating.decide", decider),
    holdsAt(ctx, "rating.decide", row.decidedByUnitId),
    subjectType === "member" && decider ? placesFor(ctx, row, decider) : Promise.resolve(null),
  ]);
  const open = cycle.status === "open";
  const write = open && held.has("rating.write");
  const ready = subjectType === "member" ? "proposed" : "self_assessed";
  return {
    assessment: toAssessment(row),
    cycle: toCycle(cycle),
    framework: found?.framework ?? null,
    evidence,
    decidingUnit: decider ? { id: decider, name: names.get(decider) ?? "" } : null,
    excellentPlacesLeft: placesLeft,
    can: {
      self: write && (row.status === "pending" || row.status === "self_assessed"),
      propose: write && subjectType === "member" && (row.status === "self_assessed" || row.status === "proposed"),
      decide: open && canDecide && row.status === ready,
      change: open && canChange && row.status === "decided",
    },
  };
}

/** Excellent places of the base organisation if this member were rated excellent (0 when none is left). */
async function placesFor(ctx: Ctx, row: repo.AssessmentRow, base: string): Promise<number> {
  const quota = await ruleValue<QuotaSetting>(ctx.db, quotaKey, ctx.today);
  const counts = await repo.quotaCounts(ctx.db, row.cycleId, subtreeUnitIds(base), row.id);
  return Math.max(
    0,
    excellentPlacesLeft(quota, { goodOrBetter: counts.goodOrBetter + 1, excellent: counts.excellent }),
  );
}

/** The evidence of issue 9 item 3, for the cycle's year. */
async function evidenceOf(ctx: Ctx, row: repo.AssessmentRow, year: number): Promise<RatingEvidence> {
  const memberId = row.subjectType === "member" ? row.memberId : null;
  const subjectId = memberId ?? row.orgUnitId;
  const years = [1, 2, 3, 4, 5].map((n) => year - n);
  const [attendance, quality, residence, discipline, previous, tasks] = await Promise.all([
    memberId ? yearAttendanceOfMember(ctx.db, memberId, year) : Promise.resolve(null),
    yearMeetingQuality(ctx.db, subtreeUnitIds(row.orgUnitId), year),
    memberId ? residenceCommentOfYear(ctx.db, memberId, year) : Promise.resolve(null),
    memberId ? memberDisciplines(ctx.db, [memberId]) : Promise.resolve([]),
    decidedYearLevels(ctx.db, memberId ? "member" : "org", [subjectId], years),
    memberId ? openTasksOfMember(ctx.db, memberId, row.orgUnitId) : openTasksOfUnit(ctx.db, row.orgUnitId),
  ]);
  return {
    attendance,
    meetingQuality: quality,
    residenceComment: residence
      ? { assessment: residence.assessment, commentText: residence.commentText ?? "", receivedOn: residence.receivedOn }
      : null,
    discipline: discipline
      .filter((d) => d.decidedOn.startsWith(`${year}-`))
      .map((d) => ({ form: d.form, decidedOn: d.decidedOn })),
    previousLevels: previous
      .map((p) => ({ year: p.year, level: p.level as RatingLevel }))
      .sort((a, b) => b.year - a.year),
    openTasks: tasks.map((t) => ({ id: t.id, title: t.title, dueOn: t.dueOn })),
  };
}
