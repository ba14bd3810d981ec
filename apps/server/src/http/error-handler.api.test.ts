import fs from "node:fs";
import path from "node:path";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../test/builders";
import { anActor, api, type TestActor, testNow } from "../../test/harness";
import { openTestDatabase } from "../../test/test-db";
import type { Actor } from "../access/actor";
import { cachesOf } from "../access/caches";
import { resolveScope } from "../access/scope";
import { type App, buildApp } from "../app";
import type { Database, Db } from "../db/database";
import { registerErrorHandler } from "./error-handler";

/** A database whose raw queries fail while `fault.when` matches their SQL, as a dropped connection would. */
function faultyDb(db: Db, fault: { when: RegExp | null }): Db {
  const dialect = new PgDialect();
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "execute") return Reflect.get(target, property, receiver);
      return (query: SQL | string) => {
        const text = typeof query === "string" ? query : dialect.sqlToQuery(query).sql;
        if (fault.when?.test(text)) return Promise.reject(new Error("Connection terminated unexpectedly"));
        return target.execute(query);
      };
    },
  });
}

const fault: { when: RegExp | null } = { when: null };
let faulty: Db;
const logLines: string[] = [];
let database: Database;
let app: App;
let tree: StandardTree;
let admin: TestActor;
let memberId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  faulty = faultyDb(database.db, fault);
  app = await buildApp({
    db: faulty,
    clock: () => testNow,
    loginRateLimit: 1000,
    logStream: { write: (line: string) => void logLines.push(line) },
  });
  tree = await anOrgTree(database.db);
  admin = await anActor(database.db, { role: "admin", orgUnitId: tree.root });
  memberId = await aMember(database.db, { orgUnitId: tree.cellA1, fullName: "Nguyễn Văn Bí Mật" });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

// The unit chain is read from the tree the server holds: the faults empty it, so it is loaded (and fails) again.
const unitChainQuery = /with recursive up\(|from org_unit_versions where valid_to is null/;
function failUnitChain() {
  cachesOf(faulty)?.changed("dangvu_tree");
  fault.when = unitChainQuery;
}

describe("an unexpected error", () => {
  it("answers 500 with a generic message, never a 404 that hides it", async () => {
    failUnitChain();
    const res = await api(app).as(admin).get(`/api/members/${memberId}?q=Nguyen`);
    fault.when = null;
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: "server.error", fields: {} });
    expect(res.json().message).toMatch(/lỗi hệ thống/);
    expect(res.body).not.toContain("Connection terminated");
  });

  it("is logged with the request id and the route, without the query string or personal data", async () => {
    logLines.length = 0;
    failUnitChain();
    const res = await api(app).as(admin).get(`/api/members/${memberId}?q=Nguyen`);
    fault.when = null;
    expect(res.statusCode).toBe(500);
    const errors = logLines.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ reqId: expect.any(String), method: "GET", route: "/api/members/:id" });
    expect(res.json().message).toContain(errors[0].reqId);
    expect(JSON.stringify(errors[0])).toContain("Connection terminated");
    expect(JSON.stringify(errors[0])).not.toMatch(/Nguyen|Bí Mật|\?q=/);
  });

  it("in the users' visibility check answers 500 too", async () => {
    failUnitChain();
    const res = await api(app).as(admin).get(`/api/users/${admin.userId}`);
    fault.when = null;
    expect(res.statusCode).toBe(500);
  });

  it("still answers 404 for what is really not there", async () => {
    const res = await api(app).as(admin).get("/api/members/00000000-0000-4000-8000-000000000000");
    expect(res.statusCode).toBe(404);
  });
});

describe("a plugin's refusal of the request", () => {
  it("keeps its 4xx status with a generic message instead of becoming a 500", async () => {
    const bare = Fastify();
    registerErrorHandler(bare);
    const refusal = (statusCode: number, code: string) => Object.assign(new Error(code), { statusCode, code });
    bare.get("/files", async () => {
      throw refusal(413, "FST_FILES_LIMIT");
    });
    bare.get("/type", async () => {
      throw refusal(406, "FST_INVALID_MULTIPART_CONTENT_TYPE");
    });
    const tooMany = await bare.inject({ url: "/files" });
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().code).toBe("request.tooLarge");
    const wrongType = await bare.inject({ url: "/type" });
    expect(wrongType.statusCode).toBe(406);
    expect(wrongType.json()).toMatchObject({ code: "request.invalid", message: "Yêu cầu không hợp lệ." });
    await bare.close();
  });
});

describe("the scope of a list", () => {
  const grant = { id: "g", role: "member" as const, orgUnitId: "00000000-0000-4000-8000-000000000001" };
  const actor: Actor = {
    userId: "u",
    username: "u",
    displayName: "u",
    sessionId: "s",
    csrfToken: "c",
    grants: [{ ...grant, permissions: new Set(["x"]) }],
  };

  it("is never widened to everything when its query answers no row", async () => {
    const noRows = { execute: async () => ({ rows: [] }) } as unknown as Db;
    await expect(resolveScope(noRows, actor, "x")).rejects.toThrow();
  });

  it("is the actor's own subtree otherwise", async () => {
    const scope = await resolveScope(
      database.db,
      { ...actor, grants: [{ ...grant, orgUnitId: tree.cellA1, permissions: new Set(["x"]) }] },
      "x",
    );
    expect(scope).toEqual([tree.cellA1]);
  });
});

describe("services", () => {
  const src = path.resolve(import.meta.dirname, "..");
  const sources = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory()
          ? sources(path.join(dir, e.name))
          : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")
            ? [path.join(dir, e.name)]
            : [],
      );

  it("never turn every error into a value (catch only the error you expect)", () => {
    // A wrong or malformed password hash is a failed check, not an error of the server.
    const allowed = new Set(["modules/users/passwords.ts"]);
    const swallowing = sources(src)
      .filter((file) => !allowed.has(path.relative(src, file)))
      .filter((file) => /\.catch\(\s*(async\s*)?\(\)\s*=>/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(src, file));
    expect(swallowing).toEqual([]);
  });
});
