import dayjs from "dayjs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiFromPage, baseUrl, shot, signIn, useBrowser } from "./browser";

// Issue 8 items 1, 2, 5: what a cell secretary meets when he records an admission with its introducers, enters an
// old member from paper, or tries to re-admit someone who left too recently.
const dialog = (page: Page) => page.getByRole("dialog").last();
const dropdown = (page: Page) => page.locator(".ant-select-dropdown:visible").last();
const today = dayjs().format("DD/MM/YYYY");

/** Chooses an option of an antd Select, again if the click landed while the list was still opening. */
async function pick(page: Page, testId: string, label: string) {
  const select = dialog(page).getByTestId(testId);
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    await dropdown(page).locator(".ant-select-item-option").filter({ hasText: label }).first().click();
    if ((await select.textContent())?.includes(label)) return;
  }
  throw new Error(`Could not choose "${label}"`);
}

/** Finds a member in a search picker by typing the name, as a person does, and chooses them. */
async function chooseMember(page: Page, testId: string, name: string) {
  const select = dialog(page).getByTestId(testId);
  await select.click();
  await select.locator("input").pressSequentially(name, { delay: 20 });
  await dropdown(page).locator(".ant-select-item-option").filter({ hasText: name }).first().click();
}

/** Types a date as dd/mm/yyyy into the date box with that label, then leaves it (Enter would send the form). */
async function typeDate(page: Page, scope: ReturnType<typeof dialog>, label: string, value: string) {
  await scope.getByLabel(label, { exact: true }).fill(value);
  await page.keyboard.press("Tab");
}

async function openEventForm(page: Page, memberId: string, kind: string) {
  await page.goto(`${baseUrl}/members/${memberId}`);
  await page.getByTestId("record-event").click();
  await pick(page, "event-kind-select", kind);
}

describe("Anh Hùng records the party's rules as the form asks them", () => {
  const browser = useBrowser();

  it("admits a candidate introduced by a full member and the youth union's resolution, both kept on the timeline", async () => {
    const { page, context } = await browser.page({ width: 1440 });
    await signIn(page, "chibo");
    const full = await apiFromPage<{ items: { fullName: string; orgUnitId: string }[] }>(
      page,
      "GET",
      "/api/members?status=full&pageSize=5",
    );
    const introducer = full.items[0] as { fullName: string; orgUnitId: string };
    const candidate = await apiFromPage<{ id: string }>(page, "POST", "/api/members", {
      fullName: `Đinh Thị Ứng Viên ${Date.now() % 100_000}`,
      sex: "female",
      birthDate: "1996-04-12",
      orgUnitId: introducer.orgUnitId,
      status: "candidate",
      generalEducation: "12/12",
    });
    await apiFromPage(page, "POST", `/api/members/${candidate.id}/events`, {
      kind: "course_completed",
      certificateNo: "152/CN-TTCT",
      completedOn: dayjs().subtract(2, "month").format("YYYY-MM-DD"),
    });

    await openEventForm(page, candidate.id, "Kết nạp");
    await dialog(page).getByLabel("Số quyết định").fill("215-QĐ/ĐU");
    await typeDate(page, dialog(page), "Ngày quyết định", today);
    await chooseMember(page, "introducer-1-picker", introducer.fullName);
    await typeDate(
      page,
      dialog(page).getByTestId("introducer-1"),
      "Cùng công tác, học tập hoặc sinh hoạt từ ngày",
      "01/01/2020",
    );
    await dialog(page).getByRole("button", { name: "Ghi sự kiện" }).click();
    const error = dialog(page).getByTestId("form-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("phải được 2 đảng viên chính thức giới thiệu");
    await error.scrollIntoViewIfNeeded();
    await shot(page, "member-admission-introducers-refused");

    await dialog(page)
      .getByLabel("Số nghị quyết giới thiệu của ban chấp hành đoàn (công đoàn) cơ sở")
      .fill("07-NQ/ĐTN");
    await dialog(page).getByRole("button", { name: "Ghi sự kiện" }).click();
    await page.locator(".ant-message").getByText("Đã ghi: Kết nạp").last().waitFor({ timeout: 10_000 });
    const item = page.locator("[data-testid=timeline-item][data-kind=admission]");
    await item.waitFor();
    expect(await item.textContent()).toContain(`Người giới thiệu: ${introducer.fullName}`);
    expect(await item.textContent()).toContain("nghị quyết giới thiệu của đoàn số 07-NQ/ĐTN");
    expect(await page.getByTestId("member-party-age").textContent()).toContain("Chưa có");
    await shot(page, "member-admitted-timeline");
    await context.close();
  });

  it("enters an old member from paper: the form names what breaks the rules, then accepts it with a reason", async () => {
    const { page, context } = await browser.page({ width: 1440 });
    await signIn(page, "chibo");
    const name = `Cao Văn Hồ Sơ ${Date.now() % 100_000}`;
    await page.getByRole("link", { name: "Đảng viên", exact: true }).click();
    await page.getByTestId("create-member").click();
    const form = dialog(page);
    await form.getByText("Đảng viên chính thức", { exact: true }).click();
    await form.getByLabel("Họ và tên", { exact: true }).fill(name);
    await form.getByText("Nam", { exact: true }).click();
    await typeDate(page, form, "Ngày sinh", "02/02/1948");
    await typeDate(page, form, "Ngày quyết định", "01/05/1968");
    await typeDate(page, form, "Ngày lễ kết nạp", "20/04/1968");
    await typeDate(page, form, "Ngày chính thức", "20/04/1969");
    await form.getByRole("button", { name: "Lưu" }).click();
    await form.getByTestId("form-error").waitFor();
    expect(await form.getByTestId("form-error").textContent()).toContain("1 điểm không đúng quy định");
    expect(await form.textContent()).toContain("Lễ kết nạp không thể trước ngày quyết định kết nạp.");
    await form.getByTestId("irregular-reason").scrollIntoViewIfNeeded();
    await shot(page, "member-paper-irregular");

    const reason = "Hồ sơ gốc năm 1968 ghi lễ kết nạp trước quyết định; đã đối chiếu lý lịch.";
    await form.getByLabel("Lý do ghi nhận hồ sơ không theo quy định").fill(reason);
    await form.getByRole("button", { name: "Lưu" }).click();
    await page.getByTestId("member-title").filter({ hasText: name }).waitFor();
    const created = page.locator("[data-testid=timeline-item][data-kind=created]");
    await created.waitFor();
    expect(await created.textContent()).toContain(reason);
    await shot(page, "member-paper-irregular-timeline");
    await context.close();
  });

  it("is told on his phone why someone struck off last month cannot be re-admitted yet", async () => {
    const { page, context } = await browser.page({ width: 390, height: 844 });
    await signIn(page, "chibo");
    const full = await apiFromPage<{ items: { id: string; fullName: string; orgUnitId: string }[] }>(
      page,
      "GET",
      "/api/members?status=full&pageSize=5",
    );
    const [first, second] = full.items as { id: string; fullName: string; orgUnitId: string }[];
    const left = await apiFromPage<{ id: string }>(page, "POST", "/api/members", {
      fullName: `Mạc Văn Rời ${Date.now() % 100_000}`,
      sex: "male",
      birthDate: "1980-03-03",
      orgUnitId: first?.orgUnitId,
      status: "full",
      admissionDecidedOn: "2008-03-03",
      ceremonyOn: "2008-03-20",
      fullMembershipOn: "2009-03-20",
      generalEducation: "12/12",
    });
    const struckOn = dayjs().subtract(1, "month");
    await apiFromPage(page, "POST", `/api/members/${left.id}/events`, {
      kind: "struck_off",
      decisionNo: "31-QĐ/ĐU",
      decidedOn: struckOn.format("YYYY-MM-DD"),
      ground: 3,
    });

    await openEventForm(page, left.id, "Kết nạp lại");
    await dialog(page).getByLabel("Số quyết định").fill("40-QĐ/ĐU");
    await typeDate(page, dialog(page), "Ngày quyết định", today);
    await dialog(page)
      .getByLabel("Số văn bản đồng ý của ban thường vụ tỉnh ủy (hoặc tương đương)")
      .fill("118-CV/BTVTU");
    await pick(page, "exit-ground", "Lý do khác");
    for (const [n, member] of [first, second].entries()) {
      await chooseMember(page, `introducer-${n + 1}-picker`, member?.fullName ?? "");
      const row = dialog(page).getByTestId(`introducer-${n + 1}`);
      await typeDate(page, row, "Cùng công tác, học tập hoặc sinh hoạt từ ngày", "01/01/2015");
    }
    await dialog(page).getByRole("button", { name: "Ghi sự kiện" }).click();
    const error = dialog(page).getByTestId("form-error");
    await error.waitFor();
    expect(await error.textContent()).toBe(
      `Chỉ xét kết nạp lại sau ít nhất 36 tháng kể từ khi ra khỏi Đảng (ngày ${struckOn.format("DD/MM/YYYY")}), tức từ ngày ${struckOn.add(36, "month").format("DD/MM/YYYY")} (294-QĐ/TW, điểm 3.5.1).`,
    );
    await error.scrollIntoViewIfNeeded();
    await shot(page, "member-readmission-refused-phone");
    await context.close();
  });
});
