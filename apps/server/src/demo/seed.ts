import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/audit";
import { vietnamDate } from "../context";
import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { committeePositions, grants, orgUnitEvents, orgUnits, orgUnitVersions, terms, users } from "../db/schema";
import { hashPassword } from "../modules/users";
import { type Preferred, seatCommittees, seatKey } from "./committees";
import { numberDecisions, numberLaterDecisions } from "./decisions";
import type { TreeHistory } from "./history";
import { Random } from "./random";
import { DecisionNumbers } from "./rating-units";
import { seedDemoAwards } from "./seed-awards";
import { seedDemoBadges } from "./seed-badges";
import { seedDemoInspection } from "./seed-inspection";
import { disciplineSome, posthumousSome } from "./seed-lives";
import { seedDemoMeetings } from "./seed-meetings";
import { generateDemoMembers, insertMembers, type JourneyPeople, journeyPeople } from "./seed-members";
import { seedDemoModels } from "./seed-models";
import { seedDemoRatings } from "./seed-ratings";
import { seedDemoReports } from "./seed-reports";
import { seedDemoResidence } from "./seed-residence";
import { type DemoTree, type GeneratedUnit, generateDemoTree } from "./tree";

export const demoSeed = 20_241_107;

export interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
  unitName: string;
}

/**
 * Writes the demo committee into an empty database in one transaction: the tree with its history since 2015, the
 * members and their lives in the Party, the committees' terms and seats, a year of meetings, residence registrations,
 * three years of ratings with this year's in progress, commendations, party badges, emulation models, the demo
 * accounts and two years of reports at every level (seed-reports.ts).
 */
export async function seedDemo(db: Db, password: string, now = new Date()): Promise<DemoAccount[]> {
  const random = new Random(demoSeed);
  const today = vietnamDate(now);
  const tree = generateDemoTree(random);
  const generated = generateDemoMembers(random, tree, today);
  const { cell, hoaCell } = demoCells(tree.units);
  const people = journeyPeople(random, generated, cell, hoaCell, today);
  const registers = numberDecisions(random, tree.history, generated, tree.bloc.id);
  const preferred: Preferred = new Map([
    [seatKey(cell.id, "secretary"), people.hung.member.id],
    [seatKey(cell.parentId as string, "deputy_secretary"), people.hoa.member.id],
  ]);
  const { terms: termRows, seats } = seatCommittees(random, tree, generated, preferred, new Set([people.tu.member.id]));
  // Ratings and awards draw from their own stream, so the data before them stays as it was.
  const awardsRandom = new Random(demoSeed + 9);
  const numbers = new DecisionNumbers(awardsRandom);
  const keep = { memberIds: new Set(Object.values(people).map((p) => p.member.id)), baseId: cell.parentId as string };
  const disciplined = disciplineSome(awardsRandom, tree, generated, numbers, keep, today);
  // The base committees number the disciplines in their registers, among their other decisions.
  numberLaterDecisions(registers, tree.history, generated, tree.bloc.id);
  posthumousSome(awardsRandom, generated, seats, keep, today);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await insertHistory(tx, tree.history, now);
    await bulkInsert(tx, terms, termRows);
    await bulkInsert(tx, committeePositions, seats);
    await insertMembers(tx, generated, now);
    const accounts = await insertDemoUsers(tx, tree, cell, people, passwordHash, now);
    await seedDemoResidence(tx, random, generated, today);
    const cells = tree.units.filter((u) => !u.dissolvedOn && (u.type === "cell" || u.type === "grassroots_cell"));
    await seedDemoMeetings(tx, random, cells, generated, seats, today, now);
    await seedRatingsAndAwards(
      tx,
      { random: awardsRandom, tree, generated, disciplined, numbers, today, now },
      cell.id,
    );
    // The inspection committees' work, from its own stream, before the reports that count it.
    await seedDemoInspection(tx, { random: new Random(demoSeed + 23), tree, generated, seats, keep, today, now });
    // Reports count the records above, so they come last, from their own stream.
    await seedDemoReports(tx, { random: new Random(demoSeed + 17), tree, today, now, journeyCellId: cell.id });
    await recordAudit(tx, null, now, {
      action: "demo.seeded",
      entityType: "system",
      entityId: "demo",
      after: { units: tree.units.length, accounts: accounts.map((a) => a.username) },
    });
    return accounts;
  });
}

/** Three years of ratings and this year's cycle in progress, commendations, party badges and emulation models. */
async function seedRatingsAndAwards(
  db: Db,
  c: Omit<Parameters<typeof seedDemoRatings>[1], "journeyCellId">,
  journeyCellId: string,
) {
  const results = await seedDemoRatings(db, { ...c, journeyCellId });
  await seedDemoAwards(db, c, results);
  await seedDemoBadges(db, c.random, c.generated, c.tree.province.id, c.numbers, c.today, c.now);
  const journeyBaseId = c.tree.units.find((u) => u.id === journeyCellId)?.parentId as string;
  await seedDemoModels(db, c.random, c.tree, c.generated, c.numbers, journeyBaseId, c.today, c.now);
}

/** Units as they were created, each with one version (the first administrator's unit, the benchmark's tree). */
export async function insertUnits(db: Db, units: GeneratedUnit[], now: Date) {
  // Every unit first: in a scaled tree (the benchmark's copies) a parent may come in a later chunk than its child.
  for (const chunk of chunks(units, 500)) {
    await db.insert(orgUnits).values(chunk.map((u) => ({ id: u.id, establishedOn: u.establishedOn, createdAt: now })));
  }
  for (const chunk of chunks(units, 500)) {
    await db.insert(orgUnitVersions).values(
      chunk.map((u) => ({
        id: randomUUID(),
        orgUnitId: u.id,
        name: u.name,
        type: u.type,
        parentId: u.parentId,
        validFrom: u.establishedOn,
      })),
    );
    await db.insert(orgUnitEvents).values(
      chunk.map((u) => ({
        id: randomUUID(),
        orgUnitId: u.id,
        kind: "create",
        effectiveOn: u.establishedOn,
        details: { name: u.name, type: u.type, parentId: u.parentId },
        createdAt: now,
      })),
    );
  }
}

/** The tree's history as the org module keeps it: units, their dated versions and the events that made them. */
async function insertHistory(db: Db, history: TreeHistory, now: Date) {
  const edits = new Map<string, number>();
  for (const e of history.events) if (e.kind !== "create") edits.set(e.unitId, (edits.get(e.unitId) ?? 0) + 1);
  await bulkInsert(
    db,
    orgUnits,
    [...history.units.values()].map((u) => ({
      id: u.id,
      establishedOn: u.establishedOn,
      dissolvedOn: u.dissolvedOn,
      locality: u.locality ?? null,
      version: 1 + (edits.get(u.id) ?? 0),
      createdAt: now,
    })),
  );
  await bulkInsert(
    db,
    orgUnitVersions,
    history.versions.map((v) => ({ id: randomUUID(), orgUnitId: v.unitId, ...v })),
  );
  await bulkInsert(
    db,
    orgUnitEvents,
    history.events.map((e, i) => ({
      id: randomUUID(),
      orgUnitId: e.unitId,
      kind: e.kind,
      effectiveOn: e.effectiveOn,
      decisionNo: e.decisionNo,
      details: e.details,
      // In the order they were made: the events tab lists a day's events newest first.
      createdAt: new Date(now.getTime() + i),
    })),
  );
}

/** The demo secretary's cell (Chi bộ Văn phòng of Đảng bộ Sở Tài chính) and anh Hòa's (Phòng Quản lý ngân sách). */
function demoCells(units: GeneratedUnit[]) {
  const base = units.find((u) => u.name === "Đảng bộ Sở Tài chính") as GeneratedUnit;
  const under = (name: string) =>
    units.find((u) => u.parentId === base.id && !u.dissolvedOn && u.name === name) as GeneratedUnit;
  return { cell: under("Chi bộ Văn phòng"), hoaCell: under("Chi bộ Phòng Quản lý ngân sách") };
}

async function insertDemoUsers(
  db: Db,
  tree: DemoTree,
  cell: GeneratedUnit,
  people: JourneyPeople,
  passwordHash: string,
  now: Date,
): Promise<DemoAccount[]> {
  const base = tree.units.find((u) => u.id === cell.parentId) as GeneratedUnit;
  // The office and the inspection committee oversee both successors of the bloc through a grant at the province.
  const accounts = [
    { username: "admin", displayName: "Nguyễn Thị Lan", role: "admin", unit: tree.province, memberId: null },
    { username: "kiemtra", displayName: "Trần Thị Mai", role: "inspection", unit: tree.province, memberId: null },
    {
      username: "coso",
      displayName: "Phạm Văn Hòa",
      role: "grassroots_staff",
      unit: base,
      memberId: people.hoa.member.id,
    },
    {
      username: "chibo",
      displayName: "Lê Văn Hùng",
      role: "cell_secretary",
      unit: cell,
      memberId: people.hung.member.id,
    },
    { username: "dangvien", displayName: "Hoàng Văn Tư", role: "member", unit: cell, memberId: people.tu.member.id },
  ];
  for (const account of accounts) {
    const id = randomUUID();
    await db.insert(users).values({
      id,
      username: account.username,
      displayName: account.displayName,
      passwordHash,
      memberId: account.memberId,
      createdAt: now,
    });
    await db
      .insert(grants)
      .values({ id: randomUUID(), userId: id, roleCode: account.role, orgUnitId: account.unit.id, createdAt: now });
  }
  return accounts.map((a) => ({
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    unitName: a.unit.name,
  }));
}

/** True when the database holds no organisation yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(orgUnits);
  return (row?.n ?? 0) === 0;
}

/** Whether a username exists (used by `dangvu init`). */
export async function hasUser(db: Db, username: string): Promise<boolean> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.username, username))).length > 0;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
