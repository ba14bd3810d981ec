import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docs/operations.md is run by `npm run smoke:server` (scripts/smoke-server.js, from .ci/run). These tests hold the
// page and the smoke together: every command of its ```sh blocks is in the smoke's plan, in the page's order; every
// command it leaves to a real server (```sh host) is named below with the reason CI cannot run it.

const root = path.resolve(import.meta.dirname, "../../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

interface Block {
  info: string;
  body: string;
}

/** The fenced blocks of a Markdown page (also those indented inside a list item), with their info strings. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const match of text.matchAll(/^([ \t]*)```([^\n`]*)\n([\s\S]*?)\n[ \t]*```[ \t]*$/gm)) {
    const indent = match[1] ?? "";
    const body = (match[3] ?? "")
      .split("\n")
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join("\n");
    blocks.push({ info: (match[2] ?? "").trim(), body });
  }
  return blocks;
}

/** A shell block's commands: `\` continuations joined, a heredoc kept whole with its command, comments left out. */
function commandsOf(body: string): string[] {
  const lines = body.replace(/\\\n\s*/g, " ").split("\n");
  const commands: string[] = [];
  while (lines.length) {
    const line = (lines.shift() ?? "").trim();
    if (!line || line.startsWith("#")) continue;
    const delimiter = line.match(/<<-?\s*['"]?(\w+)['"]?/)?.[1];
    if (!delimiter) {
      commands.push(line);
      continue;
    }
    const end = lines.findIndex((l) => l.trim() === delimiter);
    expect(end, `heredoc ${delimiter} is closed`).toBeGreaterThanOrEqual(0);
    commands.push([line, ...lines.splice(0, end + 1).map((l) => l.trim())].join("\n"));
  }
  return commands;
}

const commandsIn = (blocks: Block[], info: string) =>
  blocks.filter((b) => b.info === info).flatMap((b) => commandsOf(b.body));

const packages = "installs Debian packages or Node.js: CI's machine already has them";
const system = "creates a system user or root-owned directories; the smoke writes to a temporary directory instead";
const code =
  "CI's first step (npm ci in .ci/run) installed this checkout; the smoke does not reinstall or pull under it";
const systemd = "systemd runs no units in CI; the smoke runs the same command and settings by hand";
const web = "needs the server's DNS name and certificate";

/** Every command the page leaves to a real server, with the reason CI does not run it. */
const notRunInCi: Record<string, string> = {
  "apt-get update": packages,
  "apt-get install -y ca-certificates curl git sudo postgresql nginx": packages,
  "curl -fsSL https://deb.nodesource.com/setup_22.x -o /tmp/nodesource_setup.sh": packages,
  "bash /tmp/nodesource_setup.sh": packages,
  "apt-get install -y nodejs": packages,
  "adduser --system --group --home /srv/dangvu dangvu": system,
  "install -d -m 0700 -o dangvu -g dangvu /var/backups/dangvu": system,
  "git clone https://git.example.vn/dangvu.git /srv/dangvu/app": code,
  "cd /srv/dangvu/app": code,
  "npm ci --no-audit --no-fund": code,
  "install -d -m 0750 -g dangvu /etc/dangvu": system,
  "install -m 0640 -g dangvu /dev/null /etc/dangvu/dangvu.env": system,
  "systemctl daemon-reload": systemd,
  "systemctl enable --now dangvu@3001": systemd,
  "systemctl status dangvu@3001": systemd,
  "apt-get install -y certbot python3-certbot-nginx": packages,
  'certbot certonly --nginx -d dangvu.example.vn --deploy-hook "systemctl reload nginx"': web,
  "nginx -t": "no nginx in CI: the sample site is for a real server",
  "systemctl reload nginx": systemd,
  "curl -fsS https://dangvu.example.vn/api/health": web,
  "systemctl enable --now dangvu@3002": systemd,
  "systemctl enable --now dangvu-backup.timer": systemd,
  "systemctl start dangvu-backup.service": systemd,
  "systemctl list-timers dangvu-backup.timer": systemd,
  "systemctl stop 'dangvu@*'": systemd,
  "git pull --ff-only": code,
  "npm run build": "run in CI by its first occurrence (Install); here it is part of the upgrade on a real server",
  "systemctl start dangvu@3001 dangvu@3002": systemd,
  "journalctl -u 'dangvu@*' --since today": "no journal in CI: the smoke prints the servers' output itself",
  "journalctl -u dangvu-backup --since yesterday": "no journal in CI: the smoke prints the servers' output itself",
};

const page = read("docs/operations.md");
const blocks = blocksOf(page);
const plan = JSON.parse(
  execFileSync(process.execPath, ["scripts/smoke-server.js", "--plan"], { cwd: root, encoding: "utf8" }),
) as { commands: string[]; hooks: { name: string; at: number }[] };

describe("docs/operations.md and npm run smoke:server", () => {
  it("marks every block as commands run in CI (sh), on a real server only (sh host), or a file (ini, nginx, text)", () => {
    const kinds = new Set(["sh", "sh host", "ini", "nginx", "text"]);
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.map((b) => b.info).filter((info) => !kinds.has(info))).toEqual([]);
  });

  it("has the smoke run every command of the page's sh blocks, in the page's order", () => {
    const commands = commandsIn(blocks, "sh");
    expect(commands.length).toBeGreaterThan(20);
    expect(plan.commands).toEqual(commands);
  });

  it("names every command left to a real server, with its reason, and no other", () => {
    const hostOnly = [...new Set(commandsIn(blocks, "sh host"))];
    expect(hostOnly.sort()).toEqual(Object.keys(notRunInCi).sort());
  });

  it("ties each of the smoke's checks to a command of the page", () => {
    expect(plan.hooks.filter((h) => h.at < 0)).toEqual([]);
  });

  it("runs the two servers with the unit file's settings, and the backup with the timer's command", () => {
    const unit = blocks.find((b) => b.body.startsWith("# /etc/systemd/system/dangvu@.service"))?.body ?? "";
    const unitSettings = [...unit.matchAll(/^Environment=(\S+)$/gm)].map((m) => m[1]).filter((s) => s !== "PORT=%i");
    const servers = plan.commands.filter((c) => /^PORT=300[12] .*npm start$/.test(c));
    expect(servers).toHaveLength(2);
    for (const server of servers)
      expect(server.split(" ").filter((w) => /^[A-Z_]+=/.test(w) && !w.startsWith("PORT="))).toEqual(unitSettings);
    const timer = blocks.find((b) => b.body.startsWith("# /etc/systemd/system/dangvu-backup.service"))?.body ?? "";
    const backup = /^ExecStart=\/usr\/bin\/(npx dangvu backup .*)$/m.exec(timer)?.[1];
    expect(backup).toBeDefined();
    expect(plan.commands).toContain(backup);
  });

  it("gives the Vietnamese installation guide only commands of this page", () => {
    const guide = blocksOf(read("docs/huong-dan/cai-dat.md"));
    expect(
      guide.map((b) => b.info).filter((info) => !["sh", "sh host", "ini", "nginx", "text"].includes(info)),
    ).toEqual([]);
    const known = new Set([...commandsIn(blocks, "sh"), ...commandsIn(blocks, "sh host")]);
    const guideCommands = [...commandsIn(guide, "sh"), ...commandsIn(guide, "sh host")];
    expect(guideCommands.length).toBeGreaterThan(10);
    expect(guideCommands.filter((c) => !known.has(c))).toEqual([]);
    const files = new Set(blocks.filter((b) => !b.info.startsWith("sh")).map((b) => b.body));
    expect(guide.filter((b) => !b.info.startsWith("sh") && !files.has(b.body))).toEqual([]);
  });

  it("is run by CI after npm test, beside npm run verify, before the PostgreSQL pass", () => {
    const ci = read(".ci/run");
    const at = (pattern: RegExp) => ci.search(pattern);
    expect(JSON.parse(read("package.json")).scripts["smoke:server"]).toBe("node scripts/smoke-server.js");
    const smoke = at(/\nnpm run smoke:server( \|\| status=\$\?)?\n/);
    expect(smoke).toBeGreaterThan(at(/\nnpm test\n/));
    expect(smoke).toBeGreaterThan(at(/\nnpm run verify\b/));
    expect(smoke).toBeLessThan(at(/=== PostgreSQL pass ===/));
  });
});
