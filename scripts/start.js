#!/usr/bin/env node
// `npm start`: build the web app and the compiled server when missing or older than their sources, then run the
// compiled server in this same process (no second node, no TypeScript compiled at run time).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildServer, serverBuildIsStale, serverDist } from "./build-server.js";

const began = performance.now();
const root = path.resolve(import.meta.dirname, "..");
const web = path.join(root, "apps/web");
const dist = path.join(web, "dist/index.html");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist" || entry.name === "e2e") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const webStale =
  !fs.existsSync(dist) ||
  fs.statSync(dist).mtimeMs < Math.max(newestMtime(web), newestMtime(path.join(root, "packages/contract/src")));
if (webStale && fs.existsSync(path.join(web, "index.html"))) {
  console.log("Đang dựng giao diện web (building the web app)…");
  const build = spawnSync("npm", ["run", "build", "-w", "apps/web"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (serverBuildIsStale()) {
  console.log("Đang dựng máy chủ (building the server)…");
  await buildServer();
}
const checked = performance.now();
if (process.env.DANGVU_STARTUP_TIMES === "1")
  console.log(`startup-checks ${JSON.stringify({ node: Math.round(began), checks: Math.round(checked - began) })}`);
// Source maps stay off: reading them (the bundle's, and drizzle's and PGlite's) slows every start. Stack traces with
// the TypeScript files and lines: NODE_OPTIONS=--enable-source-maps npm start.
await import(pathToFileURL(path.join(serverDist, "main.js")).href);
