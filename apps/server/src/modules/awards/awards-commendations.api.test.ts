import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, aUnit, type StandardTree } from "../../../test/builders";
import { anActor, api, figure, snapshot, type TestActor, testNow, useTestApp } from "../../../test/harness";
import { ratingAssessments, reviewCycles, users } from "../../db/schema";

// Commendations (issue 9 item 5): the catalogue, proposals checked against the decided ratings, decisions by the
// body allowed to award the form, refusals, the member's record and the handbook.
const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let coso: TestActor;
let cosoB: TestActor;
let admin: TestActor;
let inspector: TestActor;
const tables = ["commendations", "award_decisions", "award_campaigns", "audit_events"];

/** A decided yearly rating, written as the ratings module leaves it (its API is another helper's work). */
async function rated(subject: { memberId?: string; orgUnitId: string }, year: number, level: string) {
  const cycleId = randomUUID();
  await t.db.insert(reviewCycles).values({
    id: cycleId,
    orgUnitId: tree.baseA,
    kind: "year",
    year,
    name: `Năm ${year}`,
    referenceDate: `${year}-12-31`,
    selfDueOn: `${year}-12-10`,
    proposalDueOn: `${year}-12-20`,
    decisionDueOn: `${year}-12-31`,
    status: "closed",
    createdAt: testNow,
  });
  await t.db.insert(ratingAssessments).values({
    id: randomUUID(),
    cycleId,
    subjectType: subject.memberId ? "member" : "org",
    memberId: subject.memberId ?? null,
    orgUnitId: subject.orgUnitId,
    status: "decided",
    decidedLevel: level,
    decidedOn: `${year}-12-31`,
    decidedAt: testNow,
  });
}

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (khen thưởng)");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  cosoB = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseB });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
});

/** A member of cellA1 with the decided levels given (year → level). */
async function ratedMember(fullName: string, levels: Record<number, string>, orgUnitId = tree.cellA1) {
  const id = await aMember(t.db, { orgUnitId, fullName });
  for (const [year, level] of Object.entries(levels)) await rated({ memberId: id, orgUnitId }, Number(year), level);
  return id;
}
const fiveExcellent = { 2021: "excellent", 2022: "excellent", 2023: "excellent", 2024: "excellent", 2025: "excellent" };

const propose = (actor: TestActor | null, memberId: string, over: object = {}) => {
  const body = {
    recipientType: "member",
    memberId,
    form: "certificate_of_merit",
    basis: "year_excellent",
    year: 2025,
    reason: "Hoàn thành xuất sắc nhiệm vụ tiêu biểu năm 2025",
    ...over,
  };
  const client = actor ? api(t.app).as(actor) : api(t.app).anonymous;
  return client.post("/api/awards/commendations", body);
};
async function proposed(memberId: string, over: object = {}) {
  const res = await propose(chibo, memberId, over);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function refused(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status: number) {
  const before = await snapshot(t.db, tables);
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(status);
  expect(await snapshot(t.db, tables)).toBe(before);
  return answer.json() as { code: string; message: string; fields: Record<string, string> };
}

const decide = (actor: TestActor, over: object) =>
  api(t.app)
    .as(actor)
    .post("/api/awards/commendation-decisions", {
      orgUnitId: tree.baseA,
      number: `${Math.floor(Math.random() * 1e6)}-QĐ/ĐU`,
      signedOn: "2026-11-23",
      signerName: "Nguyễn Văn Ký",
      ...over,
    });

describe("the catalogue of forms", () => {
  it("lists the forms in force with who may award them and the source", async () => {
    const res = await api(t.app).as(chibo).get("/api/awards/forms");
    expect(res.statusCode).toBe(200);
    const merit = res.json().forms.find((f: { code: string }) => f.code === "certificate_of_merit");
    expect(merit.label).toBe("Giấy khen");
    expect(merit.awardedBy).toContainEqual({ unitType: "grassroots_committee", recipients: ["member", "org"] });
    expect(res.json().source).toContain("27.2");
    expect((await api(t.app).anonymous.get("/api/awards/forms")).statusCode).toBe(401);
  });
});

describe("proposals", () => {
  it("proposes a giấy khen for a member rated excellent in the year", async () => {
    const id = await ratedMember("Phạm Thị Xuất", { 2025: "excellent" });
    const res = await propose(chibo, id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      memberName: "Phạm Thị Xuất",
      formLabel: "Giấy khen",
      status: "proposed",
      proposingUnitId: tree.cellA1,
      orgUnitId: tree.cellA1,
    });
  });

  it("refuses a member rated only good, naming the year and the rule, and writes nothing", async () => {
    const id = await ratedMember("Phạm Văn Tốt", { 2025: "good" });
    const error = await refused(propose(chibo, id), 422);
    expect(error.message).toContain("Năm 2025 không được xếp loại “Hoàn thành xuất sắc nhiệm vụ”");
    expect(error.fields.basis).toBeDefined();
    const unrated = await ratedMember("Phạm Văn Chưa", {});
    expect((await refused(propose(chibo, unrated), 422)).code).toBe("award.notRatedYear");
  });

  it("computes five years running: refused for one excellent year, accepted for five", async () => {
    const one = await ratedMember("Phạm Văn Một", { 2024: "good", 2025: "excellent" });
    const error = await refused(propose(chibo, one, { basis: "five_years_excellent" }), 422);
    expect(error.message).toContain("2021, 2022, 2023, 2024");
    const five = await ratedMember("Phạm Văn Liền", fiveExcellent);
    expect((await propose(chibo, five, { basis: "five_years_excellent" })).statusCode).toBe(201);
  });

  it("proposes a collective for an organisation rated excellent; refuses a form not given to organisations", async () => {
    const unit = await aUnit(t.db, { name: "Chi bộ Kho bạc (khen thưởng)", type: "cell", parentId: tree.baseA });
    await rated({ orgUnitId: unit }, 2025, "excellent");
    const org = { recipientType: "org", memberId: undefined, orgUnitId: unit };
    const res = await propose(coso, "", { ...org, form: "praise" });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ recipientType: "org", orgUnitName: "Chi bộ Kho bạc (khen thưởng)" });
    expect(
      (await refused(propose(coso, "", { ...org, form: "emulation_flag", recipientType: "member" }), 422)).fields
        .memberId,
    ).toBeDefined();
    const unrated = await aUnit(t.db, { name: "Chi bộ Kho vận (khen thưởng)", type: "cell", parentId: tree.baseA });
    await refused(propose(coso, "", { ...org, orgUnitId: unrated }), 422);
  });

  it("refuses bad input: unknown form, a form not for members, missing year, duplicate, outsiders (401, 403, 404)", async () => {
    const id = await ratedMember("Phạm Thị Lặp", { 2025: "excellent" });
    expect((await refused(propose(chibo, id, { form: "huan_chuong" }), 422)).fields.form).toBeDefined();
    expect((await refused(propose(chibo, id, { form: "emulation_flag" }), 422)).fields.form).toBeDefined();
    expect((await refused(propose(chibo, id, { year: undefined }), 422)).fields.year).toBeDefined();
    await refused(propose(chibo, id, { basis: "whenever" }), 400);
    await refused(propose(chibo, id, { year: 2027 }), 422);
    await proposed(id);
    await refused(propose(chibo, id), 409);
    await refused(propose(null, id), 401);
    await refused(propose(inspector, id, { basis: "ad_hoc" }), 403);
    await refused(propose(cosoB, id, { basis: "ad_hoc" }), 404);
  });
});

describe("decisions", () => {
  it("refuses a body not above, a cell secretary, an outsider, a future date; then decides, once", async () => {
    const p = await proposed(await ratedMember("Phạm Thị Quyết", { 2025: "excellent" }));
    const bySub = await refused(decide(coso, { orgUnitId: tree.subA, commendationIds: [p.id] }), 422);
    expect(bySub.message).toContain("không phải cấp trên");
    await refused(decide(chibo, { orgUnitId: tree.cellA1, commendationIds: [p.id] }), 403);
    await refused(decide(cosoB, { orgUnitId: tree.baseB, commendationIds: [p.id] }), 404);
    await refused(decide(coso, { signedOn: "2026-12-30", commendationIds: [p.id] }), 422);
    await refused(decide(coso, { commendationIds: [] }), 400);
    const res = await decide(coso, { number: "25-QĐ/ĐU", commendationIds: [p.id] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().commendations[0]).toMatchObject({ status: "decided", decision: { number: "25-QĐ/ĐU" } });
    await refused(decide(coso, { commendationIds: [p.id] }), 409);
  });

  it("refuses a duplicate decision number whatever its case, and a form the body may not award", async () => {
    const a = await proposed(await ratedMember("Phạm Văn Số", { 2025: "excellent" }));
    expect((await decide(coso, { number: "31-QĐ/ĐU", commendationIds: [a.id] })).statusCode).toBe(201);
    const b = await proposed(await ratedMember("Phạm Văn Trùng", { 2025: "excellent" }));
    const dup = await refused(decide(coso, { number: "31-qđ/đu", commendationIds: [b.id] }), 409);
    expect(dup.fields.number).toBeDefined();
    const five = await ratedMember("Phạm Văn Bằng", fiveExcellent);
    const bangKhen = await proposed(five, { form: "certificate_of_commendation", basis: "five_years_excellent" });
    const error = await refused(decide(admin, { orgUnitId: tree.root, commendationIds: [bangKhen.id] }), 422);
    expect(error.message).toContain("không có thẩm quyền khen thưởng hình thức “Bằng khen”");
  });

  it("refuses a proposal with a reason; it cannot be decided after", async () => {
    const p = await proposed(await ratedMember("Phạm Văn Từ", { 2025: "excellent" }));
    await refused(
      api(t.app).as(chibo).post(`/api/awards/commendations/${p.id}/refuse`, { version: 1, reason: "x" }),
      403,
    );
    const res = await api(t.app)
      .as(coso)
      .post(`/api/awards/commendations/${p.id}/refuse`, { version: p.version, reason: "Trùng đợt" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "refused", refusalReason: "Trùng đợt" });
    await refused(decide(coso, { commendationIds: [p.id] }), 409);
  });
});

describe("the record, the unit, the handbook and the figures", () => {
  it("shows the decided commendation on the member's record and the unit's list, and in the handbook", async () => {
    const unit = await aUnit(t.db, { name: "Chi bộ Hồ sơ (khen thưởng)", type: "cell", parentId: tree.baseA });
    const id = await ratedMember("Phạm Thị Hồ", { 2025: "excellent" }, unit);
    const p = await propose(coso, id);
    expect((await decide(coso, { commendationIds: [p.json().id] })).statusCode).toBe(201);
    const list = async (actor: TestActor, q: string) =>
      (await api(t.app).as(actor).get(`/api/awards/commendations?${q}`)).json();
    const forMember = await list(chibo, `memberId=${id}`);
    expect(forMember.items).toHaveLength(0);
    const byCoso = await list(coso, `memberId=${id}&status=decided`);
    expect(byCoso.items).toHaveLength(1);
    expect(byCoso.items[0].decision.decidingUnitName).toContain("Sở Tài chính");
    expect((await list(coso, `orgUnitId=${unit}`)).total).toBe(1);
    expect((await api(t.app).as(cosoB).get(`/api/awards/commendations?orgUnitId=${unit}`)).statusCode).toBe(404);
    expect((await list(cosoB, `memberId=${id}`)).items).toHaveLength(0);
    const self = await anActor(t.db, { role: "member", orgUnitId: unit });
    await t.db.update(users).set({ memberId: id }).where(eq(users.id, self.userId));
    const mine = await api(t.app).as(self).get("/api/me/awards");
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().commendations.map((c: { formLabel: string }) => c.formLabel)).toEqual(["Giấy khen"]);
    expect((await api(t.app).as(self).get("/api/awards/commendations")).json().items).toHaveLength(0);
  });

  it("counts commendations by collective/individual and by form, in the subtree", async () => {
    const base = await aUnit(t.db, {
      name: "Đảng bộ Sở Xây dựng (khen thưởng)",
      type: "grassroots_committee",
      parentId: tree.root,
    });
    const cell = await aUnit(t.db, { name: "Chi bộ Quy hoạch (khen thưởng)", type: "cell", parentId: base });
    const staff = await anActor(t.db, { role: "grassroots_staff", orgUnitId: base });
    const id = await ratedMember("Phạm Thị Đếm", { 2025: "excellent" }, cell);
    await rated({ orgUnitId: cell }, 2025, "excellent");
    const a = await propose(staff, id);
    const b = await propose(staff, "", { recipientType: "org", memberId: undefined, orgUnitId: cell, form: "praise" });
    expect((await decide(staff, { orgUnitId: base, commendationIds: [a.json().id] })).statusCode).toBe(201);
    expect((await decide(staff, { orgUnitId: base, commendationIds: [b.json().id] })).statusCode).toBe(201);
    const count = (indicator: string) => figure(t.app, admin, indicator, base, "2026-01-01", "2026-12-31");
    expect(await count("awards.commendations.total")).toBe(2);
    expect(await count("awards.commendations.individual")).toBe(1);
    expect(await count("awards.commendations.collective")).toBe(1);
    expect(await count("awards.commendations.certificate_of_merit")).toBe(1);
    expect(await count("awards.commendations.praise")).toBe(1);
    expect(await figure(t.app, admin, "awards.commendations.total", base, "2025-01-01", "2025-12-31")).toBe(0);
  });
});
