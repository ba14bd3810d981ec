import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { shot, shotsDir, signIn, useBrowser } from "./browser";

type Book = InstanceType<typeof ExcelJS.Workbook>;

async function downloaded(page: Page, testId: string, dir: string): Promise<{ book: Book; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return { book, download };
}

/** The cells of a sheet's first column, as text, from the top: the title block and the header. */
const firstColumn = (sheet: ExcelJS.Worksheet, rows: number) =>
  Array.from({ length: rows }, (_, i) => String(sheet.getRow(i + 1).getCell(1).value ?? ""));

describe("Chị Lan's Excel day: the template, the dry run, exports and printing (issue 8 item 17)", () => {
  const browser = useBrowser();

  it("gets a template that keeps citizen IDs and offers lists, and a dry run naming every error of a row", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-excel-"));
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "coso");
    await page.getByRole("link", { name: "Đảng viên", exact: true }).click();
    await page.getByTestId("import-members").click();
    const { book } = await downloaded(page, "import-template", dir);
    const sheet = book.getWorksheet("Đảng viên") as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => String(v).replace(/ \*$/, ""));
    const col = (header: string) => headers.indexOf(header) + 1;
    // A citizen ID typed into the template stays text, with its leading zero.
    expect(sheet.getRow(300).getCell(col("Số CCCD")).numFmt).toBe("@");
    const lists = (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model;
    expect(lists[`${sheet.getColumn(col("Giới tính")).letter}2`]?.formulae[0]).toBe('"Nam,Nữ"');
    expect(lists[`${sheet.getColumn(col("Chi bộ")).letter}2`]?.formulae[0]).toContain("Danh mục");
    const cells = book.getWorksheet("Danh mục") as ExcelJS.Worksheet;
    expect(firstColumn(cells, 40)).toContain("Chi bộ Văn phòng — Đảng bộ Sở Tài chính");

    // One row with three mistakes: all three are reported at once, nothing is written.
    const row = sheet.getRow(2);
    row.getCell(col("Họ và tên")).value = "Phạm Văn Ba Lỗi";
    row.getCell(col("Giới tính")).value = "Trai";
    row.getCell(col("Ngày sinh")).value = "31/02/1988";
    row.getCell(col("Chi bộ")).value = "Chi bộ Không Có";
    row.getCell(col("Số CCCD")).value = "001088012345";
    const file = path.join(dir, "ba-loi.xlsx");
    await book.xlsx.writeFile(file);
    await page.getByTestId("import-file").locator("input[type=file]").setInputFiles(file);
    await page.getByTestId("import-dry-run").click();
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    const columns = await errors
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => `${tr.children[0]?.textContent} ${tr.children[1]?.textContent}`));
    expect(columns).toEqual(expect.arrayContaining(["2 Giới tính", "2 Ngày sinh", "2 Chi bộ"]));
    expect(await page.getByTestId("import-confirm").count()).toBe(0);
    await shot(page, "excel-dry-run-all-errors");
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
  });

  it("exports the list with a title block and real dates, the reminders too, and prints every row and column", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-excel-"));
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "coso");
    await page.getByRole("link", { name: "Đảng viên", exact: true }).click();
    await page.getByTestId("member-total").waitFor();
    const total = Number(await page.getByTestId("member-total").getAttribute("data-total"));
    expect(total).toBeGreaterThan(40);

    const { book } = await downloaded(page, "export-members", dir);
    const list = book.getWorksheet("Đảng viên") as ExcelJS.Worksheet;
    const top = firstColumn(list, 6);
    expect(top[0]).toBe("DANH SÁCH ĐẢNG VIÊN");
    expect(top.join("\n")).toMatch(/Ngày xuất: \d\d\/\d\d\/\d{4}/);
    expect(top.join("\n")).toContain("Điều kiện lọc");
    expect(top[5]).toBe("STT");
    const header = (list.getRow(6).values as unknown[]).slice(1).map(String);
    expect(header).toEqual(expect.arrayContaining(["Họ và tên", "Ngày sinh", "Chi bộ", "Tuổi đảng", "Số CCCD"]));
    expect(list.getRow(7).getCell(header.indexOf("Ngày sinh") + 1).value).toBeInstanceOf(Date);
    expect(list.rowCount - 6).toBe(total);

    // Printing: a view of every row of the filter and every column, not the page on screen.
    await page.getByTestId("print-members").click();
    await page.getByTestId("print-table").waitFor({ timeout: 30_000 });
    expect(Number(await page.getByTestId("print-total").getAttribute("data-total"))).toBe(total);
    expect(await page.getByTestId("print-row").count()).toBe(total);
    expect(await page.getByTestId("print-table").locator("th").count()).toBe(10);
    expect(await page.getByTestId("print-now").isEnabled()).toBe(true);
    await page.screenshot({ path: `${shotsDir}/members-print.png` });
    await page.setViewportSize({ width: 1123, height: 794 });
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("print-now").isVisible()).toBe(false);
    expect(await page.locator(".ant-message").first().isVisible()).toBe(false);
    const right = await page.getByTestId("print-table").evaluate((t) => t.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(1123);
    const printed = await page.pdf({ landscape: true, format: "A4", path: `${shotsDir}/members-print.pdf` });
    const pages = printed.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("link", { name: "Nhắc việc" }).click();
    await page.getByTestId("reminder-item").first().waitFor();
    const reminders = (await downloaded(page, "export-reminders", dir)).book.getWorksheet(
      "Nhắc việc",
    ) as ExcelJS.Worksheet;
    expect(String(reminders.getRow(1).getCell(1).value)).toContain("NHẮC VIỆC");
    expect((reminders.getRow(6).values as unknown[]).map(String)).toContain("Việc cần làm");
    expect(reminders.rowCount).toBeGreaterThan(6);
    await shot(page, "reminders-export");
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
  });

  it("keeps the print view on a phone inside the screen", async () => {
    const { page, context } = await browser.page({ width: 390, height: 844 });
    await signIn(page, "chibo");
    await page.goto(`${new URL(page.url()).origin}/members/print?status=full`);
    await page.getByTestId("print-table").waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, "members-print-phone");
    await context.close();
  });
});
