import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/audit";
import { vietnamDate } from "../context";
import type { Db } from "../db/database";
import { committeePositions, grants, orgUnitEvents, orgUnits, orgUnitVersions, terms, users } from "../db/schema";
import { hashPassword } from "../modules/users";
import { fictionalName } from "./names";
import { Random } from "./random";
import { seedDemoMeetings } from "./seed-meetings";
import { seedDemoMembers } from "./seed-members";
import { seedDemoResidence } from "./seed-residence";
import { type GeneratedUnit, generateOrgTree } from "./tree";

export const demoSeed = 20_241_107;

export interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
  unitName: string;
}

/** Writes the demo committee (tree, terms, positions, users) into an empty database in one transaction. */
export async function seedDemo(db: Db, password: string, now = new Date()): Promise<DemoAccount[]> {
  const random = new Random(demoSeed);
  const units = generateOrgTree(random);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await insertUnits(tx, units, now);
    await insertCommittees(tx, random, units);
    const accounts = await insertDemoUsers(tx, units, passwordHash, now);
    const members = await seedDemoMembers(tx, random, units, demoCellOf(units), vietnamDate(now), now);
    await seedDemoResidence(tx, random, members, vietnamDate(now));
    await seedDemoMeetings(tx, random, units, members, vietnamDate(now), now);
    await recordAudit(tx, null, now, {
      action: "demo.seeded",
      entityType: "system",
      entityId: "demo",
      after: { units: units.length, accounts: accounts.map((a) => a.username) },
    });
    return accounts;
  });
}

export async function insertUnits(db: Db, units: GeneratedUnit[], now: Date) {
  for (const chunk of chunks(units, 500)) {
    await db.insert(orgUnits).values(chunk.map((u) => ({ id: u.id, establishedOn: u.establishedOn, createdAt: now })));
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

async function insertCommittees(db: Db, random: Random, units: GeneratedUnit[]) {
  const termRows: (typeof terms.$inferInsert)[] = [];
  const positionRows: (typeof committeePositions.$inferInsert)[] = [];
  for (const unit of units) {
    const isCommittee = unit.type === "upper_committee" || unit.type === "grassroots_committee";
    const termName = isCommittee ? "2025–2030" : "2025–2027";
    const termId = randomUUID();
    termRows.push({
      id: termId,
      orgUnitId: unit.id,
      name: isCommittee ? "2020–2025" : "2022–2025",
      startsOn: isCommittee ? "2020-06-15" : "2022-05-10",
      endsOn: "2025-06-20",
    });
    const currentTermId = randomUUID();
    termRows.push({ id: currentTermId, orgUnitId: unit.id, name: termName, startsOn: "2025-06-20", endsOn: null });
    const kinds = isCommittee
      ? ["secretary", "deputy_secretary", "standing_committee_member", "inspection_chair", "committee_member"]
      : ["secretary", "deputy_secretary"];
    for (const kind of kinds) {
      const holderName = fictionalName(random, random.chance(0.6) ? "male" : "female");
      positionRows.push({
        id: randomUUID(),
        orgUnitId: unit.id,
        termId: currentTermId,
        kind,
        holderName,
        startsOn: "2025-06-20",
        endsOn: null,
      });
    }
  }
  for (const chunk of chunks(termRows, 500)) await db.insert(terms).values(chunk);
  for (const chunk of chunks(positionRows, 500)) await db.insert(committeePositions).values(chunk);
}

/** The cell of the demo secretary `chibo`: Chi bộ Văn phòng of Đảng bộ Sở Tài chính. */
function demoCellOf(units: GeneratedUnit[]): GeneratedUnit {
  const base = units.find((u) => u.name === "Đảng bộ Sở Tài chính") as GeneratedUnit;
  return units.find((u) => u.parentId === base.id && u.name === "Chi bộ Văn phòng") as GeneratedUnit;
}

async function insertDemoUsers(
  db: Db,
  units: GeneratedUnit[],
  passwordHash: string,
  now: Date,
): Promise<DemoAccount[]> {
  const root = units[0] as GeneratedUnit;
  const cell = demoCellOf(units);
  const base = units.find((u) => u.id === cell.parentId) as GeneratedUnit;
  const accounts = [
    { username: "admin", displayName: "Nguyễn Thị Lan", role: "admin", unit: root },
    { username: "kiemtra", displayName: "Trần Thị Mai", role: "inspection", unit: root },
    { username: "coso", displayName: "Phạm Văn Hòa", role: "grassroots_staff", unit: base },
    { username: "chibo", displayName: "Lê Văn Hùng", role: "cell_secretary", unit: cell },
    { username: "dangvien", displayName: "Hoàng Văn Tư", role: "member", unit: cell },
  ];
  for (const account of accounts) {
    const id = randomUUID();
    await db
      .insert(users)
      .values({ id, username: account.username, displayName: account.displayName, passwordHash, createdAt: now });
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
