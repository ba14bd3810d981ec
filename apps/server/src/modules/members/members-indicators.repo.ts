import { type SQL, sql } from "drizzle-orm";
import { inSubtree, subtreeHistory, subtreeIsLarge } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { IndicatorQuery } from "../../platform/module";

async function count(db: Db, query: SQL): Promise<number> {
  return rowsOf<{ n: number }>(await db.execute(query))[0]?.n ?? 0;
}

/** How a member stands on the period's last day, among those whose official cell was in the subtree then. */
export type Standing = "onList" | "full" | "probationary" | "exempt";

const standingCondition: Record<Standing, SQL> = {
  onList: sql`true`,
  full: sql`m.full_membership_on <= q.d`,
  probationary: sql`(m.full_membership_on is null or m.full_membership_on > q.d)`,
  // The member's latest exemption event by the day is an exemption (one pass over those events, not one per member).
  exempt: sql`m.id in (select x.member_id from (select distinct on (e.member_id) e.member_id, e.kind from member_events e
      where e.kind in ('exemption', 'exemption_ended') and e.occurred_on <= q.d
      order by e.member_id, e.occurred_on desc, e.created_at desc) x where x.kind = 'exemption')`,
};

/**
 * Members on the list on the period's last day (admitted by then, their official membership open that day), in the
 * tree as it stood that day. Temporary members count where their official cell is, never twice (each member once,
 * by `exists`: a semi join instead of sorting the member ids for a distinct count).
 */
export async function countStanding(db: Db, standing: Standing, { orgUnitId, to }: IndicatorQuery): Promise<number> {
  return count(
    db,
    sql`select count(*)::int as n from (select ${to}::date as d) q
      join members m on m.first_admission_decided_on <= q.d
      where exists (select 1 from memberships ms where ms.member_id = m.id and ms.kind = 'official'
          and ms.valid_from <= q.d and (ms.valid_to is null or ms.valid_to > q.d)
          and ${await inSubtree(db, sql`ms.org_unit_id`, orgUnitId, to)})
        and ${standingCondition[standing]}`,
  );
}

/**
 * Lifecycle events of the given kinds in the period, each counted where the member's cell stood on its date. For a
 * large subtree the period's events are read first (materialised) and hashed against the units: joined directly,
 * the planner would probe the events' unit index once per unit of the whole tree.
 */
export async function countEvents(
  db: Db,
  kinds: readonly string[],
  { orgUnitId, from, to }: IndicatorQuery,
): Promise<number> {
  const kindList = sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const events = sql`select e.id, e.org_unit_id, e.occurred_on from member_events e
      where e.kind in (${kindList}) and e.occurred_on between ${from}::date and ${to}::date`;
  const large = await subtreeIsLarge(db, orgUnitId, to);
  return count(
    db,
    sql`with sub as (${subtreeHistory(orgUnitId, from, to)}), ev as ${large ? sql`materialized` : sql`not materialized`} (${events})
      select count(distinct e.id)::int as n from ev e
      join sub s on s.id = e.org_unit_id and s.vf <= e.occurred_on and e.occurred_on < s.vt`,
  );
}

export type TransferDirection = "in" | "out" | "within";

/**
 * Official transfers in the period, seen from the subtree: each transfer received in the period (the transfers
 * record, one row per transfer), counted by where the sending cell stood the day before and the receiving cell on
 * the day. Transfers from or to outside the tree count too. Members carried into another cell by a merge are not
 * transferred: the reorganisation moves the unit, as a cell moved under another committee moves its members.
 */
export function countTransfers(
  db: Db,
  direction: TransferDirection,
  { orgUnitId, from, to }: IndicatorQuery,
): Promise<number> {
  const inside = (unit: SQL, day: SQL) =>
    sql`exists (select 1 from sub s where s.id = ${unit} and s.vf <= ${day} and ${day} < s.vt)`;
  const moved = sql`select x.id, x.from_org_unit_id as from_unit, x.to_org_unit_id as to_unit, x.closed_on as day
      from transfers x where x.kind = 'official' and x.status = 'received' and x.to_org_unit_id is not null
        and x.closed_on between ${from}::date and ${to}::date`;
  const period = sql`e.occurred_on between ${from}::date and ${to}::date`;
  const fromOutside = sql`select count(*)::int from member_events e where e.kind = 'transfer_in' and ${period}
      and ${inside(sql`e.org_unit_id`, sql`e.occurred_on`)}`;
  // The letter's details filter the count, not the rows: in the where clause they made the planner expect one row
  // and walk the whole subtree for each transfer event.
  const toOutside = sql`select (count(*) filter (where e.details->>'transferKind' = 'official'
        and e.details->>'toOrgUnitId' is null))::int
      from member_events e where e.kind = 'transfer' and ${period} and ${inside(sql`e.org_unit_id`, sql`e.occurred_on`)}`;
  // Each side's test is one semi join straight over the transfers (hashed), and the sides are matched by transfer:
  // stacking them, or `not exists`, made the planner expect one row and compare every transfer with every unit.
  const sides = sql`select t.id, bool_or(t.side = 1) as f, bool_or(t.side = 2) as g from (
      select x.id, 1 as side from (${moved}) x where ${inside(sql`x.from_unit`, sql`x.day - 1`)}
      union all
      select x.id, 2 as side from (${moved}) x where ${inside(sql`x.to_unit`, sql`x.day`)}) t group by t.id`;
  const internal = (condition: SQL) => sql`(select count(*)::int from (${sides}) z where ${condition})`;
  const total = {
    in: sql`${internal(sql`z.g and not z.f`)} + (${fromOutside})`,
    out: sql`${internal(sql`z.f and not z.g`)} + (${toOutside})`,
    within: internal(sql`z.f and z.g`),
  }[direction];
  return count(db, sql`with sub as (${subtreeHistory(orgUnitId, from, to)}) select ${total} as n`);
}
