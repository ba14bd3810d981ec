import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { shot, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();
const dropdown = (page: Page) => page.locator(".ant-select-dropdown:visible").last();

async function expectMessage(page: Page, text: string) {
  await page.locator(".ant-message").getByText(text).last().waitFor({ timeout: 10_000 });
}

/** Waits until no Select's list is open (a closing list is still "visible" while it fades). */
async function listsClosed(page: Page) {
  await page.waitForFunction(
    () => document.querySelectorAll(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").length === 0,
  );
}

/** Picks an option of the dialog's antd Select for the form field `field`: types it, then clicks it in the list. */
async function choose(page: Page, field: string, option: string) {
  await dialog(page).locator(`#${field}`).click();
  await page.keyboard.type(option);
  await dropdown(page).locator(".ant-select-item-option").filter({ hasText: option }).first().click();
  await listsClosed(page);
}

/** The full members of the signed-in secretary's cell, as the form lists them. */
async function fullMembers(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const me = await (await fetch("/api/me")).json();
    const url = `/api/members?orgUnitId=${me.grants[0].orgUnitId}&status=full&pageSize=200`;
    return ((await (await fetch(url)).json()).items as { fullName: string }[]).map((m) => m.fullName);
  });
}

describe("Anh Hùng records who holds his cell's seats", () => {
  const browser = useBrowser();

  it("picks the phó bí thư from the cell's full members, one at a time", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "chibo");
    await page.getByTestId("unit-title").filter({ hasText: "Chi bộ Văn phòng" }).waitFor();
    await page.getByRole("tab", { name: "Nhiệm kỳ & chức vụ" }).click();
    const table = page.getByTestId("positions-table");
    const secretary = table.locator("tr", { hasText: "Bí thư" }).filter({ hasNotText: "Phó Bí thư" });
    expect(await secretary.textContent()).toContain("Lê Văn Hùng");
    const holders = await table.locator("tbody tr td:first-child").allInnerTexts();

    // A second phó bí thư is refused with the rule in words; nothing is written.
    await page.getByTestId("add-position").click();
    await choose(page, "kind", "Phó Bí thư");
    const newcomer = (await fullMembers(page)).find((name) => !holders.includes(name)) as string;
    await choose(page, "memberId", newcomer);
    await shot(page, "committee-add-deputy");
    await dialog(page).getByRole("button", { name: "Lưu" }).click();
    expect(await dialog(page).getByTestId("form-error").textContent()).toContain("Chi bộ chỉ bầu một phó bí thư");
    await dialog(page).getByRole("button", { name: "Hủy" }).click();

    // The old phó's seat ends today; then the new one is recorded from today.
    await table.locator("tr", { hasText: "Phó Bí thư" }).getByTestId("end-position").click();
    await dialog(page).getByRole("button", { name: "Kết thúc" }).click();
    await expectMessage(page, "Đã kết thúc chức vụ.");
    await page.getByTestId("add-position").click();
    await choose(page, "kind", "Phó Bí thư");
    await choose(page, "memberId", newcomer);
    await dialog(page).getByRole("button", { name: "Lưu" }).click();
    await expectMessage(page, "Đã thêm chức vụ.");
    expect(await table.locator("tr", { hasText: "Phó Bí thư" }).textContent()).toContain(newcomer);
    await shot(page, "committee-cell");
    await context.close();
  });
});
