import { randomUUID } from "node:crypto";
import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { memberEvents, members, memberships, partyCards } from "../db/schema";
import { viNameSortKey } from "../db/vi-sort";
import { addDays, addMonths } from "../rules/dates";
import { cellOn } from "./decisions";
import { admit, makeFull } from "./member-life";
import { cardNumberOf, citizenIdOf, type GeneratedMember, oneMember } from "./members";
import { fictionalName } from "./names";
import { generalEducation } from "./people";
import type { Random } from "./random";
import { chunks } from "./seed";
import type { DemoTree, GeneratedUnit } from "./tree";

/** Inserts generated members with their memberships, events and cards, in batches (demo and benchmark). */
export async function insertMembers(db: Db, generated: GeneratedMember[], now: Date) {
  for (const batch of chunks(generated, 5000)) {
    await bulkInsert(
      db,
      members,
      batch.map((g) => ({ ...g.member, nameSortKey: viNameSortKey(g.member.fullName), createdAt: now })),
    );
    await bulkInsert(
      db,
      memberships,
      batch.flatMap((g) =>
        spansOf(g).map((s) => ({ id: randomUUID(), memberId: g.member.id, kind: "official", ...s })),
      ),
    );
    await bulkInsert(
      db,
      memberEvents,
      batch.flatMap((g) =>
        g.events.map((e) => ({
          id: randomUUID(),
          memberId: g.member.id,
          kind: e.kind,
          occurredOn: e.occurredOn,
          decisionNo: e.decisionNo,
          // Events from before the member came to the cell happened elsewhere, outside this tree.
          orgUnitId: e.occurredOn < g.membershipFrom ? null : cellOn(g, e.occurredOn),
          details: e.details,
          createdAt: now,
        })),
      ),
    );
    await bulkInsert(
      db,
      partyCards,
      batch
        .filter((g) => g.member.cardNumber)
        .map((g) => ({
          id: randomUUID(),
          memberId: g.member.id,
          cardNumber: g.member.cardNumber as string,
          issuedOn: g.events.find((e) => e.kind === "card_issued")?.occurredOn ?? (g.member.fullMembershipOn as string),
          reason: "first",
        })),
    );
  }
}

function spansOf(g: GeneratedMember) {
  return g.memberships ?? [{ orgUnitId: g.member.orgUnitId, validFrom: g.membershipFrom, validTo: g.member.exitedOn }];
}

/** How many people a cell has: most agency cells 7–22, hospital wards and student cells more, a few very small. */
function cellSize(random: Random, cell: GeneratedUnit): number {
  if (cell.name.includes("Sinh viên")) return random.int(22, 38);
  if (cell.type === "grassroots_cell") return random.int(7, 24);
  const base = cell.profile === "hospital" || cell.profile === "university" ? random.int(12, 32) : random.int(7, 22);
  return random.chance(0.12) ? base + random.int(8, 16) : base;
}

/**
 * Every cell's people over the tree's history: a cell merged into another on 1/3/2025 hands its members over that
 * day, and they carry on in the cell it merged into. A base committee keeps at least 30 members (Điều lệ Đ21).
 */
export function generateDemoMembers(random: Random, t: DemoTree, today: string): GeneratedMember[] {
  const cells = t.units.filter((u) => u.type === "cell" || u.type === "grassroots_cell");
  const into = new Map(t.history.merges.map((m) => [m.fromId, m]));
  let cards = 0;
  const out: GeneratedMember[] = [];
  // No two people of one cell share a name: the minutes name the chair and the clerk.
  const names = new Map<string, Set<string>>();
  const add = (cell: GeneratedUnit) => {
    const g = oneMember(random, cell, {
      today,
      serial: out.length,
      cellFrom: cell.establishedOn,
      cardSerial: () => cards++,
    });
    g.memberships = [{ orgUnitId: cell.id, validFrom: g.membershipFrom, validTo: g.member.exitedOn }];
    for (let m = into.get(cell.id); m; m = into.get(m.intoId)) {
      const last = g.memberships.at(-1) as { orgUnitId: string; validFrom: string; validTo: string | null };
      if (last.validTo && last.validTo <= m.on) break;
      if (last.validFrom >= m.on) last.orgUnitId = m.intoId;
      else {
        g.memberships.push({ orgUnitId: m.intoId, validFrom: m.on, validTo: last.validTo });
        last.validTo = m.on;
      }
    }
    g.member.orgUnitId = (g.memberships.at(-1) as { orgUnitId: string }).orgUnitId;
    const taken = names.get(g.member.orgUnitId) ?? new Set<string>();
    while (taken.has(g.member.fullName) || reserved.has(g.member.fullName))
      g.member.fullName = fictionalName(random, g.member.sex);
    taken.add(g.member.fullName);
    names.set(g.member.orgUnitId, taken);
    out.push(g);
    return g;
  };
  for (const cell of cells) {
    // A cell that merged into another in 2025 was a small one: the merged cell stays of a realistic size.
    const size = into.has(cell.id) ? random.int(3, 7) : cellSize(random, cell);
    for (let k = 0; k < size; k++) add(cell);
  }
  // A base committee has at least 30 members (Điều lệ Đ21): its smaller cells grow until it does.
  for (const base of t.units.filter((u) => u.type === "grassroots_committee" && !u.dissolvedOn)) {
    const own = cells.filter((c) => !c.dissolvedOn && baseOf(t, c)?.id === base.id);
    const onList = () => out.filter((g) => own.some((c) => c.id === g.member.orgUnitId) && onTheList(g)).length;
    for (let tries = 0, n = onList(); n < 32 && own.length > 0 && tries < 200; tries++) {
      const smallest = [...own].sort((a, b) => count(out, a.id) - count(out, b.id))[0] as GeneratedUnit;
      if (onTheList(add(smallest))) n++;
    }
  }
  return out;
}

const onTheList = (g: GeneratedMember) => g.member.status === "full" || g.member.status === "probationary";
const count = (out: GeneratedMember[], cellId: string) => out.filter((g) => g.member.orgUnitId === cellId).length;

/** The base committee a cell is under today (through a sub-committee if need be). */
function baseOf(t: DemoTree, cell: GeneratedUnit): GeneratedUnit | undefined {
  let at = t.units.find((u) => u.id === cell.parentId);
  if (at?.type === "sub_committee") at = t.units.find((u) => u.id === at?.parentId);
  return at;
}

/** The names the journeys give their people: nobody else in the demo carries them. */
const reserved = new Set(["Lê Văn Hùng", "Hoàng Văn Tư", "Trần Thị Thu Hà", "Phạm Văn Hòa"]);

/** The people the guided journeys name, remade in place with the lives the journeys need. Deterministic. */
export interface JourneyPeople {
  hung: GeneratedMember;
  tu: GeneratedMember;
  ha: GeneratedMember;
  hoa: GeneratedMember;
}

/**
 * Anh Hùng (52), bí thư of Chi bộ Văn phòng; bác Tư, who joined at 19 in the army and whose 40-year badge is due on
 * the next 3/2 (still working at 59: past the retirement age he would belong to his place of residence); chị Hà,
 * whose probation has just ended; anh Hòa, phó bí thư of Đảng ủy Sở Tài chính.
 */
export function journeyPeople(
  random: Random,
  generated: GeneratedMember[],
  cell: GeneratedUnit,
  hoaCell: GeneratedUnit,
  today: string,
): JourneyPeople {
  const inCell = generated.filter(
    (g) => g.member.orgUnitId === cell.id && g.member.status === "full" && !g.member.isExempt && !g.member.exitedOn,
  );
  const [hungSlot, tuSlot, haSlot] = inCell as [GeneratedMember, GeneratedMember, GeneratedMember];
  const hoaSlot = generated.find(
    (g) => g.member.orgUnitId === hoaCell.id && g.member.status === "full" && !g.member.exitedOn && !g.member.isExempt,
  ) as GeneratedMember;
  const tuAdmitted = addDays(addMonths(nextFebruary(today), -12 * 40), -10);
  return {
    hung: remake(
      random,
      hungSlot,
      cell,
      1,
      ["Lê Văn Hùng", "male", addMonths(today, -12 * 52 - 4)],
      addMonths(today, -12 * 27),
      today,
      "full",
    ),
    tu: remake(
      random,
      tuSlot,
      cell,
      2,
      ["Hoàng Văn Tư", "male", addMonths(tuAdmitted, -12 * 19 - 3)],
      tuAdmitted,
      today,
      "full",
      true,
    ),
    ha: remake(
      random,
      haSlot,
      cell,
      3,
      ["Trần Thị Thu Hà", "female", addMonths(today, -12 * 29)],
      addDays(addMonths(today, -12), -30),
      today,
      "probationary",
    ),
    hoa: remake(
      random,
      hoaSlot,
      hoaCell,
      4,
      ["Phạm Văn Hòa", "male", addMonths(today, -12 * 48 - 7)],
      addMonths(today, -12 * 23),
      today,
      "full",
    ),
  };
}

function remake(
  random: Random,
  g: GeneratedMember,
  cell: GeneratedUnit,
  serial: number,
  [fullName, sex, birthDate]: [string, "male" | "female", string],
  decidedOn: string,
  today: string,
  status: "full" | "probationary",
  exactCeremony = false,
): GeneratedMember {
  Object.assign(g.member, {
    fullName,
    sex,
    birthDate,
    citizenId: citizenIdOf(sex, birthDate, 900_000 + serial),
    status: "probationary",
  });
  Object.assign(g.member, {
    fullMembershipOn: null,
    cardNumber: null,
    exitReason: null,
    exitedOn: null,
    isExempt: false,
    generalEducation: generalEducation(random, birthDate),
  });
  g.events = [];
  admit(random, g.member, g.events, decidedOn, cell.body);
  if (exactCeremony) {
    g.member.ceremonyOn = addDays(decidedOn, 14);
    (g.events.find((e) => e.kind === "admission") as { details: Record<string, unknown> }).details.ceremonyOn =
      g.member.ceremonyOn;
  }
  if (status === "full") makeFull(random, g.member, g.events, today, () => cardNumberOf(800_000 + serial));
  g.memberships = [{ orgUnitId: cell.id, validFrom: laterOf(cell.establishedOn, decidedOn), validTo: null }];
  g.membershipFrom = (g.memberships[0] as { validFrom: string }).validFrom;
  return g;
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

function nextFebruary(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-02-03`;
  return thisYear > today ? thisYear : `${year + 1}-02-03`;
}
