import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, shot, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();

async function openUnit(page: Page, search: string, name: string) {
  await page.getByTestId("org-tree-search").fill(search);
  await page.locator("[data-testid=org-tree-node]", { hasText: name }).first().click();
  await page.getByTestId("unit-title").filter({ hasText: name }).waitFor();
}

async function expectMessage(page: Page, text: string) {
  await page.locator(".ant-message").getByText(text).last().waitFor({ timeout: 10_000 });
}

describe("Chị Lan of the committee office keeps the organisation tree", () => {
  const browser = useBrowser();

  it("finds Sở Tài chính typed without accents and opens its page", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "admin");
    await openUnit(page, "so tai chinh", "Đảng bộ Sở Tài chính");
    expect(await page.getByTestId("org-tree-match-count").textContent()).toContain("Tìm thấy");
    expect(await page.locator("[data-testid=org-tree-node] mark").allInnerTexts()).toEqual(["Sở", "Tài", "chính"]);
    expect(await page.getByTestId("unit-breadcrumb").textContent()).toContain("Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn");
    await page.getByRole("tab", { name: "Lịch sử thay đổi" }).click();
    await page.getByTestId("unit-event").first().waitFor();
    await shot(page, "org-unit-page");
    await context.close();
  });

  it("looks at the tree as it was on a past date, then returns to today", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "admin");
    await page.goto(`${baseUrl}/org?asOf=2010-01-01`);
    const banner = page.getByTestId("as-of-banner");
    expect(await banner.textContent()).toContain("Đang xem cơ cấu tổ chức tại ngày 01/01/2010");
    expect(await page.getByTestId("as-of-date").inputValue()).toBe("01/01/2010");
    await page.getByTestId("as-of-today").click();
    await banner.waitFor({ state: "detached" });
    expect(new URL(page.url()).searchParams.get("asOf")).toBeNull();
    await context.close();
  });

  it("adds a cell, renames it and dissolves it after confirming", async () => {
    const { page, context } = await browser.page();
    const name = `Chi bộ Kiểm thử ${Date.now() % 100_000}`;
    await signIn(page, "admin");
    await openUnit(page, "so tai chinh", "Đảng bộ Sở Tài chính");

    await page.getByTestId("unit-action-createChild").click();
    await dialog(page).getByLabel("Tên tổ chức").fill(name);
    await dialog(page).getByLabel("Loại tổ chức").click();
    await page.locator(".ant-select-dropdown:visible").getByText("Chi bộ trực thuộc").click();
    // Enter in the date box only accepts the date; the form is sent once the decision number is filled in too.
    await dialog(page).getByLabel("Ngày thành lập").fill("01/01/2024");
    await dialog(page).getByLabel("Ngày thành lập").press("Enter");
    await page.waitForTimeout(500);
    expect(await dialog(page).isVisible()).toBe(true);
    expect(await dialog(page).getByLabel("Ngày thành lập").inputValue()).toBe("01/01/2024");
    await dialog(page).getByLabel("Số quyết định").fill("12-QĐ/ĐUK");
    await dialog(page).getByLabel("Số quyết định").press("Enter");
    await expectMessage(page, "Đã thêm tổ chức trực thuộc.");
    await page.getByTestId("unit-children").getByText(name).click();
    await page.getByTestId("unit-title").filter({ hasText: name }).waitFor();
    await page.getByRole("tab", { name: "Lịch sử thay đổi" }).click();
    expect(await page.getByTestId("unit-event").first().textContent()).toContain("Quyết định số 12-QĐ/ĐUK");

    await page.getByTestId("unit-action-rename").click();
    await dialog(page).getByLabel("Tên mới").fill(`${name} (mới)`);
    await dialog(page).getByLabel("Tên mới").press("Enter");
    await expectMessage(page, "Đã đổi tên tổ chức.");
    await page
      .getByTestId("unit-title")
      .filter({ hasText: `${name} (mới)` })
      .waitFor();

    await page.getByTestId("unit-action-dissolve").click();
    await dialog(page).getByRole("button", { name: "Giải thể" }).click();
    const confirm = page.locator(".ant-modal-confirm");
    expect(await confirm.textContent()).toContain("Bạn chắc chắn muốn giải thể?");
    await confirm.getByRole("button", { name: "Giải thể" }).click();
    await expectMessage(page, "Đã giải thể tổ chức.");
    await page.getByTestId("unit-dissolved").waitFor();
    expect(await page.getByTestId("unit-actions").count()).toBe(0);
    await context.close();
  });

  it("shows the server's Vietnamese message when a rename changes nothing", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "admin");
    await openUnit(page, "so tai chinh", "Đảng bộ Sở Tài chính");
    await page.getByTestId("unit-action-rename").click();
    await dialog(page).getByLabel("Tên mới").press("Enter");
    expect(await dialog(page).getByTestId("form-error").textContent()).toContain("Không có thay đổi nào");
    await context.close();
  });

  it("gives a cell secretary only the actions the server allows", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "chibo");
    await page.getByTestId("unit-title").waitFor();
    expect(await page.getByTestId("unit-actions").textContent()).toBe("Đổi tên");
    expect(await page.getByTestId("main-menu").textContent()).not.toContain("Người dùng");
    await context.close();
  });
});
