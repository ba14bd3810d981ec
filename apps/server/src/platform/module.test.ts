import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { permissions, platformPermissions } from "../access/roles";
import { serverModules } from "../app";
import * as schema from "../db/schema";
import { buildRegistry, type ModuleDescriptor } from "./module";

const modules = serverModules({});
const noRoutes = async () => {};

describe("module descriptors", () => {
  it("lists every folder of src/modules in the app, once", () => {
    const folders = fs.readdirSync(path.resolve(import.meta.dirname, "../modules")).sort();
    expect(modules.map((m) => m.name).sort()).toEqual(folders);
  });

  it("gives every table of the schema exactly one owner", () => {
    const tables = Object.values(schema)
      .map((table) => (table as unknown as Record<symbol, string>)[Symbol.for("drizzle:Name")])
      .filter(Boolean)
      .sort();
    const owned = modules.flatMap((m) => m.tables).sort();
    // calendar_days and rule_settings belong to the platform (rules/), read through its helpers; rate_limit_hits to
    // the HTTP layer's shared rate limits (db/rate-limit-store.ts).
    expect([...owned, "calendar_days", "rule_settings", "rate_limit_hits"].sort()).toEqual(tables);
  });

  it("has every permission introduced by exactly one module or by the platform", () => {
    const claimed = [...modules.flatMap((m) => m.permissions ?? []), ...platformPermissions].sort();
    expect(claimed).toEqual([...permissions].sort());
  });

  it("refuses a table, an audit entity, an indicator or a unit count claimed twice, and an indicator outside its module's name", () => {
    const a: ModuleDescriptor = { name: "a", tables: ["t"], routes: noRoutes };
    expect(() => buildRegistry([a, { name: "b", tables: ["t"], routes: noRoutes }])).toThrow(/table "t"/);
    const entity = { locate: async () => undefined, readPermission: "org.read" as const };
    const withEntity = (name: string): ModuleDescriptor => ({
      name,
      tables: [],
      routes: noRoutes,
      auditEntities: { thing: entity },
    });
    expect(() => buildRegistry([withEntity("a"), withEntity("b")])).toThrow(/audit entity "thing"/);
    const indicator = {
      id: "b.x",
      group: "b",
      unit: "count" as const,
      label: { vi: "x", en: "x" },
      compute: async () => 0,
    };
    expect(() => buildRegistry([{ ...a, indicators: [indicator] }])).toThrow(/must start with a\./);
    const counting = (name: string): ModuleDescriptor => ({
      name,
      tables: [],
      routes: noRoutes,
      unitCounts: { members: () => sql`0` },
    });
    expect(() => buildRegistry([counting("a"), counting("b")])).toThrow(/unit count "members"/);
  });

  it("keeps the registry on each app instance, so building twice never doubles the hooks", () => {
    const first = buildRegistry(serverModules({}));
    const second = buildRegistry(serverModules({}));
    expect(second.orgEventHooks.length).toBe(first.orgEventHooks.length);
    expect(first.orgEventHooks.length).toBe(modules.filter((m) => m.orgEventHooks).length);
  });
});
