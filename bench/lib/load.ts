import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@dangvu/server/src/db/database";
import { grants, sessions, users } from "@dangvu/server/src/db/schema";
import { type GeneratedMember, generateMembers } from "@dangvu/server/src/demo/members";
import { Random } from "@dangvu/server/src/demo/random";
import { insertUnits } from "@dangvu/server/src/demo/seed";
import { insertMembers } from "@dangvu/server/src/demo/seed-members";
import { type GeneratedUnit, generateOrgTree } from "@dangvu/server/src/demo/tree";

export interface Loaded {
  units: GeneratedUnit[];
  members: GeneratedMember[];
  base: GeneratedUnit;
  cookie: string;
  token: string;
  sessionId: string;
  userId: string;
}

/** The benchmark's data: the demo generator scaled to `count` members (the tree repeated), and a signed-in base-committee user. */
export async function loadScaled(db: Db, count: number, today: string): Promise<Loaded> {
  const random = new Random(42);
  const copies = Math.max(1, Math.round(count / 4000));
  const units = generateOrgTree(random, copies);
  const cells = units.filter((u) => u.type === "cell" || u.type === "grassroots_cell");
  const members = generateMembers(random, cells, count, today);
  const now = new Date();
  await insertUnits(db, units, now);
  await insertMembers(db, members, now);
  // The largest base committee of the first copy: the one with sub-committees.
  const base = units.find((u) => u.name.startsWith("Đảng bộ Bệnh viện Đa khoa tỉnh")) as GeneratedUnit;
  const userId = randomUUID();
  await db
    .insert(users)
    .values({ id: userId, username: "bench.coso", displayName: "Bench", passwordHash: "x", createdAt: now });
  await db
    .insert(grants)
    .values({ id: randomUUID(), userId, roleCode: "grassroots_staff", orgUnitId: base.id, createdAt: now });
  const token = randomBytes(32).toString("base64url");
  const sessionId = createHash("sha256").update(token).digest("hex");
  await db.insert(sessions).values({
    id: sessionId,
    userId,
    csrfToken: "bench",
    createdAt: now,
    expiresAt: new Date(now.getTime() + 86_400_000),
  });
  return { units, members, base, cookie: `dangvu_session=${token}`, token, sessionId, userId };
}
