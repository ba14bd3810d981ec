import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiFromPage, baseUrl, shot, signIn, useBrowser } from "./browser";

// One server for the file (issue 10): chị Lan (admin) opens the cell's monthly report template, cannot edit the
// version reports were submitted on (the page says why), makes a new version from 01/01/2027 with one more row in its
// first table, and finds it listed; then the same pages on a phone.

interface Summary {
  id: string;
  code: string;
}
interface OrgNode {
  id: string;
  name: string;
  path: string;
}

/** The cell monthly template's first version is in use: a report of Chi bộ Văn phòng was sent on it. */
async function ensureFirstVersionInUse(page: Page, templateId: string) {
  const template = await apiFromPage<{ inUse: boolean }>(page, "GET", `/api/reports/templates/${templateId}`);
  if (template.inUse) return;
  const units = await apiFromPage<OrgNode[]>(page, "GET", `/api/org-units?q=${encodeURIComponent("Văn phòng")}`);
  const cell = units.find((u) => u.name === "Chi bộ Văn phòng" && u.path.includes("Sở Tài chính"));
  if (!cell) throw new Error("Chi bộ Văn phòng not found in the demo");
  const at = `/api/reports/${templateId}/${cell.id}/2026-10`;
  const draft = await apiFromPage<{ version: number }>(page, "PATCH", at, { version: 0, entered: {} });
  await apiFromPage(page, "POST", `${at}/submit`, { version: draft.version });
}

async function openTemplates(page: Page) {
  await page.getByTestId("main-menu").getByRole("link", { name: "Mẫu báo cáo" }).click();
  await page.getByTestId("templates-table").waitFor();
  await page.getByTestId("template-row-cell_monthly").waitFor();
}

async function openCellMonthly(page: Page) {
  await page.getByTestId("template-row-cell_monthly").getByTestId("template-link").click();
  await page.getByTestId("template-section").first().waitFor();
}

describe("Report templates edited by the committee office (issue 10)", () => {
  const browser = useBrowser();

  it("admin makes a new version of the cell's monthly template from 01/01/2027 with one more row; the version in use cannot be edited", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "admin");
    await openTemplates(page);
    const listed = await apiFromPage<Summary[]>(page, "GET", "/api/reports/templates");
    const cellMonthly = listed.find((s) => s.code === "cell_monthly");
    if (!cellMonthly) throw new Error("the demo has no cell_monthly template");
    await ensureFirstVersionInUse(page, cellMonthly.id);
    await shot(page, "report-templates-list-1440");
    await openCellMonthly(page);

    // The version in force was used by a sent report: Sửa is off, and the page says why.
    expect(await page.getByTestId("edit-version").isDisabled()).toBe(true);
    expect(await page.getByTestId("edit-blocked").textContent()).toContain("đã có báo cáo gửi theo phiên bản này");
    const firstRows = page.getByTestId("template-section").first().getByRole("row");
    const rowsBefore = await firstRows.count();
    await shot(page, "report-template-1440");

    await page.getByTestId("new-version").click();
    const editor = page.getByTestId("template-editor");
    await editor.waitFor();
    // A date before the latest version's: the server's refusal shows under the date box.
    await editor.getByLabel("Hiệu lực từ ngày").fill("01/01/2019");
    await editor.getByLabel("Hiệu lực từ ngày").press("Enter");
    await page.getByRole("button", { name: "Lưu" }).last().click();
    await editor.locator(".ant-form-item-explain-error", { hasText: "sau ngày 01/01/2020" }).waitFor();
    await editor.getByLabel("Hiệu lực từ ngày").fill("01/01/2027");
    await editor.getByLabel("Hiệu lực từ ngày").press("Enter");
    const firstSection = editor.getByTestId("edit-section").first();
    await firstSection.getByTestId("add-row").click();
    await firstSection.getByTestId("row-indicator").last().click();
    await page.keyboard.type("don thu tiep");
    await page.locator(".ant-select-item-option", { hasText: "Đơn thư tiếp nhận" }).first().click();
    await shot(page, "report-template-editor-1440");
    await page.getByRole("button", { name: "Lưu" }).last().click();
    await editor.waitFor({ state: "detached" });

    // The new version is shown: the row is there, and it can be edited (no report was sent on it yet).
    await page.getByTestId("version-select").getByText("Phiên bản 2, hiệu lực từ 01/01/2027").waitFor();
    await page.getByTestId("template-section").first().getByText("Đơn thư tiếp nhận").waitFor();
    expect(await firstRows.count()).toBe(rowsBefore + 1);
    expect(await page.getByTestId("edit-version").isDisabled()).toBe(false);

    await openTemplates(page);
    const versions = page.getByTestId("template-row-cell_monthly").getByTestId("template-versions");
    expect(await versions.textContent()).toContain("Bản 2, từ 01/01/2027");
    await shot(page, "report-templates-list-after-1440");
    await context.close();
  });

  it("the list, a template and its editor fit a phone", async () => {
    const { page, context } = await browser.page({ width: 390, height: 844 });
    await signIn(page, "admin");
    await page.goto(`${baseUrl}/settings/report-templates`);
    await page.getByTestId("template-row-cell_monthly").waitFor();
    // The cards fade in: the picture waits for them.
    await page.waitForTimeout(600);
    await shot(page, "report-templates-list-390");
    await openCellMonthly(page);
    await page.waitForTimeout(600);
    await shot(page, "report-template-390");
    await page.getByTestId("new-version").click();
    await page.getByTestId("template-editor").waitFor();
    await page.waitForTimeout(600);
    await shot(page, "report-template-editor-390");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
  });
});
