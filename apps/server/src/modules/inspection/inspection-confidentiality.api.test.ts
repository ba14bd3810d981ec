import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";

// Confidentiality across the application (issue 11 item 5, quality bar): what the inspection committee writes about a
// case, a letter, a discipline file or its programme reaches no one without inspection.read through any other door
// (member search, the member's record and history, exports, reminders, the counts), even inside their own subtree.
const t = useTestApp();
let tree: StandardTree;
let inspector: TestActor;
let others: Record<"admin" | "grassroots_staff" | "cell_secretary" | "member", TestActor>;
let memberId: string;
let caseId: string;
let letterId: string;
let disciplineId: string;
let programmeId: string;

const secrets = {
  caseTitle: "zqcasetitle",
  caseContent: "zqcasecontent",
  document: "zqcasedocument",
  letterSender: "zqlettersender",
  letterSummary: "zqlettersummary",
  violation: "zqviolation",
  programme: "zqprogramme",
  item: "zqprogrammeitem",
};

async function asInspector(method: "post", url: string, body: object) {
  const res = await api(t.app).as(inspector)[method](url, body);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (bảo mật)");
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  others = {
    admin: await anActor(t.db, { role: "admin", orgUnitId: tree.root }),
    grassroots_staff: await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA }),
    cell_secretary: await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 }),
    member: await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 }),
  };
  memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Lê Văn Kín" });
  const subjects = [{ type: "member", memberId }];
  caseId = (
    await asInspector("post", "/api/inspection/cases", {
      orgUnitId: tree.baseA,
      body: "inspection_committee",
      kind: "inspection_suspected",
      title: `Kiểm tra ${secrets.caseTitle}`,
      content: `Nội dung ${secrets.caseContent}`,
      subjects,
      decisionNo: "1-QĐ/UBKT",
      decidedOn: "2026-11-02",
    })
  ).id;
  await api(t.app)
    .as(inspector)
    .post(`/api/inspection/cases/${caseId}/documents`, pdfUpload(), { "content-type": uploadType });
  letterId = (
    await asInspector("post", "/api/inspection/letters", {
      orgUnitId: tree.baseA,
      receivedOn: "2026-11-10",
      kind: "denunciation",
      identity: "named",
      senderName: `Trần Văn ${secrets.letterSender}`,
      senderAddress: "Số 5 phố Huế",
      summary: `Tố cáo ${secrets.letterSummary}`,
      subjects,
    })
  ).id;
  const proposed = await asInspector("post", "/api/inspection/discipline", {
    subjectType: "member",
    memberId,
    orgUnitId: tree.cellA1,
    decidingBody: "cell",
    violation: `Vi phạm ${secrets.violation}`,
    violationGroup: "ordinary",
    violationFrom: "2026-03-01",
    proposedForm: "reprimand",
    proposedBy: "Ủy ban Kiểm tra",
    proposedOn: "2026-11-12",
  });
  disciplineId = proposed.id;
  await asInspector("post", `/api/inspection/discipline/${disciplineId}/decide`, {
    version: proposed.version,
    form: "reprimand",
    decisionNo: "2-QĐ/CB",
    decidedOn: "2026-11-20",
  });
  const programme = await asInspector("post", "/api/inspection/programmes", {
    orgUnitId: tree.baseA,
    year: 2026,
    body: "inspection_committee",
    title: `Chương trình ${secrets.programme}`,
  });
  programmeId = programme.id;
  await asInspector("post", `/api/inspection/programmes/${programmeId}/items`, {
    kind: "supervision_thematic",
    content: `Giám sát ${secrets.item}`,
    subjects,
    month: 12,
  });
});

const boundary = "----confidential";
const uploadType = `multipart/form-data; boundary=${boundary}`;
function pdfUpload(): string {
  const pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
  return `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${secrets.document}.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--${boundary}--\r\n`;
}

/** An answer as a person reads it: JSON as sent, the XML of every part of a Word or Excel file. */
function readable(res: { rawPayload: Buffer; body: string }): string {
  const zip = res.rawPayload.length > 4 && res.rawPayload.readUInt32LE(0) === 0x04034b50;
  if (!zip) return res.body;
  return Object.values(unzipSync(new Uint8Array(res.rawPayload)))
    .map((bytes) => strFromU8(bytes))
    .join("\n");
}

/** Where a record of the member (or its unit) can be read by those who may read members, reports and history. */
const doors = () => [
  `/api/members?q=${encodeURIComponent("Kín")}&orgUnitId=${tree.cellA1}`,
  `/api/members/${memberId}`,
  `/api/members/${memberId}/events`,
  `/api/members/export?orgUnitId=${tree.cellA1}`,
  `/api/audit-events?entityType=member&entityId=${memberId}`,
  `/api/reminders?orgUnitId=${tree.baseA}`,
  `/api/inspection/summary?orgUnitId=${tree.baseA}&from=2026-01-01&to=2026-12-31`,
  `/api/inspection/cases?orgUnitId=${tree.root}`,
  `/api/inspection/cases/export.xlsx`,
  `/api/inspection/letters`,
  `/api/inspection/letters/export`,
  `/api/inspection/discipline?memberId=${memberId}`,
  `/api/inspection/programmes`,
];

describe("the inspection committee's records through every other door", () => {
  it.each(["admin", "grassroots_staff", "cell_secretary", "member"] as const)(
    "shows %s none of their confidential text, in its own subtree too",
    async (role) => {
      for (const url of doors()) {
        const res = await api(t.app).as(others[role]).get(url);
        expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
        const text = readable(res);
        for (const secret of Object.values(secrets)) expect(text, `${role} ${url}`).not.toContain(secret);
        for (const id of [caseId, letterId, disciplineId, programmeId])
          expect(text, `${role} ${url}`).not.toContain(id);
      }
    },
  );

  it.each(["admin", "grassroots_staff", "cell_secretary", "member"] as const)(
    "hides from %s the records themselves and their history (404)",
    async (role) => {
      const actor = others[role];
      const reads = [
        `/api/inspection/cases/${caseId}`,
        `/api/inspection/letters/${letterId}`,
        `/api/inspection/discipline/${disciplineId}`,
        `/api/inspection/programmes/${programmeId}`,
        `/api/audit-events?entityType=inspectionCase&entityId=${caseId}`,
        `/api/audit-events?entityType=inspectionLetter&entityId=${letterId}`,
        `/api/audit-events?entityType=discipline&entityId=${disciplineId}`,
        `/api/audit-events?entityType=inspectionProgramme&entityId=${programmeId}`,
      ];
      for (const url of reads) expect((await api(t.app).as(actor).get(url)).statusCode, `${role} ${url}`).toBe(404);
    },
  );

  it("lets the office read the member, whose record shows the decision (its number) and nothing of the violation", async () => {
    for (const url of [`/api/members/${memberId}`, `/api/members/${memberId}/events`, doors()[0] ?? ""]) {
      const res = await api(t.app).as(others.admin).get(url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).toContain(url.endsWith("/events") ? "2-QĐ/CB" : "Lê Văn Kín");
    }
  });

  it("gives the office and the base committee the counts, which count the records without naming them", async () => {
    for (const actor of [others.admin, others.grassroots_staff]) {
      const res = await api(t.app)
        .as(actor)
        .get(`/api/inspection/summary?orgUnitId=${tree.baseA}&from=2026-01-01&to=2026-12-31`);
      expect(res.statusCode, res.body).toBe(200);
      const values = res.json().figures.map((f: { value: number | null }) => f.value ?? 0);
      expect(values.reduce((a: number, b: number) => a + b, 0)).toBeGreaterThan(0);
    }
  });

  it("shows the inspection committee all of it, so that the searches above could have found it", async () => {
    const urls = [
      `/api/inspection/cases/${caseId}`,
      `/api/inspection/letters/${letterId}`,
      `/api/inspection/discipline/${disciplineId}`,
      `/api/inspection/programmes/${programmeId}`,
    ];
    const text = (await Promise.all(urls.map((u) => api(t.app).as(inspector).get(u)))).map((r) => r.body).join("\n");
    for (const secret of Object.values(secrets)) expect(text).toContain(secret);
  });
});
