import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, shot, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();
const dropdown = (page: Page) => page.locator(".ant-select-dropdown:visible").last();

async function expectMessage(page: Page, text: string) {
  await page.locator(".ant-message").getByText(text).last().waitFor({ timeout: 10_000 });
}

async function pickUnit(page: Page, search: string, name: string) {
  await dialog(page).getByTestId("grant-unit-picker").click();
  await page.keyboard.type(search);
  await dropdown(page).locator(".ant-select-tree-treenode").filter({ hasText: name }).first().click();
}

describe("The committee office manages users and their access", () => {
  const browser = useBrowser();

  it("creates a user, disables them, grants and revokes a role", async () => {
    const { page, context } = await browser.page();
    const username = `kiem.thu${Date.now() % 100_000}`;
    await signIn(page, "admin");
    await page.getByRole("link", { name: "Người dùng & phân quyền" }).click();

    await page.getByTestId("create-user").click();
    await dialog(page).getByLabel("Tên đăng nhập").fill(username);
    await dialog(page).getByLabel("Họ và tên").fill("Đỗ Thị Kiểm");
    await dialog(page).getByLabel("Mật khẩu").fill("ngan");
    await dialog(page).getByLabel("Mật khẩu").press("Enter");
    await dialog(page).getByText("Mật khẩu phải có ít nhất 8 ký tự").waitFor();
    await dialog(page).getByLabel("Mật khẩu").fill("mat-khau-du-dai");
    await pickUnit(page, "so tai chinh", "Đảng bộ Sở Tài chính");
    await dialog(page).getByRole("button", { name: "Lưu" }).click();
    await expectMessage(page, "Đã tạo người dùng.");

    await page.getByTestId("users-search").fill(username);
    const row = page.getByRole("row", { name: new RegExp(username) });
    expect(await row.getByTestId("user-grant").textContent()).toBe("Đảng viên tại Đảng bộ Sở Tài chính");
    expect(await page.getByTestId("users-table").getByRole("columnheader").allInnerTexts()).toContain(
      "Vai trò tại tổ chức",
    );

    await row.getByTestId("edit-user").click();
    await dialog(page).getByLabel("Cho phép đăng nhập").click();
    await dialog(page).getByRole("button", { name: "Lưu" }).click();
    await expectMessage(page, "Đã lưu thay đổi.");
    await row.getByText("Đã khóa").waitFor();

    await row.getByTestId("add-grant").click();
    await dialog(page).getByLabel("Vai trò").click();
    await dropdown(page).getByText("Bí thư chi bộ").click();
    await pickUnit(page, "chi bo van phong", "Chi bộ Văn phòng");
    await dialog(page).getByRole("button", { name: "Lưu" }).click();
    await expectMessage(page, "Đã cấp quyền.");
    await row.getByTestId("user-grant").nth(1).waitFor();
    await shot(page, "users-with-grants");

    await row.getByTestId("user-grant").nth(1).locator(".ant-tag-close-icon").click();
    await page.locator(".ant-modal-confirm").getByRole("button", { name: "Thu hồi quyền" }).click();
    await expectMessage(page, "Đã thu hồi quyền.");
    await row.getByTestId("user-grant").nth(1).waitFor({ state: "detached" });
    await context.close();
  });

  it("opens dialogs at once for a person whose system asks for less motion, and animated otherwise", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "admin");
    await page.getByRole("link", { name: "Người dùng & phân quyền" }).click();
    // Counts the dialogs' zoom and fade animations that start on the page (a loading spinner turns either way).
    const countAnimations = () =>
      page.evaluate(() => {
        const w = window as unknown as { started: number };
        w.started = 0;
        document.addEventListener(
          "animationstart",
          (event) => {
            if (/Zoom|Fade/.test(event.animationName)) w.started++;
          },
          true,
        );
      });
    const started = () => page.evaluate(() => (window as unknown as { started: number }).started);
    const openDialog = async () => {
      await page.getByTestId("create-user").click();
      await dialog(page).getByLabel("Tên đăng nhập").waitFor();
      await page.waitForTimeout(300);
    };
    await countAnimations();
    // The journeys' browsers ask for reduced motion (browser.ts): the dialog opens with nothing moving.
    await openDialog();
    expect(await started()).toBe(0);
    await dialog(page).getByRole("button", { name: "Hủy" }).click();
    await dialog(page).waitFor({ state: "hidden" });
    // The setting changes while the page is open: the app follows it, and the dialog zooms in again.
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await openDialog();
    expect(await started()).toBeGreaterThan(0);
    await context.close();
  });

  it("keeps the users page away from a plain member", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "dangvien");
    expect(await page.getByTestId("main-menu").textContent()).not.toContain("Người dùng");
    await page.goto(`${baseUrl}/users`);
    await page.getByText("Bạn không có quyền xem trang này.").waitFor();
    await context.close();
  });
});
