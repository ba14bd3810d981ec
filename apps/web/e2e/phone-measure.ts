import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { chromiumArgs } from "./chromium-args";

/**
 * The phone the handbook is measured on (issue 12, item 7): a mid-range phone is about 4× slower than this machine's
 * CPU; slow 4G is 150 ms of latency, 1.6 Mbit/s down and 750 kbit/s up (Lighthouse's mobile profile).
 */
export const phoneProfile = {
  viewport: { width: 390, height: 844 },
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: 200_000,
  uploadBytesPerSecond: 93_750,
};

/** One response of the first visit, as the browser received it. */
export interface PhoneResponse {
  url: string;
  status: number;
  /** Bytes on the wire: headers and the (compressed) body. */
  bytes: number;
  /** When the last byte arrived, in ms from the page's request. */
  endMs: number;
  contentEncoding: string | null;
  cacheControl: string | null;
}

export interface PhoneVisit {
  /** Largest contentful paint of the first visit, in ms from the start of the navigation. */
  lcpMs: number;
  /** What the largest paint was: the data-testid of the nearest marked element, or its tag. */
  lcpElement: string;
  /** Bytes received over the network for the page, its scripts, styles and answers (CDP encodedDataLength). */
  bytes: number;
  requests: number;
  responses: PhoneResponse[];
}

export interface PhoneVisitOptions {
  baseUrl: string;
  username: string;
  password: string;
}

/** Signs in through the API (not counted in the visit) and marks the browser as signed in, as the handbook's form does. */
async function signInByApi(context: BrowserContext, options: PhoneVisitOptions) {
  const res = await context.request.post(`${options.baseUrl}/api/auth/login`, {
    data: { username: options.username, password: options.password },
  });
  if (!res.ok()) throw new Error(`Đăng nhập ${options.username} không được: ${res.status()}`);
  await context.addInitScript(() => {
    if (!sessionStorage.getItem("phone.signedIn")) {
      localStorage.setItem("dangvu.signedIn", "1");
      sessionStorage.setItem("phone.signedIn", "1");
    }
  });
}

/** Slows the page's CPU and network down to the phone profile. */
export async function throttle(cdp: CDPSession) {
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: phoneProfile.latencyMs,
    downloadThroughput: phoneProfile.downloadBytesPerSecond,
    uploadThroughput: phoneProfile.uploadBytesPerSecond,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: phoneProfile.cpuSlowdown });
}

/** Back to this machine's speed. */
export async function unthrottle(cdp: CDPSession) {
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
}

/**
 * Records every response the page receives over the network: its size on the wire (the larger of what
 * loadingFinished reports and the sum of its data chunks, which the throttled network sometimes reports alone) and
 * when it finished, counted from the first request (the page's).
 */
function recordResponses(cdp: CDPSession): PhoneResponse[] {
  const responses = new Map<string, PhoneResponse & { chunks: number }>();
  let start: number | null = null;
  cdp.on("Network.requestWillBeSent", (event) => {
    start ??= event.timestamp;
  });
  cdp.on("Network.responseReceived", (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    responses.set(event.requestId, {
      url: event.response.url,
      status: event.response.status,
      bytes: 0,
      chunks: event.response.encodedDataLength ?? 0,
      endMs: 0,
      contentEncoding: headers["content-encoding"] ?? null,
      cacheControl: headers["cache-control"] ?? null,
    });
  });
  cdp.on("Network.dataReceived", (event) => {
    const response = responses.get(event.requestId);
    if (response) response.chunks += event.encodedDataLength;
  });
  const done: PhoneResponse[] = [];
  cdp.on("Network.loadingFinished", (event) => {
    const response = responses.get(event.requestId);
    if (!response) return;
    const { chunks, ...rest } = response;
    const endMs = Math.round((event.timestamp - (start ?? event.timestamp)) * 1000);
    done.push({ ...rest, bytes: Math.max(event.encodedDataLength, chunks), endMs });
  });
  return done;
}

/** The largest contentful paint so far, read with a buffered PerformanceObserver, and what it painted. */
export function largestPaint(page: Page): Promise<{ ms: number; element: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; element: string }>((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element | null };
          const marked = last.element?.closest("[data-testid]")?.getAttribute("data-testid");
          resolve({ ms: last.startTime, element: marked ?? last.element?.tagName.toLowerCase() ?? "?" });
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
}

/**
 * The member's first visit to the handbook on a throttled phone, in a page of a fresh context (empty cache): signs in
 * through the API (not counted), opens /m, waits for the member's page (party age shown) and the network to go quiet,
 * and returns the largest contentful paint and what went over the network. The bench and the browser test use it.
 */
export async function measureHandbookFirstVisit(
  page: Page,
  options: PhoneVisitOptions,
): Promise<PhoneVisit & { cdp: CDPSession }> {
  const context = page.context();
  await signInByApi(context, options);
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  const responses = recordResponses(cdp);
  await page.goto(`${options.baseUrl}/m`);
  await page.getByTestId("hb-party-age").waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const lcp = await largestPaint(page);
  return {
    lcpMs: Math.round(lcp.ms),
    lcpElement: lcp.element,
    bytes: responses.reduce((sum, r) => sum + r.bytes, 0),
    requests: responses.length,
    responses,
    cdp,
  };
}

/** The figure for `npm run bench`: one first visit in a browser of its own, closed after. */
export async function measurePhone(
  options: PhoneVisitOptions,
): Promise<{ lcpMs: number; bytes: number; requests: number }> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: chromiumArgs,
  });
  try {
    const context = await browser.newContext({
      viewport: phoneProfile.viewport,
      locale: "vi-VN",
      timezoneId: "Asia/Ho_Chi_Minh",
    });
    const visit = await measureHandbookFirstVisit(await context.newPage(), options);
    return { lcpMs: visit.lcpMs, bytes: visit.bytes, requests: visit.requests };
  } finally {
    await browser.close();
  }
}
