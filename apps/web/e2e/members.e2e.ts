import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import dayjs from "dayjs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiFromPage, baseUrl, password, shot, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();
const dropdown = (page: Page) => page.locator(".ant-select-dropdown:visible").last();

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

async function expectMessage(page: Page, text: string) {
  await page.locator(".ant-message").getByText(text).last().waitFor({ timeout: 10_000 });
}

async function openMember(page: Page, search: string, name: string) {
  await page.getByRole("link", { name: "Đảng viên", exact: true }).click();
  await page.getByTestId("member-total").waitFor();
  await searchMembers(page, search);
  await page.getByTestId("member-row").filter({ hasText: name }).first().waitFor();
}

/**
 * Types in the search box as a person does, pausing after the first word (the search runs meanwhile and must not
 * swallow the space), and waits for the debounced search to reach the URL and the table.
 */
async function searchMembers(page: Page, search: string) {
  const box = page.getByTestId("member-search");
  const [first = "", ...rest] = search.split(" ");
  await box.fill("");
  await box.pressSequentially(`${first} `, { delay: 30 });
  await page.waitForURL((url) => url.searchParams.get("q") === first);
  await box.pressSequentially(rest.join(" "), { delay: 30 });
  await page.waitForURL((url) => url.searchParams.get("q") === search);
  await page.locator(".ant-table .ant-spin-spinning").waitFor({ state: "detached" });
}

describe("Anh Hùng, a cell secretary, keeps his members' records", () => {
  const browser = useBrowser();

  it("on a slow network, says nothing of the count until the list has come (never 'Tổng số: 0')", async () => {
    const { page, context } = await browser.page({ width: 1440, height: 900 });
    await signIn(page, "chibo");
    await page.route("**/api/members?**", async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue();
    });
    await page.getByRole("link", { name: "Đảng viên", exact: true }).click();
    await page.waitForTimeout(1000);
    expect(await page.getByText("Tổng số: 0").count()).toBe(0);
    await page.getByTestId("member-total").waitFor();
    expect(Number(await page.getByTestId("member-total").getAttribute("data-total"))).toBeGreaterThan(0);
    await context.close();
  });

  it("finds chị Hà typed without accents, recognises her as a full member, and her reminder goes away", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "chibo");
    await openMember(page, "tran thi thu ha", "Trần Thị Thu Hà");
    await expect.poll(() => page.getByTestId("member-row").count()).toBe(1);
    expect(await page.getByTestId("member-total").textContent()).toContain("Tổng số: 1");
    await shot(page, "members-list");

    const [exported, exportResponse] = await Promise.all([
      page.waitForEvent("download"),
      page.waitForResponse((r) => r.url().includes("/api/members/export")),
      page.getByTestId("export-members").click(),
    ]);
    expect(new URL(exportResponse.url()).searchParams.get("q")).toBe("tran thi thu ha");
    expect(exportResponse.headers()["content-type"]).toContain("spreadsheetml.sheet");
    expect(exported.suggestedFilename()).toMatch(/^danh-sach-dang-vien.*\.xlsx$/);

    await page.getByTestId("member-name-link").filter({ hasText: "Trần Thị Thu Hà" }).click();
    await page.getByTestId("member-title").filter({ hasText: "Trần Thị Thu Hà" }).waitFor();
    const memberId = (await page.getByTestId("member-profile").getAttribute("data-member-id")) as string;
    await page.getByTestId("member-warning").filter({ hasText: "hết 12 tháng dự bị" }).first().waitFor();
    // On probation there is no party age yet; it appears once she is recognised as full (issue 8 item 3).
    expect(await page.getByTestId("member-party-age").textContent()).toContain("Chưa có");
    await page.getByTestId("timeline-item").first().waitFor();
    await shot(page, "member-profile");
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("main-menu").isVisible()).toBe(false);
    expect(await page.getByTestId("record-event").isVisible()).toBe(false);
    expect(await page.getByTestId("member-party-age").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    const today = dayjs().format("DD/MM/YYYY");
    await page.getByTestId("record-event").click();
    await dialog(page).getByTestId("event-kind-select").click();
    // The list renders while its opening animation runs: read it until it has settled.
    let offered: string[] = [];
    for (let i = 0; i < 50 && !offered.includes("Công nhận đảng viên chính thức"); i++) {
      offered = await dropdown(page).locator(".ant-select-item-option").allInnerTexts();
      if (!offered.includes("Công nhận đảng viên chính thức")) await page.waitForTimeout(100);
    }
    expect(offered).toContain("Công nhận đảng viên chính thức");
    expect(offered).not.toContain("Kết nạp");
    await page.keyboard.press("Escape");
    await pick(page, "event-kind-select", "Công nhận đảng viên chính thức");
    await dialog(page).getByLabel("Số quyết định").fill("45-QĐ/ĐU");
    await dialog(page).getByLabel("Ngày quyết định").fill(today);
    await dialog(page).getByLabel("Số quyết định").click();
    await shot(page, "member-record-event");
    await dialog(page).getByRole("button", { name: "Ghi sự kiện" }).click();
    await expectMessage(page, "Đã ghi: Công nhận đảng viên chính thức.");

    const item = page.locator("[data-testid=timeline-item][data-kind=full_membership]");
    await item.waitFor();
    expect(await item.textContent()).toContain("45-QĐ/ĐU");
    expect(await item.textContent()).toContain(today);
    await page.getByTestId("member-status").filter({ hasText: "Đảng viên chính thức" }).first().waitFor();
    await page.getByTestId("member-party-age").filter({ hasText: "năm" }).waitFor();

    await page.getByRole("link", { name: "Nhắc việc" }).click();
    await page.locator("[data-testid=reminder-item][data-kind=badge_due]").first().waitFor();
    expect(await page.locator(`[data-testid=reminder-item][data-member-id="${memberId}"]`).count()).toBe(0);
    await shot(page, "reminders");
    await context.close();
  });

  it("shows another cell's secretary nothing of her record, only 'not found'", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "coso");
    const units = await apiFromPage<{ id: string; name: string }[]>(page, "GET", "/api/org-units");
    const otherCell = units.find((u) => u.name === "Chi bộ Thanh tra") as { id: string };
    const found = await apiFromPage<{ items: { id: string }[] }>(page, "GET", "/api/members?q=tran%20thi%20thu%20ha");
    const memberId = found.items[0]?.id as string;
    const username = `bithu.tt${Date.now() % 100_000}`;
    await apiFromPage(page, "POST", "/api/users", {
      username,
      displayName: "Bí thư Chi bộ Thanh tra",
      password,
      role: "cell_secretary",
      orgUnitId: otherCell.id,
    });
    await context.close();

    const other = await browser.page();
    await signIn(other.page, username);
    await other.page.goto(`${baseUrl}/members/${memberId}`);
    await other.page.getByTestId("member-not-found").waitFor();
    expect(await other.page.getByTestId("member-not-found").textContent()).toContain("Không tìm thấy đảng viên này");
    expect(await other.page.locator("body").textContent()).not.toContain("Trần Thị Thu Hà");
    await other.context.close();
  });
});

describe("The base committee imports its member list from Excel", () => {
  const browser = useBrowser();

  it("reports a bad date by row and column, writes nothing, then imports the corrected file", async () => {
    const { page, context } = await browser.page();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-import-"));
    await signIn(page, "coso");
    await page.getByRole("link", { name: "Đảng viên", exact: true }).click();
    await page.getByTestId("import-members").click();

    const [download, response] = await Promise.all([
      page.waitForEvent("download"),
      page.waitForResponse((r) => r.url().includes("/api/imports/members/template")),
      page.getByTestId("import-template").click(),
    ]);
    expect(response.headers()["content-type"]).toContain("spreadsheetml.sheet");
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const templatePath = path.join(dir, "mau.xlsx");
    await download.saveAs(templatePath);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(templatePath);
    const templateSheet = template.getWorksheet("Đảng viên");
    if (!templateSheet) throw new Error("The template has no sheet “Đảng viên”");
    const headers = (templateSheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headers).toContain("Ngày sinh *");

    const suffix = String(Date.now() % 100_000);
    const cell = "Chi bộ Văn phòng — Đảng bộ Sở Tài chính";
    const rows = (birthDate: string) => [
      {
        "Họ và tên": `Lê Văn Nhập ${suffix}`,
        "Giới tính": "Nam",
        "Ngày sinh": "15/08/1985",
        "Chi bộ": cell,
        "Trạng thái": "Đảng viên chính thức",
        "Ngày quyết định kết nạp": "03/02/2012",
        "Ngày lễ kết nạp": "20/02/2012",
        "Ngày chính thức": "20/02/2013",
      },
      {
        "Họ và tên": `Phạm Thị Nhập ${suffix}`,
        "Giới tính": "Nữ",
        "Ngày sinh": birthDate,
        "Chi bộ": cell,
        "Trạng thái": "Quần chúng ưu tú",
      },
    ];
    const writeFile = async (name: string, birthDate: string) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Đảng viên");
      sheet.addRow(headers);
      for (const row of rows(birthDate))
        sheet.addRow(headers.map((h) => (row as Record<string, string>)[h.replace(/ \*$/, "")] ?? null));
      const file = path.join(dir, name);
      await workbook.xlsx.writeFile(file);
      return file;
    };

    const fileInput = page.getByTestId("import-file").locator("input[type=file]");
    await fileInput.setInputFiles(await writeFile("danh-sach.xlsx", "31/02/1990"));
    await page.getByTestId("import-dry-run").click();
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    const errorRow = errors.locator("tbody tr").filter({ hasText: "Ngày sinh" });
    expect(await errorRow.locator("td").first().textContent()).toBe("3");
    expect(await page.getByTestId("import-has-errors").textContent()).toContain("Chưa nhập dòng nào");
    expect(await page.getByTestId("import-confirm").count()).toBe(0);
    await shot(page, "import-report");

    await fileInput.setInputFiles(await writeFile("danh-sach-da-sua.xlsx", "28/02/1990"));
    await page.getByTestId("import-dry-run").click();
    const confirm = page.getByTestId("import-confirm");
    await confirm.waitFor();
    expect(await confirm.textContent()).toBe("Nhập 2 đảng viên");
    await confirm.click();
    // The import runs on the server as a job (202), which the page follows to its end.
    const [started] = await Promise.all([
      page.waitForResponse((r) => r.url().includes("/api/imports/members?") && r.request().method() === "POST"),
      page.locator(".ant-modal-confirm").getByRole("button", { name: "Nhập 2 đảng viên" }).click(),
    ]);
    expect(started.status()).toBe(202);
    await page.getByTestId("import-done").getByText("Đã nhập 2 người vào danh sách.").waitFor();

    await page.getByRole("button", { name: "Xem danh sách đảng viên" }).click();
    await searchMembers(page, `nhap ${suffix}`);
    await page
      .getByTestId("member-row")
      .filter({ hasText: `Phạm Thị Nhập ${suffix}` })
      .waitFor();
    await expect.poll(() => page.getByTestId("member-row").count()).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
  });
});
