#!/usr/bin/env node
// The compiled server: apps/server/src (with packages/contract/src) bundled by esbuild into apps/server/dist/main.js
// (the server) and cli.js (`npx dangvu`), node_modules left outside the bundle. `npm start` and bin/dangvu.js run it
// instead of compiling TypeScript at every start. `node scripts/build-server.js` rebuilds it by hand (`--if-stale`:
// only when a source changed); deleting apps/server/dist forces a rebuild at the next `npm start`.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
export const serverDist = path.join(root, "apps/server/dist");
/** What the last build read (paths from the repository root) and when it started. */
const manifestFile = path.join(serverDist, "inputs.json");
const entryPoints = { main: "apps/server/src/main.ts", cli: "apps/server/src/cli/index.ts" };
const thisFile = path.relative(root, import.meta.filename);

/**
 * True when the bundle is missing or a file it was built from changed (or went) since the build started: one stat
 * per source file, a few milliseconds. A new file counts too, as some file already built must change to import it.
 */
export function serverBuildIsStale() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch {
    return true;
  }
  if (!Object.keys(entryPoints).every((name) => fs.existsSync(path.join(serverDist, `${name}.js`)))) return true;
  return manifest.inputs.some((file) => {
    const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    return !stat || stat.mtimeMs > manifest.startedAt;
  });
}

/** Imports from packages stay imports (node_modules at run time); the workspace's own TypeScript packages are bundled. */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@dangvu/") ? undefined : { path: args.path, external: true },
    );
  },
};

/** Builds the bundle into a fresh folder, then puts it in place of the old one. */
export async function buildServer() {
  const { build } = await import("esbuild");
  const startedAt = Date.now();
  const outdir = `${serverDist}.tmp-${process.pid}`;
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    // No shared chunks: each bundle is one file, loaded whole at start, so a rebuild never removes a file that a
    // running server would still import later.
    splitting: false,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    // Stack traces name the TypeScript sources (start.js turns source maps on).
    sourcesContent: false,
    metafile: true,
    plugins: [externalPackages],
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes("node_modules"));
  fs.writeFileSync(
    path.join(outdir, "inputs.json"),
    `${JSON.stringify({ startedAt, inputs: [thisFile, ...inputs] })}\n`,
  );
  const old = `${serverDist}.old-${process.pid}`;
  if (fs.existsSync(serverDist)) fs.renameSync(serverDist, old);
  fs.renameSync(outdir, serverDist);
  fs.rmSync(old, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--if-stale") && !serverBuildIsStale()) process.exit(0);
  const started = performance.now();
  await buildServer();
  console.log(
    `Đã dựng máy chủ vào ${path.relative(root, serverDist)} (${Math.round(performance.now() - started)} ms).`,
  );
}
