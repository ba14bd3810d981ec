import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aUnit } from "./builders";
import { anActor, type TestActor, useTestApp } from "./harness";
import { planScans } from "./list-plans";

// Every paged list's page and total must be served by an index: no sequential scan of the list's big table, on
// PostgreSQL with enough rows (and statistics) for the planner to tell. Runs when TEST_DATABASE_URL is set.
// The lists to check: the endpoint, who asks (a grant on the top of the tree, or on one base committee of six),
// and the table that grows with the committee's records. Add a row for each new paged list.
const lists: { url: string; as: "top" | "base"; table: string }[] = [
  { url: "/api/meetings", as: "top", table: "meetings" },
  { url: "/api/meetings", as: "base", table: "meetings" },
  { url: "/api/meetings?page=3&pageSize=20&kind=regular", as: "base", table: "meetings" },
  { url: "/api/meetings?from=2026-10-01&to=2026-10-31", as: "top", table: "meetings" },
  { url: "/api/residence/requests", as: "top", table: "residence_comment_requests" },
  { url: "/api/residence/requests?year=2025", as: "top", table: "residence_comment_requests" },
  { url: "/api/residence/requests?year=2026&status=overdue", as: "top", table: "residence_comment_requests" },
  { url: "/api/residence/requests?year=2026", as: "base", table: "residence_comment_requests" },
  { url: "/api/notices?orgUnitId={cell}", as: "base", table: "notices" },
];

const bases = 6;
const cellsPerBase = 10;
const membersPerCell = 50;

describe.runIf(process.env.TEST_DATABASE_URL)("list queries on PostgreSQL", () => {
  const t = useTestApp();
  const actors = {} as Record<"top" | "base", TestActor>;
  let firstCell = "";

  beforeAll(async () => {
    const root = await aUnit(t.db, { name: "Đảng bộ Khối (kế hoạch truy vấn)", type: "upper_committee" });
    const cells: string[] = [];
    let firstBase = "";
    for (let b = 0; b < bases; b++) {
      const base = await aUnit(t.db, { name: `Đảng bộ cơ sở ${b}`, type: "grassroots_committee", parentId: root });
      firstBase ||= base;
      for (let c = 0; c < cellsPerBase; c++)
        cells.push(await aUnit(t.db, { name: `Chi bộ ${b}.${c}`, type: "cell", parentId: base }));
    }
    firstCell = cells[0] ?? "";
    actors.top = await anActor(t.db, { role: "grassroots_staff", orgUnitId: root });
    actors.base = await anActor(t.db, { role: "grassroots_staff", orgUnitId: firstBase });
    await loadRecords(cells);
  }, 180_000);

  async function loadRecords(cells: string[]) {
    const units = sql`${`{${cells.join(",")}}`}::uuid[]`;
    const n = cells.length;
    // Six years of monthly meetings of every cell (4,320), the newest in the current month.
    await t.db.execute(sql`insert into meetings (id, org_unit_id, kind, topic, scheduled_at, status, agenda,
        checkin_secret, created_at)
      select gen_random_uuid(), (${units})[g % ${n} + 1], case when g % 7 = 0 then 'thematic' else 'regular' end,
        'Sinh hoạt chi bộ', timestamptz '2021-01-15 07:30+07' + (g / ${n}) * interval '1 month',
        case when g / ${n} < 70 then 'closed' else 'planned' end, '[]'::jsonb, 'x', now()
      from generate_series(0, ${n * 72 - 1}) g`);
    // A cell's notices over the years.
    await t.db.execute(sql`insert into notices (id, org_unit_id, title, body, posted_on, created_at)
      select gen_random_uuid(), (${units})[g % ${n} + 1], 'Thông báo', 'Nội dung', date '2021-01-01' + g / ${n} * 7, now()
      from generate_series(0, ${n * 300 - 1}) g`);
    // 3,000 members, each registered where they live, with a yearly comment request for five years.
    await t.db.execute(sql`insert into members (id, full_name, name_sort_key, sex, birth_date, org_unit_id, status,
        created_at)
      select gen_random_uuid(), 'Nguyễn Văn ' || g, 'nguyen' || g, 'male', date '1980-01-01', (${units})[g % ${n} + 1],
        'full', now()
      from generate_series(0, ${n * membersPerCell - 1}) g`);
    await t.db.execute(sql`insert into residence_registrations (id, member_id, address, residence_org_name,
        registered_on, "case")
      select gen_random_uuid(), id, 'Số 1', 'Chi bộ khu phố 1', date '2020-01-01', 'normal' from members`);
    await t.db.execute(sql`insert into residence_comment_requests (id, member_id, registration_id, year, requested_on,
        due_on, status, via)
      select gen_random_uuid(), g.member_id, g.id, y, make_date(y, 11, 1), make_date(y, 12, 1) + (hashtext(g.id::text) % 20),
        case when y < 2026 or hashtext(g.id::text) % 3 = 0 then 'received' else 'requested' end, 'paper'
      from residence_registrations g cross join generate_series(2022, 2026) y`);
    await t.db.execute(sql`vacuum analyze`);
  }

  it.each(lists)("$url as $as: no sequential scan of $table", async ({ url, as, table }) => {
    const { statusCode, explained, seqScans } = await planScans(
      t.database,
      t.app,
      actors[as],
      url.replace("{cell}", firstCell),
      table,
    );
    expect(statusCode).toBe(200);
    expect(explained).toBeGreaterThan(0);
    expect(seqScans.filter((s) => s.relations.includes(table))).toEqual([]);
  });
});
