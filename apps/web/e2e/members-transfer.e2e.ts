import dayjs from "dayjs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiFromPage, password, shot, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();
const dropdown = (page: Page) => page.locator(".ant-select-dropdown:visible").last();

async function expectMessage(page: Page, text: string) {
  await page.locator(".ant-message").getByText(text).last().waitFor({ timeout: 10_000 });
}

interface Unit {
  id: string;
  name: string;
  type: string;
  parentId: string | null;
}

/** Plans a meeting of a cell for today at 07:30 through the API and opens its attendance. */
async function openTodaysMeeting(page: Page, orgUnitId: string, topic: string) {
  const meeting = await apiFromPage<{ id: string }>(page, "POST", "/api/meetings", {
    orgUnitId,
    kind: "regular",
    topic,
    scheduledAt: `${dayjs().format("YYYY-MM-DD")}T07:30:00+07:00`,
    place: "Phòng họp",
  });
  await page.goto(`${new URL(page.url()).origin}/meetings/${meeting.id}`);
  await page.getByRole("tab", { name: "Điểm danh", exact: true }).click();
  await page.getByTestId("roster-row").first().waitFor();
}

describe("A member goes to another cell for a few months (temporary transfer, issue 8 item 6)", () => {
  const browser = useBrowser();

  it("is sent by the base committee, received by the other cell from its reminders, and attends there uncounted", async () => {
    const suffix = String(Date.now() % 100_000);
    const office = await browser.page({ width: 1440, height: 900 });
    await signIn(office.page, "coso");
    const units = await apiFromPage<Unit[]>(office.page, "GET", "/api/org-units");
    const home = units.find((u) => u.name === "Chi bộ Văn phòng" && u.type === "cell") as Unit;
    const host = units.find((u) => u.parentId === home.parentId && u.type === "cell" && u.id !== home.id) as Unit;
    const list = await apiFromPage<{ items: { id: string; fullName: string; temporaryElsewhere: boolean }[] }>(
      office.page,
      "GET",
      `/api/members?orgUnitId=${home.id}&status=full&pageSize=100`,
    );
    const candidates = list.items.filter(
      (m) => !m.temporaryElsewhere && !["Lê Văn Hùng", "Hoàng Văn Tư"].includes(m.fullName),
    );
    const chosen = candidates.at(-1) as { id: string; fullName: string };
    const receiver = `bithu.nhan${suffix}`;
    await apiFromPage(office.page, "POST", "/api/users", {
      username: receiver,
      displayName: `Bí thư ${host.name}`,
      password,
      role: "cell_secretary",
      orgUnitId: host.id,
    });

    // The base committee records the temporary transfer: a stay of one month is refused, six months accepted.
    await office.page.goto(`${new URL(office.page.url()).origin}/members/${chosen.id}`);
    await office.page.getByTestId("member-title").filter({ hasText: chosen.fullName }).waitFor();
    await office.page.getByTestId("record-event").click();
    await dialog(office.page).getByTestId("event-kind-select").click();
    await dropdown(office.page)
      .locator(".ant-select-item-option")
      .filter({ hasText: "Chuyển sinh hoạt đảng" })
      .first()
      .click();
    await dialog(office.page).getByText("Chuyển tạm thời", { exact: true }).click();
    await dialog(office.page).getByText("Đi học tập trung trong nước", { exact: true }).click();
    await dialog(office.page).getByTestId("transfer-unit-picker").click();
    await office.page.keyboard.type(host.name);
    await dropdown(office.page).locator(".ant-select-tree-treenode").filter({ hasText: host.name }).first().click();
    await dialog(office.page).getByLabel("Số giấy giới thiệu").fill(`${suffix}-GGT/ĐU`);
    const returnBox = dialog(office.page).getByLabel("Dự kiến trở về");
    await returnBox.fill(dayjs().add(1, "month").format("DD/MM/YYYY"));
    await dialog(office.page).getByLabel("Số giấy giới thiệu").click();
    await shot(office.page, "transfer-temporary-form");
    await dialog(office.page).getByRole("button", { name: "Ghi sự kiện" }).click();
    const fieldError = dialog(office.page).locator(".ant-form-item-explain-error").first();
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toContain("từ 3 tháng trở lên");
    await returnBox.fill(dayjs().add(6, "month").format("DD/MM/YYYY"));
    await dialog(office.page).getByLabel("Số giấy giới thiệu").click();
    await dialog(office.page).getByRole("button", { name: "Ghi sự kiện" }).click();
    await expectMessage(office.page, "Đã ghi: Chuyển sinh hoạt đảng.");
    await office.page
      .getByTestId("member-warning")
      .filter({ hasText: `tạm thời đến ${host.name}` })
      .waitFor();
    await office.context.close();

    // The receiving secretary finds her in the reminders and records the reception himself.
    const desk = await browser.page({ width: 1440, height: 900 });
    await signIn(desk.page, receiver);
    await desk.page.getByRole("link", { name: "Nhắc việc" }).click();
    const incoming = desk.page.locator(
      `[data-testid=reminder-item][data-kind=transfer_incoming][data-member-id="${chosen.id}"]`,
    );
    await incoming.waitFor();
    expect(await incoming.textContent()).toContain("tạm thời");
    await shot(desk.page, "transfer-incoming-reminder");
    await incoming.getByRole("link", { name: "Xem hồ sơ" }).click();
    await desk.page.getByTestId("member-title").filter({ hasText: chosen.fullName }).waitFor();
    await desk.page.getByTestId("member-warning").filter({ hasText: "bấm “Tiếp nhận”" }).waitFor();
    expect(await desk.page.getByTestId("record-event").count()).toBe(0);
    expect(await desk.page.getByTestId("edit-member").count()).toBe(0);
    await shot(desk.page, "transfer-receive-profile");
    await desk.page.getByTestId("receive-transfer").click();
    await dialog(desk.page).getByLabel("Ngày tiếp nhận").waitFor();
    await dialog(desk.page).getByRole("button", { name: "Ghi sự kiện" }).click();
    await expectMessage(desk.page, "Đã ghi: Tiếp nhận chuyển sinh hoạt.");
    await desk.page
      .getByTestId("member-warning")
      .filter({ hasText: `Đang sinh hoạt tạm thời tại: ${host.name}` })
      .waitFor();
    expect(await desk.page.getByTestId("receive-transfer").count()).toBe(0);

    // At the host cell's meeting she is on the roster as temporary: marked present, not in the rate nor the vote.
    await openTodaysMeeting(desk.page, host.id, `Sinh hoạt thường kỳ ${suffix}`);
    const row = desk.page.locator(`[data-testid=roster-row][data-member-id="${chosen.id}"]`);
    await row.getByTestId("roster-temporary").waitFor();
    expect(await row.textContent()).toContain("không biểu quyết");
    expect(await desk.page.getByTestId("attendance-temporary").textContent()).toContain("1 đồng chí nơi khác");
    await shot(desk.page, "transfer-host-roster");
    const phone = await browser.page({ width: 390, height: 844 });
    await signIn(phone.page, receiver);
    await phone.page.goto(desk.page.url());
    await phone.page.getByRole("tab", { name: "Điểm danh", exact: true }).click();
    await phone.page
      .locator(`[data-testid=roster-row][data-member-id="${chosen.id}"]`)
      .getByTestId("roster-temporary")
      .waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(phone.page, "transfer-host-roster-phone");
    await phone.context.close();
    await desk.context.close();

    // Her own cell no longer marks her; it says one of its members is away.
    const secretary = await browser.page({ width: 1440, height: 900 });
    await signIn(secretary.page, "chibo");
    await openTodaysMeeting(secretary.page, home.id, `Sinh hoạt chi bộ ${suffix}`);
    expect(await secretary.page.locator(`[data-testid=roster-row][data-member-id="${chosen.id}"]`).count()).toBe(0);
    expect(await secretary.page.getByTestId("attendance-temporary").textContent()).toContain(
      "đang sinh hoạt tạm thời nơi khác",
    );
    await shot(secretary.page, "transfer-home-roster");
    await secretary.context.close();
  });

  it("on a slow network, the transfer form still offers the cells of the tree that arrives after it opened", async () => {
    const office = await browser.page({ width: 1440, height: 900 });
    await signIn(office.page, "coso");
    const units = await apiFromPage<Unit[]>(office.page, "GET", "/api/org-units");
    const home = units.find((u) => u.name === "Chi bộ Văn phòng" && u.type === "cell") as Unit;
    const list = await apiFromPage<{ items: { id: string; fullName: string }[] }>(
      office.page,
      "GET",
      `/api/members?orgUnitId=${home.id}&status=full&pageSize=5`,
    );
    const member = list.items.at(-1) as { id: string; fullName: string };
    // The tree takes three seconds to come; the secretary opens the form at once.
    await office.page.route("**/api/org-units**", async (route) => {
      await new Promise((r) => setTimeout(r, 3000));
      await route.continue();
    });
    await office.page.goto(`${new URL(office.page.url()).origin}/members/${member.id}`);
    await office.page.getByTestId("member-title").filter({ hasText: member.fullName }).waitFor();
    await office.page.getByTestId("record-event").click();
    await dialog(office.page).getByTestId("event-kind-select").click();
    const option = dropdown(office.page)
      .locator(".ant-select-item-option")
      .filter({ hasText: "Chuyển sinh hoạt đảng" })
      .first();
    await option.waitFor();
    await office.page.waitForTimeout(300); // the list's opening animation
    await option.click();
    await dialog(office.page).getByText("Hình thức").waitFor();
    await dialog(office.page).getByTestId("transfer-unit-picker").waitFor({ timeout: 8000 });
    await office.page.waitForTimeout(3500);
    expect(await dialog(office.page).getByTestId("transfer-unit-picker").isVisible()).toBe(true);
    expect(await dialog(office.page).getByLabel("Chi bộ trong hệ thống").isChecked()).toBe(true);
    await office.context.close();
  });
});
