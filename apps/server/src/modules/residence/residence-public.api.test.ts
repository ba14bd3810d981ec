import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, figure, snapshot, type TestActor, testNow, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
const tables = ["residence_registrations", "residence_comment_requests", "audit_events"];
const comment = {
  assessment: "good",
  commentText: "Đồng chí gương mẫu, tích cực tham gia sinh hoạt tổ dân phố.",
  signerName: "Vũ Văn Hải",
  signerPosition: "Bí thư chi bộ tổ dân phố số 3",
};

/** A member of Chi bộ Văn phòng (of `tree` unless told) registered at a residence, with a fresh comment link for 2026. */
async function aLink(fullName: string, cellId = tree.cellA1, secretary = chibo): Promise<string> {
  const id = await aMember(t.db, { orgUnitId: cellId, fullName, citizenId: null });
  const registered = await api(t.app).as(secretary).post(`/api/members/${id}/residence`, {
    address: "Số 5 phố Hàng Bông",
    residenceOrgName: "Chi bộ tổ dân phố số 3",
    registeredOn: "2024-01-10",
    case: "normal",
  });
  expect(registered.statusCode).toBe(201);
  const res = await api(t.app)
    .as(secretary)
    .post("/api/residence/requests", { memberId: id, year: 2026, dueOn: "2026-12-15" });
  expect(res.statusCode).toBe(201);
  return `/api/public/residence/${res.json().link.split("/").pop()}`;
}

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
});

describe("the public residence comment form", () => {
  it("reveals only the member's name, cell and its parent, the year and the date to answer by", async () => {
    const url = await aLink("Nguyễn Văn An");
    const res = await api(t.app).anonymous.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      memberName: "Nguyễn Văn An",
      cellName: "Chi bộ Văn phòng",
      parentName: "Đảng bộ Sở Tài chính",
      year: 2026,
      dueOn: "2026-12-15",
    });
  });

  it("takes one comment without an account or CSRF token, then refuses the link (409)", async () => {
    const url = await aLink("Trần Thị Bình");
    const res = await api(t.app).anonymous.post(url, comment);
    expect(res.statusCode).toBe(200);
    const before = await snapshot(t.db, tables);
    const again = await api(t.app).anonymous.post(url, comment);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain("chỉ dùng được một lần");
    expect((await api(t.app).anonymous.get(url)).statusCode).toBe(409);
    expect(await snapshot(t.db, tables)).toBe(before);
    const list = await api(t.app).as(chibo).get("/api/residence/requests?status=received");
    expect(list.json().items).toMatchObject([
      { memberName: "Trần Thị Bình", via: "link", ...comment, receivedOn: "2026-11-23" },
    ]);
  });

  it("refuses an expired link (410) and writes nothing", async () => {
    const url = await aLink("Lê Văn Cường");
    t.clock.now = new Date(testNow.getTime() + 61 * 86_400_000);
    try {
      const before = await snapshot(t.db, tables);
      const res = await api(t.app).anonymous.post(url, comment);
      expect(res.statusCode).toBe(410);
      expect(res.json().message).toContain("hết hạn");
      expect((await api(t.app).anonymous.get(url)).statusCode).toBe(410);
      expect(await snapshot(t.db, tables)).toBe(before);
    } finally {
      t.clock.now = testNow;
    }
  });

  it("refuses an unknown token (404) and bad input (400) without writing", async () => {
    const url = await aLink("Phạm Thị Dung");
    const before = await snapshot(t.db, tables);
    const unknown = await api(t.app).anonymous.post(`/api/public/residence/${"A".repeat(43)}`, comment);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain("không đúng");
    const bad = await api(t.app).anonymous.post(url, { ...comment, assessment: "excellent", signerName: "" });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(["assessment", "signerName"]);
    expect(await snapshot(t.db, tables)).toBe(before);
    expect((await api(t.app).anonymous.get(url)).statusCode).toBe(200);
  });
});

describe("residence indicators", () => {
  it("count comments requested and received in a subtree and period", async () => {
    // A tree of its own, so the figures count exactly the requests made here.
    const own = await anOrgTree(t.db, " (chỉ tiêu)");
    const ownChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: own.cellA1 });
    const cellA3Chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: own.cellA3 });
    const yChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: own.cellB1 });
    const answered = await aLink("Nguyễn Văn An", own.cellA1, ownChibo);
    await aLink("Trần Thị Bình", own.cellA1, ownChibo);
    await aLink("Lê Văn Cường", own.cellA3, cellA3Chibo);
    await aLink("Phạm Thị Dung", own.cellB1, yChibo);
    expect((await api(t.app).anonymous.post(answered, comment)).statusCode).toBe(200);
    const admin = await anActor(t.db, { role: "admin", orgUnitId: own.root });
    const requested = "residence.commentsRequested";
    const received = "residence.commentsReceived";
    expect(await figure(t.app, admin, requested, own.baseA, "2026-01-01", "2026-12-31")).toBe(3);
    expect(await figure(t.app, admin, received, own.baseA, "2026-01-01", "2026-12-31")).toBe(1);
    expect(await figure(t.app, admin, requested, own.cellA1, "2026-01-01", "2026-12-31")).toBe(2);
    expect(await figure(t.app, admin, requested, own.baseB, "2026-01-01", "2026-12-31")).toBe(1);
    expect(await figure(t.app, admin, received, own.baseB, "2026-01-01", "2026-12-31")).toBe(0);
    expect(await figure(t.app, admin, requested, own.cellA1, "2025-01-01", "2025-12-31")).toBe(0);
  });
});
