import { randomBytes } from "node:crypto";
import { buildApp } from "./app";
import { readConfig } from "./config";
import { DataDirLockedError } from "./db/lock";
import { openConfiguredDatabase } from "./db/open";
import { isEmpty, seedDemo } from "./demo/seed";
import { prepareDatabase } from "./platform/bootstrap";

/** Starts the server: open the database (lock), migrate, seed the demo on a new database, listen. */
async function main() {
  // Times are from the process's start (module loading included); `npm start` runs this bundle in the same process
  // as its build checks (scripts/start.js). DANGVU_STARTUP_TIMES=1 prints each phase (bench/lib/startup.ts reads it).
  const marks: [string, number][] = [["start", performance.now()]];
  const mark = (phase: string) => marks.push([phase, performance.now()]);
  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  mark("open");
  await prepareDatabase(database);
  mark("prepare");
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
  mark("emptyCheck");
  const app = await buildApp({
    db: database.db,
    webDist: config.webDist,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    // Server errors are always logged; every request only when asked (DANGVU_LOG=1).
    logger: config.logRequests ? true : undefined,
  });
  mark("buildApp");
  await app.listen({ port: config.port, host: config.host });
  mark("listen");
  const seconds = (performance.now() / 1000).toFixed(2);
  console.log(
    `Đảng Vụ đang chạy tại http://localhost:${config.port} (${database.describe}; sẵn sàng sau ${seconds} s)`,
  );
  if (demoNote) console.log(demoNote);
  if (process.env.DANGVU_STARTUP_TIMES === "1") console.log(`startup-times ${JSON.stringify(phaseTimes(marks))}`);
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** Milliseconds each phase of the start took; "start" is the time from the process's start to this module's run. */
function phaseTimes(marks: [string, number][]): Record<string, number> {
  return Object.fromEntries(marks.map(([phase, at], i) => [phase, Math.round(at - (marks[i - 1]?.[1] ?? 0))]));
}

main().catch((error) => {
  if (error instanceof DataDirLockedError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
