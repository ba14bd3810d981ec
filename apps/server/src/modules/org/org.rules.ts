import type { OrgUnitType } from "@dangvu/contract";

/** Which unit types may sit directly under which (domain.md §1.1; Điều lệ Đảng, Điều 21, 24). */
const allowedParents: Record<OrgUnitType, OrgUnitType[]> = {
  upper_committee: [],
  grassroots_committee: ["upper_committee"],
  grassroots_cell: ["upper_committee"],
  sub_committee: ["grassroots_committee"],
  cell: ["grassroots_committee", "sub_committee"],
  party_group: ["cell", "grassroots_cell"],
};

export function canBeUnder(child: OrgUnitType, parent: OrgUnitType): boolean {
  return allowedParents[child].includes(parent);
}

/** Only a grassroots committee or higher has an inspection committee (Điều lệ Đảng, Điều 32). */
export function hasInspectionCommittee(type: OrgUnitType): boolean {
  return type === "upper_committee" || type === "grassroots_committee";
}

/** The types that are cells (chi bộ): those under a committee and the grassroots ones (Điều lệ Đảng, Điều 24). */
export const cellTypes: readonly OrgUnitType[] = ["cell", "grassroots_cell"];

export function isCell(type: OrgUnitType): boolean {
  return cellTypes.includes(type);
}

export interface CellRules {
  minFullMembers: number;
  cellCommitteeThreshold: number;
}

export interface Warning {
  code: string;
  params: Record<string, number>;
}

/**
 * Warnings on a cell's size: fewer than the minimum of full members (Điều lệ Đ21 K2, Đ24), or enough that it must
 * elect a chi ủy (QĐ 294; ≥ 9 full members). The thresholds are versioned rule settings.
 */
export function cellWarnings(type: OrgUnitType, fullMembers: number, rules: CellRules): Warning[] {
  if (!isCell(type)) return [];
  if (fullMembers < rules.minFullMembers) {
    return [{ code: "org.warn.fewFullMembers", params: { count: fullMembers, min: rules.minFullMembers } }];
  }
  if (fullMembers >= rules.cellCommitteeThreshold) {
    return [
      { code: "org.warn.needsCellCommittee", params: { count: fullMembers, threshold: rules.cellCommitteeThreshold } },
    ];
  }
  return [];
}

/** True when `candidate` is `unitId` itself or lies under it, following the parent map. */
export function isInSubtree(parentOf: ReadonlyMap<string, string | null>, unitId: string, candidate: string): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = candidate; at; at = parentOf.get(at)) {
    if (at === unitId) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

export type DateProblem = "future" | "beforeExistence" | "beforeLastChange" | null;

/** Checks an effective date against today, the unit's founding and its latest change: history is appended to, never rewritten. */
export function effectiveDateProblem(
  effectiveOn: string,
  today: string,
  establishedOn: string,
  lastChangeOn: string,
): DateProblem {
  if (effectiveOn > today) return "future";
  if (effectiveOn < establishedOn) return "beforeExistence";
  if (effectiveOn < lastChangeOn) return "beforeLastChange";
  return null;
}
