// The smoke's plan: the commands of docs/operations.md's ```sh blocks, in the page's order, each with the values a test
// run uses in place of a real server's (a unique database, random passwords, free ports, a temporary directory).
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
export const docPath = path.join(root, "docs/operations.md");

/**
 * The page's ```sh blocks by section: one command per logical line (`\` continuations joined, a heredoc's body kept
 * with its command), comment lines and blank lines left out. Blocks marked ```sh host run only on a real server.
 */
export function readDocCommands(text) {
  const commands = [];
  let section = "";
  let block = null;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\s*```(.*)$/.exec(line);
    if (block === null && fence) {
      block = fence[1].trim();
      continue;
    }
    if (block !== null && fence && fence[1].trim() === "") {
      block = null;
      continue;
    }
    if (block === null) {
      if (line.startsWith("## ")) section = line.slice(3).trim();
      continue;
    }
    if (block !== "sh" && block !== "sh host") continue;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    let command = trimmed;
    while (command.endsWith("\\") && i + 1 < lines.length)
      command = `${command.slice(0, -1).trimEnd()} ${lines[++i].trim()}`;
    const heredoc = /<<-?\s*'?"?(\w+)'?"?/.exec(command);
    if (heredoc) {
      const body = [];
      while (i + 1 < lines.length && lines[i + 1].trim() !== heredoc[1]) body.push(lines[++i].trim());
      i++;
      command = [command, ...body, heredoc[1]].join("\n");
    }
    commands.push({ section, host: block === "sh host", command });
  }
  return commands;
}

/** The values a smoke run uses instead of the page's: each named in the printed plan. */
export function smokeValues(tmp, ports, suffix) {
  const password = () => `Smoke${Math.random().toString(36).slice(2, 12)}${Date.now() % 1000}`;
  return {
    dbName: `dangvu_smoke_${suffix}`,
    assignments: { DB_NAME: `dangvu_smoke_${suffix}`, DB_PASSWORD: password(), DANGVU_ADMIN_PASSWORD: password() },
    literals: [
      ["/srv/dangvu/app/data", path.join(tmp, "embedded-data")],
      ["/var/backups/dangvu", path.join(tmp, "backups")],
      ...Object.entries(ports).map(([docPort, port]) => [docPort, String(port)]),
    ],
  };
}

/** The command as the smoke runs it: the page's assignments of the values above, and its literal paths and ports. */
export function rewrite(command, values) {
  let run = command;
  for (const [name, value] of Object.entries(values.assignments))
    run = run.replace(new RegExp(`(^|\\s)${name}=\\S+`, "gm"), `$1${name}=${value}`);
  for (const [from, to] of values.literals)
    run = run.replace(new RegExp(`(?<![\\w.])${escapeRegExp(from)}(?![\\w])`, "g"), to);
  return run;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A command that starts an app server: it runs in the background until its section ends. */
export function isServer(command) {
  return /(^|\s)npm start\b/.test(command);
}

/** The plan: the page's commands to run (not the host ones), each with what the smoke runs. */
export function makePlan(values) {
  const all = readDocCommands(fs.readFileSync(docPath, "utf8"));
  return all
    .filter((c) => !c.host)
    .map((c) => ({ ...c, run: rewrite(c.command, values), server: isServer(c.command) }));
}
