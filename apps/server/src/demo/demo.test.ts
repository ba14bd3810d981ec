import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { anActor, api, type TestActor, today, useTestApp } from "../../test/harness";
import { rowsOf } from "../db/sql";
import { addMonths, monthsBetween } from "../rules/dates";
import { retirementAgeMonths } from "./people";

const t = useTestApp({ demo: true });
let admin: TestActor;
const ids: Record<string, string> = {};

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await t.db.execute(query));
}

/** The cells today, with their members on the list and their full members. */
const currentCells = sql`select v.org_unit_id as id, v.name, v.type,
    (select count(*)::int from members m where m.org_unit_id = v.org_unit_id and m.status in ('probationary', 'full')) as "members",
    (select count(*)::int from members m where m.org_unit_id = v.org_unit_id and m.status = 'full') as "full"
  from org_unit_versions v where v.valid_to is null and v.type in ('cell', 'grassroots_cell')`;
const seatsToday = sql`(select * from committee_positions p where p.starts_on <= ${today}::date
  and (p.ends_on is null or p.ends_on > ${today}::date))`;

beforeAll(async () => {
  for (const r of await rows<{ id: string; name: string }>(sql`select org_unit_id as id, name from org_unit_versions`))
    ids[r.name] = r.id;
  admin = await anActor(t.db, { role: "admin", orgUnitId: ids["Đảng bộ tỉnh Bình Sơn"] as string });
}, 180_000);

describe("demo data a clerk would believe: numbers and papers (issue 8 item 19)", () => {
  it("numbers party cards NN.NNNNNN after the province, citizen IDs from a province code, and fills the file number", async () => {
    const cards = await rows<{ n: string }>(sql`select card_number as n from party_cards`);
    expect(cards.length).toBeGreaterThan(2000);
    expect(cards.filter((c) => !/^53\.\d{6}$/.test(c.n))).toEqual([]);
    const people = await rows<{ id: string; sex: string; birth: string; admitted: string | null; file: string | null }>(
      sql`select citizen_id as id, sex, birth_date::text as birth, first_admission_decided_on::text as admitted,
        file_number as file from members`,
    );
    const wrong = people.filter((p) => {
      const digit = (p.birth < "2000" ? 0 : 2) + (p.sex === "male" ? 0 : 1);
      return !new RegExp(`^053${digit}${p.birth.slice(2, 4)}\\d{6}$`).test(p.id);
    });
    expect(wrong).toEqual([]);
    expect(people.filter((p) => p.admitted && !p.file)).toEqual([]);
    const names = await rows<{ name: string; place: string | null }>(
      sql`select full_name as name, ceremony_place as place from members`,
    );
    expect(names.filter((n) => /(\S+) \1$/.test(n.name))).toEqual([]);
    expect(names.filter((n) => n.place?.includes("Phòng Quản lý"))).toEqual([]);
  });

  it("numbers each admission by the body that decided it: the base committee (ĐU) or the bloc (ĐUK) before 1/7/2025", async () => {
    const decisions = await rows<{ no: string; on: string; type: string }>(sql`select e.decision_no as no,
        e.occurred_on::text as on, v.type from member_events e
      join memberships ms on ms.member_id = e.member_id and ms.valid_from <= e.occurred_on
        and (ms.valid_to is null or ms.valid_to > e.occurred_on)
      join org_unit_versions v on v.org_unit_id = ms.org_unit_id and v.valid_to is null
      where e.kind = 'admission'`);
    expect(decisions.length).toBeGreaterThan(300);
    expect(decisions.filter((d) => !/^\d{2,3}-QĐ\/ĐUK?$/.test(d.no))).toEqual([]);
    expect(decisions.filter((d) => d.type === "cell" && !d.no.endsWith("/ĐU"))).toEqual([]);
    const underBloc = decisions.filter(
      (d) => d.type === "grassroots_cell" && d.on >= "2015-07-01" && d.on < "2025-07-01",
    );
    expect(underBloc.length).toBeGreaterThan(5);
    expect(underBloc.filter((d) => !d.no.endsWith("/ĐUK"))).toEqual([]);
    // A base committee numbers its decisions in the order it signs them, from 01 in each term (HD 36-HD/VPTW).
    const signed = await rows<{ base: string; on: string; no: string }>(sql`select p.org_unit_id as base,
        e.occurred_on::text as on, e.decision_no as no from member_events e
      join org_unit_versions v on v.org_unit_id = e.org_unit_id and v.valid_from <= e.occurred_on
        and (v.valid_to is null or v.valid_to > e.occurred_on)
      join org_unit_versions p on p.org_unit_id = v.parent_id and p.valid_from <= e.occurred_on
        and (p.valid_to is null or p.valid_to > e.occurred_on)
      where e.decision_no like '%-QĐ/ĐU' and p.type = 'grassroots_committee'
        and e.occurred_on >= '2020-06-01' and e.occurred_on < '2025-06-01'`);
    expect(signed.length).toBeGreaterThan(100);
    const byBase = new Map<string, { on: string; n: number }[]>();
    for (const d of signed)
      byBase.set(d.base, [...(byBase.get(d.base) ?? []), { on: d.on, n: Number.parseInt(d.no, 10) }]);
    const outOfOrder = [...byBase.values()].filter((list) => {
      const sorted = list.sort((a, b) => a.on.localeCompare(b.on) || a.n - b.n);
      return sorted.some((d, i) => i > 0 && d.n <= (sorted[i - 1] as { n: number }).n);
    });
    expect(outOfOrder).toEqual([]);
  });
});

describe("demo data a clerk would believe: people and their cells (issue 8 item 20)", () => {
  it("seats each cell's bí thư and phó bí thư from its own full members, one bí thư per cell", async () => {
    const seats = await rows<{
      unit: string;
      kind: string;
      member: string | null;
      memberUnit: string;
      status: string;
      fullOn: string;
      startsOn: string;
    }>(
      sql`select p.org_unit_id as unit, p.kind, p.member_id as member, m.org_unit_id as "memberUnit", m.status,
        m.full_membership_on::text as "fullOn", p.starts_on::text as "startsOn"
      from ${seatsToday} p join org_unit_versions v on v.org_unit_id = p.org_unit_id and v.valid_to is null
      left join members m on m.id = p.member_id where v.type in ('cell', 'grassroots_cell')`,
    );
    expect(seats.filter((s) => s.kind === "secretary").length).toBeGreaterThan(200);
    expect(
      seats.filter((s) => !s.member || s.memberUnit !== s.unit || s.status !== "full" || s.fullOn > s.startsOn),
    ).toEqual([]);
    const cells = await rows<{ id: string; name: string }>(currentCells);
    const secretaries = new Map<string, number>();
    for (const s of seats) if (s.kind === "secretary") secretaries.set(s.unit, (secretaries.get(s.unit) ?? 0) + 1);
    expect(cells.filter((c) => secretaries.get(c.id) !== 1).map((c) => c.name)).toEqual([]);
  });

  it("gives every cell of nine or more full members a chi ủy, so no cell asks for one", async () => {
    const cells = await rows<{ id: string; name: string; full: number }>(currentCells);
    const committees = new Set(
      (
        await rows<{ unit: string }>(
          sql`select org_unit_id as unit from ${seatsToday} p where kind = 'committee_member'`,
        )
      ).map((r) => r.unit),
    );
    expect(cells.filter((c) => c.full >= 9 && !committees.has(c.id)).map((c) => c.name)).toEqual([]);
    const big = cells.find((c) => c.full >= 9) as { id: string };
    expect((await api(t.app).as(admin).get(`/api/org-units/${big.id}`)).json().warnings).toEqual([]);
  });

  it("lets the bí thư chair the meetings, or the phó bí thư when the bí thư was away", async () => {
    const meetings = await rows<{ chair: string; secretary: string | null; deputy: string | null; present: string[] }>(
      sql`select mt.chair_name as chair,
        (select p.holder_name from committee_positions p where p.org_unit_id = mt.org_unit_id and p.kind = 'secretary'
          and p.starts_on <= mt.scheduled_at::date and (p.ends_on is null or p.ends_on > mt.scheduled_at::date)) as secretary,
        (select p.holder_name from committee_positions p where p.org_unit_id = mt.org_unit_id and p.kind = 'deputy_secretary'
          and p.starts_on <= mt.scheduled_at::date and (p.ends_on is null or p.ends_on > mt.scheduled_at::date)) as deputy,
        array(select m.full_name from meeting_attendance a join members m on m.id = a.member_id
          where a.meeting_id = mt.id and a.status = 'present') as present
      from meetings mt where mt.status = 'closed'`,
    );
    expect(meetings.length).toBeGreaterThan(2000);
    const wrong = meetings.filter((m) => {
      if (m.secretary && m.present.includes(m.secretary)) return m.chair !== m.secretary;
      if (m.deputy && m.present.includes(m.deputy)) return m.chair !== m.deputy;
      return !m.present.includes(m.chair);
    });
    expect(wrong).toEqual([]);
    expect(meetings.filter((m) => m.chair === m.secretary).length / meetings.length).toBeGreaterThan(0.85);
  });

  it("records nothing after a member's death or striking off", async () => {
    const after = await rows<{
      kind: string;
    }>(sql`select e.kind from member_events e join members m on m.id = e.member_id
      where m.exited_on is not null and e.occurred_on > m.exited_on`);
    expect(after).toEqual([]);
    const attended = await rows<{ n: number }>(sql`select count(*)::int as n from meeting_attendance a
      join members m on m.id = a.member_id join meetings mt on mt.id = a.meeting_id
      where m.exited_on is not null and mt.scheduled_at::date >= m.exited_on`);
    expect(attended[0]?.n).toBe(0);
    const left = await rows<{ n: number }>(sql`select count(*)::int as n from members where status = 'left'`);
    expect(left[0]?.n).toBeGreaterThan(10);
  });

  it("keeps each member's lifecycle in the order and the time limits of the rules", async () => {
    const members = await rows<{
      birth: string;
      decided: string;
      received: string;
      ceremony: string;
      full: string | null;
      course: string;
    }>(
      sql`select birth_date::text as birth, admission_decided_on::text as decided, decision_received_on::text as received,
        ceremony_on::text as ceremony, full_membership_on::text as full, course_completed_on::text as course
      from members where admission_decided_on is not null`,
    );
    const wrong = members.filter(
      (m) =>
        monthsBetween(m.birth, m.decided) < 12 * 18 ||
        monthsBetween(m.birth, m.decided) > 12 * 60 ||
        !(m.course < m.decided && m.decided <= m.received && m.received < m.ceremony) ||
        monthsBetween(m.decided, m.ceremony) >= 2 ||
        (m.full !== null && m.full !== addMonths(m.ceremony, 12)),
    );
    expect(wrong).toEqual([]);
  });

  it("fits job titles to the unit, education to the age, and keeps working members below retirement age", async () => {
    const people = await rows<{
      title: string;
      unit: string;
      base: string;
      education: string;
      birth: string;
      sex: string;
    }>(
      sql`select m.job_title as title, v.name as unit, coalesce(p.name, '') || ' ' || coalesce(g.name, '') as base,
        m.general_education as education, m.birth_date::text as birth, m.sex from members m
      join org_unit_versions v on v.org_unit_id = m.org_unit_id and v.valid_to is null
      left join org_unit_versions p on p.org_unit_id = v.parent_id and p.valid_to is null
      left join org_unit_versions g on g.org_unit_id = p.parent_id and g.valid_to is null
      where m.status in ('probationary', 'full')`,
    );
    const medical = /Bệnh viện|Y tế|Kiểm soát bệnh tật|Pháp y|sức khỏe/;
    const misplaced = people.filter((p) => /^(Bác sĩ|Điều dưỡng)$/.test(p.title) && !medical.test(p.unit + p.base));
    expect(misplaced).toEqual([]);
    expect(people.filter((p) => /Bác sĩ|Điều dưỡng/.test(p.title)).length).toBeGreaterThan(50);
    const older = people.filter((p) => p.birth < "1975");
    expect(older.filter((p) => p.education === "10/10").length / older.length).toBeGreaterThan(0.4);
    expect(people.filter((p) => p.birth >= "1985" && p.education === "10/10")).toEqual([]);
    const retired = people.filter(
      (p) => monthsBetween(p.birth, today) >= retirementAgeMonths(p.sex as "male", Number(today.slice(0, 4))),
    );
    expect(retired).toEqual([]);
  });

  it("gives cells realistic sizes and every base committee its thirty members", async () => {
    const cells = await rows<{ name: string; members: number }>(currentCells);
    expect(cells.filter((c) => c.members < 4 || c.members > 45)).toEqual([]);
    const bases = await rows<{ name: string; n: number }>(sql`select v.name, (select count(*)::int from members m
        join org_unit_versions c on c.org_unit_id = m.org_unit_id and c.valid_to is null
        left join org_unit_versions s on s.org_unit_id = c.parent_id and s.valid_to is null
        where (c.parent_id = v.org_unit_id or s.parent_id = v.org_unit_id) and m.status in ('probationary', 'full')) as n
      from org_unit_versions v where v.valid_to is null and v.type = 'grassroots_committee'`);
    expect(bases.filter((b) => b.n < 30)).toEqual([]);
  });

  it("holds thematic meetings on their topic, with minutes that differ from meeting to meeting", async () => {
    const thematic = await rows<{ agenda: { title: string }[] }>(
      sql`select agenda from meetings where kind = 'thematic'`,
    );
    expect(thematic.length).toBeGreaterThan(500);
    expect(thematic.filter((m) => !m.agenda[1]?.title.startsWith("Báo cáo chuyên đề"))).toEqual([]);
    const texts = await rows<{ n: number }>(
      sql`select count(distinct discussion || conclusions)::int as n from meetings where status = 'closed'`,
    );
    expect(texts[0]?.n).toBeGreaterThan(12);
  });
});

describe("demo data a clerk would believe: the 2025 reorganisation (issue 8 item 21)", () => {
  it("shows the bloc as of 2024 and its two successors today, under the province the office oversees", async () => {
    const names = async (asOf?: string) =>
      (
        await api(t.app)
          .as(admin)
          .get(`/api/org-units${asOf ? `?asOf=${asOf}` : ""}`)
      )
        .json()
        .map((u: { name: string }) => u.name);
    const then = await names("2024-06-30");
    expect(then).toEqual(
      expect.arrayContaining([
        "Đảng bộ Khối các cơ quan tỉnh Bình Sơn",
        "Đảng bộ Sở Kế hoạch và Đầu tư",
        "Đảng bộ Cục Thuế tỉnh",
      ]),
    );
    expect(then).not.toContain("Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn");
    const now = await names();
    expect(now).toEqual(
      expect.arrayContaining([
        "Đảng bộ tỉnh Bình Sơn",
        "Đảng bộ các cơ quan Đảng tỉnh Bình Sơn",
        "Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn",
        "Đảng bộ Thuế tỉnh Bình Sơn",
      ]),
    );
    expect(now).not.toContain("Đảng bộ Khối các cơ quan tỉnh Bình Sơn");
    expect(now).not.toContain("Đảng bộ Sở Kế hoạch và Đầu tư");
    const finance = (await api(t.app).as(admin).get(`/api/org-units/${ids["Đảng bộ Sở Tài chính"]}`)).json();
    expect(finance.path.map((p: { name: string }) => p.name)).toEqual([
      "Đảng bộ tỉnh Bình Sơn",
      "Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn",
      "Đảng bộ Sở Tài chính",
    ]);
    const province = (await api(t.app).as(admin).get(`/api/org-units/${ids["Đảng bộ tỉnh Bình Sơn"]}`)).json();
    expect(province.type).toBe("provincial_committee");
  });

  it("lists the 1/3/2025 merger and the 1/7/2025 move among a base committee's events", async () => {
    const events = (await api(t.app).as(admin).get(`/api/org-units/${ids["Đảng bộ Sở Tài chính"]}/events`)).json();
    expect(events.map((e: { kind: string; effectiveOn: string }) => `${e.effectiveOn} ${e.kind}`)).toEqual(
      expect.arrayContaining(["2025-07-01 move", "2025-03-01 absorb"]),
    );
    const moved = events.find((e: { kind: string }) => e.kind === "move");
    expect(moved).toMatchObject({
      decisionNo: "1245-QĐ/TU",
      details: {
        fromParentName: "Đảng bộ Khối các cơ quan tỉnh Bình Sơn",
        toParentName: "Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn",
      },
    });
    const absorbed = events.find((e: { kind: string }) => e.kind === "absorb");
    expect(absorbed.details.fromName).toBe("Đảng bộ Sở Kế hoạch và Đầu tư");
    const bloc = (
      await api(t.app).as(admin).get(`/api/org-units/${ids["Đảng bộ Khối các cơ quan tỉnh Bình Sơn"]}/events`)
    ).json();
    expect(bloc.map((e: { kind: string }) => e.kind)).toContain("split");
  });

  it("counts 2024's members under the bloc as it stood then, and this year's under its successors", async () => {
    const figure = async (unit: string, from: string, to: string) =>
      (
        await api(t.app)
          .as(admin)
          .get(`/api/reports/figures?indicator=members.onList&orgUnitId=${ids[unit]}&from=${from}&to=${to}`)
      ).json().value;
    const bloc2024 = await figure("Đảng bộ Khối các cơ quan tỉnh Bình Sơn", "2024-01-01", "2024-12-31");
    expect(bloc2024).toBeGreaterThan(2000);
    const party = await figure("Đảng bộ các cơ quan Đảng tỉnh Bình Sơn", "2026-01-01", "2026-06-30");
    const government = await figure("Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn", "2026-01-01", "2026-06-30");
    expect(party).toBeGreaterThan(500);
    expect(government).toBeGreaterThan(1500);
  });

  it("moves the members of a merged cell into the cell it merged into, keeping where they were before", async () => {
    const moved = await rows<{ n: number }>(sql`select count(distinct ms.member_id)::int as n from memberships ms
      join org_units u on u.id = ms.org_unit_id where u.dissolved_on = '2025-03-01' and ms.valid_to = '2025-03-01'`);
    expect(moved[0]?.n).toBeGreaterThan(20);
  });

  it("keeps the demo accounts: the office over the province, anh Hùng bí thư of his own cell, bác Tư a member in it", async () => {
    const accounts = await rows<{ username: string; unit: string; member: string | null; memberUnit: string | null }>(
      sql`select u.username, v.name as unit, m.full_name as member, mv.name as "memberUnit" from users u
        join grants g on g.user_id = u.id join org_unit_versions v on v.org_unit_id = g.org_unit_id and v.valid_to is null
        left join members m on m.id = u.member_id
        left join org_unit_versions mv on mv.org_unit_id = m.org_unit_id and mv.valid_to is null
        where u.username in ('admin', 'kiemtra', 'coso', 'chibo', 'dangvien') order by u.username`,
    );
    expect(accounts).toEqual([
      { username: "admin", unit: "Đảng bộ tỉnh Bình Sơn", member: null, memberUnit: null },
      { username: "chibo", unit: "Chi bộ Văn phòng", member: "Lê Văn Hùng", memberUnit: "Chi bộ Văn phòng" },
      {
        username: "coso",
        unit: "Đảng bộ Sở Tài chính",
        member: "Phạm Văn Hòa",
        memberUnit: "Chi bộ Phòng Quản lý ngân sách",
      },
      { username: "dangvien", unit: "Chi bộ Văn phòng", member: "Hoàng Văn Tư", memberUnit: "Chi bộ Văn phòng" },
      { username: "kiemtra", unit: "Đảng bộ tỉnh Bình Sơn", member: null, memberUnit: null },
    ]);
    const hung = await rows<{ kind: string; unit: string }>(sql`select p.kind, v.name as unit from ${seatsToday} p
      join members m on m.id = p.member_id join org_unit_versions v on v.org_unit_id = p.org_unit_id and v.valid_to is null
      where m.full_name in ('Lê Văn Hùng', 'Phạm Văn Hòa') order by p.kind`);
    expect(hung).toEqual([
      { kind: "deputy_secretary", unit: "Đảng bộ Sở Tài chính" },
      { kind: "secretary", unit: "Chi bộ Văn phòng" },
    ]);
  });
});
