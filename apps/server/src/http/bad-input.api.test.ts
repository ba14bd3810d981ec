import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let memberId: string;
const tables = ["org_units", "org_unit_versions", "members", "member_events", "meetings", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  memberId = await aMember(t.db, { orgUnitId: tree.cellA1, status: "probationary" });
});

/** A JSON body with a lone surrogate, which JSON.stringify would escape as it must but a client need not. */
const withLoneSurrogate = (body: object) => JSON.stringify(body).replace("SURROGATE", "\\ud800");

describe("bad text and dates in a request", () => {
  it("answer 400, never 500, in query strings: NUL, and dates such as 0000-01-01", async () => {
    const as = api(t.app).as(admin);
    const urls = [
      "/api/members?q=%00",
      "/api/members?q=Nguy%00n",
      "/api/members?ethnicity=%00",
      "/api/org-units?q=%00",
      "/api/org-units?asOf=0000-01-01",
      `/api/org-units/${tree.cellA1}?asOf=0000-01-01`,
      `/api/reports/figures?indicator=members.onList&orgUnitId=${tree.root}&from=0000-01-01&to=2026-01-01`,
      `/api/reports/figures?indicator=%00&orgUnitId=${tree.root}&from=2026-01-01&to=2026-12-31`,
    ];
    for (const url of urls) expect((await as.get(url)).statusCode, url).toBe(400);
  });

  it("answer 400 with the field named in bodies, writing nothing", async () => {
    const before = await snapshot(t.db, tables);
    const as = api(t.app).as(admin);
    const unit = { name: "Chi bộ Mới", type: "cell", parentId: tree.baseA, establishedOn: "2020-01-01" };
    const nul = await as.post("/api/org-units", { ...unit, name: "Chi bộ\u0000Mới" });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().fields.name).toMatch(/ký tự không hợp lệ/);
    const surrogate = await as.post("/api/org-units", withLoneSurrogate({ ...unit, name: "Chi bộ SURROGATE" }), {
      "content-type": "application/json",
    });
    expect(surrogate.statusCode).toBe(400);
    const year0 = await as.post("/api/org-units", { ...unit, establishedOn: "0000-01-01" });
    expect(year0.statusCode).toBe(400);
    expect(year0.json().fields.establishedOn).toMatch(/1900.*2100/);
    const note = await as.post("/api/org-units", { ...unit, decisionNo: "\u0000" });
    expect(note.statusCode).toBe(400);
    const meeting = {
      orgUnitId: tree.cellA1,
      kind: "regular",
      topic: "Sinh hoạt",
      scheduledAt: "2026-12-05T07:30:00+07:00",
    };
    expect((await as.post("/api/meetings", { ...meeting, scheduledAt: "0000-01-01T00:00:00Z" })).statusCode).toBe(400);
    expect((await as.post("/api/meetings", { ...meeting, place: "Phòng\u0000họp" })).statusCode).toBe(400);
    const event = { kind: "full_membership", version: 1, decisionNo: "1-QĐ/ĐU", decidedOn: "0000-01-01" };
    expect((await as.post(`/api/members/${memberId}/events`, event)).statusCode).toBe(400);
    expect(
      (await as.post(`/api/members/${memberId}/events`, { ...event, decidedOn: "2026-11-01", note: "\u0000" }))
        .statusCode,
    ).toBe(400);
    const login = await api(t.app).anonymous.post("/api/auth/login", { username: "a\u0000b", password: "x" });
    expect(login.statusCode).toBe(400);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("still takes Vietnamese, combining marks, emoji and right-to-left text", async () => {
    const res = await api(t.app).as(admin).post("/api/org-units", {
      name: "Chi bộ Nguye\u0302\u0303n 😀 مرحبا",
      type: "cell",
      parentId: tree.baseA,
      establishedOn: "2020-01-01",
    });
    expect(res.statusCode).toBe(201);
  });
});
