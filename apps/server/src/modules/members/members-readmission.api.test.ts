import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

// Re-admission (issue 8 item 1), expulsion and party age of probationary members (item 3), restoration after a
// striking off found wrong (item 8), through POST /api/members/:id/events.
const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let introducers: { memberId: string; workedSince: string }[];
const tables = ["members", "member_events", "memberships", "party_cards", "transfers", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (kết nạp lại)");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  introducers = [];
  for (const fullName of ["Đỗ Văn Giới", "Đỗ Thị Thiệu"])
    introducers.push({
      memberId: await aMember(t.db, { orgUnitId: tree.cellA1, fullName }),
      workedSince: "2019-01-01",
    });
});

const post = (id: string, body: object) => api(t.app).as(chibo).post(`/api/members/${id}/events`, body);
const get = async (id: string) => (await api(t.app).as(chibo).get(`/api/members/${id}`)).json();

/** A full member (admitted 2010) who left on `on` by `kind`. */
async function leftBy(kind: "struck_off" | "resignation" | "expulsion", on: string) {
  const id = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Vương Văn Rời" });
  const body = { kind, decisionNo: "9-QĐ/ĐU", decidedOn: on, ...(kind === "struck_off" ? { ground: 3 } : {}) };
  expect((await post(id, body)).statusCode).toBe(200);
  return id;
}
const readmission = (over: object = {}) => ({
  kind: "readmission",
  decisionNo: "77-QĐ/ĐU",
  decidedOn: "2026-11-02",
  approvalNo: "118-CV/BTVTU",
  exitGround: "other",
  introducers,
  ...over,
});

async function refused(id: string, body: object) {
  const before = await snapshot(t.db, tables);
  const res = await post(id, body);
  expect(res.statusCode, res.body).toBe(422);
  expect(await snapshot(t.db, tables)).toBe(before);
  return res.json() as { code: string; message: string; fields: Record<string, string> };
}

describe("re-admission (kết nạp lại)", () => {
  it("refuses a re-admission a month after the exit, naming the rule and the day it becomes possible", async () => {
    const id = await leftBy("struck_off", "2026-10-01");
    const error = await refused(id, readmission());
    expect(error.message).toBe(
      "Chỉ xét kết nạp lại sau ít nhất 36 tháng kể từ khi ra khỏi Đảng (ngày 01/10/2026), tức từ ngày 01/10/2029 (294-QĐ/TW, điểm 3.5.1).",
    );
    expect(error.fields.decidedOn).toBeDefined();
  });

  it("re-admits after 36 months with the standing committee's consent, records ground, gap and approval, and only once", async () => {
    const id = await leftBy("struck_off", "2022-06-01");
    const res = await post(id, readmission());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "probationary", partyAge: { since: null } });
    const timeline = (await api(t.app).as(chibo).get(`/api/members/${id}/events`)).json();
    expect(timeline.at(-1)).toMatchObject({
      kind: "readmission",
      decisionNo: "77-QĐ/ĐU",
      details: {
        exitReason: "struck_off",
        exitGround: "other",
        gap: ["2022-06-01", "2026-11-02"],
        approvalNo: "118-CV/BTVTU",
        introducers: [{ fullName: "Đỗ Văn Giới" }, { fullName: "Đỗ Thị Thiệu" }],
      },
    });
    const out = { kind: "probation_struck_off", decisionNo: "80-QĐ/ĐU", decidedOn: "2026-11-10" };
    expect((await post(id, out)).statusCode).toBe(200);
    expect((await refused(id, readmission({ decidedOn: "2026-11-20" }))).code).toBe("member.readmission.onlyOnce");
  });

  it("never re-admits someone who asked to leave, unless for family hardship", async () => {
    const id = await leftBy("resignation", "2021-03-01");
    const error = await refused(id, readmission({ exitGround: "resigned" }));
    expect(error.message).toContain("trừ trường hợp vì gia đình đặc biệt khó khăn (294-QĐ/TW, điểm 3.5.2)");
    expect((await post(id, readmission({ exitGround: "resigned_family_hardship" }))).statusCode).toBe(200);
  });

  it("never re-admits someone convicted of corruption", async () => {
    const id = await leftBy("expulsion", "2018-03-01");
    expect((await refused(id, readmission({ exitGround: "corruption" }))).fields.exitGround).toContain("tham nhũng");
  });

  it("carries no party age from a probation struck off: once full again it counts from the re-admission", async () => {
    const id = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      status: "probationary",
      admissionDecidedOn: "2020-01-06",
      ceremonyOn: "2020-01-20",
    });
    const out = { kind: "probation_struck_off", decisionNo: "3-QĐ/ĐU", decidedOn: "2020-12-01" };
    expect((await post(id, out)).statusCode).toBe(200);
    expect((await get(id)).partyAge.since).toBeNull();
    const back = await post(id, readmission({ decidedOn: "2024-06-03", ceremonyOn: "2024-06-17" }));
    expect(back.statusCode, back.body).toBe(200);
    const full = await post(id, { kind: "full_membership", decisionNo: "5-QĐ/ĐU", decidedOn: "2025-06-20" });
    expect(full.statusCode, full.body).toBe(200);
    expect(full.json().partyAge).toMatchObject({ since: "2024-06-03", years: 2, months: 5 });
  });
});

describe("discipline and restoration", () => {
  it("refuses to expel a probationary member (69-QĐ/TW Điều 7) and writes nothing", async () => {
    const id = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      status: "probationary",
      admissionDecidedOn: "2026-03-02",
      ceremonyOn: "2026-03-16",
    });
    const error = await refused(id, { kind: "expulsion", decisionNo: "6-QĐ/UBKT", decidedOn: "2026-11-02" });
    expect(error.message).toContain("Quy định 69-QĐ/TW, Điều 7");
    expect((await get(id)).partyAge.since).toBeNull();
  });

  it("restores a member whose striking off was found wrong on complaint: back on the list, party age unbroken", async () => {
    const id = await leftBy("struck_off", "2026-05-04");
    const res = await post(id, { kind: "restoration", decisionNo: "12-QĐ/UBKTTU", decidedOn: "2026-09-01" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "full", partyAge: { since: "2010-03-01", years: 16, months: 8 } });
    const list = (
      await api(t.app).as(chibo).get(`/api/members?orgUnitId=${tree.cellA1}&status=full&pageSize=200`)
    ).json();
    expect(list.items.map((m: { id: string }) => m.id)).toContain(id);
    const timeline = (await api(t.app).as(chibo).get(`/api/members/${id}/events`)).json();
    expect(timeline.at(-1).details).toMatchObject({ annulledExit: "struck_off", exitedOn: "2026-05-04" });
  });
});
