import { randomUUID } from "node:crypto";
import readline from "node:readline/promises";
import { verifyAuditChain } from "../audit/verify";
import { readConfig } from "../config";
import { DataDirLockedError } from "../db/lock";
import { openConfiguredDatabase } from "../db/open";
import { isEmpty, seedDemo } from "../demo/seed";
import { backupTo, restoreFrom } from "../platform/backup";
import { prepareDatabase } from "../platform/bootstrap";
import { createFirstAdmin } from "../platform/first-admin";

const usage = `Cách dùng: npx dangvu <lệnh>
  init                 tạo tổ chức cấp cao nhất và quản trị viên đầu tiên (hỏi từng bước)
  seed                 tạo dữ liệu mẫu trong cơ sở dữ liệu trống
  backup TỆP           sao lưu toàn bộ dữ liệu vào TỆP (.jsonl.gz)
  restore TỆP [--yes]  khôi phục toàn bộ dữ liệu từ TỆP (xóa dữ liệu hiện có)
  audit verify         kiểm tra chuỗi nhật ký, chỉ ra mắt xích hỏng đầu tiên
Cơ sở dữ liệu: DATABASE_URL (PostgreSQL) hoặc DANGVU_DATA_DIR (PGlite, mặc định ./data).`;

async function main(args: string[]): Promise<number> {
  const [command, arg] = args;
  if (!command || command === "help" || command === "--help") {
    console.log(usage);
    return 0;
  }
  const database = await openConfiguredDatabase(readConfig(process.env, args));
  try {
    await prepareDatabase(database);
    const db = database.db;
    if (command === "audit" && arg === "verify") {
      const report = await verifyAuditChain(db);
      if (report.ok) console.log(`Chuỗi nhật ký nguyên vẹn: ${report.count} sự kiện.`);
      else
        console.error(
          `Chuỗi nhật ký bị hỏng tại sự kiện số ${report.brokenAt}: ${report.reason} (${report.count} sự kiện đầu hợp lệ).`,
        );
      return report.ok ? 0 : 2;
    }
    if (command === "backup" && arg) {
      const counts = await backupTo(db, arg);
      console.log(`Đã sao lưu vào ${arg}: ${summary(counts)}`);
      return 0;
    }
    if (command === "restore" && arg) {
      if (
        !args.includes("--yes") &&
        !(await confirm(`Khôi phục sẽ XÓA toàn bộ dữ liệu hiện có trong ${database.describe}. Tiếp tục? (có/không) `))
      ) {
        console.log("Đã hủy.");
        return 1;
      }
      const counts = await restoreFrom(db, arg);
      console.log(`Đã khôi phục từ ${arg}: ${summary(counts)}`);
      return 0;
    }
    if (command === "seed") {
      if (!(await isEmpty(db)))
        throw new Error("Cơ sở dữ liệu đã có dữ liệu; chỉ tạo dữ liệu mẫu trong cơ sở dữ liệu trống.");
      const password = process.env.DANGVU_DEMO_PASSWORD ?? randomUUID().slice(0, 12);
      const accounts = await seedDemo(db, password);
      console.log(
        `Đã tạo dữ liệu mẫu. Tài khoản: ${accounts.map((a) => a.username).join(", ")}; mật khẩu: ${password}`,
      );
      return 0;
    }
    if (command === "init") return await createFirstAdmin(db);
    console.error(usage);
    return 1;
  } finally {
    await database.close();
  }
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

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof DataDirLockedError || error instanceof Error ? error.message : error);
    process.exit(1);
  });
