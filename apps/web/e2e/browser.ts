import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, onTestFailed } from "vitest";
import { chromiumArgs } from "./chromium-args";

export const baseUrl = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
export const password = process.env.E2E_PASSWORD ?? "demo12345";
export const shotsDir = path.resolve(import.meta.dirname, "../../../e2e-shots");

/** One headless Debian Chromium per test file, with the flags this closed network needs (stack-notes.md). */
export function useBrowser() {
  const state = {} as { browser: Browser; userDataDir: string };
  beforeAll(async () => {
    state.userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-chromium-"));
    state.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumArgs,
    });
  });
  afterAll(async () => {
    await state.browser?.close();
    fs.rmSync(state.userDataDir, { recursive: true, force: true });
  });
  return {
    /** A fresh browser context (its own cookies) with a page, optionally phone-sized. */
    async page(options: { width?: number; height?: number } = {}): Promise<{ page: Page; context: BrowserContext }> {
      const context = await state.browser.newContext({
        viewport: { width: options.width ?? 1366, height: options.height ?? 860 },
        locale: "vi-VN",
        // The people who use it are in Vietnam: their browsers, like the server's working day, run on UTC+7.
        timezoneId: "Asia/Ho_Chi_Minh",
        // As a person who asked their system for less motion: dialogs, lists and messages open at once (the app
        // follows the setting), so a click never lands on one still fading in or out on a busy machine.
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      // A failed journey leaves a picture of what the page showed, under e2e-shots/failed/.
      onTestFailed(async ({ task }) => {
        const name = task.name.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 80);
        fs.mkdirSync(path.join(shotsDir, "failed"), { recursive: true });
        await page.screenshot({ path: path.join(shotsDir, "failed", `${name}.png`), fullPage: true }).catch(() => {});
      });
      return { page, context };
    },
  };
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, username: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Saves a screenshot under e2e-shots/ for people to look at. */
export async function shot(page: Page, name: string) {
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

/** A JSON request from the signed-in page, with its session cookie and CSRF token, as the app itself sends it. */
export async function apiFromPage<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const headers: Record<string, string> = { "content-type": "application/json" };
      const token = sessionStorage.getItem("dangvu.csrf");
      if (token) headers["x-csrf-token"] = token;
      const response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, url, body },
  );
}
