import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { users } from "../src/db/schema";
import { ratingsRuleSettings } from "../src/modules/ratings/ratings.settings";
import { aMember, anOrgTree } from "./builders";
import { anActor, api, type TestActor, type TestContext } from "./harness";

/** Full points on the seeded member framework (366-QĐ/TW), and a variant with fewer points. */
export function memberPoints(minus = 0): Record<string, number> {
  return frameworkPoints("ratings.framework.member", minus);
}

/** Full points on the seeded organisations' framework. */
export function orgPoints(minus = 0): Record<string, number> {
  return frameworkPoints("ratings.framework.org", minus);
}

function frameworkPoints(key: string, minus: number): Record<string, number> {
  const framework = ratingsRuleSettings.filter((s) => s.key === key).at(-1)?.value as {
    criteria: { id: string; max: number }[];
  };
  const points = Object.fromEntries(framework.criteria.map((c) => [c.id, c.max]));
  const first = framework.criteria.find((c) => c.max >= minus);
  if (first) points[first.id] = first.max - minus;
  return points;
}

export const snapshotTables = ["review_cycles", "rating_assessments", "audit_events"];

/**
 * A fresh standard tree (its own, so tests stay independent in any order) with the actors of the rating workflow:
 * admin over the bloc, `coso` (grassroots staff of baseA), `chibo` (secretary of cellA1), `inspection` at baseA, and
 * five full members of cellA1, the first linked to the account `dangvien`.
 */
export async function ratingWorld(t: TestContext) {
  const tag = randomBytes(3).toString("hex");
  const tree = await anOrgTree(t.db, ` ${tag}`);
  const admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  const coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  const cosoB = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseB });
  const chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  const inspection = await anActor(t.db, { role: "inspection", orgUnitId: tree.baseA });
  const names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang"];
  const members: string[] = [];
  for (const name of names) members.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: name }));
  const dangvien = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  await t.db.update(users).set({ memberId: members[0] }).where(eq(users.id, dangvien.userId));
  return { tag, tree, admin, coso, cosoB, chibo, inspection, dangvien, members };
}

export type RatingWorld = Awaited<ReturnType<typeof ratingWorld>>;

/** Opens the 2026 yearly cycle of the bloc (as its admin) and returns it with its assessments. */
export async function openYearCycle(t: TestContext, w: RatingWorld, body: Record<string, unknown> = {}) {
  const res = await api(t.app)
    .as(w.admin)
    .post("/api/ratings/cycles", {
      orgUnitId: w.tree.root,
      kind: "year",
      year: 2026,
      referenceDate: "2026-12-31",
      ...body,
    });
  expect(res.statusCode, res.body).toBe(201);
  const cycle = res.json();
  const list = await api(t.app).as(w.admin).get(`/api/ratings/cycles/${cycle.id}/assessments?pageSize=200`);
  const items = list.json().items as { id: string; memberId: string | null; orgUnitId: string; subjectType: string }[];
  const ofMember = (memberId: string) => items.find((a) => a.memberId === memberId)?.id as string;
  const ofOrg = (unitId: string) => items.find((a) => a.subjectType === "org" && a.orgUnitId === unitId)?.id as string;
  return { cycle, items, ofMember, ofOrg };
}

/** Takes a member's assessment to `proposed` (self-assessed by the secretary, proposed by the cell). */
export async function toProposed(t: TestContext, w: RatingWorld, id: string, level = "good") {
  const self = await api(t.app)
    .as(w.chibo)
    .post(`/api/ratings/assessments/${id}/self`, { points: memberPoints(), level, text: "Tự nhận xét" });
  expect(self.statusCode, self.body).toBe(200);
  const proposed = await api(t.app)
    .as(w.chibo)
    .post(`/api/ratings/assessments/${id}/propose`, { level, vote: { present: 9, inFavour: 8, against: 1 } });
  expect(proposed.statusCode, proposed.body).toBe(200);
}

export function decideAs(t: TestContext, actor: TestActor, id: string, level: string) {
  return api(t.app)
    .as(actor)
    .post(`/api/ratings/assessments/${id}/decide`, { level, decidedOn: "2026-11-20", decisionNumber: "15-QĐ/ĐU" });
}
