import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiFromPage, baseUrl, shot, signIn, useBrowser } from "./browser";

// Inspection, supervision and discipline (issue 11 items 1–5) on the demo: chị Mai (kiemtra, the inspection committee
// at the province) records a named denunciation about a member of Chi bộ Văn phòng, opens a case from it, takes it
// through team → self-report → verification → conclusion (violation found) → notice, proposes a reprimand and the
// inspection committee of the Đảng ủy Khối above Đảng bộ Sở Tài chính decides it. The member's record shows the
// discipline, and the committee's 2026 annual report counts one more member disciplined. Anh Hòa (coso) sees only
// the counts, and the case's address shows him nothing of it.

interface TreeNode {
  id: string;
  name: string;
  parentId: string | null;
}
interface MemberItem {
  id: string;
  fullName: string;
}

const cellName = "Chi bộ Văn phòng";
const baseName = "Đảng bộ Sở Tài chính";
/** The report figure of members disciplined (the inspection module's indicator). */
const disciplineIndicator = "inspection.discipline.members";
// Above any number the demo gives, so they never meet one already used this year.
const stamp = 900 + (Date.now() % 90_000);
const state = { upperId: "", upperName: "", memberId: "", memberName: "", caseUrl: "", before: -1 };

/** The Đảng ủy Khối above the base committee, and a full member of the cell who is none of the demo's users. */
async function demoPeople(page: Page) {
  const tree = await apiFromPage<TreeNode[]>(page, "GET", "/api/org-units");
  const base = tree.find((u) => u.name === baseName) as TreeNode;
  const upper = tree.find((u) => u.id === base.parentId) as TreeNode;
  const cell = tree.find((u) => u.parentId === base.id && u.name === cellName) as TreeNode;
  const members = await apiFromPage<{ items: MemberItem[] }>(
    page,
    "GET",
    `/api/members?orgUnitId=${cell.id}&status=full&pageSize=100`,
  );
  const users = ["Lê Văn Hùng", "Hoàng Văn Tư", "Phạm Văn Hòa"];
  const member = members.items.filter((m) => !users.includes(m.fullName)).at(-1) as MemberItem;
  return { upper, member };
}

async function pickUnit(page: Page, testId: string, name: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(name);
  await page.locator(".ant-select-tree-node-content-wrapper", { hasText: name }).first().click();
}

/** Picks an option of a select; tried again when a click meets the list still sliding open and picks nothing. */
async function pickOption(page: Page, testId: string, label: string) {
  const select = page.getByTestId(testId);
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    await page.locator(".ant-select-item-option:visible", { hasText: label }).first().click();
    const picked = await select
      .getByText(label)
      .first()
      .waitFor({ timeout: 2000 })
      .then(() => true)
      .catch(() => false);
    if (picked) return;
    await page.keyboard.press("Escape");
  }
  throw new Error(`${testId}: “${label}” could not be picked`);
}

async function pickMember(page: Page, testId: string, name: string) {
  await page.getByTestId(testId).last().click();
  await page.keyboard.type(name);
  await page.locator(".ant-select-item-option:visible", { hasText: name }).first().click();
}

/** Types a date in a date box of the open dialog and accepts it. */
async function typeDate(page: Page, label: string, date: string) {
  const box = page.locator(".ant-modal:visible").getByLabel(label);
  await box.fill(date);
  await box.press("Enter");
}

/** The committee's 2026 annual report, its figures taken again from the records: the members disciplined. */
async function disciplinedInReport(page: Page): Promise<number> {
  const templates = await apiFromPage<{ id: string; code: string }[]>(page, "GET", "/api/reports/templates");
  const template = templates.find((t) => t.code === "committee_year") as { id: string };
  await page.goto(`${baseUrl}/reports/${template.id}/${state.upperId}/2026`);
  await page.getByTestId("report-page").waitFor();
  const refresh = page.getByTestId("report-refresh");
  if (await refresh.isVisible()) {
    await refresh.click();
    await page.getByText("Đã lấy lại số liệu từ hồ sơ.").waitFor();
  }
  const figure = page.locator(`[data-testid=report-figure][data-indicator="${disciplineIndicator}"]`);
  await page.locator("[data-testid=report-figure]").first().waitFor();
  expect(await figure.count(), `the committee's annual report shows ${disciplineIndicator}`).toBeGreaterThan(0);
  const text = (await figure.getByTestId("figure-value").first().textContent()) ?? "";
  return Number(text.replace(/\D/g, "") || "0");
}

/** Records the case's next step through its form, and waits until the timeline shows it. */
async function step(page: Page, action: string, fill: () => Promise<void>) {
  const form = page.locator(`[data-testid=step-form][data-action=${action}]`);
  await form.waitFor();
  await fill();
  await form.getByTestId("step-submit").click();
  await page.locator(`[data-testid=case-step][data-action=${action}]`).waitFor();
}

describe("Inspection, supervision and discipline (issue 11)", () => {
  const browser = useBrowser();

  it("admin reads the members disciplined in the committee's 2026 annual report before", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "admin");
    const { upper } = await demoPeople(page);
    state.upperId = upper.id;
    state.upperName = upper.name;
    // The office does not see the inspection committee's records: no such menu.
    expect(await page.getByRole("link", { name: "Kiểm tra, giám sát", exact: true }).count()).toBe(0);
    state.before = await disciplinedInReport(page);
    expect(state.before).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it("kiemtra records a named denunciation about a member of the cell and opens a case from it", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "kiemtra");
    const { member } = await demoPeople(page);
    state.memberId = member.id;
    state.memberName = member.fullName;
    await page.getByRole("link", { name: "Kiểm tra, giám sát", exact: true }).click();
    await page.getByTestId("programmes-page").waitFor();
    await shot(page, "inspection-programmes-1440");
    // She corrects an item of the programme shown (the change is sent with the programme's version).
    const item = page.getByTestId("programme-item").first();
    await item.getByRole("button", { name: "Sửa" }).click();
    const content = page.getByTestId("item-content");
    const corrected = `${await content.inputValue()} (điều chỉnh)`;
    await content.fill(corrected);
    await page.locator(".ant-modal:visible").getByRole("button", { name: "Lưu" }).click();
    await page.getByText("Đã lưu nội dung chương trình").waitFor();
    await page.getByTestId("programme-item").getByText(corrected).waitFor();
    await page.getByTestId("inspection-nav").getByText("Đơn thư").click();
    await page.getByTestId("letters-page").waitFor();

    await page.getByTestId("letter-new").click();
    await page.getByTestId("letter-form").waitFor();
    await pickUnit(page, "letter-unit", state.upperName);
    // An anonymous letter is filed without action, and the form says so before saving.
    await pickOption(page, "letter-identity", "Nặc danh");
    await page.getByTestId("letter-filed-notice").waitFor();
    await pickOption(page, "letter-identity", "Có họ tên");
    await page.getByTestId("letter-filed-notice").waitFor({ state: "detached" });
    await page.getByTestId("letter-sender").fill("Nguyễn Văn Bình");
    await page.getByTestId("letter-address").fill("Số 12 đường Lê Lợi, phường 1, thành phố Bình Sơn");
    await page
      .getByTestId("letter-summary")
      .fill(`Tố cáo đồng chí ${member.fullName} nhận quà biếu của doanh nghiệp trong thời gian thẩm định dự toán`);
    await page.getByTestId("subject-add").click();
    await pickMember(page, "subject-member", member.fullName);
    await shot(page, "inspection-letter-form-1440");
    await page.locator(".ant-modal:visible").getByRole("button", { name: "Tiếp nhận đơn" }).click();
    await page.locator("[data-testid=letter-page][data-status=received]").waitFor();

    await page.getByTestId("letter-take").click();
    await page.locator(".ant-modal:visible").getByRole("button", { name: "Thụ lý, giải quyết" }).click();
    await page.locator("[data-testid=letter-page][data-status=in_progress]").waitFor();
    await shot(page, "inspection-letter-1440");

    await page.getByTestId("letter-open-case").click();
    await page.getByTestId("case-form").waitFor();
    // The letter's subject comes along, by name.
    expect(await page.getByTestId("case-form").textContent()).toContain(member.fullName);
    await page.getByTestId("case-title").fill(`Kiểm tra khi có dấu hiệu vi phạm đối với đồng chí ${member.fullName}`);
    await page.getByTestId("case-decision-no").fill(`${stamp}-QĐ/UBKT`);
    await page.locator(".ant-modal:visible").getByRole("button", { name: "Mở cuộc kiểm tra, giám sát" }).click();
    await page.locator("[data-testid=case-page][data-state=decided]").waitFor();
    state.caseUrl = page.url();
    expect(await page.getByTestId("case-letter-link").count()).toBe(1);
    await context.close();
  });

  it("kiemtra takes the case through team, self-report, verification, conclusion and notice", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "kiemtra");
    await page.goto(state.caseUrl);
    await page.getByTestId("case-page").waitFor();
    await step(page, "form_team", async () => {
      await page.getByTestId("step-leader").fill("Trần Thị Mai, Ủy viên UBKT");
      await page.getByTestId("step-team").fill("Nguyễn Văn An, Lê Thị Hoa");
    });
    await step(page, "receive_self_report", () =>
      page.getByTestId("step-note").fill("Đồng chí đã nộp báo cáo giải trình."),
    );
    await step(page, "start_verification", () =>
      page.getByTestId("step-note").fill("Làm việc với doanh nghiệp và phòng tài chính."),
    );
    await step(page, "conclude", async () => {
      await page
        .getByTestId("step-conclusion")
        .fill("Đồng chí đã nhận quà biếu trái quy định; vi phạm đến mức phải xem xét xử lý kỷ luật.");
      await page.getByTestId("step-violation").getByText("Có").click();
    });
    await step(page, "notify", () => page.getByTestId("step-notice-no").fill(`${stamp}-TB/UBKT`));
    await page.locator("[data-testid=step-form][data-action=close]").waitFor();
    // The conclusion's notice goes with the case, and comes back as it went.
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    await page
      .locator("input[type=file]")
      .setInputFiles({ name: "thong-bao-ket-luan.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByTestId("case-document").filter({ hasText: "thong-bao-ket-luan.pdf" }).waitFor();
    const download = page.waitForEvent("download");
    await page.getByTestId("case-document").getByRole("button", { name: "thong-bao-ket-luan.pdf" }).click();
    expect((await download).suggestedFilename()).toBe("thong-bao-ket-luan.pdf");
    // Every opening is recorded and listed, chị Mai's among them.
    expect(await page.getByTestId("openings").textContent()).toContain("Trần Thị Mai");
    await shot(page, "inspection-case-1440");
    await context.close();
  });

  it("kiemtra proposes a reprimand from the case, and the committee's inspection committee decides it", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "kiemtra");
    await page.goto(state.caseUrl);
    await page.getByTestId("case-propose-discipline").click();
    const form = page.getByTestId("discipline-propose-form");
    await form.waitFor();
    expect(await form.textContent()).toContain(state.memberName);
    await page.getByTestId("discipline-violation").fill("Nhận quà biếu của doanh nghiệp trái quy định.");
    await typeDate(page, "Vi phạm từ ngày", "01/09/2026");
    await pickOption(page, "discipline-form", "Khiển trách");
    await page.getByTestId("discipline-proposed-by").fill("Đoàn kiểm tra của Ủy ban Kiểm tra");
    // An end before the start is refused by the server, and its message shows at that date, in Vietnamese.
    await typeDate(page, "Đến ngày (vi phạm kéo dài)", "01/08/2026");
    await page.locator(".ant-modal:visible").getByRole("button", { name: "Đề nghị kỷ luật" }).click();
    await form
      .locator(".ant-form-item-explain-error", { hasText: "Ngày kết thúc vi phạm không được trước ngày bắt đầu" })
      .waitFor();
    await typeDate(page, "Đến ngày (vi phạm kéo dài)", "15/10/2026");
    await page.locator(".ant-modal:visible").getByRole("button", { name: "Đề nghị kỷ luật" }).click();
    await page.locator("[data-testid=discipline-detail][data-status=proposed]").waitFor();

    await page.getByTestId("discipline-decide").click();
    await page.getByTestId("discipline-decide-form").waitFor();
    await page.getByTestId("decide-number").fill(`${stamp}-QĐ/UBKT`);
    await page.locator(".ant-modal:visible").getByRole("button", { name: "Quyết định kỷ luật" }).click();
    // Asked before anything irreversible is written.
    await page.locator(".ant-modal-confirm .ant-btn-primary").click();
    await page.locator("[data-testid=discipline-detail][data-status=decided]").waitFor();
    expect(await page.getByTestId("discipline-decision").textContent()).toContain("Khiển trách");
    await shot(page, "inspection-discipline-1440");

    // The member's record shows it.
    await page.goto(`${baseUrl}/members/${state.memberId}`);
    await page.locator("[data-testid=timeline-item][data-kind=discipline]").first().waitFor();
    expect(await page.locator("[data-testid=timeline-item][data-kind=discipline]").last().textContent()).toContain(
      "Khiển trách",
    );
    await context.close();
  });

  it("the committee's 2026 annual report counts one more member disciplined", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "admin");
    expect(await disciplinedInReport(page)).toBe(state.before + 1);
    await context.close();
  });

  it("kiemtra's pages fit a phone: the cases list and the case", async () => {
    const { page, context } = await browser.page({ width: 390, height: 844 });
    await signIn(page, "kiemtra");
    await page.goto(`${baseUrl}/inspection/cases`);
    await page.getByTestId("case-row").first().waitFor();
    await shot(page, "inspection-cases-390");
    await page.goto(state.caseUrl);
    await page.getByTestId("case-page").waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(page, "inspection-case-390");
    await context.close();
  });

  it("coso sees only the counts, and the case's address shows him nothing of it", async () => {
    const { page, context } = await browser.page({ width: 390, height: 844 });
    await signIn(page, "coso");
    await page.getByTestId("open-menu").click();
    await page.getByRole("link", { name: "Kiểm tra, giám sát (số liệu)" }).click();
    await page.getByTestId("inspection-summary-page").waitFor();
    await page.getByTestId("summary-figure").first().waitFor();
    expect(await page.getByTestId("summary-figure").count()).toBeGreaterThan(0);
    await shot(page, "inspection-counts-390");

    await page.goto(state.caseUrl);
    await page.getByTestId("inspection-not-found").waitFor();
    expect(await page.getByTestId("case-page").count()).toBe(0);
    expect(await page.locator("body").textContent()).not.toContain(state.memberName);
    await context.close();
  });
});
