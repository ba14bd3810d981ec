import { partyAge, partyAgeMonths } from "../modules/members";
import { addDays, addMonths } from "../rules/dates";
import type { SeatRow } from "./committees";
import type { GeneratedMember } from "./members";
import type { Random } from "./random";
import type { DecisionNumbers } from "./rating-units";
import { listedCellOn } from "./rating-units";
import type { DemoTree } from "./tree";

/** The journeys' people and the base organisation they are in: left as the journeys expect them. */
export interface Untouchable {
  memberIds: Set<string>;
  baseId: string;
}

/** The party-age record the members module computes with (the demo has no gaps outside the Party). */
export function ageRecord(g: GeneratedMember) {
  return {
    firstAdmissionDecidedOn: g.member.firstAdmissionDecidedOn,
    partyGaps: [] as [string, string][],
    fullMembershipOn: g.member.fullMembershipOn,
    exitedOn: g.member.exitedOn,
  };
}

export const partyAgeOn = (g: GeneratedMember, on: string) => partyAgeMonths(partyAge(ageRecord(g), on));

/**
 * A few discipline decisions each year (reprimand or warning by the base committee, on its inspection committee's
 * proposal) on members of fewer than 25 years in the Party, outside the journeys' base organisation: the ratings never
 * make them excellent that year. Returns the disciplined members by year.
 */
export function disciplineSome(
  random: Random,
  t: DemoTree,
  generated: GeneratedMember[],
  numbers: DecisionNumbers,
  keep: Untouchable,
  today: string,
): Map<number, Set<string>> {
  const year = Number(today.slice(0, 4));
  const out = new Map<number, Set<string>>();
  const taken = new Set<string>();
  for (const y of [year - 3, year - 2, year - 1, year]) {
    const day = `${y}-${String(random.int(3, 9)).padStart(2, "0")}-${random.int(10, 28)}`;
    if (day >= addDays(today, -30)) continue;
    const pool = generated.filter((g) => {
      const cell = listedCellOn(g, day);
      const base = cell ? baseUnitOf(t, cell, day) : undefined;
      return (
        cell &&
        base?.type === "grassroots_committee" &&
        base.id !== keep.baseId &&
        !keep.memberIds.has(g.member.id) &&
        !taken.has(g.member.id) &&
        !g.member.exitedOn &&
        !g.member.isExempt &&
        g.member.fullMembershipOn &&
        g.member.fullMembershipOn < day &&
        partyAgeOn(g, today) < 25 * 12
      );
    });
    const chosen = [0, 1].map(() => pool[random.int(0, pool.length - 1)] as GeneratedMember);
    for (const g of new Set(chosen)) {
      const base = baseUnitOf(t, listedCellOn(g, day) as string, day) as { name: string };
      taken.add(g.member.id);
      numbers.next("QĐ/UBKT"); // drawn (and kept from the awards' numbers) as before, so their stream stays as it was
      g.events.push({
        kind: "discipline",
        occurredOn: day,
        // Numbered in the base committee's register with its other decisions (numberLaterDecisions, run after this).
        decisionNo: null,
        pending: { type: "QĐ" },
        details: {
          form: random.chance(0.7) ? "reprimand" : "warning",
          // The base committee decides (discipline.authority: its inspection committee inspects and proposes).
          decidingBody: base.name.replace(/^Đảng bộ/, "Đảng ủy"),
        },
      });
      g.events.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
      out.set(y, (out.get(y) ?? new Set()).add(g.member.id));
    }
  }
  return out;
}

function baseUnitOf(t: DemoTree, cellId: string, day: string) {
  let v = t.history.on(cellId, day);
  while (v && v.type !== "grassroots_committee" && v.type !== "grassroots_cell" && v.parentId)
    v = t.history.on(v.parentId, day);
  return v ? { id: v.unitId, name: v.name, type: v.type } : undefined;
}

/**
 * One or two members who died within the year before their 30-year milestone, in the last two years and a half:
 * their badge is awarded posthumously (truy tặng, ≤ 12 months early) on the next award date. Chosen among those
 * who hold no seat, so no committee keeps a member who has died.
 */
export function posthumousSome(
  random: Random,
  generated: GeneratedMember[],
  seats: SeatRow[],
  keep: Untouchable,
  today: string,
): GeneratedMember[] {
  const seated = new Set(seats.map((s) => s.memberId));
  const from = addMonths(today, -30);
  const to = addDays(today, -60);
  const pool = generated.filter((g) => {
    const m = g.member;
    if (m.exitedOn || m.isExempt || m.status !== "full" || seated.has(m.id) || keep.memberIds.has(m.id)) return false;
    const milestone = addMonths(m.firstAdmissionDecidedOn as string, 360);
    const last = g.events
      .map((e) => e.occurredOn)
      .sort()
      .at(-1) as string;
    return addMonths(milestone, -10) > from && addMonths(milestone, -2) < to && last < addMonths(milestone, -12);
  });
  const chosen = [...new Set([pool[0], pool[Math.floor(pool.length / 2)]])].filter(Boolean) as GeneratedMember[];
  for (const g of chosen) {
    const milestone = addMonths(g.member.firstAdmissionDecidedOn as string, 360);
    const latest = [addMonths(milestone, -2), to].sort()[0] as string;
    const earliest = [addMonths(milestone, -10), from].sort()[1] as string;
    const span = Math.max(0, Math.round((Date.parse(latest) - Date.parse(earliest)) / 86_400_000));
    const died = addDays(earliest, random.int(0, span));
    Object.assign(g.member, { status: "left", exitReason: "died", exitedOn: died });
    g.events.push({ kind: "death", occurredOn: died, decisionNo: null, details: {} });
    const last = g.memberships?.at(-1);
    if (last) last.validTo = died;
  }
  return chosen;
}
