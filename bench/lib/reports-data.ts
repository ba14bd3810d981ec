// The reports benchmark's records, generated set-based in SQL (generate_series), so national scale loads in minutes.

/** How many units and members, and the years of events. */
export interface ReportsScale {
  members: number;
  cells: number;
  bases: number;
  /** Events are spread over these years before the report's year, and that year. */
  years: number;
  /** The report's year (the last whole year). */
  year: number;
}

/** The scale for a member count: about 18.7 members a cell (5.6 million in 300,000) and 20 cells a base committee. */
export function scaleFor(members: number, year: number): ReportsScale {
  const cells = Math.max(1, Math.round(members / 18.67));
  return { members, cells, bases: Math.max(1, Math.round(cells / 20)), years: 10, year };
}

/** A deterministic uuid for the n-th generated row of a kind. */
const uid = (kind: string, n: string) => `md5('${kind}' || ${n})::uuid`;
/** A pseudo-random integer in [0, m) from an integer expression and a salt, the same on every run. */
const hash = (n: string, salt: number, m: number) => `((${n}::bigint * 2654435761 + ${salt}) % 4294967291 % ${m})`;

/** The root's id (the committee the annual report is for). */
export const rootId = "md5('u' || 0)::uuid";

/**
 * The statements that fill an empty, migrated database: a committee, base committees, cells (2% of them moved
 * under another base committee in the ten years), members admitted over fifty years with ten years of lifecycle
 * events (admissions, recognitions, cards, transfers between cells with their transfer records, deaths, striking
 * off, transfers out), official memberships following them.
 */
export function generationSql(s: ReportsScale): { label: string; sql: string }[] {
  const first = `date '${s.year - s.years + 1}-01-01'`;
  const span = s.years * 365;
  const end = `date '${s.year + 1}-11-01'`;
  const cellOf = (i: string) => `(${s.bases} + 1 + ${hash(i, 11, s.cells)})`;
  const baseOf = (c: string) => `(1 + (${c}) % ${s.bases})`;
  // Members: admitted from 1976 on, about a fifth in the ten years; 6% have left; 3% moved to another cell.
  const admitted = `(date '1976-01-01' + ${hash("i", 3, 18250)}::int)`;
  const leftOn = `(${first} + ${hash("i", 5, span)}::int)`;
  const leaves = `(${hash("i", 7, 100)} < 6 and ${admitted} < ${first})`;
  const moves = `(${hash("i", 13, 100)} between 10 and 12 and ${admitted} < ${first} and not ${leaves})`;
  const movedOn = `(${first} + ${hash("i", 17, span)}::int)`;
  const movedTo = `(${s.bases} + 1 + ${hash("i", 19, s.cells)})`;
  return [
    {
      label: "units",
      sql: `insert into org_units (id, established_on, created_at)
        select ${uid("u", "n")}, date '2000-01-01', now() from generate_series(0, ${s.bases + s.cells}) n`,
    },
    {
      label: "unit versions",
      sql: `insert into org_unit_versions (id, org_unit_id, name, type, parent_id, valid_from, valid_to)
        select ${uid("v", "0")}, ${rootId}, 'Đảng bộ Khối (bench)', 'upper_committee', null::uuid, date '2000-01-01', null::date
        union all
        select ${uid("v", "n")}, ${uid("u", "n")}, 'Đảng bộ cơ sở ' || n, 'grassroots_committee', ${rootId}, date '2000-01-01', null
          from generate_series(1, ${s.bases}) n
        union all
        select ${uid("v", "n")}, ${uid("u", "n")}, 'Chi bộ ' || n, 'cell', ${uid("u", baseOf("n"))}, date '2000-01-01',
          case when ${hash("n", 23, 50)} = 0 then ${first} + ${hash("n", 29, span)}::int end
          from generate_series(${s.bases + 1}, ${s.bases + s.cells}) n
        union all
        select ${uid("w", "n")}, ${uid("u", "n")}, 'Chi bộ ' || n, 'cell', ${uid("u", baseOf(`n + 7`))},
          ${first} + ${hash("n", 29, span)}::int, null
          from generate_series(${s.bases + 1}, ${s.bases + s.cells}) n where ${hash("n", 23, 50)} = 0`,
    },
    {
      label: "unit events",
      sql: `insert into org_unit_events (id, org_unit_id, kind, effective_on, details, created_at)
        select ${uid("ue", "n")}, ${uid("u", "n")}, 'create', date '2000-01-01', '{}'::jsonb, now()
        from generate_series(0, ${s.bases + s.cells}) n`,
    },
    {
      label: "members",
      sql: `insert into members (id, full_name, name_sort_key, sex, birth_date, ethnicity, religion, general_education,
          professional_qualification, political_theory_level, org_unit_id, status, exit_reason, exited_on,
          admission_decided_on, first_admission_decided_on, ceremony_on, full_membership_on, created_at)
        select ${uid("m", "i")}, 'Đảng viên ' || i, 'dang vien ' || i, case when ${hash("i", 31, 2)} = 0 then 'male' else 'female' end,
          ${admitted} - (18 + ${hash("i", 37, 30)}::int) * 365,
          case when ${hash("i", 41, 20)} = 0 then 'Tày' else 'Kinh' end,
          case when ${hash("i", 43, 25)} = 0 then 'Công giáo' end, '12/12',
          (array['university', 'college', 'master', null])[1 + ${hash("i", 47, 4)}],
          (array['none', 'elementary', 'intermediate', 'advanced'])[1 + ${hash("i", 53, 4)}],
          ${uid("u", `case when ${moves} then ${movedTo} else ${cellOf("i")} end`)},
          case when ${leaves} then 'left' when ${admitted} + 365 <= ${end} then 'full' else 'probationary' end,
          case when ${leaves} then (array['death', 'struck_off', 'transferred_out'])[1 + ${hash("i", 59, 3)}] end,
          case when ${leaves} then ${leftOn} end,
          ${admitted}, ${admitted}, ${admitted} + 14,
          case when ${admitted} + 379 <= ${end} then ${admitted} + 379 end, now()
        from generate_series(1, ${s.members}) i`,
    },
    {
      label: "memberships",
      sql: `insert into memberships (id, member_id, org_unit_id, kind, valid_from, valid_to)
        select ${uid("ms", "i")}, ${uid("m", "i")}, ${uid("u", cellOf("i"))}, 'official', ${admitted},
          case when ${leaves} then ${leftOn} when ${moves} then ${movedOn} end
        from generate_series(1, ${s.members}) i
        union all
        select ${uid("mt", "i")}, ${uid("m", "i")}, ${uid("u", movedTo)}, 'official', ${movedOn}, null::date
        from generate_series(1, ${s.members}) i where ${moves}`,
    },
    {
      label: "transfers",
      sql: `insert into transfers (id, member_id, kind, from_org_unit_id, to_org_unit_id, decided_on, due_on, status, closed_on)
        select ${uid("t", "i")}, ${uid("m", "i")}, 'official', ${uid("u", cellOf("i"))}, ${uid("u", movedTo)},
          ${movedOn} - 10, ${movedOn} + 20, 'received', ${movedOn}
        from generate_series(1, ${s.members}) i where ${moves}`,
    },
    {
      label: "member events",
      // Every member's record creation, and the lifecycle events that fall in the ten years.
      sql: `insert into member_events (id, member_id, kind, occurred_on, decision_no, org_unit_id, details, created_at)
        select ${uid("e" + "' || k || '", "i")}, ${uid("m", "i")}, k, d, null, ${uid("u", "u")}, details, now()
        from (
          select i, 'created' as k, date '2024-06-01' as d, ${cellOf("i")} as u, '{}'::jsonb as details
            from generate_series(1, ${s.members}) i
          union all select i, 'admission', ${admitted}, ${cellOf("i")}, '{}'::jsonb
            from generate_series(1, ${s.members}) i where ${admitted} >= ${first}
          union all select i, 'full_membership', ${admitted} + 380, ${cellOf("i")}, '{}'::jsonb
            from generate_series(1, ${s.members}) i where ${admitted} + 380 >= ${first} and ${admitted} + 380 <= ${end}
          union all select i, 'card_issued', ${admitted} + 500, ${cellOf("i")}, '{}'::jsonb
            from generate_series(1, ${s.members}) i where ${admitted} + 500 >= ${first} and ${admitted} + 500 <= ${end}
          union all select i, 'transfer', ${movedOn} - 10, ${cellOf("i")},
              jsonb_build_object('transferKind', 'official', 'toOrgUnitId', ${uid("u", movedTo)})
            from generate_series(1, ${s.members}) i where ${moves}
          union all select i, 'transfer_received', ${movedOn}, ${cellOf("i")}, '{}'::jsonb
            from generate_series(1, ${s.members}) i where ${moves}
          union all select i, (array['death', 'struck_off', 'transfer'])[1 + ${hash("i", 59, 3)}], ${leftOn}, ${cellOf("i")},
              case when ${hash("i", 59, 3)} = 2 then jsonb_build_object('transferKind', 'official', 'toOrgUnitId', null) else '{}'::jsonb end
            from generate_series(1, ${s.members}) i where ${leaves}
        ) g`,
    },
  ];
}
