import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { today, useTestApp } from "../../test/harness";
import { rowsOf } from "../db/sql";
import { partyAge, partyAgeMonths } from "../modules/members";
import { addMonths } from "../rules/dates";

// The demo's ratings and awards (issue 9, quality bar): three complete years, this year's cycle as the journeys
// expect it, commendations, badges and models.
const t = useTestApp({ demo: true });
const year = Number(today.slice(0, 4));

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await t.db.execute(query));
}

interface Share {
  year: number;
  level: string | null;
  n: number;
}

const levelShares = (subject: "member" | "org") =>
  rows<Share>(sql`select c.year, a.decided_level as level, count(*)::int as n
    from rating_assessments a join review_cycles c on c.id = a.cycle_id
    where a.subject_type = ${subject} and a.status = 'decided' and c.status = 'closed'
    group by c.year, a.decided_level`);

function share(all: Share[], y: number, level: string) {
  const total = all.filter((r) => r.year === y).reduce((s, r) => s + r.n, 0);
  return (all.find((r) => r.year === y && r.level === level)?.n ?? 0) / total;
}

describe("demo ratings: three complete years", () => {
  it("closes one yearly cycle per upper committee of its time: the bloc until 2024, its successors since", async () => {
    const cycles = await rows<{ year: number; name: string; status: string }>(sql`select c.year, v.name, c.status
      from review_cycles c join org_unit_versions v on v.org_unit_id = c.org_unit_id
        and v.valid_from <= c.reference_date and (v.valid_to is null or v.valid_to > c.reference_date)
      order by c.year, v.name`);
    const past = cycles.filter((c) => c.year < year);
    expect(past.every((c) => c.status === "closed")).toBe(true);
    expect(new Set(past.map((c) => c.year))).toEqual(new Set([year - 3, year - 2, year - 1]));
    for (const c of past)
      if (c.year <= 2024) expect(c.name).toBe("Đảng bộ Khối các cơ quan tỉnh Bình Sơn");
      else expect(c.name).not.toContain("Khối");
    expect(cycles.filter((c) => c.year === year).map((c) => c.status)).toEqual(["open", "open"]);
    const open = await rows<{ n: number }>(sql`select count(*)::int as n from rating_assessments a
      join review_cycles c on c.id = a.cycle_id where c.status = 'closed' and a.status not in ('decided', 'excluded')`);
    expect(open[0]?.n).toBe(0);
  });

  it("rates members about a fifth excellent, most good, a tenth completed, a handful not completed", async () => {
    const all = await levelShares("member");
    for (const y of [year - 3, year - 2, year - 1]) {
      expect(share(all, y, "excellent")).toBeGreaterThan(0.13);
      expect(share(all, y, "excellent")).toBeLessThanOrEqual(0.2);
      expect(share(all, y, "good")).toBeGreaterThan(0.62);
      expect(share(all, y, "completed")).toBeGreaterThan(0.05);
      expect(share(all, y, "completed")).toBeLessThan(0.15);
      const nc = all.find((r) => r.year === y && r.level === "not_completed")?.n ?? 0;
      expect(nc).toBeGreaterThan(0);
      expect(nc).toBeLessThan(25);
    }
  });

  it("rates organisations about a fifth excellent, one or two not completed a year", async () => {
    const all = await levelShares("org");
    for (const y of [year - 3, year - 2, year - 1]) {
      expect(share(all, y, "excellent")).toBeGreaterThan(0.12);
      expect(share(all, y, "excellent")).toBeLessThan(0.32);
      expect(share(all, y, "good")).toBeGreaterThan(0.55);
      const nc = all.find((r) => r.year === y && r.level === "not_completed")?.n ?? 0;
      expect([1, 2]).toContain(nc);
    }
  });

  it("keeps excellent members within 20% of the good-or-better in each base organisation, whoever decided", async () => {
    const groups = await rows<{ cycle: string; base: string; excellent: number; better: number }>(sql`select
        a.cycle_id as cycle, a.decided_by_unit_id as base,
        count(*) filter (where a.decided_level = 'excellent')::int as excellent,
        count(*) filter (where a.decided_level in ('excellent', 'good'))::int as better
      from rating_assessments a where a.subject_type = 'member' and a.status = 'decided'
      group by a.cycle_id, a.decided_by_unit_id`);
    expect(groups.length).toBeGreaterThan(150);
    expect(groups.filter((g) => g.excellent > Math.floor(0.2 * g.better))).toEqual([]);
  });

  it("never rates excellent a member disciplined that year, and decides members at their base organisation", async () => {
    const wrong = await rows<{ id: string }>(sql`select a.id from rating_assessments a
      join review_cycles c on c.id = a.cycle_id
      join member_events e on e.member_id = a.member_id and e.kind = 'discipline'
        and extract(year from e.occurred_on) = c.year
      where a.decided_level = 'excellent' or a.proposed_level = 'excellent'`);
    expect(wrong).toEqual([]);
    const disciplined = await rows<{ n: number }>(sql`select count(*)::int as n from member_events
      where kind = 'discipline'`);
    expect(disciplined[0]?.n).toBeGreaterThan(4);
    const deciders = await rows<{ type: string; n: number }>(sql`select v.type, count(*)::int as n
      from rating_assessments a join review_cycles c on c.id = a.cycle_id
      join org_unit_versions v on v.org_unit_id = a.decided_by_unit_id
        and v.valid_from <= c.reference_date and (v.valid_to is null or v.valid_to > c.reference_date)
      where a.subject_type = 'member' and a.status = 'decided' group by v.type`);
    expect(deciders.map((d) => d.type).sort()).toEqual(["grassroots_cell", "grassroots_committee"]);
  });

  it("decides base organisations by the committee above them and their cells by the base committee", async () => {
    const wrong = await rows<{ id: string }>(sql`select a.id from rating_assessments a
      join review_cycles c on c.id = a.cycle_id
      join org_unit_versions v on v.org_unit_id = a.org_unit_id
        and v.valid_from <= c.reference_date and (v.valid_to is null or v.valid_to > c.reference_date)
      join org_unit_versions d on d.org_unit_id = a.decided_by_unit_id
        and d.valid_from <= c.reference_date and (d.valid_to is null or d.valid_to > c.reference_date)
      where a.subject_type = 'org' and a.status = 'decided' and (
        (v.type in ('grassroots_committee', 'grassroots_cell') and d.type <> 'upper_committee')
        or (v.type in ('cell', 'sub_committee') and d.type <> 'grassroots_committee'))`);
    expect(wrong).toEqual([]);
  });

  it("scores only the years from 2025 on, with self points inside the band of the self level", async () => {
    const scored = await rows<{ year: number; level: string; total: number | null; points: Record<string, number> }>(
      sql`select c.year, a.self_level as level, a.self_total as total, a.self_points as points
        from rating_assessments a join review_cycles c on c.id = a.cycle_id where a.self_level is not null`,
    );
    expect(scored.filter((s) => s.year < 2025 && s.total !== null)).toEqual([]);
    const withPoints = scored.filter((s) => s.year >= 2025);
    expect(withPoints.length).toBeGreaterThan(1000);
    const bands: Record<string, [number, number]> = {
      excellent: [90, 100],
      good: [70, 89],
      completed: [50, 69],
      not_completed: [0, 49],
    };
    const outside = withPoints.filter((s) => {
      const [lo, hi] = bands[s.level] as [number, number];
      const sum = Object.values(s.points ?? {}).reduce((a, b) => a + b, 0);
      return s.total === null || s.total < lo || s.total > hi || sum !== s.total;
    });
    expect(outside).toEqual([]);
  });

  it("leaves out the exempt and the recently admitted with their reason, and rates a member not completed twice", async () => {
    const excluded = await rows<{ reason: string; n: number }>(sql`select excluded_reason as reason,
      count(*)::int as n from rating_assessments where status = 'excluded' group by excluded_reason`);
    expect(excluded.map((e) => e.reason).sort()).toEqual(["exempt", "recently_admitted"]);
    const early = await rows<{ id: string }>(sql`select a.id from rating_assessments a
      join review_cycles c on c.id = a.cycle_id join members m on m.id = a.member_id
      where a.status <> 'excluded' and m.admission_decided_on > c.reference_date - interval '6 months'`);
    expect(early).toEqual([]);
    const twice = await rows<{ member: string }>(sql`select a.member_id as member from rating_assessments a
      join review_cycles c on c.id = a.cycle_id join members m on m.id = a.member_id
      where a.decided_level = 'not_completed' and c.year in (${year - 2}, ${year - 1}) and m.status = 'full'
      group by a.member_id having count(*) = 2`);
    expect(twice.length).toBeGreaterThanOrEqual(1);
  });
});

const currentMembers = (where: ReturnType<typeof sql>) =>
  rows<{
    name: string;
    status: string;
    proposed: string | null;
    vote: unknown;
    key: string | null;
  }>(sql`select m.full_name as name, a.status, a.proposed_level as proposed, a.proposal_vote as vote,
      a.framework_key as key
    from rating_assessments a join review_cycles c on c.id = a.cycle_id and c.year = ${year}
    join members m on m.id = a.member_id
    join org_unit_versions cv on cv.org_unit_id = a.org_unit_id and cv.valid_to is null
    join org_unit_versions bv on bv.org_unit_id = cv.parent_id and bv.valid_to is null
    where ${where}`);

describe("demo ratings: this year's cycle in progress, as the journeys start", () => {
  it("leaves every member of Chi bộ Văn phòng pending, bác Tư among them, with no proposal", async () => {
    const cell = await currentMembers(sql`cv.name = 'Chi bộ Văn phòng' and bv.name = 'Đảng bộ Sở Tài chính'`);
    expect(cell.length).toBeGreaterThan(5);
    expect(cell.filter((r) => r.status !== "pending" && r.status !== "excluded")).toEqual([]);
    expect(cell.find((r) => r.name === "Hoàng Văn Tư")?.status).toBe("pending");
    expect(cell.filter((r) => r.proposed !== null)).toEqual([]);
    // As when the ratings module opens a cycle: the framework in force on the judging day, for those reviewed.
    expect(cell.filter((r) => r.status === "pending" && r.key !== "366-QĐ/TW đảng viên")).toEqual([]);
  });

  it("has the other cells of Sở Tài chính propose every member with a vote, two excellent over the quota, none decided", async () => {
    const others = await currentMembers(sql`cv.name <> 'Chi bộ Văn phòng' and bv.name = 'Đảng bộ Sở Tài chính'`);
    const rated = others.filter((r) => r.status !== "excluded");
    expect(rated.length).toBeGreaterThan(15);
    expect(rated.filter((r) => r.status !== "proposed" || !r.vote)).toEqual([]);
    const excellent = rated.filter((r) => r.proposed === "excellent").length;
    const better = rated.filter((r) => r.proposed === "excellent" || r.proposed === "good").length;
    expect(excellent).toBe(Math.floor(0.2 * better) + 2);
  });

  it("has base organisations and Sở Tài chính's cells self-assessed, undecided; elsewhere a mix", async () => {
    const orgs = await rows<{ type: string; parent: string; status: string }>(sql`select v.type, p.name as parent,
        a.status from rating_assessments a join review_cycles c on c.id = a.cycle_id and c.year = ${year}
      join org_unit_versions v on v.org_unit_id = a.org_unit_id and v.valid_to is null
      join org_unit_versions p on p.org_unit_id = v.parent_id and p.valid_to is null
      where a.subject_type = 'org'`);
    const bases = orgs.filter((o) => o.type === "grassroots_committee" || o.type === "grassroots_cell");
    expect(bases.length).toBeGreaterThan(50);
    expect(bases.filter((o) => o.status !== "self_assessed")).toEqual([]);
    const finance = orgs.filter((o) => o.parent === "Đảng bộ Sở Tài chính");
    expect(finance.length).toBeGreaterThan(3);
    expect(finance.filter((o) => o.status !== "self_assessed")).toEqual([]);
    const members = await rows<{ status: string; n: number }>(sql`select a.status, count(*)::int as n
      from rating_assessments a join review_cycles c on c.id = a.cycle_id and c.year = ${year}
      where a.subject_type = 'member' group by a.status`);
    const n = (s: string) => members.find((m) => m.status === s)?.n ?? 0;
    const total = members.reduce((s, m) => s + m.n, 0) - n("excluded");
    expect((n("self_assessed") + n("proposed") + n("decided")) / total).toBeGreaterThan(0.35);
    expect((n("self_assessed") + n("proposed") + n("decided")) / total).toBeLessThan(0.75);
    expect(n("decided")).toBeGreaterThan(20);
    expect(n("pending")).toBeGreaterThan(200);
    // Those decided have announced (the journeys' base committee announces its own, and only its own).
    const unannounced = await rows<{ n: number }>(sql`select count(*)::int as n from rating_assessments a
      join review_cycles c on c.id = a.cycle_id and c.year = ${year}
      where a.status = 'decided' and a.announced_at is null`);
    expect(unannounced[0]?.n).toBe(0);
  });
});

describe("demo awards: commendations, badges, models", () => {
  it("commends for the year only those decided excellent that year, each form by a body allowed to award it", async () => {
    const wrong = await rows<{ id: string }>(sql`select k.id from commendations k where k.basis = 'year_excellent'
      and not exists (select 1 from rating_assessments a join review_cycles c on c.id = a.cycle_id
        where c.year = k.year and a.decided_level = 'excellent'
          and ((k.recipient_type = 'member' and a.member_id = k.member_id)
            or (k.recipient_type = 'org' and a.subject_type = 'org' and a.org_unit_id = k.org_unit_id)))`);
    expect(wrong).toEqual([]);
    const forms = await rows<{ form: string; basis: string; type: string; recipient: string; n: number }>(sql`select
        k.form, k.basis, v.type, k.recipient_type as recipient, count(*)::int as n
      from commendations k join award_decisions d on d.id = k.decision_id
      join org_unit_versions v on v.org_unit_id = d.deciding_unit_id
        and v.valid_from <= d.signed_on and (v.valid_to is null or v.valid_to > d.signed_on)
      group by k.form, k.basis, v.type, k.recipient_type`);
    // Who may award what (domain.md §6.1, the rule setting awards.forms).
    const allowed: Record<string, string[]> = {
      certificate_of_merit: ["grassroots_cell/member", "grassroots_committee/member", "grassroots_committee/org"],
      certificate_of_commendation: ["provincial_committee/member", "provincial_committee/org"],
      emulation_flag: ["provincial_committee/org"],
    };
    allowed.certificate_of_merit?.push("upper_committee/member", "upper_committee/org");
    expect(forms.filter((f) => !allowed[f.form]?.includes(`${f.type}/${f.recipient}`))).toEqual([]);
    const n = (form: string, basis?: string) =>
      forms.filter((f) => f.form === form && (!basis || f.basis === basis)).reduce((s, f) => s + f.n, 0);
    expect(n("certificate_of_merit", "year_excellent")).toBeGreaterThan(100);
    expect(n("certificate_of_merit", "campaign")).toBeGreaterThan(5);
    expect(n("certificate_of_commendation")).toBeGreaterThan(1);
    const campaigns = await rows<{ n: number }>(sql`select count(*)::int as n from award_campaigns`);
    expect(campaigns[0]?.n).toBe(2);
    const open = await rows<{ status: string }>(sql`select status from commendations where decision_id is null`);
    expect(open.map((o) => o.status)).toContain("proposed");
  });

  it("awards badges on the award days to members who had reached the milestone, posthumously within 12 months", async () => {
    const badges = await rows<{
      milestone: number;
      kind: string;
      on: string;
      name: string;
      first: string;
      full: string;
      exited: string | null;
      gaps: [string, string][];
      decider: string;
    }>(sql`select b.milestone, b.kind, b.award_date::text as on, m.full_name as name,
        m.first_admission_decided_on::text as first, m.full_membership_on::text as full, m.exited_on::text as exited,
        m.party_gaps as gaps, v.type as decider
      from party_badges b join members m on m.id = b.member_id join award_decisions d on d.id = b.decision_id
      join org_unit_versions v on v.org_unit_id = d.deciding_unit_id and v.valid_to is null`);
    expect(badges.length).toBeGreaterThan(15);
    const months = (b: (typeof badges)[number]) =>
      partyAgeMonths(
        partyAge(
          { firstAdmissionDecidedOn: b.first, partyGaps: b.gaps, fullMembershipOn: b.full, exitedOn: b.exited },
          b.on,
        ),
      );
    expect(badges.filter((b) => b.kind === "regular" && months(b) < b.milestone * 12)).toEqual([]);
    const posthumous = badges.filter((b) => b.kind === "posthumous");
    expect(posthumous.length).toBeGreaterThanOrEqual(1);
    expect(posthumous.filter((b) => !b.exited || b.exited > b.on || months(b) < b.milestone * 12 - 12)).toEqual([]);
    expect(badges.filter((b) => !/-(02-03|05-19|09-02|11-07)$/.test(b.on) || b.on >= today)).toEqual([]);
    expect(badges.filter((b) => b.on < addMonths(today, -36))).toEqual([]);
    expect(badges.filter((b) => b.decider !== "provincial_committee")).toEqual([]);
    expect(badges.filter((b) => b.name === "Hoàng Văn Tư")).toEqual([]);
  });

  it("numbers decisions and badges uniquely", async () => {
    const dup = await rows<{ number: string }>(sql`select lower(number) as number from (
        select number from award_decisions union all select badge_number from party_badges
        union all select recognition_number from emulation_models where recognition_number is not null) x
      group by lower(number) having count(*) > 1`);
    expect(dup).toEqual([]);
    const numbers = await rows<{ number: string }>(sql`select number from award_decisions`);
    expect(numbers.filter((n) => !/^\d{2,4}-QĐ\/(ĐU|ĐUK|CB|TU)$/.test(n.number))).toEqual([]);
  });

  it("registers 20–40 Dân vận khéo models over the four fields, about half recognised with 75–100 points", async () => {
    const models = await rows<{
      field: string;
      status: string;
      score: number | null;
      no: string | null;
      value: number;
    }>(sql`select field, status, score, recognition_number as no, value_vnd as value from emulation_models`);
    expect(models.length).toBeGreaterThanOrEqual(20);
    expect(models.length).toBeLessThanOrEqual(40);
    expect(new Set(models.map((m) => m.field)).size).toBe(4);
    const recognised = models.filter((m) => m.status === "recognised");
    expect(recognised.length / models.length).toBeGreaterThan(0.3);
    expect(recognised.length / models.length).toBeLessThan(0.7);
    expect(recognised.filter((m) => !m.score || m.score < 75 || m.score > 100 || !m.no)).toEqual([]);
    expect(models.filter((m) => m.status === "not_recognised" && (m.score ?? 0) >= 75)).toEqual([]);
    const finance = await rows<{ n: number }>(sql`select count(*)::int as n from emulation_models e
      join org_unit_versions v on v.org_unit_id = e.org_unit_id and v.valid_to is null
      left join org_unit_versions p on p.org_unit_id = v.parent_id and p.valid_to is null
      where 'Đảng bộ Sở Tài chính' in (v.name, p.name)`);
    expect(finance[0]?.n).toBeGreaterThanOrEqual(4);
  });
});
