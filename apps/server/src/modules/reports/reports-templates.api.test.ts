import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, testNow, useTestApp } from "../../../test/harness";
import { reports, reportTemplates, reportTemplateVersions } from "../../db/schema";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let coso: TestActor;
let member: TestActor;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
});

const monthly = (code: string) => ({
  code,
  name: "Báo cáo tháng của chi bộ",
  periodType: "month",
  reportingUnitTypes: ["cell", "grassroots_cell"],
  dueOffsetDays: 5,
  validFrom: "2026-01-01",
  sections: [
    {
      kind: "table",
      key: "members",
      title: "Công tác đảng viên",
      rows: [
        { indicator: "members.onList" },
        { indicator: "members.admitted", level: 1, percentOf: "entered.targets.admissions" },
        { indicator: "entered.targets.admissions" },
      ],
    },
    { kind: "narrative", key: "results", title: "Kết quả thực hiện nhiệm vụ" },
  ],
  rules: [{ left: "members.admitted", op: "lte", right: "members.onList", message: "Kết nạp không vượt tổng số" }],
  document: {
    typeCode: "BC",
    summary: "Kết quả công tác tháng {period}",
    signerAuthority: "T/M CHI BỘ",
    signerTitle: "BÍ THƯ",
    recipients: ["Đảng ủy cơ sở", "Lưu chi bộ"],
  },
});

const versionOf = (code: string, validFrom: string) => {
  const { code: _, ...rest } = monthly(code);
  return { ...rest, validFrom };
};

async function tableCounts() {
  const [templates] = await t.db.select({ n: count() }).from(reportTemplates);
  const [versions] = await t.db.select({ n: count() }).from(reportTemplateVersions);
  return { templates: templates?.n, versions: versions?.n };
}

async function created(code: string) {
  const reply = await api(t.app).as(admin).post("/api/reports/templates", monthly(code));
  expect(reply.statusCode).toBe(201);
  return reply.json();
}

describe("report templates", () => {
  it("creates a template with its first version; readers with report.read list and open it", async () => {
    const template = await created("cell_monthly_own");
    expect(template).toMatchObject({ code: "cell_monthly_own", versionNo: 1, version: 1, inUse: false });
    const list = (await api(t.app).as(coso).get("/api/reports/templates")).json();
    const listed = list.find((x: { id: string }) => x.id === template.id);
    expect(listed).toMatchObject({ name: "Báo cáo tháng của chi bộ", periodType: "month", dueOffsetDays: 5 });
    expect(listed.versions).toEqual([{ versionId: template.versionId, versionNo: 1, validFrom: "2026-01-01" }]);
    const one = (await api(t.app).as(coso).get(`/api/reports/templates/${template.id}`)).json();
    expect(one.sections[0].rows[1]).toEqual({
      indicator: "members.admitted",
      level: 1,
      percentOf: "entered.targets.admissions",
    });
    const history = await api(t.app)
      .as(admin)
      .get(`/api/audit-events?entityType=reportTemplate&entityId=${template.id}`);
    expect(history.statusCode).toBe(200);
    expect(history.json().map((e: { action: string }) => e.action)).toEqual(["reportTemplate.created"]);
  });

  it("adds a version after the latest one and answers the version in force on a day", async () => {
    const template = await created("base_monthly");
    const early = await api(t.app)
      .as(admin)
      .post(`/api/reports/templates/${template.id}/versions`, versionOf("x", "2026-01-01"));
    expect(early.statusCode).toBe(422);
    expect(early.json().fields).toHaveProperty("validFrom");
    const otherPeriod = { ...versionOf("x", "2027-01-01"), periodType: "year" };
    const yearly = await api(t.app).as(admin).post(`/api/reports/templates/${template.id}/versions`, otherPeriod);
    expect(yearly.statusCode).toBe(422);
    expect(yearly.json().fields).toHaveProperty("periodType");
    const next = { ...versionOf("x", "2027-01-01"), name: "Báo cáo tháng (mẫu 2027)" };
    const added = await api(t.app).as(admin).post(`/api/reports/templates/${template.id}/versions`, next);
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ versionNo: 2, validFrom: "2027-01-01", name: "Báo cáo tháng (mẫu 2027)" });
    const base = `/api/reports/templates/${template.id}`;
    expect((await api(t.app).as(coso).get(base)).json().versionNo).toBe(1);
    expect((await api(t.app).as(coso).get(`${base}?on=2027-02-01`)).json().versionNo).toBe(2);
    expect((await api(t.app).as(coso).get(`${base}?versionId=${added.json().versionId}`)).json().versionNo).toBe(2);
    expect((await api(t.app).as(coso).get(`${base}?on=2025-12-31`)).statusCode).toBe(404);
  });

  it("edits a version no report was submitted on; a stale version is 409", async () => {
    const template = await created("edited_monthly");
    const url = `/api/reports/templates/${template.id}/versions/${template.versionId}`;
    const edited = await api(t.app).as(admin).patch(url, { version: 1, name: "Báo cáo tháng (sửa)", dueOffsetDays: 3 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: "Báo cáo tháng (sửa)", dueOffsetDays: 3, version: 2 });
    expect(edited.json().sections).toHaveLength(2);
    const stale = await api(t.app).as(admin).patch(url, { version: 1, name: "Lần nữa" });
    expect(stale.statusCode).toBe(409);
    expect((await api(t.app).as(admin).get(`/api/reports/templates/${template.id}`)).json().name).toBe(
      "Báo cáo tháng (sửa)",
    );
  });

  it("refuses to edit a version a report was submitted on (409, nothing written) and says to make a new version", async () => {
    const template = await created("used_monthly");
    const reportId = randomUUID();
    await t.db.insert(reports).values({
      id: reportId,
      templateId: template.id,
      templateVersionId: template.versionId,
      orgUnitId: tree.cellA1,
      period: "2026-10",
      periodFrom: "2026-10-01",
      periodTo: "2026-10-31",
      dueOn: "2026-11-05",
      status: "returned",
      narrative: {},
      submittedAt: testNow,
      createdAt: testNow,
      updatedAt: testNow,
    });
    const before = await t.db
      .select()
      .from(reportTemplateVersions)
      .where(eq(reportTemplateVersions.id, template.versionId));
    const url = `/api/reports/templates/${template.id}/versions/${template.versionId}`;
    const refused = await api(t.app).as(admin).patch(url, { version: 1, name: "Đổi tên" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe(
      "Đã có báo cáo gửi theo phiên bản này; hãy tạo phiên bản mới có hiệu lực từ 01/12/2026.",
    );
    const after = await t.db
      .select()
      .from(reportTemplateVersions)
      .where(eq(reportTemplateVersions.id, template.versionId));
    expect(after).toEqual(before);
    expect((await api(t.app).as(coso).get(`/api/reports/templates/${template.id}`)).json().inUse).toBe(true);
    // A draft never submitted does not hold the version.
    await t.db.update(reports).set({ submittedAt: null, status: "draft" }).where(eq(reports.id, reportId));
    expect((await api(t.app).as(admin).patch(url, { version: 1, name: "Đổi tên" })).statusCode).toBe(200);
  });

  it("refuses anonymous (401), a role without report.template (403), malformed input (400), nothing written", async () => {
    const template = await created("guarded_monthly");
    const counts = await tableCounts();
    expect((await api(t.app).anonymous.get("/api/reports/templates")).statusCode).toBe(401);
    expect((await api(t.app).anonymous.post("/api/reports/templates", monthly("anon_x"))).statusCode).toBe(401);
    expect((await api(t.app).as(member).get("/api/reports/templates")).statusCode).toBe(403);
    expect((await api(t.app).as(member).get(`/api/reports/templates/${template.id}`)).statusCode).toBe(403);
    expect((await api(t.app).as(coso).post("/api/reports/templates", monthly("coso_x"))).statusCode).toBe(403);
    const versions = `/api/reports/templates/${template.id}/versions`;
    expect((await api(t.app).as(coso).post(versions, versionOf("x", "2027-01-01"))).statusCode).toBe(403);
    const patchUrl = `${versions}/${template.versionId}`;
    expect((await api(t.app).as(coso).patch(patchUrl, { version: 1, name: "Không được" })).statusCode).toBe(403);
    const bad = await api(t.app)
      .as(admin)
      .post("/api/reports/templates", { ...monthly("Bad Code"), sections: [] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(expect.arrayContaining(["code", "sections"]));
    expect((await api(t.app).as(admin).get("/api/reports/templates/not-a-uuid")).statusCode).toBe(400);
    expect((await api(t.app).as(admin).patch(patchUrl, { name: "Thiếu version" })).statusCode).toBe(400);
    expect(await tableCounts()).toEqual(counts);
  });

  it("lists the entered indicators with the computed ones, each with its kind, for the editor to offer", async () => {
    const list = (await api(t.app).as(coso).get("/api/reports/indicators")).json();
    expect(list.find((i: { id: string }) => i.id === "members.onList")).toMatchObject({ kind: "computed" });
    expect(list.find((i: { id: string }) => i.id === "entered.letters.received")).toEqual({
      id: "entered.letters.received",
      group: "inspection",
      label: "Đơn thư tiếp nhận",
      unit: "count",
      kind: "entered",
    });
  });

  it("answers 404 for an unknown template or a version of another template", async () => {
    const one = await created("first_of_two");
    const two = await created("second_of_two");
    expect((await api(t.app).as(admin).get(`/api/reports/templates/${randomUUID()}`)).statusCode).toBe(404);
    const crossed = `/api/reports/templates/${one.id}/versions/${two.versionId}`;
    expect((await api(t.app).as(admin).patch(crossed, { version: 1, name: "Chéo" })).statusCode).toBe(404);
    const missing = `/api/reports/templates/${randomUUID()}/versions`;
    expect((await api(t.app).as(admin).post(missing, versionOf("x", "2027-01-01"))).statusCode).toBe(404);
  });

  it("refuses unknown indicators, a duplicate section and a used code, naming the field, nothing written", async () => {
    await created("taken_code");
    const counts = await tableCounts();
    const input = monthly("unknown_rows");
    input.sections.push({ kind: "narrative", key: "members", title: "Trùng mã" });
    const table = input.sections[0] as { rows: { indicator: string }[] };
    table.rows[0] = { indicator: "members.nothing" };
    const refused = await api(t.app).as(admin).post("/api/reports/templates", input);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields).toEqual({
      "sections.0.rows.0.indicator": "không có chỉ tiêu này (chỉ tiêu tính từ hồ sơ hoặc chỉ tiêu nhập)",
      "sections.2.key": "trùng mã với một phần trước của mẫu",
      "rules.0.right": "phải là một chỉ tiêu có trong các bảng của mẫu, hoặc một số",
    });
    expect(refused.json().message).toContain("phần 1, dòng 1, chỉ tiêu");
    const taken = await api(t.app).as(admin).post("/api/reports/templates", monthly("taken_code"));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().fields).toHaveProperty("code");
    expect(await tableCounts()).toEqual(counts);
  });
});
