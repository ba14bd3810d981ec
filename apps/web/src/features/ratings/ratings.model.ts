import type { Me, RatingFramework, RatingLevel } from "@dangvu/contract";
import { type TreeIndex, unitsWithPermission } from "../org/org-tree.model";

/** Units where the user may record self-assessments and the cell's proposals. */
export const ratingWriteUnits = (me: Me | undefined, index: TreeIndex) =>
  unitsWithPermission(me, index, "rating.write");
/** Units where the user may open cycles and decide. */
export const ratingDecideUnits = (me: Me | undefined, index: TreeIndex) =>
  unitsWithPermission(me, index, "rating.decide");

/** The sum of the points typed so far (blank counts as 0). */
export function totalOf(points: Record<string, number | null | undefined>): number {
  return Object.values(points).reduce<number>((sum, p) => sum + (typeof p === "number" ? p : 0), 0);
}

/** The level a total reaches in the framework's bands (the server checks again). */
export function bandOf(framework: Pick<RatingFramework, "bands">, total: number): RatingLevel {
  const sorted = [...framework.bands].sort((a, b) => b.min - a.min);
  return sorted.find((b) => total >= b.min)?.level ?? "not_completed";
}

const order: readonly RatingLevel[] = ["excellent", "good", "completed", "not_completed"];

/** Whether `level` is above `band` (a self level higher than the points allow is refused). */
export function isAbove(level: RatingLevel, band: RatingLevel): boolean {
  return order.indexOf(level) < order.indexOf(band);
}

/** A vote passes with more than half of those present in favour. */
export function votePasses(vote: { present: number; inFavour: number }): boolean {
  return vote.present > 0 && vote.inFavour * 2 > vote.present;
}
