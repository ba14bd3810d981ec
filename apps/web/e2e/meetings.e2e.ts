import dayjs from "dayjs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { shot, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();

/** Waits for the message; an error message shown instead fails the journey with its text (a 409 or 422 says why). */
async function expectMessage(page: Page, text: string) {
  const success = page.locator(".ant-message").getByText(text).last();
  const error = page.locator(".ant-message-error").last();
  await success.or(error).waitFor({ timeout: 10_000 });
  if (await error.isVisible()) expect(await error.textContent()).toBe(text);
}

async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name, exact: true }).click();
}

/** Plans a meeting of Chi bộ Văn phòng through the form and opens it. */
async function planMeeting(page: Page, topic: string, when: dayjs.Dayjs) {
  await page.getByTestId("plan-meeting").click();
  await dialog(page).getByText("Chi bộ Văn phòng").first().waitFor();
  await dialog(page).getByLabel("Nội dung / chủ đề").fill(topic);
  await dialog(page).getByLabel("Địa điểm").fill("Phòng họp tầng 2");
  await dialog(page).getByLabel("Thời gian").fill(when.format("DD/MM/YYYY HH:mm"));
  // The picker's panel covers the fields below it; a click above closes it and keeps the typed time.
  await dialog(page).getByLabel("Nội dung / chủ đề").click();
  await dialog(page).getByRole("button", { name: "Lưu" }).click();
  await expectMessage(page, "Đã lên kế hoạch cuộc họp.");
  await page.waitForURL(/\/meetings\/[0-9a-f-]+$/);
  await expect.poll(() => page.getByTestId("meeting-title").textContent()).toBe(topic);
}

/** The numbers of a text such as "Có mặt 5/7 …". */
const numbers = (text: string | null) => (text ?? "").match(/\d+/g)?.map(Number) ?? [];

describe("Anh Hùng, secretary of Chi bộ Văn phòng, prepares next month's meeting and holds today's", () => {
  const browser = useBrowser();

  it("issues next month's invitation with its number, and cannot hold that meeting before its day", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "chibo");
    await page.getByRole("link", { name: "Sinh hoạt chi bộ", exact: true }).click();
    await page.getByTestId("meeting-total").waitFor();
    const when = dayjs().add(1, "month").date(5).hour(7).minute(30);
    await planMeeting(page, `Sinh hoạt thường kỳ tháng ${when.format("MM/YYYY")} ${Date.now() % 100_000}`, when);

    // Before its day the meeting is only prepared: no attendance, code, minutes, score or closing is offered.
    const notYet = page.getByTestId("meeting-not-yet");
    await notYet.waitFor();
    expect(await notYet.textContent()).toContain(when.format("DD/MM/YYYY"));
    expect(await page.getByTestId("close-meeting").count()).toBe(0);
    expect(await page.getByRole("tab", { name: "Mã điểm danh", exact: true }).count()).toBe(0);
    await openTab(page, "Điểm danh");
    await page.getByTestId("roster-row").first().waitFor();
    expect(await page.getByTestId("save-attendance").count()).toBe(0);
    await openTab(page, "Biên bản");
    expect(await page.getByTestId("save-minutes").count()).toBe(0);
    await openTab(page, "Chấm điểm");
    expect(await page.getByTestId("save-score").count()).toBe(0);

    // The invitation takes the next number of the cell's register; downloaded, it carries it.
    expect(await page.getByTestId("invitation-number").count()).toBe(0);
    await page.getByTestId("issue-invitation").click();
    await dialog(page).getByRole("button", { name: "Cấp số và phát hành" }).click();
    await expectMessage(page, "Đã cấp số giấy mời.");
    const number = page.getByTestId("invitation-number");
    await number.waitFor();
    expect(await number.textContent()).toMatch(/Số \d{2,}-GM\/CB/);
    await shot(page, "meeting-future");
    const [invitation] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-invitation").click(),
    ]);
    expect(invitation.suggestedFilename()).toMatch(/^giay-moi-.*\.docx$/);
    await context.close();
  });

  it("marks attendance with the counts following the ticks, scores with the attendance points filled in, votes with a verdict, gives a task to a member and closes", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "chibo");
    await page.getByRole("link", { name: "Sinh hoạt chi bộ", exact: true }).click();
    await page.getByTestId("meeting-total").waitFor();
    const when = dayjs().hour(7).minute(30);
    const topic = `Sinh hoạt thường kỳ ngày ${when.format("DD/MM/YYYY")} ${Date.now() % 100_000}`;
    await planMeeting(page, topic, when);
    expect(await page.getByTestId("meeting-not-yet").count()).toBe(0);

    await openTab(page, "Điểm danh");
    const rows = page.getByTestId("roster-row");
    await rows.first().waitFor();
    const total = await rows.count();
    expect(total).toBeGreaterThan(1);
    const counts = page.getByTestId("attendance-counts");
    expect(numbers(await counts.textContent()).slice(2, 3)).toEqual([0]);
    // The counts follow the ticks before anything is saved.
    const absent = rows.filter({ hasNotText: "không tính vào tỷ lệ" }).first();
    await absent.getByText("Vắng có lý do", { exact: true }).click();
    await absent.getByTestId("attendance-reason").fill("Đi công tác");
    await expect.poll(() => counts.textContent()).toContain("vắng có lý do 1");
    await page.getByTestId("mark-rest-present").click();
    expect(await page.getByLabel("Có mặt").and(page.locator(":checked")).count()).toBe(total - 1);
    await expect.poll(async () => numbers(await counts.textContent())[2]).toBeGreaterThan(0);
    const [, , present, counted] = numbers(await counts.textContent());
    const rate = Math.round(((present as number) / (counted as number)) * 1000) / 10;
    expect(await page.getByTestId("attendance-rate").textContent()).toBe(`${rate.toLocaleString("vi")}%`);
    await shot(page, "meeting-attendance-live");
    await page.getByTestId("save-attendance").click();
    await expectMessage(page, "Đã lưu điểm danh.");
    await page.locator("[data-testid=meeting-page][data-status=held]").waitFor();

    // The score's attendance criterion is filled in from the attendance: its share of the 20 points.
    await openTab(page, "Chấm điểm");
    const attendancePoints = page.getByLabel("Tỷ lệ đảng viên dự sinh hoạt");
    await expect.poll(() => attendancePoints.inputValue()).toBe(String(Math.floor((rate * 20) / 100 + 1e-9)));
    await page.getByLabel("Chuẩn bị sinh hoạt").fill("14");
    await page.getByLabel("Tổ chức, tiến hành sinh hoạt").fill("42");
    await page.getByLabel("Kết thúc sinh hoạt").fill("18");
    await page.getByTestId("save-score").click();
    await expectMessage(page, "Đã lưu điểm.");

    // The minutes: the chair is the cell's bí thư from its positions, the end time is written, a vote gives its verdict.
    await openTab(page, "Biên bản");
    expect(await page.getByLabel("Chủ trì").inputValue()).not.toBe("");
    await page.getByLabel("Chủ trì").fill("Lê Văn Hùng");
    await page.getByLabel("Thư ký").fill("Trần Thị Thu Hà");
    // Three hours after the start, written in Vietnam time (the browser here may run on another zone).
    await page.getByLabel("Giờ kết thúc").fill(new Date(when.valueOf() + 10 * 3600_000).toISOString().slice(11, 16));
    await page.getByLabel("Ý kiến thảo luận").fill("Các đồng chí thảo luận kế hoạch công tác tháng tới.");
    await page.getByLabel("Kết luận").fill("Chi bộ thống nhất kế hoạch.");
    await page.getByTestId("add-vote").click();
    await page.getByLabel("Nội dung biểu quyết").fill("Đề nghị kết nạp quần chúng Nguyễn Văn Mới");
    await page.getByTestId("vote-kind").click();
    await page.locator(".ant-select-dropdown:visible").getByText("Kết nạp đảng viên", { exact: true }).click();
    await page.getByLabel("Tán thành", { exact: true }).fill("1");
    await page.getByTestId("add-resolution").click();
    await page.getByLabel("Công việc", { exact: true }).fill("Hoàn thành báo cáo quý");
    // The owner is picked from the cell's roster, found by typing part of the name (accents optional).
    await page.getByTestId("resolution-owner").click();
    await page.keyboard.type("hoang van tu");
    await page.locator(".ant-select-dropdown:visible").getByText("Hoàng Văn Tư", { exact: true }).click();
    await page.getByLabel("Thời hạn").fill(when.add(15, "day").format("DD/MM/YYYY"));
    await page.getByLabel("Kết luận").click();
    await page.getByTestId("save-minutes").click();
    await expectMessage(page, "Đã lưu biên bản.");
    const verdict = page.getByTestId("vote-verdict");
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/Không thông qua: tán thành 1\/\d+, cần ít nhất \d+ \(2\/3\)/);
    await page.getByTestId("vote-base").waitFor();
    await page.getByTestId("task-row").filter({ hasText: "Hoàn thành báo cáo quý — Hoàng Văn Tư" }).waitFor();
    await shot(page, "meeting-minutes-verdict");

    await page.getByTestId("close-meeting").click();
    await dialog(page).getByRole("button", { name: "Kết thúc cuộc họp" }).click();
    await expectMessage(page, "Đã kết thúc cuộc họp.");
    await page.locator("[data-testid=meeting-page][data-status=closed]").waitFor();
    await page.getByTestId("meeting-read-only").waitFor();
    expect(await page.getByTestId("close-meeting").count()).toBe(0);
    expect(await page.getByTestId("save-score").count()).toBe(0);
    await openTab(page, "Điểm danh");
    expect(await page.getByTestId("save-attendance").count()).toBe(0);
    await openTab(page, "Biên bản");
    expect(await page.getByLabel("Chủ trì").isDisabled()).toBe(true);
    await shot(page, "meeting-closed");
    const [minutes] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-minutes").click()]);
    expect(minutes.suggestedFilename()).toMatch(/\.docx$/);

    // A correction: reopened with a reason, the minutes can be saved again, and it is closed once more.
    await page.getByTestId("reopen-meeting").click();
    await dialog(page).getByLabel("Lý do mở lại").fill("Bổ sung ý kiến thảo luận");
    await dialog(page).getByRole("button", { name: "Mở lại" }).click();
    await expectMessage(page, "Đã mở lại cuộc họp.");
    await page.locator("[data-testid=meeting-page][data-status=held]").waitFor();
    await page.getByTestId("save-minutes").click();
    await expectMessage(page, "Đã lưu biên bản.");
    await page.getByTestId("close-meeting").click();
    await dialog(page).getByRole("button", { name: "Kết thúc cuộc họp" }).click();
    await page.locator("[data-testid=meeting-page][data-status=closed]").waitFor();
    await context.close();
  });

  it("shows a six-digit check-in code for members to check themselves in", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "chibo");
    await page.getByRole("link", { name: "Sinh hoạt chi bộ", exact: true }).click();
    await page.getByTestId("meeting-total").waitFor();
    await page.locator(".ant-table .ant-spin-spinning").waitFor({ state: "detached" });
    await shot(page, "meetings-list");
    // The code is shown on the meeting's day.
    await planMeeting(page, `Sinh hoạt chuyên đề ${Date.now() % 100_000}`, dayjs().hour(14).minute(0));
    await openTab(page, "Mã điểm danh");
    const code = page.getByTestId("checkin-code");
    await code.waitFor();
    expect(await code.textContent()).toMatch(/^\d{6}$/);
    expect(await page.getByTestId("checkin-countdown").textContent()).toMatch(/Còn hiệu lực \d+ giây/);
    await shot(page, "meeting-checkin");
    await context.close();
  });
});
