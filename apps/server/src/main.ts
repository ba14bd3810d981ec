import { randomBytes } from "node:crypto";
import { buildApp } from "./app";
import { readConfig } from "./config";
import { DataDirLockedError } from "./db/lock";
import { openConfiguredDatabase } from "./db/open";
import { isEmpty, seedDemo } from "./demo/seed";
import { prepareDatabase } from "./platform/bootstrap";

/** Starts the server: open the database (lock), migrate, seed the demo on a new database, listen. */
async function main() {
  const started = performance.now();
  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  await prepareDatabase(database);
  let demoNote = "";
  if (await isEmpty(database.db)) {
    if (config.demo) {
      const password = config.demoPassword ?? randomBytes(9).toString("base64url");
      const accounts = await seedDemo(database.db, password);
      demoNote = [
        "Dữ liệu mẫu đã được tạo. Tài khoản mẫu (demo accounts):",
        ...accounts.map((a) => `  ${a.username.padEnd(9)} ${a.displayName} — ${a.unitName}`),
        `  Mật khẩu (password): ${config.demoPassword ? "DANGVU_DEMO_PASSWORD" : password}`,
      ].join("\n");
    } else {
      demoNote = "Cơ sở dữ liệu trống. Tạo quản trị viên đầu tiên bằng: npx dangvu init";
    }
  }
  const app = await buildApp({
    db: database.db,
    webDist: config.webDist,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    // Server errors are always logged; every request only when asked (DANGVU_LOG=1).
    logger: config.logRequests ? true : undefined,
  });
  await app.listen({ port: config.port, host: config.host });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Đảng Vụ đang chạy tại http://localhost:${config.port} (${database.describe}; sẵn sàng sau ${seconds} s)`,
  );
  if (demoNote) console.log(demoNote);
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  if (error instanceof DataDirLockedError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
