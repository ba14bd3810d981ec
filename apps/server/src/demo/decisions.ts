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
export function numberDecisions(random: Random, h: TreeHistory, members: GeneratedMember[], blocId: string) {
  const pending: { g: GeneratedMember; e: GeneratedMember["events"][number]; key: string; code: string }[] = [];
  for (const g of members)
    for (const e of g.events) {
      if (!e.pending) continue;
      const cell = cellOn(g, e.occurredOn);
      const issuer = e.pending.type === "NQ" ? { id: cell, code: "CB" } : issuerOf(h, cell, e.occurredOn, blocId);
      pending.push({ g, e, key: `${issuer.id}|${e.pending.type}|${termOf(e.occurredOn)}`, code: issuer.code });
    }
  pending.sort((a, b) => a.e.occurredOn.localeCompare(b.e.occurredOn));
  const last = new Map<string, number>();
  for (const p of pending) {
    const type = p.e.pending?.type ?? "QĐ";
    const gap = p.e.pending?.next ? 1 : type === "QĐ" ? random.int(1, 4) : random.int(1, 3);
    const n = (last.get(p.key) ?? 0) + gap;
    last.set(p.key, n);
    p.e.decisionNo = `${String(n).padStart(2, "0")}-${type}/${p.code}`;
    delete p.e.pending;
    if (p.e.kind === "admission") p.g.member.admissionDecisionNo = p.e.decisionNo;
  }
  const admitted = members.filter((g) => g.member.firstAdmissionDecidedOn);
  admitted.sort((a, b) =>
    (a.member.firstAdmissionDecidedOn as string).localeCompare(b.member.firstAdmissionDecidedOn as string),
  );
  admitted.forEach((g, i) => {
    g.member.fileNumber = String(1_000 + i * 3 + random.int(0, 2)).padStart(6, "0");
  });
}
