import type { TreeHistory, Version } from "./history";
import type { GeneratedMember } from "./members";
import type { Random } from "./random";

/** The cell a member belonged to on a day (their first cell before they joined it). */
export function cellOn(g: GeneratedMember, day: string): string {
  const spans = g.memberships ?? [{ orgUnitId: g.member.orgUnitId, validFrom: g.membershipFrom, validTo: null }];
  const found = spans.find((s) => s.validFrom <= day && (!s.validTo || s.validTo > day));
  return (found ?? (day < (spans[0]?.validFrom ?? day) ? spans[0] : spans.at(-1)))?.orgUnitId ?? g.member.orgUnitId;
}

/** Whether a member was in the cell on a day (strictly: not before they joined it). */
export function inCellOn(g: GeneratedMember, cellId: string, day: string): boolean {
  const spans = g.memberships ?? [{ orgUnitId: g.member.orgUnitId, validFrom: g.membershipFrom, validTo: null }];
  return spans.some((s) => s.orgUnitId === cellId && s.validFrom <= day && (!s.validTo || s.validTo > day));
}

/** The unit's version on a day, or its first one for a day before it existed. */
function versionOn(h: TreeHistory, unitId: string, day: string): Version {
  return h.on(unitId, day) ?? h.first(unitId);
}

/**
 * Who signs a member's decision on a day, with the code after the slash (domain.md §8.3): the base committee over the
 * cell ("ĐU"), or for a chi bộ cơ sở the upper committee it was under then (the bloc's "ĐUK", a successor's "ĐU").
 */
function issuerOf(h: TreeHistory, cellId: string, day: string, blocId: string): { id: string; code: string } {
  let at = versionOn(h, cellId, day);
  if (at.type === "grassroots_cell") {
    const upper = at.parentId as string;
    return { id: upper, code: upper === blocId ? "ĐUK" : "ĐU" };
  }
  while (at.parentId && at.type !== "grassroots_committee") at = versionOn(h, at.parentId, day);
  return { id: at.unitId, code: "ĐU" };
}

/** The five-year term a day falls in (congresses around mid-year of 2015, 2020, 2025 …): numbering restarts with it. */
function termOf(day: string): number {
  const year = Number(day.slice(0, 4));
  const start = year - (year % 5);
  return day >= `${start}-06-01` ? start : start - 5;
}

/**
 * Numbers the members' decisions the way a party office does (HD 36-HD/VPTW): in date order by the body that signs
 * them, from 01 within each term, with the body's other decisions in between; "15-QĐ/ĐU" from a base committee,
 * "03-NQ/CB" from a cell. Also gives every admitted member their file number (số lý lịch), in order of admission.
 */
export function numberDecisions(random: Random, h: TreeHistory, members: GeneratedMember[], blocId: string): Registers {
  const pending = pendingDecisions(h, members, blocId);
  pending.sort((a, b) => a.e.occurredOn.localeCompare(b.e.occurredOn));
  const registers: Registers = new Map();
  for (const p of pending) {
    const list = registers.get(p.key) ?? [];
    const gap = p.type === "QĐ" ? random.int(1, 4) : random.int(1, 3);
    list.push({ ...p, n: (list.at(-1)?.n ?? 0) + gap });
    registers.set(p.key, list);
    write(list.at(-1) as Numbered);
  }
  const admitted = members.filter((g) => g.member.firstAdmissionDecidedOn);
  admitted.sort((a, b) =>
    (a.member.firstAdmissionDecidedOn as string).localeCompare(b.member.firstAdmissionDecidedOn as string),
  );
  admitted.forEach((g, i) => {
    g.member.fileNumber = String(1_000 + i * 3 + random.int(0, 2)).padStart(6, "0");
  });
  return registers;
}

type Decision = GeneratedMember["events"][number];
interface Numbered {
  g: GeneratedMember;
  e: Decision;
  key: string;
  code: string;
  type: "QĐ" | "NQ";
  n: number;
}
/** Each body's register of numbers, by body, type and term, in the order signed. */
export type Registers = Map<string, Numbered[]>;

function pendingDecisions(h: TreeHistory, members: GeneratedMember[], blocId: string): Omit<Numbered, "n">[] {
  const out: Omit<Numbered, "n">[] = [];
  for (const g of members)
    for (const e of g.events) {
      if (!e.pending) continue;
      const cell = cellOn(g, e.occurredOn);
      const type = e.pending.type;
      const issuer = type === "NQ" ? { id: cell, code: "CB" } : issuerOf(h, cell, e.occurredOn, blocId);
      out.push({ g, e, key: `${issuer.id}|${type}|${termOf(e.occurredOn)}`, code: issuer.code, type });
    }
  return out;
}

function write(d: Numbered) {
  d.e.decisionNo = `${String(d.n).padStart(2, "0")}-${d.type}/${d.code}`;
  delete d.e.pending;
  if (d.e.kind === "admission") d.g.member.admissionDecisionNo = d.e.decisionNo;
}

/**
 * Numbers the decisions added once the registers were drawn (the disciplines, from the awards' own random stream):
 * each takes its day's place in its body's register, right after the decision before it, and the later decisions of
 * that term move up only as far as they must to stay in order. Nothing is drawn, so no random stream changes.
 */
export function numberLaterDecisions(registers: Registers, h: TreeHistory, members: GeneratedMember[], blocId: string) {
  const later = pendingDecisions(h, members, blocId).sort((a, b) => a.e.occurredOn.localeCompare(b.e.occurredOn));
  for (const p of later) {
    const list = registers.get(p.key) ?? [];
    const at = list.findIndex((d) => d.e.occurredOn > p.e.occurredOn);
    const i = at < 0 ? list.length : at;
    const placed: Numbered = { ...p, n: (list[i - 1]?.n ?? 0) + 1 };
    let floor = placed.n;
    for (const d of list.slice(i)) {
      if (d.n > floor) break;
      d.n = floor + 1;
      floor = d.n;
      write(d);
    }
    list.splice(i, 0, placed);
    registers.set(p.key, list);
    write(placed);
  }
}
