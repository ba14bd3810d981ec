import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
let chiboA2: TestActor;
let member: TestActor;
const tables = ["members", "member_events", "memberships", "transfers", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (giấy tờ)");
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  chiboA2 = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
});

/** The text of a .docx answer, with the runs of each paragraph joined. */
function docText(payload: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(payload))["word/document.xml"] as Uint8Array);
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

let seq = 0;
/** A full member of Chi bộ Văn phòng with a citizen ID and a card number of their own (both unique). */
async function aRecordedMember(fullName: string) {
  seq += 1;
  const id = await aMember(t.db, {
    orgUnitId: tree.cellA1,
    fullName,
    citizenId: `00108501${1000 + seq}`,
    cardNumber: `01.23${4000 + seq}`,
    birthDate: "1985-05-05",
    admissionDecidedOn: "2010-03-01",
    fullMembershipOn: "2011-03-01",
  });
  const patched = await api(t.app)
    .as(coso)
    .patch(`/api/members/${id}`, { version: 1, homeTown: "Xã Yên Phong, tỉnh Bắc Ninh", ethnicity: "Kinh" });
  expect(patched.statusCode).toBe(200);
  return id;
}

describe("GET /api/members/:id/papers/member-sheet (Phiếu đảng viên, 2-HSĐV)", () => {
  it("prints the member's sheet in the party layout with the record's fields and the organisations above the cell", async () => {
    const id = await aRecordedMember("Nguyễn Văn Phiếu");
    const res = await api(t.app).as(coso).get(`/api/members/${id}/papers/member-sheet`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml");
    expect(res.headers["content-disposition"]).toContain("phieu-dang-vien-nguyen-van-phieu");
    const text = docText(res.rawPayload);
    expect(text).toContain("PHIẾU ĐẢNG VIÊN");
    expect(text).toContain("Mẫu 2-HSĐV");
    expect(text).toContain("NGUYỄN VĂN PHIẾU");
    expect(text).toContain("05/05/1985");
    expect(text).toContain("Xã Yên Phong, tỉnh Bắc Ninh");
    expect(text).toContain("Kinh");
    expect(text).toContain(`01.23${4000 + seq}`);
    expect(text).toContain("01/03/2010");
    expect(text).toContain("01/03/2011");
    expect(text).toContain("Chi bộ Văn phòng (giấy tờ)");
    expect(text).toContain("Đảng bộ Sở Tài chính (giấy tờ)");
    expect(text).toContain(`00108501${1000 + seq}`);
  });

  it("masks the citizen ID for a cell secretary, who may read the member but not their personal data", async () => {
    const id = await aRecordedMember("Trần Văn Che");
    const res = await api(t.app).as(chibo).get(`/api/members/${id}/papers/member-sheet`);
    expect(res.statusCode).toBe(200);
    const text = docText(res.rawPayload);
    const citizenId = `00108501${1000 + seq}`;
    expect(text).not.toContain(citizenId);
    expect(text).toContain(`001******${citizenId.slice(-3)}`);
  });

  it("answers 401 without a session, 404 outside the subtree or to a member, 400 for a bad id", async () => {
    const id = await aRecordedMember("Lê Văn Ngoài");
    expect((await api(t.app).anonymous.get(`/api/members/${id}/papers/member-sheet`)).statusCode).toBe(401);
    expect((await api(t.app).as(chiboA2).get(`/api/members/${id}/papers/member-sheet`)).statusCode).toBe(404);
    expect((await api(t.app).as(member).get(`/api/members/${id}/papers/member-sheet`)).statusCode).toBe(404);
    expect((await api(t.app).as(coso).get("/api/members/abc/papers/member-sheet")).statusCode).toBe(400);
  });
});

describe("GET /api/members/:id/papers/transfer-letter (giấy giới thiệu sinh hoạt đảng)", () => {
  it("prints the letter of the member's transfer, from the grassroots committee, with the deadline to present it", async () => {
    const id = await aRecordedMember("Phạm Văn Chuyển");
    const out = await api(t.app).as(coso).post(`/api/members/${id}/events`, {
      kind: "transfer",
      transferKind: "official",
      toOrganisationName: "Chi bộ Trường THPT Chu Văn An, Đảng bộ phường Ba Đình",
      decidedOn: "2026-11-16",
    });
    expect(out.statusCode).toBe(200);
    const before = await snapshot(t.db, tables);
    const res = await api(t.app).as(coso).get(`/api/members/${id}/papers/transfer-letter`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toContain("giay-gioi-thieu-sinh-hoat-dang-pham-van-chuyen");
    const text = docText(res.rawPayload);
    expect(text).toContain("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG");
    expect(text).toContain("chuyển sinh hoạt đảng chính thức");
    expect(text).toContain("ĐẢNG ỦY SỞ TÀI CHÍNH (GIẤY TỜ)");
    expect(text).toContain("Chi bộ Trường THPT Chu Văn An, Đảng bộ phường Ba Đình");
    expect(text).toContain("Phạm Văn Chuyển");
    expect(text).toContain(`01.23${4000 + seq}`);
    expect(text).toContain("16 tháng 11 năm 2026");
    expect(text).toMatch(/đến hết ngày \d\d\/12\/2026/);
    expect(text).toContain("T/M ĐẢNG ỦY");
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("prints a temporary transfer as such, by its event", async () => {
    const id = await aRecordedMember("Đỗ Văn Tạm");
    const out = await api(t.app).as(chibo).post(`/api/members/${id}/events`, {
      kind: "transfer",
      transferKind: "temporary",
      toOrganisationName: "Chi bộ Trường Chính trị tỉnh",
      decidedOn: "2026-11-10",
      expectedReturnOn: "2027-05-10",
    });
    expect(out.statusCode).toBe(200);
    const events = (await api(t.app).as(chibo).get(`/api/members/${id}/events`)).json();
    const transfer = events.find((e: { kind: string }) => e.kind === "transfer");
    const res = await api(t.app).as(chibo).get(`/api/members/${id}/papers/transfer-letter?eventId=${transfer.id}`);
    expect(res.statusCode).toBe(200);
    const text = docText(res.rawPayload);
    expect(text).toContain("chuyển sinh hoạt đảng tạm thời");
    expect(text).toContain("Chi bộ Trường Chính trị tỉnh");
  });

  it("answers 422 for a member never transferred, 404 for another member's event, 401, and 404 outside", async () => {
    const id = await aRecordedMember("Vũ Văn Ở");
    const none = await api(t.app).as(coso).get(`/api/members/${id}/papers/transfer-letter`);
    expect(none.statusCode).toBe(422);
    expect(none.json().message).toContain("chưa có quyết định chuyển sinh hoạt");
    const other = await aRecordedMember("Hoàng Văn Khác");
    await api(t.app).as(coso).post(`/api/members/${other}/events`, {
      kind: "transfer",
      transferKind: "temporary",
      toOrganisationName: "Chi bộ Trường Chính trị tỉnh",
      decidedOn: "2026-11-12",
      expectedReturnOn: "2027-05-10",
    });
    const [otherEvent] = (await api(t.app).as(coso).get(`/api/members/${other}/events`))
      .json()
      .filter((e: { kind: string }) => e.kind === "transfer");
    const wrong = await api(t.app).as(coso).get(`/api/members/${id}/papers/transfer-letter?eventId=${otherEvent.id}`);
    expect(wrong.statusCode).toBe(404);
    expect((await api(t.app).anonymous.get(`/api/members/${other}/papers/transfer-letter`)).statusCode).toBe(401);
    expect((await api(t.app).as(chiboA2).get(`/api/members/${other}/papers/transfer-letter`)).statusCode).toBe(404);
    const bad = await api(t.app).as(coso).get(`/api/members/${other}/papers/transfer-letter?eventId=abc`);
    expect(bad.statusCode).toBe(400);
  });
});
