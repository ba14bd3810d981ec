import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { sampleChildren, sampleHeading, sampleReport } from "../../../test/report-sample";
import ExcelJS from "../../platform/excel";
import { reportDocx } from "./reports-docx";
import {
  figureLines,
  figureText,
  isNumberedHeading,
  memberListLine,
  narrativeParagraphs,
  numberLine,
  reportIssuer,
  roman,
  sheetNames,
  signerTitle,
  summaryLine,
  viNumber,
} from "./reports-files.rules";
import { reportXlsx } from "./reports-xlsx";

/** The text of a .docx, paragraphs on lines of their own. */
function docText(payload: Buffer): string {
  const files = unzipSync(new Uint8Array(payload));
  const xml = strFromU8(files["word/document.xml"] as Uint8Array);
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

async function workbook(buffer: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

describe("report file rules", () => {
  it("numbers sections with Roman numerals", () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(roman)).toEqual(["I", "II", "III", "IV", "IX", "XIV", "XL"]);
  });

  it("writes figures as Vietnamese papers do", () => {
    expect(viNumber(1234567)).toBe("1.234.567");
    expect(viNumber(66.7)).toBe("66,7");
    expect(viNumber(0)).toBe("0");
  });

  it("puts the period in the summary and starts it lower-case, but leaves an acronym alone", () => {
    expect(summaryLine("Kết quả công tác xây dựng Đảng {period}", "6 tháng đầu năm 2026")).toBe(
      "kết quả công tác xây dựng Đảng 6 tháng đầu năm 2026",
    );
    expect(summaryLine("TCTW thống kê {period}", "năm 2026")).toBe("TCTW thống kê năm 2026");
  });

  it("prints the number taken at submission, or blanks for a draft", () => {
    expect(numberLine("15-BC/ĐU", "BC", "ĐU")).toBe("Số 15-BC/ĐU");
    expect(numberLine(null, "BC", "CB")).toBe("Số       -BC/CB");
  });

  it("numbers table rows by level and prints a share of the target", () => {
    const report = sampleReport();
    const section = report.sections.find((s) => s.kind === "table");
    if (section?.kind !== "table") throw new Error("no table");
    const lines = figureLines(section, report.values);
    expect(lines.map((l) => l.tt)).toEqual(["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "4"]);
    const admitted = lines[6];
    expect(admitted && figureText(admitted)).toBe("134 (67% chỉ tiêu kết nạp đảng viên trong năm)");
    expect(lines[3] && figureText(lines[3])).toBe("2.345");
    expect(lines[7]?.label).toBe("Đảng viên chuyển sinh hoạt đi");
    expect(lines[7] && figureText(lines[7])).toBe("-");
  });

  it("prints no share when the target is missing or zero", () => {
    const report = sampleReport();
    const values = report.values.map((v) => (v.indicator === "entered.targets.admissions" ? { ...v, value: 0 } : v));
    const section = report.sections[1];
    if (section?.kind !== "table") throw new Error("no table");
    expect(figureText(figureLines(section, values)[6] as never)).toBe("134");
  });

  it("splits the narrative on lines and finds numbered headings", () => {
    expect(narrativeParagraphs("  a\n\n b \r\n")).toEqual(["a", "b"]);
    expect(narrativeParagraphs(undefined)).toEqual([]);
    expect(isNumberedHeading("1. Công tác chính trị, tư tưởng")).toBe(true);
    expect(isNumberedHeading("a) Ưu điểm")).toBe(true);
    expect(isNumberedHeading("Kết nạp 134 đảng viên mới.")).toBe(false);
  });

  it("names the body that issues a unit's report, and the deputy's title when the deputy signs", () => {
    expect(reportIssuer("Đảng bộ Sở Tài chính", "grassroots_committee")).toBe("Đảng ủy Sở Tài chính");
    expect(reportIssuer("Chi bộ Văn phòng", "cell")).toBe("CHI BỘ Văn phòng");
    expect(signerTitle("BÍ THƯ", "deputy_secretary")).toBe("PHÓ BÍ THƯ");
    expect(signerTitle("BÍ THƯ", "secretary")).toBe("BÍ THƯ");
    expect(signerTitle("CHỦ NHIỆM", "deputy_secretary")).toBe("CHỦ NHIỆM");
  });

  it("lays a member out in the 13 columns of the 7-HSĐV book after the number, leaving out what is not recorded", () => {
    const line = memberListLine({
      no: 1,
      memberId: "00000000-0000-4000-8000-000000000001",
      fullName: "Trần Văn Sổ",
      birthName: "Trần Văn Số",
      birthDate: "1980-02-03",
      sex: "Nam",
      ethnicity: "Kinh",
      religion: null,
      homeTown: "Xã Yên Phong, tỉnh Bắc Ninh",
      generalEducation: "12/12",
      politicalTheory: "Trung cấp",
      professionalQualification: null,
      academicTitle: null,
      foreignLanguage: "Tiếng Anh B1",
      occupationBeforeAdmission: null,
      occupation: "Công chức",
      jobTitle: "Chuyên viên",
      admittedOn: "2010-03-01",
      fullMembershipOn: "2011-03-01",
      cardNumber: "01.234567",
      fileNumber: null,
      badgeNumber: null,
      armedForcesOrRetired: null,
      transferredOutOn: null,
      transferredOutTo: null,
      transferredInOn: "2015-06-01",
      transferredInFrom: "Đảng bộ Sở Y tế",
      diedOn: null,
      leftOn: null,
      leftHow: null,
      note: "Miễn sinh hoạt",
      orgUnitId: "00000000-0000-4000-8000-000000000002",
      orgUnitName: "Chi bộ Văn phòng",
      status: "full",
    });
    expect(line).toEqual([
      "Trần Văn Sổ\nTrần Văn Số\nsinh 03/02/1980",
      "Nam; Kinh; Không",
      "Xã Yên Phong, tỉnh Bắc Ninh",
      "12/12; Trung cấp; Tiếng Anh B1",
      "Công chức, Chuyên viên",
      "01/03/2010\n01/03/2011",
      "01.234567",
      "",
      "",
      "01/06/2015, Đảng bộ Sở Y tế",
      "",
      "",
      "Miễn sinh hoạt",
    ]);
  });

  it("makes sheet names Excel accepts: at most 31 characters, no forbidden characters, unique regardless of case", () => {
    const names = sheetNames([
      "I. Tổ chức đảng và đảng viên trong các cơ quan của tỉnh",
      "I. Tổ chức đảng và đảng viên trong các cơ quan khác",
      "Thu/chi [2026]?",
      "thu-chi -2026--",
      "",
    ]);
    for (const name of names) {
      expect([...name].length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[1]).toMatch(/ \(2\)$/);
  });
});

describe("reportDocx", () => {
  it("prints the report in the party layout: heading, title and summary, numbered sections, figures, signer, recipients", async () => {
    const text = docText(await reportDocx(sampleReport(), sampleHeading()));
    expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(text).toContain("ĐẢNG BỘ TỈNH BẮC NINH");
    expect(text).toContain("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
    expect(text).toContain("Số 15-BC/ĐU");
    expect(text).toContain("Bắc Ninh, ngày 03 tháng 7 năm 2026");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("kết quả công tác xây dựng Đảng 6 tháng đầu năm 2026, phương hướng");
    expect(text).toContain("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM");
    expect(text).toContain("II. TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN");
    expect(text).toContain("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026");
    expect(text).toContain("Tổ chức quán triệt, học tập các nghị quyết");
    expect(text).toContain("2.345");
    expect(text).toContain("134 (67% chỉ tiêu kết nạp đảng viên trong năm)");
    expect(text).toContain("Dân tộc khác");
    expect(text).toContain("T/M BAN THƯỜNG VỤ");
    expect(text).toContain("BÍ THƯ");
    expect(text).toContain("Nguyễn Văn Bí");
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("- Ban Thường vụ Tỉnh ủy (để b/c);");
    expect(text).toContain("- Lưu Văn phòng Đảng ủy Khối.");
    expect(text).not.toContain("DỰ THẢO");
  });

  it("draws the tables with borders and the header row repeated", async () => {
    const files = unzipSync(new Uint8Array(await reportDocx(sampleReport(), sampleHeading())));
    const xml = strFromU8(files["word/document.xml"] as Uint8Array);
    expect(xml).toContain('w:val="single"');
    expect(xml).toContain("<w:tblHeader");
    expect(xml).toMatch(/TT<\/w:t>[\s\S]*Chỉ tiêu<\/w:t>[\s\S]*Số lượng<\/w:t>/);
  });

  it("marks a draft and leaves its number blank", async () => {
    const draft = sampleReport({ status: "draft", documentNumber: null, narrative: {} });
    const buffer = await reportDocx(draft, sampleHeading());
    const text = docText(buffer);
    expect(text).toContain("DỰ THẢO");
    expect(text).toContain("Số       -BC/ĐU");
    expect(strFromU8(unzipSync(new Uint8Array(buffer))["word/document.xml"] as Uint8Array)).toContain('w:leader="dot"');
  });

  it("attaches the member list book in landscape when its lines are given, and otherwise points to the Excel file", async () => {
    const report = sampleReport({
      sections: [{ kind: "memberList", key: "book", title: "Danh sách đảng viên" }],
    });
    const line = ["Trần Văn Sổ", "Nam; Kinh; Không", "Bắc Ninh", "12/12", "", "", "", "", "", "", "", "", ""];
    const withRows = await reportDocx(report, sampleHeading({ memberList: [line] }));
    const xml = strFromU8(unzipSync(new Uint8Array(withRows))["word/document.xml"] as Uint8Array);
    expect(xml).toContain('w:orient="landscape"');
    expect(docText(withRows)).toContain("Danh sách 1 đảng viên theo mẫu 7-HSĐV có đến ngày 30/06/2026 kèm theo.");
    expect(docText(withRows)).toContain("Trần Văn Sổ");
    const without = docText(await reportDocx(report, sampleHeading({ memberList: null })));
    expect(without).toContain("xem tệp Excel của báo cáo");
    expect(without).not.toContain("Trần Văn Sổ");
  });
});

describe("reportXlsx", () => {
  it("has a sheet per table and breakdown, then one per child unit, with the figures as numbers", async () => {
    const book = await workbook(await reportXlsx(sampleReport(), sampleChildren()));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "II. Tổ chức đảng và đảng viên",
      "III. Kiểm tra, giám sát và thi",
      "IV. Đảng viên chia theo dân tộc",
      "Đảng bộ Sở Tài chính",
      "Chi bộ Sở Xây dựng",
    ]);
    const table = book.getWorksheet("II. Tổ chức đảng và đảng viên");
    const rows = table?.getSheetValues() as unknown[][];
    const total = rows.find((r) => r?.[2] === "Tổng số đảng viên");
    expect(total?.[3]).toBe(2345);
    const admitted = rows.find((r) => r?.[2] === "Kết nạp đảng viên mới");
    expect(admitted?.[4]).toBe(67);
    const header = rows.find((r) => r?.[1] === "TT");
    expect(header?.slice(1, 4)).toEqual(["TT", "Chỉ tiêu", "Số lượng"]);
    const headerRow = table?.getRow(rows.indexOf(header as unknown[]));
    expect(headerRow?.font?.bold).toBe(true);
    expect(table?.getColumn(2).width).toBe(60);
  });

  it("shows an approved child's figures and an unsubmitted child's status", async () => {
    const book = await workbook(await reportXlsx(sampleReport(), sampleChildren()));
    const approved = book.getWorksheet("Đảng bộ Sở Tài chính")?.getSheetValues() as unknown[][];
    expect(approved.find((r) => r?.[2] === "Tổng số đảng viên")?.[3]).toBe(321);
    const heading = approved.findIndex((r) => r?.[1] === "II" && r?.[2] === "Tổ chức đảng và đảng viên");
    expect(book.getWorksheet("Đảng bộ Sở Tài chính")?.getRow(heading).font?.bold).toBe(true);
    const pending = book.getWorksheet("Chi bộ Sở Xây dựng")?.getSheetValues() as unknown[][];
    expect(pending.flat().join(" ")).toContain("Trạng thái: Đang soạn; chưa có báo cáo được duyệt");
  });

  it("still makes a workbook for a report of narrative only", async () => {
    const report = sampleReport({ sections: [{ kind: "narrative", key: "results", title: "Kết quả" }] });
    const book = await workbook(await reportXlsx(report, []));
    expect(book.worksheets.map((s) => s.name)).toEqual(["Báo cáo"]);
  });
});
