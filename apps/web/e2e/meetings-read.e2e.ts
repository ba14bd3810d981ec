import { describe, expect, it } from "vitest";
import { baseUrl, shot, signIn, useBrowser } from "./browser";

describe("Those who read the meetings without holding them", () => {
  const browser = useBrowser();

  // The province's lists take their time (the alerts over every cell): the steps wait up to two minutes.
  it("lets Chị Mai of the inspection committee read the meetings, with nothing to change", {
    timeout: 300_000,
  }, async () => {
    const { page, context } = await browser.page();
    page.setDefaultTimeout(120_000);
    await signIn(page, "kiemtra");
    await page.getByTestId("main-menu").getByRole("link", { name: "Sinh hoạt chi bộ", exact: true }).click();
    await page.getByTestId("meeting-total").waitFor();
    expect(await page.getByTestId("plan-meeting").count()).toBe(0);
    expect(await page.getByTestId("plan-year").count()).toBe(0);
    // Last month's meetings are held and closed.
    const lastMonth = new Date(new Date().getFullYear(), new Date().getMonth() - 1, 15).toISOString().slice(0, 7);
    await page.goto(`${baseUrl}/meetings?month=${lastMonth}`);
    const held = page.getByTestId("meeting-row").filter({ has: page.locator("[data-status=closed]") });
    await held.first().getByTestId("meeting-link").click();
    await page.getByTestId("meeting-title").waitFor();
    await page.getByTestId("download-minutes").waitFor();
    for (const action of ["edit-meeting", "close-meeting", "reopen-meeting"])
      expect(await page.getByTestId(action).count()).toBe(0);
    expect(await page.getByRole("tab", { name: "Mã điểm danh" }).count()).toBe(0);
    await page.getByRole("tab", { name: "Điểm danh", exact: true }).click();
    await page.getByTestId("roster-row").first().waitFor();
    expect(await page.getByTestId("save-attendance").count()).toBe(0);
    await page.getByRole("tab", { name: "Biên bản", exact: true }).click();
    expect(await page.getByTestId("save-minutes").count()).toBe(0);
    await shot(page, "meeting-inspection");
    await context.close();
  });

  it("pages the committee's meetings for the office: the total counts them all, the next page shows the next ones", {
    timeout: 300_000,
  }, async () => {
    const { page, context } = await browser.page();
    page.setDefaultTimeout(120_000);
    await signIn(page, "admin");
    await page.goto(`${baseUrl}/meetings`);
    const total = page.getByTestId("meeting-total");
    await expect.poll(() => total.getAttribute("data-total"), { timeout: 120_000 }).not.toBeNull();
    // The whole committee holds far more meetings in a year than one page shows: a page of 50, and the full count.
    const all = Number(await total.getAttribute("data-total"));
    expect(all).toBeGreaterThan(50);
    expect(await total.textContent()).toBe(`${all.toLocaleString("vi")} cuộc họp`);
    const rows = page.getByTestId("meeting-row");
    await expect.poll(() => rows.count()).toBe(50);
    const firstOfPageOne = await rows.first().getAttribute("data-meeting-id");
    await page.locator(".ant-pagination-item-2").click();
    await page.waitForURL(/[?&]page=2/);
    await expect.poll(() => rows.first().getAttribute("data-meeting-id")).not.toBe(firstOfPageOne);
    // A month's list counts that month only.
    await page.goto(`${baseUrl}/meetings?month=${new Date().toISOString().slice(0, 7)}`);
    await expect
      .poll(async () => Number(await total.getAttribute("data-total")), { timeout: 120_000 })
      .toBeLessThan(all);
    expect(await total.textContent()).toMatch(/^[\d.]+ cuộc họp$/);
    await context.close();
  });
});
