import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { memberEventIndicators } from "./members.indicators";

/** Figures of many (unit, period) pairs at once: keyed `${orgUnitId}|${from}`, each indicator id to its value. */
export type LeafFigures = Map<string, Record<string, number | null>>;

/** A list of periods as SQL: rows `(f, t)` of first and last days. */
export function periodsSql(periods: readonly { from: string; to: string }[]): SQL {
  const list = (days: string[]) => `{${days.join(",")}}`;
  return sql`(select * from unnest(${list(periods.map((p) => p.from))}::date[], ${list(periods.map((p) => p.to))}::date[]) as p(f, t))`;
}

/** A list of unit ids as SQL: a uuid array. */
export function unitsSql(unitIds: readonly string[]): SQL {
  return sql`${`{${unitIds.join(",")}}`}::uuid[]`;
}

/** Every pair with every indicator at its empty value (0 for counts), for the queries to fill in. */
export function emptyFigures(
  unitIds: readonly string[],
  periods: readonly { from: string }[],
  empty: Record<string, number | null>,
): LeafFigures {
  const figures: LeafFigures = new Map();
  for (const id of unitIds) for (const p of periods) figures.set(`${id}|${p.from}`, { ...empty });
  return figures;
}

const standingIds = ["members.onList", "members.full", "members.probationary", "members.exempt"];
const transferIds = ["members.transferredIn", "members.transferredOut", "members.transferredWithin"];

/**
 * The member figures (members.indicators.ts) of many cells and periods in four queries, for units that never had a
 * unit under them (a cell's subtree is the cell itself, whenever): the same counts as each indicator's `compute` for
 * one unit and period, taken set-based so the demo's two years of monthly reports fit in its start-up time. The
 * equality is tested against the indicators (demo-reports.test.ts); callers must pass leaf units only.
 */
export async function leafMemberFigures(
  db: Db,
  unitIds: readonly string[],
  periods: readonly { from: string; to: string }[],
): Promise<LeafFigures> {
  const ids = [...standingIds, ...Object.keys(memberEventIndicators), ...transferIds];
  const figures = emptyFigures(unitIds, periods, Object.fromEntries(ids.map((id) => [id, 0])));
  if (unitIds.length === 0 || periods.length === 0) return figures;
  const add = (unit: string, from: string, id: string, n: number) => {
    const row = figures.get(`${unit}|${from}`);
    if (row) row[id] = ((row[id] as number | null) ?? 0) + n;
  };
  for (const r of await standingRows(db, unitIds, periods)) {
    add(r.unit, r.f, "members.onList", r.onList);
    add(r.unit, r.f, "members.full", r.full);
    add(r.unit, r.f, "members.probationary", r.probationary);
    add(r.unit, r.f, "members.exempt", r.exempt);
  }
  const byKind = new Map<string, string[]>();
  for (const [id, kinds] of Object.entries(memberEventIndicators))
    for (const kind of kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
  for (const r of await eventRows(db, unitIds, periods, [...byKind.keys()]))
    for (const id of byKind.get(r.kind) ?? []) add(r.unit, r.f, id, r.n);
  for (const r of await transferRows(db, unitIds, periods)) add(r.unit, r.f, r.id, r.n);
  return figures;
}

async function standingRows(db: Db, unitIds: readonly string[], periods: readonly { from: string; to: string }[]) {
  const exempt = sql`(select e.kind from member_events e where e.member_id = m.id
      and e.kind in ('exemption', 'exemption_ended') and e.occurred_on <= q.t
      order by e.occurred_on desc, e.created_at desc limit 1) = 'exemption'`;
  const result = await db.execute(sql`select q.f::text as f, ms.org_unit_id as unit,
      count(distinct m.id)::int as "onList",
      count(distinct m.id) filter (where m.full_membership_on <= q.t)::int as full,
      count(distinct m.id) filter (where m.full_membership_on is null or m.full_membership_on > q.t)::int as probationary,
      count(distinct m.id) filter (where ${exempt})::int as exempt
    from ${periodsSql(periods)} q
    join memberships ms on ms.kind = 'official' and ms.valid_from <= q.t and (ms.valid_to is null or ms.valid_to > q.t)
    join members m on m.id = ms.member_id
    where ms.org_unit_id = any(${unitsSql(unitIds)}) and m.first_admission_decided_on <= q.t
    group by q.f, ms.org_unit_id`);
  return rowsOf<{ f: string; unit: string; onList: number; full: number; probationary: number; exempt: number }>(
    result,
  );
}

async function eventRows(
  db: Db,
  unitIds: readonly string[],
  periods: readonly { from: string; to: string }[],
  kinds: string[],
) {
  const result =
    await db.execute(sql`select q.f::text as f, e.org_unit_id as unit, e.kind, count(distinct e.id)::int as n
    from ${periodsSql(periods)} q
    join member_events e on e.occurred_on between q.f and q.t
    where e.org_unit_id = any(${unitsSql(unitIds)}) and e.kind = any(${`{${kinds.join(",")}}`}::text[])
    group by q.f, e.org_unit_id, e.kind`);
  return rowsOf<{ f: string; unit: string; kind: string; n: number }>(result);
}

/** Transfers as countTransfers counts them, for a unit that is its own subtree: in, out and within the cell. */
async function transferRows(db: Db, unitIds: readonly string[], periods: readonly { from: string; to: string }[]) {
  const units = unitsSql(unitIds);
  const result = await db.execute(sql`with q as ${periodsSql(periods)},
    moved as (select q.f, x.from_org_unit_id as from_unit, x.to_org_unit_id as to_unit from q
      join transfers x on x.kind = 'official' and x.status = 'received' and x.to_org_unit_id is not null
        and x.closed_on between q.f and q.t),
    events as (select q.f, e.org_unit_id as unit, e.kind, e.details from q
      join member_events e on e.occurred_on between q.f and q.t and e.kind in ('transfer_in', 'transfer')
      where e.org_unit_id = any(${units}))
    select f::text as f, to_unit as unit, 'members.transferredIn' as id, count(*)::int as n from moved
      where to_unit = any(${units}) and from_unit is distinct from to_unit group by f, to_unit
    union all select f::text, from_unit, 'members.transferredOut', count(*)::int from moved
      where from_unit = any(${units}) and from_unit is distinct from to_unit group by f, from_unit
    union all select f::text, to_unit, 'members.transferredWithin', count(*)::int from moved
      where to_unit = any(${units}) and from_unit = to_unit group by f, to_unit
    union all select f::text, unit, 'members.transferredIn', count(*)::int from events
      where kind = 'transfer_in' group by f, unit
    union all select f::text, unit, 'members.transferredOut', count(*)::int from events
      where kind = 'transfer' and details->>'transferKind' = 'official' and details->>'toOrgUnitId' is null
      group by f, unit`);
  return rowsOf<{ f: string; unit: string; id: string; n: number }>(result);
}
