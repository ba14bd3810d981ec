#!/usr/bin/env node
// Browser journeys: build the web app, start the server on a fresh data directory, run apps/web/e2e in Chromium.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "./setup-browser.js";

const root = path.resolve(import.meta.dirname, "..");
ensureChromium();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-e2e-"));
// The journeys' own build of the web app, so that another build of apps/web/dist during the run (a developer's, a
// second checkout's) never replaces the hashed files the pages are loading.
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-e2e-web-"));
const build = spawnSync("npm", ["run", "build", "-w", "apps/web", "--", "--outDir", webDist, "--emptyOutDir"], {
  cwd: root,
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

const port = String(3900 + Math.floor(Math.random() * 90));
const password = "demo-e2e-2026";
const env = {
  ...process.env,
  PORT: port,
  DANGVU_DATA_DIR: dataDir,
  DANGVU_DEMO_PASSWORD: password,
  DATABASE_URL: "",
  DANGVU_LOGIN_RATE_LIMIT: "1000",
  DANGVU_WEB_DIST: webDist,
};
const server = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
server.stdout.on("data", (chunk) => process.stdout.write(`[server] ${chunk}`));

// The demo takes about 35 s to seed on a quiet machine (two years of reports and of the inspection committees' work at
// every level), four minutes when several suites share two CPUs: wait up to 6 minutes.
async function waitForHealth() {
  for (let i = 0; i < 720; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("Máy chủ không khởi động được cho kiểm thử trình duyệt.");
}

let code = 1;
try {
  await waitForHealth();
  const run = spawnSync("npx", ["vitest", "run", "--project", "e2e", ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
    // The journeys compute "today" as a person in Vietnam does, whatever the time zone of the machine running them.
    env: {
      ...process.env,
      TZ: "Asia/Ho_Chi_Minh",
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      E2E_PASSWORD: password,
      E2E_WEB_DIST: webDist,
    },
  });
  code = run.status ?? 1;
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(webDist, { recursive: true, force: true });
}
process.exit(code);
