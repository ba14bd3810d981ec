import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, shot, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();

/** A month ago, as the server's Vietnam date would have it. */
function lastMonth(): string {
  const now = new Date(Date.now() + 7 * 3_600_000);
  now.setUTCMonth(now.getUTCMonth() - 1);
  return now.toISOString().slice(0, 10);
}

async function openUnit(page: Page, search: string, name: string) {
  await page.getByTestId("org-tree-search").fill(search);
  await page.locator("[data-testid=org-tree-node]", { hasText: name }).first().click();
  await page.getByTestId("unit-title").filter({ hasText: name }).waitFor();
}

describe("The tree keeps its history", () => {
  const browser = useBrowser();

  it("moves a cell to another base committee and still shows it in its old place a month ago", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "admin");
    await openUnit(page, "chi bo phong dau tu", "Chi bộ Phòng Đầu tư");
    expect(await page.getByTestId("unit-breadcrumb").textContent()).toContain("Đảng bộ Sở Tài chính");

    await page.getByTestId("unit-action-move").click();
    await page.getByTestId("move-parent-picker").click();
    await page.keyboard.type("so y te");
    await page.locator(".ant-select-tree-node-content-wrapper", { hasText: "Đảng bộ Sở Y tế" }).first().click();
    await dialog(page).getByRole("button", { name: "Lưu" }).click();
    await page.locator(".ant-message").getByText("Đã chuyển tổ chức.").waitFor();
    await page.getByTestId("unit-breadcrumb").filter({ hasText: "Đảng bộ Sở Y tế" }).waitFor();

    await page.goto(`${baseUrl}/org?asOf=${lastMonth()}`);
    await page.getByTestId("as-of-banner").waitFor();
    await openUnit(page, "chi bo phong dau tu", "Chi bộ Phòng Đầu tư");
    const breadcrumb = await page.getByTestId("unit-breadcrumb").textContent();
    expect(breadcrumb).toContain("Đảng bộ Sở Tài chính");
    expect(breadcrumb).not.toContain("Sở Y tế");
    await shot(page, "org-as-of-last-month");
    await context.close();
  });

  it("shows a cell secretary only their own cell", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "chibo");
    await page.goto(`${baseUrl}/org`);
    await page.getByTestId("org-tree-node").first().waitFor();
    const nodes = await page.getByTestId("org-tree-node-name").allInnerTexts();
    expect(nodes).toEqual(["Chi bộ Văn phòng"]);
    await shot(page, "org-cell-secretary");
    await context.close();
  });
});
