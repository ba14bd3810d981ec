import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { declareSize, zipOf } from "../../test/zips";
import { DomainError } from "../errors";
import ExcelJS from "./excel";
import { checkXlsxLimits, xlsxLimits } from "./xlsx-limits";

let base: Record<string, Uint8Array>;

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Đảng viên");
  sheet.addRow(["Họ và tên", "Giới tính"]);
  sheet.addRow(["Nguyễn Văn An", "Nam"]);
  base = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
});

const refusal = async (buffer: Buffer) => {
  try {
    await checkXlsxLimits(buffer);
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, code: error.code };
    throw error;
  }
  return null;
};

describe("an .xlsx before it is read", () => {
  it("passes an ordinary workbook", async () => {
    expect(await refusal(zipOf(base))).toBeNull();
    expect(await refusal(zipOf(base, { store: true }))).toBeNull();
  });

  it("is refused when the central directory declares more than the cap uncompressed, before inflating anything", async () => {
    const big = zipOf({ ...base, "xl/media/image1.png": { repeat: "A", times: 1 } });
    const declared = declareSize(big, "xl/media/image1.png", xlsxLimits.totalBytes + 1);
    const started = performance.now();
    expect(await refusal(declared)).toEqual({ status: 413, code: "xlsx.tooLarge" });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("is refused when an entry inflates to more than it declared (a forged directory)", async () => {
    const bomb = zipOf({ ...base, "xl/sharedStrings.xml": { repeat: "<si><t>A</t></si>", times: 200_000 } });
    expect(await refusal(declareSize(bomb, "xl/sharedStrings.xml", 1000))).toEqual({
      status: 400,
      code: "xlsx.invalid",
    });
  });

  it("is refused when the shared strings, which are held in memory, are larger than their cap", async () => {
    const times = Math.ceil((xlsxLimits.sharedStringsBytes + 1) / 17);
    const bomb = zipOf({ ...base, "xl/sharedStrings.xml": { repeat: "<si><t>A</t></si>", times } });
    expect(bomb.length).toBeLessThan(xlsxLimits.sharedStringsBytes / 100);
    expect(await refusal(bomb)).toEqual({ status: 413, code: "xlsx.tooLarge" });
  });

  it("is refused when a cell's text is longer than Excel allows (one huge repeated string)", async () => {
    const bomb = zipOf({
      ...base,
      "xl/sharedStrings.xml": { head: "<sst><si><t>", repeat: "A", times: 5_000_000, tail: "</t></si></sst>" },
    });
    expect(await refusal(bomb)).toEqual({ status: 422, code: "xlsx.textTooLong" });
  });

  it("is refused when its sheets hold more cells than an import can take", async () => {
    const bomb = zipOf({
      ...base,
      "xl/worksheets/sheet1.xml": {
        head: '<worksheet><sheetData><row r="1">',
        repeat: '<c t="n"><v>1</v></c>',
        times: xlsxLimits.cells + 1,
        tail: "</row></sheetData></worksheet>",
      },
    });
    expect(await refusal(bomb)).toEqual({ status: 413, code: "xlsx.tooManyCells" });
  });

  it("is refused when it is not a zip at all, or is cut short", async () => {
    expect(await refusal(Buffer.from("không phải excel"))).toEqual({ status: 400, code: "xlsx.invalid" });
    const whole = zipOf(base);
    expect(await refusal(whole.subarray(0, whole.length - 30))).toEqual({ status: 400, code: "xlsx.invalid" });
  });
});
