import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";
import { aReportTemplate, testTemplate } from "../../../test/report-templates";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let half: string;

const url = (unit: string, period: string) => `/api/reports/${half}/${unit}/${period}`;
const onList = (body: { values: { indicator: string; value: number | null }[] }) =>
  body.values.find((v) => v.indicator === "members.onList")?.value;

// Two members in cellA1 (baseA) and one in cellB1 (baseB); baseA's 2026-H1 report is approved; on 1/9/2026 cellA1 is
// merged into cellB1, so its members now belong to baseB.
beforeAll(async () => {
  tree = await anOrgTree(t.db, " (lịch sử báo cáo)");
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  for (const name of ["Đỗ Văn Một", "Đỗ Văn Hai"]) await aMember(t.db, { orgUnitId: tree.cellA1, fullName: name });
  await aMember(t.db, { orgUnitId: tree.cellB1, fullName: "Vũ Thị Ba" });
  half = (await aReportTemplate(t.db, testTemplate("history_half", "half_year", ["cell", "grassroots_committee"]))).id;
  const draft = (await api(t.app).as(admin).patch(url(tree.baseA, "2026-H1"), { version: 0 })).json();
  const sent = (
    await api(t.app)
      .as(admin)
      .post(`${url(tree.baseA, "2026-H1")}/submit`, { version: draft.version })
  ).json();
  await api(t.app)
    .as(admin)
    .post(`${url(tree.baseA, "2026-H1")}/approve`, { version: sent.version });
  const unit = (await api(t.app).as(admin).get(`/api/org-units/${tree.cellA1}`)).json();
  const merge = { kind: "merge", version: unit.version, intoId: tree.cellB1, effectiveOn: "2026-09-01" };
  expect((await api(t.app).as(admin).post(`/api/org-units/${tree.cellA1}/events`, merge)).statusCode).toBe(200);
});

describe("reports of past periods after a reorganisation", () => {
  it("keep the figures of the period: the approved one frozen, a new one counted on the tree as it stood", async () => {
    const approved = (await api(t.app).as(admin).get(url(tree.baseA, "2026-H1"))).json();
    expect(approved.status).toBe("approved");
    expect(onList(approved)).toBe(2);
    const before = (await api(t.app).as(admin).get(url(tree.baseB, "2026-H1"))).json();
    expect(before.status).toBe("not_started");
    expect(onList(before)).toBe(1);
    const after = (await api(t.app).as(admin).get(url(tree.baseB, "2026-H2"))).json();
    expect(onList(after)).toBe(3);
    expect(onList((await api(t.app).as(admin).get(url(tree.baseA, "2026-H2"))).json())).toBe(0);
  });

  it("still open for a unit merged away since, under the unit above it had then", async () => {
    const res = await api(t.app).as(admin).get(url(tree.cellA1, "2026-H1"));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ parentUnitId: tree.baseA, status: "not_started" });
    expect(onList(res.json())).toBe(2);
    const drill = (
      await api(t.app)
        .as(admin)
        .get(`${url(tree.baseA, "2026-H1")}/children?indicator=members.onList`)
    ).json();
    expect(drill.find((r: { orgUnitId: string }) => r.orgUnitId === tree.cellA1)?.value).toBe(2);
  });
});
