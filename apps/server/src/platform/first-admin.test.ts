import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/test-db";
import { verifyAuditChain } from "../audit/verify";
import type { Database } from "../db/database";
import { rowsOf } from "../db/sql";
import { isEmpty } from "../demo/seed";
import { verifyPassword } from "../modules/users";
import { createFirstAdmin } from "./first-admin";
import { defaultUnitName, firstAdminInput, type InitSources } from "./first-admin-input";
import { StartupError } from "./startup-failure";

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.close();
});

/** Init's sources with nothing given: no flags, no variables, stdin at its end and not a terminal. */
function sources(given: Partial<InitSources> & { stdin?: string[] } = {}): InitSources & { asked: string[] } {
  const lines = [...(given.stdin ?? [])];
  const asked: string[] = [];
  return {
    args: [],
    env: {},
    interactive: false,
    readLine: async () => lines.shift(),
    ask: async (question) => {
      asked.push(question);
      throw new Error(`asked "${question}" though nothing may be asked`);
    },
    asked,
    ...given,
  };
}

/** Runs init as `npx dangvu init` does: the answers, then the creation. */
async function init(from: InitSources) {
  const input = await firstAdminInput(from, await isEmpty(database.db));
  return { input, ...(await createFirstAdmin(database.db, input)) };
}

async function counts() {
  const [row] = rowsOf<{ users: number; units: number; events: number }>(
    await database.db.execute(sql`select (select count(*)::int from users) as users,
      (select count(*)::int from org_units) as units, (select count(*)::int from audit_events) as events`),
  );
  return row;
}

async function adminOf(username: string) {
  const [row] = rowsOf<{ display_name: string; password_hash: string; role_code: string; unit: string }>(
    await database.db.execute(sql`select u.display_name, u.password_hash, g.role_code, v.name as unit
      from users u join grants g on g.user_id = u.id
      join org_unit_versions v on v.org_unit_id = g.org_unit_id and v.valid_to is null
      where u.username = ${username}`),
  );
  return row;
}

/** The StartupError a promise rejects with (the test fails when it resolves). */
async function failure(promise: Promise<unknown>): Promise<StartupError> {
  const error = await promise.then(
    () => new Error("it succeeded"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  return error as StartupError;
}

describe("npx dangvu init without a terminal", () => {
  it("creates the top unit and the admin from flags and DANGVU_ADMIN_PASSWORD, with its audit entry", async () => {
    const { input, unitCreated } = await init(
      sources({
        args: ["--username", "Admin", "--display-name", "Quản trị viên", "--unit-name=Đảng bộ Khối các cơ quan tỉnh"],
        env: { DANGVU_ADMIN_PASSWORD: "mật khẩu dài" },
      }),
    );
    expect(unitCreated).toBe(true);
    expect(input.username).toBe("admin");
    const admin = await adminOf("admin");
    expect(admin).toMatchObject({ display_name: "Quản trị viên", role_code: "admin", unit: defaultUnitName });
    expect(await verifyPassword(admin?.password_hash as string, "mật khẩu dài")).toBe(true);
    expect(await counts()).toEqual({ users: 1, units: 1, events: 1 });
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it("takes every answer from the environment, and the password from one line of stdin with --password-stdin", async () => {
    await init(
      sources({
        args: ["--password-stdin"],
        env: {
          DANGVU_ADMIN_USERNAME: "it.officer",
          DANGVU_ADMIN_NAME: "Cán bộ CNTT",
          DANGVU_TOP_UNIT_NAME: "Đảng bộ Tỉnh",
        },
        stdin: ["password from stdin", "second line"],
      }),
    );
    const admin = await adminOf("it.officer");
    expect(admin).toMatchObject({ display_name: "Cán bộ CNTT", unit: "Đảng bộ Tỉnh" });
    expect(await verifyPassword(admin?.password_hash as string, "password from stdin")).toBe(true);
  });

  it("adds a second admin on the existing top unit, ignoring the unit name", async () => {
    await init(sources({ args: ["--username", "first"], env: { DANGVU_ADMIN_PASSWORD: "12345678" } }));
    const { unitCreated } = await init(
      sources({ args: ["--username", "second", "--unit-name", "Khác"], env: { DANGVU_ADMIN_PASSWORD: "12345678" } }),
    );
    expect(unitCreated).toBe(false);
    expect(await adminOf("second")).toMatchObject({ unit: defaultUnitName, role_code: "admin" });
    expect(await counts()).toEqual({ users: 2, units: 1, events: 2 });
  });

  it("names the flag and the variable of a missing username or password, asks nothing and writes nothing", async () => {
    const noUsername = sources({ env: { DANGVU_ADMIN_PASSWORD: "12345678" } });
    const error = await failure(init(noUsername));
    for (const text of [error.vi, error.en]) expect(text).toMatch(/--username.*DANGVU_ADMIN_USERNAME/);
    const noPassword = sources({ args: ["--username", "admin"] });
    const second = await failure(init(noPassword));
    for (const text of [second.vi, second.en]) expect(text).toMatch(/--password-stdin.*DANGVU_ADMIN_PASSWORD/);
    const emptyStdin = sources({ args: ["--username", "admin", "--password-stdin"] });
    expect((await failure(init(emptyStdin))).en).toContain("DANGVU_ADMIN_PASSWORD");
    expect([...noUsername.asked, ...noPassword.asked, ...emptyStdin.asked]).toEqual([]);
    expect(await counts()).toEqual({ users: 0, units: 0, events: 0 });
  });

  it("refuses a short password, a bad or taken username, and two passwords, writing nothing", async () => {
    const env = { DANGVU_ADMIN_PASSWORD: "12345678" };
    expect((await failure(init(sources({ args: ["--username", "a b"], env })))).en).toContain("not valid");
    const short = { DANGVU_ADMIN_PASSWORD: "1234567" };
    expect((await failure(init(sources({ args: ["--username", "admin"], env: short })))).en).toContain("8");
    const both = sources({ args: ["--username", "admin", "--password-stdin"], env, stdin: ["12345678"] });
    expect((await failure(init(both))).en).toContain("given twice");
    expect(await counts()).toEqual({ users: 0, units: 0, events: 0 });
    await init(sources({ args: ["--username", "admin"], env }));
    expect((await failure(init(sources({ args: ["--username", "admin"], env })))).en).toContain("already exists");
    expect(await counts()).toEqual({ users: 1, units: 1, events: 1 });
  });

  it("refuses a password given as a flag or an unknown flag, before anything", async () => {
    const env = { DANGVU_ADMIN_PASSWORD: "12345678" };
    for (const flag of ["--password", "--password=12345678", "--user"]) {
      const error = await failure(init(sources({ args: ["--username", "admin", flag], env })));
      expect(error.en).toContain("unknown option");
    }
    expect(await counts()).toEqual({ users: 0, units: 0, events: 0 });
  });
});

describe("npx dangvu init on a terminal", () => {
  it("asks each question when nothing is given, with the defaults", async () => {
    const answers = ["", "Chanh.VP", "Nguyễn Văn A", "mật khẩu mới"];
    const asked: string[] = [];
    await init(
      sources({
        interactive: true,
        ask: async (question) => {
          asked.push(question);
          return answers.shift() as string;
        },
      }),
    );
    expect(asked).toHaveLength(4);
    expect(asked[0]).toContain("Tên tổ chức cấp cao nhất");
    const admin = await adminOf("chanh.vp");
    expect(admin).toMatchObject({ display_name: "Nguyễn Văn A", unit: defaultUnitName, role_code: "admin" });
    expect(await verifyPassword(admin?.password_hash as string, "mật khẩu mới")).toBe(true);
  });

  it("asks nothing on a terminal when a flag or variable is given", async () => {
    const from = sources({
      interactive: true,
      args: ["--username", "admin"],
      env: { DANGVU_ADMIN_PASSWORD: "12345678" },
    });
    await init(from);
    expect(from.asked).toEqual([]);
    expect(await adminOf("admin")).toMatchObject({ role_code: "admin" });
  });
});
