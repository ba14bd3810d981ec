import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, testNow, useTestApp } from "../../../test/harness";
import { committeePositions, terms } from "../../db/schema";

// Today in the tests is 23/11/2026.
const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let member: TestActor;
let otherChibo: TestActor;
let coso: TestActor;
const people: string[] = [];

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  for (const name of ["Lê Văn Hùng", "Trần Thị Thu Hà", "Nguyễn Văn An"])
    people.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: name }));
  // The cell's term 2025–2027 ended early on 22/11/2026; a new one began on 23/11/2026. Its bí thư is Lê Văn Hùng.
  const [first, second] = [randomUUID(), randomUUID()];
  await t.db.insert(terms).values([
    { id: first, orgUnitId: tree.cellA1, name: "2025–2027", startsOn: "2025-06-20", endsOn: "2026-11-23" },
    { id: second, orgUnitId: tree.cellA1, name: "2026–2031", startsOn: "2026-11-23" },
  ]);
  await t.db.insert(committeePositions).values({
    id: randomUUID(),
    orgUnitId: tree.cellA1,
    termId: first,
    kind: "secretary",
    holderName: "Lê Văn Hùng",
    memberId: people[0],
    startsOn: "2025-06-20",
  });
  // The committee above dates its papers from Bình Sơn; the cell has no place of its own.
  const base = (await api(t.app).as(coso).get(`/api/org-units/${tree.baseA}`)).json();
  await api(t.app)
    .as(coso)
    .put(`/api/org-units/${tree.baseA}/locality`, { version: base.version, locality: "Bình Sơn" });
});

async function aMeeting(topic = "Sinh hoạt tháng 11") {
  return (
    await api(t.app).as(chibo).post("/api/meetings", {
      orgUnitId: tree.cellA1,
      kind: "regular",
      topic,
      scheduledAt: "2026-11-25T07:30:00+07:00",
      place: "Phòng họp tầng 2",
    })
  ).json();
}

function xmlOf(payload: Buffer): string {
  return strFromU8(unzipSync(new Uint8Array(payload))["word/document.xml"] as Uint8Array);
}

describe("the invitation leaves nothing to fill by hand", () => {
  it("takes its number from the cell's register for invitations in the term of issue, never reused", async () => {
    const first = await aMeeting("Sinh hoạt tháng 11");
    const second = await aMeeting("Sinh hoạt chuyên đề");
    expect(first.invitation).toBeNull();
    t.clock.now = new Date("2026-11-20T03:00:00Z");
    try {
      const issued = await api(t.app).as(chibo).post(`/api/meetings/${first.id}/invitation`);
      expect(issued.statusCode, issued.body).toBe(200);
      expect(issued.json().invitation).toEqual({ code: "01-GM/CB", issuedOn: "2026-11-20" });
      const again = await api(t.app).as(chibo).post(`/api/meetings/${first.id}/invitation`);
      expect(again.json().invitation).toEqual({ code: "01-GM/CB", issuedOn: "2026-11-20" });
      expect((await api(t.app).as(chibo).post(`/api/meetings/${second.id}/invitation`)).json().invitation.code).toBe(
        "02-GM/CB",
      );
    } finally {
      t.clock.now = testNow;
    }
    // A new term starts a new register.
    const third = await aMeeting("Sinh hoạt tháng 12");
    expect((await api(t.app).as(chibo).post(`/api/meetings/${third.id}/invitation`)).json().invitation.code).toBe(
      "01-GM/CB",
    );

    const paper = await api(t.app).as(member).get(`/api/meetings/${first.id}/invitation.docx`);
    expect(paper.statusCode).toBe(200);
    const xml = xmlOf(paper.rawPayload);
    for (const expected of [
      "Số 01-GM/CB",
      "Bình Sơn, ngày 20 tháng 11 năm 2026",
      "T/M CHI BỘ",
      "BÍ THƯ",
      "Lê Văn Hùng",
      "Phòng họp tầng 2",
    ])
      expect(xml).toContain(expected);
    expect(xml).not.toContain("……");
  });

  it("refuses anonymous (401), a member (403), another cell (404) and a bad id (400), writing nothing", async () => {
    const meeting = await aMeeting();
    const before = await snapshot(t.db, ["document_numbers", "audit_events"]);
    const url = `/api/meetings/${meeting.id}/invitation`;
    expect((await api(t.app).anonymous.post(url)).statusCode).toBe(401);
    expect((await api(t.app).as(member).post(url)).statusCode).toBe(403);
    expect((await api(t.app).as(otherChibo).post(url)).statusCode).toBe(404);
    expect((await api(t.app).as(chibo).post("/api/meetings/abc/invitation")).statusCode).toBe(400);
    expect(await snapshot(t.db, ["document_numbers", "audit_events"])).toBe(before);
  });
});

describe("the minutes leave nothing to fill by hand", () => {
  it("record the hour the meeting ended, and carry no place-and-date line under the header (party style)", async () => {
    const meeting = await aMeeting();
    expect(meeting.leaderName).toBe("Lê Văn Hùng");
    t.clock.now = new Date("2026-11-25T03:00:00Z");
    try {
      const res = await api(t.app).as(chibo).put(`/api/meetings/${meeting.id}/minutes`, {
        version: meeting.version,
        chairName: "Lê Văn Hùng",
        secretaryName: "Trần Thị Thu Hà",
        endTime: "10:15",
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().endTime).toBe("10:15");
      const before = await snapshot(t.db, ["meetings", "audit_events"]);
      const early = await api(t.app).as(chibo).put(`/api/meetings/${meeting.id}/minutes`, {
        version: res.json().version,
        chairName: "Lê Văn Hùng",
        secretaryName: "Trần Thị Thu Hà",
        endTime: "07:00",
      });
      expect(early.statusCode).toBe(422);
      expect(early.json().fields).toHaveProperty("endTime");
      const bad = await api(t.app).as(chibo).put(`/api/meetings/${meeting.id}/minutes`, {
        version: res.json().version,
        chairName: "Lê Văn Hùng",
        secretaryName: "Trần Thị Thu Hà",
        endTime: "25:00",
      });
      expect(bad.statusCode).toBe(400);
      expect(await snapshot(t.db, ["meetings", "audit_events"])).toBe(before);
    } finally {
      t.clock.now = testNow;
    }
    const xml = xmlOf((await api(t.app).as(member).get(`/api/meetings/${meeting.id}/minutes.docx`)).rawPayload);
    expect(xml).toContain("Buổi sinh hoạt kết thúc lúc 10 giờ 15 cùng ngày");
    expect(xml).toContain("Lê Văn Hùng");
    expect(xml).not.toContain("ngày 25 tháng 11 năm 2026</w:t></w:r></w:p></w:tc>");
    expect(xml).not.toContain("lúc …… giờ");
  });
});
