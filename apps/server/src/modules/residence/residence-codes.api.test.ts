import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
const tables = ["residence_registrations", "residence_comment_requests", "audit_events"];

/** A registered member of Chi bộ Văn phòng with a fresh request for 2026: its link and short code. */
async function aRequest(fullName: string): Promise<{ token: string; shortCode: string; link: string }> {
  const id = await aMember(t.db, { orgUnitId: tree.cellA1, fullName });
  await api(t.app).as(chibo).post(`/api/members/${id}/residence`, {
    address: "Số 5 phố Hàng Bông",
    residenceOrgName: "Chi bộ tổ dân phố số 3",
    registeredOn: "2024-01-10",
    case: "normal",
  });
  const res = await api(t.app)
    .as(chibo)
    .post("/api/residence/requests", { memberId: id, year: 2026, dueOn: "2026-12-15" });
  expect(res.statusCode).toBe(201);
  const { link, shortCode } = res.json();
  return { link, shortCode, token: link.split("/").pop() };
}

const resolve = (code: string) => api(t.app).anonymous.post("/api/public/residence/code", { code });

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (mã ngắn)");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
});

describe("the public form", () => {
  it("names the member's cell with its parent, and the date to answer by", async () => {
    const { token } = await aRequest("Nguyễn Văn An");
    const res = await api(t.app).anonymous.get(`/api/public/residence/${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      memberName: "Nguyễn Văn An",
      cellName: "Chi bộ Văn phòng (mã ngắn)",
      parentName: "Đảng bộ Sở Tài chính (mã ngắn)",
      year: 2026,
      dueOn: "2026-12-15",
    });
  });

  it("says in plain words that a cut-off link is incomplete, and reads a link with a full stop glued on", async () => {
    const { token } = await aRequest("Trần Thị Bình");
    const cut = await api(t.app).anonymous.get(`/api/public/residence/${token.slice(0, 25)}`);
    expect(cut.statusCode).toBe(400);
    expect(cut.json().code).toBe("residence.linkIncomplete");
    expect(cut.json().message).toContain("chưa đầy đủ");
    expect(cut.json().message).toContain("18");
    expect(cut.json().message).not.toContain("quá nhỏ");
    const tiny = await api(t.app).anonymous.get("/api/public/residence/abc");
    expect(tiny.json().code).toBe("residence.linkIncomplete");
    const glued = await api(t.app).anonymous.get(`/api/public/residence/${token}.`);
    expect(glued.statusCode).toBe(200);
    const before = await snapshot(t.db, tables);
    const post = await api(t.app).anonymous.post(`/api/public/residence/${token.slice(0, 40)}`, {
      assessment: "good",
      commentText: "Tốt",
      signerName: "Vũ Văn Hải",
      signerPosition: "Bí thư",
    });
    expect(post.statusCode).toBe(400);
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});

describe("POST /api/public/residence/code", () => {
  it("leads a short code typed by hand, in any case and without the dash, to the long link", async () => {
    const { shortCode, link } = await aRequest("Lê Văn Cường");
    const typed = shortCode.replace("-", " ").toLowerCase();
    const res = await resolve(typed);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ link });
  });

  it("says how many characters a code has, which characters are not in codes, and when no letter has it", async () => {
    const before = await snapshot(t.db, tables);
    const short = await resolve("K7QM4-XP");
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.code).toBeTruthy();
    expect(short.json().message).toContain("10 ký tự");
    expect(short.json().message).toContain("7");
    const chars = await resolve("K7QM4-XPB9U");
    expect(chars.statusCode).toBe(400);
    expect(chars.json().message).toContain("U");
    const unknown = await resolve("00000-00000");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain("Không tìm thấy");
    expect((await api(t.app).anonymous.post("/api/public/residence/code", {})).statusCode).toBe(400);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("is limited to ten tries a minute from one address (429), another address going on", async () => {
    const from = (remoteAddress: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/public/residence/code",
        payload: { code: "00000-00000" },
        remoteAddress,
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await from("192.0.2.7")).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await from("192.0.2.8")).statusCode).toBe(404);
  });
});
