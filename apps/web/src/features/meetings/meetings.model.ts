import type { Me, QualityLevel } from "@dangvu/contract";
import { isCellType, subtreeIds, type TreeIndex } from "../org/org-tree.model";

/** The criteria of the seeded 100-point template (server rules/scoring-template.ts); the server checks them again. */
export const criteria = [
  { key: "preparation", max: 15 },
  { key: "attendance", max: 20 },
  { key: "conduct", max: 45 },
  { key: "closing", max: 20 },
] as const;
export type Points = Record<(typeof criteria)[number]["key"], number | null>;

/** Levels by the lowest total that reaches them, as the template's: Tốt 90, Khá 70, Trung bình 50. */
export function levelOfTotal(total: number): QualityLevel {
  if (total >= 90) return "good";
  if (total >= 70) return "fair";
  if (total >= 50) return "average";
  return "poor";
}

const writerRoles = new Set(["admin", "grassroots_staff", "cell_secretary"]);

/** Units where the user may plan meetings: the subtrees of grants whose role holds `meeting.write`. */
export function writableUnitIds(me: Me | undefined, index: TreeIndex): Set<string> {
  const ids = new Set<string>();
  for (const grant of me?.grants ?? []) {
    if (!writerRoles.has(grant.role)) continue;
    for (const id of subtreeIds(index, grant.orgUnitId)) ids.add(id);
  }
  return ids;
}

/** The cells among the writable units, for the "plan a meeting" form. */
export function writableCellIds(me: Me | undefined, index: TreeIndex): Set<string> {
  const ids = writableUnitIds(me, index);
  return new Set(
    [...ids].filter((id) => {
      const unit = index.byId.get(id);
      return unit !== undefined && isCellType(unit.type);
    }),
  );
}
