import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { ratingAssessments, reviewCycles } from "../src/db/schema";
import { rowsOf } from "../src/db/sql";
import { ratingsRuleSettings } from "../src/modules/ratings/ratings.settings";
import { aMember } from "../test/builders";
import type { FixtureObject } from "./fixtures";
import { send } from "./http";
import type { SampleContext, SampleParts } from "./requests";
import { asRoot, mark, uniqueTag, type World } from "./world";

const referenceDate = "2026-12-31";

/** A review cycle run in a unit (inserted as the API would leave it), reviewing the members on the unit's own list. */
async function insertCycle(world: World, unitId: string, tag: string): Promise<string> {
  const db = world.database.db;
  const id = randomUUID();
  await db.insert(reviewCycles).values({
    id,
    orgUnitId: unitId,
    kind: "ad_hoc",
    year: 2026,
    name: `Đợt xếp loại ${tag}`,
    referenceDate,
    selfDueOn: "2026-12-01",
    proposalDueOn: "2026-12-15",
    decisionDueOn: "2027-01-15",
    status: "open",
    createdAt: world.now,
  });
  return id;
}

async function pendingMember(world: World, cycleId: string, memberId: string, unitId: string): Promise<string> {
  const id = randomUUID();
  await world.database.db.insert(ratingAssessments).values({
    id,
    cycleId,
    subjectType: "member",
    memberId,
    orgUnitId: unitId,
    status: "pending",
    frameworkKey: "366-QĐ/TW đảng viên",
  });
  return id;
}

/** A cycle of the unit with every member on its own list pending: the actors' own records when the unit is theirs. */
export async function ratingCycle(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const id = await insertCycle(world, unitId, tag);
  const result = await world.database.db.execute(sql`select id from members
    where org_unit_id = ${unitId} and status in ('probationary', 'full')`);
  for (const row of rowsOf<{ id: string }>(result)) await pendingMember(world, id, row.id, unitId);
  await mark(world, unitId, "ratingCycle", id, tag);
  return { kind: "ratingCycle", unitId, fields: { id, orgUnitId: unitId } };
}

/** A new member of the unit, pending in a new cycle of the unit. */
export async function ratingAssessment(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const memberId = await aMember(world.database.db, { orgUnitId: unitId, fullName: `Đinh Văn ${tag}` });
  const cycleId = await insertCycle(world, unitId, tag);
  const id = await pendingMember(world, cycleId, memberId, unitId);
  await mark(world, unitId, "ratingAssessment", id, memberId, tag);
  return { kind: "ratingAssessment", unitId, fields: { id } };
}

/** Full points on the member framework in force on the cycles' day. */
function fullPoints(): Record<string, number> {
  const framework = ratingsRuleSettings.filter((s) => s.key === "ratings.framework.member").at(-1)?.value as {
    criteria: { id: string; max: number }[];
  };
  return Object.fromEntries(framework.criteria.map((c) => [c.id, c.max]));
}

const order = ["pending", "self_assessed", "proposed", "decided"];

/**
 * Takes an assessment (as the top admin) to a step, if it has not passed it already. A step the rules refuse (no
 * deciding body above a member of the top unit) is left undone: the request then gets its refusal, as it should.
 */
async function advance(world: World, id: string, to: "self_assessed" | "proposed" | "decided") {
  const url = `/api/ratings/assessments/${id}`;
  const status = (await asRoot<{ assessment: { status: string } }>(world, { method: "GET", url })).assessment.status;
  const at = order.indexOf(status);
  const step = (path: string, body: Record<string, unknown>) =>
    send(world.app, world.root, { method: "POST", url: `${url}/${path}`, body });
  if (at < 1) await step("self", selfBody);
  if (at < 2 && order.indexOf(to) >= 2) await step("propose", { level: "good", vote });
  if (at < 3 && to === "decided") await step("decide", { level: "good", decidedOn: world.today });
}

const selfBody = { points: fullPoints(), level: "good", text: "Tự đánh giá" };
const vote = { present: 3, inFavour: 3, against: 0 };
let day = 0;

/** A reference day no other cycle of the verify world uses (ad hoc cycles are one per unit and day). */
function freshDay(): string {
  day += 1;
  return new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** Samples of the ratings endpoints: the step an assessment must have reached, full points, a free day. */
export const ratingsSamples: Record<string, (c: SampleContext) => Promise<SampleParts> | SampleParts> = {
  "POST /api/ratings/cycles": () => ({ body: { kind: "ad_hoc", year: 2026, referenceDate: freshDay() } }),
  "POST /api/ratings/assessments/:id/self": () => ({ body: selfBody }),
  "POST /api/me/ratings/:id/self": () => ({ body: selfBody }),
  "POST /api/ratings/assessments/:id/propose": async ({ world, fields }) => {
    await advance(world, fields.id ?? "", "self_assessed");
    return { body: { level: "good", vote } };
  },
  "POST /api/ratings/assessments/:id/decide": async ({ world, fields }) => {
    await advance(world, fields.id ?? "", "proposed");
    return { body: { level: "good", decidedOn: world.today, decisionNumber: "9-QĐ/ĐU" } };
  },
  "POST /api/ratings/assessments/:id/change": async ({ world, fields }) => {
    await advance(world, fields.id ?? "", "decided");
    return { body: { level: "completed", reason: "Điều chỉnh sau khi xem lại" } };
  },
};
