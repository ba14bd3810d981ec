import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, password, shot, useBrowser } from "./browser";
import { measureHandbookFirstVisit, phoneProfile, unthrottle } from "./phone-measure";

/**
 * The first visit's largest paint is printed here and judged against its target (2.5 s) by `npm run bench`, not by
 * this journey: at a fixed 4× slowdown of this machine's CPU the figure follows the machine, whose speed varies from
 * run to run (the same build painted at 1.34 s in issue 12's runs and 2.6–3.5 s on a busier machine). What the journey
 * holds is what a regression of the page itself would break: the member's page is the largest paint, the bytes stay
 * small and compressed, the assets cached, and the repeat visit works offline.
 */
const firstVisitBytesLimit = 150 * 1024;

/** Whether the service worker holds the page, its scripts and styles, and the member's own answers. */
function keptForOffline(page: Page) {
  return page.evaluate(async () => {
    const shell = await caches.open("dangvu-handbook-v2");
    const answers = await caches.open("dangvu-handbook-api");
    const assets = performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith("/assets/"));
    const kept = await Promise.all([
      shell.match("/m"),
      answers.match("/api/me"),
      answers.match("/api/me/handbook"),
      ...assets.map((a) => shell.match(a)),
    ]);
    return assets.length > 0 && kept.every(Boolean);
  });
}

/** What the member's page shows: his card, the notices and the coming meetings with their agenda. */
function memberPage(page: Page) {
  return page.evaluate(() =>
    ["hb-me", "hb-notice", "hb-meeting"].flatMap((id) =>
      [...document.querySelectorAll(`[data-testid=${id}]`)].map((el) => el.textContent),
    ),
  );
}

describe("Bác Tư opens the handbook on a slow phone", () => {
  const browser = useBrowser();

  it("sees his page on slow 4G, small and compressed, then again without a network", {
    timeout: 180_000,
  }, async () => {
    const { page, context } = await browser.page(phoneProfile.viewport);
    const visit = await measureHandbookFirstVisit(page, { baseUrl, username: "dangvien", password });
    const { cdp } = visit;
    const summary = visit.responses.map(
      (r) => `${r.endMs} ms ${r.bytes} B ${r.contentEncoding ?? "-"} ${r.url.replace(baseUrl, "")}`,
    );
    console.log(
      `handbook first visit (4× CPU, 150 ms, 1.6 Mbit/s): LCP ${visit.lcpMs} ms (${visit.lcpElement}), ` +
        `${(visit.bytes / 1024).toFixed(1)} kB in ${visit.requests} requests\n  ${summary.join("\n  ")}`,
    );
    expect(visit.lcpMs).toBeGreaterThan(0);
    expect(visit.bytes).toBeLessThanOrEqual(firstVisitBytesLimit);
    // The largest paint is the member's own page, not the "loading" line before it.
    expect(visit.lcpElement).toMatch(/^hb-(me|party-age|notice|meeting)$/);

    // Scripts and styles come compressed and, named after their content, are kept for a year; the page is revalidated.
    const assets = visit.responses.filter((r) => /\/assets\/.+\.(js|css)$/.test(r.url));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect({ url: asset.url, encoding: asset.contentEncoding }).toEqual({
        url: asset.url,
        encoding: expect.stringMatching(/^(br|gzip)$/),
      });
      expect(asset.cacheControl).toBe("public, max-age=31536000, immutable");
    }
    const html = visit.responses.find((r) => new URL(r.url).pathname === "/m");
    expect(html).toMatchObject({ contentEncoding: expect.stringMatching(/^(br|gzip)$/), cacheControl: "no-cache" });
    await shot(page, "handbook-phone-first-visit");

    // The service worker keeps what was seen; then the network goes away and the page is opened again.
    const seen = await memberPage(page);
    expect(seen.some((text) => text.includes("Hoàng Văn Tư"))).toBe(true);
    await unthrottle(cdp);
    await expect.poll(() => keptForOffline(page), { timeout: 30_000 }).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("hb-party-age").waitFor();
    expect(await memberPage(page)).toEqual(seen);
    // Really offline, the service worker's own requests included: a file it never kept cannot be fetched.
    const missing = await page.evaluate(() =>
      fetch(`/assets/never-built-${Date.now()}.js`).then(
        (r) => `answered ${r.status}`,
        () => "failed",
      ),
    );
    expect(missing).toBe("failed");
    await shot(page, "handbook-phone-offline");

    // Signing out drops the member's answers kept for offline use.
    await context.setOffline(false);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByTestId("hb-username").waitFor();
    expect(await page.evaluate(() => caches.has("dangvu-handbook-api"))).toBe(false);
    await context.close();
  });
});
