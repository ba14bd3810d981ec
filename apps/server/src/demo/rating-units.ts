import type { OrgUnitType } from "@dangvu/contract";
import { addMonths } from "../rules/dates";
import type { TreeHistory } from "./history";
import type { GeneratedMember } from "./members";
import type { Random } from "./random";

export interface UnitOn {
  id: string;
  name: string;
  type: OrgUnitType;
  parentId: string | null;
}

const baseTypes: readonly OrgUnitType[] = ["grassroots_committee", "grassroots_cell"];

/**
 * The tree as it stood on one day (the judging day of a cycle): who is under which upper committee, each cell's base
 * organisation and the body that decides an organisation's rating (ratings.authority: HD 25-HD/BTCTW 2023).
 */
export class TreeOn {
  readonly units = new Map<string, UnitOn>();

  constructor(
    h: TreeHistory,
    readonly day: string,
  ) {
    for (const id of h.units.keys()) {
      const v = h.on(id, day);
      if (v) this.units.set(id, { id, name: v.name, type: v.type, parentId: v.parentId });
    }
  }

  /** Upper-grassroots committees that existed that day: each runs its own yearly cycle. */
  uppers(): UnitOn[] {
    return [...this.units.values()].filter((u) => u.type === "upper_committee");
  }

  /** Every organisation strictly below a unit. */
  below(unitId: string): UnitOn[] {
    return [...this.units.values()].filter((u) => u.id !== unitId && this.isUnder(u.id, unitId));
  }

  isUnder(unitId: string, ancestorId: string): boolean {
    for (let at = this.units.get(unitId), depth = 0; at && depth < 12; depth++) {
      if (at.id === ancestorId) return true;
      at = at.parentId ? this.units.get(at.parentId) : undefined;
    }
    return false;
  }

  /** The nearest ancestor-or-self of a type base committee or base cell: who decides the members' levels. */
  baseOf(unitId: string): UnitOn {
    let at = this.units.get(unitId) as UnitOn;
    while (!baseTypes.includes(at.type) && at.parentId) at = this.units.get(at.parentId) as UnitOn;
    return at;
  }

  /** Who decides an organisation's level: the base committee for what is under it, the committee above a base. */
  deciderOf(unitId: string): string {
    const unit = this.units.get(unitId) as UnitOn;
    if (baseTypes.includes(unit.type)) return unit.parentId as string;
    return this.baseOf(unit.parentId as string).id;
  }

  isBase(unitId: string): boolean {
    return baseTypes.includes((this.units.get(unitId) as UnitOn).type);
  }
}

/** Why a member on the list is left out of a cycle judged on `day` (domain.md §5.4), or null when reviewed. */
export function exclusionOf(g: GeneratedMember, day: string): "exempt" | "recently_admitted" | null {
  const exempt = g.events.find((e) => e.kind === "exemption");
  if (exempt && exempt.occurredOn <= day) return "exempt";
  if (addMonths(g.member.admissionDecidedOn as string, 6) > day) return "recently_admitted";
  return null;
}

/** The member's cell on a day when on the list then (admitted, not gone), or null. */
export function listedCellOn(g: GeneratedMember, day: string): string | null {
  const m = g.member;
  if (!m.admissionDecidedOn || m.admissionDecidedOn > day) return null;
  if (m.exitedOn && m.exitedOn <= day) return null;
  const spans = g.memberships ?? [{ orgUnitId: m.orgUnitId, validFrom: g.membershipFrom, validTo: m.exitedOn }];
  return spans.find((s) => s.validFrom <= day && (!s.validTo || s.validTo > day))?.orgUnitId ?? null;
}

/**
 * Decision numbers that never repeat across the demo (award decisions are unique by number): "125-QĐ/ĐU", drawn
 * from the body's usual range with the code after the slash.
 */
export class DecisionNumbers {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  next(code: string, from = 10, to = 480): string {
    for (;;) {
      const n = `${String(this.random.int(from, to)).padStart(2, "0")}-${code}`;
      if (this.used.has(n.toLowerCase())) {
        to += 1;
        continue;
      }
      this.used.add(n.toLowerCase());
      return n;
    }
  }
}

/** The code after the slash of a decision by this body: the bloc's ĐUK, a committee's ĐU, a cell's CB, the province's TU. */
export function codeOf(unit: UnitOn, blocId: string): string {
  if (unit.id === blocId) return "ĐUK";
  if (unit.type === "provincial_committee") return "TU";
  if (unit.type === "grassroots_cell" || unit.type === "cell") return "CB";
  return "ĐU";
}
