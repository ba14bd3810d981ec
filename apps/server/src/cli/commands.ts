import { randomUUID } from "node:crypto";
import fs from "node:fs";
import readline from "node:readline/promises";
import { verifyAuditChain } from "../audit/verify";
import type { Config } from "../config";
import { openConfiguredDatabase } from "../db/open";
import { isEmpty, seedDemo } from "../demo/seed";
import { backupTo, restoreFrom } from "../platform/backup";
import { backupToDir } from "../platform/backup-rotation";
import { prepareDatabase } from "../platform/bootstrap";
import { createFirstAdmin } from "../platform/first-admin";
import { firstAdminInput, type InitSources } from "../platform/first-admin-input";
import { StartupError } from "../platform/startup-failure";
import type { Command } from "./command-line";

/** Runs one command on the configured database; returns the exit code. */
export async function runCommand(config: Config, command: Command): Promise<number> {
  if (command.name === "restore" && !fs.existsSync(command.file))
    throw new StartupError(`không có tệp ${command.file}`, `no file ${command.file}`);
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database);
    const db = database.db;
    switch (command.name) {
      case "audit verify": {
        const report = await verifyAuditChain(db);
        if (report.ok) console.log(`Chuỗi nhật ký nguyên vẹn: ${report.count} sự kiện.`);
        else
          console.error(
            `Chuỗi nhật ký bị hỏng tại sự kiện số ${report.brokenAt}: ${report.reason} (${report.count} sự kiện đầu hợp lệ).`,
          );
        return report.ok ? 0 : 2;
      }
      case "backup": {
        if ("file" in command) {
          const counts = await backupTo(db, command.file);
          console.log(`Đã sao lưu vào ${command.file}: ${summary(counts)}`);
          return 0;
        }
        const { file, counts, removed } = await backupToDir(db, command.dir, command.keep);
        console.log(`Đã sao lưu vào ${file}: ${summary(counts)}`);
        for (const old of removed) console.log(`Đã xóa bản sao lưu cũ ${old}`);
        return 0;
      }
      case "restore": {
        if (
          !command.yes &&
          !(await confirm(`Khôi phục sẽ XÓA toàn bộ dữ liệu hiện có trong ${database.describe}. Tiếp tục? (có/không) `))
        ) {
          console.log("Đã hủy.");
          return 1;
        }
        const counts = await restoreFrom(db, command.file);
        console.log(`Đã khôi phục từ ${command.file}: ${summary(counts)}`);
        return 0;
      }
      case "seed": {
        if (!(await isEmpty(db)))
          throw new StartupError(
            "cơ sở dữ liệu đã có dữ liệu; chỉ tạo dữ liệu mẫu trong cơ sở dữ liệu trống",
            "the database is not empty; demo data goes only into an empty database",
          );
        const password = process.env.DANGVU_DEMO_PASSWORD ?? randomUUID().slice(0, 12);
        const accounts = await seedDemo(db, password);
        console.log(
          `Đã tạo dữ liệu mẫu. Tài khoản: ${accounts.map((a) => a.username).join(", ")}; mật khẩu: ${password}`,
        );
        return 0;
      }
      case "init": {
        const empty = await isEmpty(db);
        const input = await firstAdminInput(terminal(command.args), empty);
        const { unitCreated } = await createFirstAdmin(db, input);
        if (!unitCreated && input.unitName && command.args.some((a) => a.startsWith("--unit-name")))
          console.log("Cơ sở dữ liệu đã có tổ chức cấp cao nhất: bỏ qua --unit-name.");
        console.log(`Đã tạo quản trị viên "${input.username}". Chạy npm start rồi đăng nhập.`);
        return 0;
      }
    }
  } finally {
    await database.close();
  }
}

/** Init's sources in this process: its flags, the environment, stdin and the terminal. */
function terminal(args: string[]): InitSources {
  return {
    args,
    env: process.env,
    interactive: Boolean(process.stdin.isTTY),
    readLine: async () => {
      const rl = readline.createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      try {
        for await (const line of rl) return line;
        return undefined;
      } finally {
        rl.close();
      }
    },
    ask: async (question) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
  };
}

async function confirm(question: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(question)).trim().toLowerCase();
  rl.close();
  return ["có", "co", "y", "yes"].includes(answer);
}

function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");
}
