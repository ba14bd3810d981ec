import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cachesOf } from "@dangvu/server/src/access/caches";
import { serverModules } from "@dangvu/server/src/app";
import { vietnamDate } from "@dangvu/server/src/context";
import type { Database } from "@dangvu/server/src/db/database";
import { grants } from "@dangvu/server/src/db/schema";
import type { GeneratedMember } from "@dangvu/server/src/demo/members";
import { importMembersForBench } from "@dangvu/server/src/modules/members/bench-entry";
import { loadActor } from "@dangvu/server/src/modules/users";
import { buildRegistry } from "@dangvu/server/src/platform/module";
import { copyRows, importRows, readOnly, writeXlsx } from "./import";
import type { Loaded } from "./load";

/** Times a validated import of generated members against reading the same file plus COPY of the same rows. */
export async function importOnce(database: Database, loaded: Loaded, people: GeneratedMember[], url: string) {
  const units = new Map(loaded.units.map((u) => [u.id, u]));
  const rows = importRows(people, units);
  const file = path.join(os.tmpdir(), `dangvu-bench-import-${process.pid}.xlsx`);
  await writeXlsx(file, rows);
  const root = loaded.units[0];
  await database.db.insert(grants).values({
    id: randomUUID(),
    userId: loaded.userId,
    roleCode: "admin",
    orgUnitId: root?.id as string,
    createdAt: new Date(),
  });
  // The grant was written beside the running app: its notice must reach the app's caches before the actor is read.
  await cachesOf(database.db)?.sync();
  const actor = await loadActor(database.db, loaded.sessionId, new Date());
  if (!actor) throw new Error("no bench actor");
  const now = new Date();
  const ctx = {
    db: database.db,
    actor,
    now,
    today: vietnamDate(now),
    lang: "vi" as const,
    registry: buildRegistry(serverModules({})),
    transaction: <T>(fn: (tx: never) => Promise<T>) => database.db.transaction(fn as never) as Promise<T>,
  };
  const buffer = fs.readFileSync(file);
  let t = performance.now();
  const report = await importMembersForBench(ctx, buffer, randomUUID()).catch((error) => {
    for (const e of error.extra?.report?.errors?.slice(0, 5) ?? [])
      console.error(JSON.stringify(e), JSON.stringify(rows[e.row - 2]));
    throw error;
  });
  const seconds = (performance.now() - t) / 1000;
  if (report.imported !== rows.length)
    throw new Error(`imported ${report.imported} of ${rows.length}: ${JSON.stringify(report.errors.slice(0, 3))}`);
  t = performance.now();
  const read = await readOnly(file);
  await copyRows(url, rows);
  const floorSeconds = (performance.now() - t) / 1000;
  fs.rmSync(file, { force: true });
  return { rows: read, seconds, floorSeconds, ratio: seconds / floorSeconds, fileMiB: buffer.length / 2 ** 20 };
}
