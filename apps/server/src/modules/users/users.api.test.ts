import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let coso: TestActor;
let chibo: TestActor;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root }, "quantri");
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA }, "coso");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 }, "chibo");
});

const newUser = (over: object = {}) => ({
  username: "bithu.a2",
  displayName: "Đỗ Văn Bình",
  password: "mat-khau-123",
  role: "cell_secretary",
  orgUnitId: tree.cellA2,
  ...over,
});

describe("users and grants", () => {
  it("lets a base committee create a cell secretary in its subtree", async () => {
    const res = await api(t.app).as(coso).post("/api/users", newUser());
    expect(res.statusCode).toBe(201);
    expect(res.json().grants).toEqual([
      expect.objectContaining({ role: "cell_secretary", orgUnitName: "Chi bộ Phòng Ngân sách" }),
    ]);
    const login = await api(t.app).anonymous.post("/api/auth/login", {
      username: "bithu.a2",
      password: "mat-khau-123",
    });
    expect(login.statusCode).toBe(200);
  });

  it("refuses a grant higher than the granter's own role (403) and changes nothing", async () => {
    const before = await snapshot(t.db);
    const res = await api(t.app)
      .as(coso)
      .post("/api/users", newUser({ username: "x.admin", role: "admin", orgUnitId: tree.baseA }));
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe("Bạn chỉ được cấp vai trò không cao hơn vai trò của mình.");
    expect(await snapshot(t.db)).toBe(before);
  });

  it("refuses a grant outside the granter's subtree (404)", async () => {
    expect(
      (
        await api(t.app)
          .as(coso)
          .post("/api/users", newUser({ username: "x.b1", orgUnitId: tree.cellB1 }))
      ).statusCode,
    ).toBe(404);
  });

  it("refuses a cell secretary managing users (403), anonymous (401), bad input (400), a taken name (409)", async () => {
    expect(
      (
        await api(t.app)
          .as(chibo)
          .post("/api/users", newUser({ username: "x.c", orgUnitId: tree.cellA1 }))
      ).statusCode,
    ).toBe(403);
    expect((await api(t.app).anonymous.post("/api/users", newUser())).statusCode).toBe(401);
    const taken = newUser({ username: "bithu.trung", displayName: "Đỗ Văn Trung" });
    expect((await api(t.app).as(coso).post("/api/users", taken)).statusCode).toBe(201);
    const before = await snapshot(t.db);
    const bad = await api(t.app)
      .as(coso)
      .post("/api/users", newUser({ username: "Có Dấu", password: "123" }));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(["password", "username"]);
    expect(
      (
        await api(t.app)
          .as(coso)
          .post("/api/users", { ...taken, displayName: "Người khác" })
      ).statusCode,
    ).toBe(409);
    expect(await snapshot(t.db)).toBe(before);
  });

  it("lists only users with a grant in the subtree", async () => {
    const made = newUser({ username: "bithu.khanh", displayName: "Hà Văn Khánh" });
    expect((await api(t.app).as(coso).post("/api/users", made)).statusCode).toBe(201);
    const names = (await api(t.app).as(coso).get("/api/users")).json().map((u: { username: string }) => u.username);
    expect(names).toContain("chibo");
    expect(names).toContain("bithu.khanh");
    expect(names).not.toContain("quantri");
    const all = (await api(t.app).as(admin).get("/api/users?q=khanh"))
      .json()
      .map((u: { username: string }) => u.username);
    expect(all).toEqual(["bithu.khanh"]);
  });

  it("hides a user above the subtree (404) and refuses editing them", async () => {
    expect((await api(t.app).as(coso).get(`/api/users/${admin.userId}`)).statusCode).toBe(404);
    expect(
      (await api(t.app).as(coso).patch(`/api/users/${admin.userId}`, { version: 1, isActive: false })).statusCode,
    ).toBe(404);
  });

  it("disables a user, signing them out everywhere, and refuses a stale version (409)", async () => {
    const victim = await anActor(t.db, { role: "member", orgUnitId: tree.cellA2 }, "dangvien.a2");
    const res = await api(t.app).as(coso).patch(`/api/users/${victim.userId}`, { version: 1, isActive: false });
    expect(res.statusCode).toBe(200);
    expect((await api(t.app).as(victim).get("/api/me")).statusCode).toBe(401);
    expect(
      (await api(t.app).as(coso).patch(`/api/users/${victim.userId}`, { version: 1, isActive: true })).statusCode,
    ).toBe(409);
  });

  it("adds and revokes a grant, and records both in the user's history", async () => {
    const made = newUser({ username: "bithu.lich", displayName: "Trịnh Văn Lịch" });
    const user = (await api(t.app).as(coso).post("/api/users", made)).json();
    const login = await api(t.app).anonymous.post("/api/auth/login", {
      username: made.username,
      password: made.password,
    });
    expect(login.statusCode).toBe(200);
    const added = await api(t.app)
      .as(coso)
      .post(`/api/users/${user.id}/grants`, { role: "member", orgUnitId: tree.cellA3 });
    expect(added.statusCode).toBe(200);
    const grant = added.json().grants.find((g: { role: string }) => g.role === "member");
    expect((await api(t.app).as(coso).delete(`/api/grants/${grant.id}`)).statusCode).toBe(200);
    const history = (await api(t.app).as(coso).get(`/api/audit-events?entityType=user&entityId=${user.id}`)).json();
    expect(history.map((e: { action: string }) => e.action)).toEqual([
      "user.created",
      "auth.login",
      "user.granted",
      "user.revoked",
    ]);
  });

  it("changes one's own password only with the current one", async () => {
    const chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
    const wrong = await api(t.app)
      .as(chibo)
      .post("/api/me/password", { currentPassword: "sai", newPassword: "mat-khau-moi-1" });
    expect(wrong.statusCode).toBe(422);
    const ok = await api(t.app)
      .as(chibo)
      .post("/api/me/password", { currentPassword: "correct-horse-1", newPassword: "mat-khau-moi-1" });
    expect(ok.statusCode).toBe(200);
  });
});
