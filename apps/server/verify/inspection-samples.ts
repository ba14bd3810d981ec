import { pdfBytes } from "./fixtures";
import { asInspector, caseFields, disciplineBody, itemBody, letterBody, programmeBody } from "./inspection-fixtures";
import type { SampleContext, SampleParts } from "./requests";
import { uniqueTag, type World } from "./world";

type Sample = (c: SampleContext) => Promise<SampleParts> | SampleParts;

const unitOf = (c: SampleContext) => c.fields.orgUnitId ?? c.fields.id ?? c.world.units.own;

/** The record as the inspector reads it (its version, state, next actions). */
async function current<T extends { version: number }>(c: SampleContext, path: string): Promise<T> {
  return asInspector<T>(c.world, { method: "GET", url: `/api/inspection/${path}/${c.fields.id}` });
}

/** What each step of a case records, by its action. */
const stepDetails: Record<string, Record<string, unknown>> = {
  form_team: { leader: "Nguyễn Văn Trưởng", team: "Nguyễn Văn Trưởng, Lê Thị Viên" },
  receive_self_report: {},
  start_verification: {},
  conclude: { conclusion: "Không vi phạm", violationFound: false },
  notify: { noticeNo: `${uniqueTag()}-TB/KT` },
  close: { followUp: "Đã thực hiện kết luận" },
};

async function nextStep(c: SampleContext): Promise<SampleParts> {
  const found = await current<{ version: number; nextActions: string[] }>(c, "cases");
  const action = found.nextActions[0] ?? "form_team";
  return { body: { action, version: found.version, on: c.world.today, ...stepDetails[action] } };
}

interface DisciplineState {
  version: number;
  status: string;
  complaints: { result: string | null }[];
}

/** Brings a discipline file to a decision (a reprimand), then to an open complaint when asked; gives its version. */
async function disciplineAt(c: SampleContext, complaint: boolean): Promise<number> {
  const url = `/api/inspection/discipline/${c.fields.id}`;
  let found = await current<DisciplineState>(c, "discipline");
  if (found.status === "proposed")
    found = await asInspector(c.world, {
      method: "POST",
      url: `${url}/decide`,
      body: decision(c.world, found.version),
    });
  if (complaint && !found.complaints.some((k) => k.result === null))
    found = await asInspector(c.world, {
      method: "POST",
      url: `${url}/complaints`,
      body: complaintOf(c.world, found.version),
    });
  return found.version;
}

const decision = (world: World, version: number) => ({
  version,
  form: "reprimand",
  decisionNo: `${uniqueTag()}-QĐ/KL`,
  decidedOn: world.today,
});

const complaintOf = (world: World, version: number) => ({
  version,
  filedOn: world.today,
  filedWith: "Ủy ban Kiểm tra cấp trên",
  content: "Đề nghị xem xét lại",
});

/** Samples of the inspection module's endpoints: bodies the rules accept at the unit, versions, the next step. */
export const inspectionSamples: Record<string, Sample> = {
  "POST /api/inspection/programmes": async (c) => ({ body: await programmeBody(c.world, unitOf(c), uniqueTag()) }),
  "PATCH /api/inspection/programmes/:id": async (c) => ({
    body: { version: (await current(c, "programmes")).version, title: `Chương trình ${uniqueTag()}` },
  }),
  "POST /api/inspection/programmes/:id/items": async (c) => ({
    body: await itemBody(c.world, c.object?.unitId ?? c.world.units.own, uniqueTag()),
  }),
  "PATCH /api/inspection/programmes/:id/items/:itemId": async (c) => ({
    body: { version: (await current(c, "programmes")).version, content: `Giám sát ${uniqueTag()}` },
  }),
  "POST /api/inspection/cases": async (c) => ({
    body: { orgUnitId: unitOf(c), ...(await caseFields(c.world, unitOf(c), uniqueTag())) },
  }),
  "PATCH /api/inspection/cases/:id": async (c) => ({
    body: { version: (await current(c, "cases")).version, title: `Kiểm tra ${uniqueTag()}` },
  }),
  "POST /api/inspection/cases/:id/steps": nextStep,
  "POST /api/inspection/cases/:id/documents": () => ({
    multipart: [{ name: "file", value: pdfBytes, fileName: `${uniqueTag()}.pdf` }],
  }),
  "POST /api/inspection/letters": (c) => ({ body: letterBody(c.world, unitOf(c), uniqueTag(), uniqueTag()) }),
  "POST /api/inspection/letters/:id/actions": async (c) => ({
    body: { action: "take", version: (await current(c, "letters")).version, on: c.world.today },
  }),
  "POST /api/inspection/letters/:id/case": async (c) => ({
    body: await caseFields(c.world, c.object?.unitId ?? c.world.units.own, uniqueTag()),
  }),
  "POST /api/inspection/discipline": async (c) => ({ body: await disciplineBody(c.world, unitOf(c), uniqueTag()) }),
  "POST /api/inspection/discipline/:id/decide": async (c) => ({
    body: decision(c.world, (await current(c, "discipline")).version),
  }),
  "POST /api/inspection/discipline/:id/complaints": async (c) => ({
    body: complaintOf(c.world, await disciplineAt(c, false)),
  }),
  "POST /api/inspection/discipline/:id/complaints/resolve": async (c) => ({
    body: { version: await disciplineAt(c, true), result: "upheld", resultOn: c.world.today, note: "Giữ nguyên" },
  }),
};
