import type { Db } from "../db/database";
import { type Channel, type Listener, listenForChanges } from "../db/notify";
import type { Actor } from "./actor";
import { buildTree, type CurrentTree } from "./tree-cache";

/** Sessions kept at most; beyond, the cache starts again (a session costs one query to load). */
const maxActors = 20_000;
const maxScopes = 5_000;

/**
 * What an app server keeps in memory between requests: the signed-in actors by session and the current organisation
 * tree, with resolved scopes. Both are emptied by the database's change notices, so a sign-out, a revoked grant or a
 * moved unit takes effect at once on every server; while the listening connection is down nothing is cached.
 */
export class Caches {
  private actors = new Map<string, { actor: Actor; expiresAt: number }>();
  private actorGeneration = 0;
  private tree: CurrentTree | null = null;
  private treeLoad: Promise<CurrentTree> | null = null;
  private treeGeneration = 0;
  private scopes = new Map<string, string[] | "all">();
  private settings = new Map<string, Promise<unknown>>();
  private settingsGeneration = 0;

  constructor(
    private readonly loadTree: () => Promise<{ id: string; parentId: string | null }[]>,
    private listener: Listener | null = null,
  ) {}

  attach(listener: Listener) {
    this.listener = listener;
  }

  get live(): boolean {
    return this.listener?.live ?? false;
  }

  changed(channel: Channel | "reset") {
    if (channel === "dangvu_settings" || channel === "reset") {
      this.settingsGeneration++;
      this.settings.clear();
    }
    if (channel === "dangvu_settings") return;
    if (channel !== "dangvu_tree") {
      this.actorGeneration++;
      this.actors.clear();
    }
    if (channel !== "dangvu_auth") {
      this.treeGeneration++;
      this.tree = null;
      this.treeLoad = null;
      this.scopes.clear();
    }
  }

  actor(sessionId: string, now: Date): Actor | undefined {
    if (!this.live) return undefined;
    const hit = this.actors.get(sessionId);
    return hit && now.getTime() < hit.expiresAt ? hit.actor : undefined;
  }

  /** Taken before an actor is read from the database: a change announced meanwhile keeps that read out of the cache. */
  actorStamp(): number {
    return this.actorGeneration;
  }

  keepActor(actor: Actor, expiresAt: Date, stamp: number) {
    if (!this.live || stamp !== this.actorGeneration) return;
    if (this.actors.size >= maxActors) this.actors.clear();
    this.actors.set(actor.sessionId, { actor, expiresAt: expiresAt.getTime() });
  }

  /** The current tree, loaded once per change; null when it cannot be trusted (not listening). */
  async currentTree(): Promise<CurrentTree | null> {
    if (!this.live) return null;
    if (this.tree) return this.tree;
    const generation = this.treeGeneration;
    this.treeLoad ??= this.loadTree().then(buildTree);
    const load = this.treeLoad;
    // A failed load is not kept: the error reaches this request, and the next one tries again.
    const tree = await load.finally(() => {
      if (this.treeLoad === load) this.treeLoad = null;
    });
    // A change that came while loading makes this load stale: the next request loads again.
    if (generation !== this.treeGeneration || !this.live) return null;
    this.tree = tree;
    return tree;
  }

  /** A scope resolved against the tree now held, remembered until the tree changes. */
  scope(key: string, resolve: () => string[] | "all"): string[] | "all" {
    const known = this.scopes.get(key);
    if (known) return known;
    const value = resolve();
    if (this.scopes.size >= maxScopes) this.scopes.clear();
    this.scopes.set(key, value);
    return value;
  }

  /**
   * A read of settings (rule settings, the holiday calendar, report templates) kept until they change: `key` names
   * the read with its arguments. Each caller gets its own copy, so none can change what the others read; a failed
   * read is not kept, nor one that a change overtook.
   */
  async remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.live) return load();
    let loading = this.settings.get(key) as Promise<T> | undefined;
    if (!loading) {
      const generation = this.settingsGeneration;
      const started = load();
      loading = started;
      this.settings.set(key, started);
      const forget = () => {
        if (this.settings.get(key) === started) this.settings.delete(key);
      };
      started.then(() => generation !== this.settingsGeneration && forget(), forget);
    }
    return structuredClone(await loading);
  }

  /** Waits until changes committed so far have reached this server's caches (after a write, before answering). */
  sync(): Promise<void> {
    return this.listener?.sync() ?? Promise.resolve();
  }
}

const registry = new WeakMap<Db, { caches: Caches; users: number; close: () => Promise<void> }>();

/**
 * The caches of a database, opened by each app built on it (the tests build several on one database) and closed
 * with the last. A transaction's handle is never registered: inside one, access checks read the database itself.
 */
export async function openCaches(db: Db, loadTree: () => Promise<{ id: string; parentId: string | null }[]>) {
  const known = registry.get(db);
  if (known) {
    known.users++;
    return known;
  }
  const caches = new Caches(loadTree);
  const entry = { caches, users: 1, close: async () => {} };
  registry.set(db, entry);
  const listener = await listenForChanges(db, (channel) => caches.changed(channel));
  caches.attach(listener);
  entry.close = async () => {
    if (--entry.users > 0) return;
    registry.delete(db);
    caches.changed("reset");
    await listener.close();
  };
  return entry;
}

/** The caches of a database handle, when an app on it has opened them (never for a transaction). */
export function cachesOf(db: Db): Caches | undefined {
  return registry.get(db)?.caches;
}

/** A settings read through the database's caches when an app keeps them (never inside a transaction). */
export function remembered<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  return cachesOf(db)?.remember(key, load) ?? load();
}
