import type { CaseState, InspectingBody, OrgUnitType, ProgrammeProgress } from "@dangvu/contract";
import { hasInspectionCommittee, isCell } from "../org";

/**
 * Which body of a unit may hold a programme (domain.md §7.1–7.2): a cell (chi bộ) its own; a committee any level
 * above a cell; a standing committee (BTV) from the upper-grassroots committee up; an inspection committee (UBKT)
 * where the unit has one (Điều lệ Đ32).
 */
export function bodyAllowedAt(body: InspectingBody, type: OrgUnitType): boolean {
  if (body === "cell") return isCell(type);
  if (body === "committee") return !isCell(type) && type !== "party_group";
  if (body === "standing_committee") return type === "upper_committee" || type === "provincial_committee";
  return hasInspectionCommittee(type);
}

/** The states in which a case has reached its conclusion. */
const concludedStates: readonly string[] = ["concluded", "notified", "closed"] satisfies CaseState[];

/** An item is late when its month of the programme's year is over (by `today`) and no case carries it out. */
export function isItemLate(year: number, month: number, caseId: string | null, today: string): boolean {
  if (caseId) return false;
  return `${year}-${String(month).padStart(2, "0")}` < today.slice(0, 7);
}

/** How far a programme has got: its items planned, started (a case opened), concluded, and late. */
export function progressOf(
  year: number,
  items: readonly { month: number; caseId: string | null; caseState: string | null }[],
  today: string,
): ProgrammeProgress {
  return {
    planned: items.length,
    started: items.filter((i) => i.caseId !== null).length,
    concluded: items.filter((i) => i.caseState !== null && concludedStates.includes(i.caseState)).length,
    late: items.filter((i) => isItemLate(year, i.month, i.caseId, today)).length,
  };
}
