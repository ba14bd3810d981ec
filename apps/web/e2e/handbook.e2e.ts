import { describe, expect, it } from "vitest";
import { baseUrl, password, shot, signIn, useBrowser } from "./browser";

describe("Bác Tư uses the handbook on his phone", () => {
  const browser = useBrowser();

  it("signs in, sees his party age and 40-year badge, the coming meeting, and checks in with the code", async () => {
    // The secretary plans a meeting for today and reads the code on display.
    const desk = await browser.page();
    await signIn(desk.page, "chibo");
    // Check-in opens on the meeting's day in Vietnam: half an hour from now, or ago when that would be tomorrow there.
    const vietnamDay = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
    const later = Date.now() + 30 * 60_000;
    const startsAt = new Date(
      vietnamDay(later) === vietnamDay(Date.now()) ? later : Date.now() - 30 * 60_000,
    ).toISOString();
    const deskApi = async (method: string, url: string, body?: unknown) =>
      desk.page.evaluate(
        async ([m, u, b]) => {
          const me = await (await fetch("/api/me")).json();
          const res = await fetch(u as string, {
            method: m as string,
            headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
            body: b ? JSON.stringify(b) : undefined,
          });
          return res.json();
        },
        [method, url, body] as const,
      );
    const me = await deskApi("GET", "/api/me");
    const meeting = await deskApi("POST", "/api/meetings", {
      orgUnitId: me.grants[0].orgUnitId,
      kind: "regular",
      topic: "Sinh hoạt chi bộ tháng này",
      scheduledAt: startsAt,
      place: "Phòng họp tầng 2",
    });
    const { code } = await deskApi("GET", `/api/meetings/${meeting.id}/checkin-code`);

    const phone = await browser.page({ width: 390, height: 844 });
    const page = phone.page;
    await page.goto(`${baseUrl}/m`);
    await page.getByTestId("hb-username").fill("dangvien");
    await page.getByTestId("hb-password").fill(password);
    await page.keyboard.press("Enter");
    await page.getByTestId("hb-party-age").waitFor();
    expect(await page.getByTestId("hb-next-badge").textContent()).toContain("Huy hiệu 40 năm tuổi Đảng");
    const card = page.locator(`[data-testid=hb-meeting][data-meeting-id="${meeting.id}"]`);
    expect(await card.textContent()).toContain("Sinh hoạt chi bộ tháng này");
    // "Chữ to" says whether it is on: pressed for assistive technology, and filled in when on.
    const large = page.getByTestId("hb-large-text");
    const look = () => large.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await large.getAttribute("aria-pressed")).toBe("false");
    const off = await look();
    await large.click();
    expect(await large.getAttribute("aria-pressed")).toBe("true");
    expect(await look()).not.toBe(off);
    expect(await large.textContent()).toContain("Chữ to");
    await shot(page, "handbook-phone");
    await card.getByTestId("hb-checkin-open").click();
    await card.getByTestId("hb-checkin-code").fill("000000" === code ? "111111" : "000000");
    await card.getByTestId("hb-checkin-send").click();
    await card.getByRole("alert").waitFor();
    await card.getByTestId("hb-checkin-code").fill(code);
    await card.getByTestId("hb-checkin-send").click();
    await card.getByText("Đã điểm danh: có mặt").waitFor();
    const roster = (await deskApi("GET", `/api/meetings/${meeting.id}`)).roster as {
      fullName: string;
      attendance: string;
      via: string;
    }[];
    expect(roster.find((r) => r.fullName === "Hoàng Văn Tư")).toMatchObject({ attendance: "present", via: "self" });

    // In English and back: the whole page follows at once, filled in with his own figures, and stays after a reload.
    const years = (await page.getByTestId("hb-party-age").textContent())?.match(/\d+/)?.[0] as string;
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.getByTestId("hb-party-age").textContent()).toMatch(new RegExp(`^${years} years? `));
    expect(await card.textContent()).toContain("Checked in: present");
    await page.reload();
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    expect(await page.getByTestId("hb-party-age").textContent()).toMatch(new RegExp(`^${years} năm `));
    await phone.context.close();
    await desk.context.close();
  });
});
