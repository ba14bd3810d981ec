import type { Me, QualityLevel, ScoringTemplate } from "@dangvu/contract";
import { isCellType, subtreeIds, type TreeIndex } from "../org/org-tree.model";

/** The scoring template in force on a meeting's date (templates are data the committee office versions by date). */
export function templateFor(templates: readonly ScoringTemplate[], isoDate: string): ScoringTemplate | undefined {
  return [...templates]
    .filter((tpl) => tpl.validFrom <= isoDate)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

export type Points = Record<string, number | null>;

/** The level a total reaches under a template's thresholds (the server decides again when saving). */
export function levelOfTotal(template: Pick<ScoringTemplate, "levels">, total: number): QualityLevel {
  const sorted = [...template.levels].sort((a, b) => b.min - a.min);
  return sorted.find((l) => total >= l.min)?.level ?? "poor";
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
