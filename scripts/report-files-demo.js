#!/usr/bin/env node
// Developer check (not in CI), used by scripts/check-report-docx.sh --demo: starts the server on a fresh demo database,
// signs in as the demo's admin and downloads the committee's 6-month report (the standard committee_half_year
// template, 2026-H1) as .docx and .xlsx into the folder given, so the real figures and sections can be looked at.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const out = process.argv[2] ?? os.tmpdir();
const period = process.argv[3] ?? "2026-H1";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-report-demo-"));
const port = String(4000 + Math.floor(Math.random() * 90));
const password = "demo-report-check";
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
  cwd: root,
  env: { ...process.env, PORT: port, DANGVU_DATA_DIR: dataDir, DANGVU_DEMO_PASSWORD: password, DATABASE_URL: "" },
  stdio: ["ignore", "ignore", "inherit"],
});

async function waitForHealth() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the server did not start in 10 minutes");
}

async function main() {
  await waitForHealth();
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  const get = async (url) => {
    const res = await fetch(`${base}${url}`, { headers: { cookie } });
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return res;
  };
  const units = await (await get("/api/org-units")).json();
  const unit = units.find((u) => u.type === "upper_committee")?.id;
  if (!unit) throw new Error("no upper committee in the demo");
  const templates = await (await get("/api/reports/templates")).json();
  const template = templates.find((t) => t.code === "committee_half_year");
  if (!template) throw new Error("no committee_half_year template");
  for (const kind of ["docx", "xlsx"]) {
    const res = await get(`/api/reports/${template.id}/${unit}/${period}/${kind}`);
    const file = path.join(out, `bao-cao-demo.${kind}`);
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    console.log(`wrote ${file}`);
  }
}

try {
  await main();
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
