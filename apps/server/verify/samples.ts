import { eq } from "drizzle-orm";
import { meetings } from "../src/db/schema";
import { checkinCode } from "../src/modules/meetings/meetings.rules";
import { testPassword } from "../test/harness";
import { awardSamples } from "./awards-samples";
import { badgeSamples } from "./badge-samples";
import { pdfBytes, seatBody } from "./fixtures";
import { send } from "./http";
import { inspectionSamples } from "./inspection-samples";
import { memberPaperSamples } from "./member-papers-samples";
import { ratingsSamples } from "./ratings-samples";
import { reportSamples } from "./report-samples";
import { reportTemplateSamples } from "./report-template-samples";
import type { SampleContext, SampleParts } from "./requests";
import { residenceSamples } from "./residence-samples";
import { asRoot, uniqueTag, type World } from "./world";

/**
 * What a valid request holds beyond what its schema and object give: current versions, unique names, real files,
 * the state a transition starts from. Keyed `METHOD /path`; an endpoint without one gets what its schema gives,
 * and the matrix tells when that is not enough (it never succeeds).
 */
export const samples: Record<string, (c: SampleContext) => Promise<SampleParts> | SampleParts> = {
  "POST /api/auth/login": async ({ world }) => {
    const username = uniqueTag();
    await asRoot(world, {
      method: "POST",
      url: "/api/users",
      body: { username, displayName: username, password: testPassword, role: "member", orgUnitId: world.units.own },
    });
    return { body: { username, password: testPassword } };
  },
  "POST /api/me/password": () => ({ body: { currentPassword: testPassword, newPassword: "another-horse-2" } }),
  "POST /api/users": ({ fields }) => ({
    body: {
      username: uniqueTag(),
      displayName: "Người dùng mới",
      password: testPassword,
      role: "member",
      ...unit(fields),
    },
  }),
  "PATCH /api/users/:id": async (c) => ({ body: { version: await version(c), displayName: `Người ${uniqueTag()}` } }),
  "POST /api/users/:id/grants": async ({ world, object }) => ({
    body: { role: "cell_secretary", orgUnitId: object?.unitId ?? world.units.own },
  }),
  "GET /api/audit-events": ({ fields }) => ({
    query: { entityType: fields.entityType ?? "", entityId: fields.id ?? "" },
  }),
  "GET /api/reports/figures": ({ fields }) => ({
    query: { indicator: "members.onList", orgUnitId: fields.id ?? "", from: "2026-01-01", to: "2026-06-30" },
  }),
  "POST /api/org-units": async ({ world, fields }) => ({
    body: { name: `Chi bộ ${uniqueTag()}`, type: await childTypeOf(world, fields.id), parentId: fields.id },
  }),
  "PATCH /api/org-units/:id": async (c) => ({ body: { version: await version(c), name: `Đơn vị ${uniqueTag()}` } }),
  "PUT /api/org-units/:id/locality": async (c) => ({ body: { version: await version(c), locality: "Bình Sơn" } }),
  "POST /api/org-units/:id/events": async (c) => ({
    body: { kind: "dissolve", version: await version(c), effectiveOn: c.world.today },
  }),
  "POST /api/org-units/:id/terms": () => ({ body: { name: `Khóa ${uniqueTag()}`, startsOn: "2025-01-01" } }),
  "POST /api/org-units/:id/positions": async ({ world, fields }) => ({
    body: await seatBody(world, fields.id ?? "", uniqueTag()),
  }),
  "POST /api/members": ({ fields }) => ({
    body: { fullName: `Hoàng Văn ${uniqueTag()}`, sex: "male", birthDate: "1990-01-01", ...unit(fields) },
  }),
  "PATCH /api/members/:id": async (c) => ({ body: { version: await version(c), occupation: `Nghề ${uniqueTag()}` } }),
  "POST /api/members/:id/events": ({ world }) => ({ body: { kind: "death", diedOn: world.today } }),
  "POST /api/imports/members": async ({ world }) => ({
    multipart: [{ name: "file", value: await importTemplate(world), fileName: "nhap.xlsx" }],
  }),
  "POST /api/meetings": ({ fields }) => ({
    body: { kind: "committee", topic: `Họp ${uniqueTag()}`, scheduledAt: "2026-11-20T01:00:00.000Z", ...unit(fields) },
  }),
  "PATCH /api/meetings/:id": async (c) => ({ body: { version: await version(c), topic: `Họp ${uniqueTag()}` } }),
  "PUT /api/meetings/:id/attendance": async (c) => {
    const meeting = await rootGet<{ roster: { memberId: string }[] }>(c);
    const memberId = meeting.roster[0]?.memberId ?? "";
    return { body: { entries: [{ memberId, status: "present" }] } };
  },
  "PUT /api/meetings/:id/minutes": async (c) => ({
    body: { version: await version(c), chairName: "Trần Văn Chủ", secretaryName: "Lê Thị Thư" },
  }),
  "PUT /api/meetings/:id/score": async ({ world }) => ({ body: { points: await fullPoints(world) } }),
  "POST /api/meetings/:id/close": async (c) => {
    await writeMinutes(c);
    return {};
  },
  "POST /api/meetings/:id/reopen": async (c) => {
    await writeMinutes(c);
    await send(c.world.app, c.world.root, { method: "POST", url: `/api/meetings/${c.fields.id}/close`, body: {} });
    return { body: { reason: "Bổ sung biên bản" } };
  },
  "POST /api/meetings/:id/checkin": async ({ world, fields }) => ({ body: { code: await codeOf(world, fields.id) } }),
  "POST /api/meetings/:id/documents": () => ({
    multipart: [{ name: "file", value: pdfBytes, fileName: `${uniqueTag()}.pdf` }],
  }),
  "POST /api/scoring-templates": () => ({ body: scoringTemplate() }),
  "POST /api/notices": ({ fields }) => ({
    body: { title: `Thông báo ${uniqueTag()}`, body: "Nội dung thông báo", ...unit(fields) },
  }),
  "POST /api/meetings/plan-year": ({ fields }) => ({
    body: { year: nextPlanYear(), dayOfMonth: 5, time: "08:00", ...unit(fields) },
  }),
  "GET /api/meetings/yearly-ratings": () => ({ query: { year: "2026" } }),
  "PATCH /api/meeting-tasks/:id": async ({ world, object }) => {
    const tasks = await asRoot<{ id: string; version: number }[]>(world, {
      method: "GET",
      url: "/api/meeting-tasks",
      query: { orgUnitId: object?.unitId ?? "" },
    });
    return { body: { version: tasks.find((t) => t.id === object?.fields.id)?.version ?? 1, status: "done" } };
  },
  "POST /api/members/:id/residence": () => ({
    body: { address: "Số 2 phố Huế", residenceOrgName: "Chi bộ khu phố 2", registeredOn: "2025-06-01", case: "normal" },
  }),
  "PATCH /api/residence/registrations/:id": async (c) => ({
    body: { version: await registrationVersion(c), address: `Số 3 phố ${uniqueTag()}` },
  }),
  "POST /api/residence/registrations/:id/end": async (c) => ({
    body: { version: await registrationVersion(c), endedOn: c.world.today },
  }),
  "POST /api/residence/requests": ({ fields }) => ({
    body: { memberId: fields.memberId, year: 2026, dueOn: "2026-12-31" },
  }),
  "POST /api/residence/requests/:id/paper": ({ world }) => ({
    body: { ...residenceComment(), receivedOn: world.today },
  }),
  "POST /api/public/residence/:token": () => ({ body: residenceComment() }),
  ...residenceSamples,
  ...ratingsSamples,
  ...awardSamples,
  ...memberPaperSamples,
  ...badgeSamples,
  ...reportTemplateSamples,
  ...reportSamples,
  ...inspectionSamples,
};

function unit(fields: Record<string, string>) {
  return { orgUnitId: fields.orgUnitId ?? fields.id };
}

async function rootGet<T>(c: SampleContext, url = c.endpoint.path.replace(/:id/, c.fields.id ?? "")): Promise<T> {
  return asRoot<T>(c.world, { method: "GET", url: url.replace(/\/(minutes|score|attendance|close|events)$/, "") });
}

/** The object's current version, read the way a client reads it (GET of the same resource). */
async function version(c: SampleContext): Promise<number> {
  const path = c.endpoint.path.replace(/:id.*/, c.fields.id ?? "");
  return (await asRoot<{ version: number }>(c.world, { method: "GET", url: path })).version;
}

async function registrationVersion(c: SampleContext): Promise<number> {
  const memberId = c.object?.fields.memberId ?? "";
  const residence = await asRoot<{ registrations: { id: string; version: number }[] }>(c.world, {
    method: "GET",
    url: `/api/members/${memberId}/residence`,
  });
  return residence.registrations.find((r) => r.id === c.fields.id)?.version ?? 1;
}

async function writeMinutes(c: SampleContext) {
  const current = await asRoot<{ version: number; chairName: string | null }>(c.world, {
    method: "GET",
    url: `/api/meetings/${c.fields.id}`,
  });
  if (current.chairName) return;
  await asRoot(c.world, {
    method: "PUT",
    url: `/api/meetings/${c.fields.id}/minutes`,
    body: { version: current.version, chairName: "Trần Văn Chủ", secretaryName: "Lê Thị Thư" },
  });
}

async function childTypeOf(world: World, unitId = ""): Promise<string> {
  const parent = await asRoot<{ type: string }>(world, { method: "GET", url: `/api/org-units/${unitId}` });
  return parent.type === "upper_committee" ? "grassroots_committee" : parent.type === "cell" ? "party_group" : "cell";
}

async function fullPoints(world: World): Promise<Record<string, number>> {
  const templates = await asRoot<{ criteria: { key: string; max: number }[] }[]>(world, {
    method: "GET",
    url: "/api/scoring-templates",
  });
  return Object.fromEntries((templates[0]?.criteria ?? []).map((c) => [c.key, c.max]));
}

async function codeOf(world: World, meetingId = ""): Promise<string> {
  const db = world.database.db;
  const [row] = await db.select({ secret: meetings.checkinSecret }).from(meetings).where(eq(meetings.id, meetingId));
  return row ? checkinCode(row.secret, world.now) : "000000";
}

let template: Buffer | undefined;
async function importTemplate(world: World): Promise<Buffer> {
  if (template) return template;
  const reply = await send(world.app, world.root, { method: "GET", url: "/api/imports/members/template" });
  template = reply.body;
  return template;
}

let planYear = 2030;
function nextPlanYear(): number {
  planYear += 1;
  return planYear;
}

let templateDay = 0;
function scoringTemplate() {
  templateDay += 1;
  const validFrom = new Date(Date.UTC(2027, 0, templateDay)).toISOString().slice(0, 10);
  return {
    name: `Mẫu chấm ${uniqueTag()}`,
    validFrom,
    criteria: [{ key: "content", label: "Nội dung", max: 100 }],
    levels: [
      { level: "good", min: 90 },
      { level: "fair", min: 70 },
      { level: "average", min: 50 },
      { level: "poor", min: 0 },
    ],
  };
}

function residenceComment() {
  return {
    assessment: "good",
    commentText: "Gương mẫu nơi cư trú",
    signerName: "Bùi Văn Ký",
    signerPosition: "Bí thư",
  };
}
