import type { Actor } from "./access/actor";
import type { Db, Tx } from "./db/database";
import type { Lang } from "./i18n";
import type { Registry } from "./platform/module";

/** What a service needs about the request: the database, who acts, when, and in which language. */
export interface Ctx {
  db: Db;
  actor: Actor;
  now: Date;
  today: string;
  lang: Lang;
  /** What the modules contribute: audit entities, org-event hooks, indicators. */
  registry: Registry;
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

/** The context of a request that needs no sign-in. */
export type PublicCtx = Omit<Ctx, "actor"> & { actor: Actor | null };

/** The date in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The context of a service called inside an open transaction: its reads and writes go through `tx`, and its own
 * transaction becomes a savepoint of it, so that a failure there aborts the caller's whole write.
 */
export function withinTransaction(ctx: Ctx, tx: Tx): Ctx {
  return { ...ctx, db: tx, transaction: (fn) => tx.transaction(fn) };
}
