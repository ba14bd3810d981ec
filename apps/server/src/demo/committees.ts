import type { PositionKind } from "@dangvu/contract";
import { inCellOn } from "./decisions";
import type { TreeHistory } from "./history";
import type { GeneratedMember } from "./members";
import { fictionalName } from "./names";
import { cellHeadTitle } from "./people";
import type { Random } from "./random";
import type { DemoTree, GeneratedUnit } from "./tree";

export interface TermRow {
  id: string;
  orgUnitId: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
}

export interface SeatRow {
  id: string;
  orgUnitId: string;
  termId: string;
  kind: PositionKind;
  holderName: string;
  memberId: string | null;
  startsOn: string;
  endsOn: string | null;
}

/** Who the guided journeys expect in a seat: the unit, the kind, the member. */
export type Preferred = Map<string, string>;

const key = (unitId: string, kind: PositionKind) => `${unitId}|${kind}`;

/** The terms (nhiệm kỳ) a unit's congresses opened, from its founding to today or its end (domain.md §1.4). */
function termsOf(
  random: Random,
  unit: GeneratedUnit,
  t: DemoTree,
): { name: string; startsOn: string; endsOn: string | null }[] {
  const cell = unit.type === "cell";
  const plan: [string, string][] =
    unit.type === "provincial_committee"
      ? [
          ["2015–2020", "2015-10-15"],
          ["2020–2025", "2020-10-15"],
          ["2025–2030", "2025-10-10"],
        ]
      : unit.id === t.bloc.id
        ? [
            ["2015–2020", "2015-08-20"],
            ["2020–2025", "2020-07-25"],
          ]
        : unit.type === "upper_committee"
          ? [["2025–2030", unit.establishedOn]]
          : cell
            ? [
                ["2020–2022", congress(random, 2020)],
                ["2022–2025", congress(random, 2022)],
                ["2025–2030", congress(random, 2025)],
              ]
            : [
                ["2015–2020", congress(random, 2015)],
                ["2020–2025", congress(random, 2020)],
                ["2025–2030", congress(random, 2025)],
              ];
  const out = plan
    .map(([name, startsOn], i) => ({ name, startsOn, endsOn: plan[i + 1]?.[1] ?? unit.dissolvedOn ?? null }))
    .filter((term) => !term.endsOn || term.endsOn > unit.establishedOn)
    .filter((term) => !unit.dissolvedOn || term.startsOn < unit.dissolvedOn);
  const first = out[0];
  if (first && first.startsOn < unit.establishedOn) first.startsOn = unit.establishedOn;
  return out;
}

/** Cells and committees hold their congresses in spring: April for cells, May for base committees. */
function congress(random: Random, year: number): string {
  return `${year}-0${random.int(4, 5)}-${String(random.int(5, 25)).padStart(2, "0")}`;
}

/**
 * Terms and seats for every unit. A cell's bí thư, phó bí thư and chi ủy viên are full members of that cell on the
 * day their term began; a chi ủy only where the cell then had nine full members, of three, five or seven seats; a
 * base committee's bí thư is its body's head from its own members. Holders' job titles follow their seats.
 */
export function seatCommittees(
  random: Random,
  t: DemoTree,
  members: GeneratedMember[],
  preferred: Preferred,
  excluded: ReadonlySet<string>,
) {
  const terms: TermRow[] = [];
  const seats: SeatRow[] = [];
  const byCell = new Map<string, GeneratedMember[]>();
  for (const g of members)
    for (const span of g.memberships ?? [{ orgUnitId: g.member.orgUnitId }]) {
      const list = byCell.get(span.orgUnitId) ?? [];
      if (!list.includes(g)) list.push(g);
      byCell.set(span.orgUnitId, list);
    }
  const cells = t.units.filter((u) => u.type === "cell" || u.type === "grassroots_cell");
  const cellsUnder = (unitId: string, day: string) => cells.filter((u) => under(t.history, u.id, unitId, day));
  const fullIn = (cellIds: string[], day: string, until: string | null) =>
    cellIds.flatMap((id) => (byCell.get(id) ?? []).filter((g) => isFullIn(g, id, day, until)));
  const leaders = new Set<string>();
  // Committees first, so their heads are not also made a cell's bí thư.
  const ordered = [...t.units].sort((a, b) => rank(a) - rank(b));
  for (const unit of ordered) {
    const cell = unit.type === "cell" || unit.type === "grassroots_cell";
    let previous: Map<PositionKind, string | null> = new Map();
    for (const term of termsOf(random, unit, t)) {
      const termId = random.uuid();
      terms.push({ id: termId, orgUnitId: unit.id, ...term });
      const pool = fullIn(
        cell ? [unit.id] : cellsUnder(unit.id, term.startsOn).map((c) => c.id),
        term.startsOn,
        term.endsOn,
      );
      const seat = (kind: PositionKind, g: GeneratedMember | null, startsOn = term.startsOn) => {
        seats.push({
          id: random.uuid(),
          orgUnitId: unit.id,
          termId,
          kind,
          holderName: g?.member.fullName ?? fictionalName(random, random.chance(0.7) ? "male" : "female"),
          memberId: g?.member.id ?? null,
          startsOn,
          endsOn: term.endsOn,
        });
        // A committee's bí thư and phó (the body's heads) are not also a cell's bí thư; its members often are.
        if (g && !cell && (kind === "secretary" || kind === "deputy_secretary")) leaders.add(g.member.id);
      };
      const pick = (kind: PositionKind, taken: Set<string>) => {
        const wanted = preferred.get(key(unit.id, kind));
        const open = pool.filter((g) => !taken.has(g.member.id) && !excluded.has(g.member.id));
        const others = open.filter((g) => !cell || !leaders.has(g.member.id) || wanted === g.member.id);
        // In a small cell the heads sit on its chi ủy too, rather than leave a seat empty.
        const free = others.length > 0 ? others : open;
        const again = free.find((g) => g.member.id === previous.get(kind) && random.chance(0.6));
        const chosen = free.find((g) => g.member.id === wanted) ?? again ?? senior(random, free);
        if (chosen) taken.add(chosen.member.id);
        return chosen ?? null;
      };
      const taken = new Set<string>();
      if (cell) {
        const count = countFull(byCell.get(unit.id) ?? [], unit.id, term.startsOn);
        const secretary = pick("secretary", taken);
        if (!secretary) continue;
        seat("secretary", secretary);
        const deputy = count >= 5 ? pick("deputy_secretary", taken) : null;
        if (deputy) seat("deputy_secretary", deputy);
        const sitting = deputy ? 2 : 1;
        const size = count >= 30 ? 7 : count >= 15 ? 5 : 3;
        const from = count >= 9 ? term.startsOn : nineFullFrom(byCell.get(unit.id) ?? [], unit.id, term);
        // Only members who stay to the end of the term are elected; exempt ones count, but do not sit.
        if (from)
          for (let i = sitting; i < size; i++) {
            const g = pick("committee_member", taken);
            if (g) seat("committee_member", g, from);
          }
        if (!term.endsOn) entitle(unit, secretary, deputy);
        previous = new Map([
          ["secretary", secretary.member.id],
          ["deputy_secretary", deputy?.member.id ?? null],
        ]);
        continue;
      }
      const named = unit.type === "grassroots_committee" || unit.type === "sub_committee";
      const secretary = named ? pick("secretary", taken) : null;
      seat("secretary", secretary);
      const deputy = named ? pick("deputy_secretary", taken) : null;
      seat("deputy_secretary", deputy);
      if (!term.endsOn && secretary && unit.head) secretary.member.jobTitle = unit.head;
      if (!term.endsOn && deputy && unit.head) deputy.member.jobTitle = `Phó ${unit.head}`;
      for (const g of [secretary, deputy]) if (g && !term.endsOn) g.member.politicalTheoryLevel = "advanced";
      if (unit.type !== "sub_committee") {
        const members = named ? 3 : 2;
        for (let i = 0; i < members; i++)
          seat(
            named ? "committee_member" : "standing_committee_member",
            named ? pick("committee_member", taken) : null,
          );
        seat("inspection_chair", named ? pick("inspection_chair", taken) : null);
      }
      previous = new Map([
        ["secretary", secretary?.member.id ?? null],
        ["deputy_secretary", deputy?.member.id ?? null],
      ]);
    }
  }
  return { terms, seats };
}

/** Today's bí thư and phó of a cell carry the cell's head titles; a chi bộ cơ sở's, its body's. */
function entitle(unit: GeneratedUnit, secretary: GeneratedMember, deputy: GeneratedMember | null) {
  const grassroots = unit.type === "grassroots_cell" && unit.head;
  secretary.member.jobTitle = grassroots ? (unit.head as string) : cellHeadTitle(unit.name, false);
  if (deputy) deputy.member.jobTitle = grassroots ? `Phó ${unit.head}` : cellHeadTitle(unit.name, true);
  for (const g of [secretary, deputy])
    if (g && g.member.politicalTheoryLevel !== "advanced") g.member.politicalTheoryLevel = "intermediate";
  if (unit.name.includes("Sinh viên")) for (const g of [secretary, deputy]) if (g) g.member.jobTitle = "Giảng viên";
}

/** A full member of the cell on `day`, still one (not exempt, not gone) until `until`. */
function isFullIn(g: GeneratedMember, cellId: string, day: string, until: string | null): boolean {
  const m = g.member;
  if (!m.fullMembershipOn || m.fullMembershipOn > day || !inCellOn(g, cellId, day)) return false;
  if (m.isExempt) return false;
  return !m.exitedOn || (until !== null && m.exitedOn >= until);
}

/** Full members of the cell on a day, as the org module counts them (exempt ones included). */
function countFull(people: GeneratedMember[], cellId: string, day: string): number {
  return people.filter((g) => {
    const m = g.member;
    return (
      m.fullMembershipOn && m.fullMembershipOn <= day && inCellOn(g, cellId, day) && (!m.exitedOn || m.exitedOn > day)
    );
  }).length;
}

/** The first day of a term when the cell had nine full members, for a chi ủy elected later in the term. */
function nineFullFrom(people: GeneratedMember[], cellId: string, term: { startsOn: string; endsOn: string | null }) {
  const days = people
    .flatMap((g) => [g.member.fullMembershipOn, g.membershipFrom, ...(g.memberships ?? []).map((s) => s.validFrom)])
    .filter((d): d is string => !!d && d > term.startsOn && (!term.endsOn || d < term.endsOn))
    .sort();
  return days.find((day) => countFull(people, cellId, day) >= 9) ?? null;
}

/** Someone senior: older members with longer party age are elected more often. */
function senior(random: Random, pool: GeneratedMember[]): GeneratedMember | undefined {
  if (pool.length === 0) return undefined;
  const ranked = [...pool].sort((a, b) => a.member.birthDate.localeCompare(b.member.birthDate));
  const top = ranked.slice(0, Math.max(1, Math.ceil(ranked.length / 3)));
  return random.pick(top);
}

function under(h: TreeHistory, unitId: string, ancestorId: string, day: string): boolean {
  for (let at = h.on(unitId, day), depth = 0; at && depth < 10; depth++) {
    if (at.parentId === ancestorId) return true;
    at = at.parentId ? h.on(at.parentId, day) : undefined;
  }
  return false;
}

function rank(u: GeneratedUnit): number {
  return [
    "provincial_committee",
    "upper_committee",
    "grassroots_committee",
    "sub_committee",
    "grassroots_cell",
    "cell",
  ].indexOf(u.type);
}

export const seatKey = key;
