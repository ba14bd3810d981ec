import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, shot, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();

/** Finds a member by name from the members list and opens the profile. */
async function openMember(page: Page, search: string, name: string) {
  await page.getByRole("link", { name: "Đảng viên", exact: true }).click();
  await page.getByTestId("member-total").waitFor();
  const box = page.getByTestId("member-search");
  await box.pressSequentially(search, { delay: 30 });
  await page.waitForURL((url) => url.searchParams.get("q") === search);
  await page.getByTestId("member-name-link").filter({ hasText: name }).first().click();
  await page.getByTestId("member-title").filter({ hasText: name }).waitFor();
}

describe("A residence cell secretary gives the yearly comment on bác Tư through a link", () => {
  const browser = useBrowser();

  it("chibo requests the comment, the residence secretary answers on a phone, chibo sees it", async () => {
    const desk = await browser.page();
    await signIn(desk.page, "chibo");
    await openMember(desk.page, "hoang van tu", "Hoàng Văn Tư");
    const section = desk.page.getByTestId("member-residence");
    await section.getByTestId("residence-registration").first().waitFor();
    await section.getByTestId("residence-request").click();
    await dialog(desk.page).getByTestId("field-year").waitFor();
    await dialog(desk.page).getByRole("button", { name: "Xin nhận xét năm nay" }).click();
    const linkBox = desk.page.getByTestId("residence-link");
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/nhan-xet\/[A-Za-z0-9_-]{43}$/);
    await desk.page.getByTestId("copy-link").click();
    await shot(desk.page, "residence-link");
    await desk.page.getByTestId("close-link").click();

    const phone = await browser.page({ width: 390, height: 844 });
    await phone.page.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
    await phone.page.getByTestId("public-member-name").filter({ hasText: "Hoàng Văn Tư" }).waitFor();
    expect(await phone.page.getByTestId("main-menu").count()).toBe(0);
    expect(await phone.page.getByText("Chi bộ Văn phòng").count()).toBeGreaterThan(0);
    await phone.page.getByText("Tốt", { exact: true }).click();
    await phone.page.getByTestId("field-commentText").fill("Đồng chí gương mẫu, tham gia đầy đủ sinh hoạt tổ dân phố.");
    await phone.page.getByTestId("field-signerName").fill("Vũ Văn Hải");
    await phone.page.getByTestId("field-signerPosition").fill("Bí thư chi bộ tổ dân phố số 3");
    await shot(phone.page, "residence-public-form");
    await phone.page.getByTestId("public-submit").click();
    await phone.page.getByTestId("public-thanks").waitFor();
    await shot(phone.page, "residence-public-thanks");

    await phone.page.reload();
    await phone.page.getByTestId("public-unavailable").filter({ hasText: "một lần" }).waitFor();
    await phone.context.close();

    await desk.page.reload();
    const comment = desk.page.getByTestId("residence-comment").filter({ hasText: "Vũ Văn Hải" });
    await comment.waitFor();
    expect(await comment.textContent()).toContain("Đã nhận");
    expect(await comment.textContent()).toContain("tham gia đầy đủ sinh hoạt tổ dân phố");
    await shot(desk.page, "residence-member-comment");

    await desk.page.getByRole("link", { name: "Sinh hoạt nơi cư trú" }).click();
    await desk.page.getByTestId("residence-request-row").first().waitFor();
    // The committee's requests come a page at a time, never the whole year at once.
    expect(await desk.page.getByTestId("residence-request-row").count()).toBeLessThanOrEqual(50);
    await shot(desk.page, "residence-requests");
    await desk.context.close();
  });
});
