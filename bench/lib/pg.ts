import { execFileSync, spawnSync } from "node:child_process";
import pg from "pg";

export const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Starts the machine's PostgreSQL if it is not answering (the same way CI does). */
export function ensurePostgres() {
  const ready = () => spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-q"]).status === 0;
  if (ready()) return;
  const version = execFileSync("ls", ["/etc/postgresql"]).toString().trim().split("\n")[0] as string;
  spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { stdio: "inherit" });
  for (let i = 0; i < 30 && !ready(); i++) spawnSync("sleep", ["1"]);
  if (!ready()) throw new Error("PostgreSQL is not running on 127.0.0.1:5432");
}

/** Drops and creates a database, returning its URL. */
export async function freshDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl, user: new URL(adminUrl).username || "postgres" });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
