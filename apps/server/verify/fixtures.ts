import { aMember } from "../test/builders";
import { testPassword } from "../test/harness";
import { awardMakers } from "./awards-samples";
import { inspectionMakers } from "./inspection-fixtures";
import { ratingAssessment, ratingCycle } from "./ratings-samples";
import { report } from "./report-samples";
import { reportTemplate } from "./report-template-samples";
import { asRoot, mark, type Relation, relations, uniqueTag, type World } from "./world";

/** One object the matrix acts on: its kind, the unit that governs it, and the values requests name it by. */
export interface FixtureObject {
  kind: string;
  unitId: string;
  fields: Record<string, string>;
}

type Maker = (world: World, unitId: string) => Promise<FixtureObject>;

const scheduledAt = "2026-11-20T01:00:00.000Z";
export const pdfBytes = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** A unit of the standing tree is its own object; restructuring acts on a new child of it (see `child`). */
async function orgUnit(_world: World, unitId: string): Promise<FixtureObject> {
  return { kind: "orgUnit", unitId, fields: { id: unitId, orgUnitId: unitId, parentId: unitId } };
}

const childType: Record<string, string> = {
  provincial_committee: "upper_committee",
  upper_committee: "grassroots_committee",
  grassroots_committee: "cell",
  sub_committee: "cell",
  grassroots_cell: "party_group",
  cell: "party_group",
};

/** A new unit under `unitId`, for the routes that need their permission at the parent of the unit they act on. */
export async function child(world: World, unitId: string): Promise<FixtureObject> {
  const parent = await asRoot<{ type: string }>(world, { method: "GET", url: `/api/org-units/${unitId}` });
  const tag = uniqueTag();
  const name = `Chi bộ ${tag}`;
  const created = await asRoot<{ id: string }>(world, {
    method: "POST",
    url: "/api/org-units",
    body: { name, type: childType[parent.type] ?? "cell", parentId: unitId, establishedOn: "2020-01-01" },
  });
  await mark(world, created.id, "orgUnit", created.id, tag);
  return { kind: "orgUnit", unitId, fields: { id: created.id, orgUnitId: created.id } };
}

async function member(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const id = await aMember(world.database.db, { orgUnitId: unitId, fullName: `Nguyễn Văn ${tag}` });
  await mark(world, unitId, "member", id, tag);
  return { kind: "member", unitId, fields: { id, memberId: id, entityId: id, entityType: "member" } };
}

async function meeting(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await asRoot<{ id: string }>(world, {
    method: "POST",
    url: "/api/meetings",
    body: { orgUnitId: unitId, kind: "committee", topic: `Họp ${tag}`, scheduledAt },
  });
  await mark(world, unitId, "meeting", created.id, tag);
  return { kind: "meeting", unitId, fields: { id: created.id, entityId: created.id, entityType: "meeting" } };
}

async function meetingDocument(world: World, unitId: string): Promise<FixtureObject> {
  const { fields } = await meeting(world, unitId);
  const tag = uniqueTag();
  const updated = await asRoot<{ documents: { id: string }[] }>(world, {
    method: "POST",
    url: `/api/meetings/${fields.id}/documents`,
    multipart: [{ name: "file", value: pdfBytes, fileName: `${tag}.pdf` }],
  });
  const docId = updated.documents[0]?.id ?? "";
  await mark(world, unitId, "meetingDocument", docId, tag);
  return { kind: "meetingDocument", unitId, fields: { id: fields.id ?? "", docId } };
}

async function meetingTask(world: World, unitId: string): Promise<FixtureObject> {
  const { fields } = await meeting(world, unitId);
  const tag = uniqueTag();
  const current = await asRoot<{ version: number }>(world, { method: "GET", url: `/api/meetings/${fields.id}` });
  await asRoot(world, {
    method: "PUT",
    url: `/api/meetings/${fields.id}/minutes`,
    body: {
      version: current.version,
      chairName: "Trần Văn Chủ",
      secretaryName: "Lê Thị Thư",
      resolutions: [{ title: `Việc ${tag}`, ownerName: "Trần Văn Chủ", dueOn: "2026-12-31" }],
    },
  });
  const tasks = await asRoot<{ id: string; title: string }[]>(world, {
    method: "GET",
    url: "/api/meeting-tasks",
    query: { orgUnitId: unitId },
  });
  const id = tasks.find((t) => t.title === `Việc ${tag}`)?.id ?? "";
  await mark(world, unitId, "meetingTask", id, tag);
  return { kind: "meetingTask", unitId, fields: { id } };
}

async function notice(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await asRoot<{ id: string }>(world, {
    method: "POST",
    url: "/api/notices",
    body: { orgUnitId: unitId, title: `Thông báo ${tag}`, body: `Nội dung ${tag}` },
  });
  await mark(world, unitId, "notice", created.id, tag);
  return { kind: "notice", unitId, fields: { id: created.id } };
}

async function residenceRegistration(world: World, unitId: string): Promise<FixtureObject> {
  const { fields } = await member(world, unitId);
  const tag = uniqueTag();
  const created = await asRoot<{ id: string }>(world, {
    method: "POST",
    url: `/api/members/${fields.id}/residence`,
    body: {
      address: `Số 1 phố ${tag}`,
      residenceOrgName: `Chi bộ khu phố ${tag}`,
      registeredOn: "2025-01-01",
      case: "normal",
    },
  });
  await mark(world, unitId, "residenceRegistration", created.id, tag);
  return { kind: "residenceRegistration", unitId, fields: { id: created.id, memberId: fields.id ?? "" } };
}

async function commentRequest(world: World, unitId: string): Promise<FixtureObject> {
  const { fields } = await residenceRegistration(world, unitId);
  const created = await asRoot<{ request: { id: string }; link: string }>(world, {
    method: "POST",
    url: "/api/residence/requests",
    body: { memberId: fields.memberId ?? "", year: 2026, dueOn: "2026-12-31" },
  });
  await mark(world, unitId, "commentRequest", created.request.id);
  const token = created.link.split("/").at(-1) ?? "";
  return { kind: "commentRequest", unitId, fields: { id: created.request.id, token } };
}

async function user(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await asRoot<{ id: string; grants: { id: string }[] }>(world, {
    method: "POST",
    url: "/api/users",
    body: {
      username: tag,
      displayName: `Người dùng ${tag}`,
      password: testPassword,
      role: "member",
      orgUnitId: unitId,
    },
  });
  await mark(world, unitId, "user", created.id, tag);
  const grantId = created.grants[0]?.id ?? "";
  return {
    kind: "user",
    unitId,
    fields: { id: created.id, userId: created.id, entityId: created.id, entityType: "user", grantId, username: tag },
  };
}

async function grant(world: World, unitId: string): Promise<FixtureObject> {
  const { fields } = await user(world, unitId);
  return { kind: "grant", unitId, fields: { id: fields.grantId ?? "", userId: fields.id ?? "" } };
}

/**
 * A seat the rules accept in a unit: a committee takes a named person; a cell takes one of its own full members as
 * bí thư, from the day after its latest seat began or ended, the open one ended that day (one bí thư at a time).
 */
export async function seatBody(world: World, unitId: string, tag: string): Promise<Record<string, unknown>> {
  const unit = await asRoot<{ type: string }>(world, { method: "GET", url: `/api/org-units/${unitId}` });
  if (unit.type !== "cell" && unit.type !== "grassroots_cell")
    return { kind: "committee_member", holderName: `Đỗ Văn ${tag}`, startsOn: "2025-01-01" };
  const seats = await asRoot<{ id: string; startsOn: string; endsOn: string | null }[]>(world, {
    method: "GET",
    url: `/api/org-units/${unitId}/positions`,
    query: { all: "1" },
  });
  const latest =
    seats
      .map((s) => s.endsOn ?? s.startsOn)
      .sort()
      .at(-1) ?? "2024-01-01";
  const startsOn = new Date(Date.parse(`${latest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  for (const seat of seats.filter((s) => !s.endsOn))
    await asRoot(world, { method: "POST", url: `/api/positions/${seat.id}/end`, body: { endsOn: startsOn } });
  const memberId = await aMember(world.database.db, { orgUnitId: unitId, fullName: `Đỗ Văn ${tag}` });
  return { kind: "secretary", memberId, startsOn };
}

async function position(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await asRoot<{ id: string }>(world, {
    method: "POST",
    url: `/api/org-units/${unitId}/positions`,
    body: await seatBody(world, unitId, tag),
  });
  await mark(world, unitId, "position", created.id, tag);
  return { kind: "position", unitId, fields: { id: created.id } };
}

/** How to make one object of each kind the access metadata names. */
export const makers: Record<string, Maker> = {
  orgUnit,
  member,
  meeting,
  meetingDocument,
  meetingTask,
  notice,
  residenceRegistration,
  commentRequest,
  ratingCycle,
  ratingAssessment,
  user,
  grant,
  position,
  reportTemplate,
  report,
  ...awardMakers,
  ...inspectionMakers,
};

/** The standing objects: one of each kind in each of the four units, for reads and refused writes. */
export async function standingObjects(world: World): Promise<Map<string, Record<Relation, FixtureObject>>> {
  const objects = new Map<string, Record<Relation, FixtureObject>>();
  for (const [kind, make] of Object.entries(makers)) {
    const byRelation = {} as Record<Relation, FixtureObject>;
    for (const relation of relations) byRelation[relation] = await make(world, world.units[relation]);
    objects.set(kind, byRelation);
  }
  return objects;
}
