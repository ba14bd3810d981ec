import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { importMembers } from "../../../test/import-job";
import ExcelJS from "../../platform/excel";

// Records entered from paper (POST /api/members with a status of full or probationary) pass the lifecycle's date and
// age rules, judged by the rule versions in force on the record's own dates, unless an irregular old record is
// accepted with a reason that stays on its timeline (issue 8 item 2).
const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let admin: TestActor;
const tables = ["members", "member_events", "memberships", "party_cards", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (hồ sơ giấy)");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
});

let n = 0;
/** A full member admitted in 2012 as the paper says, with a fresh citizen ID. */
const paper = (over: Record<string, unknown> = {}) => ({
  fullName: "Hoàng Văn Giấy",
  sex: "male",
  birthDate: "1985-08-15",
  citizenId: `0010850${String(++n).padStart(5, "0")}`,
  orgUnitId: tree.cellA1,
  status: "full",
  admissionDecisionNo: "125-QĐ/ĐU",
  admissionDecidedOn: "2012-02-03",
  ceremonyOn: "2012-02-20",
  fullMembershipOn: "2013-02-20",
  cardNumber: `28.${String(100 + n)}.061`,
  ...over,
});
const post = (body: object) => api(t.app).as(chibo).post("/api/members", body);

async function refused(body: object) {
  const before = await snapshot(t.db, tables);
  const res = await post(body);
  expect(res.statusCode, res.body).toBe(422);
  expect(await snapshot(t.db, tables)).toBe(before);
  return res.json() as { code: string; message: string; fields: Record<string, string> };
}

describe("a member record entered from paper", () => {
  it("is accepted when its dates follow the rules", async () => {
    const res = await post(paper());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: "full", partyAge: { since: "2012-02-03" } });
  });

  it("refuses a ceremony before the decision, naming the field, and writes nothing", async () => {
    const error = await refused(paper({ ceremonyOn: "2012-01-20" }));
    expect(error.code).toBe("member.paper.irregular");
    expect(error.fields).toEqual({ ceremonyOn: "Lễ kết nạp không thể trước ngày quyết định kết nạp." });
  });

  it("refuses full membership a month after the ceremony: probation is 12 months", async () => {
    const error = await refused(paper({ fullMembershipOn: "2012-03-20" }));
    expect(error.fields.fullMembershipOn).toBe("Ngày chính thức trước ngày hết 12 tháng dự bị (20/02/2013).");
  });

  it("refuses an admission at 15, judged at the decision date", async () => {
    const error = await refused(paper({ birthDate: "1997-01-10" }));
    expect(error.fields.admissionDecidedOn).toBe("Tuổi khi có quyết định kết nạp dưới 18 (tính theo tháng).");
  });

  it("refuses a card number 'abc' and names the shape the committee set", async () => {
    const error = await refused(paper({ cardNumber: "abc" }));
    expect(error.fields.cardNumber).toBe("Số thẻ đảng viên không đúng dạng cấp ủy đặt (ví dụ 28.397.061).");
  });

  it("lists every problem at once, with a message that says how to accept a genuinely irregular record", async () => {
    const error = await refused(paper({ ceremonyOn: "2012-01-20", fullMembershipOn: "2012-06-01", cardNumber: "x" }));
    expect(Object.keys(error.fields).sort()).toEqual(["cardNumber", "ceremonyOn", "fullMembershipOn"]);
    expect(error.message).toContain("3 điểm không đúng quy định");
  });

  it("accepts an irregular old record with a reason: audited, and shown on the record's timeline", async () => {
    const reason = "Hồ sơ gốc năm 1968 ghi lễ kết nạp trước quyết định; đã đối chiếu lý lịch, giữ nguyên.";
    const res = await post(
      paper({
        admissionDecidedOn: "1968-05-01",
        ceremonyOn: "1968-04-20",
        fullMembershipOn: "1969-04-20",
        birthDate: "1948-02-02",
        irregularReason: reason,
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const timeline = (await api(t.app).as(chibo).get(`/api/members/${id}/events`)).json();
    expect(timeline[0]).toMatchObject({
      kind: "created",
      details: { irregular: { reason, problems: ["member.ceremonyBeforeDecision"] } },
    });
    const audit = (await api(t.app).as(admin).get(`/api/audit-events?entityType=member&entityId=${id}`)).json();
    expect(audit[0]).toMatchObject({
      action: "member.created",
      after: { irregularReason: reason, overridden: ["member.ceremonyBeforeDecision"] },
    });
  });

  it("refuses a reason when nothing is irregular, and never accepts a date in the future", async () => {
    expect((await refused(paper({ irregularReason: "Không có gì" }))).code).toBe("member.paper.notIrregular");
    const future = await refused(paper({ fullMembershipOn: "2027-01-01", irregularReason: "Ghi trước" }));
    expect(future.fields.fullMembershipOn).toBe("Ngày không được sau ngày hôm nay.");
  });

  it("checks a probationary record too: the ceremony follows the decision", async () => {
    const error = await refused(
      paper({
        status: "probationary",
        admissionDecidedOn: "2026-05-04",
        ceremonyOn: "2026-05-01",
        fullMembershipOn: null,
        cardNumber: null,
      }),
    );
    expect(Object.keys(error.fields)).toEqual(["ceremonyOn"]);
  });
});

/** An import file with the template's first columns and the given rows. */
async function importFile(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Đảng viên");
  sheet.addRow([
    "Họ và tên *",
    "Giới tính *",
    "Ngày sinh *",
    "Chi bộ *",
    "Trạng thái *",
    "Ngày quyết định kết nạp",
    "Ngày lễ kết nạp",
    "Ngày chính thức",
    "Số thẻ đảng viên",
  ]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function upload(actor: TestActor, file: Buffer, dryRun: boolean) {
  return importMembers(t.app, actor, file, dryRun);
}

describe("the Excel import of existing members", () => {
  it("reports a ceremony before the decision, an early full membership, an age of 15 and a card 'abc', by row and column", async () => {
    const cell = "Chi bộ Văn phòng (hồ sơ giấy)";
    const row = (name: string, birth: string, decided: string, ceremony: string, full: string, card: string) => [
      name,
      "Nam",
      birth,
      cell,
      "Đảng viên chính thức",
      decided,
      ceremony,
      full,
      card,
    ];
    const file = await importFile([
      row("Lê Văn Đúng", "15/08/1985", "03/02/2012", "20/02/2012", "20/02/2013", "28.397.062"),
      row("Lê Văn Trước", "15/08/1985", "03/02/2012", "20/01/2012", "20/02/2013", ""),
      row("Lê Văn Sớm", "15/08/1985", "03/02/2012", "20/02/2012", "20/03/2012", ""),
      row("Lê Văn Trẻ", "10/01/1997", "03/02/2012", "20/02/2012", "20/02/2013", ""),
      row("Lê Văn Thẻ", "15/08/1985", "03/02/2012", "20/02/2012", "20/02/2013", "abc"),
    ]);
    const before = await snapshot(t.db, tables);
    const dry = await upload(chibo, file, true);
    expect(dry.statusCode, JSON.stringify(dry.json())).toBe(200);
    const hint = ' Hồ sơ cũ ghi đúng như vậy thì nhập riêng người này bằng nút "Thêm" và ghi lý do.';
    expect(dry.json().errors).toEqual([
      { row: 3, column: "Ngày lễ kết nạp", message: `Lễ kết nạp không thể trước ngày quyết định kết nạp.${hint}` },
      {
        row: 4,
        column: "Ngày chính thức",
        message: `Ngày chính thức trước ngày hết 12 tháng dự bị (20/02/2013).${hint}`,
      },
      {
        row: 5,
        column: "Ngày quyết định kết nạp",
        message: `Tuổi khi có quyết định kết nạp dưới 18 (tính theo tháng).${hint}`,
      },
      {
        row: 6,
        column: "Số thẻ đảng viên",
        message: `Số thẻ đảng viên không đúng dạng cấp ủy đặt (ví dụ 28.397.061).${hint}`,
      },
    ]);
    expect(dry.json().validRows).toBe(1);
    expect((await upload(chibo, file, false)).statusCode).toBe(422);
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});
