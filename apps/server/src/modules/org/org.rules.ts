import { canBeUnder, type OrgUnitType, type PositionKind } from "@dangvu/contract";

/** Which unit types may sit directly under which: the contract's table (domain.md §1.1; Điều lệ Đảng, Điều 21, 24). */
export { canBeUnder };

/** Only a grassroots committee or higher has an inspection committee (Điều lệ Đảng, Điều 32). */
export function hasInspectionCommittee(type: OrgUnitType): boolean {
  return type === "provincial_committee" || type === "upper_committee" || type === "grassroots_committee";
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
 * elect a chi ủy (QĐ 294; ≥ 9 full members) while none is recorded. The thresholds are versioned rule settings.
 */
export function cellWarnings(
  type: OrgUnitType,
  fullMembers: number,
  rules: CellRules,
  hasCommittee = false,
): Warning[] {
  if (!isCell(type)) return [];
  if (fullMembers < rules.minFullMembers) {
    return [{ code: "org.warn.fewFullMembers", params: { count: fullMembers, min: rules.minFullMembers } }];
  }
  if (fullMembers >= rules.cellCommitteeThreshold && !hasCommittee) {
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

/** Only a grassroots committee or higher has a standing committee (ban thường vụ) (domain.md §1.3). */
export function hasStandingCommittee(type: OrgUnitType): boolean {
  return type === "provincial_committee" || type === "upper_committee" || type === "grassroots_committee";
}

/** A committee seat held over [startsOn, endsOn). */
export interface Seat {
  kind: PositionKind;
  memberId: string | null;
  holderName: string;
  startsOn: string;
  endsOn: string | null;
}

export interface SeatRequest {
  unitType: OrgUnitType;
  kind: PositionKind;
  startsOn: string;
  endsOn: string | null;
  memberId: string | null;
  holderName: string | null;
  /** The named member on the start date: in the unit (a cell) or its subtree (a committee), and full then. */
  holder: { inUnit: boolean; isFull: boolean } | null;
  /** Full members of the unit on the start date. */
  fullMembers: number;
  /** Every seat of the unit, ended or not. */
  seats: readonly Seat[];
  rules: { cellCommitteeThreshold: number; cellCommitteeMaxSize: number };
}

export interface SeatProblem {
  code: string;
  field: string;
  /** The seat the new one collides with, when there is one. */
  other?: Seat;
}

const cellSeats: readonly PositionKind[] = ["secretary", "deputy_secretary", "committee_member"];

/**
 * Why a seat cannot be recorded, or null. A cell's seats go to its own full members (probationary members may not
 * stand for a party committee: Điều lệ Đảng, Điều 3); one bí thư at a time; a cell elects one phó bí thư, and a chi ủy
 * of at most `cellCommitteeMaxSize` only from `cellCommitteeThreshold` full members, its bí thư and phó among them
 * (Quy định thi hành Điều lệ Đảng, mục 24; domain.md §1.3).
 */
export function seatProblem(r: SeatRequest): SeatProblem | null {
  const cell = isCell(r.unitType);
  if (r.kind === "inspection_chair" && !hasInspectionCommittee(r.unitType))
    return { code: "org.noInspectionCommittee", field: "kind" };
  if (r.kind === "standing_committee_member" && !hasStandingCommittee(r.unitType))
    return { code: "org.noStandingCommittee", field: "kind" };
  if (cell && !r.memberId) return { code: "org.seatNeedsMember", field: "memberId" };
  if (!r.memberId && !r.holderName) return { code: "org.seatNeedsHolder", field: "holderName" };
  if (r.memberId && !r.holder?.inUnit) return { code: "org.seatHolderNotInUnit", field: "memberId" };
  if (r.memberId && !r.holder?.isFull) return { code: "org.seatHolderNotFull", field: "memberId" };
  const during = r.seats.filter((s) => overlaps(s.startsOn, s.endsOn, r.startsOn, r.endsOn));
  const same = r.memberId ? during.find((s) => s.memberId === r.memberId) : undefined;
  if (same) return { code: "org.seatHolderTwice", field: "memberId", other: same };
  const secretary = during.find((s) => s.kind === "secretary");
  if (r.kind === "secretary" && secretary) return { code: "org.oneSecretary", field: "kind", other: secretary };
  if (!cell) return null;
  if (r.kind === "deputy_secretary" && during.some((s) => s.kind === "deputy_secretary"))
    return { code: "org.oneDeputy", field: "kind" };
  const committeeSized = r.fullMembers >= r.rules.cellCommitteeThreshold;
  if (r.kind === "committee_member" && !committeeSized) return { code: "org.cellCommitteeTooSmall", field: "kind" };
  if (committeeSized && during.filter((s) => cellSeats.includes(s.kind)).length + 1 > r.rules.cellCommitteeMaxSize)
    return { code: "org.cellCommitteeFull", field: "kind" };
  return null;
}

/** Whether a cell has a chi ủy on a date: at least one chi ủy viên seat besides its bí thư and phó. */
export function hasCellCommittee(seats: readonly Seat[], on: string): boolean {
  return seats.some((s) => s.kind === "committee_member" && s.startsOn <= on && (!s.endsOn || s.endsOn > on));
}

/** Whether two periods [start, end) meet; an open end runs on. */
export function overlaps(aStart: string, aEnd: string | null, bStart: string, bEnd: string | null): boolean {
  return (aEnd === null || bStart < aEnd) && (bEnd === null || aStart < bEnd);
}
