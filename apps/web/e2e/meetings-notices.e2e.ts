import dayjs from "dayjs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, password, shot, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();

async function expectMessage(page: Page, text: string) {
  await page.locator(".ant-message").getByText(text).last().waitFor({ timeout: 10_000 });
}

/** A call to the API as the signed-in desk user (for what the journey does not show: setting up a meeting). */
function deskApi(page: Page) {
  return (method: string, url: string, body?: unknown) =>
    page.evaluate(
      async ([m, u, b]) => {
        const me = await (await fetch("/api/me")).json();
        const res = await fetch(u as string, {
          method: m as string,
          headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
          body: b ? JSON.stringify(b) : undefined,
        });
        return res.json();
      },
      [method, url, body] as const,
    );
}

async function openHandbook(page: Page) {
  await page.goto(`${baseUrl}/m`);
  await page.getByTestId("hb-username").fill("dangvien");
  await page.getByTestId("hb-password").fill(password);
  await page.keyboard.press("Enter");
  await page.getByTestId("hb-party-age").waitFor();
}

describe("Anh Hùng tells his cell's members, and gives them tasks", () => {
  const browser = useBrowser();

  it("posts a notice from the meetings page, Bác Tư reads it in his handbook, and it is withdrawn", async () => {
    const desk = await browser.page();
    const page = desk.page;
    await signIn(page, "chibo");
    await page.getByRole("link", { name: "Sinh hoạt chi bộ", exact: true }).click();
    await page.getByRole("tab", { name: "Thông báo", exact: true }).click();
    const title = `Đóng đảng phí quý IV (${Date.now() % 100_000})`;
    await page.getByTestId("post-notice").click();
    await dialog(page).getByText("Chi bộ Văn phòng").first().waitFor();
    await dialog(page).getByLabel("Tiêu đề").fill(title);
    await dialog(page).getByLabel("Nội dung").fill("Các đồng chí nộp đảng phí quý IV trước ngày 30/12.");
    await dialog(page).getByRole("button", { name: "Đăng thông báo" }).click();
    await expectMessage(page, "Đã đăng thông báo.");
    const row = page.getByTestId("notice-row").filter({ hasText: title });
    await row.waitFor();
    // Dated the day it is posted, in Vietnam.
    const [y, m, d] = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10).split("-");
    expect(await row.textContent()).toContain(`${d}/${m}/${y}`);
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await shot(page, "meetings-notices");

    const phone = await browser.page({ width: 390, height: 844 });
    await openHandbook(phone.page);
    await phone.page.getByTestId("hb-notice").filter({ hasText: title }).waitFor();

    await row.getByTestId("withdraw-notice").click();
    await dialog(page).getByRole("button", { name: "Gỡ thông báo" }).click();
    await expectMessage(page, "Đã gỡ thông báo.");
    await row.waitFor({ state: "detached" });
    await phone.page.reload();
    await phone.page.getByTestId("hb-party-age").waitFor();
    expect(await phone.page.getByTestId("hb-notice").filter({ hasText: title }).count()).toBe(0);
    await desk.context.close();
    await phone.context.close();
  });

  it("gives Bác Tư a task in the minutes; his handbook lists it, and the cell's own tasks as the cell's", async () => {
    const desk = await browser.page();
    await signIn(desk.page, "chibo");
    const call = deskApi(desk.page);
    const me = await call("GET", "/api/me");
    const meeting = await call("POST", "/api/meetings", {
      orgUnitId: me.grants[0].orgUnitId,
      kind: "regular",
      topic: "Sinh hoạt giao việc",
      scheduledAt: dayjs().hour(7).minute(0).toISOString(),
    });
    const tu = meeting.roster.find((r: { fullName: string }) => r.fullName === "Hoàng Văn Tư");
    const tag = Date.now() % 100_000;
    const saved = await call("PUT", `/api/meetings/${meeting.id}/minutes`, {
      version: meeting.version,
      chairName: "Lê Văn Hùng",
      secretaryName: "Trần Thị Thu Hà",
      resolutions: [
        {
          title: `Viết bài về gương người tốt (${tag})`,
          ownerMemberId: tu.memberId,
          dueOn: dayjs().add(10, "day").format("YYYY-MM-DD"),
        },
        { title: `Dọn vệ sinh khu phố (${tag})`, dueOn: dayjs().add(12, "day").format("YYYY-MM-DD") },
      ],
    });
    expect(saved.id).toBe(meeting.id);

    const phone = await browser.page({ width: 390, height: 844 });
    await openHandbook(phone.page);
    const own = phone.page.getByTestId("hb-task").filter({ hasText: `Viết bài về gương người tốt (${tag})` });
    await own.waitFor();
    const shared = phone.page.getByTestId("hb-task").filter({ hasText: `Dọn vệ sinh khu phố (${tag})` });
    expect(await shared.textContent()).toContain("Việc chung của chi bộ");
    expect(await own.textContent()).not.toContain("Việc chung của chi bộ");
    await own.scrollIntoViewIfNeeded();
    await shot(phone.page, "handbook-tasks");
    await desk.context.close();
    await phone.context.close();
  });
});

describe("On Anh Hùng's phone", () => {
  const browser = useBrowser();
  const phone = { width: 390, height: 844 };
  const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it("the notices and the minutes with a vote's verdict fit the screen", async () => {
    const { page, context } = await browser.page(phone);
    await signIn(page, "chibo");
    await page.goto(`${baseUrl}/meetings?tab=notices`);
    await page.getByTestId("notices").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await width(page)).toBe(phone.width);
    await shot(page, "phone-notices");

    const call = deskApi(page);
    const me = await call("GET", "/api/me");
    const meeting = await call("POST", "/api/meetings", {
      orgUnitId: me.grants[0].orgUnitId,
      kind: "regular",
      topic: "Sinh hoạt xét kết nạp",
      scheduledAt: dayjs().hour(7).minute(0).toISOString(),
    });
    const entries = meeting.roster.map((r: { memberId: string }) => ({ memberId: r.memberId, status: "present" }));
    const held = await call("PUT", `/api/meetings/${meeting.id}/attendance`, { entries });
    await call("PUT", `/api/meetings/${meeting.id}/minutes`, {
      version: held.version,
      chairName: "Lê Văn Hùng",
      secretaryName: "Trần Thị Thu Hà",
      // All but one of the full members present vote in favour: more than two thirds of the base.
      votes: [
        {
          subject: "Kết nạp quần chúng Nguyễn Văn Mới",
          kind: "admission",
          forCount: held.voting.voters - 1,
          againstCount: 1,
          abstainCount: 0,
        },
      ],
    });
    await page.goto(`${baseUrl}/meetings/${meeting.id}`);
    await page.getByRole("tab", { name: "Biên bản", exact: true }).click();
    await page.getByTestId("vote-verdict").waitFor();
    expect(await page.getByTestId("vote-verdict").textContent()).toMatch(
      new RegExp(`^Thông qua: tán thành ${held.voting.voters - 1}/`),
    );
    expect(await width(page)).toBe(phone.width);
    await page.getByTestId("vote-base").scrollIntoViewIfNeeded();
    await shot(page, "phone-minutes-votes");
    await context.close();
  });
});

describe("The base committee's staff set the place their documents are dated from", () => {
  const browser = useBrowser();

  it("writes Bình Sơn as the place name on the unit page", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "coso");
    await page.getByTestId("unit-panel").waitFor();
    await page.getByTestId("edit-locality").click();
    await dialog(page).getByLabel("Địa danh ghi trên văn bản").fill("Bình Sơn");
    await dialog(page).getByRole("button", { name: "Lưu" }).click();
    await expectMessage(page, "Đã lưu địa danh.");
    await expect.poll(() => page.getByTestId("unit-locality").textContent()).toBe("Bình Sơn");
    await shot(page, "unit-locality");
    await context.close();
  });
});
