import { sql } from "drizzle-orm";
import { subtreeUnitIds } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";

/** Report indicators over a unit's subtree (as it stood at the end of the period) and a period [from, to]. */
const inPeriod = (orgUnitId: string, from: string, to: string) =>
  sql`m.org_unit_id in (${subtreeUnitIds(orgUnitId, to)}) and m.status <> 'planned'
    and (m.scheduled_at at time zone 'Asia/Ho_Chi_Minh')::date between ${from}::date and ${to}::date`;

/** Meetings held, by kind. */
export async function meetingsHeldByKind(
  db: Db,
  orgUnitId: string,
  from: string,
  to: string,
): Promise<Record<string, number>> {
  const result = await db.execute(
    sql`select m.kind, count(*)::int as n from meetings m where ${inPeriod(orgUnitId, from, to)} group by m.kind`,
  );
  return Object.fromEntries(rowsOf<{ kind: string; n: number }>(result).map((r) => [r.kind, r.n]));
}

/** Attendance rate over the period: present among those recorded (members not counted are never recorded against it). */
export async function attendanceRate(db: Db, orgUnitId: string, from: string, to: string): Promise<number | null> {
  const result =
    await db.execute(sql`select count(*) filter (where a.status = 'present')::int as present, count(*)::int as recorded
    from meetings m join meeting_attendance a on a.meeting_id = m.id where ${inPeriod(orgUnitId, from, to)}`);
  const row = rowsOf<{ present: number; recorded: number }>(result)[0];
  return row && row.recorded > 0 ? Math.round((row.present / row.recorded) * 1000) / 10 : null;
}

/** How many scored meetings reached each quality level. */
export async function qualityDistribution(
  db: Db,
  orgUnitId: string,
  from: string,
  to: string,
): Promise<Record<string, number>> {
  const result =
    await db.execute(sql`select s.level, count(*)::int as n from meetings m join meeting_scores s on s.meeting_id = m.id
    where ${inPeriod(orgUnitId, from, to)} group by s.level`);
  return Object.fromEntries(rowsOf<{ level: string; n: number }>(result).map((r) => [r.level, r.n]));
}
