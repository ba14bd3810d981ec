import { beforeAll, describe, expect, it } from "vitest";
import { aUnit } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";
import { aReportTemplate, testTemplate } from "../../../test/report-templates";

const t = useTestApp();
let province: string;
let bloc: string;
let base: string;
let office: TestActor;
let staff: TestActor;
let half: string;

// A province above a bloc committee, a base committee under the bloc; the office's grant sits on the province.
beforeAll(async () => {
  province = await aUnit(t.db, { name: "Đảng bộ tỉnh Hộp Thư", type: "provincial_committee" });
  bloc = await aUnit(t.db, { name: "Đảng ủy Khối Hộp Thư", type: "upper_committee", parentId: province });
  base = await aUnit(t.db, { name: "Đảng bộ Sở Hộp Thư", type: "grassroots_committee", parentId: bloc });
  office = await anActor(t.db, { role: "admin", orgUnitId: province });
  staff = await anActor(t.db, { role: "grassroots_staff", orgUnitId: base });
  half = (
    await aReportTemplate(t.db, testTemplate("inbox_half", "half_year", ["upper_committee", "grassroots_committee"]))
  ).id;
});

describe("the inbox of an office whose grant sits on a unit that files no reports", () => {
  it("lists the reports of the committees directly under it to fill, and theirs to review", async () => {
    const at = `/api/reports/${half}/${base}/2026-H1`;
    const draft = (
      await api(t.app)
        .as(staff)
        .patch(at, { version: 0, narrative: { results: "Tốt" } })
    ).json();
    expect((await api(t.app).as(staff).post(`${at}/submit`, { version: draft.version })).statusCode).toBe(200);
    const inbox = (await api(t.app).as(office).get("/api/reports/inbox")).json();
    const mine = inbox.toFill.filter((r: { templateId: string }) => r.templateId === half);
    expect(mine.map((r: { orgUnitId: string; period: string }) => `${r.orgUnitId}/${r.period}`)).toEqual(
      expect.arrayContaining([`${bloc}/2026-H2`, `${bloc}/2026-H1`]),
    );
    expect(mine.some((r: { orgUnitId: string }) => r.orgUnitId === province)).toBe(false);
    expect(inbox.toReview).toEqual([expect.objectContaining({ orgUnitId: base, period: "2026-H1" })]);
  });
});
