import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import ExcelJS, { type Row } from "./excel";

describe("reading Vietnamese text from large sheets", () => {
  it("keeps every letter when its UTF-8 bytes straddle two chunks (inline strings, 12,000 rows)", async () => {
    const file = path.join(os.tmpdir(), `dangvu-utf8-${process.pid}.xlsx`);
    const text = (i: number) => `Chi bộ Phòng Tổ chức cán bộ — Đảng bộ Hải quan tỉnh ${i % 7}`;
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useSharedStrings: false,
      useStyles: false,
    });
    const sheet = writer.addWorksheet("Đảng viên");
    for (let i = 0; i < 12_000; i++) sheet.addRow([text(i)]).commit();
    sheet.commit();
    await writer.commit();
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(fs.readFileSync(file)), {
      worksheets: "emit",
      sharedStrings: "cache",
    });
    let wrong = 0;
    let i = 0;
    for await (const ws of reader) {
      for await (const row of ws as unknown as AsyncIterable<Row>) if (row.getCell(1).value !== text(i++)) wrong++;
    }
    fs.rmSync(file, { force: true });
    expect(i).toBe(12_000);
    expect(wrong).toBe(0);
  }, 30_000);
});
