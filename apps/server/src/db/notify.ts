import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { Db } from "./database";

/**
 * The channels the database announces changes on (triggers of migration 0017): `dangvu_auth` when sessions, users,
 * grants or roles change, `dangvu_tree` when the organisation tree does, `dangvu_settings` when rule settings, the
 * holiday calendar or report templates do (migration 0023). Caches of the signed-in actor and of the
 * tree listen, on every app server, so a change made anywhere (another server, the CLI, a restore) reaches them.
 */
export type Channel = "dangvu_auth" | "dangvu_tree" | "dangvu_settings";

export interface Listener {
  /** False while the listening connection is down: caches must not be trusted then. */
  readonly live: boolean;
  /**
   * Resolves once every notification committed before the call has been handled. PGlite delivers them before a
   * commit returns; PostgreSQL on the listening connection, so one round trip on it drains them.
   */
  sync(): Promise<void>;
  close(): Promise<void>;
}

type OnChange = (channel: Channel | "reset") => void;

const channels: Channel[] = ["dangvu_auth", "dangvu_tree", "dangvu_settings"];

/** Listens for the change channels on the database behind `db` (PGlite in process, or a PostgreSQL pool). */
export async function listenForChanges(db: Db, onChange: OnChange): Promise<Listener> {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool) return listenPostgres(client, onChange);
  const pglite = client as PGlite;
  const stops = await Promise.all(channels.map((c) => pglite.listen(c, () => onChange(c))));
  return {
    live: true,
    sync: async () => {},
    close: async () => {
      for (const stop of stops) await stop().catch(closingFailed);
    },
  };
}

const retryMs = 1000;

/** Closing a connection that has already failed may fail again: the listener is being replaced or stopped anyway. */
function closingFailed(error: Error) {
  console.warn(`PostgreSQL: closing the listening connection failed (${error.message})`);
}

/**
 * A connection of its own that LISTENs; when it fails, the listener is not live (the caches stand aside, and are
 * cleared by a "reset") until it reconnects.
 */
async function listenPostgres(pool: pg.Pool, onChange: OnChange): Promise<Listener> {
  let client: pg.Client | null = null;
  let live = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let sent: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  const down = () => {
    if (!live && !client) return;
    live = false;
    client?.removeAllListeners();
    client?.end().catch(closingFailed);
    client = null;
    onChange("reset");
    if (!closed) retry = setTimeout(() => void connect(), retryMs);
  };
  const connect = async () => {
    const next = new pg.Client(pool.options);
    next.on("notification", (message) => onChange(message.channel as Channel));
    next.on("error", down);
    next.on("end", down);
    try {
      await next.connect();
      for (const channel of channels) await next.query(`listen ${channel}`);
      client = next;
      live = true;
      onChange("reset");
    } catch {
      next.removeAllListeners();
      next.end().catch(closingFailed);
      if (!closed) retry = setTimeout(() => void connect(), retryMs);
    }
  };
  await connect();
  return {
    get live() {
      return live;
    },
    // One round trip at a time on the listening connection: callers that come while one waits to be sent join it
    // (it is sent after their commits), the others queue behind it.
    sync: () => {
      if (!client || !live) return Promise.resolve();
      if (queued) return queued;
      const next: Promise<void> = sent
        .then(() => {
          if (queued === next) queued = null;
          return client?.query("select 1");
        })
        .then(() => {}, down);
      queued = next;
      sent = next;
      return next;
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = null;
      live = false;
      last?.removeAllListeners();
      await last?.end().catch(closingFailed);
    },
  };
}
