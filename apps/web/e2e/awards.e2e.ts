import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, shot, signIn, useBrowser } from "./browser";

// Commendations and emulation models (issue 9 items 5 and 7) on the demo: the base committee of Sở Tài chính proposes
// a giấy khen for a member rated excellent last year and is refused for one rated lower; the office decides with a
// number; the member's record shows it; a Dân vận khéo model is registered and recognised.

interface Candidate {
  memberId: string;
  name: string;
}

/**
 * Last year's decided ratings of the base organisation's members, read as the user: one excellent member with no
 * giấy khen proposed for that year yet, and one rated lower.
 */
async function candidates(page: Page, year: number): Promise<{ excellent: Candidate; lower: Candidate }> {
  return page.evaluate(async (y) => {
    const get = async (url: string) => (await fetch(url)).json();
    const cycles = await get(`/api/ratings/cycles?year=${y}&pageSize=200`);
    const rated: { memberId: string; subjectName: string; decidedLevel: string | null }[] = [];
    for (const cycle of cycles.items.filter((c: { kind: string }) => c.kind === "year")) {
      const page1 = await get(
        `/api/ratings/cycles/${cycle.id}/assessments?subjectType=member&status=decided&pageSize=200`,
      );
      rated.push(...page1.items);
    }
    const taken = await get(`/api/awards/commendations?year=${y}&pageSize=200`);
    const proposed = new Set(
      taken.items
        .filter((c: { basis: string }) => c.basis === "year_excellent")
        .map((c: { memberId: string }) => c.memberId),
    );
    const pick = (r: (typeof rated)[number] | undefined) => ({
      memberId: r?.memberId ?? "",
      name: r?.subjectName ?? "",
    });
    return {
      excellent: pick(rated.find((r) => r.decidedLevel === "excellent" && !proposed.has(r.memberId))),
      lower: pick(rated.find((r) => r.decidedLevel === "good" && !proposed.has(r.memberId))),
    };
  }, year);
}

async function pickUnit(page: Page, testId: string, typed: string, name: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(typed);
  await page.locator(".ant-select-tree-node-content-wrapper", { hasText: name }).first().click();
}

async function proposeFor(page: Page, member: Candidate, year: number) {
  await page.getByTestId("propose-open").click();
  const form = page.getByTestId("propose-form");
  await form.waitFor();
  await page.getByTestId("award-member").click();
  await page.keyboard.type(member.name);
  await page.locator(".ant-select-item-option", { hasText: member.name }).first().click();
  await page.getByTestId("award-form").click();
  await page.locator(".ant-select-item-option", { hasText: "Giấy khen" }).first().click();
  await page.getByTestId("award-year").fill(String(year));
  await page.getByTestId("award-reason").fill(`Hoàn thành xuất sắc nhiệm vụ tiêu biểu năm ${year}`);
  await page.getByRole("button", { name: "Đề nghị khen thưởng" }).last().click();
}

describe("Commendations and emulation models (issue 9)", () => {
  const browser = useBrowser();
  const year = new Date().getFullYear() - 1;
  // Above any number the demo gives (those count from 1 each year), so it never meets one already used.
  const number = `${900_000 + (Date.now() % 100_000)}-QĐ/ĐU`;
  let excellent: Candidate;

  it("coso proposes a giấy khen for a member rated excellent, and reads the refusal for one rated lower", async () => {
    const { page } = await browser.page();
    await signIn(page, "coso");
    ({ excellent } = await candidates(page, year));
    const { lower } = await candidates(page, year);
    expect(excellent.memberId).not.toBe("");
    expect(lower.memberId).not.toBe("");
    await page.getByRole("link", { name: "Khen thưởng" }).click();
    await page.getByTestId("commendations-page").waitFor();

    await proposeFor(page, lower, year);
    const error = page.getByTestId("propose-form").locator(".ant-alert");
    await error.waitFor();
    expect(await error.textContent()).toContain(`Năm ${year} không được xếp loại “Hoàn thành xuất sắc nhiệm vụ”`);
    await shot(page, "awards-propose-refused");
    await page.getByRole("button", { name: "Hủy" }).click();
    await page.getByTestId("propose-form").waitFor({ state: "detached" });

    await proposeFor(page, excellent, year);
    await page.getByTestId("propose-form").waitFor({ state: "detached" });
    const row = page.getByTestId("commendation-row").filter({ hasText: excellent.name }).first();
    await row.waitFor();
    expect(await row.getAttribute("data-status")).toBe("proposed");
    await shot(page, "awards-commendations");
  });

  it("admin decides with a number and the member's record shows the giấy khen", async () => {
    const { page } = await browser.page();
    await signIn(page, "admin");
    await page.goto(`${baseUrl}/awards`);
    await page.getByTestId("filter-status").click();
    await page.locator(".ant-select-item-option", { hasText: "Đã đề nghị" }).click();
    const row = page.getByTestId("commendation-row").filter({ hasText: excellent.name }).first();
    await row.waitFor();
    await row.getByTestId("commendation-check").click();
    await page.getByTestId("decide-open").click();
    await page.getByTestId("decide-form").waitFor();
    await pickUnit(page, "decide-unit", "Sở Tài chính", "Đảng bộ Sở Tài chính");
    await page.getByTestId("decide-number").fill(number);
    await shot(page, "awards-decide");
    await page.getByRole("button", { name: "Quyết định khen thưởng" }).last().click();
    await page.getByTestId("decide-form").waitFor({ state: "detached" });

    await page.goto(`${baseUrl}/members/${excellent.memberId}`);
    const item = page.getByTestId("commendations-section").getByTestId("commendation-item").filter({ hasText: number });
    await item.waitFor();
    expect(await item.textContent()).toContain("Giấy khen");
    expect(await item.getAttribute("data-status")).toBe("decided");
    await shot(page, "awards-member-record");
  });

  it("a Dân vận khéo model is registered and recognised with its score; the registry on a phone", async () => {
    const { page } = await browser.page();
    await signIn(page, "coso");
    await page.goto(`${baseUrl}/awards/models`);
    await page.getByTestId("models-page").waitFor();
    await page.getByTestId("model-register").click();
    await page.getByTestId("model-form").waitFor();
    await pickUnit(page, "model-unit", "Văn phòng", "Chi bộ Văn phòng");
    const name = `Sổ tay số hóa hồ sơ đảng viên ${number}`;
    await page.getByTestId("model-name").fill(name);
    await page.getByTestId("model-field").getByText("Xây dựng hệ thống chính trị").click();
    await page.getByTestId("model-value").fill("25000000");
    await page.getByRole("button", { name: "Đăng ký mô hình" }).last().click();
    await page.getByTestId("model-form").waitFor({ state: "detached" });
    const row = page.getByTestId("model-row").filter({ hasText: name }).first();
    await row.waitFor();
    await row.getByTestId("model-recognise").click();
    await page.getByTestId("recognise-form").waitFor();
    await page.getByTestId("model-score").fill("86");
    await page.getByTestId("model-number").fill(`M${number}`);
    await page.getByRole("button", { name: "Lưu" }).last().click();
    await page.getByTestId("recognise-form").waitFor({ state: "detached" });
    await page.locator('[data-testid="model-row"][data-status="recognised"]', { hasText: name }).waitFor();
    await shot(page, "awards-models");
    await page.getByTestId("awards-nav").getByText("Đợt thi đua").click();
    await page.getByTestId("campaigns-page").waitFor();
    await page.getByTestId("campaign-new").click();
    const form = page.getByTestId("campaign-form");
    await form.waitFor();
    await pickUnit(page, "campaign-unit", "Sở Tài chính", "Đảng bộ Sở Tài chính");
    await page.getByTestId("campaign-name").fill(`Thi đua chuyển đổi số ${number}`);
    await page.getByLabel("Bắt đầu").fill("01/03/2026");
    await page.keyboard.press("Enter");
    await page.getByLabel("Kết thúc").fill("31/12/2026");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Lưu" }).last().click();
    await form.waitFor({ state: "detached" });
    await page
      .getByTestId("campaign-row")
      .filter({ hasText: `Thi đua chuyển đổi số ${number}` })
      .waitFor();
    await shot(page, "awards-campaigns");

    const phone = await browser.page({ width: 390, height: 844 });
    await signIn(phone.page, "coso");
    await phone.page.goto(`${baseUrl}/awards/models`);
    await phone.page.getByTestId("model-row").first().waitFor();
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(phone.page, "awards-models-phone");
    await phone.page.goto(`${baseUrl}/awards`);
    await phone.page.getByTestId("commendation-row").first().waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Every tab of the menu in sight: the row wraps rather than hiding "Huy hiệu Đảng" off to the side.
    const nav = phone.page.getByTestId("awards-nav");
    expect(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await nav.getByText("Huy hiệu Đảng").isVisible()).toBe(true);
    const tab = await nav.getByText("Huy hiệu Đảng").boundingBox();
    expect((tab?.x ?? 0) + (tab?.width ?? 0)).toBeLessThanOrEqual(390);
    await shot(phone.page, "awards-commendations-phone");
    await phone.page.goto(`${baseUrl}/awards/campaigns`);
    await phone.page.getByTestId("campaign-row").first().waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(phone.page, "awards-campaigns-phone");
  });
});
