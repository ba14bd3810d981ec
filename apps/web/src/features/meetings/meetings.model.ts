import type { AttendanceStatus, Me, Meeting, QualityLevel, ScoringTemplate } from "@dangvu/contract";
import { isCellType, type TreeIndex, unitsWithPermission } from "../org/org-tree.model";

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

/** Units where the user may plan meetings: the subtrees of grants whose role holds `meeting.write`. */
export function writableUnitIds(me: Me | undefined, index: TreeIndex): Set<string> {
  return unitsWithPermission(me, index, "meeting.write");
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

/** The marks on the attendance sheet: saved or just ticked, with the reason of an absence. */
export type Marks = Record<string, { status: AttendanceStatus | null; reason: string }>;

export function marksOf(roster: Meeting["roster"]): Marks {
  return Object.fromEntries(roster.map((r) => [r.memberId, { status: r.attendance, reason: r.reason ?? "" }]));
}

/** A member of the sheet as the counts need them (members of other cells here for a while are `temporary`). */
export interface SheetMember {
  memberId: string;
  status: "probationary" | "full";
  counted: boolean;
  temporary?: boolean;
  away?: boolean;
}

/** What the summary above the sheet shows. */
export interface LiveCounts {
  fullMembers: number;
  probationaryMembers: number;
  counted: number;
  present: number;
  absentExcused: number;
  absentUnexcused: number;
  attendanceRate: number;
}

/**
 * The counts of the sheet as ticked, before saving: the server's own counting (the cell's own members by status;
 * members not counted stay out of the rate), so the summary follows every tick; after saving they are the same.
 */
export function liveCounts(roster: readonly SheetMember[], marks: Marks): LiveCounts {
  const own = roster.filter((m) => !m.temporary);
  const counted = own.filter((m) => m.counted);
  const status = (id: string) => marks[id]?.status ?? null;
  const present = counted.filter((m) => status(m.memberId) === "present");
  return {
    fullMembers: own.filter((m) => m.status === "full").length,
    probationaryMembers: own.filter((m) => m.status === "probationary").length,
    counted: counted.length,
    present: present.length,
    absentExcused: counted.filter((m) => status(m.memberId) === "absent_excused").length,
    absentUnexcused: counted.filter((m) => status(m.memberId) === "absent_unexcused").length,
    attendanceRate: counted.length === 0 ? 0 : Math.round((present.length / counted.length) * 1000) / 10,
  };
}

/** The attendance criterion's points from a rate: its share of the maximum, rounded down (the server's setting). */
export function attendancePoints(rate: number, max: number): number {
  return Math.max(0, Math.min(max, Math.floor((rate * max) / 100 + 1e-9)));
}
