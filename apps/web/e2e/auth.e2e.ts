import { describe, expect, it } from "vitest";
import { baseUrl, password, shot, signIn, useBrowser } from "./browser";

describe("Signing in and out", () => {
  const browser = useBrowser();

  it("shows the server's Vietnamese message for a wrong password", async () => {
    const { page, context } = await browser.page();
    await page.goto(`${baseUrl}/org`);
    await page.waitForURL(/\/login\?next=/);
    await shot(page, "login");
    await page.getByLabel("Tên đăng nhập").fill("admin");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
    await page.keyboard.press("Enter");
    expect(await page.getByTestId("login-error").textContent()).toContain("Tên đăng nhập hoặc mật khẩu không đúng");
    await page.getByLabel("Mật khẩu").fill(password);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/org/);
    expect(await page.getByTestId("user-display-name").textContent()).toBe("Nguyễn Thị Lan");
    await context.close();
  });

  it("opens the sign-in page without asking the server who is signed in, and without a console error", async () => {
    const { page, context } = await browser.page();
    const errors: string[] = [];
    const asked: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/me") asked.push(r.url());
    });
    await page.goto(`${baseUrl}/org`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel("Tên đăng nhập").waitFor();
    expect({ errors, asked }).toEqual({ errors: [], asked: [] });
    // Signed in, a reload asks again and stays on the page; signed out, nothing is asked any more.
    await signIn(page, "coso");
    await page.reload();
    await page.getByTestId("user-display-name").filter({ hasText: "Phạm Văn Hòa" }).waitFor();
    expect(asked.length).toBe(1);
    await page.getByTestId("logout").click();
    await page.waitForURL(/\/login/);
    await page.goto(`${baseUrl}/members`);
    await page.waitForURL(/\/login\?next=/);
    expect({ errors, asked: asked.length }).toEqual({ errors: [], asked: 1 });
    await context.close();
  });

  it("signs out and keeps the pages closed afterwards", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "coso");
    await page.getByTestId("logout").click();
    await page.waitForURL(/\/login/);
    await page.goto(`${baseUrl}/org`);
    await page.waitForURL(/\/login\?next=/);
    await context.close();
  });

  it("lets a second tab of the same session write without signing in again", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "admin");
    const other = await context.newPage();
    await other.goto(`${baseUrl}/org`);
    await other.getByTestId("unit-title").waitFor();
    await other.getByTestId("unit-action-rename").click();
    await other.getByRole("dialog").getByLabel("Tên mới").press("Enter");
    // The write reached the rules (nothing changed), so the CSRF check passed in the new tab.
    expect(await other.getByRole("dialog").getByTestId("form-error").textContent()).toContain("Không có thay đổi nào");
    expect(new URL(other.url()).pathname).not.toBe("/login");
    await context.close();
  });
});
