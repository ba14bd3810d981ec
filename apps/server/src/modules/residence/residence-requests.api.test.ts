import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, testNow, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
let otherChibo: TestActor;
let member: TestActor;
let inspector: TestActor;
const tables = ["residence_registrations", "residence_comment_requests", "audit_events"];

/** A member registered at a residence by `actor` (the grassroots staff of the shared tree unless told). */
async function registered(orgUnitId: string, fullName: string, residenceCase = "normal", actor = coso) {
  const id = await aMember(t.db, { orgUnitId, fullName });
  const res = await api(t.app).as(actor).post(`/api/members/${id}/residence`, {
    address: "Thôn Đông, xã Yên Phong",
    residenceOrgName: "Chi bộ thôn Đông",
    registeredOn: "2024-01-10",
    case: residenceCase,
  });
  expect(res.statusCode).toBe(201);
  return id;
}

// Only the tree and the actors are shared: every test makes the members and requests it works on.
beforeAll(async () => {
  tree = await anOrgTree(t.db);
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
});

const ask = (actor: TestActor | null, body: object) => api(t.app).as(actor).post("/api/residence/requests", body);

/** A registered member of Chi bộ Văn phòng with an open request for 2026; returns the request's id. */
async function aRequest(fullName = "Lê Thị Cúc") {
  const memberId = await registered(tree.cellA1, fullName);
  const res = await ask(chibo, { memberId, year: 2026, dueOn: "2026-12-10" });
  expect(res.statusCode).toBe(201);
  return res.json().request.id as string;
}

describe("POST /api/residence/requests", () => {
  it("issues a single-use link once, storing only the token's hash", async () => {
    const an = await registered(tree.cellA1, "Nguyễn Văn An");
    const res = await ask(chibo, { memberId: an, year: 2026, dueOn: "2026-12-10" });
    expect(res.statusCode).toBe(201);
    const { link, request, expiresAt } = res.json();
    expect(link).toMatch(/^\/nhan-xet\/[A-Za-z0-9_-]{43}$/);
    expect(request).toMatchObject({ memberName: "Nguyễn Văn An", year: 2026, status: "requested", overdue: false });
    expect(new Date(expiresAt).getTime() - testNow.getTime()).toBe(60 * 86_400_000);
    const residence = await api(t.app).as(chibo).get(`/api/members/${an}/residence`);
    expect(residence.json().requests).toMatchObject([{ id: request.id }]);
    expect(JSON.stringify(residence.json())).not.toContain(link.split("/").pop());
  });

  it("refuses a second open request for the same year (409)", async () => {
    const an = await registered(tree.cellA1, "Nguyễn Văn An");
    expect((await ask(chibo, { memberId: an, year: 2026, dueOn: "2026-12-10" })).statusCode).toBe(201);
    const before = await snapshot(t.db, tables);
    expect((await ask(chibo, { memberId: an, year: 2026, dueOn: "2026-12-10" })).statusCode).toBe(409);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("refuses members not introduced, and exempt members without a reason (HD 33)", async () => {
    const hidden = await registered(tree.cellA1, "Phạm Văn Dũng", "not_introduced");
    const exempt = await registered(tree.cellA1, "Lê Thị Cúc", "introduced_exempt");
    const before = await snapshot(t.db, tables);
    const notIntroduced = await ask(chibo, { memberId: hidden, year: 2026, dueOn: "2026-12-10" });
    expect(notIntroduced.statusCode).toBe(422);
    expect(notIntroduced.json().code).toBe("residence.notIntroduced");
    const routine = await ask(chibo, { memberId: exempt, year: 2026, dueOn: "2026-12-10" });
    expect(routine.statusCode).toBe(422);
    expect(routine.json().fields.reason).toContain("lý do");
    expect(await snapshot(t.db, tables)).toBe(before);
    const needed = await ask(chibo, { memberId: exempt, year: 2026, dueOn: "2026-12-10", reason: "Xét khen thưởng" });
    expect(needed.statusCode).toBe(201);
  });

  it("refuses 401, 403, 404 and bad input without writing", async () => {
    const an = await registered(tree.cellA1, "Nguyễn Văn An");
    const far = await registered(tree.cellA2, "Đỗ Văn Giang");
    const before = await snapshot(t.db, tables);
    const body = { memberId: far, year: 2026, dueOn: "2026-12-10" };
    expect((await ask(null, body)).statusCode).toBe(401);
    expect((await ask(inspector, { ...body, memberId: an })).statusCode).toBe(403);
    expect((await ask(chibo, body)).statusCode).toBe(404);
    const bad = await ask(chibo, { memberId: "x", year: 1800, dueOn: "10/12/2026" });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(["dueOn", "memberId", "year"]);
    expect((await ask(chibo, { ...body, memberId: an, year: 2025, dueOn: "2026-01-01" })).statusCode).toBe(422);
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});

describe("GET /api/residence/requests", () => {
  it("lists the requests of the subtree only, flagging overdue ones", async () => {
    // A tree of its own, so the list holds exactly the requests made here.
    const own = await anOrgTree(t.db, " (danh sách)");
    const ownCoso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: own.baseA });
    const ownChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: own.cellA1 });
    const otherBase = await anActor(t.db, { role: "grassroots_staff", orgUnitId: own.baseB });
    const an = await registered(own.cellA1, "Nguyễn Văn An", "normal", ownCoso);
    const exempt = await registered(own.cellA1, "Lê Thị Cúc", "introduced_exempt", ownCoso);
    await registered(own.cellA1, "Phạm Văn Dũng", "not_introduced", ownCoso);
    const far = await registered(own.cellA2, "Đỗ Văn Giang", "normal", ownCoso);
    const outside = await registered(own.cellB1, "Hoàng Văn Hùng", "normal", otherBase);
    for (const [actor, body] of [
      [ownChibo, { memberId: an, year: 2026, dueOn: "2026-12-10" }],
      [ownChibo, { memberId: exempt, year: 2026, dueOn: "2026-12-10", reason: "Xét khen thưởng" }],
      [ownCoso, { memberId: far, year: 2026, dueOn: "2026-11-23" }],
      [otherBase, { memberId: outside, year: 2026, dueOn: "2026-12-10" }],
    ] as const) {
      expect((await ask(actor, body)).statusCode).toBe(201);
    }
    t.clock.now = new Date("2026-12-20T03:00:00Z");
    try {
      const all = await api(t.app).as(ownCoso).get("/api/residence/requests?year=2026");
      expect(all.statusCode).toBe(200);
      expect(all.json().total).toBe(3);
      expect(all.json().items.map((r: { memberName: string }) => r.memberName)).toEqual([
        "Đỗ Văn Giang",
        "Nguyễn Văn An",
        "Lê Thị Cúc",
      ]);
      expect(all.json().items.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
      const second = await api(t.app).as(ownCoso).get("/api/residence/requests?year=2026&page=2&pageSize=2");
      expect(second.json()).toMatchObject({ total: 3, items: [{ memberName: "Lê Thị Cúc" }] });
      const mine = await api(t.app).as(ownChibo).get("/api/residence/requests?status=overdue");
      expect(
        mine
          .json()
          .items.map((r: { memberName: string }) => r.memberName)
          .sort(),
      ).toEqual(["Lê Thị Cúc", "Nguyễn Văn An"]);
    } finally {
      t.clock.now = testNow;
    }
    const notYet = await api(t.app).as(ownChibo).get("/api/residence/requests?status=overdue");
    expect(notYet.json()).toEqual({ items: [], total: 0 });
  });

  it("answers 401 without a session, 404 for a unit outside the subtree, 400 for a bad filter", async () => {
    await aRequest("Nguyễn Văn An");
    expect((await api(t.app).anonymous.get("/api/residence/requests")).statusCode).toBe(401);
    expect((await api(t.app).as(chibo).get(`/api/residence/requests?orgUnitId=${tree.cellA2}`)).statusCode).toBe(404);
    expect((await api(t.app).as(chibo).get("/api/residence/requests?status=lost")).statusCode).toBe(400);
    expect((await api(t.app).as(chibo).get("/api/residence/requests?pageSize=201")).statusCode).toBe(400);
    expect((await api(t.app).as(chibo).get("/api/residence/requests")).json().items).not.toEqual([]);
    expect((await api(t.app).as(member).get("/api/residence/requests")).json()).toEqual({ items: [], total: 0 });
  });
});

describe("POST /api/residence/requests/:id/paper", () => {
  const comment = {
    assessment: "good",
    commentText: "Gương mẫu, tham gia đầy đủ sinh hoạt khu dân cư.",
    signerName: "Vũ Văn Hải",
    signerPosition: "Bí thư chi bộ thôn Đông",
    receivedOn: "2026-11-20",
  };

  it("refuses 401, 403, 404 and bad input without writing", async () => {
    const requestId = await aRequest();
    const url = `/api/residence/requests/${requestId}/paper`;
    const before = await snapshot(t.db, tables);
    expect((await api(t.app).anonymous.post(url, comment)).statusCode).toBe(401);
    expect((await api(t.app).as(inspector).post(url, comment)).statusCode).toBe(403);
    expect((await api(t.app).as(otherChibo).post(url, comment)).statusCode).toBe(404);
    const bad = await api(t.app)
      .as(chibo)
      .post(url, { ...comment, assessment: "great", commentText: "" });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(["assessment", "commentText"]);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("records a comment received on paper with its scan (multipart)", async () => {
    const requestId = await aRequest();
    const boundary = "----residence";
    const fields = Object.entries(comment).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    );
    const file = `--${boundary}\r\nContent-Disposition: form-data; name="scan"; filename="phieu.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 scan\r\n--${boundary}--\r\n`;
    const res = await api(t.app)
      .as(chibo)
      .post(`/api/residence/requests/${requestId}/paper`, fields.join("") + file, {
        "content-type": `multipart/form-data; boundary=${boundary}`,
      });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "received",
      via: "paper",
      scanFileName: "phieu.pdf",
      assessment: "good",
    });
    const again = await api(t.app).as(chibo).post(`/api/residence/requests/${requestId}/paper`, comment);
    expect(again.statusCode).toBe(409);
  });
});

describe("a paper comment sent as a form", () => {
  const boundary = "----residence-form";
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const scan = (fileName: string, content: string, name = "scan") =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n`;
  const fields = [
    field("assessment", "good"),
    field("commentText", "Gương mẫu."),
    field("signerName", "Vũ Văn Hải"),
    field("signerPosition", "Bí thư"),
    field("receivedOn", "2026-11-20"),
  ].join("");
  const send = (id: string, body: string) =>
    api(t.app)
      .as(chibo)
      .post(`/api/residence/requests/${id}/paper`, `${body}--${boundary}--\r\n`, {
        "content-type": `multipart/form-data; boundary=${boundary}`,
      });
  it("refuses an unknown field, a field twice, a second file or a file under another name (400) without writing", async () => {
    const requestId = await aRequest("Nguyễn Văn An");
    const before = await snapshot(t.db, tables);
    for (const body of [
      fields + field("role", "admin"),
      fields + field("signerName", "Người khác"),
      fields + scan("a.pdf", "%PDF-1.4") + scan("b.pdf", "%PDF-1.4"),
      fields + scan("a.pdf", "%PDF-1.4", "file"),
    ]) {
      const res = await send(requestId, body);
      expect(res.statusCode).toBe(400);
    }
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("takes a scan only as a PDF, JPG or PNG by its contents (422), keeping no bidi override in its name", async () => {
    const requestId = await aRequest("Nguyễn Văn An");
    const before = await snapshot(t.db, tables);
    for (const file of [
      scan("phieu.exe", "MZ\u0090\u0000"),
      scan("phieu.pdf", "MZ\u0090\u0000"),
      scan("phieu.html", "<html>"),
    ]) {
      const res = await send(requestId, fields + file);
      expect(res.statusCode).toBe(422);
      expect(res.json().fields.scan).toContain("PDF, JPG hoặc PNG");
    }
    expect(await snapshot(t.db, tables)).toBe(before);
    const res = await send(requestId, fields + scan("Phiếu\u202Egnp.pdf", "%PDF-1.4 scan"));
    expect(res.statusCode).toBe(200);
    expect(res.json().scanFileName).toBe("Phiếugnp.pdf");
  });
});
