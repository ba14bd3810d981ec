import { type SQL, sql } from "drizzle-orm";
import { inSubtree, subtreeUnitIds } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";

/**
 * The members on the list on a day in a unit's subtree as it stood that day, as rows of `members` with the day as
 * `d`: the definition of the "onList" indicator (an official membership open that day in the subtree, admitted by
 * then). A member in temporary activity elsewhere stays in their official cell's figures. `inUnits`, the condition
 * on `ms.org_unit_id` (inSubtree's, sized to the subtree, for figures over a large one), replaces the plain one.
 */
export function onListSql(orgUnitId: string, on: string, inUnits?: SQL): SQL {
  return sql`(select m.*, ${on}::date as d from members m
    where m.first_admission_decided_on <= ${on}::date
      and exists (select 1 from memberships ms where ms.member_id = m.id and ms.kind = 'official'
        and ms.valid_from <= ${on}::date and (ms.valid_to is null or ms.valid_to > ${on}::date)
        and ${inUnits ?? sql`ms.org_unit_id in (${subtreeUnitIds(orgUnitId, on)})`}))`;
}

/** The members on the list for the breakdowns, with the unit condition sized to the subtree. */
async function onList(db: Db, orgUnitId: string, on: string): Promise<SQL> {
  return onListSql(orgUnitId, on, await inSubtree(db, sql`ms.org_unit_id`, orgUnitId, on));
}

/** A text field accent-free, lower-cased and on one line ('' when blank), for matching the ways people write it. */
const plain = (column: SQL) => sql`coalesce(vi_unaccent(btrim(regexp_replace(${column}, '\\s+', ' ', 'g'))), '')`;

/** The grade written as "a/b" ("12/12", "7/10"): a in the 12-year system, or a in the old 10-year one. */
const grade = (system: 10 | 12) =>
  sql`(substring(${plain(sql`m.general_education`)} from ${`^(\\d{1,2}) ?/ ?${system}$`}))::int`;

/** Qualification and academic title together: a degree is sometimes written in either field. */
const degreeText = plain(sql`coalesce(m.professional_qualification, '') || ' ' || coalesce(m.academic_title, '')`);

/** The category of each member for the breakdowns with fixed rows, as an SQL expression over `m` (day `d`). */
export const breakdownKeys = {
  sex: sql`m.sex`,
  ageBand: sql`case when extract(year from age(m.d, m.birth_date)) <= 30 then 'upTo30'
      when extract(year from age(m.d, m.birth_date)) <= 40 then '31to40'
      when extract(year from age(m.d, m.birth_date)) <= 50 then '41to50'
      when extract(year from age(m.d, m.birth_date)) <= 60 then '51to60' else 'over60' end`,
  // Grades 10–12 of 12, or 8–10 of the old 10-year system, are upper secondary; 6–9 of 12 or 5–7 of 10 lower.
  generalEducation: sql`case
      when ${grade(12)} >= 10 or ${grade(10)} >= 8 then 'upper'
      when ${grade(12)} >= 6 or ${grade(10)} >= 5 then 'lower'
      when ${grade(12)} >= 1 or ${grade(10)} >= 1 then 'primary'
      when ${plain(sql`m.general_education`)} ~ '(thpt|trung hoc pho thong|cap 3|cap iii|bo tuc)' then 'upper'
      when ${plain(sql`m.general_education`)} ~ '(thcs|trung hoc co so|cap 2|cap ii)' then 'lower'
      when ${plain(sql`m.general_education`)} ~ '(tieu hoc|cap 1|cap i\\M)' then 'primary'
      when ${plain(sql`m.general_education`)} = '' then 'unknown' else 'other' end`,
  // The highest degree written (a specialist doctor's CK II and CK I are taken as doctorate and master level).
  professionalQualification: sql`case
      when ${degreeText} ~ '(tien si|tien sy|\\mts\\M|\\mtskh\\M|chuyen khoa (ii|2)\\M|\\mck ?(ii|2)\\M)' then 'doctorate'
      when ${degreeText} ~ '(thac si|thac sy|\\mths\\M|chuyen khoa (i|1)\\M|\\mck ?(i|1)\\M)' then 'master'
      when ${degreeText} ~ '(dai hoc|cu nhan|ky su|bac si|duoc si|kien truc su|\\mdh\\M)' then 'university'
      when ${degreeText} ~ '(cao dang|\\mcd\\M)' then 'college'
      when ${degreeText} ~ '(trung cap|trung hoc chuyen nghiep|\\mthcn\\M|\\mtc\\M)' then 'vocational'
      when ${degreeText} ~ '(so cap)' then 'elementary'
      when btrim(${degreeText}) = '' then 'none' else 'other' end`,
  // A member written as both professor and associate professor counts once, as professor.
  academicTitle: sql`case
      when regexp_replace(${degreeText}, '(pho giao su|\\mpgs\\M)', '', 'g') ~ '(giao su|\\mgs\\M)' then 'professor'
      when ${degreeText} ~ '(pho giao su|\\mpgs\\M)' then 'associateProfessor' else 'none' end`,
  politicalTheory: sql`m.political_theory_level`,
  // Party age in whole years on the day, gaps outside the Party left out; probationary members have none yet.
  partyAgeBand: sql`case when m.full_membership_on is null or m.full_membership_on > m.d then 'probationary'
      else (select case when y < 10 then 'under10' when y < 20 then '10to19' when y < 30 then '20to29'
        when y < 40 then '30to39' else '40plus' end
      from (select floor((extract(year from age(m.d, m.first_admission_decided_on)) * 12
          + extract(month from age(m.d, m.first_admission_decided_on))
          - coalesce((select sum(extract(year from age(least((g->>1)::date, m.d), (g->>0)::date)) * 12
              + extract(month from age(least((g->>1)::date, m.d), (g->>0)::date)))
            from jsonb_array_elements(m.party_gaps) g where (g->>0)::date < m.d), 0)) / 12) as y) a) end`,
} satisfies Record<string, SQL>;

export type BreakdownKey = keyof typeof breakdownKeys;

/**
 * The columns of `members` each category is computed from. The members are counted by these first, so the text
 * matching runs once per distinct value written, not once per member (at 200,000 members, seconds become tens of ms).
 */
const keyColumns: Record<BreakdownKey, readonly string[]> = {
  sex: ["sex"],
  ageBand: ["birth_date"],
  generalEducation: ["general_education"],
  professionalQualification: ["professional_qualification", "academic_title"],
  academicTitle: ["professional_qualification", "academic_title"],
  politicalTheory: ["political_theory_level"],
  partyAgeBand: ["full_membership_on", "first_admission_decided_on", "party_gaps"],
};

/** Counts of the members on the list by one of the fixed categories (one grouped query). */
export async function countByKey(
  db: Db,
  which: BreakdownKey,
  { orgUnitId, on }: { orgUnitId: string; on: string },
): Promise<Map<string, number>> {
  const columns = sql.join(
    keyColumns[which].map((c) => sql.identifier(c)),
    sql`, `,
  );
  const grouped = sql`(select ${columns}, m.d, count(*) as n from ${await onList(db, orgUnitId, on)} m group by ${columns}, m.d)`;
  const rows = rowsOf<{ key: string; n: number }>(
    await db.execute(sql`select ${breakdownKeys[which]} as key, sum(m.n)::int as n from ${grouped} m group by 1`),
  );
  return new Map(rows.map((r) => [r.key, r.n]));
}

/**
 * Counts by a free-text field as the records write it (ethnic group, religion), accents, case and spacing aside:
 * one row per value present, labelled with its most common spelling, in Vietnamese alphabetical order; `key` is the
 * accent-free lower-case value, "" for blank.
 */
export async function countByText(
  db: Db,
  column: "ethnicity" | "religion",
  { orgUnitId, on }: { orgUnitId: string; on: string },
): Promise<{ key: string; label: string; value: number }[]> {
  const spelled = sql`nullif(btrim(regexp_replace(${sql.identifier(column)}, '\\s+', ' ', 'g')), '')`;
  // Counted by spelling first; the label is the most common spelling, the first in order among equals (as mode()).
  return rowsOf<{ key: string; label: string; value: number }>(
    await db.execute(sql`select key, label, value from (
        select coalesce(vi_unaccent(v), '') as key,
          coalesce((array_agg(v order by n desc, v) filter (where v is not null))[1], '') as label, sum(n)::int as value
        from (select ${spelled} as v, count(*) as n from ${await onList(db, orgUnitId, on)} m group by 1) t group by 1) c
      order by vi_sort_key(label) collate "C", key`),
  );
}
