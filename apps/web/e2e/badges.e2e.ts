import fs from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, password, shot, shotsDir, signIn, useBrowser } from "./browser";

/** The next 3/2 on the Vietnam day: bác Tư's 40 years of party age fall just before it in the demo. */
function nextFebruaryThird(): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const year = Number(today.slice(0, 4));
  return today < `${year}-02-03` ? `${year}-02-03` : `${year + 1}-02-03`;
}

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/** The text of one part of a downloaded .xlsx or .docx. */
async function partOf(download: Download, entry: string): Promise<string> {
  const file = await download.path();
  return strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))[entry] as Uint8Array);
}

async function download(page: Page, testId: string): Promise<Download> {
  const waiting = page.waitForEvent("download");
  await page.getByTestId(testId).click();
  return waiting;
}

describe("Party badges: the award date's list, its forms, the decision with badge numbers, the badge in the handbook", () => {
  const browser = useBrowser();

  it("admin prints and downloads the 4-HHĐ list of the coming 3/2, records the decision; bác Tư sees his badge on the phone", async () => {
    const on = nextFebruaryThird();
    const tag = String(Date.now()).slice(-6);
    const desk = await browser.page({ width: 1440, height: 900 });
    await signIn(desk.page, "admin");
    // Under Khen thưởng, the tab Huy hiệu Đảng.
    await desk.page.getByRole("link", { name: "Khen thưởng" }).click();
    await desk.page.getByTestId("awards-nav").getByText("Huy hiệu Đảng").click();
    await desk.page.getByTestId("badges-page").waitFor();
    // The coming award days are offered; the one of bác Tư's milestone is picked.
    await desk.page.getByTestId("badge-on").click();
    await desk.page.locator(".ant-select-item-option", { hasText: dmy(on) }).click();
    const tu = desk.page.getByTestId("badge-row").filter({ hasText: "Hoàng Văn Tư" });
    await tu.waitFor();
    expect(await tu.textContent()).toContain("40 năm");
    const record = (await tu.getByRole("link", { name: "Hoàng Văn Tư" }).getAttribute("href")) ?? "";
    expect(await desk.page.getByTestId("badge-summary").textContent()).toContain(dmy(on));
    await shot(desk.page, "badges-list");

    // The proposal list 4-HHĐ, in Excel and in the party layout.
    const xlsx = await download(desk.page, "badge-4-xlsx");
    expect(xlsx.suggestedFilename()).toBe(`danh-sach-4-HHD-${on}.xlsx`);
    const strings = await partOf(xlsx, "xl/sharedStrings.xml");
    expect(strings).toContain("DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG");
    expect(strings).toContain("Hoàng Văn Tư");
    const docx = await download(desk.page, "badge-4-docx");
    expect(docx.suggestedFilename()).toBe(`danh-sach-4-HHD-${on}.docx`);
    const xml = await partOf(docx, "word/document.xml");
    expect(xml).toContain("Mẫu 4-HHĐ");
    expect(xml).toContain("Hoàng Văn Tư");

    // Printed, the list is the page without its controls.
    await desk.page.emulateMedia({ media: "print" });
    expect(await desk.page.getByTestId("badge-record").isVisible()).toBe(false);
    expect(await tu.isVisible()).toBe(true);
    await desk.page.pdf({ format: "A4", landscape: true, path: `${shotsDir}/badges-print.pdf` });
    await shot(desk.page, "badges-print");
    await desk.page.emulateMedia({ media: "screen" });

    // The decision comes back from the province with a number for each badge.
    await desk.page.getByTestId("badge-record").click();
    const form = desk.page.getByTestId("badge-decision-form");
    await form.waitFor();
    await form.getByTestId("badge-decision-number").fill(`${tag}-QĐ/TU`);
    const line = form.getByTestId("badge-line").filter({ hasText: "Hoàng Văn Tư" });
    await line.getByTestId("badge-number-input").fill(`HH40-${tag}`);
    await shot(desk.page, "badges-decision-form");
    await desk.page.locator(".ant-modal-footer .ant-btn-primary").click();
    await form.waitFor({ state: "detached" });
    const decision = desk.page.getByTestId("badge-decision").filter({ hasText: `${tag}-QĐ/TU` });
    await decision.waitFor();
    expect(await decision.textContent()).toContain(`Hoàng Văn Tư (40 năm, số HH40-${tag})`);
    await tu.waitFor({ state: "detached" });
    await shot(desk.page, "badges-recorded");

    // His record shows the badge with its number and decision.
    await desk.page.goto(`${baseUrl}${record}`);
    const section = desk.page.getByTestId("member-badges");
    await section.getByTestId("member-badge").waitFor();
    expect(await section.textContent()).toContain(`số HH40-${tag} (QĐ ${tag}-QĐ/TU)`);
    await section.scrollIntoViewIfNeeded();
    await desk.page.screenshot({ path: `${shotsDir}/badges-member-record.png` });

    // Lost, the badge is reissued: the 4A-HHĐ list names the number it had, the decision gives a new one.
    const lost = await download(desk.page, "badge-4a");
    expect(lost.suggestedFilename()).toMatch(/^danh-sach-4A-HHD-\d{4}-\d\d-\d\d\.xlsx$/);
    expect(await partOf(lost, "xl/sharedStrings.xml")).toContain(`HH40-${tag}`);
    await section.getByTestId("badge-reissue").click();
    const reissue = desk.page.getByTestId("badge-reissue-form");
    await reissue.waitFor();
    await reissue.getByLabel("Số quyết định").fill(`${tag}-CL/TU`);
    await reissue.getByLabel("Số huy hiệu mới").fill(`HH40-${tag}-CL`);
    await reissue.getByLabel("Lý do cấp lại").fill("Mất khi chuyển nhà");
    await desk.page.locator(".ant-modal-footer .ant-btn-primary").click();
    await reissue.waitFor({ state: "detached" });
    await section
      .getByTestId("member-badge")
      .filter({ hasText: `HH40-${tag}-CL` })
      .waitFor();
    expect(await section.textContent()).toContain("Cấp lại");

    // Bác Tư opens his handbook on the phone: the badge with its number, handed on 3/2.
    const phone = await browser.page({ width: 390, height: 844 });
    await phone.page.goto(`${baseUrl}/m`);
    await phone.page.getByTestId("hb-username").fill("dangvien");
    await phone.page.getByTestId("hb-password").fill(password);
    await phone.page.keyboard.press("Enter");
    const badge = phone.page.getByTestId("hb-badge").filter({ hasText: new RegExp(`HH40-${tag}$`) });
    await badge.waitFor();
    expect(await badge.textContent()).toContain("Huy hiệu 40 năm tuổi Đảng");
    expect(await badge.textContent()).toContain(dmy(on));
    expect(
      await phone.page
        .getByTestId("hb-badge")
        .filter({ hasText: `HH40-${tag}-CL` })
        .textContent(),
    ).toContain("Cấp lại");
    expect(await phone.page.getByTestId("hb-next-badge").textContent()).toContain(
      `Huy hiệu 40 năm tuổi Đảng: đợt trao ngày ${dmy(on)}`,
    );
    await badge.scrollIntoViewIfNeeded();
    await shot(phone.page, "badges-handbook");

    // The desk page on a phone: every control reachable, nothing wider than the screen.
    const small = await browser.page({ width: 390, height: 844 });
    await signIn(small.page, "admin");
    await small.page.goto(`${baseUrl}/awards/badges?on=${on}`);
    await small.page.getByTestId("badge-decisions").getByTestId("badge-decision").first().waitFor();
    expect(await small.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(small.page, "badges-list-phone");
  });
});
