import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, testNow, useTestApp } from "../../../test/harness";
import { type App, buildApp } from "../../app";
import { users } from "../../db/schema";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let an: TestActor;
let binh: TestActor;
let secondServer: App;

async function aMemberWithLogin(fullName: string) {
  const actor = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName });
  await t.db.update(users).set({ memberId }).where(eq(users.id, actor.userId));
  return actor;
}

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  an = await aMemberWithLogin("Nguyễn Văn An");
  binh = await aMemberWithLogin("Trần Thị Bình");
  // Another app server on the same database.
  secondServer = await buildApp({ db: t.db, clock: () => t.clock.now, logger: false });
});
afterAll(async () => {
  await secondServer?.close();
});

async function aMeeting(): Promise<string> {
  const res = await api(t.app).as(chibo).post("/api/meetings", {
    orgUnitId: tree.cellA1,
    kind: "regular",
    topic: "Sinh hoạt tháng 11",
    scheduledAt: "2026-11-23T07:30:00+07:00",
  });
  return res.json().id;
}

const codeOf = async (meetingId: string) =>
  (await api(t.app).as(chibo).get(`/api/meetings/${meetingId}/checkin-code`)).json().code as string;
/** A code that is neither this minute's nor the last minute's. */
const wrongCode = (right: string) => String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
const checkIn = (app: App, actor: TestActor, meetingId: string, code: string) =>
  api(app).as(actor).post(`/api/meetings/${meetingId}/checkin`, { code });

describe("guessing the check-in code", () => {
  it("stops after five wrong codes in ten minutes (429), even for the right code, then lets the member in", async () => {
    const id = await aMeeting();
    const right = await codeOf(id);
    for (let i = 0; i < 5; i++) expect((await checkIn(t.app, an, id, wrongCode(right))).statusCode).toBe(422);
    const stopped = await checkIn(t.app, an, id, right);
    expect(stopped.statusCode).toBe(429);
    expect(stopped.json().message).toMatch(/nhập sai mã điểm danh 5 lần/);
    // Another member of the cell is not held back, nor is the same member at another meeting.
    expect((await checkIn(t.app, binh, id, right)).statusCode).toBe(200);
    const other = await aMeeting();
    expect((await checkIn(t.app, an, other, await codeOf(other))).statusCode).toBe(200);
    try {
      t.clock.now = new Date(testNow.getTime() + 10 * 60_000 + 1000);
      expect((await checkIn(t.app, an, id, await codeOf(id))).statusCode).toBe(200);
    } finally {
      t.clock.now = testNow;
    }
  });

  it("is counted in the database, so every app server stops the same member", async () => {
    const id = await aMeeting();
    const right = await codeOf(id);
    for (let i = 0; i < 5; i++) await checkIn(i % 2 ? secondServer : t.app, an, id, wrongCode(right));
    expect((await checkIn(secondServer, an, id, right)).statusCode).toBe(429);
    expect((await checkIn(t.app, an, id, right)).statusCode).toBe(429);
  });

  it("checks at most five codes when twenty arrive at once", async () => {
    const id = await aMeeting();
    const right = await codeOf(id);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => checkIn(i % 2 ? secondServer : t.app, binh, id, wrongCode(right))),
    );
    const statuses = answers.map((res) => res.statusCode).sort();
    expect(statuses.filter((s) => s === 422)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });
});
