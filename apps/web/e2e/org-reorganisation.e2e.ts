import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, shot, signIn, useBrowser } from "./browser";

async function openUnit(page: Page, search: string, name: string) {
  await page.getByTestId("org-tree-search").fill(search);
  await page.locator("[data-testid=org-tree-node]", { hasText: name }).first().click();
  await page.getByTestId("unit-title").filter({ hasText: name }).waitFor();
}

const treeNames = (page: Page) => page.getByTestId("org-tree-node-name").allInnerTexts();

describe("Chị Lan finds the bloc of 2024 and its successors of today (the 1/7/2025 reorganisation)", () => {
  const browser = useBrowser();

  it("sees the Đảng bộ Khối as of 2024, the two successors today, and the 2025 events of Sở Tài chính", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "admin");
    await page.goto(`${baseUrl}/org?asOf=2024-06-30`);
    await page.getByTestId("as-of-banner").waitFor();
    await page.getByTestId("org-tree-node").first().waitFor();
    await openUnit(page, "ke hoach va dau tu", "Đảng bộ Sở Kế hoạch và Đầu tư");
    const then = await page.getByTestId("unit-breadcrumb").textContent();
    expect(then).toContain("Đảng bộ Khối các cơ quan tỉnh Bình Sơn");
    await shot(page, "org-2024-bloc");

    await page.getByTestId("as-of-today").click();
    await page.getByTestId("as-of-banner").waitFor({ state: "detached" });
    await page.getByTestId("org-tree-search").fill("");
    await page.getByText("Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn").first().waitFor();
    const today = await treeNames(page);
    expect(today).toEqual(
      expect.arrayContaining(["Đảng bộ các cơ quan Đảng tỉnh Bình Sơn", "Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn"]),
    );
    expect(today).not.toContain("Đảng bộ Khối các cơ quan tỉnh Bình Sơn");

    await openUnit(page, "so tai chinh", "Đảng bộ Sở Tài chính");
    expect(await page.getByTestId("unit-breadcrumb").textContent()).toContain("Đảng bộ tỉnh Bình Sơn");
    await page.getByRole("tab", { name: "Lịch sử thay đổi" }).click();
    const moved = page
      .getByTestId("unit-event")
      .filter({ hasText: "Chuyển sang: Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn" });
    expect(await moved.textContent()).toContain("Từ: Đảng bộ Khối các cơ quan tỉnh Bình Sơn");
    expect(await moved.textContent()).toContain("1245-QĐ/TU");
    const absorbed = page.getByTestId("unit-event").filter({ hasText: "Tiếp nhận" });
    expect(await absorbed.textContent()).toContain("Đảng bộ Sở Kế hoạch và Đầu tư");
    expect(await page.getByTestId("unit-events").textContent()).toContain("01/07/2025");
    await shot(page, "org-events-2025");
    await context.close();
  });

  it("reads the same on a phone", async () => {
    const { page, context } = await browser.page({ width: 390, height: 844 });
    await signIn(page, "admin");
    await page.goto(`${baseUrl}/org`);
    await page.getByTestId("org-tree-node").first().waitFor();
    await openUnit(page, "so tai chinh", "Đảng bộ Sở Tài chính");
    await page.getByRole("tab", { name: "Lịch sử thay đổi" }).click();
    await page
      .getByTestId("unit-event")
      .filter({ hasText: "Chuyển sang: Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn" })
      .waitFor();
    await shot(page, "org-events-2025-phone");
    await context.close();
  });
});
