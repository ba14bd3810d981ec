import type {
  LevelCounts,
  LevelDistribution,
  RatingResults,
  ResultRow,
  ResultsQuery,
  ResultTable,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { unitNames } from "../org";
import { type CountRow, childUnits, countLevels } from "./ratings-results.repo";

const zero = (): LevelCounts => ({ excellent: 0, good: 0, completed: 0, not_completed: 0 });

export function distribution(counts: LevelCounts): LevelDistribution {
  const total = counts.excellent + counts.good + counts.completed + counts.not_completed;
  const share = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);
  return {
    counts,
    total,
    shares: {
      excellent: share(counts.excellent),
      good: share(counts.good),
      completed: share(counts.completed),
      not_completed: share(counts.not_completed),
    },
  };
}

function table(rows: CountRow[], year: number, order: string[], names: Map<string, string>): ResultTable {
  const byTop = new Map<string, { current: LevelCounts; previous: LevelCounts }>();
  const total = { current: zero(), previous: zero() };
  for (const row of rows) {
    const entry = byTop.get(row.top) ?? { current: zero(), previous: zero() };
    const which = row.year === year ? "current" : "previous";
    entry[which][row.level] += row.n;
    total[which][row.level] += row.n;
    byTop.set(row.top, entry);
  }
  const result: ResultRow[] = order
    .filter((id) => byTop.has(id))
    .map((id) => {
      const entry = byTop.get(id) as { current: LevelCounts; previous: LevelCounts };
      return {
        orgUnitId: id,
        orgUnitName: names.get(id) ?? "",
        current: distribution(entry.current),
        previous: distribution(entry.previous),
      };
    });
  return {
    rows: result,
    total: { orgUnitName: "Tổng cộng", current: distribution(total.current), previous: distribution(total.previous) },
  };
}

/** Distribution of the year's decided levels by unit and level, organisations and members, the year before beside. */
export async function results(ctx: Ctx, q: ResultsQuery): Promise<RatingResults> {
  await requireCan(ctx, "rating.read", q.orgUnitId);
  const rows = await countLevels(ctx.db, q.orgUnitId, [q.year, q.year - 1]);
  const children = await childUnits(ctx.db, q.orgUnitId);
  const names = await unitNames(ctx.db, [q.orgUnitId]);
  for (const child of children) names.set(child.id, child.name);
  const order = [q.orgUnitId, ...children.map((c) => c.id)];
  return {
    year: q.year,
    orgUnitId: q.orgUnitId,
    orgUnitName: names.get(q.orgUnitId) ?? "",
    orgs: table(
      rows.filter((r) => r.subjectType === "org"),
      q.year,
      order,
      names,
    ),
    members: table(
      rows.filter((r) => r.subjectType === "member"),
      q.year,
      order,
      names,
    ),
  };
}
