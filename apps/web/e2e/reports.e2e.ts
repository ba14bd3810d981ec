import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiFromPage, baseUrl, shot, signIn, useBrowser } from "./browser";

// One server for the whole file (issue 10): anh Hùng (chibo) fills and submits Chi bộ Văn phòng's monthly report,
// anh Hòa (coso) returns it with a comment, anh Hùng fixes it on his phone and sends it again, anh Hòa approves it and
// submits Đảng bộ Sở Tài chính's own report, and chị Lan (admin) reads completeness, approves that report and downloads
// the committee's 6-month report as .docx and .xlsx. The demo keeps two years of reports: the journey takes a monthly
// period the demo leaves unsent (listed under "Cần lập" as not started or draft) and remembers it.

interface TemplateSummary {
  id: string;
  code: string;
  name: string;
}
interface Template extends TemplateSummary {
  sections: { kind: string; rows?: { indicator: string }[] }[];
  rules: { left: string; op: "lte" | "gte" | "eq"; right: string | number; message: string }[];
}

const cellName = "Chi bộ Văn phòng";
const baseName = "Đảng bộ Sở Tài chính";
const comment = "Đề nghị bổ sung kết quả sinh hoạt chuyên đề trong tháng.";
const state = { cellMonthly: "", period: "", ownTemplate: "", ownPeriod: "", ownUnit: "" };

async function templates(page: Page): Promise<TemplateSummary[]> {
  return apiFromPage<TemplateSummary[]>(page, "GET", "/api/reports/templates");
}

async function openReportsPage(page: Page) {
  await page.getByRole("link", { name: "Báo cáo", exact: true }).click();
  await page.getByTestId("reports-page").waitFor();
  await page.getByTestId("inbox-to-fill").locator("[data-testid=inbox-row], .ant-empty").first().waitFor();
}

/** Opens a report from an inbox list by its template, unit and period. */
async function openFromInbox(page: Page, list: "inbox-to-fill" | "inbox-to-review", unit: string, period: string) {
  const row = page
    .getByTestId(list)
    .locator(`[data-testid=inbox-row][data-unit="${unit}"][data-period="${period}"]`)
    .first();
  await row.getByTestId("inbox-open").click();
  await page.getByTestId("report-page").waitFor();
}

async function waitForStatus(page: Page, status: string) {
  await page.locator(`[data-testid=report-page][data-status=${status}]`).waitFor();
}

/** Types a narrative section's text anew (the box may hold it already from an earlier visit). */
async function typeNarrative(page: Page, text: string) {
  const box = page.getByTestId("narrative-input").first();
  await box.fill("");
  await box.fill(text);
}

async function waitSaved(page: Page) {
  await page.locator("[data-testid=save-state][data-state=saved]").waitFor();
}

/** The entered figure box of an indicator. */
const figureInput = (page: Page, indicator: string) =>
  page.locator(`[data-testid=report-figure][data-indicator="${indicator}"] [data-testid=figure-input]`);

/** A rule "part ≤ total" between two entered figures of the template, to break on purpose. */
function partRule(template: Template) {
  const rows = new Set(template.sections.flatMap((s) => s.rows ?? []).map((r) => r.indicator));
  return template.rules.find(
    (r) =>
      r.op === "lte" &&
      typeof r.right === "string" &&
      r.left.startsWith("entered.") &&
      r.right.startsWith("entered.") &&
      rows.has(r.left) &&
      rows.has(r.right),
  );
}

async function confirmModal(page: Page, okText: string) {
  await page.locator(".ant-modal-confirm").getByRole("button", { name: okText }).click();
}

describe("The monthly report up the tree, and the committee's 6-month report (issue 10)", () => {
  const browser = useBrowser();

  it("chibo fills the cell's monthly report (figures from the records, the narrative saved as typed) and submits it", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "chibo");
    const list = await templates(page);
    const monthly = list.find((t) => t.code === "cell_monthly");
    expect(monthly, "the demo ships the cell's monthly report template").toBeDefined();
    state.cellMonthly = monthly?.id ?? "";
    await openReportsPage(page);
    await shot(page, "reports-inbox-chibo-1440");
    // A monthly period of this cell the demo has left unsent.
    const row = page
      .getByTestId("inbox-to-fill")
      .locator(
        `[data-testid=inbox-row][data-unit="${cellName}"][data-template-id="${state.cellMonthly}"]:is([data-status=not_started], [data-status=draft])`,
      )
      .first();
    state.period = (await row.getAttribute("data-period")) ?? "";
    expect(state.period).toMatch(/^\d{4}-\d{2}$/);
    await row.getByTestId("inbox-open").click();
    await page.getByTestId("report-page").waitFor();
    expect(await page.getByTestId("report-header").textContent()).toContain(cellName);
    // Figures from the records are there already, read-only.
    expect(await page.locator("[data-testid=report-figure][data-kind=computed]").count()).toBeGreaterThan(0);

    await typeNarrative(
      page,
      "Chi bộ sinh hoạt đúng kỳ, 100% đảng viên tham gia; hoàn thành nhiệm vụ chuyên môn được giao.",
    );
    await waitSaved(page);
    // The figures are taken again from the records (the version moves on, and the next save still goes through).
    const takenBefore = await page.getByTestId("computed-at").textContent();
    await page.getByTestId("report-refresh").click();
    await page.getByText("Đã lấy lại số liệu từ hồ sơ.").waitFor();
    expect(await page.getByTestId("computed-at").textContent()).toMatch(/Số liệu lấy từ hồ sơ lúc \d{2}\/\d{2}\/\d{4}/);
    expect(takenBefore).toBeTruthy();
    await typeNarrative(
      page,
      "Chi bộ sinh hoạt đúng kỳ, 100% đảng viên tham gia; hoàn thành nhiệm vụ chuyên môn được giao.",
    );
    await waitSaved(page);

    // Read again from the server: what was typed is there.
    await page.reload();
    await page.getByTestId("report-page").waitFor();
    await waitForStatus(page, "draft");
    expect(await page.getByTestId("narrative-input").first().inputValue()).toContain("Chi bộ sinh hoạt đúng kỳ");
    await shot(page, "reports-report-draft-1440");

    // Someone else (anh Hùng on his laptop too) saves meanwhile: this page's next save is refused, nothing of it is
    // written, and reloading shows the other text.
    const other = await browser.page({ width: 1440, height: 900 });
    await signIn(other.page, "chibo");
    await other.page.goto(page.url());
    await typeNarrative(other.page, "Bản sửa từ máy khác.");
    await waitSaved(other.page);
    await other.context.close();
    await typeNarrative(page, "Bản sửa cũ không được lưu.");
    await page.getByTestId("report-stale").waitFor();
    expect(await page.getByTestId("report-stale").textContent()).toContain("Đã có người sửa báo cáo này");
    await page.getByTestId("report-stale").getByRole("button", { name: "Tải lại" }).click();
    await page.getByTestId("report-stale").waitFor({ state: "detached" });
    expect(await page.getByTestId("narrative-input").first().inputValue()).toBe("Bản sửa từ máy khác.");
    await typeNarrative(
      page,
      "Chi bộ sinh hoạt đúng kỳ, 100% đảng viên tham gia; hoàn thành nhiệm vụ chuyên môn được giao.",
    );
    await waitSaved(page);

    await page.getByTestId("report-submit").click();
    await confirmModal(page, "Gửi báo cáo");
    await waitForStatus(page, "submitted");
    expect(await page.getByTestId("figure-input").count()).toBe(0);
    await context.close();
  });

  it("coso finds it waiting for approval and returns it with a comment", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "coso");
    await openReportsPage(page);
    await openFromInbox(page, "inbox-to-review", cellName, state.period);
    await waitForStatus(page, "submitted");
    await page.getByTestId("report-return").click();
    const form = page.getByTestId("return-form");
    // The comment is required.
    await page.getByRole("button", { name: "Trả lại" }).last().click();
    await form.locator(".ant-form-item-explain-error").waitFor();
    await form.getByTestId("reason-text").fill(comment);
    await page.getByRole("button", { name: "Trả lại" }).last().click();
    await waitForStatus(page, "returned");
    expect(await page.getByTestId("report-history").textContent()).toContain(comment);
    await context.close();
  });

  it("chibo sees the comment on his phone, fixes the figure and submits again", async () => {
    const { page, context } = await browser.page({ width: 390, height: 844 });
    await signIn(page, "chibo");
    await page.goto(`${baseUrl}/reports`);
    await page.getByTestId("reports-page").waitFor();
    const row = page
      .getByTestId("inbox-to-fill")
      .locator(`[data-testid=inbox-row][data-unit="${cellName}"][data-period="${state.period}"][data-status=returned]`);
    await row.getByTestId("inbox-open").click();
    await waitForStatus(page, "returned");
    const banner = page.getByTestId("returned-comment");
    expect(await banner.textContent()).toContain(comment);
    expect(await banner.textContent()).toContain("Phạm Văn Hòa");
    await shot(page, "reports-returned-390");
    await typeNarrative(
      page,
      "Chi bộ đã sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    );
    await waitSaved(page);
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId("report-submit").click();
    await confirmModal(page, "Gửi báo cáo");
    await waitForStatus(page, "submitted");
    await shot(page, "reports-resubmitted-390");
    await context.close();
  });

  it("coso approves it, then submits Đảng bộ Sở Tài chính's own report", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "coso");
    await openReportsPage(page);
    await openFromInbox(page, "inbox-to-review", cellName, state.period);
    await page.getByTestId("report-approve").click();
    await confirmModal(page, "Duyệt");
    await waitForStatus(page, "approved");
    expect(await page.locator("[data-testid=history-item][data-action=approved]").count()).toBe(1);

    // Its own report: the 6-month report (entered figures with their rules) if the demo has left one unsent, else
    // another of the base committee's unsent reports.
    const halfYear = (await templates(page)).find((t) => t.code === "base_half_year");
    await openReportsPage(page);
    const unsent = page
      .getByTestId("inbox-to-fill")
      .locator(`[data-testid=inbox-row][data-unit="${baseName}"]:is([data-status=not_started], [data-status=draft])`);
    const preferred = unsent.and(page.locator(`[data-template-id="${halfYear?.id}"]`));
    const own = (await preferred.count()) > 0 ? preferred.first() : unsent.first();
    state.ownTemplate = (await own.getAttribute("data-template-id")) ?? "";
    state.ownPeriod = (await own.getAttribute("data-period")) ?? "";
    await own.getByTestId("inbox-open").click();
    await page.getByTestId("report-page").waitFor();
    state.ownUnit = new URL(page.url()).pathname.split("/")[3] ?? "";
    const template = await apiFromPage<Template>(page, "GET", `/api/reports/templates/${state.ownTemplate}`);
    const rule = partRule(template);
    if (rule) {
      // A part larger than its total: the server's message appears beside the figure and nothing is saved.
      await figureInput(page, rule.right as string).fill("2");
      await figureInput(page, rule.left).fill("3");
      const error = page.locator(
        `[data-testid=report-figure][data-indicator="${rule.left}"] [data-testid=figure-error]`,
      );
      await error.waitFor();
      expect(await error.textContent()).toContain(rule.message);
      await shot(page, "reports-rule-broken-1440");
      await figureInput(page, rule.left).fill("1");
      await waitSaved(page);
      await page.getByTestId("figure-error").waitFor({ state: "detached" });
    }
    // An entered figure's drill-down lists the cells below with their reports' status.
    const drill = page.getByTestId("figure-drill").first();
    if ((await drill.count()) > 0) {
      await drill.click();
      await page.getByTestId("children-table").locator("tr.ant-table-row, tr.ant-table-placeholder").first().waitFor();
      await shot(page, "reports-drill-down-1440");
      await page.getByRole("button", { name: "Đóng" }).last().click();
    }
    if ((await page.getByTestId("narrative-input").count()) > 0) {
      await typeNarrative(page, "Đảng bộ lãnh đạo hoàn thành tốt nhiệm vụ chính trị của cơ quan.");
      await waitSaved(page);
    }
    await shot(page, "reports-base-own-1440");
    await page.getByTestId("report-submit").click();
    await confirmModal(page, "Gửi báo cáo");
    await waitForStatus(page, "submitted");
    await context.close();
  });

  it("admin reads completeness, approves the base committee's report and downloads the 6-month report", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "admin");
    await page.goto(
      `${baseUrl}/reports/completeness?template=${state.cellMonthly}&period=${state.period}&unit=${state.ownUnit}`,
    );
    await page.getByTestId("completeness-rates").waitFor();
    const cell = page.locator(`[data-testid=completeness-row][data-unit="${cellName}"]`);
    expect(await cell.getAttribute("data-status")).toBe("approved");
    expect(Number(await page.getByTestId("rate-approvedCount").getAttribute("data-count"))).toBeGreaterThanOrEqual(1);
    expect(Number(await page.getByTestId("rate-expected").getAttribute("data-count"))).toBeGreaterThanOrEqual(
      Number(await page.getByTestId("rate-submittedCount").getAttribute("data-count")),
    );
    await shot(page, "reports-completeness-1440");
    await cell.getByRole("link").click();
    await waitForStatus(page, "approved");

    // The base committee's report submitted above.
    await page.goto(`${baseUrl}/reports/${state.ownTemplate}/${state.ownUnit}/${state.ownPeriod}`);
    await waitForStatus(page, "submitted");
    await page.getByTestId("report-approve").click();
    await confirmModal(page, "Duyệt");
    await waitForStatus(page, "approved");

    // The committee's 6-month report, from the reports page's picker.
    const list = await templates(page);
    const halfYear = list.find((t) => t.code === "committee_half_year");
    expect(halfYear, "the demo ships the committee's 6-month report").toBeDefined();
    await page.goto(`${baseUrl}/reports`);
    await page.getByTestId("open-unit").click();
    await page.getByTestId("open-unit").locator("input").fill("Đảng bộ Ủy ban nhân dân tỉnh");
    await page
      .locator(".ant-select-tree-title", { hasText: /^Đảng bộ Ủy ban nhân dân tỉnh/ })
      .first()
      .click();
    await page.getByTestId("open-template").click();
    await page.locator(`.ant-select-item-option[title="${halfYear?.name}"]`).click();
    await page.getByTestId("open-report-go").click();
    await page.getByTestId("report-page").waitFor();
    expect(await page.getByTestId("report-header").textContent()).toContain("6 tháng");
    await shot(page, "reports-committee-half-year-1440");
    // Chị Lan checks a figure against the drill-down: the members on the list of the units below add up to it.
    const total = page
      .locator('[data-testid=report-figure][data-indicator="members.onList"]')
      .getByTestId("figure-value");
    const shown = Number((await total.textContent())?.replace(/\D/g, ""));
    expect(shown).toBeGreaterThan(0);
    await total.click();
    const table = page.getByTestId("children-table");
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    const parts = await table.locator("tbody tr.ant-table-row td:last-child").allTextContents();
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.reduce((sum, text) => sum + Number(text.replace(/\D/g, "") || 0), 0)).toBe(shown);
    await shot(page, "reports-drill-computed-1440");
    await page.getByRole("dialog").locator(".ant-modal-footer").getByRole("button", { name: "Đóng" }).click();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-reports-"));
    for (const [testId, extension] of [
      ["report-docx", ".docx"],
      ["report-xlsx", ".xlsx"],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
      // Named after the unit and the period: bao-cao-dang-bo-uy-ban-nhan-dan-tinh-binh-son-2026-H1.docx
      expect(download.suggestedFilename()).toMatch(new RegExp(`^bao-cao-[a-z0-9-]+-\\d{4}-H[12]\\${extension}$`));
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const bytes = fs.readFileSync(file);
      // Both are zip packages (PK), and hold more than an empty document.
      expect(bytes.subarray(0, 2).toString()).toBe("PK");
      expect(bytes.length).toBeGreaterThan(5_000);
      console.log(`${download.suggestedFilename()}: ${bytes.length} bytes`);
      if (extension === ".xlsx") {
        // A sheet per table, and one per child unit.
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(file);
        expect(book.worksheets.length).toBeGreaterThan(2);
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });

    // The print view, as the document looks.
    await page.getByTestId("report-print-link").click();
    await page.getByTestId("report-print").waitFor();
    await shot(page, "reports-print-1440");
    await context.close();
  });

  it("the pages fit a phone: the reports list, completeness and the print view at 390 px", async () => {
    const { page, context } = await browser.page({ width: 390, height: 844 });
    await signIn(page, "admin");
    await page.goto(`${baseUrl}/reports`);
    await page.getByTestId("reports-page").waitFor();
    await page.getByTestId("inbox-to-review").locator("[data-testid=inbox-row], .ant-empty").first().waitFor();
    await shot(page, "reports-inbox-admin-390");
    await page.goto(`${baseUrl}/reports/completeness?template=${state.cellMonthly}&period=${state.period}`);
    await page.getByTestId("completeness-rates").waitFor();
    await page.getByTestId("completeness-row").first().waitFor();
    await shot(page, "reports-completeness-390");
    for (const url of [`/reports`, `/reports/completeness`]) {
      await page.goto(`${baseUrl}${url}`);
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
    }
    await context.close();
  });
});
