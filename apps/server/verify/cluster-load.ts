import { sql } from "drizzle-orm";
import { rowsOf } from "../src/db/sql";
import type { RemoteApp } from "./cluster";
import type { CheckResult } from "./cluster-checks";
import { child } from "./fixtures";
import { send } from "./http";
import { uniqueTag, type World } from "./world";

const meetings = 40;
const twice = 10;

/**
 * A concurrent write load on every server at once: forty meetings of one new cell created together, then their
 * invitations issued together (each takes the next number of the cell's register), ten of them asked for on two
 * servers at the same moment. Every request must succeed; the forty numbers are 1 to 40 with no number twice, an
 * invitation asked for twice keeps one number, and every write left its audit entry.
 */
export async function runWriteLoad(world: World, cluster: RemoteApp): Promise<CheckResult> {
  const name = `write load: ${meetings} meetings and their numbered invitations from ${cluster.servers.length} servers at once`;
  const servers = cluster.servers;
  const cell = (await child(world, world.units.own)).fields.id as string;
  const auditBefore = await auditCount(world);
  const created = await Promise.all(
    Array.from({ length: meetings }, (_, i) =>
      send(servers[i % servers.length] as World["app"], world.root, {
        method: "POST",
        url: "/api/meetings",
        body: {
          orgUnitId: cell,
          kind: "regular",
          topic: `Họp ${uniqueTag()}`,
          scheduledAt: "2026-11-20T01:00:00.000Z",
        },
      }),
    ),
  );
  const failedCreate = created.filter((r) => r.status >= 300);
  if (failedCreate.length > 0)
    return {
      name,
      problem: `${failedCreate.length} meetings refused: ${failedCreate[0]?.status} ${failedCreate[0]?.text.slice(0, 200)}`,
      detail: "",
    };
  const ids = created.map((r) => (JSON.parse(r.text) as { id: string }).id);
  const asks = [
    ...ids.map((id, i) => ({ id, server: i })),
    ...ids.slice(0, twice).map((id, i) => ({ id, server: i + 1 })),
  ];
  const issued = await Promise.all(
    asks.map(({ id, server }) =>
      send(servers[server % servers.length] as World["app"], world.root, {
        method: "POST",
        url: `/api/meetings/${id}/invitation`,
        body: {},
      }),
    ),
  );
  const failed = issued.filter((r) => r.status !== 200);
  if (failed.length > 0)
    return {
      name,
      problem: `${failed.length} of ${asks.length} invitations failed: ${failed[0]?.status} ${failed[0]?.text.slice(0, 200)}`,
      detail: "",
    };
  const codeOf = new Map<string, Set<string>>();
  issued.forEach((reply, i) => {
    const code = (JSON.parse(reply.text) as { invitation: { code: string } | null }).invitation?.code ?? "(none)";
    const id = asks[i]?.id as string;
    codeOf.set(id, (codeOf.get(id) ?? new Set()).add(code));
  });
  const split = [...codeOf.values()].filter((codes) => codes.size > 1);
  if (split.length > 0)
    return {
      name,
      problem: `${split.length} invitations asked for twice got two numbers: ${[...(split[0] ?? [])].join(" / ")}`,
      detail: "",
    };
  const numbers = [...codeOf.values()].map((codes) => Number.parseInt([...codes][0] ?? "", 10)).sort((a, b) => a - b);
  const expected = Array.from({ length: meetings }, (_, i) => i + 1);
  if (numbers.join(",") !== expected.join(","))
    return { name, problem: `the numbers are not 1…${meetings} once each: ${numbers.join(",")}`, detail: "" };
  const written = (await auditCount(world)) - auditBefore;
  if (written !== 2 * meetings)
    return {
      name,
      problem: `${written} audit entries for ${meetings} meetings and ${meetings} invitations (expected ${2 * meetings})`,
      detail: "",
    };
  return {
    name,
    detail: `numbers 1…${meetings} once each, ${twice} asked twice kept theirs, ${written} audit entries`,
  };
}

async function auditCount(world: World): Promise<number> {
  const result = await world.database.db.execute(sql`select count(*)::int as n from audit_events`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}
