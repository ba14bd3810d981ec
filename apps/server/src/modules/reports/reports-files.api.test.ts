import type { ReportTemplateInput } from "@dangvu/contract";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { aReportTemplate, testTemplate } from "../../../test/report-templates";
import ExcelJS from "../../platform/excel";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let cosoB: TestActor;
let chibo: TestActor;
let member: TestActor;
let half: string;

const tables = ["reports", "report_values", "report_actions", "document_numbers", "audit_events"];
const url = (unit: string, period = "2026-H1", template = half) => `/api/reports/${template}/${unit}/${period}`;

/** A half-year template for cells and committees with the test tables, a narrative and the member list book. */
function halfYear(): ReportTemplateInput {
  const base = testTemplate("files_half", "half_year", ["cell", "grassroots_committee", "upper_committee"]);
  return {
    ...base,
    sections: [...base.sections, { kind: "memberList", key: "book", title: "Danh sách đảng viên" }],
    document: { ...base.document, signerAuthority: "T/M ĐẢNG ỦY", summary: "Kết quả công tác xây dựng Đảng {period}" },
  };
}

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  cosoB = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseB });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  for (const name of ["Nguyễn Văn Sổ", "Trần Thị Danh", "Lê Văn Sách"])
    await aMember(t.db, { orgUnitId: tree.cellA1, fullName: name });
  for (const name of ["Phạm Thị Ngân", "Hồ Văn Sách"]) await aMember(t.db, { orgUnitId: tree.cellA2, fullName: name });
  half = (await aReportTemplate(t.db, halfYear())).id;
});

/** The text of a .docx answer, paragraphs on lines of their own. */
function docText(payload: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(payload))["word/document.xml"] as Uint8Array);
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

async function sheets(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  return book;
}

const onList = async (unit: string) =>
  (await api(t.app).as(coso).get(url(unit)))
    .json()
    .values.find((v: { indicator: string }) => v.indicator === "members.onList").value as number;

/** chibo fills and submits the cell's half-year report; coso, the unit above, approves it. */
async function submittedAndApproved() {
  const at = url(tree.cellA1);
  const current = (await api(t.app).as(chibo).get(at)).json();
  if (current.status === "approved") return current;
  const draft = await api(t.app)
    .as(chibo)
    .patch(at, {
      version: current.version,
      entered: { "entered.letters.received": 4 },
      narrative: { results: "Chi bộ sinh hoạt đều." },
    });
  expect(draft.statusCode).toBe(200);
  const sent = await api(t.app).as(chibo).post(`${at}/submit`, { version: draft.json().version });
  expect(sent.statusCode).toBe(200);
  const approved = await api(t.app).as(coso).post(`${at}/approve`, { version: sent.json().version });
  expect(approved.statusCode).toBe(200);
  return approved.json();
}

describe("GET /api/reports/:templateId/:orgUnitId/:period/docx", () => {
  it("prints a report not yet started as a draft in the party layout, with its figures, and writes nothing", async () => {
    const before = await snapshot(t.db, tables);
    const res = await api(t.app)
      .as(coso)
      .get(`${url(tree.baseA)}/docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml");
    expect(res.headers["content-disposition"]).toContain("bao-cao-dang-bo-so-tai-chinh-2026-H1.docx");
    const text = docText(res.rawPayload);
    expect(text).toContain("DỰ THẢO");
    expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(text).toContain("ĐẢNG ỦY SỞ TÀI CHÍNH");
    expect(text).toContain("Số       -BC/ĐU");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("kết quả công tác xây dựng Đảng 6 tháng đầu năm 2026");
    expect(text).toContain("I. ĐẢNG VIÊN");
    expect(text).toContain("II. ĐƠN THƯ");
    expect(text).toContain("III. KẾT QUẢ");
    const total = await onList(tree.baseA);
    expect(total).toBe(5);
    expect(text).toMatch(new RegExp(`\\n${total}\\n`));
    expect(text).toContain("T/M ĐẢNG ỦY");
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("Danh sách 5 đảng viên theo mẫu 7-HSĐV có đến ngày 30/06/2026 kèm theo.");
    expect(text).toContain("Hồ Văn Sách");
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("prints a submitted report with the number from the register and without the draft mark", async () => {
    const approved = await submittedAndApproved();
    const res = await api(t.app)
      .as(chibo)
      .get(`${url(tree.cellA1)}/docx`);
    expect(res.statusCode).toBe(200);
    const text = docText(res.rawPayload);
    expect(text).toContain(`Số ${approved.documentNumber}`);
    expect(approved.documentNumber).toMatch(/^\d{2}-BC\/CB$/);
    expect(text).toContain("CHI BỘ VĂN PHÒNG");
    expect(text).toContain("ĐẢNG BỘ SỞ TÀI CHÍNH");
    expect(text).toContain("Chi bộ sinh hoạt đều.");
    expect(text).not.toContain("DỰ THẢO");
    expect(text).not.toContain("Phạm Thị Ngân");
  });

  it("answers 401 without a session, 404 to a member (who may not learn which reports exist) and outside the reader's subtree, 400 for a bad period", async () => {
    expect((await api(t.app).anonymous.get(`${url(tree.baseA)}/docx`)).statusCode).toBe(401);
    expect(
      (
        await api(t.app)
          .as(member)
          .get(`${url(tree.cellA1)}/docx`)
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api(t.app)
          .as(cosoB)
          .get(`${url(tree.baseA)}/docx`)
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .get(`${url(tree.cellA2)}/docx`)
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api(t.app)
          .as(coso)
          .get(`${url(tree.baseA, "2026-13")}/docx`)
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await api(t.app)
          .as(coso)
          .get(`${url(tree.baseA, "2026-11")}/docx`)
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await api(t.app)
          .as(coso)
          .get(`${url(tree.baseA, "2026-H1", "not-an-id")}/docx`)
      ).statusCode,
    ).toBe(400);
  });
});

describe("GET /api/reports/:templateId/:orgUnitId/:period/xlsx", () => {
  it("has a sheet per table, the member list, and a sheet per unit below with its approved figures or its status", async () => {
    await submittedAndApproved();
    const before = await snapshot(t.db, tables);
    const res = await api(t.app)
      .as(coso)
      .get(`${url(tree.baseA)}/xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.headers["content-disposition"]).toContain("bao-cao-dang-bo-so-tai-chinh-2026-H1.xlsx");
    const book = await sheets(res.rawPayload);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "I. Đảng viên",
      "II. Đơn thư",
      "IV. Danh sách đảng viên",
      "Chi bộ Phòng Ngân sách",
      "Chi bộ Văn phòng",
      "Đảng bộ bộ phận Khối Nghiệp vụ",
    ]);
    const members = book.getWorksheet("I. Đảng viên")?.getSheetValues() as unknown[][];
    expect(members.find((r) => r?.[1] === "1")?.[3]).toBe(5);
    const letters = book.getWorksheet("II. Đơn thư")?.getSheetValues() as unknown[][];
    expect(letters.find((r) => r?.[1] === "1")?.[3]).toBe(4);
    const cell = book.getWorksheet("Chi bộ Văn phòng")?.getSheetValues() as unknown[][];
    expect(cell.find((r) => r?.[1] === "1" && r?.[3] === 3)).toBeDefined();
    const pending = book.getWorksheet("Chi bộ Phòng Ngân sách")?.getSheetValues() as unknown[][];
    expect(pending.flat().join(" ")).toContain("Chưa lập báo cáo");
    const list = book.getWorksheet("IV. Danh sách đảng viên")?.getSheetValues() as unknown[][];
    expect(list.flat().join(" ")).toContain("Phạm Thị Ngân");
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("answers 401 without a session, 404 to a member (who may not learn which reports exist) and outside the reader's subtree, 400 for a bad period", async () => {
    expect((await api(t.app).anonymous.get(`${url(tree.baseA)}/xlsx`)).statusCode).toBe(401);
    expect(
      (
        await api(t.app)
          .as(member)
          .get(`${url(tree.cellA1)}/xlsx`)
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api(t.app)
          .as(cosoB)
          .get(`${url(tree.baseA)}/xlsx`)
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api(t.app)
          .as(coso)
          .get(`${url(tree.baseA, "2026-H3")}/xlsx`)
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await api(t.app)
          .as(coso)
          .get(`${url(tree.baseA, "2026")}/xlsx`)
      ).statusCode,
    ).toBe(400);
  });
});
