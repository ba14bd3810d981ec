import { sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { rowsOf } from "../../db/sql";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let otherChibo: TestActor;
let member: TestActor;
let inspector: TestActor;
const people: string[] = [];
const tables = ["meetings", "meeting_documents", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  for (const name of ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"])
    people.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: name }));
});

async function aMeeting(topic = "Sinh hoạt tháng 12"): Promise<string> {
  const res = await api(t.app).as(chibo).post("/api/meetings", {
    orgUnitId: tree.cellA1,
    kind: "regular",
    topic,
    scheduledAt: "2026-11-20T07:30:00+07:00",
    place: "Phòng họp tầng 2",
  });
  return res.json().id;
}

function upload(actor: TestActor | null, meetingId: string, fileName: string, content: Buffer | string) {
  const boundary = "----meeting-document";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return t.app.inject({
    method: "POST",
    url: `/api/meetings/${meetingId}/documents`,
    payload: Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      ...(actor ? { cookie: actor.cookie, "x-csrf-token": actor.csrfToken } : {}),
    },
  });
}

const pdf = "%PDF-1.4 kế hoạch sinh hoạt";

describe("documents attached to a meeting", () => {
  it("uploads, lists, lets a member of the cell download, then deletes a document", async () => {
    const id = await aMeeting();
    const uploaded = await upload(chibo, id, "Kế hoạch tháng 12.pdf", pdf);
    expect(uploaded.statusCode).toBe(201);
    const [document] = uploaded.json().documents;
    expect(document).toMatchObject({ fileName: "Kế hoạch tháng 12.pdf", mimeType: "application/pdf" });
    expect(document.size).toBe(Buffer.byteLength(pdf));

    const downloaded = await api(t.app).as(member).get(`/api/meetings/${id}/documents/${document.id}`);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers["content-type"]).toContain("application/pdf");
    expect(downloaded.headers["content-disposition"]).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent("Kế hoạch tháng 12.pdf")}`,
    );
    expect(downloaded.body).toBe(pdf);

    const removed = await api(t.app).as(chibo).delete(`/api/meetings/${id}/documents/${document.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().documents).toEqual([]);
    expect((await api(t.app).as(member).get(`/api/meetings/${id}/documents/${document.id}`)).statusCode).toBe(404);
    const audit = await t.db.execute(
      sql`select action from audit_events where entity_id = ${id} and action like 'meeting.document%' order by seq`,
    );
    expect(rowsOf<{ action: string }>(audit).map((r) => r.action)).toEqual([
      "meeting.documentAttached",
      "meeting.documentRemoved",
    ]);
  });

  it("refuses anonymous (401), a member or the inspection committee writing (403), another cell (404) without writing", async () => {
    const id = await aMeeting();
    const docId = (await upload(chibo, id, "bao-cao.pdf", pdf)).json().documents[0].id;
    const stranger = await aMeeting();
    const before = await snapshot(t.db, tables);
    expect((await upload(null, id, "a.pdf", pdf)).statusCode).toBe(401);
    expect((await upload(member, id, "a.pdf", pdf)).statusCode).toBe(403);
    expect((await upload(inspector, id, "a.pdf", pdf)).statusCode).toBe(403);
    expect((await upload(otherChibo, id, "a.pdf", pdf)).statusCode).toBe(404);
    const url = `/api/meetings/${id}/documents/${docId}`;
    expect((await api(t.app).anonymous.get(url)).statusCode).toBe(401);
    expect((await api(t.app).as(inspector).get(url)).statusCode).toBe(200);
    expect((await api(t.app).as(inspector).delete(url)).statusCode).toBe(403);
    expect((await api(t.app).as(otherChibo).get(url)).statusCode).toBe(404);
    expect((await api(t.app).anonymous.delete(url)).statusCode).toBe(401);
    expect((await api(t.app).as(member).delete(url)).statusCode).toBe(403);
    expect((await api(t.app).as(otherChibo).delete(url)).statusCode).toBe(404);
    expect((await api(t.app).as(chibo).get(`/api/meetings/${stranger}/documents/${docId}`)).statusCode).toBe(404);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("refuses other file types (422), a renamed file (422), a missing file (400) and a closed meeting (409)", async () => {
    const id = await aMeeting();
    const before = await snapshot(t.db, tables);
    const exe = await upload(chibo, id, "cai-dat.exe", "MZ\u0090\u0000");
    expect(exe.statusCode).toBe(422);
    expect(exe.json().message).toContain("Chỉ nhận tệp PDF");
    expect((await upload(chibo, id, "gia.pdf", "MZ\u0090\u0000 not a pdf")).statusCode).toBe(422);
    expect((await upload(chibo, id, "rong.pdf", "")).statusCode).toBe(400);
    expect((await api(t.app).as(chibo).post(`/api/meetings/${id}/documents`, {})).statusCode).toBe(400);
    expect(await snapshot(t.db, tables)).toBe(before);

    const docId = (await upload(chibo, id, "bien-ban.pdf", pdf)).json().documents[0].id;
    await closeMeeting(id);
    const closed = await snapshot(t.db, tables);
    expect((await upload(chibo, id, "them.pdf", pdf)).statusCode).toBe(409);
    expect((await api(t.app).as(chibo).delete(`/api/meetings/${id}/documents/${docId}`)).statusCode).toBe(409);
    expect((await api(t.app).as(member).get(`/api/meetings/${id}/documents/${docId}`)).statusCode).toBe(200);
    expect(await snapshot(t.db, tables)).toBe(closed);
  });

  it("refuses a form with another field or a second file (400) without writing", async () => {
    const id = await aMeeting();
    const boundary = "----meeting-extra";
    const file = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n`;
    const field = `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nKế hoạch\r\n`;
    const before = await snapshot(t.db, tables);
    for (const parts of [
      [file, field],
      [field, file],
      [file, file],
    ]) {
      const res = await t.app.inject({
        method: "POST",
        url: `/api/meetings/${id}/documents`,
        payload: `${parts.join("")}--${boundary}--\r\n`,
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          cookie: chibo.cookie,
          "x-csrf-token": chibo.csrfToken,
        },
      });
      expect(res.statusCode).toBe(400);
    }
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("keeps no right-to-left override or other invisible character in the stored name", async () => {
    const id = await aMeeting();
    const res = await upload(chibo, id, "Biên bản\u202Efdp.pdf", pdf);
    expect(res.statusCode).toBe(201);
    expect(res.json().documents[0].fileName).toBe("Biên bảnfdp.pdf");
  });

  it("refuses a file over 10 MB (413) without writing", async () => {
    const id = await aMeeting();
    const before = await snapshot(t.db, tables);
    const big = Buffer.concat([Buffer.from("%PDF-1.4"), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    expect((await upload(chibo, id, "lon.pdf", big)).statusCode).toBe(413);
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});

async function closeMeeting(id: string) {
  const version = (await api(t.app).as(chibo).get(`/api/meetings/${id}`)).json().version;
  await api(t.app)
    .as(chibo)
    .put(`/api/meetings/${id}/minutes`, { version, chairName: "Lê Văn Hùng", secretaryName: "Trần Thị Bình" });
  expect((await api(t.app).as(chibo).post(`/api/meetings/${id}/close`)).statusCode).toBe(200);
}

function documentXml(payload: Buffer): string {
  return strFromU8(unzipSync(new Uint8Array(payload))["word/document.xml"] as Uint8Array);
}

describe("minutes and invitation as .docx", () => {
  it("writes the minutes with the topic, chair, counts, vote, resolution and score", async () => {
    const id = await aMeeting("Sinh hoạt chuyên đề học tập Nghị quyết");
    const entries = [
      { memberId: people[0], status: "present" },
      { memberId: people[1], status: "present" },
      { memberId: people[2], status: "absent_excused", reason: "Đi công tác" },
    ];
    const version = (await api(t.app).as(chibo).put(`/api/meetings/${id}/attendance`, { entries })).json().version;
    await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${id}/minutes`, {
        version,
        chairName: "Lê Văn Hùng",
        secretaryName: "Trần Thị Bình",
        discussion: "Các đồng chí thảo luận.",
        conclusions: "Chi bộ thống nhất.",
        votes: [{ subject: "Thông qua nghị quyết", forCount: 2, againstCount: 0, abstainCount: 0 }],
        resolutions: [{ title: "Nộp báo cáo năm", ownerMemberId: people[2], dueOn: "2026-12-20" }],
      });
    await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${id}/score`, { points: { preparation: 14, attendance: 18, conduct: 42, closing: 18 } });

    const res = await api(t.app).as(member).get(`/api/meetings/${id}/minutes.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml.document");
    expect(res.headers["content-disposition"]).toBe("attachment; filename*=UTF-8''bien-ban-sinh-hoat-2026-11-20.docx");
    const xml = documentXml(res.rawPayload);
    for (const expected of [
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "BIÊN BẢN",
      "Sinh hoạt chuyên đề học tập Nghị quyết",
      "Lê Văn Hùng",
      "Trần Thị Bình",
      "Đi công tác",
      "Thông qua nghị quyết: tán thành 2/",
      "Nộp báo cáo năm",
      "xếp loại: Tốt",
      "CHỦ TRÌ",
      "THƯ KÝ",
      "ngày 20 tháng 11 năm 2026",
    ])
      expect(xml).toContain(expected);

    const invitation = await api(t.app).as(chibo).get(`/api/meetings/${id}/invitation.docx`);
    expect(invitation.statusCode).toBe(200);
    expect(invitation.headers["content-disposition"]).toBe(
      "attachment; filename*=UTF-8''giay-moi-sinh-hoat-2026-11-20.docx",
    );
    const invitationXml = documentXml(invitation.rawPayload);
    for (const expected of ["GIẤY MỜI", "Sinh hoạt chuyên đề học tập Nghị quyết", "Lê Văn Hùng", "Phòng họp tầng 2"])
      expect(invitationXml).toContain(expected);
  });

  it("refuses anonymous (401) and another cell (404); the inspection committee reads them", async () => {
    const id = await aMeeting();
    for (const paper of ["minutes.docx", "invitation.docx"]) {
      expect((await api(t.app).anonymous.get(`/api/meetings/${id}/${paper}`)).statusCode).toBe(401);
      expect((await api(t.app).as(inspector).get(`/api/meetings/${id}/${paper}`)).statusCode).toBe(200);
      expect((await api(t.app).as(otherChibo).get(`/api/meetings/${id}/${paper}`)).statusCode).toBe(404);
    }
  });
});
