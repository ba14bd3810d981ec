import dayjs from "dayjs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, shot, signIn, useBrowser } from "./browser";

const phone = { width: 390, height: 844 };
const dialog = (page: Page) => page.getByRole("dialog").last();

async function expectMessage(page: Page, text: string) {
  await page.locator(".ant-message").getByText(text).last().waitFor({ timeout: 10_000 });
}

async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name, exact: true }).click();
}

/** Waits until the page has settled: no spinner and no skeleton left. */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.locator(".ant-spin-spinning, .ant-skeleton").first().waitFor({ state: "detached" });
}

/**
 * What does not fit the screen: how far the page scrolls sideways, and the buttons whose edge lies outside the
 * window without a box of their own to scroll them into view.
 */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollsInside = (el: Element) => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (/(auto|scroll)/.test(style.overflowX) && up.scrollWidth > up.clientWidth) return true;
      }
      return false;
    };
    const cut = [...document.querySelectorAll("button, a.ant-btn")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1) && !scrollsInside(el);
      })
      .map((el) => el.textContent?.trim() || el.getAttribute("aria-label") || el.tagName);
    return { scrollWidth: document.documentElement.scrollWidth, cut };
  });
}

async function expectFits(page: Page, name: string) {
  const found = await overflow(page);
  expect({ page: name, ...found }).toEqual({ page: name, scrollWidth: phone.width, cut: [] });
}

describe("Anh Hùng, secretary of Chi bộ Văn phòng, runs the meeting on his phone", () => {
  const browser = useBrowser();

  it("finds the menu behind a labelled button, plans the meeting, marks attendance, writes the minutes, scores it and closes it", {
    timeout: 180_000,
  }, async () => {
    const { page, context } = await browser.page(phone);
    page.setDefaultTimeout(60_000);
    await signIn(page, "chibo");
    await page.getByTestId("unit-panel").waitFor();

    // The menu is a drawer opened by a button that says what it is; the page keeps its full width.
    const menuButton = page.getByRole("button", { name: "Mở danh mục" });
    await menuButton.waitFor();
    await expectFits(page, "/org");
    await menuButton.click();
    const drawer = page.getByTestId("menu-drawer");
    const meetings = drawer.getByRole("link", { name: "Sinh hoạt chi bộ", exact: true });
    await meetings.waitFor();
    await page.waitForTimeout(400); // the drawer slides in
    await shot(page, "phone-menu");
    await meetings.click();
    await drawer.waitFor({ state: "hidden" });
    await page.getByTestId("meeting-total").waitFor();
    await settled(page);
    await expectFits(page, "/meetings");
    await shot(page, "phone-meetings");

    // A meeting is held on its day: today's, planned for this morning.
    const when = dayjs().hour(7).minute(30);
    const topic = `Sinh hoạt thường kỳ ${when.format("DD/MM/YYYY")} (điện thoại ${Date.now() % 100_000})`;
    await page.getByTestId("plan-meeting").click();
    await dialog(page).getByText("Chi bộ Văn phòng").first().waitFor();
    const box = await page.locator(".ant-modal:visible").last().boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= phone.width).toBe(true);
    await dialog(page).getByLabel("Nội dung / chủ đề").fill(topic);
    await dialog(page).getByLabel("Địa điểm").fill("Phòng họp tầng 2");
    // On a phone the picker's calendar covers the fields above it; Enter takes the typed time and closes it, and
    // leaves the dialog open.
    await dialog(page).getByLabel("Thời gian").fill(when.format("DD/MM/YYYY HH:mm"));
    await shot(page, "phone-plan-meeting-picker");
    await dialog(page).getByLabel("Thời gian").press("Enter");
    await page.locator(".ant-picker-dropdown:visible").waitFor({ state: "hidden" });
    await shot(page, "phone-plan-meeting");
    await dialog(page).getByRole("button", { name: "Lưu" }).click();
    await expectMessage(page, "Đã lên kế hoạch cuộc họp.");
    await page.waitForURL(/\/meetings\/[0-9a-f-]+$/);
    await expect.poll(() => page.getByTestId("meeting-title").textContent()).toBe(topic);
    await settled(page);
    await expectFits(page, "/meetings/:id");

    // The check-in code is shown on one line, in digits large enough to read across the room.
    await openTab(page, "Mã điểm danh");
    const code = page.getByTestId("checkin-code");
    await code.waitFor();
    expect(await code.textContent()).toMatch(/^\d{6}$/);
    const digits = await code.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { right: rect.right, height: rect.height, font: Number.parseFloat(style.fontSize) };
    });
    expect(digits.font).toBeGreaterThanOrEqual(40);
    expect(digits.height).toBeLessThan(digits.font * 1.6);
    expect(digits.right).toBeLessThanOrEqual(phone.width);
    await shot(page, "phone-checkin");

    await openTab(page, "Điểm danh");
    const rows = page.getByTestId("roster-row");
    await rows.first().waitFor();
    const total = await rows.count();
    const absent = rows.filter({ hasNotText: "không tính vào tỷ lệ" }).first();
    await absent.getByText("Vắng có lý do", { exact: true }).click();
    await absent.getByTestId("attendance-reason").fill("Đi công tác");
    await page.getByTestId("mark-rest-present").click();
    expect(await page.getByLabel("Có mặt").and(page.locator(":checked")).count()).toBe(total - 1);
    await expectFits(page, "attendance");
    await page.getByTestId("save-attendance").click();
    await expectMessage(page, "Đã lưu điểm danh.");
    await page.locator("[data-testid=meeting-page][data-status=held]").waitFor();
    await shot(page, "phone-attendance");

    await openTab(page, "Biên bản");
    await page.getByLabel("Chủ trì").fill("Lê Văn Hùng");
    await page.getByLabel("Thư ký").fill("Trần Thị Thu Hà");
    await page.getByLabel("Ý kiến thảo luận").fill("Các đồng chí góp ý kế hoạch tháng tới.");
    await page.getByLabel("Kết luận").fill("Chi bộ thống nhất kế hoạch.");
    await expectFits(page, "minutes");
    await page.getByTestId("save-minutes").click();
    await expectMessage(page, "Đã lưu biên bản.");
    await shot(page, "phone-minutes");

    await openTab(page, "Chấm điểm");
    await page.getByLabel("Chuẩn bị sinh hoạt").fill("14");
    await page.getByLabel("Tỷ lệ đảng viên dự sinh hoạt").fill("18");
    await page.getByLabel("Tổ chức, tiến hành sinh hoạt").fill("42");
    await page.getByLabel("Kết thúc sinh hoạt").fill("18");
    await expect.poll(() => page.getByTestId("score-total").textContent()).toContain("92/100");
    await expectFits(page, "score");
    await page.getByTestId("save-score").click();
    await expectMessage(page, "Đã lưu điểm.");
    await page.locator("[data-testid=meeting-level][data-level=good]").first().waitFor();
    await shot(page, "phone-score");

    await page.getByTestId("close-meeting").click();
    await dialog(page).getByRole("button", { name: "Kết thúc cuộc họp" }).click();
    await expectMessage(page, "Đã kết thúc cuộc họp.");
    await page.locator("[data-testid=meeting-page][data-status=closed]").waitFor();
    await page.getByTestId("meeting-read-only").waitFor();
    await expectFits(page, "closed meeting");
    await shot(page, "phone-meeting-closed");
    await context.close();
  });
});

describe("Every desk page fits a 390 px phone and still a 1440 px screen", () => {
  const browser = useBrowser();

  /**
   * The main pages of the desk, with a unit, a member and a meeting found through the lists as a person would: every
   * page for the staff of Đảng bộ Sở Tài chính and for a cell's secretary (who meets the refusal of the users and
   * templates pages, which must fit too), and for the committee office the pages only it opens.
   */
  async function mainPages(page: Page, user: string): Promise<[string, string][]> {
    if (user === "admin")
      return [
        ["users", "/users"],
        ["templates", "/settings/scoring-templates"],
      ];
    await page.goto(`${baseUrl}/members`);
    const member = await page.getByTestId("member-row").first().getAttribute("data-member-id");
    await page.goto(`${baseUrl}/meetings`);
    const meeting = await page.getByTestId("meeting-row").first().getAttribute("data-meeting-id");
    await page.goto(`${baseUrl}/org`);
    await page.getByTestId("unit-panel").waitFor();
    const unit = await page.getByTestId("unit-panel").getAttribute("data-unit-id");
    return [
      ["org", "/org"],
      ["unit", `/org/${unit}`],
      ["members", "/members"],
      ["member", `/members/${member}`],
      ["import", "/members/import"],
      ["reminders", "/reminders"],
      ["residence", "/residence"],
      ["meetings", "/meetings"],
      ["meeting", `/meetings/${meeting}`],
      ["users", "/users"],
      ["templates", "/settings/scoring-templates"],
    ];
  }

  for (const user of ["coso", "chibo", "admin"])
    it(`never scrolls sideways at 390 px nor cuts a button off (${user})`, { timeout: 300_000 }, async () => {
      const { page, context } = await browser.page(phone);
      page.setDefaultTimeout(90_000);
      await signIn(page, user);
      for (const [name, path] of await mainPages(page, user)) {
        await page.goto(`${baseUrl}${path}`);
        await settled(page);
        if (user !== "chibo") await shot(page, `phone-${name}`);
        const found = await overflow(page);
        expect({ user, path, ...found }).toEqual({ user, path, scrollWidth: phone.width, cut: [] });
      }
      await context.close();
    });

  for (const user of ["coso", "admin"])
    it(`keeps the side menu and the tables on a 1440 px screen (${user})`, { timeout: 300_000 }, async () => {
      const { page, context } = await browser.page({ width: 1440, height: 900 });
      page.setDefaultTimeout(90_000);
      await signIn(page, user);
      await page.getByTestId("main-menu").waitFor();
      expect(await page.getByRole("button", { name: "Mở danh mục" }).count()).toBe(0);
      for (const [name, path] of await mainPages(page, user)) {
        await page.goto(`${baseUrl}${path}`);
        await settled(page);
        await shot(page, `wide-${name}`);
        expect({ path, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({
          path,
          width: 1440,
        });
        if (path === "/members") await page.getByTestId("member-table").locator("table").waitFor();
      }
      await context.close();
    });
});
