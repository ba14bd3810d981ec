import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";
import { ruleSettings } from "../../db/schema";
import { lifecycleDefaults } from "./members.settings";

// Every event and every record is judged by the rule version in force on its own date, not today's (issue 8 item 8).
// A committee's later version (here: an age limit of 55 from 1/6/2026, made up for the test) leaves older cases alone.
const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let introducers: { memberId: string; workedSince: string }[];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (phiên bản quy tắc)");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  introducers = [
    { memberId: await aMember(t.db, { orgUnitId: tree.cellA1 }), workedSince: "2019-01-01" },
    { memberId: await aMember(t.db, { orgUnitId: tree.cellA1 }), workedSince: "2019-01-01" },
  ];
  await t.db.insert(ruleSettings).values({
    key: "member.lifecycle",
    validFrom: "2026-06-01",
    value: { ...lifecycleDefaults(), admissionAgeMax: 55 },
    source: "thử nghiệm",
    confidence: "C",
  });
});

const post = (id: string, body: object) => api(t.app).as(chibo).post(`/api/members/${id}/events`, body);
const candidate = () =>
  aMember(t.db, {
    orgUnitId: tree.cellA1,
    status: "candidate",
    birthDate: "1969-03-01",
    courseCompletedOn: "2026-01-15",
  });
const admission = (decidedOn: string) => ({ kind: "admission", decisionNo: "20-QĐ/ĐU", decidedOn, introducers });

describe("rule versions by the event's own date", () => {
  it("admits at 57 under the version in force on the decision (60), refuses it under the later one (55)", async () => {
    const before = await post(await candidate(), admission("2026-05-04"));
    expect(before.statusCode, before.body).toBe(200);
    const after = await post(await candidate(), admission("2026-07-01"));
    expect(after.statusCode).toBe(422);
    expect(after.json().message).toContain("trên 55 tuổi");
  });

  it("judges a record entered from paper by the version in force on its decision date", async () => {
    const record = (admissionDecidedOn: string, n: number) => ({
      fullName: `Trịnh Văn Hồ Sơ ${n}`,
      sex: "male",
      birthDate: "1969-03-01",
      orgUnitId: tree.cellA1,
      status: "probationary",
      admissionDecidedOn,
      ceremonyOn: admissionDecidedOn,
    });
    expect((await api(t.app).as(chibo).post("/api/members", record("2026-05-04", 1))).statusCode).toBe(201);
    const later = await api(t.app).as(chibo).post("/api/members", record("2026-07-01", 2));
    expect(later.statusCode).toBe(422);
    expect(later.json().fields.admissionDecidedOn).toContain("trên 55");
  });
});

describe("the ceremony deadline counts from the day the cell received the decision", () => {
  it("records the receipt and dates the 'ceremony overdue' reminder 30 working days after it", async () => {
    const id = await candidate();
    const res = await post(id, { ...admission("2026-05-04"), decisionReceivedOn: "2026-05-05" });
    expect(res.statusCode, res.body).toBe(200);
    const late = await aMember(t.db, { orgUnitId: tree.cellA1, status: "candidate", courseCompletedOn: "2026-01-15" });
    const admitted = await post(late, { ...admission("2026-09-01"), decisionReceivedOn: "2026-10-20" });
    expect(admitted.statusCode, admitted.body).toBe(200);
    const reminders = (await api(t.app).as(chibo).get("/api/reminders")).json() as {
      kind: string;
      memberId: string;
      dueOn: string;
    }[];
    expect(reminders.find((r) => r.memberId === late && r.kind === "ceremony_overdue")?.dueOn).toBe("2026-12-01");
    const early = { kind: "ceremony", ceremonyOn: "2026-10-15" };
    expect((await post(late, early)).json().code).toBe("member.ceremonyBeforeReceipt");
    expect((await post(late, { kind: "ceremony", ceremonyOn: "2026-11-20" })).statusCode).toBe(200);
  });
});
