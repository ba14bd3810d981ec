import { aMember } from "../test/builders";
import type { FixtureObject } from "./fixtures";
import { pdfBytes } from "./fixtures";
import { type RequestSpec, send } from "./http";
import { asRoot, markConfidential, uniqueTag, type World } from "./world";

/**
 * The inspection committee's records (issue 11), built through the API by the inspector over the whole tree (the
 * office admin may not). Every confidential text carries a tag marked confidential: only a holder of
 * `inspection.read` may ever see it. None is shared with another role.
 */
export async function asInspector<T = Record<string, unknown>>(world: World, spec: RequestSpec): Promise<T> {
  const reply = await send(world.app, world.inspector, spec);
  if (reply.status >= 300)
    throw new Error(`fixture: ${spec.method} ${spec.url} answered ${reply.status} ${reply.text}`);
  return (reply.text ? JSON.parse(reply.text) : {}) as T;
}

const unitTypes = new Map<string, string>();
async function typeOf(world: World, unitId: string): Promise<string> {
  const known = unitTypes.get(unitId);
  if (known) return known;
  const unit = await asRoot<{ type: string }>(world, { method: "GET", url: `/api/org-units/${unitId}` });
  unitTypes.set(unitId, unit.type);
  return unit.type;
}

/** The body of a unit that inspects and decides: its cell for a cell, its committee above. */
export async function bodyAt(world: World, unitId: string): Promise<"cell" | "committee"> {
  const type = await typeOf(world, unitId);
  return type === "cell" || type === "grassroots_cell" ? "cell" : "committee";
}

/** A member of the unit, to be the subject of a case, an item or a discipline file. */
export async function aSubject(world: World, unitId: string): Promise<string> {
  return aMember(world.database.db, { orgUnitId: unitId, fullName: `Lê Văn ${uniqueTag()}` });
}

/** What opens a case at a unit (without the unit, for a case opened from a letter). */
export async function caseFields(world: World, unitId: string, tag: string) {
  return {
    body: await bodyAt(world, unitId),
    kind: "inspection_suspected",
    title: `Kiểm tra ${tag}`,
    content: `Nội dung ${tag}`,
    subjects: [{ type: "member", memberId: await aSubject(world, unitId) }],
    decisionNo: `${tag}-QĐ/KT`,
    decidedOn: world.today,
  };
}

async function inspectionCase(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await asInspector<{ id: string }>(world, {
    method: "POST",
    url: "/api/inspection/cases",
    body: { orgUnitId: unitId, ...(await caseFields(world, unitId, tag)) },
  });
  await markConfidential(world, unitId, "inspectionCase", created.id, tag);
  return { kind: "inspectionCase", unitId, fields: { id: created.id } };
}

async function inspectionCaseDocument(world: World, unitId: string): Promise<FixtureObject> {
  const { fields } = await inspectionCase(world, unitId);
  const tag = uniqueTag();
  const updated = await asInspector<{ documents: { id: string }[] }>(world, {
    method: "POST",
    url: `/api/inspection/cases/${fields.id}/documents`,
    multipart: [{ name: "file", value: pdfBytes, fileName: `${tag}.pdf` }],
  });
  const docId = updated.documents[0]?.id ?? "";
  await markConfidential(world, unitId, "inspectionCaseDocument", docId, tag);
  return { kind: "inspectionCaseDocument", unitId, fields: { id: fields.id ?? "", docId } };
}

const programmeYears = new Map<string, number>();
/** A year the unit has no programme for yet (one per unit, year and body; years run from 2000 to 2100). */
function nextProgrammeYear(unitId: string): number {
  const year = (programmeYears.get(unitId) ?? 1999) + 1;
  programmeYears.set(unitId, year);
  return year;
}

export async function programmeBody(world: World, unitId: string, tag: string) {
  return {
    orgUnitId: unitId,
    year: nextProgrammeYear(unitId),
    body: await bodyAt(world, unitId),
    title: `Chương trình ${tag}`,
  };
}

export async function itemBody(world: World, unitId: string, tag: string) {
  return {
    kind: "supervision_thematic",
    content: `Giám sát ${tag}`,
    subjects: [{ type: "member", memberId: await aSubject(world, unitId) }],
    month: 12,
  };
}

async function inspectionProgramme(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await asInspector<{ id: string }>(world, {
    method: "POST",
    url: "/api/inspection/programmes",
    body: await programmeBody(world, unitId, tag),
  });
  await markConfidential(world, unitId, "inspectionProgramme", created.id, tag);
  return { kind: "inspectionProgramme", unitId, fields: { id: created.id } };
}

async function inspectionProgrammeItem(world: World, unitId: string): Promise<FixtureObject> {
  const { fields } = await inspectionProgramme(world, unitId);
  const tag = uniqueTag();
  const updated = await asInspector<{ items: { id: string }[] }>(world, {
    method: "POST",
    url: `/api/inspection/programmes/${fields.id}/items`,
    body: await itemBody(world, unitId, tag),
  });
  const itemId = updated.items[0]?.id ?? "";
  await markConfidential(world, unitId, "inspectionProgrammeItem", itemId, tag);
  return { kind: "inspectionProgrammeItem", unitId, fields: { id: fields.id ?? "", itemId } };
}

export function letterBody(world: World, unitId: string, nameTag: string, summaryTag: string) {
  return {
    orgUnitId: unitId,
    receivedOn: world.today,
    kind: "denunciation",
    identity: "named",
    senderName: `Trần Văn ${nameTag}`,
    senderAddress: `Số 5 phố ${nameTag}`,
    summary: `Đơn ${summaryTag}`,
  };
}

async function inspectionLetter(world: World, unitId: string): Promise<FixtureObject> {
  const [nameTag, summaryTag] = [uniqueTag(), uniqueTag()];
  const created = await asInspector<{ id: string }>(world, {
    method: "POST",
    url: "/api/inspection/letters",
    body: letterBody(world, unitId, nameTag, summaryTag),
  });
  await markConfidential(world, unitId, "inspectionLetter", created.id, nameTag, summaryTag);
  return { kind: "inspectionLetter", unitId, fields: { id: created.id } };
}

/** A proposal to reprimand a member of the unit, to the body the authority setting allows there. */
export async function disciplineBody(world: World, unitId: string, tag: string) {
  return {
    subjectType: "member",
    memberId: await aSubject(world, unitId),
    orgUnitId: unitId,
    decidingBody: await bodyAt(world, unitId),
    violation: `Vi phạm ${tag}`,
    violationGroup: "ordinary",
    violationFrom: "2026-01-10",
    proposedForm: "reprimand",
    proposedBy: "Ủy ban Kiểm tra",
    proposedOn: world.today,
  };
}

async function discipline(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await asInspector<{ id: string }>(world, {
    method: "POST",
    url: "/api/inspection/discipline",
    body: await disciplineBody(world, unitId, tag),
  });
  await markConfidential(world, unitId, "discipline", created.id, tag);
  return { kind: "discipline", unitId, fields: { id: created.id } };
}

/** How to make the inspection module's objects (issue 11). */
export const inspectionMakers = {
  inspectionCase,
  inspectionCaseDocument,
  inspectionProgramme,
  inspectionProgrammeItem,
  inspectionLetter,
  discipline,
};
