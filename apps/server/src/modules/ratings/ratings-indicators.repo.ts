import type { RatingLevel } from "@dangvu/contract";
import { sql } from "drizzle-orm";
import { subtreeHistory } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { Indicator, IndicatorQuery } from "../../platform/module";

/**
 * Subjects of a type rated at a level in the yearly cycles judged in the period, each counted once a year, under the
 * unit where the subject's unit stood on the cycle's reference day (a later merge or move never changes the figure).
 */
async function countRated(db: Db, subjectType: "member" | "org", level: RatingLevel, q: IndicatorQuery) {
  const result = await db.execute(sql`with sub as (${subtreeHistory(q.orgUnitId, q.from, q.to)})
    select count(distinct (coalesce(a.member_id, a.org_unit_id)::text || ':' || c.year))::int as n
    from rating_assessments a join review_cycles c on c.id = a.cycle_id
    where c.kind = 'year' and a.subject_type = ${subjectType} and a.status = 'decided' and a.decided_level = ${level}
      and c.reference_date between ${q.from}::date and ${q.to}::date
      and exists (select 1 from sub s where s.id = a.org_unit_id and s.vf <= c.reference_date and c.reference_date < s.vt)`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

const levels: { level: RatingLevel; name: string; vi: string; en: string }[] = [
  { level: "excellent", name: "excellent", vi: "Hoàn thành xuất sắc nhiệm vụ", en: "rated excellent" },
  { level: "good", name: "good", vi: "Hoàn thành tốt nhiệm vụ", en: "rated good" },
  { level: "completed", name: "completed", vi: "Hoàn thành nhiệm vụ", en: "rated completed" },
  { level: "not_completed", name: "notCompleted", vi: "Không hoàn thành nhiệm vụ", en: "rated not completed" },
];

/** Rating distributions for reports: organisations and members by level, from the yearly cycles. */
export const ratingIndicators: Indicator[] = levels.flatMap((l) => [
  {
    id: `ratings.orgs.${l.name}`,
    group: "ratings",
    unit: "count" as const,
    label: { vi: `Tổ chức đảng ${l.vi}`, en: `Party organisations ${l.en}` },
    compute: (db: Db, q: IndicatorQuery) => countRated(db, "org", l.level, q),
  },
  {
    id: `ratings.members.${l.name}`,
    group: "ratings",
    unit: "count" as const,
    label: { vi: `Đảng viên ${l.vi}`, en: `Party members ${l.en}` },
    compute: (db: Db, q: IndicatorQuery) => countRated(db, "member", l.level, q),
  },
]);
