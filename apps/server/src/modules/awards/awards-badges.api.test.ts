import { sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, figure, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { rowsOf } from "../../db/sql";

const t = useTestApp();
const tables = ["award_decisions", "party_badges", "audit_events"];
const on = "2027-02-03";
let worlds = 0;

interface World {
  tree: StandardTree;
  admin: TestActor;
  coso: TestActor;
  chibo: TestActor;
  inspector: TestActor;
  member: TestActor;
  people: Record<"an" | "binh" | "cuong" | "dung" | "em" | "old", string>;
  /** A decision number or badge number unique to this world. */
  n(value: string): string;
  decision(number: string, badges: object[], extra?: object): object;
}

/**
 * A tree of its own with the people of the 3/2/2027 list (window 7/11/2026 to 3/2/2027; the tests' today is
 * 23/11/2026): every test makes its own, so they run in any order.
 */
async function aWorld(): Promise<World> {
  const suffix = ` ${++worlds}`;
  const tag = `W${worlds}-${Math.random().toString(36).slice(2, 7)}`;
  const tree = await anOrgTree(t.db, suffix);
  const admitted = (name: string, unit: string, date: string) =>
    aMember(t.db, {
      orgUnitId: unit,
      fullName: name,
      admissionDecidedOn: date,
      fullMembershipOn: `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`,
    });
  const people = {
    an: await admitted("Nguyễn Văn An", tree.cellA1, "1987-01-10"), // 40 years on 10/01/2027
    binh: await admitted("Trần Thị Bình", tree.cellA1, "1997-01-20"), // 30 years on 20/01/2027, warned 01/10/2026
    cuong: await admitted("Lê Văn Cường", tree.cellA2, "1987-06-01"), // died 15/11/2026 at 39 years 5 months
    dung: await admitted("Phạm Văn Dũng", tree.cellA1, "1957-09-01"), // 70 years on 01/09/2027
    em: await admitted("Hoàng Thị Em", tree.cellB1, "1996-12-01"), // 30 years on 01/12/2026, other base
    old: await admitted("Vũ Văn Giáp", tree.cellA1, "1980-01-01"), // no milestone in the window
  };
  await t.db.execute(sql`update members set status = 'left', exit_reason = 'died', exited_on = '2026-11-15'
    where id = ${people.cuong}`);
  await t.db.execute(sql`insert into member_events (id, member_id, kind, occurred_on, decision_no, details, created_at)
    values (gen_random_uuid(), ${people.binh}, 'discipline', '2026-10-01', '5-QĐ/UBKT',
      ${JSON.stringify({ form: "warning", decidingBody: "Ủy ban kiểm tra" })}::jsonb, now())`);
  const member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  await t.db.execute(sql`update users set member_id = ${people.an} where id = ${member.userId}`);
  const n = (value: string) => `${value}-${tag}`;
  return {
    tree,
    admin: await anActor(t.db, { role: "admin", orgUnitId: tree.root }),
    coso: await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA }),
    chibo: await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 }),
    inspector: await anActor(t.db, { role: "inspection", orgUnitId: tree.root }),
    member,
    people,
    n,
    decision: (number, badges, extra = {}) => ({
      orgUnitId: tree.root,
      number: n(number),
      signedOn: "2026-11-20",
      awardDate: on,
      badges: badges.map((b) => {
        const badge = b as { badgeNumber?: string };
        return badge.badgeNumber ? { ...b, badgeNumber: n(badge.badgeNumber) } : b;
      }),
      ...extra,
    }),
  };
}

const list = (actor: TestActor | null, query: string) => api(t.app).as(actor).get(`/api/awards/badges?${query}`);
const decide = (actor: TestActor | null, body: object) =>
  api(t.app).as(actor).post("/api/awards/badge-decisions", body);

async function refused(actor: TestActor, body: object, status: number, field?: string, text?: string) {
  const before = await snapshot(t.db, tables);
  const res = await decide(actor, body);
  expect(res.statusCode, res.body).toBe(status);
  if (field) expect(Object.keys(res.json().fields)).toContain(field);
  if (text) expect(res.json().message).toContain(text);
  expect(await snapshot(t.db, tables)).toBe(before);
}

/** Records the decision 125 of the world: An's 40-year badge, Cường's posthumous one, Dũng's early one. */
async function decide125(w: World) {
  const res = await decide(
    w.admin,
    w.decision("125-QĐ/TU", [
      { memberId: w.people.an, milestone: 40, kind: "regular", badgeNumber: "HH40-0001" },
      { memberId: w.people.cuong, milestone: 40, kind: "posthumous", badgeNumber: "HH40-0002" },
      { memberId: w.people.dung, milestone: 70, kind: "early_illness", badgeNumber: "HH70-0001", note: "Bệnh nặng" },
    ]),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res;
}

describe("GET /api/awards/badges", () => {
  it("lists the award date's members by unit then name, with discipline delays and posthumous awards flagged", async () => {
    const w = await aWorld();
    const res = await list(w.admin, `on=${on}&orgUnitId=${w.tree.root}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.previousOn).toBe("2026-11-07");
    expect(body.isAwardDay).toBe(true);
    type Item = { fullName: string; milestone: number; kind: string; delayedUntil: string | null };
    expect(body.items.map((i: Item) => [i.fullName, i.milestone, i.kind, i.delayedUntil])).toEqual([
      ["Lê Văn Cường", 40, "posthumous", null],
      ["Hoàng Thị Em", 30, "regular", null],
      ["Nguyễn Văn An", 40, "regular", null],
      ["Trần Thị Bình", 30, "regular", "2027-07-01"],
    ]);
    expect(body.counts).toEqual({ regular: 2, posthumous: 1, early: 0, delayed: 1 });
    expect(body.items[2].partyAge).toEqual({ years: 40, months: 0 });
    expect(body.items[0].diedOn).toBe("2026-11-15");
  });

  it("adds the members within the early window for serious illness on request", async () => {
    const w = await aWorld();
    const body = (await list(w.admin, `on=${on}&early=true&orgUnitId=${w.tree.cellA1}`)).json();
    expect(body.items.map((i: { fullName: string; kind: string }) => `${i.fullName}:${i.kind}`)).toEqual([
      "Nguyễn Văn An:regular",
      "Trần Thị Bình:regular",
      "Phạm Văn Dũng:early_illness",
    ]);
  });

  it("shows a base committee only its own members, refuses a unit outside (404), no session (401), a member's account (403) and a bad date (400)", async () => {
    const w = await aWorld();
    const names = (await list(w.coso, `on=${on}`)).json().items.map((i: { fullName: string }) => i.fullName);
    expect(names).not.toContain("Hoàng Thị Em");
    expect(names).toContain("Nguyễn Văn An");
    expect((await list(w.coso, `on=${on}&orgUnitId=${w.tree.cellB1}`)).statusCode).toBe(404);
    expect((await list(null, `on=${on}`)).statusCode).toBe(401);
    expect((await list(w.member, `on=${on}&orgUnitId=${w.tree.cellA1}`)).statusCode).toBe(403);
    expect((await list(w.member, `on=${on}`)).json().items).toEqual([]);
    // A reader without award.read anywhere gets an empty list, and an empty form, not an error.
    expect((await api(t.app).as(w.member).get(`/api/awards/badges/list.xlsx?on=${on}`)).statusCode).toBe(200);
    const bad = await list(w.admin, "on=2027-02-30");
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(["on"]);
  });
});

const unzipText = (payload: Buffer, entry: string) =>
  strFromU8(unzipSync(new Uint8Array(payload))[entry] as Uint8Array);

describe("proposal lists 4-HHĐ, 4A-HHĐ, 4B-HHĐ", () => {
  it("gives the regular list as .xlsx without the disciplined or the deceased, and the posthumous one as .docx", async () => {
    const w = await aWorld();
    const xlsx = await api(t.app)
      .as(w.admin)
      .get(`/api/awards/badges/list.xlsx?on=${on}&form=4&orgUnitId=${w.tree.root}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    const strings = unzipText(xlsx.rawPayload, "xl/sharedStrings.xml");
    expect(strings).toContain("DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG");
    expect(strings).toContain("Nguyễn Văn An");
    expect(strings).toContain("Hoàng Thị Em");
    expect(strings).not.toContain("Trần Thị Bình");
    expect(strings).not.toContain("Lê Văn Cường");
    const docx = await api(t.app)
      .as(w.admin)
      .get(`/api/awards/badges/list.docx?on=${on}&form=4B&orgUnitId=${w.tree.root}`);
    expect(docx.statusCode).toBe(200);
    const xml = unzipText(docx.rawPayload, "word/document.xml");
    expect(xml).toContain("TRUY TẶNG");
    expect(xml).toContain("Lê Văn Cường");
    expect(xml).not.toContain("Nguyễn Văn An");
    const outside = await api(t.app).as(w.coso).get(`/api/awards/badges/list.docx?on=${on}&orgUnitId=${w.tree.baseB}`);
    expect(outside.statusCode).toBe(404);
  });

  it("lists a lost badge for reissue (4A-HHĐ) with the number it had", async () => {
    const w = await aWorld();
    await decide125(w);
    const url = `/api/awards/badges/list.xlsx?on=${on}&form=4A&memberIds=${w.people.an}`;
    const strings = unzipText((await api(t.app).as(w.admin).get(url)).rawPayload, "xl/sharedStrings.xml");
    expect(strings).toContain("CẤP LẠI");
    expect(strings).toContain(w.n("HH40-0001"));
    expect((await api(t.app).as(w.coso).get(url.replace(w.people.an, w.people.em))).statusCode).toBe(404);
  });
});

describe("POST /api/awards/badge-decisions", () => {
  it("refuses a milestone not reached, a discipline delay, an early award without reason, a repeated number, each naming the field, writing nothing", async () => {
    const { admin, people, decision } = await aWorld();
    const one = (memberId: string, milestone: number, kind: string) => [
      { memberId, milestone, kind, badgeNumber: "HH-1" },
    ];
    await refused(admin, decision("1", one(people.dung, 70, "regular")), 422, "badges.0.milestone", "chưa đủ 70 năm");
    await refused(admin, decision("1", one(people.binh, 30, "regular")), 422, "badges.0.kind", "01/07/2027");
    await refused(admin, decision("1", one(people.dung, 70, "early_illness")), 422, "badges.0.note");
    await refused(admin, decision("1", one(people.an, 35, "regular")), 422, "badges.0.milestone", "35");
    await refused(admin, decision("1", one(people.an, 40, "posthumous")), 422, "badges.0.kind");
    await refused(admin, decision("1", one(people.cuong, 40, "regular")), 422, "badges.0.kind", "Truy tặng");
    const twice = [...one(people.an, 40, "regular"), { ...one(people.em, 30, "regular")[0], badgeNumber: "hh-1" }];
    await refused(admin, decision("1", twice), 422, "badges.1.badgeNumber");
  });

  it("refuses a deciding unit without the authority (422), a role without award.decide (403), a unit outside (404), no session (401), bad input (400)", async () => {
    const w = await aWorld();
    const badge = [{ memberId: w.people.an, milestone: 40, kind: "regular", badgeNumber: "HH-1" }];
    await refused(
      w.coso,
      w.decision("1", badge, { orgUnitId: w.tree.baseA }),
      422,
      "orgUnitId",
      "Ban Thường vụ tỉnh ủy",
    );
    await refused(w.chibo, w.decision("1", badge, { orgUnitId: w.tree.cellA1 }), 403);
    await refused(w.inspector, w.decision("1", badge), 403);
    await refused(w.coso, w.decision("1", badge, { orgUnitId: w.tree.baseB }), 404);
    const before = await snapshot(t.db, tables);
    expect((await decide(null, w.decision("1", badge))).statusCode).toBe(401);
    const bad = await decide(
      w.admin,
      w.decision("1", [{ ...badge[0], milestone: "bốn mươi" }], { signedOn: "2026-13-01" }),
    );
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(["badges.0.milestone", "signedOn"]);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("records a decision with badge numbers, then refuses the same badge, badge number or decision number (409)", async () => {
    const w = await aWorld();
    const res = await decide125(w);
    // By unit (Chi bộ Phòng Ngân sách, then Chi bộ Văn phòng), then by given name.
    expect(res.json().badges.map((b: { fullName: string }) => b.fullName)).toEqual([
      "Lê Văn Cường",
      "Nguyễn Văn An",
      "Phạm Văn Dũng",
    ]);
    const audit = rowsOf<{ action: string }>(
      await t.db.execute(sql`select action from audit_events order by seq desc limit 1`),
    );
    expect(audit[0]?.action).toBe("award.badgeDecision.recorded");
    const { admin, people, decision } = w;
    await refused(
      admin,
      decision("126", [{ memberId: people.an, milestone: 40, kind: "regular", badgeNumber: "HH40-9" }]),
      409,
      "badges.0.milestone",
      "đã được tặng",
    );
    await refused(
      admin,
      decision("126", [{ memberId: people.em, milestone: 30, kind: "regular", badgeNumber: "hh40-0001" }]),
      409,
      "badges.0.badgeNumber",
    );
    await refused(
      admin,
      {
        ...decision("x", [{ memberId: people.em, milestone: 30, kind: "regular", badgeNumber: "HH30-1" }]),
        number: w.n("125-qđ/tu"),
      },
      409,
      "number",
    );
    // The list of the date no longer holds those awarded.
    const names = (await list(admin, `on=${on}&orgUnitId=${w.tree.root}`))
      .json()
      .items.map(
        (i: { fullName: string; milestone: number; kind: string }) => `${i.fullName}:${i.milestone}:${i.kind}`,
      );
    expect(names).toEqual(["Hoàng Thị Em:30:regular", "Trần Thị Bình:30:regular"]);
  });

  it("reissues a lost badge to a member who has it, not one never received", async () => {
    const w = await aWorld();
    await decide125(w);
    const reissue = (memberId: string, milestone: number, number: string) => [
      { memberId, milestone, kind: "reissue", badgeNumber: number, note: "Mất khi chuyển nhà" },
    ];
    await refused(w.admin, w.decision("127", reissue(w.people.em, 30, "HH30-0100")), 422, "badges.0.kind");
    const res = await decide(w.admin, w.decision("128", reissue(w.people.an, 40, "HH40-0100")));
    expect(res.statusCode, res.body).toBe(201);
    const badges = (await api(t.app).as(w.chibo).get(`/api/members/${w.people.an}/badges`)).json().badges;
    expect(badges.map((b: { milestone: number; kind: string }) => `${b.milestone}:${b.kind}`)).toEqual([
      "40:regular",
      "40:reissue",
    ]);
  });
});

describe("a member's badges", () => {
  it("shows the badges received and the next milestone on the record and in the handbook", async () => {
    const w = await aWorld();
    const before = (await api(t.app).as(w.member).get("/api/me/badges")).json();
    expect(before).toEqual({ badges: [], next: { milestone: 40, reachedOn: "2027-01-10", awardOn: on } });
    await decide125(w);
    const res = await api(t.app).as(w.chibo).get(`/api/members/${w.people.an}/badges`);
    expect(res.statusCode).toBe(200);
    // Decided for an award day still to come, the 40-year badge stays the next one until it is handed.
    expect(res.json().next).toEqual({ milestone: 40, reachedOn: "2027-01-10", awardOn: on });
    const mine = await api(t.app).as(w.member).get("/api/me/badges");
    expect(mine.json().badges[0]).toMatchObject({
      milestone: 40,
      badgeNumber: w.n("HH40-0001"),
      decisionNumber: w.n("125-QĐ/TU"),
    });
    expect((await api(t.app).as(w.coso).get(`/api/members/${w.people.em}/badges`)).statusCode).toBe(404);
    expect((await api(t.app).anonymous.get(`/api/members/${w.people.an}/badges`)).statusCode).toBe(401);
    expect((await api(t.app).as(w.inspector).get("/api/me/badges")).statusCode).toBe(404);
  });

  it("lists the decisions with the badges of the reader's subtree, and counts the badges by award date for reports", async () => {
    const w = await aWorld();
    await decide125(w);
    await decide(
      w.admin,
      w.decision("130", [{ memberId: w.people.em, milestone: 30, kind: "regular", badgeNumber: "HH30-0001" }]),
    );
    const page = (await api(t.app).as(w.coso).get(`/api/awards/badge-decisions?awardDate=${on}`)).json();
    expect(page.items.map((d: { number: string }) => d.number)).toEqual([w.n("125-QĐ/TU")]);
    const year = (indicator: string, unit: string, y = 2027) =>
      figure(t.app, w.admin, indicator, unit, `${y}-01-01`, `${y}-12-31`);
    expect(await year("awards.badges.total", w.tree.root)).toBe(4);
    expect(await year("awards.badges.40", w.tree.root)).toBe(2);
    expect(await year("awards.badges.30", w.tree.baseB)).toBe(1);
    expect(await year("awards.badges.posthumous", w.tree.baseA)).toBe(1);
    expect(await year("awards.badges.40", w.tree.baseB)).toBe(0);
    expect(await year("awards.badges.total", w.tree.root, 2026)).toBe(0);
  });
});
