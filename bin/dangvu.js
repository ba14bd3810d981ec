#!/usr/bin/env node
// `npx dangvu <command>`: the command-line tool (init, seed, backup, restore, audit verify). It runs the compiled
// CLI (apps/server/dist/cli.js, built by `npm start` or scripts/build-server.js) when that is up to date with the
// sources, else the TypeScript sources through tsx.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { serverBuildIsStale, serverDist } from "../scripts/build-server.js";

if (serverBuildIsStale()) {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../apps/server/src/cli/index.ts");
} else {
  await import(pathToFileURL(path.join(serverDist, "cli.js")).href);
}
