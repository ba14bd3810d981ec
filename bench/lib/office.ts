// The committee office's data for the load and soak benchmarks (issue 12): the scaled demo members, a year of meetings
// and residence records, and the office's users: the base committee's staff and some of its cell secretaries, each
// with sessions of their own.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@dangvu/server/src/db/database";
import { grants, meetings, sessions, users } from "@dangvu/server/src/db/schema";
import { unaccentJs } from "@dangvu/server/src/db/sql";
import type { GeneratedMember } from "@dangvu/server/src/demo/members";
import { Random } from "@dangvu/server/src/demo/random";
import { seedDemoMeetings } from "@dangvu/server/src/demo/seed-meetings";
import { seedDemoResidence } from "@dangvu/server/src/demo/seed-residence";
import type { GeneratedUnit } from "@dangvu/server/src/demo/tree";
import { inArray } from "drizzle-orm";
import { type Loaded, loadScaled } from "./load";

/** One user of the office as the load generator drives it: one connection, several sessions, its own cell. */
export interface Actor {
  role: "grassroots_staff" | "cell_secretary";
  username: string;
  /** Several sessions per user, so the per-session search limit (300 a minute) never answers a closed loop 429. */
  sessions: { cookie: string; csrf: string }[];
  /** The cell where this user creates meetings, records attendance and edits phone numbers (no other user's). */
  homeCellId: string;
  /** Where this user posts notices: the base committee for staff, the cell for a secretary. */
  noticeUnitId: string;
  searchNames: string[];
  memberIds: string[];
  editMemberIds: string[];
  meetingIds: string[];
  /** A meeting of today in the home cell, so attendance can be recorded on it. */
  heldMeetingId: string;
}

export interface Office {
  loaded: Loaded;
  actors: Actor[];
  meetings: number;
  setupSeconds: number;
}

const isCell = (u: GeneratedUnit) => u.type === "cell" || u.type === "grassroots_cell";
const isWorking = (g: GeneratedMember) =>
  (g.member.status === "full" || g.member.status === "probationary") && !g.member.isExempt && !g.member.exitedOn;

/** Loads `count` members with meetings and residence records, and makes `userCount` users of one base committee. */
export async function loadOffice(db: Db, count: number, userCount: number, today: string): Promise<Office> {
  const t = performance.now();
  const loaded = await loadScaled(db, count, today);
  const random = new Random(12);
  await seedActivity(db, random, loaded, today);
  const scope = await officeScope(db, loaded);
  const { cells } = scope;
  const secretaries = Math.min(9, Math.max(1, userCount - Math.ceil(userCount / 5)), cells.length - 1);
  const total = secretaries + Math.max(1, userCount - secretaries);
  const actors: Actor[] = [];
  for (let i = 0; i < total; i++) {
    // A user's own cell; when users outnumber the cells, those sharing one edit different members of it.
    const sharing = Array.from({ length: total }, (_, k) => k).filter((k) => k % cells.length === i % cells.length);
    const part = { index: sharing.indexOf(i), of: sharing.length };
    const role = i < secretaries ? "cell_secretary" : "grassroots_staff";
    actors.push(
      await anActor(db, random, scope, { i, role, home: cells[i % cells.length] as GeneratedUnit, part }, today),
    );
  }
  return { loaded, actors, meetings: scope.meetingRows.length, setupSeconds: (performance.now() - t) / 1000 };
}

/** A year of meetings in every cell (with attendance, votes, tasks and scores) and residence records, as the demo has. */
async function seedActivity(db: Db, random: Random, loaded: Loaded, today: string) {
  const generated = loaded.members.map((g) => ({
    ...g,
    memberships: g.memberships ?? [
      { orgUnitId: g.member.orgUnitId, validFrom: g.membershipFrom, validTo: g.member.exitedOn },
    ],
  }));
  await seedDemoMeetings(db, random, loaded.units.filter(isCell), generated, [], today, new Date());
  await seedDemoResidence(db, random, loaded.members, today);
}

interface OfficeScope {
  loaded: Loaded;
  byCell: Map<string, GeneratedMember[]>;
  /** The base committee's cells, the largest first. */
  cells: GeneratedUnit[];
  scopeMembers: GeneratedMember[];
  meetingRows: { id: string; orgUnitId: string }[];
}

async function officeScope(db: Db, loaded: Loaded): Promise<OfficeScope> {
  const subtree = subtreeOf(loaded.units, loaded.base.id);
  const byCell = new Map<string, GeneratedMember[]>();
  for (const g of loaded.members) {
    const list = byCell.get(g.member.orgUnitId) ?? [];
    list.push(g);
    byCell.set(g.member.orgUnitId, list);
  }
  const cells = loaded.units
    .filter((u) => isCell(u) && subtree.has(u.id))
    .sort((a, b) => (byCell.get(b.id)?.length ?? 0) - (byCell.get(a.id)?.length ?? 0));
  const meetingRows = await db
    .select({ id: meetings.id, orgUnitId: meetings.orgUnitId })
    .from(meetings)
    .where(inArray(meetings.orgUnitId, [...subtree]));
  const scopeMembers = loaded.members.filter((g) => subtree.has(g.member.orgUnitId));
  return { loaded, byCell, cells, scopeMembers, meetingRows };
}

async function anActor(
  db: Db,
  random: Random,
  scope: OfficeScope,
  a: { i: number; role: Actor["role"]; home: GeneratedUnit; part: { index: number; of: number } },
  today: string,
): Promise<Actor> {
  const secretary = a.role === "cell_secretary";
  // The staff read over the whole committee (every member in scope, as the 20,000), and post at their base.
  const top = scope.loaded.units.find((u) => !u.parentId) as GeneratedUnit;
  const grantUnit = secretary ? a.home.id : top.id;
  const visible = secretary ? (scope.byCell.get(a.home.id) ?? []) : scope.loaded.members;
  const username = `bench.${secretary ? "chibo" : "coso"}${a.i + 1}`;
  const userId = await aUser(db, username, a.role, grantUnit);
  const mine = scope.meetingRows.filter((m) => !secretary || m.orgUnitId === a.home.id);
  return {
    role: a.role,
    username,
    sessions: await someSessions(db, userId, 30),
    homeCellId: a.home.id,
    noticeUnitId: secretary ? a.home.id : scope.loaded.base.id,
    searchNames: sample(random, visible, 40).map((g) => unaccentJs(g.member.fullName)),
    memberIds: sample(random, visible, 200).map((g) => g.member.id),
    editMemberIds: (scope.byCell.get(a.home.id) ?? [])
      .filter((g, k) => isWorking(g) && k % a.part.of === a.part.index)
      .slice(0, 20)
      .map((g) => g.member.id),
    meetingIds: sample(random, mine, 100).map((m) => m.id),
    heldMeetingId: await aMeetingToday(db, a.home.id, today),
  };
}

function subtreeOf(units: GeneratedUnit[], rootId: string): Set<string> {
  const inside = new Set([rootId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of units)
      if (u.parentId && inside.has(u.parentId) && !inside.has(u.id)) {
        inside.add(u.id);
        grew = true;
      }
  }
  return inside;
}

function sample<T>(random: Random, items: T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, () => random.pick(items));
}

async function aUser(db: Db, username: string, roleCode: string, orgUnitId: string): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await db.insert(users).values({ id, username, displayName: username, passwordHash: "x", createdAt: now });
  await db.insert(grants).values({ id: randomUUID(), userId: id, roleCode, orgUnitId, createdAt: now });
  return id;
}

async function someSessions(db: Db, userId: string, n: number) {
  const now = new Date();
  const out = Array.from({ length: n }, () => ({
    token: randomBytes(32).toString("base64url"),
    csrf: randomBytes(16).toString("base64url"),
  }));
  await db.insert(sessions).values(
    out.map((s) => ({
      id: createHash("sha256").update(s.token).digest("hex"),
      userId,
      csrfToken: s.csrf,
      createdAt: now,
      expiresAt: new Date(now.getTime() + 7 * 86_400_000),
    })),
  );
  return out.map((s) => ({ cookie: `dangvu_session=${s.token}`, csrf: s.csrf }));
}

async function aMeetingToday(db: Db, orgUnitId: string, today: string): Promise<string> {
  const id = randomUUID();
  await db.insert(meetings).values({
    id,
    orgUnitId,
    kind: "thematic",
    topic: "Sinh hoạt chuyên đề (benchmark)",
    scheduledAt: new Date(`${today}T00:30:00+07:00`),
    place: "Phòng họp cơ quan",
    status: "planned",
    agenda: [],
    checkinSecret: randomBytes(12).toString("base64url"),
    createdAt: new Date(),
  });
  return id;
}
