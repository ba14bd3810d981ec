import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiFromPage, baseUrl, shot, signIn, useBrowser } from "./browser";

// Chị Lan (admin, the provincial committee) opens the figures overview, checks the members figure against the
// figures API for the same unit and month, drills down to a base committee and one of its cells, and comes back up
// by the breadcrumb. The demo tree: Đảng bộ tỉnh Bình Sơn › Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn › Đảng bộ Sở Tài
// chính › Chi bộ Văn phòng.

const pad = (n: number) => String(n).padStart(2, "0");
/** Today in Vietnam (the journeys run with TZ=Asia/Ho_Chi_Minh). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const body = (page: Page) => page.getByTestId("dashboard-body");

/** Waits until the dashboard shows a unit (its own answer, not the previous unit's kept on screen). */
async function shown(page: Page, unitId: string) {
  await page.locator(`[data-testid=dashboard-body][data-unit="${unitId}"]`).waitFor();
  await page.locator(".ant-spin-spinning").waitFor({ state: "detached" });
}

async function figureValue(page: Page, indicator: string): Promise<string> {
  const card = page.locator(`[data-testid=dashboard-figure][data-indicator="${indicator}"]`);
  return (await card.getByTestId("figure-value").textContent()) ?? "";
}

const digits = (text: string) => Number(text.replace(/\D/g, ""));

async function drillTo(page: Page, name: string): Promise<string> {
  const row = page.getByTestId("dashboard-child").filter({ hasText: name }).first();
  const unitId = (await row.getAttribute("data-unit")) ?? "";
  await row.getByTestId("dashboard-child-link").click();
  await shown(page, unitId);
  return unitId;
}

describe("The figures overview: the committee's figures, drill-down to a cell and back (issue 10 item 6)", () => {
  const browser = useBrowser();

  it("admin sees the committee's members figure as the figures API counts it, drills down to a cell and comes back up", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "admin");
    await page.getByTestId("main-menu").getByRole("link", { name: "Tổng quan số liệu" }).click();
    await page.getByTestId("dashboard-page").waitFor();
    await body(page).waitFor();
    const rootId = (await body(page).getAttribute("data-unit")) ?? "";
    await shown(page, rootId);
    const day = today();
    expect(await body(page).getAttribute("data-period")).toBe(day.slice(0, 7));
    const figure = await apiFromPage<{ value: number }>(
      page,
      "GET",
      `/api/reports/figures?indicator=members.onList&orgUnitId=${rootId}&from=${day.slice(0, 8)}01&to=${day}`,
    );
    expect(figure.value).toBeGreaterThan(100);
    expect(digits(await figureValue(page, "members.onList"))).toBe(figure.value);
    // The children's members add up to the committee's (every member sits in one cell of the subtree).
    const childMembers = await page
      .locator("[data-testid=chart-bar]")
      .evaluateAll((bars) => bars.reduce((sum, bar) => sum + Number(bar.getAttribute("data-value")), 0));
    expect(childMembers).toBe(figure.value);
    expect(await page.getByTestId("chart-column").count()).toBe(Number(day.slice(5, 7)));
    // The month's reporting rate of the cells' monthly report, as the completeness API counts it.
    const rate = page.getByTestId("dashboard-rate").filter({ hasText: "Báo cáo tháng của chi bộ" });
    const templates = await apiFromPage<{ id: string; code: string }[]>(page, "GET", "/api/reports/templates");
    const monthly = templates.find((tpl) => tpl.code === "cell_monthly")?.id;
    const rates = await apiFromPage<{ expected: number; submitted: number }>(
      page,
      "GET",
      `/api/reports/completeness?templateId=${monthly}&period=${day.slice(0, 7)}&orgUnitId=${rootId}`,
    );
    expect(rates.expected).toBeGreaterThan(100);
    expect(Number(await rate.getAttribute("data-expected"))).toBe(rates.expected);
    expect(Number(await rate.getAttribute("data-submitted"))).toBe(rates.submitted);
    await shot(page, "reports-dashboard-1440");

    const committee = await drillTo(page, "Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn");
    const base = await drillTo(page, "Đảng bộ Sở Tài chính");
    const baseMembers = digits(await figureValue(page, "members.onList"));
    const cell = await drillTo(page, "Chi bộ Văn phòng");
    const crumbs = page.getByTestId("dashboard-breadcrumb");
    expect(await crumbs.textContent()).toContain("Đảng bộ tỉnh Bình Sơn");
    expect(await crumbs.textContent()).toContain("Đảng bộ Sở Tài chính");
    expect(await page.getByTestId("breadcrumb-current").textContent()).toBe("Chi bộ Văn phòng");
    expect(await page.getByTestId("dashboard-child").count()).toBe(0);
    expect(digits(await figureValue(page, "members.onList"))).toBeLessThan(baseMembers);
    expect(cell).not.toBe(base);
    await shot(page, "reports-dashboard-cell-1440");

    // Back up by the breadcrumb, to the base committee, then to the bloc's committee; the period stays.
    await crumbs.getByTestId("breadcrumb-link").filter({ hasText: "Đảng bộ Sở Tài chính" }).click();
    await shown(page, base);
    expect(digits(await figureValue(page, "members.onList"))).toBe(baseMembers);
    await crumbs.getByTestId("breadcrumb-link").filter({ hasText: "Ủy ban nhân dân" }).click();
    await shown(page, committee);
    expect(await body(page).getAttribute("data-period")).toBe(day.slice(0, 7));

    // The year instead of the month: the same unit, the year's admissions.
    await page.getByTestId("dashboard-period-type").click();
    await page.locator(".ant-select-item-option[title='Năm']").click();
    await page.locator(`[data-testid=dashboard-body][data-period="${day.slice(0, 4)}"]`).waitFor();
    await shown(page, committee);
    await context.close();
  });

  it("works on a phone: the figures two across, the units as cards, the charts under them", async () => {
    const { page, context } = await browser.page({ width: 390, height: 844 });
    await signIn(page, "admin");
    await page.goto(`${baseUrl}/reports/dashboard`);
    await body(page).waitFor();
    await shown(page, (await body(page).getAttribute("data-unit")) ?? "");
    await page.getByTestId("chart-members").waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const cards = page.getByTestId("dashboard-figure");
    const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(first && second && Math.abs(first.y - second.y)).toBeLessThan(2);
    await shot(page, "reports-dashboard-390");
    await drillTo(page, "Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn");
    await shot(page, "reports-dashboard-committee-390");
    await context.close();
  });
});
