import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Lock, missingPlatforms } from "./lockfile";

const root = path.resolve(import.meta.dirname, "../../..");
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
const lock: Lock = readJson("package-lock.json");

describe("the lock file", () => {
  it("holds every per-platform binary for Windows, macOS (Intel and Apple), Linux glibc and musl, and ARM Linux", () => {
    expect(missingPlatforms(lock)).toEqual([]);
  });

  it("is caught when a platform's entry is missing, or a package's binaries were never recorded", () => {
    const without = structuredClone(lock);
    delete without.packages["node_modules/@esbuild/win32-x64"];
    expect(missingPlatforms(without)).toEqual(["esbuild (win32-x64)"]);
    // As earlier releases' lock held @node-rs/argon2: its optional packages listed, only linux-x64-gnu recorded.
    const recordedOnce = structuredClone(lock);
    recordedOnce.packages["node_modules/native-thing"] = {
      version: "1.0.0",
      optionalDependencies: { "native-thing-linux-x64-gnu": "1.0.0", "native-thing-win32-x64-msvc": "1.0.0" },
    };
    recordedOnce.packages["node_modules/native-thing-linux-x64-gnu"] = { os: ["linux"], cpu: ["x64"], libc: ["glibc"] };
    expect(missingPlatforms(recordedOnce)).toEqual([
      "native-thing (win32-x64, darwin-arm64, darwin-x64, linux-x64-musl, linux-arm64-gnu)",
    ]);
  });

  it("is in step with every package.json of the workspace (npm ci would refuse it otherwise)", () => {
    for (const at of ["", "packages/contract", "apps/server", "apps/web", "bench"]) {
      const manifest = readJson(path.join(at, "package.json"));
      const entry = lock.packages[at] as Record<string, unknown>;
      for (const kind of ["dependencies", "devDependencies", "optionalDependencies"])
        expect(entry[kind] ?? {}, `${at || "root"} ${kind}`).toEqual(manifest[kind] ?? {});
    }
  });

  it("has no package that builds native code at install (node-gyp) besides esbuild's own check", () => {
    const building = Object.entries(lock.packages)
      .filter(([, e]) => (e as { hasInstallScript?: boolean }).hasInstallScript)
      .map(([at]) => at.replace(/^.*node_modules\//, ""));
    expect([...new Set(building)]).toEqual(["esbuild"]);
  });
});
