#!/usr/bin/env node
// `npx dangvu <command>`: the command-line tool (init, seed, backup, restore, audit verify), run through tsx.
import { register } from "tsx/esm/api";

register();
await import("../apps/server/src/cli/index.ts");
