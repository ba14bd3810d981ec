#!/usr/bin/env node
// Installs Debian's Chromium for the browser tests when it is missing (never a downloaded browser build).
import { execSync } from "node:child_process";
import fs from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium() {
  if (fs.existsSync(chromiumPath)) return;
  console.log("Cài Chromium từ gói Debian (installing Debian's chromium)…");
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: "inherit",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
