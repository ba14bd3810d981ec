import { describe, expect, it } from "vitest";
import { baseUrl, shot, shotsDir, signIn, useBrowser } from "./browser";

// The clerk of Đảng ủy Sở Tài chính works on Chi bộ Phòng Quản lý ngân sách, so that bác Tư's cell (Chi bộ Văn phòng) is
// left for residence.e2e.ts, which asks for his comment alone on the same server.
describe("The base committee asks the residence cells of a whole cell at once; a residence secretary answers by code", () => {
  const browser = useBrowser();

  it("coso lists who is not asked or not registered, asks for a cell, prints letters; the code opens the form", async () => {
    const desk = await browser.page();
    await signIn(desk.page, "coso");
    await desk.page.getByRole("link", { name: "Sinh hoạt nơi cư trú" }).click();
    await desk.page.getByTestId("residence-follow-up-link").click();
    await desk.page.getByTestId("residence-follow-up-page").waitFor();
    // A committee has many cells: the button waits for one to be chosen.
    expect(await desk.page.getByTestId("request-for-cell").isDisabled()).toBe(true);
    await desk.page.getByTestId("follow-up-unit").click();
    await desk.page.keyboard.type("ngân sách");
    await desk.page.locator(".ant-select-tree-node-content-wrapper", { hasText: "Phòng Quản lý ngân sách" }).click();
    const rows = desk.page.getByTestId("follow-up-row");
    await rows.first().waitFor();
    const waiting = await rows.count();
    expect(waiting).toBeGreaterThan(0);
    await shot(desk.page, "residence-follow-up-unrequested");

    // One action for the whole cell; the letters open with a code and a QR code each.
    await desk.page.getByTestId("request-for-cell").click();
    const form = desk.page.getByTestId("cell-request-form");
    await form.waitFor();
    await desk.page.getByRole("button", { name: "Xin nhận xét và in giấy" }).click();
    await desk.page.getByTestId("comment-letters-page").waitFor();
    const letters = desk.page.getByTestId("comment-letter");
    expect(await letters.count()).toBe(waiting);
    expect(await desk.page.getByTestId("letters-summary").textContent()).toContain(`Đã tạo ${waiting} yêu cầu`);
    expect(await letters.first().getByTestId("qr-code").count()).toBe(1);
    const code = ((await letters.first().getByTestId("letter-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const link = ((await letters.first().getByTestId("letter-link").textContent()) ?? "").replace(/^.*?: /, "");
    expect(link).toMatch(/\/nhan-xet\/[A-Za-z0-9_-]{43}$/);
    const memberName = (await letters.first().getByTestId("letter-member").textContent()) ?? "";
    const secondName = (await letters.nth(1).getByTestId("letter-member").textContent()) ?? "";
    const secondId = await letters.nth(1).getAttribute("data-member-id");
    const secondCode = ((await letters.nth(1).getByTestId("letter-code").textContent()) ?? "").trim();
    // The page holds every letter; the picture shows its top, as a secretary first sees it.
    await desk.page.screenshot({ path: `${shotsDir}/residence-letters.png` });
    // Printed, the page is the letters alone, one a page.
    const printed = await desk.page.pdf({ format: "A4", path: `${shotsDir}/residence-letters-print.pdf` });
    expect(printed.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBe(waiting);
    const download = desk.page.waitForEvent("download");
    await desk.page.getByTestId("letters-docx").click();
    expect((await download).suggestedFilename()).toMatch(/^giay-de-nghi-nhan-xet-\d{4}-.+\.docx$/);

    // The residence secretary has the paper only: the code, typed in small letters without the dash, opens the form.
    const phone = await browser.page({ width: 390, height: 844 });
    await phone.page.goto(`${baseUrl}/nx`);
    await phone.page.getByTestId("short-code-input").fill(code.slice(0, 7).toLowerCase());
    await phone.page.getByTestId("short-code-open").click();
    const tooShort = phone.page.getByTestId("short-code-error");
    await tooShort.waitFor();
    expect(await tooShort.textContent()).toContain("10 ký tự");
    await phone.page.getByTestId("short-code-input").fill(code.replace("-", "").toLowerCase());
    await shot(phone.page, "residence-short-code");
    await phone.page.getByTestId("short-code-open").click();
    await phone.page.getByTestId("public-member-name").filter({ hasText: memberName }).waitFor();
    expect(await phone.page.getByTestId("public-cell").textContent()).toContain("Đảng bộ Sở Tài chính");
    expect(await phone.page.getByTestId("public-due").textContent()).toMatch(/\d\d\/\d\d\/\d{4}/);
    await shot(phone.page, "residence-public-form-by-code");
    await phone.page.getByText("Tốt", { exact: true }).click();
    await phone.page.getByTestId("field-commentText").fill("Đồng chí gương mẫu, tham gia đầy đủ sinh hoạt tổ dân phố.");
    await phone.page.getByTestId("field-signerName").fill("Vũ Văn Hải");
    await phone.page.getByTestId("field-signerPosition").fill("Bí thư chi bộ tổ dân phố số 3");
    await phone.page.getByTestId("public-submit").click();
    await phone.page.getByTestId("public-thanks").waitFor();

    // A link cut off in a message says so in plain words and points to the code page.
    const cut = link.replace(/^https?:\/\/[^/]+/, baseUrl).slice(0, -12);
    await phone.page.goto(cut);
    const unavailable = phone.page.getByTestId("public-unavailable");
    await unavailable.waitFor();
    expect(await unavailable.textContent()).toContain("chưa đầy đủ");
    expect(await unavailable.textContent()).not.toContain("quá nhỏ");
    await shot(phone.page, "residence-link-cut");
    await phone.page.getByTestId("public-to-code").click();
    await phone.page.getByTestId("short-code-page").waitFor();
    await phone.context.close();

    // Back at the desk: nobody of the cell is left to ask; the unregistered list exports to Excel.
    await desk.page.getByRole("link", { name: "Danh sách đảng viên cần theo dõi" }).click();
    await desk.page.getByTestId("residence-follow-up-page").waitFor();
    await desk.page.getByTestId("follow-up-unit").click();
    await desk.page.keyboard.type("ngân sách");
    await desk.page.locator(".ant-select-tree-node-content-wrapper", { hasText: "Phòng Quản lý ngân sách" }).click();
    await desk.page.getByText("Mọi đảng viên đã đăng ký đều đã được xin nhận xét năm này.").waitFor();
    await desk.page.getByRole("tab", { name: "Chưa đăng ký nơi cư trú" }).click();
    await desk.page.getByTestId("follow-up-row").first().waitFor();
    await shot(desk.page, "residence-follow-up-unregistered");
    const excel = desk.page.waitForEvent("download");
    await desk.page.getByTestId("follow-up-export").click();
    expect((await excel).suggestedFilename()).toMatch(/^dang-vien-chua-dang-ky-noi-cu-tru-.+\.xlsx$/);

    // The member sheet (2-HSĐV) prints from a member's record.
    await desk.page.getByTestId("follow-up-row").first().getByRole("link").click();
    await desk.page.getByTestId("member-title").waitFor();
    const sheet = desk.page.waitForEvent("download");
    await desk.page.getByTestId("member-sheet").click();
    expect((await sheet).suggestedFilename()).toMatch(/^phieu-dang-vien-.+\.docx$/);

    // A transfer on the timeline prints its letter. The transfer itself is recorded here through the API (the event
    // form is the members journey's); what the person does is press the button.
    const memberId = await desk.page.getByTestId("member-profile").getAttribute("data-member-id");
    const recorded = await desk.page.evaluate(async (id) => {
      const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" });
      const res = await fetch(`/api/members/${id}/events`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": sessionStorage.getItem("dangvu.csrf") ?? "" },
        body: JSON.stringify({
          kind: "transfer",
          transferKind: "official",
          toOrganisationName: "Chi bộ Trường Chính trị tỉnh Bình Sơn",
          decidedOn: today,
        }),
      });
      return res.status;
    }, memberId);
    expect(recorded).toBe(200);
    await desk.page.reload();
    const transfer = desk.page.locator('[data-testid="timeline-item"][data-kind="transfer"]');
    await transfer.waitFor();
    const letter = desk.page.waitForEvent("download");
    await transfer.getByTestId("transfer-letter").click();
    expect((await letter).suggestedFilename()).toMatch(/^giay-gioi-thieu-sinh-hoat-dang-.+\.docx$/);
    await shot(desk.page, "member-transfer-letter-button");

    // A letter lost: the member's record gives the request a new link and code.
    await desk.page.goto(`${baseUrl}/members/${secondId}`);
    await desk.page.getByTestId("member-title").filter({ hasText: secondName }).waitFor();
    const thisYear = String(new Date().getFullYear());
    await desk.page
      .getByTestId("residence-comment")
      .filter({ hasText: `Năm nhận xét ${thisYear}` })
      .getByTestId("residence-reissue")
      .click();
    const newCode = ((await desk.page.getByTestId("residence-short-code").textContent()) ?? "").trim();
    expect(newCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(newCode).not.toBe(secondCode);
    await shot(desk.page, "residence-reissued");
    await desk.page.getByTestId("close-link").click();
    await desk.context.close();
  });

  it("a secretary on a phone sees the letters page without anything cut off", async () => {
    const phone = await browser.page({ width: 390, height: 844 });
    await signIn(phone.page, "chibo");
    await phone.page.goto(`${baseUrl}/residence/follow-up?tab=unregistered`);
    await phone.page.getByTestId("residence-follow-up-page").waitFor();
    await phone.page.getByTestId("follow-up-row").first().waitFor();
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(phone.page, "residence-follow-up-phone");
    await phone.context.close();
  });
});
