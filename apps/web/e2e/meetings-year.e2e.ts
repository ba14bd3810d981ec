import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, signIn, useBrowser } from "./browser";

const dialog = (page: Page) => page.getByRole("dialog").last();

describe("Anh Hùng plans the year and the office watches the cells", () => {
  const browser = useBrowser();

  it("plans next year's regular meetings on the 10th and sees them listed", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "chibo");
    const nextYear = new Date().getFullYear() + 1;
    await page.goto(`${baseUrl}/meetings`);
    await page.getByTestId("plan-year").click();
    await dialog(page).getByLabel("Năm").fill(String(nextYear));
    await dialog(page).getByTestId("plan-year-day").fill("10");
    await dialog(page).getByRole("button", { name: "Lưu" }).click();
    await page.locator(".ant-message").getByText("Đã lập kế hoạch sinh hoạt thường kỳ").waitFor();
    await page.goto(`${baseUrl}/meetings?month=${nextYear}-03`);
    await page.getByTestId("meeting-row").first().waitFor();
    expect(await page.getByTestId("meeting-link").allInnerTexts()).toContain(
      `Sinh hoạt chi bộ thường kỳ tháng 03/${nextYear}`,
    );
    await context.close();
  });

  it("shows the committee office the alerts and the year's ratings of the cells", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "coso");
    await page.goto(`${baseUrl}/meetings`);
    await page.getByText(/Xếp loại chất lượng sinh hoạt năm/).click();
    await page.getByRole("cell", { name: "Chi bộ Văn phòng" }).first().waitFor();
    await page.getByText(/^Cảnh báo \(/).click();
    expect(await page.getByText(/Cảnh báo \(\d+\)/).count()).toBe(1);
    await context.close();
  });

  it("lets the committee office issue a new scoring template from a date on", async () => {
    const { page, context } = await browser.page();
    await signIn(page, "admin");
    await page.goto(`${baseUrl}/settings/scoring-templates`);
    await page.getByTestId("template-card").first().waitFor();
    expect(await page.getByTestId("template-card").count()).toBe(1);
    await page.getByTestId("add-template").click();
    await dialog(page)
      .getByLabel("Áp dụng từ ngày")
      .fill(`01/01/${new Date().getFullYear() + 1}`);
    // Enter confirms the date and submits the form, as it does in every form of the app.
    await dialog(page).getByLabel("Áp dụng từ ngày").press("Enter");
    const issued = page.locator(".ant-message").getByText("Đã ban hành thang điểm mới.");
    await issued.waitFor({ timeout: 3000 }).catch(() => dialog(page).getByRole("button", { name: "Lưu" }).click());
    await issued.waitFor();
    await page.getByTestId("template-card").nth(1).waitFor();
    await context.close();
  });
});
