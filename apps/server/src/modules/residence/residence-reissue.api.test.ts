import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let otherChibo: TestActor;
let inspector: TestActor;
const tables = ["residence_registrations", "residence_comment_requests", "audit_events"];

/** A registered member of Chi bộ Văn phòng with an open request for 2026: its id, link and short code. */
async function aRequest(fullName: string) {
  const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName });
  await api(t.app).as(chibo).post(`/api/members/${memberId}/residence`, {
    address: "Số 5 phố Hàng Bông",
    residenceOrgName: "Chi bộ tổ dân phố số 3",
    registeredOn: "2024-01-10",
    case: "normal",
  });
  const res = await api(t.app).as(chibo).post("/api/residence/requests", { memberId, year: 2026, dueOn: "2026-12-15" });
  expect(res.statusCode).toBe(201);
  return res.json() as { request: { id: string }; link: string; shortCode: string };
}

const reissue = (actor: TestActor | null, id: string) =>
  api(t.app).as(actor).post(`/api/residence/requests/${id}/reissue`);
const publicUrl = (link: string) => `/api/public/residence/${link.split("/").pop()}`;

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (cấp lại)");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
});

describe("POST /api/residence/requests/:id/reissue", () => {
  it("gives a lost letter a new link and code; the old ones stop working", async () => {
    const first = await aRequest("Nguyễn Văn Mất");
    const res = await reissue(chibo, first.request.id);
    expect(res.statusCode).toBe(200);
    const again = res.json();
    expect(again.request).toMatchObject({ id: first.request.id, status: "requested", dueOn: "2026-12-15" });
    expect(again.link).not.toBe(first.link);
    expect(again.shortCode).not.toBe(first.shortCode);
    expect((await api(t.app).anonymous.get(publicUrl(first.link))).statusCode).toBe(404);
    const oldCode = await api(t.app).anonymous.post("/api/public/residence/code", { code: first.shortCode });
    expect(oldCode.statusCode).toBe(404);
    expect((await api(t.app).anonymous.get(publicUrl(again.link))).statusCode).toBe(200);
    const code = await api(t.app).anonymous.post("/api/public/residence/code", { code: again.shortCode });
    expect(code.json()).toEqual({ link: again.link });
    const history = await api(t.app)
      .as(chibo)
      .get(`/api/audit-events?entityType=residenceRequest&entityId=${first.request.id}`);
    expect(JSON.stringify(history.json())).toContain("residence.linkReissued");
  });

  it("refuses a request already answered (409), and 401, 403, 404 and a bad id, writing nothing", async () => {
    const answered = await aRequest("Trần Văn Đáp");
    const sent = await api(t.app).anonymous.post(publicUrl(answered.link), {
      assessment: "good",
      commentText: "Gương mẫu.",
      signerName: "Vũ Văn Hải",
      signerPosition: "Bí thư",
    });
    expect(sent.statusCode).toBe(200);
    const open = await aRequest("Lê Văn Chờ");
    const before = await snapshot(t.db, tables);
    const done = await reissue(chibo, answered.request.id);
    expect(done.statusCode).toBe(409);
    expect(done.json().message).toContain("Đã nhận nhận xét");
    expect((await reissue(null, open.request.id)).statusCode).toBe(401);
    expect((await reissue(inspector, open.request.id)).statusCode).toBe(403);
    expect((await reissue(otherChibo, open.request.id)).statusCode).toBe(404);
    expect((await reissue(chibo, "abc")).statusCode).toBe(400);
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});
