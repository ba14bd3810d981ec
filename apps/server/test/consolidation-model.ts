import fc from "fast-check";

/*
 * The in-memory model of the consolidation property test (reports-consolidation.property.test.ts): what a random
 * history did to the tree and the members, and the direct count of each member figure over it, written without
 * the indicators' SQL.
 */

export const BASES = 3;
export const CELLS = 6;
/** Day 0 is 2026-01-01. */
export const dayOf = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
export const dayBefore = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);
/** The probationary members of the initial tree finish their 12 months on this day. */
export const probationEnds = "2026-02-15";

export type OpKind = "admit" | "transfer" | "transferOut" | "strike" | "die" | "full" | "move" | "merge";
export interface Op {
  kind: OpKind;
  a: number;
  b: number;
  day: number;
}
export const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<OpKind>(
    "admit",
    "transfer",
    "transfer",
    "transferOut",
    "strike",
    "die",
    "full",
    "move",
    "merge",
  ),
  a: fc.nat(40),
  b: fc.nat(40),
  day: fc.integer({ min: 0, max: 320 }),
});

export interface Segment {
  cell: string;
  from: string;
  to: string | null;
}
export interface MemberModel {
  id: string;
  segments: Segment[];
  admittedOn: string | null;
  fullOn: string | null;
  left: boolean;
  status: "candidate" | "probationary" | "full";
}
export interface World {
  committee: string;
  bases: string[];
  cells: string[];
  /** Each cell's parents with the day each took effect, and the day it was merged away. */
  parents: Map<string, { from: string; parent: string }[]>;
  mergedOn: Map<string, string>;
  members: MemberModel[];
  events: { kind: string; day: string; cell: string }[];
  transfers: { from: string; to: string; day: string }[];
  outside: { from: string; day: string }[];
}

/** Whether a cell stood under `unit` (the committee or a base committee) on a day. */
export function under(w: World, unit: string, cell: string, day: string): boolean {
  const merged = w.mergedOn.get(cell);
  if (merged && day >= merged) return false;
  if (unit === w.committee) return true;
  const history = w.parents.get(cell) ?? [];
  let parent: string | undefined;
  for (const h of history) if (h.from <= day) parent = h.parent;
  return parent === unit;
}

/** The direct count of an indicator over the model, for a unit and a period. */
export function expected(w: World, unit: string, indicator: string, from: string, to: string): number {
  const onList = w.members.filter(
    (m) =>
      m.admittedOn !== null &&
      m.admittedOn <= to &&
      m.segments.some((s) => s.from <= to && (s.to === null || s.to > to) && under(w, unit, s.cell, to)),
  );
  const events = (kind: string) =>
    w.events.filter((e) => e.kind === kind && e.day >= from && e.day <= to && under(w, unit, e.cell, e.day)).length;
  const moved = w.transfers.filter((x) => x.day >= from && x.day <= to);
  const fromIn = (x: { from: string; day: string }) => under(w, unit, x.from, dayBefore(x.day));
  const toIn = (x: { to: string; day: string }) => under(w, unit, x.to, x.day);
  switch (indicator) {
    case "members.onList":
      return onList.length;
    case "members.full":
      return onList.filter((m) => m.fullOn !== null && m.fullOn <= to).length;
    case "members.probationary":
      return onList.filter((m) => m.fullOn === null || m.fullOn > to).length;
    case "members.exempt":
      return 0;
    case "members.transferredIn":
      return moved.filter((x) => !fromIn(x) && toIn(x)).length;
    case "members.transferredWithin":
      return moved.filter((x) => fromIn(x) && toIn(x)).length;
    case "members.transferredOut":
      return (
        moved.filter((x) => fromIn(x) && !toIn(x)).length +
        w.outside.filter((x) => x.day >= from && x.day <= to && under(w, unit, x.from, x.day)).length
      );
    default: {
      const kinds: Record<string, string> = {
        "members.admitted": "admission",
        "members.readmitted": "readmission",
        "members.recognisedFull": "full_membership",
        "members.struckOff": "struck_off",
        "members.probationStruckOff": "probation_struck_off",
        "members.expelled": "expulsion",
        "members.disciplined": "discipline",
        "members.resigned": "resignation",
        "members.died": "death",
        "members.cardsIssued": "card_issued",
      };
      const kind = kinds[indicator];
      if (!kind) throw new Error(`no direct count for ${indicator}`);
      return events(kind);
    }
  }
}

/** The cell a member's open membership is in, if any. */
export const currentCell = (m: MemberModel) => m.segments.find((s) => s.to === null)?.cell;
