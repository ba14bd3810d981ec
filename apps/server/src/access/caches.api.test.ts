import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aMember, anOrgTree, aUnit } from "../../test/builders";
import { anActor, api, testNow, useTestApp } from "../../test/harness";
import { buildApp } from "../app";
import type { Db } from "../db/database";
import { openPostgres } from "../db/database";
import { rowsOf } from "../db/sql";
import type { Actor } from "./actor";
import { cachesOf } from "./caches";
import { ancestorsOrSelf, resolveScope, scopeUnitList } from "./scope";

// The server keeps signed-in actors and the tree between requests (access/caches.ts); every change made in the
// database, by any path, must reach the next request.
const t = useTestApp();

/** The same database without the server's caches: every answer comes from SQL. */
const uncached = (db: Db) => new Proxy(db, {}) as Db;

describe("the server's caches", () => {
  it("refuse a grant revoked in the database on the very next request", async () => {
    const tree = await anOrgTree(t.db, " (thu hồi)");
    const secretary = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
    const member = await aMember(t.db, { orgUnitId: tree.cellA1 });
    expect((await api(t.app).as(secretary).get(`/api/members/${member}`)).statusCode).toBe(200);
    await t.db.execute(sql`update grants set revoked_at = now() where user_id = ${secretary.userId}`);
    expect((await api(t.app).as(secretary).get(`/api/members/${member}`)).statusCode).toBe(404);
  });

  it("sign a session out once it is deleted or its user disabled", async () => {
    const tree = await anOrgTree(t.db, " (phiên)");
    const one = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
    const two = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
    for (const actor of [one, two]) expect((await api(t.app).as(actor).get("/api/me")).statusCode).toBe(200);
    await t.db.execute(sql`delete from sessions where user_id = ${one.userId}`);
    await t.db.execute(sql`update users set is_active = false where id = ${two.userId}`);
    for (const actor of [one, two]) expect((await api(t.app).as(actor).get("/api/me")).statusCode).toBe(401);
  });

  it("take a moved unit out of the old subtree at once", async () => {
    const tree = await anOrgTree(t.db, " (chuyển)");
    const staff = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
    const member = await aMember(t.db, { orgUnitId: tree.cellA1 });
    expect((await api(t.app).as(staff).get(`/api/members/${member}`)).statusCode).toBe(200);
    const listed = await api(t.app).as(staff).get("/api/members?pageSize=200");
    expect(listed.json().items.map((m: { id: string }) => m.id)).toContain(member);
    await t.db.execute(
      sql`update org_unit_versions set parent_id = ${tree.baseB} where org_unit_id = ${tree.cellA1} and valid_to is null`,
    );
    expect((await api(t.app).as(staff).get(`/api/members/${member}`)).statusCode).toBe(404);
    const after = await api(t.app).as(staff).get("/api/members?pageSize=200");
    expect(after.json().items.map((m: { id: string }) => m.id)).not.toContain(member);
  });

  it("do not keep what a rolled-back change read", async () => {
    const tree = await anOrgTree(t.db, " (hoàn tác)");
    const staff = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
    const member = await aMember(t.db, { orgUnitId: tree.cellA1 });
    await expect(
      t.db.transaction(async (tx) => {
        await tx.execute(sql`update grants set revoked_at = now() where user_id = ${staff.userId}`);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await api(t.app).as(staff).get(`/api/members/${member}`)).statusCode).toBe(200);
  });

  it("answer scopes and unit chains exactly as the database does", async () => {
    const tree = await anOrgTree(t.db, " (đối chiếu)");
    const extra = await aUnit(t.db, { name: "Chi bộ mới", type: "cell", parentId: tree.subA });
    const units = [...Object.values(tree), extra];
    expect(cachesOf(t.db)?.live).toBe(true);
    for (const unit of units) {
      const actor: Actor = {
        userId: "u",
        username: "u",
        displayName: "u",
        sessionId: "s",
        csrfToken: "c",
        grants: [{ id: "g", role: "grassroots_staff", orgUnitId: unit, permissions: new Set(["member.read"]) }],
      };
      expect(await ancestorsOrSelf(t.db, unit)).toEqual(await ancestorsOrSelf(uncached(t.db), unit));
      for (const within of [undefined, tree.baseA, tree.subA, tree.cellB1]) {
        const cached = await resolveScope(t.db, actor, "member.read", within);
        const direct = await resolveScope(uncached(t.db), actor, "member.read", within);
        const sorted = (s: string[] | "all") => (s === "all" ? s : [...s].sort());
        expect(sorted(cached)).toEqual(sorted(direct));
        const listed = async (db: Db) =>
          rowsOf<{ id: string }>(
            await db.execute(sql`select id from (${await scopeUnitList(db, actor, "member.read", within)}) s`),
          )
            .map((r) => r.id)
            .sort();
        expect(await listed(t.db)).toEqual(await listed(uncached(t.db)));
      }
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("two app servers on one PostgreSQL", () => {
  it("each sees a grant revoked through the other within a second", async () => {
    const url = t.database.pool?.options.connectionString as string;
    const other = openPostgres(url, 2);
    const second = await buildApp({ db: other.db, clock: () => testNow, logger: false });
    try {
      const tree = await anOrgTree(t.db, " (hai máy chủ)");
      const secretary = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
      const member = await aMember(t.db, { orgUnitId: tree.cellA1 });
      const onSecond = () => second.inject({ url: `/api/members/${member}`, headers: { cookie: secretary.cookie } });
      expect((await onSecond()).statusCode).toBe(200);
      await t.db.execute(sql`update grants set revoked_at = now() where user_id = ${secretary.userId}`);
      const deadline = Date.now() + 1000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await onSecond()).statusCode;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe(404);
    } finally {
      await second.close();
      await other.close();
    }
  });
});
