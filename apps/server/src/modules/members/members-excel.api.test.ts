// @isolated-worker: in a worker shared with other files, reading the filled template below failed as "not an .xlsx"
// (import.notXlsx) twice in five full runs, and never alone or in a fresh worker; the cause is not found yet.
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { importMembers } from "../../../test/import-job";
import ExcelJS, { type Worksheet } from "../../platform/excel";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
let member: TestActor;
const tables = ["members", "member_events", "memberships", "party_cards", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " Excel");
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
});

async function read(payload: unknown): Promise<InstanceType<typeof ExcelJS.Workbook>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as ArrayBuffer);
  return book;
}

/** The row whose first cell is "STT" (the header under the title block) and the rows below it. */
function table(sheet: Worksheet) {
  let header = 0;
  sheet.eachRow((row, n) => {
    if (!header && row.getCell(1).value === "STT") header = n;
  });
  const headers = (sheet.getRow(header).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let n = header + 1; n <= sheet.rowCount; n++) {
    const values = sheet.getRow(n).values as unknown[];
    if (values.length === 0) continue;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i + 1]])));
  }
  return { header, headers, rows };
}

function upload(actor: TestActor, file: Buffer, dryRun: boolean) {
  return importMembers(t.app, actor, file, dryRun);
}

/** The template as the user downloads it, filled in by `fill` (row 2 is the sample row, to overwrite). */
async function filledTemplate(actor: TestActor, fill: (sheet: Worksheet) => void): Promise<Buffer> {
  const book = await read((await api(t.app).as(actor).get("/api/imports/members/template")).rawPayload);
  fill(book.getWorksheet("Đảng viên") as Worksheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const cellLabel = () => `Chi bộ Văn phòng Excel — Đảng bộ Sở Tài chính Excel`;

describe("the import template", () => {
  it("keeps citizen IDs, card numbers and phones as text and offers lists for sex, status, theory and the user's cells", async () => {
    const res = await api(t.app).as(chibo).get("/api/imports/members/template");
    expect(res.statusCode).toBe(200);
    const sheet = (await read(res.rawPayload)).getWorksheet("Đảng viên") as Worksheet;
    const column = (header: string) =>
      ((sheet.getRow(1).values as unknown[]).findIndex((v) => String(v).replace(/ \*$/, "") === header) as number) || 0;
    for (const header of ["Số CCCD", "Số thẻ đảng viên", "Điện thoại"])
      expect(sheet.getRow(500).getCell(column(header)).numFmt, header).toBe("@");
    // exceljs reads a validation back cell by cell; the last row the lists reach is far below any real list.
    const lists = (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model;
    const listAt = (header: string) => lists[sheet.getRow(2).getCell(column(header)).address];
    expect(lists[sheet.getRow(5000).getCell(column("Giới tính")).address]).toBeDefined();
    expect(listAt("Giới tính")).toMatchObject({ type: "list", formulae: ['"Nam,Nữ"'] });
    expect(listAt("Trạng thái")?.formulae[0]).toContain("Đảng viên chính thức");
    expect(listAt("Lý luận chính trị")?.formulae[0]).toContain("Trung cấp");
    // The cells come from a list on the sheet "Danh mục": a secretary is offered their own cell only.
    const cells = listAt("Chi bộ")?.formulae[0] ?? "";
    expect(cells).toMatch(/^'?Danh mục'?!\$A\$2:\$A\$2$/);
    const lookup = (await read(res.rawPayload)).getWorksheet("Danh mục") as Worksheet;
    expect(lookup.getCell("A2").value).toBe(cellLabel());
  });

  it("imports a citizen ID whose leading zero Excel dropped (typed into a number cell) as the 12-digit ID", async () => {
    const file = await filledTemplate(coso, (sheet) => {
      const row = sheet.getRow(2);
      row.getCell(1).value = "Trịnh Văn Số";
      row.getCell(4).value = 1085012345; // "001085012345" typed into a cell Excel took for a number
      row.getCell(5).value = cellLabel();
      row.getCell(6).value = "Quần chúng ưu tú";
      for (const n of [7, 8, 9, 10, 14]) row.getCell(n).value = null;
    });
    const dry = await upload(coso, file, true);
    expect(dry.json()).toMatchObject({ errors: [], validRows: 1 });
    const imported = await upload(coso, file, false);
    // The answer's body in the failure message, not only its status.
    expect({ status: imported.statusCode, body: imported.json() }).toMatchObject({ status: 200 });
    const found = (await api(t.app).as(coso).get("/api/members?q=001085012345")).json();
    expect(found.items.map((m: { fullName: string }) => m.fullName)).toEqual(["Trịnh Văn Số"]);
  });
});

describe("the dry run", () => {
  it("reports every error of every row in one pass, and writes nothing", async () => {
    const file = await filledTemplate(coso, (sheet) => {
      const bad = sheet.getRow(2);
      bad.getCell(1).value = "Lỗi Văn Nhiều";
      bad.getCell(2).value = "Trai";
      bad.getCell(3).value = "31/02/1990";
      bad.getCell(4).value = "12345";
      bad.getCell(5).value = "Chi bộ Không có";
      bad.getCell(6).value = "Đảng viên chính thức";
      for (const n of [7, 8, 9, 10, 14]) bad.getCell(n).value = null;
      bad.getCell(11).value = "abc";
      const second = sheet.getRow(3);
      second.values = ["Hai Lỗi", "Nữ", "01/01/2001", "", cellLabel(), "Đảng viên dự bị", "1-QĐ/ĐU", "10/10/2020"];
      second.getCell(9).value = "01/10/2020";
    });
    const before = await snapshot(t.db, tables);
    const res = await upload(coso, file, true);
    expect(res.statusCode).toBe(200);
    const errors = (res.json().errors as { row: number; column: string }[]).map((e) => `${e.row} ${e.column}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        "2 Giới tính",
        "2 Ngày sinh",
        "2 Số CCCD",
        "2 Chi bộ",
        "2 Ngày quyết định kết nạp",
        "2 Số thẻ đảng viên",
        "3 Ngày lễ kết nạp",
      ]),
    );
    expect(res.json().validRows).toBe(0);
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});

describe("exports", () => {
  it("writes the member list with a title block (unit, date, filter), every column and real dates", async () => {
    await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Đinh Văn Xuất",
      birthDate: "1980-04-09",
      admissionDecidedOn: "2005-06-01",
      cardNumber: "53.123.456",
    });
    const res = await api(t.app)
      .as(coso)
      .get(`/api/members/export?orgUnitId=${tree.cellA1}&status=full&q=${encodeURIComponent("dinh van xuat")}`);
    expect(res.statusCode).toBe(200);
    const sheet = (await read(res.rawPayload)).getWorksheet("Đảng viên") as Worksheet;
    const title = [1, 2, 3, 4].map((n) => String(sheet.getRow(n).getCell(1).value ?? "")).join("\n");
    expect(title).toContain("DANH SÁCH ĐẢNG VIÊN");
    expect(title).toContain("Chi bộ Văn phòng Excel");
    expect(title).toContain("23/11/2026");
    expect(title).toContain("Trạng thái: đảng viên chính thức");
    expect(title).toContain("dinh van xuat");
    const { headers, rows } = table(sheet);
    expect(headers).toEqual(
      expect.arrayContaining([
        "Họ và tên",
        "Ngày sinh",
        "Chi bộ",
        "Trạng thái",
        "Ngày vào Đảng",
        "Tuổi đảng",
        "Số thẻ",
        "Số CCCD",
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.["Ngày sinh"]).toEqual(new Date(Date.UTC(1980, 3, 9)));
    expect(rows[0]?.["Ngày vào Đảng"]).toEqual(new Date(Date.UTC(2005, 5, 1)));
  });

  it("exports the reminders of a unit, with the title block and the due dates as dates", async () => {
    await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Tạ Văn Hưu", birthDate: "1963-03-03" });
    const res = await api(t.app).as(chibo).get(`/api/reminders/export?orgUnitId=${tree.cellA1}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.headers["content-disposition"]).toContain("nhac-viec");
    const sheet = (await read(res.rawPayload)).getWorksheet("Nhắc việc") as Worksheet;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain("NHẮC VIỆC");
    const { rows } = table(sheet);
    const retired = rows.find((r) => r["Đảng viên"] === "Tạ Văn Hưu");
    expect(retired?.["Việc cần làm"]).toBe("Đủ tuổi nghỉ hưu: chuyển sinh hoạt về nơi cư trú");
    expect(retired?.Hạn).toBeInstanceOf(Date);
    expect(retired?.["Quá hạn"]).toBe("Quá hạn");
  });

  it("refuses the reminders export to anonymous (401), a member (403), outside the scope (404), a bad unit (400)", async () => {
    expect((await api(t.app).anonymous.get("/api/reminders/export")).statusCode).toBe(401);
    expect((await api(t.app).as(member).get(`/api/reminders/export?orgUnitId=${tree.cellA1}`)).statusCode).toBe(403);
    expect((await api(t.app).as(chibo).get(`/api/reminders/export?orgUnitId=${tree.cellA2}`)).statusCode).toBe(404);
    expect((await api(t.app).as(chibo).get("/api/reminders/export?orgUnitId=abc")).statusCode).toBe(400);
  });
});
